"""A real Hearth server on 127.0.0.1 (ephemeral port) serving real models, for the API tests.

Why: clients (the OpenAI library, curl) must be tested against the server as it really runs:
uvicorn on a socket, real llama.cpp inference on SmolLM2, the real model registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core.engine.base import LoadOptions
from app.core.server.models import EngineFactory, ModelHost
from app.core.server.runner import LocalServer, ServerConfig

SMALL = LoadOptions(n_ctx=1024, n_threads=2)
BODY_LIMIT = 1_000_000


def make_server(*, text_factory: EngineFactory | None = None,
                vision_factory: EngineFactory | None = None,
                options: LoadOptions = SMALL, shared: object = None,
                **config: object) -> LocalServer:
    """A started server on a free port; the caller stops it."""
    host = ModelHost(text_factory=text_factory, vision_factory=vision_factory,
                     options_for=lambda _path: options, shared=shared)  # type: ignore[arg-type]
    config.setdefault("port", 0)
    config.setdefault("max_body_bytes", BODY_LIMIT)
    server = LocalServer(host, ServerConfig(**config))  # type: ignore[arg-type]
    server.start()
    return server


@pytest.fixture(scope="module")
def smol_server(smollm2_gguf: Path) -> Iterator[LocalServer]:
    """One server for a test module; the starter model (SmolLM2) is its default model."""
    server = make_server()
    yield server
    server.stop()


@pytest.fixture()
def server_factory() -> Iterator[Callable[..., LocalServer]]:
    """Servers started by a test, stopped after it."""
    started: list[LocalServer] = []

    def factory(**kwargs: object) -> LocalServer:
        server = make_server(**kwargs)  # type: ignore[arg-type]
        started.append(server)
        return server

    yield factory
    for server in started:
        server.stop()
