"""Read and check a GGUF file's header before llama.cpp ever sees it.

llama.cpp reports a bad file as a NULL model and a log line; some malformed files can even
abort the process. Hearth reads the header itself first so that a person gets a sentence that
says what is wrong (not a GGUF, truncated, unsupported kind) and the app stays up.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import QT_TRANSLATE_NOOP, ModelFileError

GGUF_MAGIC = b"GGUF"


@dataclass(frozen=True, slots=True)
class GGUFInfo:
    """What Hearth needs to know about a model file without loading its weights."""

    path: Path
    size_bytes: int
    version: int
    architecture: str
    name: str
    metadata: dict[str, Any] = field(repr=False)
    tensor_count: int = 0
    # name → (shape in ggml order, ggml type); data offsets are ggml's business.
    tensors: dict[str, tuple[tuple[int, ...], int]] = field(default_factory=dict, repr=False)

    def arch_value(self, key: str, default: Any = None) -> Any:
        """An architecture-scoped key, e.g. ``block_count`` → ``llama.block_count``."""
        return self.metadata.get(f"{self.architecture}.{key}", default)

    @property
    def n_layer(self) -> int:
        return int(self.arch_value("block_count", 0) or 0)

    @property
    def n_embd(self) -> int:
        return int(self.arch_value("embedding_length", 0) or 0)

    @property
    def n_head(self) -> int:
        return int(self.arch_value("attention.head_count", 0) or 0)

    @property
    def n_head_kv(self) -> int:
        value = self.arch_value("attention.head_count_kv", None)
        return int(value) if value is not None else self.n_head

    @property
    def head_dim(self) -> int:
        key_len = self.arch_value("attention.key_length")
        if key_len:
            return int(key_len)
        return self.n_embd // self.n_head if self.n_head else 0

    @property
    def n_ctx_train(self) -> int:
        return int(self.arch_value("context_length", 0) or 0)

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) else None

    @property
    def is_vision(self) -> bool:
        """True for mllama text files and vision projectors (the licence policy uses it)."""
        return self.architecture in {"mllama", "clip"} or "vision" in self.metadata.get(
            "general.type", ""
        )


# GGUF value types (gguf spec) and their struct formats.
_SCALARS = {
    0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d",
}
_STRING, _ARRAY = 8, 9
# (bytes per block, elements per block) of the ggml tensor types, to size each tensor's data.
_TYPE_SIZES: dict[int, tuple[int, int]] = {
    0: (4, 1), 1: (2, 1), 2: (18, 32), 3: (20, 32), 6: (22, 32), 7: (24, 32), 8: (34, 32),
    9: (36, 32), 10: (84, 256), 11: (110, 256), 12: (144, 256), 13: (176, 256), 14: (210, 256),
    15: (292, 256), 16: (66, 256), 17: (74, 256), 18: (98, 256), 19: (50, 256), 20: (18, 32),
    21: (110, 256), 22: (82, 256), 23: (136, 256), 24: (1, 1), 25: (2, 1), 26: (4, 1),
    27: (8, 1), 28: (8, 1), 29: (56, 256), 30: (2, 1), 34: (54, 256), 35: (66, 256),
    39: (17, 32),
}
# Arrays longer than this are skipped, not kept (vocabularies, merges, scores).
_MAX_KEPT_ARRAY = 1024


class _Truncated(Exception):
    pass


class SkippedArray(int):
    """Stands for a long array that was not read; its value is the array's length."""


class _Reader:
    """A small sequential reader; the header is parsed without loading any weights."""

    def __init__(self, fh: Any) -> None:
        self.fh = fh

    def read(self, n: int) -> bytes:
        data = self.fh.read(n)
        if len(data) != n:
            raise _Truncated
        return data

    def unpack(self, fmt: str) -> Any:
        return struct.unpack("<" + fmt, self.read(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        n = self.unpack("Q")
        if n > 1 << 26:
            raise ValueError(f"implausible string length {n}")
        return self.read(n).decode("utf-8", errors="replace")

    def value(self, vtype: int) -> Any:
        if vtype in _SCALARS:
            return self.unpack(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            item_type = self.unpack("I")
            count = self.unpack("Q")
            if count > 1 << 32:
                raise ValueError(f"implausible array length {count}")
            if count > _MAX_KEPT_ARRAY:
                self.skip_array(item_type, count)
                return SkippedArray(count)
            return [self.value(item_type) for _ in range(count)]
        raise ValueError(f"unknown value type {vtype}")

    def skip_array(self, item_type: int, count: int) -> None:
        if item_type in _SCALARS:
            self.fh.seek(struct.calcsize(_SCALARS[item_type]) * count, os.SEEK_CUR)
        elif item_type == _STRING:
            for _ in range(count):
                self.fh.seek(self.unpack("Q"), os.SEEK_CUR)
        else:
            for _ in range(count):
                self.value(item_type)


def _parse(path: Path) -> tuple[int, dict[str, Any], dict[str, tuple[tuple[int, ...], int]], int]:
    """Return (version, metadata, tensor shapes and types, where the tensor data ends)."""
    with path.open("rb") as fh:
        r = _Reader(fh)
        r.read(4)
        version = r.unpack("I")
        if version not in (2, 3):
            raise ValueError(f"GGUF version {version} is not supported")
        n_tensors = r.unpack("Q")
        n_kv = r.unpack("Q")
        if n_tensors > 1 << 20 or n_kv > 1 << 20:
            raise ValueError("implausible header counts")
        metadata: dict[str, Any] = {}
        for _ in range(n_kv):
            key = r.string()
            metadata[key] = r.value(r.unpack("I"))
        tensors = []
        shapes: dict[str, tuple[tuple[int, ...], int]] = {}
        for _ in range(n_tensors):
            tensor_name = r.string()
            n_dims = r.unpack("I")
            if n_dims > 8:
                raise ValueError("implausible tensor rank")
            shape = tuple(r.unpack("Q") for _ in range(n_dims))
            n_elems = 1
            for dim in shape:
                n_elems *= dim
            ggml_type = r.unpack("I")
            tensors.append((ggml_type, n_elems, r.unpack("Q")))
            shapes[tensor_name] = (shape, ggml_type)
        alignment = int(metadata.get("general.alignment", 32) or 32)
        header_end = fh.tell()
    data_start = (header_end + alignment - 1) // alignment * alignment
    data_end = data_start
    for ggml_type, n_elems, offset in tensors:
        block_bytes, block_elems = _TYPE_SIZES.get(ggml_type, (0, 1))
        data_end = max(data_end, data_start + offset + n_elems // block_elems * block_bytes)
    return version, metadata, shapes, data_end


def read_gguf_info(path: str | os.PathLike[str]) -> GGUFInfo:
    """Parse the header and check that every tensor's data is present in the file.

    Raises :class:`ModelFileError` with a message for people on anything wrong.
    """
    path = Path(path)
    if not path.exists():
        raise ModelFileError.of(QT_TRANSLATE_NOOP("core", "There is no file at {path}."), path=path)
    if path.is_dir():
        raise ModelFileError.of(QT_TRANSLATE_NOOP("core", "{path} is a folder, not a model file."),
                                path=path)
    size = path.stat().st_size
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ModelFileError.of(QT_TRANSLATE_NOOP(
            "core", "Hearth could not read {file}: {reason}."),
                                file=path.name, reason=exc.strerror) from exc
    if head[:4] != GGUF_MAGIC:
        raise ModelFileError.of(
            QT_TRANSLATE_NOOP("core", "{file} is not a GGUF model file."),
            hint=QT_TRANSLATE_NOOP("core", "Hearth runs GGUF files (for example "
                                   "Llama-3.2-1B-Instruct-Q4_K_M.gguf); safetensors, PyTorch "
                                   "and other formats must be converted first."),
            file=path.name,
        )
    if len(head) < 8:
        raise ModelFileError.of(
            QT_TRANSLATE_NOOP("core", "{file} is truncated: it ends inside its header."),
            file=path.name)

    try:
        version, metadata, shapes, data_end = _parse(path)
    except _Truncated:
        raise ModelFileError.of(
            QT_TRANSLATE_NOOP("core", "{file} is truncated: it ends inside its header."),
            hint=QT_TRANSLATE_NOOP("core", "The download was probably interrupted; download "
                                   "it again."),
            file=path.name,
        ) from None
    except (ValueError, UnicodeError, struct.error) as exc:
        raise ModelFileError.of(
            QT_TRANSLATE_NOOP("core", "{file} is a damaged GGUF file: {reason}."),
            hint=QT_TRANSLATE_NOOP("core", "Download the file again."), file=path.name, reason=exc,
        ) from exc
    except OSError as exc:
        raise ModelFileError.of(QT_TRANSLATE_NOOP(
            "core", "Hearth could not read {file}: {reason}."),
                                file=path.name, reason=exc.strerror) from exc
    if data_end > size:
        raise ModelFileError.of(
            QT_TRANSLATE_NOOP("core", "{file} is truncated: {missing} of its weights are "
                              "missing (the file has {size} of {expected})."),
            hint=QT_TRANSLATE_NOOP("core", "The download was probably interrupted; download "
                                   "it again."),
            file=path.name, missing=fmt_bytes(data_end - size), size=fmt_bytes(size),
            expected=fmt_bytes(data_end),
        )
    architecture = metadata.get("general.architecture")
    if not isinstance(architecture, str) or not architecture:
        raise ModelFileError.of(
            QT_TRANSLATE_NOOP("core", "{file} does not say which model architecture it holds."),
            file=path.name)
    name = metadata.get("general.name") or path.stem
    return GGUFInfo(
        path=path,
        size_bytes=size,
        version=version,
        architecture=architecture,
        name=str(name),
        metadata=metadata,
        tensor_count=len(shapes),
        tensors=shapes,
    )


def fmt_bytes(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if abs(n) < 1000 or unit == "TB":
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1000
    return f"{n} bytes"




@dataclass(frozen=True, slots=True)
class VocabSignature:
    """A model's vocabulary, compared without loading it: two models may draft for each
    other only when every field is equal (the same token ids mean the same text)."""

    model: str
    pre: str
    n_tokens: int
    bos: int | None
    eos: int | None
    digest: str


_VOCAB_KEYS = ("tokenizer.ggml.model", "tokenizer.ggml.pre", "tokenizer.ggml.bos_token_id",
               "tokenizer.ggml.eos_token_id")


def read_vocab_signature(path: str | os.PathLike[str]) -> VocabSignature:
    """The vocabulary's signature from the GGUF header: tokenizer kind, BOS/EOS and a SHA-256
    of every token's text in id order (about 0.2 s for a 128k vocabulary).

    Raises :class:`ModelFileError` for a file that is not a readable GGUF model.
    """
    import hashlib

    path = Path(path)
    read_gguf_info(path)  # every problem with the file, said the usual way
    digest = hashlib.sha256()
    values: dict[str, Any] = {}
    n_tokens = 0
    with path.open("rb") as fh:
        r = _Reader(fh)
        r.read(4)
        r.unpack("I")
        r.unpack("Q")
        n_kv = r.unpack("Q")
        for _ in range(n_kv):
            key = r.string()
            vtype = r.unpack("I")
            if key == "tokenizer.ggml.tokens" and vtype == _ARRAY:
                item_type = r.unpack("I")
                n_tokens = r.unpack("Q")
                if item_type != _STRING or n_tokens > 1 << 24:
                    raise ModelFileError(f"{path.name} has a damaged token list.")
                for _ in range(n_tokens):
                    n = r.unpack("Q")
                    digest.update(struct.pack("<Q", n))
                    digest.update(r.read(n))
            elif key in _VOCAB_KEYS:
                values[key] = r.value(vtype)
            elif vtype == _ARRAY:
                r.skip_array(r.unpack("I"), r.unpack("Q"))
            else:
                r.value(vtype)
    bos, eos = values.get(_VOCAB_KEYS[2]), values.get(_VOCAB_KEYS[3])
    return VocabSignature(
        model=str(values.get(_VOCAB_KEYS[0], "")),
        pre=str(values.get(_VOCAB_KEYS[1], "")),
        n_tokens=int(n_tokens),
        bos=int(bos) if bos is not None else None,
        eos=int(eos) if eos is not None else None,
        digest=digest.hexdigest(),
    )
