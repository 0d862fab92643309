"""An OpenAI-compatible server elsewhere (vLLM, llama-server, Ollama, another Hearth) as an engine.

Hearth does not grow its own cluster: a person who runs a big model on a GPU server points
Hearth at it and keeps the window, documents, tools and history on their desk. This engine
speaks the chat-completions API with streaming over one ``httpx`` connection pool and reads the
server-sent events itself (a few lines, no per-chunk objects), so streaming costs no more than
the plain ``openai`` client (bench/remote.py).

What it maps:

- text and pictures: an :class:`ImageInput` becomes an ``image_url`` part with a ``data:`` URL
  (never a file path or a link, which a server cannot and should not fetch);
- tools: the tool loop hands the tool definitions over (``GenerationRequest.tools``); they go
  out in the OpenAI form (``tools``/``tool_choice``, answers read from ``tool_calls``) when the
  server takes them, else in Llama 3.2's zero-shot form (Meta's system prompt, the calls read
  from the text). Either way the loop sees the pythonic call list it parses for local models;
- stop: a :class:`CancelToken` closes the connection (a watcher shuts the socket down even
  while the server is still reading the prompt), which is how every one of these servers learns
  to stop working on the request;
- stats: time to first token and decode rate measured here, token counts from the stream's
  ``usage`` when the server sends it;
- failures: each is one :class:`RemoteError` subclass with a sentence for people; a stream that
  stops midway raises :class:`StreamInterruptedError` carrying the partial answer.

Tokens are counted with the server's tokenizer where it has one (llama-server's and vLLM's
``/tokenize``, llama-cpp-python's ``/extras/tokenize/count``), else estimated from the text's
length (:data:`ESTIMATE_BYTES_PER_TOKEN`, on the safe side for Llama 3's vocabulary).
"""

from __future__ import annotations

import base64
import contextlib
import io
import ipaddress
import json
import math
import os
import socket
import ssl
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationEvent,
    GenerationRequest,
    ModelInfo,
    Stats,
    StopReason,
    TokenEvent,
)
from app.core.errors import QT_TRANSLATE_NOOP, HearthError

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_CONTEXT",
    "DEFAULT_READ_TIMEOUT",
    "ESTIMATE_BYTES_PER_TOKEN",
    "InsecureServerError",
    "RemoteEngine",
    "RemoteError",
    "RemoteModel",
    "RemoteModelNotFoundError",
    "ServerAuthError",
    "ServerBusyError",
    "ServerConfig",
    "ServerInfo",
    "ServerResponseError",
    "ServerTLSError",
    "ServerTimeoutError",
    "ServerUnreachableError",
    "StreamInterruptedError",
    "api_root",
    "check_server_url",
    "probe_server",
]

DEFAULT_CONNECT_TIMEOUT = 5.0
# Between two bytes of an answer. A 90B model reading a long document can be quiet for a
# while before its first token; Stop always works meanwhile.
DEFAULT_READ_TIMEOUT = 120.0
# When a server does not tell its context length: a size every serving engine manages.
DEFAULT_CONTEXT = 4096
# Llama 3's vocabulary averages about 4 bytes of English per token; 3 over-counts a little,
# so plans made with the estimate fit.
ESTIMATE_BYTES_PER_TOKEN = 3.0
# Pictures larger than this on their long side are scaled down before sending: Llama 3.2
# Vision sees at most 4 tiles of 560 px, so bigger ones only cost bandwidth.
MAX_IMAGE_SIDE = 2240
# Tokens a chat template adds around each message (Llama 3: header, role, two newlines, end).
MESSAGE_OVERHEAD = 8

ToolMode = Literal["auto", "openai", "zero-shot"]


# -- errors -----------------------------------------------------------------------------------


class RemoteError(HearthError):
    """A server elsewhere could not answer; the message says what to do."""


class InsecureServerError(RemoteError):
    """A plain-http address outside this computer and the local network."""


class ServerUnreachableError(RemoteError):
    """No connection: wrong address, server down, firewall."""


class ServerTLSError(RemoteError):
    """The https handshake failed (wrong port, self-signed or expired certificate)."""


class ServerTimeoutError(RemoteError):
    """The server accepted the connection but did not answer in time."""


class ServerAuthError(RemoteError):
    """401 or 403: a missing or wrong API key."""


class RemoteModelNotFoundError(RemoteError):
    """The server does not serve the model asked for."""


class ServerBusyError(RemoteError):
    """429 or 503: the server asks to come back later (``retry_after`` seconds, when told)."""

    def __init__(self, message: str, *, hint: str | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message, hint=hint)
        self.retry_after = retry_after


class ServerResponseError(RemoteError):
    """Any other refusal; the server's own words are quoted."""


class StreamInterruptedError(RemoteError):
    """The answer stopped midway; ``partial`` is what arrived (kept and marked by callers)."""

    def __init__(self, message: str, *, hint: str | None = None, partial: str = "") -> None:
        super().__init__(message, hint=hint)
        self.partial = partial


# -- addresses --------------------------------------------------------------------------------

_LAN_SUFFIXES = (".local", ".lan", ".home.arpa", ".internal")
# This computer and local networks: RFC 1918, link-local, carrier-grade NAT (also used by
# WireGuard meshes such as Tailscale), IPv6 unique-local and link-local.
_LAN_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16",
    "100.64.0.0/10", "::1/128", "fc00::/7", "fe80::/10"))


def _is_local_host(host: str) -> bool:
    """Loopback or private-network addresses, and names that only resolve on a LAN."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost") or host.endswith(_LAN_SUFFIXES):
        return True
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return any(addr in net for net in _LAN_NETWORKS if net.version == addr.version)


def check_server_url(url: str) -> str:
    """The server's root URL, cleaned (no trailing ``/`` or ``/v1``); raises for people.

    Only https, or plain http to this computer or the local network: a conversation never
    crosses the internet unencrypted.
    """
    text = url.strip()
    if not text:
        raise RemoteError("Type the server's address, for example http://192.168.1.20:8000.")
    if "://" not in text:
        raise RemoteError(f"“{text}” has no scheme; start it with https:// (or http:// for "
                          "a server on this computer or your local network).")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise RemoteError(f"Hearth talks to servers over https or http, not {parts.scheme}://.")
    try:
        host, _port = parts.hostname, parts.port
    except ValueError:
        raise RemoteError(f"“{text}” has an invalid port number.") from None
    if not host:
        raise RemoteError(f"“{text}” has no host name.")
    if parts.username or parts.password:
        raise RemoteError("Put the API key in the key field, not in the address.")
    if parts.scheme == "http" and not _is_local_host(host):
        raise InsecureServerError(
            f"Plain http would send your conversations to {host} unencrypted; use https://, "
            "or an address on this computer or your local network (like 192.168.1.20).")
    path = parts.path.rstrip("/")
    if path.endswith("/v1"):
        path = path[:-3]
    return f"{parts.scheme}://{parts.netloc}{path}"


def api_root(root: str) -> str:
    """Where the OpenAI routes live under a server's root."""
    return root.rstrip("/") + "/v1"


# -- servers ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """How to reach one server. ``api_key`` comes from the keychain, never from settings."""

    url: str
    api_key: str | None = None
    name: str = ""
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    read_timeout: float = DEFAULT_READ_TIMEOUT
    tool_mode: ToolMode = "auto"

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    @property
    def label(self) -> str:
        return self.name or self.host


@dataclass(frozen=True, slots=True)
class RemoteModel:
    """One model a server lists; ``n_ctx`` when the server tells it."""

    id: str
    n_ctx: int | None = None
    owned_by: str = ""


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """What a server says about itself (``kind``: llama-server, vllm, ollama, hearth,
    llama-cpp-python or openai)."""

    url: str
    kind: str
    models: tuple[RemoteModel, ...] = ()
    n_ctx: int | None = None  # the server-wide context (llama-server's /props)
    vision: bool | None = None
    latency_ms: float = 0.0


def _client(config: ServerConfig, *, pool: int = 4, keepalive: bool = True) -> httpx.Client:
    headers = {"Accept": "application/json", "User-Agent": "Hearth"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    timeout = httpx.Timeout(connect=config.connect_timeout, read=config.read_timeout,
                            write=config.read_timeout, pool=config.connect_timeout)
    host = urlsplit(config.url).hostname or ""
    return httpx.Client(
        headers=headers, timeout=timeout, follow_redirects=False, verify=_tls_context(),
        limits=httpx.Limits(max_connections=pool,
                            max_keepalive_connections=pool if keepalive else 0),
        # A proxy from the environment must not see conversations meant for this computer
        # or the local network.
        trust_env=not _is_local_host(host),
    )


def _tls_context() -> ssl.SSLContext:
    """The usual certificate authorities, plus the one in ``SSL_CERT_FILE`` if set (a server
    on the local network with its own certificate authority)."""
    import certifi

    context = ssl.create_default_context(cafile=certifi.where())
    extra = os.environ.get("SSL_CERT_FILE")
    if extra and os.path.isfile(extra):
        context.load_verify_locations(cafile=extra)
    return context


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _server_words(response: httpx.Response) -> str:
    """The server's own error message, short."""
    try:
        data = response.json()
    except ValueError:
        text = response.text.strip()
        return text[:300]
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict):
        return str(error.get("message") or "")[:300]
    if isinstance(error, str):
        return error[:300]
    if isinstance(data, dict) and "detail" in data:
        return str(data["detail"])[:300]
    if isinstance(data, dict) and "message" in data:
        return str(data["message"])[:300]
    return ""


def http_error(response: httpx.Response, config: ServerConfig, model: str | None = None
               ) -> RemoteError:
    """The error for a refused request, in one sentence."""
    status = response.status_code
    where = config.label
    words = _server_words(response)
    said = f" (the server said: {words})" if words else ""
    if status in (401, 403):
        if config.api_key:
            return ServerAuthError(f"{where} refused the API key{said}.",
                                   hint="Check the key in Settings ▸ Servers.")
        return ServerAuthError(f"{where} needs an API key{said}.",
                               hint="Add it in Settings ▸ Servers or with `hearth servers add "
                               "--key`.")
    if status == 404 and model is not None:
        return RemoteModelNotFoundError(
            f"{where} does not serve a model named “{model}”{said}.",
            hint="See what it serves with `hearth models list --remote`.")
    if status == 404:
        return ServerResponseError(
            f"{where} has no OpenAI-compatible API at {api_root(config.url)}{said}.",
            hint="Check the address and port.")
    if status in (429, 503):
        retry = _retry_after(response.headers.get("Retry-After"))
        when = f" in {math.ceil(retry)} s" if retry is not None else " in a moment"
        what = "has too many requests" if status == 429 else "is busy or still starting"
        return ServerBusyError(f"{where} {what}; try again{when}{said}.", retry_after=retry)
    return ServerResponseError(f"{where} answered with an error {status}{said}.")


def transport_error(exc: Exception, config: ServerConfig) -> RemoteError:
    """The error for a request that never got an answer."""
    where = config.label
    if isinstance(exc, httpx.ConnectTimeout):
        return ServerTimeoutError.of(
            QT_TRANSLATE_NOOP("core", "{where} did not accept a connection within {seconds} s."),
            hint=QT_TRANSLATE_NOOP(
                "core", "Check that the computer is on and reachable from here."),
            where=where, seconds=f"{config.connect_timeout:g}")
    if isinstance(exc, httpx.TimeoutException):
        return ServerTimeoutError.of(
            QT_TRANSLATE_NOOP("core", "{where} stopped answering for {seconds} s."),
            hint=QT_TRANSLATE_NOOP(
                "core", "The server may be overloaded; try again, or raise the timeout in "
                "Settings ▸ Servers."),
            where=where, seconds=f"{config.read_timeout:g}")
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return ServerTLSError(
                f"{where}'s certificate is not trusted ({cause.verify_message}).",
                hint="Use a certificate from a known authority, set SSL_CERT_FILE to your own "
                "authority's certificate, or reach the server over your local network with "
                "http://.")
        if isinstance(cause, ssl.SSLError):
            return ServerTLSError(
                f"A secure (https) connection to {where} failed: {cause.reason or cause}.",
                hint="Is the server really serving https on this port? For plain http on the "
                "local network, use http://.")
        cause = cause.__cause__ or cause.__context__
    if "SSL" in str(exc) or "TLS" in str(exc):
        return ServerTLSError(f"A secure (https) connection to {where} failed.",
                              hint="Is the server really serving https on this port?")
    if isinstance(exc, httpx.ConnectError):
        return ServerUnreachableError.of(
            QT_TRANSLATE_NOOP("core", "Cannot reach {where} ({reason})."),
            hint=QT_TRANSLATE_NOOP("core", "Check the address and that the server is running."),
            where=where, reason=_short(exc))
    return ServerUnreachableError(f"The connection to {where} failed ({_short(exc)}).")


def _short(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    if "Connection refused" in text:
        return "connection refused"
    if "Name or service not known" in text or "nodename nor servname" in text:
        return "unknown host name"
    return text[:160]


def _get_json(client: httpx.Client, url: str, config: ServerConfig) -> Any:
    try:
        response = client.get(url)
    except httpx.HTTPError as exc:
        raise transport_error(exc, config) from None
    if response.status_code != 200:
        raise http_error(response, config)
    try:
        return response.json()
    except ValueError:
        raise ServerResponseError(
            f"{config.label} did not answer in JSON at {url}; is it an OpenAI-compatible "
            "server?") from None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _model_ctx(entry: dict[str, Any]) -> int | None:
    """Context length from a /v1/models entry, in the field names servers use."""
    for key in ("max_model_len", "context_length", "context_window", "n_ctx", "max_context"):
        n = _int(entry.get(key))
        if n:
            return n
    meta = entry.get("meta")
    if isinstance(meta, dict):
        return _int(meta.get("n_ctx")) or _int(meta.get("n_ctx_train"))
    return None


def _optional_json(client: httpx.Client, method: str, url: str, **kw: Any) -> Any:
    """A request for extras some servers have: None on any failure."""
    try:
        response = client.request(method, url, **kw)
    except httpx.HTTPError:
        return None
    if response.status_code != 200:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def probe_server(config: ServerConfig) -> ServerInfo:
    """List the models and learn what the server is; raises :class:`RemoteError`."""
    started = time.perf_counter()
    with _client(config) as client:
        data = _get_json(client, api_root(config.url) + "/models", config)
        latency = (time.perf_counter() - started) * 1000
        entries = data.get("data") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            # Ollama's older builds answer /v1/models with {"models": ...}; others differ.
            raise ServerResponseError(
                f"{config.label} answered /v1/models without a model list; is it an "
                "OpenAI-compatible server?")
        models = tuple(
            RemoteModel(str(e["id"]), _model_ctx(e), str(e.get("owned_by") or ""))
            for e in entries if isinstance(e, dict) and e.get("id")
        )
        owners = {m.owned_by.lower() for m in models}
        kind, n_ctx, vision = "openai", None, None
        props = _optional_json(client, "GET", config.url.rstrip("/") + "/props")
        if isinstance(props, dict) and "default_generation_settings" in props:
            kind = "llama-server"
            settings = props["default_generation_settings"]
            n_ctx = _int(settings.get("n_ctx")) if isinstance(settings, dict) else None
            modalities = props.get("modalities")
            if isinstance(modalities, dict):
                vision = bool(modalities.get("vision"))
        elif "vllm" in owners:
            kind = "vllm"
        elif "hearth" in owners:
            kind = "hearth"
        elif "library" in owners or "ollama" in owners:
            kind = "ollama"
        elif owners == {"me"}:
            kind = "llama-cpp-python"
    return ServerInfo(config.url, kind, models, n_ctx, vision, latency)


# -- images -----------------------------------------------------------------------------------


def image_data_url(path: str | Path) -> str:
    """A picture as a ``data:`` URL; large ones are scaled down and sent as JPEG."""
    from PIL import Image

    from app.core.vision.preprocess import load_image

    picture = load_image(path)  # a real, safe-to-open picture, EXIF-rotated (ImageError)
    with Image.open(path) as src:
        fmt = (src.format or "").upper()
    if fmt == "PNG" and max(picture.size) <= MAX_IMAGE_SIDE:
        raw = Path(path).read_bytes()
        return f"data:image/png;base64,{base64.b64encode(raw).decode('ascii')}"
    picture.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
    buf = io.BytesIO()
    picture.save(buf, "JPEG", quality=92)
    return f"data:image/jpeg;base64,{base64.b64encode(buf.getvalue()).decode('ascii')}"


# -- the engine -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Call:
    id: str = ""
    name: str = ""
    arguments: list[str] = field(default_factory=list)


_FINISH: dict[str, StopReason] = {"stop": "eos", "length": "length", "tool_calls": "eos",
                                  "function_call": "eos", "eos": "eos", "content_filter": "stop"}


class RemoteEngine:
    """A model on an OpenAI-compatible server, behind Hearth's :class:`Engine` protocol.

    ``info.n_ctx`` is the context the server reports (for the model, or the whole server),
    else :data:`DEFAULT_CONTEXT`; ``token_counter`` says how :meth:`count_tokens` counts.
    """

    takes_tool_definitions = True  # the tool loop hands over definitions, not a prompt
    accepts_images = True

    def __init__(self, config: ServerConfig, model: str, *,
                 server: ServerInfo | None = None) -> None:
        self.config = config
        self.model = model
        self._client = _client(config)
        # Answers stream on connections of their own, so Stop can shut the socket down even
        # before the server has sent a byte (see _watch).
        self._stream_client = _client(config, keepalive=False)
        self._api = api_root(config.url)
        self._lock = threading.Lock()
        try:
            server = server or probe_server(config)
        except BaseException:
            self.close()
            raise
        self.server = server
        entry = next((m for m in server.models if m.id == model), None)
        if entry is None:
            self.close()
            names = ", ".join(m.id for m in server.models[:8]) or "none"
            raise RemoteModelNotFoundError(
                f"{config.label} does not serve a model named “{model}” (it serves: {names}).")
        n_ctx = entry.n_ctx or server.n_ctx
        notice = None
        if n_ctx is None:
            notice = (f"{config.label} does not say how long its context is; Hearth plans "
                      f"with {DEFAULT_CONTEXT:,} tokens.")
        if server.vision is False:
            self.accepts_images = False
        self.tool_mode: ToolMode = config.tool_mode
        self._tokenizer: str | None = None  # "server:<route>" or "estimate", found lazily
        self._counts: dict[str, int] = {}
        self._dropped = 0
        self._info = ModelInfo(
            path=Path(model), name=model, architecture="remote", n_ctx=n_ctx or DEFAULT_CONTEXT,
            n_ctx_train=n_ctx or DEFAULT_CONTEXT, n_params=0, size_bytes=0,
            chat_format="remote", n_threads=0, n_gpu_layers=0,
            offload=f"Runs on {config.label} ({server.kind}) at {config.url}", notice=notice,
        )
        counter = ("tokens counted by the server's tokenizer"
                   if self.token_counter.startswith("server:")
                   else "tokens estimated here (the server has no tokenizer route)")
        self._info = replace(self._info, offload=f"{self._info.offload}; {counter}")

    # -- protocol -----------------------------------------------------------------------------

    @property
    def info(self) -> ModelInfo:
        return self._info

    @property
    def remote_host(self) -> str:
        """Where conversations go: shown in the window's badge."""
        return self.config.host

    @property
    def token_counter(self) -> str:
        """How tokens are counted: the server's tokenizer route, or ``estimate``."""
        if self._tokenizer is None:
            self.count_tokens("Hearth")
        return self._tokenizer or "estimate"

    def count_tokens(self, text: str) -> int:
        if not text:
            return 0
        cached = self._counts.get(text)
        if cached is not None:
            return cached
        n = self._server_count(text)
        if n is None:
            n = math.ceil(len(text.encode("utf-8")) / ESTIMATE_BYTES_PER_TOKEN)
        if len(self._counts) > 4096:
            self._counts.clear()
        self._counts[text] = n
        return n

    def _server_count(self, text: str) -> int | None:
        root = self.config.url.rstrip("/")
        routes = {
            # llama-server wants "content", vLLM "prompt"; each ignores the other's key.
            "tokenize": (root + "/tokenize", {"content": text, "prompt": text,
                                              "model": self.model, "add_special": False,
                                              "add_special_tokens": False}),
            "extras": (root + "/extras/tokenize/count", {"input": text, "model": self.model}),
        }
        order = [self._tokenizer.split(":", 1)[1]] if self._tokenizer and \
            self._tokenizer.startswith("server:") else list(routes)
        if self._tokenizer == "estimate":
            return None
        for name in order:
            url, body = routes[name]
            data = _optional_json(self._client, "POST", url, json=body)
            n = None
            if isinstance(data, dict):
                if isinstance(data.get("count"), int):
                    n = data["count"]
                elif isinstance(data.get("tokens"), list):
                    n = len(data["tokens"])
            if n is not None:
                self._tokenizer = f"server:{name}"
                return n
        self._tokenizer = "estimate"
        return None

    def close(self) -> None:
        self._client.close()
        self._stream_client.close()

    # -- requests -----------------------------------------------------------------------------

    def _zero_shot(self, request: GenerationRequest) -> bool:
        return bool(request.tools) and self.tool_mode == "zero-shot"

    def fit(self, request: GenerationRequest) -> tuple[list[Message], int]:
        """The newest turns that fit the server's context with room for the answer, and how
        many were left out (oldest first, whole turns; the system message always stays).

        Counted per message with :meth:`count_tokens` (cached), plus a few tokens for each
        message's header, since the server's own template is not known here.
        """
        messages = list(request.messages)
        n_ctx = self._info.n_ctx
        reserve = request.sampling.max_tokens or min(1024, n_ctx // 4)
        budget = n_ctx - reserve
        costs = [self.count_tokens(m.content) + MESSAGE_OVERHEAD for m in messages]
        if sum(costs) <= budget:
            return messages, 0
        head = 1 if messages and messages[0].role == "system" else 0
        # Turn starts: each user message, so a reply never loses its question.
        starts = [i for i in range(head, len(messages)) if messages[i].role == "user"]
        for start in starts:
            if sum(costs[:head]) + sum(costs[start:]) <= budget:
                return messages[:head] + messages[start:], start - head
        from app.core.errors import ContextOverflowError

        raise ContextOverflowError(
            f"The last message is too long for {self.model}'s context on {self.config.label} "
            f"(about {sum(costs[:head]) + costs[-1]:,} tokens, with {budget:,} available).",
            hint="Shorten it, or summarize the document instead of pasting it.")

    def messages_json(self, request: GenerationRequest,
                      messages: Sequence[Message] | None = None) -> list[dict[str, Any]]:
        """The conversation in the OpenAI form (tool turns and pictures mapped)."""
        messages = list(request.messages if messages is None else messages)
        images: dict[int, list[str]] = {}
        for image in request.images:
            index = image.message_index % len(messages) if messages else 0
            images.setdefault(index, []).append(image_data_url(image.path))
        if request.tools and self._zero_shot(request):
            from app.core.tools.prompt import SYSTEM_TOOL_INSTRUCTIONS

            system = None
            if messages and messages[0].role == "system":
                system = messages.pop(0).content
            else:
                images = {i + 1: urls for i, urls in images.items()}
            text = SYSTEM_TOOL_INSTRUCTIONS + json.dumps(list(request.tools), indent=4,
                                                         ensure_ascii=False)
            if system and system.strip():
                text += "\n" + system.strip("\n")
            messages.insert(0, Message("system", text))
        if images and not self.accepts_images:
            raise RemoteError(f"{self.model} on {self.config.label} cannot see pictures; "
                              "choose a vision model on that server, or remove the picture.")
        out: list[dict[str, Any]] = []
        pending_ids: list[str] = []
        n_calls = 0
        for index, message in enumerate(messages):
            if message.role == "ipython":
                call_id = pending_ids.pop(0) if pending_ids else f"call_{n_calls}"
                out.append({"role": "tool", "tool_call_id": call_id, "content": message.content})
                continue
            if message.role == "assistant" and request.tools:
                calls = _calls_in(message.content)
                if calls:
                    ids = [f"call_{n_calls + i}" for i in range(len(calls))]
                    n_calls += len(calls)
                    pending_ids = list(ids)
                    if not self._zero_shot(request):
                        out.append({"role": "assistant", "content": None, "tool_calls": [
                            {"id": i, "type": "function", "function": {
                                "name": c.name, "arguments": json.dumps(c.arguments)}}
                            for i, c in zip(ids, calls, strict=True)]})
                        continue
                    out.append({"role": "assistant",
                                "content": "[" + ", ".join(c.display() for c in calls) + "]"})
                    continue
            if index in images:
                parts: list[dict[str, Any]] = [{"type": "text", "text": message.content}]
                parts += [{"type": "image_url", "image_url": {"url": url}}
                          for url in images[index]]
                out.append({"role": message.role, "content": parts})
            else:
                out.append({"role": message.role, "content": message.content})
        return out

    def request_json(self, request: GenerationRequest) -> tuple[str, dict[str, Any]]:
        """The route and body for ``request``."""
        s = request.sampling
        body: dict[str, Any] = {"model": self.model, "stream": True,
                                "stream_options": {"include_usage": True},
                                "temperature": max(0.0, s.temperature), "top_p": s.top_p}
        if s.max_tokens:
            body["max_tokens"] = s.max_tokens
        if s.stop:
            body["stop"] = list(s.stop)
        if s.seed is not None:
            body["seed"] = s.seed
        if request.prompt is not None:
            body["prompt"] = request.prompt
            return "/completions", body
        kept, self._dropped = self.fit(request)
        if request.images and self._dropped:
            # Positions from the end stay; others move with the turns left out (a picture
            # in a left-out turn goes with it).
            head = 1 if request.messages[0].role == "system" else 0
            start = head + self._dropped
            request = replace(request, images=tuple(
                im if im.message_index < head else
                replace(im, message_index=im.message_index - self._dropped)
                for im in request.images
                if im.message_index < head or im.message_index >= start))
        body["messages"] = self.messages_json(request, kept)
        forced = bool(s.grammar) and s.grammar_trigger is None
        if request.tools and not self._zero_shot(request):
            body["tools"] = [_openai_tool(t) for t in request.tools]
            body["tool_choice"] = "required" if forced else "auto"
        elif forced and self.server.kind in ("llama-server", "llama-cpp-python", "hearth"):
            body["grammar"] = s.grammar  # llama.cpp servers take GBNF as it is
        return "/chat/completions", body

    def generate(self, request: GenerationRequest, cancel: CancelToken | None = None
                 ) -> Iterator[GenerationEvent]:
        cancel = cancel or CancelToken()
        if not request.messages and request.prompt is None:
            raise HearthError.of(QT_TRANSLATE_NOOP("core", "There is nothing to send."))
        if cancel.cancelled:
            yield DoneEvent("", Stats(stop_reason="cancelled"))
            return
        route, body = self.request_json(request)
        try:
            yield from self._stream(route, body, cancel)
        except RemoteError as exc:
            if (request.tools and self.tool_mode == "auto" and not isinstance(
                    exc, StreamInterruptedError) and isinstance(exc, ServerResponseError)
                    and "tool" in str(exc).lower()):
                # This server does not take OpenAI tools: use Llama 3.2's zero-shot form.
                self.tool_mode = "zero-shot"
                route, body = self.request_json(request)
                yield from self._stream(route, body, cancel)
                return
            raise

    def _stream(self, route: str, body: dict[str, Any], cancel: CancelToken
                ) -> Iterator[GenerationEvent]:
        started = time.perf_counter()
        parts: list[str] = []
        calls: dict[int, _Call] = {}
        first = last = 0.0
        chunks = 0
        finish: str | None = None
        usage: dict[str, Any] | None = None
        done = False
        chat = route == "/chat/completions"
        streams: list[Any] = []

        def trace(event: str, info: dict[str, Any]) -> None:
            if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
                streams.append(info.get("return_value"))

        request = self._stream_client.build_request(
            "POST", self._api + route, json=body, extensions={"trace": trace})
        finished = threading.Event()
        watcher = threading.Thread(target=_watch, args=(streams, cancel, finished),
                                   name="remote-cancel", daemon=True)
        watcher.start()
        try:
            response = self._stream_client.send(request, stream=True)
        except httpx.HTTPError as exc:
            finished.set()
            if cancel.cancelled:
                yield DoneEvent("", Stats(stop_reason="cancelled",
                                          total_ms=(time.perf_counter() - started) * 1000))
                return
            raise transport_error(exc, self.config) from None
        try:
            if response.status_code != 200:
                response.read()
                raise http_error(response, self.config, self.model)
            try:
                for data in _sse_data(response.iter_bytes()):
                    if data == b"[DONE]":
                        done = True
                        break
                    try:
                        chunk = json.loads(data)
                    except ValueError:
                        continue
                    if not isinstance(chunk, dict):
                        continue
                    if "error" in chunk:
                        error = chunk["error"]
                        words = error.get("message") if isinstance(error, dict) else error
                        raise StreamInterruptedError(
                            f"{self.config.label} stopped the answer with an error: {words}.",
                            partial="".join(parts))
                    if chunk.get("usage"):
                        usage = chunk["usage"]
                    for choice in chunk.get("choices") or ():
                        if chat:
                            delta = choice.get("delta") or {}
                            piece = delta.get("content")
                            for tc in delta.get("tool_calls") or ():
                                call = calls.setdefault(int(tc.get("index", len(calls))), _Call())
                                call.id = tc.get("id") or call.id
                                fn = tc.get("function") or {}
                                call.name = fn.get("name") or call.name
                                if fn.get("arguments"):
                                    call.arguments.append(fn["arguments"])
                        else:
                            piece = choice.get("text")
                        if piece:
                            now = time.perf_counter()
                            if not first:
                                first = now
                            last = now
                            chunks += 1
                            parts.append(piece)
                            yield TokenEvent(piece)
                        if choice.get("finish_reason"):
                            finish = choice["finish_reason"]
                    if cancel.cancelled:
                        break
            except httpx.HTTPError as exc:
                # After the finish reason only the usage and [DONE] were still to come.
                if not cancel.cancelled and finish is None:
                    raise self._interrupted(exc, parts) from None
        finally:
            finished.set()
            response.close()
        if not cancel.cancelled and not done and finish is None:
            raise self._interrupted(None, parts)
        if calls:
            text = _calls_text(calls)
            if not parts:
                yield TokenEvent(text)
            parts = [text]
            first = first or time.perf_counter()
            last = last or first
        end = time.perf_counter()
        completion = _int((usage or {}).get("completion_tokens")) or chunks
        stats = Stats(
            prompt_tokens=_int((usage or {}).get("prompt_tokens")) or 0,
            completion_tokens=completion,
            ttft_ms=(first - started) * 1000 if first else 0.0,
            tokens_per_s=(completion - 1) / (last - first) if last > first and completion > 1
            else 0.0,
            total_ms=(end - started) * 1000,
            stop_reason="cancelled" if cancel.cancelled else _FINISH.get(finish or "", "eos"),
            dropped_messages=self._dropped,
        )
        details = (usage or {}).get("prompt_tokens_details")
        if isinstance(details, dict):
            stats.cached_tokens = _int(details.get("cached_tokens")) or 0
        yield DoneEvent("".join(parts), stats)

    def _interrupted(self, exc: Exception | None, parts: list[str]) -> RemoteError:
        partial = "".join(parts)
        if isinstance(exc, httpx.TimeoutException) and not partial:
            return transport_error(exc, self.config)
        if isinstance(exc, httpx.TimeoutException):
            what = f"stopped sending for {self.config.read_timeout:g} s"
        else:
            what = "closed the connection"
        kept = "; the part that arrived is kept, marked as cut off" if partial else ""
        return StreamInterruptedError(
            f"{self.config.label} {what} before the answer was complete{kept}.",
            partial=partial)


def _watch(streams: list[Any], cancel: CancelToken, finished: threading.Event) -> None:
    """Stop pressed while the server is quiet (reading a long prompt): shut the socket down,
    which wakes the blocked read and tells the server to stop."""
    while not finished.wait(0.02):
        if cancel.cancelled:
            for stream in streams:
                sock = stream.get_extra_info("socket") if stream is not None else None
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)
            return


def _sse_data(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The ``data:`` payloads of a server-sent event stream (one per event line)."""
    buffer = b""
    for chunk in chunks:
        buffer += chunk
        if b"\n" not in chunk:
            continue
        lines = buffer.split(b"\n")
        buffer = lines.pop()
        for line in lines:
            if line.startswith(b"data:"):
                yield line[5:].strip()
            elif line.startswith(b"error:"):  # llama-server's error events
                yield b'{"error": ' + (line[6:].strip() or b'""') + b"}"
    if buffer.startswith(b"data:"):
        yield buffer[5:].strip()


def _openai_tool(definition: dict[str, Any]) -> dict[str, Any]:
    """Meta's tool definition (``parameters.type = "dict"``) in the OpenAI form."""
    params = definition.get("parameters") or {}
    return {"type": "function", "function": {
        "name": definition["name"], "description": definition.get("description", ""),
        "parameters": {"type": "object", "properties": params.get("properties") or {},
                       "required": list(params.get("required") or [])}}}


def _calls_text(calls: dict[int, _Call]) -> str:
    """OpenAI ``tool_calls`` as the pythonic list the tool loop parses."""
    from app.core.tools.base import ToolCall

    out = []
    for _, call in sorted(calls.items()):
        raw = "".join(call.arguments).strip() or "{}"
        try:
            arguments = json.loads(raw)
        except ValueError:
            arguments = {}
        if not isinstance(arguments, dict):
            arguments = {}
        out.append(ToolCall(call.name or "unknown", arguments).display())
    return "[" + ", ".join(out) + "]"


def _calls_in(text: str) -> Sequence[Any]:
    """Tool calls in an assistant turn (as the loop wrote it back), or none."""
    from app.core.tools.base import ToolCallParseError
    from app.core.tools.parser import parse_tool_calls

    try:
        parsed = parse_tool_calls(text)
    except ToolCallParseError:
        return ()
    return parsed.calls
