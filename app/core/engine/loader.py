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
    projector: str | Path | None = None,
) -> Engine:
    """Load ``path`` with the engine its architecture needs; raises HearthError for people.

    The licence check comes first, for every engine: a Llama 3.2 vision file is refused
    (LicenceBlockedError / LicenceUndecidedError) unless the licence declaration allows it.
    ``declaration`` defaults to the one stored in settings, read now; pass one only for
    answers given another way (the CLI's --domicile flags). Llama 3.2 Vision files run on
    the vision engine; their ``projector`` defaults to the ``*mmproj*.gguf`` beside them.
    """
    from app.core.engine.llamacpp import LlamaCppEngine
    from app.core.models.gguf_file import read_gguf_info

    ensure_load_allowed(path, declaration)
    if read_gguf_info(path).architecture == "mllama":
        from app.core.vision.engine import MllamaEngine
        from app.core.vision.gguf_layout import find_projector

        return MllamaEngine(path, projector or find_projector(path), options,
                            declaration=declaration)
    return LlamaCppEngine(path, options, declaration=declaration)
