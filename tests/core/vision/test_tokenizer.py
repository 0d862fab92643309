"""The mllama tokenizer rebuilt from a GGUF vocabulary, against Meta's tiktoken tokenizer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.core.vision.tokenizer import Tokenizer
from tests.support.tiny_gguf import llama32_tokenizer_dir, llama32_vocab

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
REF = np.load(DATA / "model.npz")
CHAT = ("<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n<|image|>What is in "
        "this picture?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n")


def test_tiny_model_vocabulary() -> None:
    tok = Tokenizer.from_gguf(DATA / "tiny-mllama-text.gguf")
    assert tok.encode(CHAT) == REF["chat_prompt"].tolist()
    assert tok.image == tok.n_vocab - 1
    assert tok.decode(tok.encode("What is in this picture?")) == "What is in this picture?"
    assert tok.eos in tok.stop_ids


@pytest.fixture(scope="module")
def real() -> Tokenizer:
    vocab = llama32_vocab()
    return Tokenizer([*vocab.tokens, "<|image|>"], [*vocab.token_types, 3], 128000, 128009)


@pytest.mark.parametrize("text", [
    "What is in this picture?",
    "  Ünïcödé 日本語 🙂 1234567 don't   x\n\n\ty",
    "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>",
])
def test_matches_metas_tokenizer(real: Tokenizer, text: str) -> None:
    from llama_models.llama3.tokenizer import Tokenizer as MetaTokenizer

    meta = MetaTokenizer(llama32_tokenizer_dir() / "tokenizer.model")
    expected = meta.model.encode(text, allowed_special="all")
    assert real.encode(text) == expected
    assert real.decode(expected) == text


def test_image_token_is_128256(real: Tokenizer) -> None:
    assert real.encode("<|image|>Describe")[0] == 128256
    assert real.image == 128256


def _patched_vocabulary(tmp_path: Path) -> tuple[Path, int, bytes]:
    """A copy of the tiny vision text file whose token "What"-like entry is not UTF-8."""
    import gguf

    source = DATA / "tiny-mllama-text.gguf"
    reader = gguf.GGUFReader(source)
    field = reader.fields["tokenizer.ggml.tokens"]
    tokens = [bytes(field.parts[i]) for i in field.data]
    data = bytearray(source.read_bytes())
    index, raw = next((i, raw) for i, raw in enumerate(tokens)
                      if len(raw) >= 3 and raw.isascii() and raw.isalpha()
                      and data.count(raw) == 1)
    at = data.index(raw)
    bad = b"\xff" + raw[1:]
    data[at:at + len(raw)] = bad
    path = tmp_path / "odd-vocab.gguf"
    path.write_bytes(bytes(data))
    return path, index, bad


def test_non_utf8_vocabulary_entries_are_kept_as_bytes(tmp_path: Path) -> None:
    path, index, raw = _patched_vocabulary(tmp_path)
    tok = Tokenizer.from_gguf(path)  # no UnicodeDecodeError
    assert tok.token_bytes(index) == raw
    assert tok.decode([index]) == raw.decode("utf-8", errors="replace")
    assert tok.decode(tok.encode("What is in this picture?")) == "What is in this picture?"


def test_inconsistent_vocabulary_is_one_sentence() -> None:
    from app.core.errors import ModelFileError

    with pytest.raises(ModelFileError, match="token types"):
        Tokenizer(["a", "b"], [1], 0, 1)
    with pytest.raises(ModelFileError, match="begin or end token"):
        Tokenizer(["a", "b"], [1, 1], 0, 7)
