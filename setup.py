"""The build's one compiled part: the vision encoder's CPU attention kernel.

Everything else is in pyproject.toml. The extension is optional: where it cannot be built
(no C compiler), Hearth installs without it and the encoder uses ggml's flash attention.
"""

import sys

from setuptools import Extension, setup

# MSVC: C11 for hexadecimal float literals; /O2 is its default for release builds.
args = ["/std:c11"] if sys.platform == "win32" else ["-O3", "-fvisibility=hidden"]

setup(
    ext_modules=[
        Extension(
            "app.core.vision._attention",
            sources=["app/core/vision/_attention.c"],
            depends=["app/core/vision/_attention_kernel.h"],
            extra_compile_args=args,
            optional=True,
        )
    ]
)
