"""Start and stop the server: in the foreground (``hearth serve``) or on a background thread
(the window, the tests), on uvicorn.

The socket is bound here, before uvicorn starts, so a port in use is one clear error at once
and port 0 (any free port) is known before the first request.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from dataclasses import dataclass, field
from typing import Any

import uvicorn

from app.core.errors import HearthError
from app.core.server import DEFAULT_HOST, DEFAULT_PORT
from app.core.server.app import ServerOptions, ServerState, create_app
from app.core.server.auth import allowed_hosts, is_loopback
from app.core.server.models import ModelHost
from app.core.server.schemas import ImageStore

log = logging.getLogger("app.core.server")



@dataclass
class ServerConfig:
    """Where to listen and how to behave; ``api_key`` is required off loopback."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    api_key: str | None = None
    cors_origins: tuple[str, ...] = ()
    extra_hosts: tuple[str, ...] = ()
    log_content: bool = False
    max_body_bytes: int | None = None
    graceful_timeout_s: float = 3.0
    options: dict[str, Any] = field(default_factory=dict)


class _Uvicorn(uvicorn.Server):
    """Stops the running generations first, so open streams end at once on Ctrl-C."""

    def __init__(self, config: uvicorn.Config, state: ServerState) -> None:
        super().__init__(config)
        self.hearth_state = state

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.hearth_state.cancel_all()
        await super().shutdown(sockets)


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``; HearthError when the port is taken."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise HearthError(f"Cannot listen on {host}:{port}: {exc.strerror or exc}.",
                          hint="Choose another --port, or stop what uses this one.") from None
    sock.listen(128)
    sock.setblocking(False)
    return sock


class LocalServer:
    """The API on ``config.host:config.port`` serving ``models``."""

    def __init__(self, models: ModelHost, config: ServerConfig | None = None) -> None:
        self.models = models
        self.config = config or ServerConfig()
        if not is_loopback(self.config.host) and not self.config.api_key:
            raise HearthError(
                f"Serving on {self.config.host} (beyond this computer) needs an API key.",
                hint="Give one with --api-key, or let `hearth serve` create one.")
        self.state = ServerState()
        self.images = ImageStore()
        hosts = allowed_hosts(self.config.host)
        if hosts is not None:
            hosts = hosts | {h.lower() for h in self.config.extra_hosts}
        options = ServerOptions(
            api_key=self.config.api_key, allowed_hosts=hosts,
            cors_origins=tuple(self.config.cors_origins), log_content=self.config.log_content,
            **({"max_body_bytes": self.config.max_body_bytes}
               if self.config.max_body_bytes else {}),
            **self.config.options,
        )
        self.app = create_app(models, options, self.state, self.images)
        self._socket = bind_socket(self.config.host, self.config.port)
        self.port = self._socket.getsockname()[1]
        uv_config = uvicorn.Config(
            self.app, log_level="warning", access_log=False, lifespan="off",
            timeout_graceful_shutdown=int(max(1, self.config.graceful_timeout_s)),
            server_header=False,
        )
        self._server = _Uvicorn(uv_config, self.state)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The address clients use, e.g. ``http://127.0.0.1:8089/v1``."""
        host = self.config.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port}/v1"

    @property
    def started(self) -> bool:
        return bool(self._server.started)

    def serve_forever(self) -> None:
        """Serve in this thread until Ctrl-C (uvicorn handles SIGINT/SIGTERM), then clean up."""
        try:
            self._server.run(sockets=[self._socket])
        finally:
            self.close()

    def start(self, timeout_s: float = 10.0) -> None:
        """Serve on a background thread; returns once the server accepts connections (at once
        with ``timeout_s=0``: then watch :attr:`started`)."""
        def run() -> None:
            asyncio.run(self._server.serve(sockets=[self._socket]))

        self._thread = threading.Thread(target=run, name="hearth-server", daemon=True)
        self._thread.start()
        waited = 0.0
        while not self._server.started and self._thread.is_alive() and waited < timeout_s:
            threading.Event().wait(0.02)
            waited += 0.02
        if timeout_s > 0 and not self._server.started:
            raise HearthError("The local server did not start.")

    def stop(self, timeout_s: float = 10.0) -> None:
        """Stop serving (running generations are cancelled) and free the models."""
        self.state.cancel_all()
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout_s)
        self.close()

    def close(self) -> None:
        self.models.close()
        self.images.close()
        with contextlib.suppress(OSError):
            self._socket.close()
