"""Build raw llama.cpp tools from the very commit the installed llama-cpp-python vendors.

    python bench/llama_tools.py            # prints the folder holding the built tools

The llama-cpp-python sdist carries llama.cpp's sources; building ``llama-bench``,
``llama-completion``, ``llama-quantize`` and ``llama-server`` from it (with the same CMake
flags Hearth's install used) gives a baseline that differs from Hearth only by the Python
layer. Sources and binaries go under ``.cache/llama.cpp-<version>/`` and are reused.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("llama-bench", "llama-completion", "llama-quantize", "llama-server")
# Builds share the machine: run them at a lower priority.
NICE = ["nice", "-n", "10"] if os.name == "posix" else []


def tools_dir() -> Path:
    """Build the tools if needed; return the folder that holds them (``$HEARTH_LLAMA_TOOLS``
    when it names a folder that already holds them)."""
    given = os.environ.get("HEARTH_LLAMA_TOOLS")
    if given and all((Path(given) / t).exists() for t in TOOLS):
        return Path(given)
    version = metadata.version("llama-cpp-python")
    base = ROOT / ".cache" / f"llama.cpp-{version}"
    build = base / "build"
    bin_dir = build / "bin"
    if all((bin_dir / t).exists() for t in TOOLS):
        return bin_dir
    src = base / "src"
    if not (src / "CMakeLists.txt").exists():
        sdist_dir = base / "sdist"
        sdist_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             f"llama-cpp-python=={version}", "-d", str(sdist_dir)],
            check=True,
        )
        archive = next(sdist_dir.glob("llama_cpp_python-*.tar.gz"))
        with tarfile.open(archive) as tar:
            members = [m for m in tar.getmembers() if "/vendor/llama.cpp/" in m.name]
            for m in members:
                m.name = m.name.split("/vendor/llama.cpp/", 1)[1]
            tar.extractall(src, members=members, filter="data")
    # The same portable CPU flags dev.py builds llama-cpp-python with, unless overridden.
    cmake_args = os.environ.get("CMAKE_ARGS", "-DGGML_NATIVE=OFF").split()
    # llama-server without its web UI (no npm, no download) and without HTTPS.
    subprocess.run(
        [*NICE, "cmake", "-S", str(src), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
         "-DLLAMA_CURL=OFF", "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_SERVER=ON",
         "-DLLAMA_BUILD_UI=OFF", "-DLLAMA_USE_PREBUILT_UI=OFF", "-DLLAMA_OPENSSL=OFF",
         *cmake_args],
        check=True,
    )
    subprocess.run(
        [*NICE, "cmake", "--build", str(build), "--config", "Release",
         "-j", str(os.cpu_count() or 2), "--target", *TOOLS],
        check=True,
    )
    return bin_dir


if __name__ == "__main__":
    print(tools_dir())
