"""What Hearth's subcommands share: argument types (a bad value is refused by argparse with a
one-line message before any model loads) and the exit codes scripts can rely on."""

from __future__ import annotations

import argparse
import dataclasses
from typing import TypeVar

_Options = TypeVar("_Options")  # app.core.engine.base.LoadOptions

# 0 done, 1 an error a person can fix (one line on stderr), 2 a usage error (argparse's own),
# 3 Llama Guard judged the text unsafe, 130 stopped with Ctrl-C.
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNSAFE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def with_load_flags(options: _Options, args: argparse.Namespace) -> _Options:
    """``options`` with what --ctx, --threads and --gpu-layers say, where the command has them
    and they were given; the model's remembered settings stay for the rest."""
    flags = {"n_ctx": getattr(args, "ctx", None), "n_threads": getattr(args, "threads", None),
             "n_gpu_layers": getattr(args, "gpu_layers", None)}
    return dataclasses.replace(options, **{k: v for k, v in flags.items()  # type: ignore[type-var]
                                           if v is not None})


def positive_int(text: str) -> int:
    """A whole number above zero (context sizes, threads, token limits)."""
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return value


def unit_float(text: str) -> float:
    """A number from 0 to 1 (top-p)."""
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {text}")
    return value


def temperature(text: str) -> float:
    """A sampling temperature from 0 (greedy) to 5."""
    value = float(text)
    if not 0.0 <= value <= 5.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 5, not {text}")
    return value
