"""A GGUF file's tensors, loaded into a ggml backend buffer through ctypes.

ggml's own gguf reader lays the tensors out (names, types, shapes); Hearth copies each one's
bytes from the file into backend memory (RAM on CPU, VRAM on a GPU), optionally passing F32
tensors through a fix-up first (layouts that stored a tensor in another convention).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.core.errors import InsufficientMemoryError, ModelFileError
from app.core.vision.ggml import (
    GGML_BACKEND_BUFFER_USAGE_WEIGHTS,
    GGML_TYPE_F32,
    Backend,
    GGUFInitParams,
    allocate,
    buffer_backend,
    lib,
    set_data,
    shape,
)

FixUp = Callable[[str, np.ndarray], np.ndarray]
Placement = Callable[[str], bool]


class GGUFWeights:
    """All tensors of one GGUF file, resident on ``backend``; look them up by name.

    ``on_device(name)`` says which tensors go to the backend's GPU device (when it has one);
    the others stay in RAM for the CPU. Default: all on the device.
    """

    def __init__(self, path: str | Path, backend: Backend, fix_up: FixUp | None = None,
                 on_device: Placement | None = None) -> None:
        g = lib()
        self.path = Path(path)
        self.backend = backend
        meta = ctypes.c_void_p()
        self._gguf = g.gguf_init_from_file(str(self.path).encode(),
                                           GGUFInitParams(True, ctypes.pointer(meta)))
        if not self._gguf:
            raise ModelFileError(f"ggml could not read {self.path.name} as a GGUF file.")
        self.ctx = meta.value
        self.buffers: list[int] = []
        groups: dict[int, list[ctypes._Pointer]] = {}
        for i in range(g.gguf_get_n_tensors(self._gguf)):
            name = g.gguf_get_tensor_name(self._gguf, i)
            where = backend.handle_for(on_device(name.decode()) if on_device else True)
            groups.setdefault(where, []).append(g.ggml_get_tensor(self.ctx, name))
        for handle, members in groups.items():
            taken = allocate(members, handle, usage=GGML_BACKEND_BUFFER_USAGE_WEIGHTS)
            if not taken:
                self.close()
                raise InsufficientMemoryError(
                    f"There is not enough free memory to load {self.path.name}.",
                    hint="Close other programs or choose a smaller (more quantized) model file.")
            self.buffers += taken
        self._tensors: dict[str, ctypes._Pointer] = {}
        data_start = g.gguf_get_data_offset(self._gguf)
        # Read with plain file reads into one reused buffer rather than mapping the file: a
        # mapping would keep the whole file's pages in this process's resident set next to
        # the backend's copy (2× the model in RSS).
        scratch = np.empty(0, dtype=np.uint8)
        with open(self.path, "rb") as fh:
            for i in range(g.gguf_get_n_tensors(self._gguf)):
                name = g.gguf_get_tensor_name(self._gguf, i).decode()
                t = g.ggml_get_tensor(self.ctx, name.encode())
                n = int(g.ggml_nbytes(t))
                if scratch.nbytes < n:
                    scratch = np.empty(n, dtype=np.uint8)
                chunk = scratch[:n]
                fh.seek(data_start + g.gguf_get_tensor_offset(self._gguf, i))
                if fh.readinto(memoryview(chunk)) != n:
                    self.close()
                    raise ModelFileError(f"{self.path.name} is truncated: tensor {name} is "
                                         "cut short. Download the file again.")
                if fix_up is not None and t.contents.type == GGML_TYPE_F32:
                    values = chunk.view(np.float32).reshape(tuple(reversed(shape(t))))
                    chunk = np.ascontiguousarray(fix_up(name, values), dtype=np.float32)
                set_data(t, chunk)
                self._tensors[name] = t

    @property
    def names(self) -> list[str]:
        return list(self._tensors)

    def __contains__(self, name: str) -> bool:
        return name in self._tensors

    def __getitem__(self, name: str) -> ctypes._Pointer:
        return self._tensors[name]

    def get(self, name: str) -> ctypes._Pointer | None:
        return self._tensors.get(name)

    @property
    def nbytes(self) -> int:
        return sum(int(lib().ggml_backend_buffer_get_size(b)) for b in self.buffers)

    def bytes_by_backend(self) -> dict[str, int]:
        """Bytes of weights per place ("CPU", "Vulkan0", …): the memory plan, as loaded."""
        out: dict[str, int] = {}
        for t in self._tensors.values():
            where = buffer_backend(t)
            out[where] = out.get(where, 0) + int(lib().ggml_nbytes(t))
        return out

    def where(self, name: str) -> str:
        """The backend buffer holding tensor ``name``."""
        return buffer_backend(self._tensors[name])

    def close(self) -> None:
        g = lib()
        self._tensors = {}
        for buf in getattr(self, "buffers", []):
            g.ggml_backend_buffer_free(buf)
        self.buffers = []
        if getattr(self, "_gguf", None):
            g.gguf_free(self._gguf)
            self._gguf = None
        if getattr(self, "ctx", None):
            g.ggml_free(self.ctx)
            self.ctx = None

    def __del__(self) -> None:
        self.close()
