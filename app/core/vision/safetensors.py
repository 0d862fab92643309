"""A minimal reader for ``.safetensors`` files (the Hugging Face checkpoint format).

The format is an 8-byte header length, a JSON header (name → dtype, shape, byte range) and the
raw little-endian data, so tensors are read straight from a memory map, one at a time, without
torch or the ``safetensors`` package. BF16 is widened to float32 exactly.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import numpy as np

from app.core.errors import ModelFileError

_DTYPES = {"F32": np.float32, "F16": np.float16, "BF16": np.uint16, "I64": np.int64,
           "I32": np.int32, "U8": np.uint8}


class SafetensorsFile:
    """Tensors of one file, by name; :meth:`get` returns float32 for float types."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            with self.path.open("rb") as fh:
                (n,) = struct.unpack("<Q", fh.read(8))
                if n > 100_000_000:
                    raise ValueError("implausible header size")
                header = json.loads(fh.read(n))
        except (OSError, ValueError, struct.error) as exc:
            raise ModelFileError(f"{self.path.name} is not a readable safetensors file "
                                 f"({exc}).") from None
        header.pop("__metadata__", None)
        self._start = 8 + n
        self.entries: dict[str, dict] = header
        self._map = np.memmap(self.path, dtype=np.uint8, mode="r")

    def names(self) -> list[str]:
        return list(self.entries)

    def shape(self, name: str) -> tuple[int, ...]:
        return tuple(self.entries[name]["shape"])

    def get(self, name: str) -> np.ndarray:
        entry = self.entries[name]
        dtype = entry["dtype"]
        if dtype not in _DTYPES:
            raise ModelFileError(f"{self.path.name}: tensor {name} has unsupported type {dtype}.")
        begin, end = entry["data_offsets"]
        raw = self._map[self._start + begin:self._start + end].view(_DTYPES[dtype])
        raw = raw.reshape(entry["shape"])
        if dtype == "BF16":
            return (raw.astype(np.uint32) << 16).view(np.float32)
        if dtype in ("F16", "F32"):
            return raw.astype(np.float32)
        return np.asarray(raw)


def write_safetensors(path: str | os.PathLike[str], tensors: dict[str, np.ndarray]) -> None:
    """Write float32/float16 arrays as a safetensors file (used by tests and tools)."""
    header: dict[str, dict] = {}
    offset = 0
    names = {np.dtype(np.float32): "F32", np.dtype(np.float16): "F16"}
    for name, array in tensors.items():
        header[name] = {"dtype": names[array.dtype], "shape": list(array.shape),
                        "data_offsets": [offset, offset + array.nbytes]}
        offset += array.nbytes
    blob = json.dumps(header).encode()
    blob += b" " * (-len(blob) % 8)
    with Path(path).open("wb") as fh:
        fh.write(struct.pack("<Q", len(blob)))
        fh.write(blob)
        for array in tensors.values():
            fh.write(np.ascontiguousarray(array).tobytes())
