"""Guard fixtures: the one-word safety model (see tests/support/guard_gguf.py), loaded once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.engine.base import LoadOptions
from app.core.safety.classifier import GuardClassifier
from tests.support.guard_gguf import keyword_guard_path

GUARD_OPTIONS = LoadOptions(n_ctx=2048, n_threads=1)


@pytest.fixture(scope="session")
def keyword_guard_gguf(model_cache: Path) -> Path:
    return keyword_guard_path(model_cache)


@pytest.fixture(scope="module")
def guard(keyword_guard_gguf: Path) -> Iterator[GuardClassifier]:
    classifier = GuardClassifier.load(keyword_guard_gguf, options=GUARD_OPTIONS)
    yield classifier
    classifier.close()
