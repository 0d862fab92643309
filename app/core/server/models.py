"""Which engine answers a request: installed models by name, one text model and the vision
model loaded at a time, each shared by concurrent requests.

A text model runs on :class:`app.core.engine.batch.BatchedEngine` (continuous batching, many
requests at once) when ``parallel > 1`` and that engine is available; otherwise on
:class:`SerialEngine`, which answers one request at a time and lets the others wait in a
bounded line. A request naming another text model waits until the loaded one is idle, then
swaps it (loading goes through the loader: licence and memory checks included).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    Engine,
    GenerationEvent,
    GenerationRequest,
    LoadOptions,
    ModelInfo,
    Stats,
)
from app.core.errors import HearthError, ServerBusyError
from app.core.licence import FROM_SETTINGS, DeclarationArg, ensure_load_allowed
from app.core.models.registry import STARTER_ALIASES, InstalledModel, installed_models

log = logging.getLogger(__name__)

Kind = Literal["text", "vision"]
EngineFactory = Callable[[Path, LoadOptions], Engine]


class ModelNotFoundError(HearthError):
    """The request names a model that is not installed (HTTP 404)."""


class SerialEngine:
    """An engine that answers one request at a time, shared by many threads: the others wait
    in a line of at most ``max_queue``; beyond it :class:`ServerBusyError` (HTTP 503)."""

    kind = "serial"

    def __init__(self, engine: Engine, *, max_queue: int = 16) -> None:
        self.engine = engine
        self.max_queue = max(0, max_queue)
        self._turn = threading.Lock()
        self._mu = threading.Lock()
        self._waiting = 0
        self._avg_s = 2.0

    @property
    def info(self) -> ModelInfo:
        return self.engine.info

    @property
    def waiting(self) -> int:
        return self._waiting

    def count_tokens(self, text: str) -> int:
        return self.engine.count_tokens(text)

    def generate(self, request: GenerationRequest, cancel: CancelToken | None = None
                 ) -> Iterator[GenerationEvent]:
        cancel = cancel or CancelToken()
        with self._mu:
            if self._turn.locked() and self._waiting >= self.max_queue:
                raise ServerBusyError(
                    f"The server is busy: {self._waiting} requests are already waiting.",
                    hint="Try again shortly.",
                    retry_after_s=max(1.0, self._avg_s * (self._waiting + 1)))
            self._waiting += 1
        try:
            while not self._turn.acquire(timeout=0.05):
                if cancel.cancelled:
                    yield DoneEvent("", Stats(stop_reason="cancelled"))
                    return
        finally:
            with self._mu:
                self._waiting -= 1
        started = time.monotonic()
        try:
            yield from self.engine.generate(request, cancel)
        finally:
            self._turn.release()
            self._avg_s = 0.8 * self._avg_s + 0.2 * (time.monotonic() - started)

    def close(self) -> None:
        self.engine.close()


def batched_engine_class() -> type | None:
    """The continuous-batching engine when this build has it."""
    try:
        from app.core.engine.batch import BatchedEngine
    except ImportError:
        return None
    return BatchedEngine


def text_engine_factory(*, parallel: int = 1, max_queue: int = 16,
                        declaration: DeclarationArg = FROM_SETTINGS) -> EngineFactory:
    """Text models on BatchedEngine (``parallel`` slots) when available, else SerialEngine."""
    from app.core.engines import load_engine

    batched = batched_engine_class() if parallel > 1 else None

    def make(path: Path, options: LoadOptions) -> Engine:
        if batched is not None:
            ensure_load_allowed(path, declaration)
            return batched(path, options, n_parallel=parallel,  # type: ignore[no-any-return]
                           max_queue=max_queue, declaration=declaration)
        return SerialEngine(load_engine(path, options, declaration=declaration),
                            max_queue=max_queue)

    return make


def vision_engine_factory(*, max_queue: int = 16,
                          declaration: DeclarationArg = FROM_SETTINGS) -> EngineFactory:
    """Llama 3.2 Vision (one request at a time), licence check first."""
    from app.core.engines import load_engine

    def make(path: Path, options: LoadOptions) -> Engine:
        return SerialEngine(load_engine(path, options, declaration=declaration),
                            max_queue=max_queue)

    return make


def default_options(path: Path) -> LoadOptions:
    """The loading options the window would use for ``path`` (Settings, per-model overrides)."""
    from app.core.settings import load_settings

    return load_settings().load_options(path)


@dataclass
class _Slot:
    model: InstalledModel | None = None
    engine: Engine | None = None
    users: int = 0
    loading: bool = False


class ModelHost:
    """Resolves model names and lends loaded engines to requests (see the module docstring)."""

    def __init__(
        self,
        *,
        text_factory: EngineFactory | None = None,
        vision_factory: EngineFactory | None = None,
        options_for: Callable[[Path], LoadOptions] = default_options,
        default_model: str | None = None,
        models: Callable[[], list[InstalledModel]] = installed_models,
        swap_timeout_s: float = 300.0,
        shared: Callable[[Path], Engine | None] | None = None,
    ) -> None:
        self.text_factory = text_factory or text_engine_factory()
        self.vision_factory = vision_factory or vision_engine_factory()
        self.options_for = options_for
        self.default_model = default_model
        self.models = models
        self.swap_timeout_s = swap_timeout_s
        # An engine someone else owns (the window's), used for its model instead of loading a
        # second copy; it must take concurrent generate() calls (BatchedEngine does).
        self.shared = shared
        self._cond = threading.Condition()
        self._slots: dict[Kind, _Slot] = {"text": _Slot(), "vision": _Slot()}
        self._kinds: dict[Path, Kind] = {}
        self._closed = False

    # -- names --------------------------------------------------------------------------------

    def resolve(self, name: str | None) -> InstalledModel:
        """An installed model by its name or file name (any case); None: the default one."""
        models = self.models()
        wanted = (name or "").strip() or self.default_model
        if not wanted:
            starter = next((m for m in models if m.starter), None)
            if starter is None and models:
                starter = models[0]
            if starter is None:
                raise ModelNotFoundError("No model is installed yet.",
                                         hint="Download one with `hearth models pull`.")
            return starter
        low = wanted.lower()
        for m in models:
            if low in (m.name.lower(), m.path.name.lower(), str(m.path).lower()):
                return m
        if low in STARTER_ALIASES:
            starter = next((m for m in models if m.starter), None)
            if starter is not None:
                return starter
        names = ", ".join(m.name for m in models) or "none"
        raise ModelNotFoundError(f"The model '{wanted}' does not exist here "
                                 f"(installed: {names}).")

    def kind_of(self, model: InstalledModel) -> Kind:
        kind = self._kinds.get(model.path)
        if kind is None:
            from app.core.models.gguf_file import read_gguf_info

            arch = read_gguf_info(model.path).architecture
            kind = "vision" if arch == "mllama" else "text"
            self._kinds[model.path] = kind
        return kind

    # -- engines ------------------------------------------------------------------------------

    @contextmanager
    def lease(self, model: InstalledModel, cancel: CancelToken | None = None
              ) -> Iterator[Engine]:
        """The loaded engine for ``model`` for the length of one request (loads or swaps)."""
        kind = self.kind_of(model)
        borrowed = self.shared(model.path) if self.shared is not None else None
        if borrowed is not None:
            yield borrowed
            return
        slot = self._slots[kind]
        deadline = time.monotonic() + self.swap_timeout_s
        must_load = False
        old: Engine | None = None
        with self._cond:
            while True:
                if self._closed:
                    raise HearthError("The server is stopping.")
                if slot.loading or (slot.engine is not None and slot.model != model
                                    and slot.users > 0):
                    if time.monotonic() > deadline or (cancel and cancel.cancelled):
                        busy = slot.model.name if slot.model else "another model"
                        raise ServerBusyError(
                            f"The server is busy with {busy}.",
                            hint="Try again when its requests are answered.",
                            retry_after_s=5.0)
                    self._cond.wait(0.1)
                    continue
                if slot.engine is not None and slot.model == model:
                    slot.users += 1
                    engine = slot.engine
                    break
                old, slot.engine, slot.model = slot.engine, None, None
                slot.loading = must_load = True
                break
        if must_load:
            try:
                if old is not None:
                    log.info("Unloading %s", old.info.name)
                    old.close()
                factory = self.vision_factory if kind == "vision" else self.text_factory
                engine = factory(model.path, self.options_for(model.path))
            except BaseException:
                with self._cond:
                    slot.loading = False
                    self._cond.notify_all()
                raise
            with self._cond:
                slot.engine, slot.model, slot.loading = engine, model, False
                slot.users += 1
                self._cond.notify_all()
        try:
            yield engine
        finally:
            with self._cond:
                slot.users -= 1
                self._cond.notify_all()

    def preload(self, name: str | None) -> InstalledModel:
        """Load ``name`` now (``hearth serve --model``), so its errors show at start."""
        model = self.resolve(name)
        with self.lease(model):
            pass
        return model

    def loaded(self) -> dict[str, dict[str, object]]:
        """What is loaded now, for /health and the window."""
        out: dict[str, dict[str, object]] = {}
        with self._cond:
            for kind, slot in self._slots.items():
                if slot.engine is not None and slot.model is not None:
                    out[kind] = {"model": slot.model.name, "requests": slot.users,
                                 "engine": getattr(slot.engine, "kind", "batched")}
                    load = getattr(slot.engine, "load", None)
                    if callable(load):  # BatchedEngine: slots busy, requests waiting
                        out[kind].update(load())
                elif slot.loading:
                    out[kind] = {"model": None, "loading": True}
        return out

    def close(self, timeout_s: float = 15.0) -> None:
        """Free the engines once the requests using them have ended (they were cancelled)."""
        deadline = time.monotonic() + timeout_s
        with self._cond:
            self._closed = True
            while any(s.users or s.loading for s in self._slots.values()) and \
                    time.monotonic() < deadline:
                self._cond.wait(0.05)
            engines = [s.engine for s in self._slots.values() if s.engine is not None]
            for slot in self._slots.values():
                slot.engine, slot.model = None, None
        for engine in engines:
            try:
                engine.close()
            except Exception:  # closing is best effort at shutdown
                log.exception("Closing %s failed", engine)
