"""Pick and load the right engine for a model file.

The one place that knows which engine runs which model: the window, the CLI, the server and the
self-test all load through it, and the licence check comes first here for every engine. It sits
above the engines it chooses between -- llama.cpp's (``app.core.engine``), the vision engine
(``app.core.vision``) and a server elsewhere (``app.core.remote``) -- so that none of them
depends on another through it (tests/test_architecture.py).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.core.engine.base import Engine, LoadOptions
from app.core.errors import HearthError
from app.core.licence import FROM_SETTINGS, DeclarationArg, ensure_load_allowed


def load_engine(
    path: str | Path,
    options: LoadOptions | None = None,
    *,
    declaration: DeclarationArg = FROM_SETTINGS,
    projector: str | Path | None = None,
    draft: str | Path | None = None,
    draft_max: int | None = None,
    draft_optional: bool = False,
) -> Engine:
    """Load ``path`` with the engine its architecture needs; raises HearthError for people.

    With ``draft`` (a GGUF sharing the model's vocabulary) the model decodes speculatively:
    the same answers, faster when the draft agrees often (see app.core.engine.speculative).
    With ``draft_optional`` (a draft remembered in Settings) a draft that cannot be used --
    deleted, another vocabulary, no memory for both -- leaves the model running alone, and
    the engine's notice says why.

    The licence check comes first, for every engine: a Llama 3.2 vision file is refused
    (LicenceBlockedError / LicenceUndecidedError) unless the licence declaration allows it.
    ``declaration`` defaults to the one stored in settings, read now; pass one only for
    answers given another way (the CLI's --domicile flags). Llama 3.2 Vision files run on
    the vision engine; their ``projector`` defaults to the ``*mmproj*.gguf`` beside them.
    """
    from app.core.engine.llamacpp import LlamaCppEngine
    from app.core.models.gguf_file import read_gguf_info

    if str(path).startswith("remote:"):  # a model on a server the person added
        return load_remote(str(path), declaration=declaration)
    ensure_load_allowed(path, declaration)
    if read_gguf_info(path).architecture == "mllama":
        from app.core.vision.engine import MllamaEngine
        from app.core.vision.gguf_layout import find_projector

        return MllamaEngine(path, projector or find_projector(path), options,
                            declaration=declaration)

    if draft is not None:
        from app.core.engine.speculative import DEFAULT_DRAFT_MAX, SpeculativeEngine

        try:
            ensure_load_allowed(draft, declaration)
            return SpeculativeEngine(
                path, draft, options, declaration=declaration,
                draft_max=DEFAULT_DRAFT_MAX if draft_max is None else draft_max,
            )
        except HearthError as exc:
            if not draft_optional:
                raise
            engine = LlamaCppEngine(path, options, declaration=declaration)
            engine._info = dataclasses.replace(
                engine.info, notice=f"The draft model was not used: {exc}"
            )
            return engine
    return LlamaCppEngine(path, options, declaration=declaration)


def load_remote(ref: str, *, declaration: DeclarationArg = FROM_SETTINGS,
                settings: object = None) -> Engine:
    """Connect to ``remote:SERVER/MODEL`` (a server from Settings ▸ Servers).

    The licence's vision limit is about the person's own use, wherever the model runs, so a
    Llama 3.2 Vision model on a server is checked by its name like a local file.
    """
    from app.core.models.servers import get_server, parse_ref
    from app.core.remote import RemoteEngine
    from app.core.settings import Settings, load_settings

    current = settings if isinstance(settings, Settings) else load_settings()
    remote = parse_ref(ref, current)
    if remote is None:
        raise HearthError(f"“{ref}” is not a model on an added server.")
    check_remote_licence(remote.model, declaration)
    return RemoteEngine(get_server(current, remote.server), remote.model)


def check_remote_licence(model: str, declaration: DeclarationArg = FROM_SETTINGS) -> None:
    """Raise the licence refusal for a Llama 3.2 Vision model (by its name) on a server."""
    from app.core.licence import _VISION_NAME, decision_for_family, refusal

    if _VISION_NAME.search(model):
        decision = decision_for_family("vision", declaration)
        if not decision.allowed:
            raise refusal(decision, model, "a Llama 3.2 Vision model", action="use")
