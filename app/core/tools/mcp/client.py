"""A synchronous face on the official MCP SDK, for the tool loop's and the window's threads.

The SDK is asyncio (anyio); Hearth's tool loop and its Qt workers are plain threads. One
:class:`McpRuntime` runs an event loop on a daemon thread; each :class:`McpConnection` keeps
one server's transport and session open in a task on that loop (the SDK's context managers
must be entered and left in the same task) and offers blocking :meth:`~McpConnection.start`,
:meth:`~McpConnection.call` and :meth:`~McpConnection.stop`.

A server that exits, or does not answer a call within its timeout, is stopped and marked
``failed`` with a sentence saying why; the call returns that sentence as its error, so the
conversation goes on. Every process is stopped when Hearth exits (``atexit``).
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import contextlib
import enum
import json
import threading
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.core.engine.base import CancelToken
from app.core.tools.base import ToolCancelledError, ToolRunError
from app.core.tools.mcp.config import McpServerConfig, resolve_secrets

__all__ = [
    "McpConnection",
    "McpRuntime",
    "McpServerError",
    "McpToolInfo",
    "ServerState",
    "default_runtime",
    "result_value",
]

T = TypeVar("T")
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0
LOG_LIMIT = 200_000  # characters of a server's stderr kept for the window
PING_INTERVAL_S = 5.0  # an idle server is pinged this often, so a crash shows up at once
PING_TIMEOUT_S = 10.0


class _Gone(Exception):
    """An idle server exited or stopped answering pings (the message says which)."""


class McpServerError(ToolRunError):
    """A server could not be started or stopped answering; the message says which and why."""


class ServerState(enum.StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class McpToolInfo:
    """A tool as the server lists it (its annotations are hints the server gives)."""

    name: str
    description: str
    input_schema: dict[str, Any]
    title: str | None = None
    read_only: bool | None = None
    destructive: bool | None = None
    idempotent: bool | None = None
    open_world: bool | None = None


class McpRuntime:
    """An asyncio event loop on its own daemon thread, shared by every connection."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="mcp-runtime", daemon=True)
        self._thread.start()
        self.connections: list[McpConnection] = []
        self._lock = threading.Lock()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def register(self, connection: McpConnection) -> None:
        with self._lock:
            self.connections.append(connection)

    def close(self) -> None:
        """Stop every server (their processes with them), then the loop."""
        with self._lock:
            connections = list(self.connections)
        for connection in connections:
            with contextlib.suppress(Exception):
                connection.stop()
        if self.loop.is_running():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(5)


_default: McpRuntime | None = None
_default_lock = threading.Lock()


def default_runtime() -> McpRuntime:
    """The process's runtime, started on first use and closed at exit."""
    global _default
    with _default_lock:
        if _default is None:
            _default = McpRuntime()
            atexit.register(_default.close)
        return _default


def _annotation(tool: Any, key: str) -> bool | None:
    annotations = getattr(tool, "annotations", None)
    value = getattr(annotations, key, None) if annotations is not None else None
    return value if isinstance(value, bool) else None


def _tool_info(tool: Any) -> McpToolInfo:
    return McpToolInfo(
        name=tool.name,
        description=(tool.description or tool.title or "").strip(),
        input_schema=dict(tool.input_schema or {"type": "object", "properties": {}}),
        title=getattr(tool, "title", None),
        read_only=_annotation(tool, "read_only_hint"),
        destructive=_annotation(tool, "destructive_hint"),
        idempotent=_annotation(tool, "idempotent_hint"),
        open_world=_annotation(tool, "open_world_hint"),
    )


def _content_value(block: Any) -> Any:
    kind = getattr(block, "type", "")
    if kind == "text":
        return block.text
    if kind in ("image", "audio"):
        size = len(base64.b64decode(block.data, validate=False)) if block.data else 0
        return {"type": kind, "mime_type": block.mime_type, "bytes": size,
                "note": f"an {kind} the model cannot see"}
    if kind == "resource":
        resource = block.resource
        out: dict[str, Any] = {"type": "resource", "uri": str(resource.uri)}
        if getattr(resource, "mime_type", None):
            out["mime_type"] = resource.mime_type
        text = getattr(resource, "text", None)
        if text is not None:
            out["text"] = text
        else:
            blob = getattr(resource, "blob", "") or ""
            out["bytes"] = len(base64.b64decode(blob, validate=False)) if blob else 0
        return out
    if kind == "resource_link":
        return {"type": "resource_link", "uri": str(block.uri), "name": block.name,
                **({"description": block.description} if block.description else {})}
    return {"type": str(kind)}


def result_value(result: Any) -> Any:
    """A ``tools/call`` result as plain JSON for the ``ipython`` turn.

    Structured content when the server gives it; one text block as its text (parsed when it
    is JSON); several blocks as a list. Images and binary resources are described (type,
    size), since a text model cannot read them.
    """
    structured = getattr(result, "structured_content", None)
    if structured is not None:
        return structured
    values = [_content_value(block) for block in (result.content or [])]
    if len(values) == 1 and isinstance(values[0], str):
        text = values[0]
        if text.lstrip()[:1] in ("{", "["):
            with contextlib.suppress(ValueError):
                return json.loads(text)
        return text
    return values


def _error_text(result: Any) -> str:
    texts = [b.text for b in (result.content or []) if getattr(b, "type", "") == "text"]
    return " ".join(texts).strip() or "the tool reported an error"


class McpConnection:
    """One MCP server: started on demand, its tools, calls, its stderr log, its state.

    ``on_change(connection)`` is called (on the runtime's thread) when the state or the tool
    list changes, so the window can refresh.
    """

    def __init__(self, config: McpServerConfig, *, log_path: Path | None = None,
                 runtime: McpRuntime | None = None,
                 on_change: Callable[[McpConnection], None] | None = None) -> None:
        self.config = config
        self.log_path = log_path
        self.runtime = runtime or default_runtime()
        self.state = ServerState.STOPPED
        self.error: str | None = None
        self.tools: list[McpToolInfo] = []
        self.server_name = ""
        self._listeners: list[Callable[[McpConnection], None]] = []
        if on_change is not None:
            self._listeners.append(on_change)
        self._session: Any = None
        self._task: asyncio.Task[None] | None = None
        self._stop: asyncio.Event | None = None
        self._lock = threading.Lock()
        self._http_log: list[str] = []
        self._in_flight = 0
        self.runtime.register(self)

    @property
    def name(self) -> str:
        return self.config.name

    def add_listener(self, listener: Callable[[McpConnection], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[McpConnection], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            with contextlib.suppress(Exception):
                listener(self)

    def _set(self, state: ServerState, error: str | None = None) -> None:
        self.state = state
        self.error = error
        self._changed()

    # -- the log ---------------------------------------------------------------------------

    def log_text(self, limit: int = LOG_LIMIT) -> str:
        """The end of the server's stderr (stdio servers) or Hearth's notes about it."""
        parts = []
        if self.log_path is not None:
            with contextlib.suppress(OSError):
                data = self.log_path.read_bytes()[-limit * 2:]
                parts.append(data.decode("utf-8", errors="replace"))
        parts += self._http_log
        return "".join(parts)[-limit:]

    def _note(self, text: str) -> None:
        stamp = time.strftime("%H:%M:%S")
        line = f"[hearth {stamp}] {text}\n"
        if self.log_path is not None and self.config.transport == "stdio":
            with contextlib.suppress(OSError), self.log_path.open("a", encoding="utf-8") as fh:
                fh.write(line)
        else:
            self._http_log.append(line)
            del self._http_log[:-200]

    # -- starting and stopping ---------------------------------------------------------------

    def start(self, timeout: float = START_TIMEOUT_S) -> None:
        """Start the server and list its tools (no-op when it is running).

        Raises :class:`McpServerError` saying why it could not be started.
        """
        with self._lock:
            if self.state is ServerState.READY and self._task is not None \
                    and not self._task.done():
                return
            self.stop()
            config = resolve_secrets(self.config)
            self._set(ServerState.STARTING)
            ready: Future[None] = Future()
            self.runtime.submit(self._launch(config, ready, timeout))
            try:
                ready.result(timeout + STOP_TIMEOUT_S)
            except FutureTimeout:
                self.stop()
                message = f"The MCP server {self.name} did not start within {timeout:g} s."
                self._set(ServerState.FAILED, message)
                raise McpServerError(message) from None
            except McpServerError as exc:
                self._set(ServerState.FAILED, exc.message)
                raise

    async def _launch(self, config: McpServerConfig, ready: Future[None],
                      timeout: float) -> None:
        self._stop = asyncio.Event()
        self._task = asyncio.current_task()
        try:
            await self._serve(config, ready, timeout)
        finally:
            self._session = None

    async def _serve(self, config: McpServerConfig, ready: Future[None],
                     timeout: float) -> None:
        import anyio
        from mcp import ClientSession, StdioServerParameters, stdio_client
        from mcp.types import Implementation

        from app import __version__

        assert self._stop is not None
        try:
            async with contextlib.AsyncExitStack() as stack:
                if config.url:
                    import httpx2
                    from mcp.client.streamable_http import streamable_http_client
                    from mcp.shared._httpx_utils import create_mcp_http_client

                    http = create_mcp_http_client(
                        headers=dict(config.headers),
                        timeout=httpx2.Timeout(min(30.0, timeout), read=config.timeout_s + 5))
                    await stack.enter_async_context(http)
                    self._note(f"connecting to {config.url}")
                    streams = await stack.enter_async_context(
                        streamable_http_client(config.url, http_client=http))
                else:
                    errlog = None
                    if self.log_path is not None:
                        self.log_path.parent.mkdir(parents=True, exist_ok=True)
                        self.log_path.write_text("", encoding="utf-8")
                        self._note(f"starting {config.describe()}")
                        errlog = stack.enter_context(
                            self.log_path.open("a", encoding="utf-8", errors="replace"))
                    params = StdioServerParameters(command=config.command or "",
                                                   args=list(config.args),
                                                   env=dict(config.env) or None,
                                                   cwd=config.cwd or None)
                    kwargs = {"errlog": errlog} if errlog is not None else {}
                    streams = await stack.enter_async_context(stdio_client(params, **kwargs))
                session = await stack.enter_async_context(ClientSession(
                    streams[0], streams[1], message_handler=self._on_message,
                    client_info=Implementation(name="Hearth", version=__version__)))
                with anyio.fail_after(timeout):
                    init = await session.initialize()
                    info = getattr(init, "server_info", None)
                    self.server_name = getattr(info, "name", "") or ""
                    self.tools = await self._list_tools(session)
                self._session = session
                self._set(ServerState.READY)
                self._note(f"ready: {len(self.tools)} tools")
                if not ready.done():
                    ready.set_result(None)
                await self._watch(session)
        except BaseException as exc:
            message = self._describe_failure(exc)
            if isinstance(exc, asyncio.CancelledError):
                message = None
            if not ready.done():
                ready.set_exception(McpServerError(
                    message or f"The MCP server {self.name} was stopped while starting."))
            elif message and self.state is ServerState.READY:
                self._note(message)
                self._set(ServerState.FAILED, message)
            if isinstance(exc, asyncio.CancelledError):
                raise
        finally:
            self._session = None
            if self.state in (ServerState.READY, ServerState.STARTING):
                self._set(ServerState.STOPPED)

    async def _watch(self, session: Any) -> None:
        """Wait for :meth:`stop`; meanwhile ping the idle server so that one that exits or
        hangs between calls is noticed (and reported) at once, not at the next call."""
        import anyio
        from mcp.shared.exceptions import MCPError
        from mcp.types import CONNECTION_CLOSED

        assert self._stop is not None
        while True:
            try:
                await asyncio.wait_for(self._stop.wait(), PING_INTERVAL_S)
                return
            except TimeoutError:
                pass
            if self._in_flight:
                continue  # the call's own timeout watches it
            try:
                with anyio.fail_after(PING_TIMEOUT_S):
                    await session.send_ping()
            except TimeoutError:
                if self._in_flight or self._stop.is_set():
                    continue
                raise _Gone(f"The MCP server {self.name} stopped answering (no reply to a "
                            f"ping within {PING_TIMEOUT_S:g} s), so it was stopped.") from None
            except MCPError as exc:
                if self._stop.is_set():
                    return
                if exc.code == CONNECTION_CLOSED:
                    raise _Gone(f"The MCP server {self.name} exited.") from None
                continue  # a server without ping support: still there

    def _describe_failure(self, exc: BaseException) -> str:
        leaves = _leaf_exceptions(exc)
        first = leaves[0] if leaves else exc
        if isinstance(first, _Gone):
            tail = [line for line in self.log_text(600).strip().splitlines()
                    if not line.startswith("[hearth ")][-2:]
            return str(first) + (f" Its last words: {' / '.join(tail)}" if tail else "")
        if isinstance(first, FileNotFoundError):
            return (f"The MCP server {self.name} could not be started: the program "
                    f"{self.config.command!r} was not found.")
        if isinstance(first, TimeoutError):
            return f"The MCP server {self.name} did not answer while starting."
        detail = str(first) or type(first).__name__
        tail = [line for line in self.log_text(600).strip().splitlines()
                if not line.startswith("[hearth ")][-3:]
        hint = f" Its last words: {' / '.join(tail)}" if tail else ""
        return f"The MCP server {self.name} stopped: {detail}.{hint}"

    async def _list_tools(self, session: Any) -> list[McpToolInfo]:
        from mcp.types import PaginatedRequestParams

        tools: list[McpToolInfo] = []
        cursor = None
        for _ in range(50):  # a server that keeps paging forever
            params = PaginatedRequestParams(cursor=cursor) if cursor else None
            page = await session.list_tools(params=params)
            tools += [_tool_info(t) for t in page.tools]
            cursor = getattr(page, "next_cursor", None)
            if not cursor:
                break
        return tools

    async def _on_message(self, message: Any) -> None:
        from mcp.types import ToolListChangedNotification

        root = getattr(message, "root", message)
        if isinstance(root, ToolListChangedNotification) or getattr(
                root, "method", "") == "notifications/tools/list_changed":
            session = self._session
            if session is not None:
                try:
                    self.tools = await self._list_tools(session)
                    self._note(f"the server changed its tools: {len(self.tools)} now")
                except Exception as exc:
                    self._note(f"listing the changed tools failed: {exc}")
                self._changed()
        elif isinstance(root, Exception):
            self._note(f"transport: {root}")

    def stop(self) -> None:
        """Stop the server (its process exits); waits a few seconds at most."""
        task, stop = self._task, self._stop
        self._task = None
        if task is None or task.done():
            return

        async def _close() -> None:
            assert stop is not None
            stop.set()
            try:
                await asyncio.wait_for(asyncio.shield(task), STOP_TIMEOUT_S)
            except (TimeoutError, asyncio.CancelledError):
                task.cancel()
                with contextlib.suppress(BaseException):
                    await asyncio.wait_for(task, STOP_TIMEOUT_S)
            except BaseException:
                pass

        with contextlib.suppress(Exception):
            self.runtime.submit(_close()).result(STOP_TIMEOUT_S * 2 + 2)
        if self.state is not ServerState.FAILED:
            self._set(ServerState.STOPPED)

    def _fail(self, message: str) -> None:
        self._note(message)
        self.stop()
        self._set(ServerState.FAILED, message)

    # -- calls ----------------------------------------------------------------------------

    def refresh_tools(self, timeout: float = START_TIMEOUT_S) -> list[McpToolInfo]:
        session = self._session
        if session is None:
            self.start(timeout)
            return self.tools
        self.tools = self.runtime.submit(self._list_tools(session)).result(timeout)
        self._changed()
        return self.tools

    def call(self, name: str, arguments: dict[str, Any], *, timeout: float | None = None,
             cancel: CancelToken | None = None) -> Any:
        """Call a tool and wait for its result (as :func:`result_value` gives it).

        Raises :class:`ToolRunError` for the tool's own error, and when the server exits or
        does not answer in time (it is then stopped); :class:`ToolCancelledError` at Stop.
        """
        timeout = timeout or self.config.timeout_s
        if self.state is not ServerState.READY or self._session is None:
            self.start()
        session = self._session
        if session is None:
            raise McpServerError(self.error or f"The MCP server {self.name} is not running.")
        async def call() -> Any:
            self._in_flight += 1
            try:
                return await session.call_tool(name, arguments, read_timeout_seconds=timeout)
            finally:
                self._in_flight -= 1

        future = self.runtime.submit(call())
        deadline = time.monotonic() + timeout + 5
        while True:
            try:
                result = future.result(0.05)
                break
            except FutureTimeout:
                if cancel is not None and cancel.cancelled:
                    future.cancel()
                    raise ToolCancelledError(f"{name} was stopped.") from None
                if time.monotonic() > deadline:
                    future.cancel()
                    message = (f"The MCP server {self.name} did not answer {name} within "
                               f"{timeout:g} s, so it was stopped.")
                    self._fail(message)
                    raise McpServerError(message) from None
            except Exception as exc:
                raise self._call_error(name, exc, timeout) from None
        if getattr(result, "is_error", False):
            raise ToolRunError(f"{name} failed: {_error_text(result)}")
        return result_value(result)

    def _call_error(self, name: str, exc: BaseException, timeout: float) -> ToolRunError:
        from mcp.shared.exceptions import MCPError
        from mcp.types import CONNECTION_CLOSED, REQUEST_TIMEOUT

        if isinstance(exc, MCPError) and exc.code == REQUEST_TIMEOUT:
            message = (f"The MCP server {self.name} did not answer {name} within {timeout:g} s, "
                       "so it was stopped.")
            self._fail(message)
            return McpServerError(message)
        if isinstance(exc, MCPError) and exc.code != CONNECTION_CLOSED:
            return ToolRunError(f"{name} failed: {exc.message}")
        message = f"The MCP server {self.name} exited during a call to {name}."
        tail = [line for line in self.log_text(600).strip().splitlines()
                if not line.startswith("[hearth ")][-2:]
        if tail:
            message += " Its last words: " + " / ".join(tail)
        self._fail(message)
        return McpServerError(message)


def _leaf_exceptions(exc: BaseException) -> list[BaseException]:
    if isinstance(exc, BaseExceptionGroup):
        out: list[BaseException] = []
        for inner in exc.exceptions:
            out += _leaf_exceptions(inner)
        return out
    return [exc]

