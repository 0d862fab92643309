"""Pick and load the right engine for a model file.

The one place that knows which engine runs which GGUF: the window, the CLI and the self-test
all load through it, so later engines (vision, speculative) and the licence check slot in here.
"""

from __future__ import annotations

from pathlib import Path

from app.core.engine.base import Engine, LoadOptions


def load_engine(path: str | Path, options: LoadOptions | None = None) -> Engine:
    """Load ``path`` with the engine its architecture needs; raises HearthError for people."""
    from app.core.engine.llamacpp import LlamaCppEngine

    return LlamaCppEngine(path, options)
