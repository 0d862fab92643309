"""A tiny random-weight Llama GGUF, written on the spot for ``hearth --self-test``.

Why: the self-test must prove that this installation's llama.cpp loads a GGUF and generates,
in a second, on any machine, with nothing downloaded and nothing large shipped. The file is
about 200 KB: the Llama architecture (2 layers, 64 wide, grouped-query attention, tied
embeddings) with a character-level SentencePiece vocabulary of ~380 tokens (printable ASCII,
the 256 byte-fallback tokens, <unk>/<s>/</s>) and a small Jinja chat template. The weights
are seeded noise, so the text is nonsense - the point is that tokens come out. The rows of
the control and byte tokens are zero: with tied embeddings their logits are then 0 while the
best of the ~120 text tokens is positive, so greedy decoding never ends at once or writes
half a UTF-8 sequence.

Written with ``struct`` and NumPy (already in every install, through llama-cpp-python)
rather than the ``gguf`` package, which Hearth only needs for its tests.
"""

from __future__ import annotations

import string
import struct
from pathlib import Path

import numpy as np

N_LAYER, N_EMBD, N_HEAD, N_HEAD_KV, N_FF, N_CTX = 2, 64, 4, 2, 128, 512
ALIGNMENT = 32
SEED = 20241
CHAT_TEMPLATE = (
    "{% for m in messages %}{{ m['role'] + ': ' + m['content'] + '\\n' }}{% endfor %}"
    "{% if add_generation_prompt %}{{ 'assistant:' }}{% endif %}"
)

# GGUF value types and ggml tensor types used here.
_U32, _I32, _F32, _BOOL, _STR, _ARR = 4, 5, 6, 7, 8, 9
_GGML_F32, _GGML_F16 = 0, 1
# llama.cpp token types.
_NORMAL, _UNKNOWN, _CONTROL, _BYTE = 1, 2, 3, 6


def vocabulary() -> tuple[list[str], list[float], list[int]]:
    """Tokens, scores and types of the character-level SentencePiece vocabulary."""
    tokens = ["<unk>", "<s>", "</s>"]
    types = [_UNKNOWN, _CONTROL, _CONTROL]
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [_BYTE] * 256
    pieces = ["▁"] + [c for c in string.printable[:94]] + [f"▁{c}" for c in string.ascii_lowercase]
    tokens += pieces
    types += [_NORMAL] * len(pieces)
    scores = [0.0] * 259 + [-float(i) for i in range(len(pieces))]
    return tokens, scores, types


def _string(text: str) -> bytes:
    data = text.encode("utf-8")
    return struct.pack("<Q", len(data)) + data


def _kv(key: str, kind: int, value: object) -> bytes:
    out = _string(key) + struct.pack("<I", kind)
    if kind == _STR:
        return out + _string(str(value))
    if kind == _ARR:
        elem_kind, items = value  # type: ignore[misc]
        out += struct.pack("<IQ", elem_kind, len(items))
        if elem_kind == _STR:
            return out + b"".join(_string(s) for s in items)
        fmt = {_F32: "f", _I32: "i"}[elem_kind]
        return out + struct.pack(f"<{len(items)}{fmt}", *items)
    fmt = {_U32: "<I", _F32: "<f", _BOOL: "<?"}[kind]
    return out + struct.pack(fmt, value)


def _tensors(n_vocab: int, zero_rows: list[int]) -> list[tuple[str, np.ndarray]]:
    rng = np.random.default_rng(SEED)
    head_dim = N_EMBD // N_HEAD

    def noise(rows: int, cols: int) -> np.ndarray:
        return rng.uniform(-0.08, 0.08, size=(rows, cols)).astype(np.float16)

    embd = noise(n_vocab, N_EMBD)
    embd[zero_rows] = 0
    ones = np.ones(N_EMBD, dtype=np.float32)
    tensors = [("token_embd.weight", embd)]
    for i in range(N_LAYER):
        blk = f"blk.{i}."
        tensors += [
            (blk + "attn_norm.weight", ones),
            (blk + "attn_q.weight", noise(N_HEAD * head_dim, N_EMBD)),
            (blk + "attn_k.weight", noise(N_HEAD_KV * head_dim, N_EMBD)),
            (blk + "attn_v.weight", noise(N_HEAD_KV * head_dim, N_EMBD)),
            (blk + "attn_output.weight", noise(N_EMBD, N_HEAD * head_dim)),
            (blk + "ffn_norm.weight", ones),
            (blk + "ffn_gate.weight", noise(N_FF, N_EMBD)),
            (blk + "ffn_up.weight", noise(N_FF, N_EMBD)),
            (blk + "ffn_down.weight", noise(N_EMBD, N_FF)),
        ]
    tensors.append(("output_norm.weight", ones))
    return tensors


def _pad(n: int) -> int:
    return (ALIGNMENT - n % ALIGNMENT) % ALIGNMENT


def write_selftest_model(path: Path) -> Path:
    """Write the tiny model to ``path`` (GGUF version 3) and return the path."""
    tokens, scores, types = vocabulary()
    zero_rows = [i for i, t in enumerate(types) if t != _NORMAL]
    metadata = [
        _kv("general.architecture", _STR, "llama"),
        _kv("general.name", _STR, "Hearth self-test"),
        _kv("general.file_type", _U32, 1),  # mostly f16
        _kv("general.alignment", _U32, ALIGNMENT),
        _kv("llama.context_length", _U32, N_CTX),
        _kv("llama.embedding_length", _U32, N_EMBD),
        _kv("llama.block_count", _U32, N_LAYER),
        _kv("llama.feed_forward_length", _U32, N_FF),
        _kv("llama.rope.dimension_count", _U32, N_EMBD // N_HEAD),
        _kv("llama.attention.head_count", _U32, N_HEAD),
        _kv("llama.attention.head_count_kv", _U32, N_HEAD_KV),
        _kv("llama.attention.layer_norm_rms_epsilon", _F32, 1e-5),
        _kv("llama.vocab_size", _U32, len(tokens)),
        _kv("tokenizer.ggml.model", _STR, "llama"),
        _kv("tokenizer.ggml.tokens", _ARR, (_STR, tokens)),
        _kv("tokenizer.ggml.scores", _ARR, (_F32, scores)),
        _kv("tokenizer.ggml.token_type", _ARR, (_I32, types)),
        _kv("tokenizer.ggml.unknown_token_id", _U32, 0),
        _kv("tokenizer.ggml.bos_token_id", _U32, 1),
        _kv("tokenizer.ggml.eos_token_id", _U32, 2),
        _kv("tokenizer.ggml.add_bos_token", _BOOL, True),
        _kv("tokenizer.chat_template", _STR, CHAT_TEMPLATE),
    ]
    tensors = _tensors(len(tokens), zero_rows)
    infos, offset = [], 0
    for name, array in tensors:
        kind = _GGML_F32 if array.dtype == np.float32 else _GGML_F16
        dims = tuple(reversed(array.shape))  # ggml lists the fastest-moving dimension first
        infos.append(_string(name) + struct.pack(f"<I{len(dims)}QIQ", len(dims), *dims, kind,
                                                 offset))
        offset += array.nbytes + _pad(array.nbytes)
    header = b"GGUF" + struct.pack("<IQQ", 3, len(tensors), len(metadata))
    head = header + b"".join(metadata) + b"".join(infos)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        fh.write(head + b"\0" * _pad(len(head)))
        for _, array in tensors:
            data = np.ascontiguousarray(array).tobytes()
            fh.write(data + b"\0" * _pad(len(data)))
    return path
