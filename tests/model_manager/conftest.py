"""Fixtures for the model manager: a local fake Hub serving the tiny Llama GGUF, a keyring.

Every test gets its own server (a real socket on 127.0.0.1) and an environment that points
huggingface-hub at it (``HF_ENDPOINT``), with no token from the developer's machine leaking in.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.hub_server import FakeHub
from tests.support.model_manager import FILE, GATED_REPO, GATED_TOKEN, REPO


@pytest.fixture
def hub(tiny_llama_gguf: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
        ) -> Iterator[FakeHub]:
    server = FakeHub().start()
    server.add_repo(REPO, {FILE: tiny_llama_gguf})
    server.add_repo(GATED_REPO, {FILE: tiny_llama_gguf}, gated_token=GATED_TOKEN)
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for var in ("HF_TOKEN", "HF_HUB_OFFLINE", "HF_HUB_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(var, raising=False)
    yield server
    server.stop()
