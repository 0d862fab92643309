"""The HTTP routes of Hearth's OpenAI-compatible API (Starlette).

Each generation runs on its own thread (the engines are blocking generators) and hands its
events to the event loop through a queue. The response starts only when the first event is
there, so load errors, a full queue, the licence and an over-long prompt still answer with the
right status code; after that, tokens stream as server-sent events. A watcher on the
connection cancels the generation when the client goes away, which frees its slot at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    Engine,
    GenerationRequest,
    SamplingParams,
    Stats,
    TokenEvent,
)
from app.core.errors import (
    ContextOverflowError,
    GenerationError,
    HearthError,
    ImageError,
    InsufficientMemoryError,
    LicenceError,
    ModelFileError,
    ServerBusyError,
)
from app.core.models.registry import InstalledModel
from app.core.safety.moderation import ModerationInputError
from app.core.safety.policy import GuardPolicy
from app.core.safety.serving import ContentBlockedError, SafetyLayer
from app.core.server import schemas
from app.core.server.auth import GuardMiddleware
from app.core.server.models import ModelHost, ModelNotFoundError
from app.core.server.schemas import RequestError

log = logging.getLogger("app.core.server")

DEFAULT_MAX_BODY = 32 * 1024 * 1024  # base64 pictures make bodies large


@dataclass
class ServerOptions:
    """How the app behaves (the CLI and the window fill it in)."""

    api_key: str | None = None
    allowed_hosts: frozenset[str] | None = None  # None: any Host header
    cors_origins: tuple[str, ...] = ()
    log_content: bool = False
    max_body_bytes: int = DEFAULT_MAX_BODY
    sampling: SamplingParams = field(default_factory=SamplingParams)
    safety: SafetyLayer | None = None  # Llama Guard 3 (the policy in Settings); None: none


class ServerState:
    """Requests being served, and counters for /health and the window (thread-safe)."""

    def __init__(self) -> None:
        self._mu = threading.Lock()
        self._active: set[CancelToken] = set()
        self.total = 0
        self.cancelled = 0
        self.failed = 0
        self.started = time.time()

    @property
    def active(self) -> int:
        return len(self._active)

    def begin(self, cancel: CancelToken) -> None:
        with self._mu:
            self._active.add(cancel)
            self.total += 1

    def end(self, cancel: CancelToken, *, cancelled: bool, failed: bool) -> None:
        with self._mu:
            self._active.discard(cancel)
            self.cancelled += int(cancelled)
            self.failed += int(failed)

    def cancel_all(self) -> None:
        with self._mu:
            tokens = list(self._active)
        for token in tokens:
            token.cancel()

    def snapshot(self) -> dict[str, Any]:
        with self._mu:
            return {"active_requests": len(self._active), "requests_total": self.total,
                    "requests_cancelled": self.cancelled, "requests_failed": self.failed,
                    "uptime_s": round(time.time() - self.started, 1)}


# -- errors ---------------------------------------------------------------------------------------


def error_response(exc: BaseException) -> JSONResponse:
    """Any error as OpenAI's ``{"error": {...}}`` with the fitting status."""
    status, kind, code, param, headers = 400, "invalid_request_error", None, None, None
    if isinstance(exc, RequestError):
        status, kind, code, param = exc.status, exc.kind, exc.code, exc.param
    elif isinstance(exc, ModelNotFoundError):
        status, kind, code, param = 404, "not_found_error", "model_not_found", "model"
    elif isinstance(exc, ContextOverflowError):
        code = "context_length_exceeded"
    elif isinstance(exc, LicenceError):
        status, kind, code = 403, "permission_error", "licence_declined"
    elif isinstance(exc, ServerBusyError):
        status, kind, code = 503, "server_error", "server_busy"
        headers = {"Retry-After": str(max(1, math.ceil(exc.retry_after_s)))}
    elif isinstance(exc, InsufficientMemoryError):
        status, kind, code = 507, "server_error", "insufficient_memory"
    elif isinstance(exc, ImageError):
        code, param = "invalid_image", "messages"
    elif isinstance(exc, ContentBlockedError):
        code, param = "content_policy_violation", exc.param
    elif isinstance(exc, ModerationInputError):
        code, param = "invalid_input", "input"
    elif isinstance(exc, (GenerationError, ModelFileError)):
        status, kind, code = 500, "server_error", "model_error"
    elif isinstance(exc, HearthError):
        code = "invalid_request"
    else:
        log.error("Unexpected error", exc_info=exc)
        return JSONResponse(schemas.error_body(
            "The server failed unexpectedly; its log has the details.", "server_error",
            "internal_error"), status_code=500)
    return JSONResponse(schemas.error_body(str(exc), kind, code, param), status_code=status,
                        headers=headers)


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    kind = "not_found_error" if exc.status_code == 404 else "invalid_request_error"
    message = {404: "There is no such endpoint.", 405: "This endpoint does not take that "
               "method."}.get(exc.status_code, str(exc.detail))
    return JSONResponse(schemas.error_body(message, kind, str(exc.status_code)),
                        status_code=exc.status_code, headers=exc.headers)


async def read_json(request: Request, limit: int) -> Any:
    """The body as JSON; 413 beyond ``limit`` bytes (checked while reading), 400 if not JSON."""
    length = request.headers.get("content-length")
    too_large = RequestError(f"The request body is larger than the {limit:,}-byte limit.",
                             code="request_too_large", status=413)
    if length is not None and length.isdigit() and int(length) > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks))
    except (ValueError, UnicodeDecodeError) as exc:
        raise RequestError(f"The request body is not valid JSON ({exc}).",
                           code="invalid_json") from None


# -- one generation on a thread --------------------------------------------------------------------

_END = object()


class Generation:
    """Runs ``job`` on a thread; its items come out of :meth:`next` on the event loop."""

    def __init__(self, state: ServerState, job: Callable[[CancelToken], Iterator[object]],
                 cancel: CancelToken) -> None:
        self.state = state
        self.cancel = cancel
        self._loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue[object] = asyncio.Queue()
        self._job = job
        self.model = ""

    def start(self) -> None:
        threading.Thread(target=self._run, name="hearth-request", daemon=True).start()

    def _put(self, item: object) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is gone: the server stopped
            self._loop.call_soon_threadsafe(self._queue.put_nowait, item)

    def _run(self) -> None:
        self.state.begin(self.cancel)
        cancelled = failed = False
        try:
            for item in self._job(self.cancel):
                if isinstance(item, DoneEvent) and item.stats.stop_reason == "cancelled":
                    cancelled = True
                self._put(item)
        except BaseException as exc:  # handed to the event loop, which answers with it
            failed = True
            self._put(exc)
        finally:
            cancelled = cancelled or self.cancel.cancelled
            self.state.end(self.cancel, cancelled=cancelled, failed=failed and not cancelled)
            self._put(_END)

    async def next(self) -> object:
        """The next event; exceptions are raised; None at the end."""
        item = await self._queue.get()
        if item is _END:
            return None
        if isinstance(item, BaseException):
            raise item
        return item


def _engine_job(host: ModelHost, model_name: str | None,
                build: Callable[[Engine], GenerationRequest], gen: list[Generation],
                safety: SafetyLayer | None = None) -> Callable[[CancelToken], Iterator[object]]:
    def job(cancel: CancelToken) -> Iterator[object]:
        model = host.resolve(model_name)
        gen[0].model = model.name
        with host.lease(model, cancel) as engine:
            request = build(engine)
            if safety is not None:
                yield from safety.generate(engine, request, cancel)
            else:
                yield from engine.generate(request, cancel)

    return job


async def _watch_disconnect(receive: Receive, cancel: CancelToken) -> None:
    """Cancel the generation when the client closes the connection."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            cancel.cancel()
            return


class EventStream(Response):
    """Server-sent events from ``chunks``; the watcher is stopped when the stream ends."""

    media_type = "text/event-stream"

    def __init__(self, chunks: AsyncIterator[dict[str, Any] | str], cancel: CancelToken,
                 watcher: asyncio.Task[None]) -> None:
        self.status_code = 200
        self.background = None
        self.raw_headers = [(b"content-type", b"text/event-stream; charset=utf-8"),
                            (b"cache-control", b"no-cache"), (b"x-accel-buffering", b"no")]
        self.chunks = chunks
        self.cancel = cancel
        self.watcher = watcher

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        completed = False
        try:
            await send({"type": "http.response.start", "status": self.status_code,
                        "headers": self.raw_headers})
            async for chunk in self.chunks:
                data = chunk if isinstance(chunk, str) else json.dumps(chunk,
                                                                       ensure_ascii=False)
                await send({"type": "http.response.body",
                            "body": f"data: {data}\n\n".encode(), "more_body": True})
            completed = True
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:  # the client went away while we were writing
            pass
        finally:
            if not completed:
                self.cancel.cancel()
            # The generation's thread polls the token and ends on its own, freeing its slot.
            self.watcher.cancel()
            if isinstance(self.chunks, AsyncGenerator):
                await self.chunks.aclose()


def _error_chunk(exc: BaseException) -> dict[str, Any]:
    response = error_response(exc)
    return json.loads(bytes(response.body))  # type: ignore[no-any-return]


# -- the app ---------------------------------------------------------------------------------------


def create_app(host: ModelHost, options: ServerOptions | None = None,
               state: ServerState | None = None,
               images: schemas.ImageStore | None = None) -> Starlette:
    """The ASGI app serving ``host``'s models."""
    options = options or ServerOptions()
    state = state or ServerState()
    store = images or schemas.ImageStore()

    def log_request(kind: str, model: str, stats: Stats | None, started: float,
                    content: str | None = None, answer: str | None = None) -> None:
        ms = (time.perf_counter() - started) * 1000
        if stats is not None:
            log.info("%s model=%s prompt_tokens=%d completion_tokens=%d stop=%s %.0f ms", kind,
                     model, stats.prompt_tokens, stats.completion_tokens, stats.stop_reason, ms)
        if options.log_content:
            log.info("%s request: %s", kind, content)
            log.info("%s answer: %s", kind, answer)

    async def start(request: Request, job_for: Callable[[list[Generation]], Callable[
            [CancelToken], Iterator[object]]]) -> tuple[Generation, asyncio.Task[None], object]:
        """Start the generation and wait for its first event (errors raise here)."""
        cancel = CancelToken()
        holder: list[Generation] = []
        gen = Generation(state, job_for(holder), cancel)
        holder.append(gen)
        gen.start()
        watcher = asyncio.create_task(_watch_disconnect(request.receive, cancel))
        try:
            first = await gen.next()
        except BaseException:
            watcher.cancel()
            raise
        return gen, watcher, first

    async def health(_request: Request) -> Response:
        return JSONResponse({"status": "ok", **state.snapshot(), "loaded": host.loaded()})

    def model_entry(model: InstalledModel) -> dict[str, Any]:
        # context_length: the context one request gets here, so that a client (another Hearth)
        # plans documents with it instead of guessing.
        return {"id": model.name, "object": "model", "created": _created(model.path),
                "owned_by": "hearth", "context_length": host.options_for(model.path).n_ctx}

    async def list_models(_request: Request) -> Response:
        models = await asyncio.to_thread(host.models)
        return JSONResponse({"object": "list", "data": [model_entry(m) for m in models]})

    async def get_model(request: Request) -> Response:
        name = request.path_params["model"]
        try:
            model = await asyncio.to_thread(host.resolve, name)
        except HearthError as exc:
            return error_response(exc)
        return JSONResponse(model_entry(model))

    async def chat(request: Request) -> Response:
        started = time.perf_counter()
        try:
            body = await read_json(request, options.max_body_bytes)
            plan = schemas.parse_chat(body, options.sampling)
        except HearthError as exc:
            return error_response(exc)

        def job_for(holder: list[Generation]) -> Callable[[CancelToken], Iterator[object]]:
            def build(engine: Engine) -> GenerationRequest:
                return plan.request_for(engine.info, store)

            return _engine_job(host, plan.model, build, holder, options.safety)

        try:
            gen, watcher, first = await start(request, job_for)
        except BaseException as exc:
            return error_response(exc)
        cid, created = schemas.new_id("chatcmpl"), schemas.now()
        content_log = schemas.messages_for_log(plan.messages) if options.log_content else None
        forced = plan.choice.forced and len(plan.tools) > 0

        if not plan.stream:
            try:
                done = await _finish(gen, first)
            except BaseException as exc:
                return error_response(exc)
            finally:
                watcher.cancel()
            answer = schemas.read_tool_answer(done.text, plan.tools)
            finish = "tool_calls" if answer.calls else schemas.finish_reason(done.stats)
            log_request("chat", gen.model, done.stats, started, content_log, done.text)
            return JSONResponse(schemas.chat_response(cid, created, gen.model, answer, finish,
                                                      done.stats))

        async def chunks() -> AsyncIterator[dict[str, Any] | str]:
            model = gen.model
            yield schemas.chat_chunk(cid, created, model, {"role": "assistant", "content": ""})
            held = ""
            streaming = not len(plan.tools)
            event: object = first
            done: DoneEvent | None = None
            try:
                while event is not None:
                    if isinstance(event, TokenEvent):
                        if streaming:
                            yield schemas.chat_chunk(cid, created, model,
                                                     {"content": event.text})
                        else:
                            held += event.text
                            verdict = schemas.might_be_call(held)
                            if verdict is False and not forced:
                                streaming = True
                                yield schemas.chat_chunk(cid, created, model, {"content": held})
                                held = ""
                    elif isinstance(event, DoneEvent):
                        done = event
                    event = await gen.next()
            except asyncio.CancelledError:
                gen.cancel.cancel()
                raise
            except Exception as exc:
                yield {"error": _error_chunk(exc)["error"]}
                yield "[DONE]"
                return
            if done is None:
                return
            finish = schemas.finish_reason(done.stats)
            if not streaming:
                answer = schemas.read_tool_answer(held, plan.tools)
                if answer.calls:
                    finish = "tool_calls"
                    calls = [{"index": i, **call} for i, call in enumerate(answer.calls)]
                    if answer.text:
                        yield schemas.chat_chunk(cid, created, model, {"content": answer.text})
                    yield schemas.chat_chunk(cid, created, model, {"tool_calls": calls})
                elif held:
                    yield schemas.chat_chunk(cid, created, model, {"content": held})
            yield schemas.chat_chunk(cid, created, model, {}, finish)
            if plan.include_usage:
                yield {"id": cid, "object": "chat.completion.chunk", "created": created,
                       "model": model, "system_fingerprint": None, "choices": [],
                       "usage": schemas.usage(done.stats)}
            yield "[DONE]"
            log_request("chat", model, done.stats, started, content_log, done.text)

        return EventStream(chunks(), gen.cancel, watcher)

    async def completions(request: Request) -> Response:
        started = time.perf_counter()
        try:
            body = await read_json(request, options.max_body_bytes)
            plan = schemas.parse_completion(body, options.sampling)
        except HearthError as exc:
            return error_response(exc)

        def job_for(holder: list[Generation]) -> Callable[[CancelToken], Iterator[object]]:
            return _engine_job(host, plan.model, lambda _engine: plan.request(), holder,
                               options.safety)

        try:
            gen, watcher, first = await start(request, job_for)
        except BaseException as exc:
            return error_response(exc)
        cid, created = schemas.new_id("cmpl"), schemas.now()
        if not plan.stream:
            try:
                done = await _finish(gen, first)
            except BaseException as exc:
                return error_response(exc)
            finally:
                watcher.cancel()
            log_request("completion", gen.model, done.stats, started, plan.prompt, done.text)
            return JSONResponse(schemas.completion_body(
                cid, created, gen.model, done.text, schemas.finish_reason(done.stats),
                done.stats))

        async def chunks() -> AsyncIterator[dict[str, Any] | str]:
            event: object = first
            done: DoneEvent | None = None
            try:
                while event is not None:
                    if isinstance(event, TokenEvent):
                        yield schemas.completion_body(cid, created, gen.model, event.text,
                                                      None, None)
                    elif isinstance(event, DoneEvent):
                        done = event
                    event = await gen.next()
            except asyncio.CancelledError:
                gen.cancel.cancel()
                raise
            except Exception as exc:
                yield {"error": _error_chunk(exc)["error"]}
                yield "[DONE]"
                return
            if done is None:
                return
            yield schemas.completion_body(cid, created, gen.model, "",
                                          schemas.finish_reason(done.stats), None)
            if plan.include_usage:
                body = schemas.completion_body(cid, created, gen.model, "", None, done.stats)
                body["choices"] = []
                yield body
            yield "[DONE]"
            log_request("completion", gen.model, done.stats, started, plan.prompt, done.text)

        return EventStream(chunks(), gen.cancel, watcher)

    moderation_layer = options.safety or SafetyLayer(GuardPolicy())

    def _moderation_image(url: str) -> Path:
        """A moderation input's picture (a data: URL) as a checked file for the guard."""
        from app.core.vision.attachments import check_image

        try:
            return check_image(store.save(schemas.decode_data_url(url)))
        except RequestError as exc:
            exc.param = "input"
            raise

    async def moderations(request: Request) -> Response:
        try:
            body = await read_json(request, options.max_body_bytes)
            if not isinstance(body, dict):
                raise RequestError("The request body must be a JSON object.")
            result = await asyncio.to_thread(moderation_layer.moderate, body.get("input"),
                                             _moderation_image)
        except BaseException as exc:
            return error_response(exc)
        return JSONResponse(result)

    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/v1/models", list_models, methods=["GET"]),
        Route("/v1/models/{model:path}", get_model, methods=["GET"]),
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/v1/completions", completions, methods=["POST"]),
        Route("/v1/moderations", moderations, methods=["POST"]),
    ]
    middleware = []
    if options.cors_origins:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=list(options.cors_origins),
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"]))
    middleware.append(Middleware(GuardMiddleware, hosts=options.allowed_hosts,
                                 api_key=options.api_key))
    app = Starlette(routes=routes, middleware=middleware,
                    exception_handlers={HTTPException: _http_error})
    app.state.hearth = state
    app.state.images = store
    return app


async def _finish(gen: Generation, first: object) -> DoneEvent:
    """Consume the rest of a generation; its DoneEvent."""
    event: object = first
    done: DoneEvent | None = None
    while event is not None:
        if isinstance(event, DoneEvent):
            done = event
        event = await gen.next()
    if done is None:
        raise GenerationError("The model stopped without an answer.")
    return done


def _created(path: Any) -> int:
    try:
        return int(path.stat().st_mtime)
    except OSError:
        return 0


__all__ = ["ServerOptions", "ServerState", "create_app", "error_response"]
