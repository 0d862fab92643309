"""The tiny GGUF that ``hearth --self-test`` writes: valid GGUF, loads, generates text."""

from __future__ import annotations

from pathlib import Path

import gguf

from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationRequest,
    LoadOptions,
    SamplingParams,
    TokenEvent,
)
from app.core.engines import load_engine
from app.core.selftest_model import CHAT_TEMPLATE, vocabulary, write_selftest_model


def test_the_file_is_gguf_the_reference_reader_understands(tmp_path: Path) -> None:
    path = write_selftest_model(tmp_path / "t.gguf")
    assert path.stat().st_size < 300 * 1024
    reader = gguf.GGUFReader(str(path))
    fields = {name: reader.fields[name] for name in reader.fields}
    tokens, _, _ = vocabulary()
    assert fields["general.architecture"].contents() == "llama"
    assert fields["tokenizer.ggml.tokens"].contents() == tokens
    assert fields["tokenizer.chat_template"].contents() == CHAT_TEMPLATE
    by_name = {t.name: t for t in reader.tensors}
    assert list(by_name["token_embd.weight"].shape) == [64, len(tokens)]
    assert by_name["blk.1.ffn_down.weight"].tensor_type == gguf.GGMLQuantizationType.F16
    assert "output.weight" not in by_name  # tied embeddings


def test_the_same_bytes_every_time(tmp_path: Path) -> None:
    a = write_selftest_model(tmp_path / "a.gguf").read_bytes()
    assert a == write_selftest_model(tmp_path / "b.gguf").read_bytes()


def test_llama_cpp_loads_it_and_writes_printable_text(tmp_path: Path) -> None:
    path = write_selftest_model(tmp_path / "t.gguf")
    engine = load_engine(path, LoadOptions(n_ctx=256, n_gpu_layers=0), declaration=None)
    try:
        request = GenerationRequest(messages=[Message("user", "Say hello.")],
                                    sampling=SamplingParams(temperature=0.0, max_tokens=16))
        events = list(engine.generate(request, CancelToken()))
    finally:
        engine.close()
    done = events[-1]
    assert isinstance(done, DoneEvent)
    # Control and byte tokens have zero rows: greedy decoding runs to the token limit.
    assert done.stats.completion_tokens == 16 and done.stats.stop_reason == "length"
    text = "".join(e.text for e in events if isinstance(e, TokenEvent))
    assert text == done.text and text.strip()
    assert all(32 <= ord(c) < 127 for c in text)
