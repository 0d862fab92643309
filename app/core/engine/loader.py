"""Pick and load the right engine for a model file.

The one place that knows which engine runs which GGUF: the window, the CLI and the self-test
all load through it, so later engines (vision, speculative) and the licence check slot in here.
"""

from __future__ import annotations

from pathlib import Path

from app.core.engine.base import Engine, LoadOptions
from app.core.licence import FROM_SETTINGS, DeclarationArg, ensure_load_allowed


def load_engine(
    path: str | Path,
    options: LoadOptions | None = None,
    *,
    declaration: DeclarationArg = FROM_SETTINGS,
) -> Engine:
    """Load ``path`` with the engine its architecture needs; raises HearthError for people.

    The licence check comes first, for every engine: a Llama 3.2 vision file is refused
    (LicenceBlockedError / LicenceUndecidedError) unless the licence declaration allows it.
    ``declaration`` defaults to the one stored in settings, read now; pass one only for
    answers given another way (the CLI's --domicile flags).
    """
    from app.core.engine.llamacpp import LlamaCppEngine

    ensure_load_allowed(path, declaration)
    return LlamaCppEngine(path, options, declaration=declaration)
