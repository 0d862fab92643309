"""Malformed GGUF files never crash the readers: one sentence (a HearthError) or success.

Hypothesis mutates the tiny text, vision-text and projector files the way a damaged download
or a hostile file would (flipped bytes, huge counts and string lengths, truncation) and runs
every reader Hearth uses on them: the header parser, the mllama layout check, ggml's gguf
loader with the weights, and the vision tokenizer. Bounded to a few seconds.
"""

from __future__ import annotations

import struct
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import HearthError
from app.core.models.gguf_file import read_gguf_info
from app.core.vision.ggml import Backend
from app.core.vision.gguf_layout import open_mllama
from app.core.vision.tokenizer import Tokenizer
from app.core.vision.weights import GGUFWeights

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
TEXT = DATA / "tiny-mllama-text.gguf"
PROJECTOR = DATA / "tiny-mllama-mmproj.gguf"
WORK = Path(tempfile.mkdtemp(prefix="hearth-fuzz-"))


@cache
def _backend() -> Backend:
    return Backend(threads=1)


@cache
def _original(name: str, tiny_llama: str = "") -> bytes:
    return Path(tiny_llama or (DATA / name)).read_bytes()


@cache
def _header_end(path: str) -> int:
    """Where the header ends: mutations there reach the parsers (tensor data is just data)."""
    import gguf

    return int(gguf.GGUFReader(path).data_offset)


mutation = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1, exclude_max=True), st.integers(1, 255)),
    st.tuples(st.just("huge"), st.floats(0, 1, exclude_max=True),
              st.sampled_from([2**31, 2**32 - 1, 2**40, 2**63 - 1, 2**64 - 1])),
    st.tuples(st.just("cut"), st.floats(0, 1, exclude_max=True), st.just(0)),
)


def _mutate(data: bytes, header_end: int, ops: list[tuple[str, float, int]]) -> bytes:
    out = bytearray(data)
    for kind, where, value in ops:
        at = int(where * min(header_end, len(out)))
        if kind == "flip" and at < len(out):
            out[at] ^= value
        elif kind == "huge" and len(out) >= 8:
            at = min(at, len(out) - 8)
            out[at:at + 8] = struct.pack("<Q", value)
        elif kind == "cut":
            del out[max(at, 1):]
    return bytes(out)


def _load_vision(text: Path, projector: Path | None) -> None:
    """What MllamaEngine does with its files, short of computing."""
    files = open_mllama(text, projector)
    backend = _backend()
    weights = GGUFWeights(files.projector.path, backend)
    weights.close()
    weights = GGUFWeights(files.text.path, backend)
    weights.close()
    Tokenizer.from_gguf(files.text.path)


def _expect_sentence(run) -> None:  # type: ignore[no-untyped-def]
    try:
        run()
    except HearthError as exc:
        assert str(exc).strip() and "Traceback" not in str(exc)


FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(ops=st.lists(mutation, min_size=1, max_size=3))
def test_vision_text_file(ops: list[tuple[str, float, int]]) -> None:
    path = WORK / "text.gguf"
    path.write_bytes(_mutate(_original(TEXT.name), _header_end(str(TEXT)), ops))
    _expect_sentence(lambda: _load_vision(path, PROJECTOR))


@FUZZ
@given(ops=st.lists(mutation, min_size=1, max_size=3))
def test_projector_file(ops: list[tuple[str, float, int]]) -> None:
    path = WORK / "mmproj.gguf"
    path.write_bytes(_mutate(_original(PROJECTOR.name), _header_end(str(PROJECTOR)), ops))
    _expect_sentence(lambda: _load_vision(TEXT, path))


@cache
def _text_model() -> str:
    """A small llama-architecture GGUF (a vocabulary of 300 tokens, a chat template)."""
    from tests.support.vision_gguf import write_gguf

    path = WORK / "llama-source.gguf"
    write_gguf(path, "llama", name="Llama 3.2 1B Instruct", extra={
        "tokenizer.ggml.model": "gpt2", "tokenizer.chat_template": "{{ messages }}",
        "llama.attention.head_count_kv": 1, "llama.feed_forward_length": 16})
    return str(path)


@FUZZ
@given(ops=st.lists(mutation, min_size=1, max_size=3))
def test_text_file(ops: list[tuple[str, float, int]]) -> None:
    path = WORK / "llama.gguf"
    source = _text_model()
    path.write_bytes(_mutate(_original("", source), _header_end(source), ops))
    _expect_sentence(lambda: read_gguf_info(path))
