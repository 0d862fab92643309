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
