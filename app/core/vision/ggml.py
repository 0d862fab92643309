"""ctypes bindings to the libggml that llama-cpp-python ships (``llama_cpp/lib``).

Hearth runs Llama 3.2 Vision on the same ggml copy llama.cpp uses, so there is one ggml in the
process (a second copy, e.g. ggml-python's, collides with it). Only the functions the vision
engine needs are declared, against ggml 0.25.3 (llama-cpp-python 0.3.36); :func:`lib` checks
the version once. The graph API (ops), the backend API (CPU, or a GPU where the build has one)
and gallocr come from libggml-base/libggml, which libggml pulls in.
"""

from __future__ import annotations

import ctypes
from ctypes import POINTER, c_bool, c_char_p, c_float, c_int, c_int32, c_int64, c_size_t, c_void_p
from functools import cache
from pathlib import Path

import numpy as np

from app.core.errors import InsufficientMemoryError

GGML_VERSION = "0.25.3"
GGML_MAX_DIMS = 4
GGML_TYPE_F32 = 0
GGML_TYPE_F16 = 1
GGML_TYPE_I32 = 26
GGML_ROPE_TYPE_NORMAL = 0
GGML_BACKEND_DEVICE_TYPE_CPU = 0
GGML_BACKEND_DEVICE_TYPE_GPU = 1


class InitParams(ctypes.Structure):
    _fields_ = [("mem_size", c_size_t), ("mem_buffer", c_void_p), ("no_alloc", c_bool)]


class GGUFInitParams(ctypes.Structure):
    _fields_ = [("no_alloc", c_bool), ("ctx", POINTER(c_void_p))]


class Tensor(ctypes.Structure):
    """The leading fields of ``struct ggml_tensor`` (read-only use: type and shape)."""

    _fields_ = [
        ("type", c_int),
        ("buffer", c_void_p),
        ("ne", c_int64 * GGML_MAX_DIMS),
        ("nb", c_size_t * GGML_MAX_DIMS),
    ]


T = POINTER(Tensor)
_p = c_void_p
_i64 = c_int64

# name: (result type, argument types)
_SIGNATURES: dict[str, tuple[object, list[object]]] = {
    "ggml_version": (c_char_p, []),
    "ggml_init": (_p, [InitParams]),
    "ggml_free": (None, [_p]),
    "ggml_tensor_overhead": (c_size_t, []),
    "ggml_graph_overhead_custom": (c_size_t, [c_size_t, c_bool]),
    "ggml_new_graph_custom": (_p, [_p, c_size_t, c_bool]),
    "ggml_build_forward_expand": (None, [_p, T]),
    "ggml_new_tensor_1d": (T, [_p, c_int, _i64]),
    "ggml_new_tensor_2d": (T, [_p, c_int, _i64, _i64]),
    "ggml_new_tensor_3d": (T, [_p, c_int, _i64, _i64, _i64]),
    "ggml_new_tensor_4d": (T, [_p, c_int, _i64, _i64, _i64, _i64]),
    "ggml_get_tensor": (T, [_p, c_char_p]),
    "ggml_set_name": (T, [T, c_char_p]),
    "ggml_set_input": (None, [T]),
    "ggml_set_output": (None, [T]),
    "ggml_nbytes": (c_size_t, [T]),
    "ggml_element_size": (c_size_t, [T]),
    "ggml_add": (T, [_p, T, T]),
    "ggml_mul": (T, [_p, T, T]),
    "ggml_scale": (T, [_p, T, c_float]),
    "ggml_mul_mat": (T, [_p, T, T]),
    "ggml_norm": (T, [_p, T, c_float]),
    "ggml_rms_norm": (T, [_p, T, c_float]),
    "ggml_gelu_erf": (T, [_p, T]),
    "ggml_silu": (T, [_p, T]),
    "ggml_tanh": (T, [_p, T]),
    "ggml_soft_max_ext": (T, [_p, T, T, c_float, c_float]),
    "ggml_get_rows": (T, [_p, T, T]),
    "ggml_concat": (T, [_p, T, T, c_int]),
    "ggml_repeat_4d": (T, [_p, T, _i64, _i64, _i64, _i64]),
    "ggml_pad": (T, [_p, T, c_int, c_int, c_int, c_int]),
    "ggml_im2col": (T, [_p, T, T, c_int, c_int, c_int, c_int, c_int, c_int, c_bool, c_int]),
    "ggml_cont": (T, [_p, T]),
    "ggml_cpy": (T, [_p, T, T]),
    "ggml_permute": (T, [_p, T, c_int, c_int, c_int, c_int]),
    "ggml_transpose": (T, [_p, T]),
    "ggml_reshape_1d": (T, [_p, T, _i64]),
    "ggml_reshape_2d": (T, [_p, T, _i64, _i64]),
    "ggml_reshape_3d": (T, [_p, T, _i64, _i64, _i64]),
    "ggml_reshape_4d": (T, [_p, T, _i64, _i64, _i64, _i64]),
    "ggml_view_1d": (T, [_p, T, _i64, c_size_t]),
    "ggml_view_2d": (T, [_p, T, _i64, _i64, c_size_t, c_size_t]),
    "ggml_view_3d": (T, [_p, T, _i64, _i64, _i64, c_size_t, c_size_t, c_size_t]),
    "ggml_view_4d": (T, [_p, T, _i64, _i64, _i64, _i64, c_size_t, c_size_t, c_size_t,
                         c_size_t]),
    "ggml_flash_attn_ext": (T, [_p, T, T, T, T, c_float, c_float, c_float]),
    "ggml_rope_ext": (T, [_p, T, T, T, c_int, c_int, c_int, c_float, c_float, c_float,
                          c_float, c_float, c_float]),
    "ggml_quantize_chunk": (c_size_t, [c_int, c_void_p, c_void_p, _i64, _i64, _i64, c_void_p]),
    # gguf
    "gguf_init_from_file": (_p, [c_char_p, GGUFInitParams]),
    "gguf_free": (None, [_p]),
    "gguf_get_n_tensors": (_i64, [_p]),
    "gguf_get_tensor_name": (c_char_p, [_p, _i64]),
    "gguf_get_tensor_offset": (c_size_t, [_p, _i64]),
    "gguf_get_data_offset": (c_size_t, [_p]),
    "gguf_find_key": (_i64, [_p, c_char_p]),
    "gguf_get_arr_n": (c_size_t, [_p, _i64]),
    "gguf_get_arr_str": (c_char_p, [_p, _i64, c_size_t]),
    "gguf_get_arr_data": (c_void_p, [_p, _i64]),
    "gguf_get_val_u32": (ctypes.c_uint32, [_p, _i64]),
    # backends and allocation
    "ggml_backend_init_by_type": (_p, [c_int, c_char_p]),
    "ggml_backend_cpu_init": (_p, []),
    "ggml_backend_cpu_set_n_threads": (None, [_p, c_int]),
    "ggml_backend_is_cpu": (c_bool, [_p]),
    "ggml_backend_name": (c_char_p, [_p]),
    "ggml_backend_free": (None, [_p]),
    "ggml_backend_get_default_buffer_type": (_p, [_p]),
    "ggml_backend_alloc_ctx_tensors": (_p, [_p, _p]),
    "ggml_backend_buffer_free": (None, [_p]),
    "ggml_backend_buffer_get_size": (c_size_t, [_p]),
    "ggml_backend_tensor_set": (None, [T, c_void_p, c_size_t, c_size_t]),
    "ggml_backend_tensor_get": (None, [T, c_void_p, c_size_t, c_size_t]),
    "ggml_backend_graph_compute": (c_int, [_p, _p]),
    "ggml_gallocr_new": (_p, [_p]),
    "ggml_gallocr_free": (None, [_p]),
    "ggml_gallocr_alloc_graph": (c_bool, [_p, _p]),
    "ggml_gallocr_get_buffer_size": (c_size_t, [_p, c_int]),
}


class _Lib:
    """Declared ggml functions as attributes: ``lib().ggml_add(ctx, a, b)``."""

    def __init__(self, dll: ctypes.CDLL) -> None:
        for name, (restype, argtypes) in _SIGNATURES.items():
            fn = getattr(dll, name)
            fn.restype = restype
            fn.argtypes = argtypes
            setattr(self, name, fn)


def library_dir() -> Path:
    """``llama_cpp/lib``, where llama-cpp-python keeps libggml and libllama."""
    import llama_cpp

    return Path(llama_cpp.__file__).resolve().parent / "lib"


@cache
def lib() -> _Lib:
    """The declared functions, bound to the process's (llama-cpp-python's) libggml."""
    from llama_cpp import _ggml  # loads libggml the way llama_cpp itself does

    out = _Lib(_ggml.libggml)
    version = out.ggml_version().decode()
    if version != GGML_VERSION:
        raise RuntimeError(f"libggml {version} found; the vision engine is declared for "
                           f"{GGML_VERSION} (llama-cpp-python 0.3.36)")
    return out


def shape(t: ctypes._Pointer) -> tuple[int, ...]:
    """A tensor's ggml shape (ne0 first), without trailing 1s beyond the first dimension."""
    ne = list(t.contents.ne)
    while len(ne) > 1 and ne[-1] == 1:
        ne.pop()
    return tuple(ne)


def set_data(t: ctypes._Pointer, array: np.ndarray) -> None:
    """Copy a C-contiguous numpy array into a (backend-allocated) tensor."""
    array = np.ascontiguousarray(array)
    n = lib().ggml_nbytes(t)
    if array.nbytes != n:
        raise ValueError(f"tensor holds {n} bytes, array has {array.nbytes}")
    lib().ggml_backend_tensor_set(t, array.ctypes.data, 0, n)


def get_data(t: ctypes._Pointer, dtype: type = np.float32) -> np.ndarray:
    """A tensor's data as numpy, shaped in numpy order (ne reversed)."""
    n = lib().ggml_nbytes(t)
    out = np.empty(n // np.dtype(dtype).itemsize, dtype=dtype)
    lib().ggml_backend_tensor_get(t, out.ctypes.data, 0, n)
    return out.reshape(tuple(reversed(shape(t))))


class Backend:
    """A ggml compute backend: a GPU where the build has one and ``gpu`` is asked, else CPU."""

    def __init__(self, *, gpu: bool = False, threads: int | None = None) -> None:
        g = lib()
        handle = g.ggml_backend_init_by_type(GGML_BACKEND_DEVICE_TYPE_GPU, None) if gpu else None
        self.handle = handle or g.ggml_backend_cpu_init()
        if not self.handle:
            raise RuntimeError("ggml could not start a compute backend")
        if g.ggml_backend_is_cpu(self.handle) and threads:
            g.ggml_backend_cpu_set_n_threads(self.handle, int(threads))

    @property
    def name(self) -> str:
        return lib().ggml_backend_name(self.handle).decode()

    def close(self) -> None:
        if self.handle:
            lib().ggml_backend_free(self.handle)
            self.handle = None

    def __del__(self) -> None:
        self.close()


class Buffer:
    """Persistent tensors (caches) in one backend buffer, zero-initialised."""

    def __init__(self, backend: Backend, specs: dict[str, tuple[int, ...]]) -> None:
        g = lib()
        self.ctx = g.ggml_init(InitParams(g.ggml_tensor_overhead() * (len(specs) + 1), None,
                                          True))
        self.tensors: dict[str, ctypes._Pointer] = {}
        for name, dims in specs.items():
            maker = getattr(g, f"ggml_new_tensor_{len(dims)}d")
            t = maker(self.ctx, GGML_TYPE_F32, *dims)
            g.ggml_set_name(t, name.encode())
            self.tensors[name] = t
        self.buffer = g.ggml_backend_alloc_ctx_tensors(self.ctx, backend.handle)
        if not self.buffer:
            g.ggml_free(self.ctx)
            self.ctx = None
            raise InsufficientMemoryError(
                "There is not enough free memory for the model's context.",
                hint="Close other programs or choose a smaller context size.")
        for t in self.tensors.values():
            set_data(t, np.zeros(lib().ggml_nbytes(t) // 4, dtype=np.float32))

    def __getitem__(self, name: str) -> ctypes._Pointer:
        return self.tensors[name]

    def close(self) -> None:
        g = lib()
        self.tensors = {}
        if getattr(self, "buffer", None):
            g.ggml_backend_buffer_free(self.buffer)
            self.buffer = None
        if getattr(self, "ctx", None):
            g.ggml_free(self.ctx)
            self.ctx = None

    def __del__(self) -> None:
        self.close()


class Graph:
    """One computation: a no-alloc context for its tensors, its graph, and an allocator.

    Build with ``ctx`` and the ops from :func:`lib`; mark inputs with :meth:`input`; then
    :meth:`compute` allocates on the backend, copies inputs in and runs.
    """

    def __init__(self, backend: Backend, max_nodes: int = 8192) -> None:
        g = lib()
        self.backend = backend
        size = g.ggml_tensor_overhead() * max_nodes + g.ggml_graph_overhead_custom(
            max_nodes, False)
        self.ctx = g.ggml_init(InitParams(size, None, True))
        if not self.ctx:
            raise MemoryError("ggml_init failed")
        self.graph = g.ggml_new_graph_custom(self.ctx, max_nodes, False)
        self._inputs: list[tuple[ctypes._Pointer, np.ndarray]] = []
        self._allocr = None

    def input(self, array: np.ndarray, name: str) -> ctypes._Pointer:
        """A new input tensor holding ``array`` (f32, f16 or i32), numpy order reversed."""
        g = lib()
        kinds = {np.dtype(np.int32): GGML_TYPE_I32, np.dtype(np.float16): GGML_TYPE_F16}
        kind = kinds.get(array.dtype, GGML_TYPE_F32)
        dtype = {GGML_TYPE_I32: np.int32, GGML_TYPE_F16: np.float16}.get(kind, np.float32)
        array = np.ascontiguousarray(array, dtype=dtype)
        dims = list(reversed(array.shape)) or [1]
        maker = getattr(g, f"ggml_new_tensor_{len(dims)}d")
        t = maker(self.ctx, kind, *dims)
        g.ggml_set_name(t, name.encode())
        g.ggml_set_input(t)
        self._inputs.append((t, array))
        return t

    def expand(self, t: ctypes._Pointer) -> None:
        """Add ``t`` (and what it needs) to the graph now: fixes the order of side effects."""
        lib().ggml_build_forward_expand(self.graph, t)

    def compute(self, *outputs: ctypes._Pointer) -> list[np.ndarray]:
        """Run the graph and return ``outputs`` as numpy arrays."""
        g = lib()
        for out in outputs:
            g.ggml_set_output(out)
            g.ggml_build_forward_expand(self.graph, out)
        self._allocr = g.ggml_gallocr_new(g.ggml_backend_get_default_buffer_type(
            self.backend.handle))
        if not g.ggml_gallocr_alloc_graph(self._allocr, self.graph):
            raise InsufficientMemoryError(
                "There is not enough free memory to run this step of the model.",
                hint="Close other programs, or use a smaller picture or context.")
        for t, array in self._inputs:
            if t.contents.buffer:  # an input no output depends on is left unallocated
                set_data(t, array)
        status = g.ggml_backend_graph_compute(self.backend.handle, self.graph)
        if status != 0:
            raise RuntimeError(f"ggml graph compute failed (status {status})")
        return [get_data(out) for out in outputs]

    def compute_bytes(self) -> int:
        """Bytes the allocator reserved for intermediate results (after :meth:`compute`)."""
        return int(lib().ggml_gallocr_get_buffer_size(self._allocr, 0)) if self._allocr else 0

    def close(self) -> None:
        g = lib()
        if self._allocr:
            g.ggml_gallocr_free(self._allocr)
            self._allocr = None
        if self.ctx:
            g.ggml_free(self.ctx)
            self.ctx = None

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["GGML_VERSION", "Backend", "Buffer", "Graph", "Tensor", "c_int32", "get_data", "lib",
           "library_dir", "set_data", "shape"]
