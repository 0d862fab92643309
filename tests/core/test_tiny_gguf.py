"""The tiny random-weight Llama 3.2 that other tests run on must behave like the real thing.

Why: if the generated file's tokenizer or metadata drifted from Meta's, every test built on it
would check Hearth against a model that does not exist. So llama.cpp's tokenization of the
file is compared token for token with Meta's reference tokenizer, and the file is read back
both by llama.cpp and by gguf-py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import gguf
import llama_cpp
import numpy as np
import pytest
from llama_models.llama3.tokenizer import Tokenizer

from tests.support.models import tiny_llama_path
from tests.support.tiny_gguf import (
    EOT_ID,
    LLAMA32_INSTRUCT_CHAT_TEMPLATE,
    N_VOCAB,
    SHAPES,
    FType,
    write_llama32_gguf,
)

TINY = SHAPES["tiny"]

TEXTS = {
    "ascii": "Hello, world! The quick brown fox jumps over the lazy dog.",
    "accents": "Café déjà vu: naïve façade, Ångström, São Paulo, Dvořák",
    "emoji": "🦙🚀 llamas 😶‍🌫️ ✅👍🏽",
    "cjk": "我想在apple工作1314151天～ 日本語のテキスト 한국어",
    "code": 'def square(x: int) -> int:\n    """Square."""\n    return x ** 2  # ok\n',
    "leading-spaces": "  leading spaces",
    "numbers": "12345 3.14159 1,000,000 2024-07-26",
    "whitespace": "\n \n\n \t\t tabs\r\nCRLF   trailing   ",
    "contractions": "I've been 'told he's there, 'RE you sure? 'M not sure I'll make it",
    "cyrillic": "нещо на Български",
    "punctuation": "''''''```````\"\"\"\"......!!!!!!??????",
    "special-as-text": "a <|eot_id|> written as text",
}

SPECIAL_TOKENS = (
    "<|begin_of_text|>",
    "<|end_of_text|>",
    "<|start_header_id|>",
    "<|end_header_id|>",
    "<|eom_id|>",
    "<|eot_id|>",
    "<|python_tag|>",
)


@pytest.fixture(scope="module")
def reference() -> Tokenizer:
    return Tokenizer.get_instance()


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_llama32_gguf(tmp_path_factory.mktemp("tiny") / "tiny-llama-3.2.gguf", **TINY)


@pytest.fixture(scope="module")
def llm(tiny_model: Path) -> Iterator[llama_cpp.Llama]:
    model = llama_cpp.Llama(model_path=str(tiny_model), n_ctx=256, verbose=False)
    yield model
    model.close()


def _last_logits(llm: llama_cpp.Llama) -> np.ndarray:
    pointer = llama_cpp.llama_get_logits_ith(llm.ctx, -1)
    return np.ctypeslib.as_array(pointer, shape=(llm.n_vocab(),)).copy()


def _greedy_steps(llm: llama_cpp.Llama, prompt: list[int], steps: int) -> list[int]:
    """Evaluate ``prompt`` and ``steps`` greedy tokens, checking every logit row is finite."""
    llm.reset()
    llm.eval(prompt)
    generated: list[int] = []
    for _ in range(steps):
        logits = _last_logits(llm)
        assert np.isfinite(logits).all()
        assert logits.std() > 0  # random weights still give a non-constant distribution
        token = int(np.argmax(logits))
        assert 0 <= token < N_VOCAB
        generated.append(token)
        llm.eval([token])
    return generated


def test_llama_cpp_loads_it_as_llama_32(llm: llama_cpp.Llama) -> None:
    assert llm.n_vocab() == N_VOCAB == 128256
    assert llm.n_embd() == TINY["n_embd"]
    assert llm.token_bos() == 128000
    assert llm.token_eos() == EOT_ID == 128009
    meta = llm.metadata
    assert meta["general.architecture"] == "llama"
    assert meta["llama.context_length"] == "131072"
    assert meta["llama.rope.freq_base"].startswith("500000")
    assert meta["tokenizer.ggml.pre"] == "llama-bpe"
    assert meta["tokenizer.chat_template"] == LLAMA32_INSTRUCT_CHAT_TEMPLATE


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_tokenization_matches_meta_reference(
    llm: llama_cpp.Llama, reference: Tokenizer, text: str
) -> None:
    expected = reference.encode(text, bos=False, eos=False)
    assert llm.tokenize(text.encode(), add_bos=False, special=False) == expected
    assert llm.tokenize(text.encode(), add_bos=True, special=False) == [128000, *expected]
    assert llm.detokenize(expected).decode() == text


@pytest.mark.parametrize("name", SPECIAL_TOKENS)
def test_special_tokens_are_single_control_tokens(
    llm: llama_cpp.Llama, reference: Tokenizer, name: str
) -> None:
    token_id = reference.special_tokens[name]
    assert llm.tokenize(name.encode(), add_bos=False, special=True) == [token_id]
    vocab = llama_cpp.llama_model_get_vocab(llm.model)
    assert llama_cpp.llama_vocab_get_attr(vocab, token_id) & llama_cpp.LLAMA_TOKEN_ATTR_CONTROL
    # Without special=True the same characters are ordinary text, as in Meta's tokenizer.
    as_text = llm.tokenize(name.encode(), add_bos=False, special=False)
    assert as_text == reference.encode(name, bos=False, eos=False)
    assert len(as_text) > 1


def test_chat_prompt_tokenizes_like_meta(llm: llama_cpp.Llama, reference: Tokenizer) -> None:
    prompt = (
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n"
        "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nBonjour, ça va ? 🦙<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\n"
    )
    expected = reference.encode(prompt, bos=False, eos=False, allowed_special="all")
    assert llm.tokenize(prompt.encode(), add_bos=False, special=True) == expected


def test_generation_runs_with_finite_logits(llm: llama_cpp.Llama) -> None:
    prompt = llm.tokenize(b"Once upon a time", add_bos=True, special=False)
    first = _greedy_steps(llm, prompt, steps=4)
    assert _greedy_steps(llm, prompt, steps=4) == first  # deterministic

    llm.reset()
    out = llm.create_completion("Hello", max_tokens=4, temperature=0.0)
    assert 1 <= out["usage"]["completion_tokens"] <= 4


@pytest.mark.parametrize(("ftype", "min_correlation"), [("f32", 0.9999), ("q8_0", 0.999)])
def test_other_ftypes_compute_the_same_model(
    llm: llama_cpp.Llama,
    tmp_path: Path,
    ftype: FType,
    min_correlation: float,
) -> None:
    # Same seed, other storage type: the logits must match the f16 model's, which checks the
    # f32 and q8_0 byte layouts as well as that they load.
    path = write_llama32_gguf(tmp_path / f"tiny-{ftype}.gguf", **TINY, ftype=ftype)
    model = llama_cpp.Llama(model_path=str(path), n_ctx=64, verbose=False)
    try:
        assert model.metadata["general.file_type"] == {"q8_0": "7", "f32": "0"}[ftype]
        prompt = model.tokenize(b"Once upon a time", add_bos=True, special=False)
        model.eval(prompt)
        logits = _last_logits(model)
    finally:
        model.close()
    llm.reset()
    llm.eval(prompt)
    reference_logits = _last_logits(llm)
    assert np.isfinite(logits).all()
    assert np.corrcoef(logits, reference_logits)[0, 1] > min_correlation


def test_metadata_roundtrips_through_gguf_reader(tiny_model: Path) -> None:
    # gguf-py parses the 400k tokenizer strings one by one: this is the slow test (~10 s).
    reader = gguf.GGUFReader(tiny_model)

    def value(key: str) -> object:
        return reader.fields[key].contents()

    assert value("general.architecture") == "llama"
    assert value("general.name") == "Tiny Llama 3.2"
    assert value("general.file_type") == gguf.LlamaFileType.MOSTLY_F16
    assert value("llama.block_count") == TINY["n_layer"]
    assert value("llama.embedding_length") == TINY["n_embd"]
    assert value("llama.feed_forward_length") == TINY["n_ff"]
    assert value("llama.attention.head_count") == TINY["n_head"]
    assert value("llama.attention.head_count_kv") == TINY["n_head_kv"]
    assert value("llama.rope.dimension_count") == TINY["n_embd"] // TINY["n_head"]
    assert value("llama.rope.freq_base") == 500000.0
    assert value("llama.attention.layer_norm_rms_epsilon") == pytest.approx(1e-5)
    assert value("llama.vocab_size") == N_VOCAB
    assert value("tokenizer.ggml.model") == "gpt2"
    assert value("tokenizer.ggml.eos_token_id") == EOT_ID
    assert value("tokenizer.ggml.add_bos_token") is True
    assert value("tokenizer.chat_template") == LLAMA32_INSTRUCT_CHAT_TEMPLATE
    tokens = value("tokenizer.ggml.tokens")
    assert isinstance(tokens, list)
    assert len(tokens) == N_VOCAB
    assert tokens[128255] == "<|reserved_special_token_247|>"
    assert len(value("tokenizer.ggml.merges")) == 280147  # type: ignore[arg-type]

    tensors = {t.name: t for t in reader.tensors}
    assert "output.weight" not in tensors  # tied embeddings, like the real 1B and 3B
    assert list(tensors["token_embd.weight"].shape) == [TINY["n_embd"], N_VOCAB]
    assert len([n for n in tensors if n.startswith("blk.")]) == 9 * TINY["n_layer"]
    for name, tensor in tensors.items():
        if name.endswith("norm.weight") or name == "rope_freqs.weight":
            assert tensor.tensor_type == gguf.GGMLQuantizationType.F32, name
        else:
            assert tensor.tensor_type == gguf.GGMLQuantizationType.F16, name
    rope = np.asarray(tensors["rope_freqs.weight"].data)
    assert rope.shape == (TINY["n_embd"] // TINY["n_head"] // 2,)
    assert rope[0] == 1.0
    assert rope[-1] == 32.0


def test_tiny_llama_path_reuses_and_repairs_its_cache(tmp_path: Path) -> None:
    first = tiny_llama_path(tmp_path)
    stamp = first.stat().st_mtime_ns
    assert tiny_llama_path(tmp_path) == first
    assert first.stat().st_mtime_ns == stamp  # reused, not rewritten

    size = first.stat().st_size
    with first.open("r+b") as fh:  # an interrupted copy or a damaged disk
        fh.truncate(size // 2)
    assert tiny_llama_path(tmp_path) == first
    assert first.stat().st_size == size
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_bad_shapes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="q8_0"):
        write_llama32_gguf(tmp_path / "x.gguf", n_embd=48, n_head=4, n_head_kv=2, ftype="q8_0")
    with pytest.raises(ValueError, match="n_head_kv"):
        write_llama32_gguf(tmp_path / "x.gguf", n_head=4, n_head_kv=3)
    assert not (tmp_path / "x.gguf").exists()
