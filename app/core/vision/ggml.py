"""ctypes bindings to the libggml that llama-cpp-python ships (``llama_cpp/lib``).

Hearth runs Llama 3.2 Vision on the same ggml copy llama.cpp uses, so there is one ggml in the
process (a second copy, e.g. ggml-python's, collides with it). Only the functions the vision
engine needs are declared, against ggml 0.25.3 (llama-cpp-python 0.3.36); :func:`lib` checks
the version once. The graph API (ops), the backend API (CPU, or a GPU where the build has one)
and gallocr come from libggml-base/libggml, which libggml pulls in.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
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
GGML_BACKEND_DEVICE_TYPE_IGPU = 2  # integrated GPUs (most laptops), as CUDA and Vulkan report
GGML_BACKEND_BUFFER_USAGE_WEIGHTS = 1


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
    "ggml_custom_4d": (T, [_p, c_int, _i64, _i64, _i64, _i64, POINTER(T), c_int, c_void_p,
                           c_int, c_void_p]),
    "ggml_get_data": (c_void_p, [T]),
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
    "ggml_backend_dev_by_type": (_p, [c_int]),
    "ggml_backend_dev_backend_reg": (_p, [_p]),
    "ggml_backend_reg_get_proc_address": (c_void_p, [_p, c_char_p]),
    "ggml_backend_name": (c_char_p, [_p]),
    "ggml_backend_free": (None, [_p]),
    "ggml_backend_get_default_buffer_type": (_p, [_p]),
    "ggml_backend_alloc_ctx_tensors": (_p, [_p, _p]),
    "ggml_backend_buffer_free": (None, [_p]),
    "ggml_backend_buffer_get_size": (c_size_t, [_p]),
    "ggml_backend_tensor_set": (None, [T, c_void_p, c_size_t, c_size_t]),
    "ggml_backend_tensor_get": (None, [T, c_void_p, c_size_t, c_size_t]),
    "ggml_backend_graph_compute": (c_int, [_p, _p]),
    "ggml_backend_dev_count": (c_size_t, []),
    "ggml_backend_dev_get": (_p, [c_size_t]),
    "ggml_backend_dev_name": (c_char_p, [_p]),
    "ggml_backend_dev_description": (c_char_p, [_p]),
    "ggml_backend_dev_type": (c_int, [_p]),
    "ggml_backend_dev_memory": (None, [_p, POINTER(c_size_t), POINTER(c_size_t)]),
    "ggml_backend_dev_init": (_p, [_p, c_char_p]),
    "ggml_backend_get_device": (_p, [_p]),
    "ggml_backend_supports_op": (c_bool, [_p, T]),
    "ggml_backend_buft_get_alignment": (c_size_t, [_p]),
    "ggml_backend_buft_get_max_size": (c_size_t, [_p]),
    "ggml_backend_buft_get_alloc_size": (c_size_t, [_p, T]),
    "ggml_backend_buft_alloc_buffer": (_p, [_p, c_size_t]),
    "ggml_backend_buffer_get_base": (c_void_p, [_p]),
    "ggml_backend_buffer_name": (c_char_p, [_p]),
    "ggml_backend_buffer_set_usage": (None, [_p, c_int]),
    "ggml_backend_tensor_alloc": (c_int, [_p, T, c_void_p]),
    "ggml_backend_sched_new": (_p, [POINTER(c_void_p), POINTER(c_void_p), c_int, c_size_t,
                                    c_bool, c_bool]),
    "ggml_backend_sched_free": (None, [_p]),
    "ggml_backend_sched_reset": (None, [_p]),
    "ggml_backend_sched_alloc_graph": (c_bool, [_p, _p]),
    "ggml_backend_sched_graph_compute": (c_int, [_p, _p]),
    "ggml_backend_sched_get_buffer_size": (c_size_t, [_p, _p]),
    "ggml_backend_sched_get_n_splits": (c_int, [_p]),
    "ggml_backend_sched_get_tensor_backend": (_p, [_p, T]),
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


def gpu_devices() -> list[int]:
    """ggml devices that are GPUs, discrete ones first, then integrated (IGPU) ones.

    CUDA and Vulkan report the GPU inside most laptops as IGPU; asking ggml only for type GPU
    would leave those machines on the CPU.
    """
    from app.core import hardware

    hardware.load_backends()  # GGML_BACKEND_DL builds load their GPU backends on demand
    g = lib()
    found: dict[int, list[int]] = {GGML_BACKEND_DEVICE_TYPE_GPU: [],
                                   GGML_BACKEND_DEVICE_TYPE_IGPU: []}
    for i in range(g.ggml_backend_dev_count()):
        dev = g.ggml_backend_dev_get(i)
        kind = g.ggml_backend_dev_type(dev)
        if kind in found:
            found[kind].append(dev)
    return found[GGML_BACKEND_DEVICE_TYPE_GPU] + found[GGML_BACKEND_DEVICE_TYPE_IGPU]


def device_memory(dev: int) -> tuple[int, int]:
    """A device's (free, total) memory in bytes."""
    free, total = c_size_t(), c_size_t()
    lib().ggml_backend_dev_memory(dev, ctypes.byref(free), ctypes.byref(total))
    return int(free.value), int(total.value)


class Backend:
    """Where the vision engine computes: the CPU, or a GPU device together with the CPU.

    With a device, graphs run through ggml's scheduler over (device, CPU): each op runs where
    its weights live, ops the device lacks fall back to the CPU, and tensors cross between the
    two as needed — what llama.cpp does for ``-ngl``. Without one, graphs run on the CPU alone.
    ``failure`` says why a device that was asked for is not used (it failed to start).
    """

    def __init__(self, *, gpu: bool = False, threads: int | None = None) -> None:
        g = lib()
        self.device: int | None = None  # the device backend's handle
        self.device_name = ""  # e.g. "Vulkan0"
        self.device_description = ""  # e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
        self.failure: str | None = None
        self._sched: int | None = None
        self._sched_size = 0
        # The CPU through the device API, not ggml_backend_cpu_init: in GGML_BACKEND_DL builds
        # (the GPU installers) the CPU backend is a module libggml does not link.
        from app.core import hardware

        hardware.load_backends()
        cpu = g.ggml_backend_dev_by_type(GGML_BACKEND_DEVICE_TYPE_CPU)
        self.cpu = g.ggml_backend_dev_init(cpu, None) if cpu else None
        if not self.cpu:
            raise RuntimeError("ggml could not start a compute backend")
        if threads:
            set_threads = g.ggml_backend_reg_get_proc_address(
                g.ggml_backend_dev_backend_reg(cpu), b"ggml_backend_set_n_threads")
            if set_threads:
                ctypes.CFUNCTYPE(None, c_void_p, c_int)(set_threads)(self.cpu, int(threads))
        if gpu:
            devices = gpu_devices()
            if devices:
                dev = devices[0]
                name = (g.ggml_backend_dev_name(dev) or b"GPU").decode(errors="replace")
                handle = g.ggml_backend_dev_init(dev, None)
                if handle:
                    self.device = handle
                    self.device_name = name
                    self.device_description = (g.ggml_backend_dev_description(dev)
                                               or b"").decode(errors="replace")
                else:
                    self.failure = f"{name} could not be started"
        self.handle = self.device or self.cpu

    @property
    def name(self) -> str:
        return lib().ggml_backend_name(self.handle).decode()

    @property
    def on_device(self) -> bool:
        """True when a GPU device takes part (graphs go through the scheduler)."""
        return self.device is not None

    def memory(self) -> tuple[int, int]:
        """The device's (free, total) memory; (0, 0) on the CPU alone."""
        if self.device is None:
            return 0, 0
        return device_memory(lib().ggml_backend_get_device(self.device))

    def handle_for(self, on_device: bool) -> int:
        """The device's backend when ``on_device`` and there is one, else the CPU's."""
        return self.device if on_device and self.device else self.cpu

    def scheduler(self, graph_size: int) -> int:
        """ggml's scheduler over (device, CPU), big enough for ``graph_size`` nodes."""
        g = lib()
        if self._sched is None or graph_size > self._sched_size:
            if self._sched is not None:
                g.ggml_backend_sched_free(self._sched)
            backends = (c_void_p * 2)(self.device, self.cpu)
            # op_offload off: an op on CPU-resident weights stays on the CPU rather than
            # copying those weights to the device on every large batch.
            self._sched = g.ggml_backend_sched_new(backends, None, 2, graph_size, False, False)
            if not self._sched:
                raise RuntimeError("ggml could not create its backend scheduler")
            self._sched_size = graph_size
        return self._sched

    def compute_bytes(self) -> int:
        """Bytes the scheduler holds for intermediate results on both backends."""
        if self._sched is None:
            return 0
        g = lib()
        return int(g.ggml_backend_sched_get_buffer_size(self._sched, self.device)
                   + g.ggml_backend_sched_get_buffer_size(self._sched, self.cpu))

    def close(self) -> None:
        g = lib()
        if getattr(self, "_sched", None):
            g.ggml_backend_sched_free(self._sched)
            self._sched = None
        if getattr(self, "device", None):
            g.ggml_backend_free(self.device)
            self.device = None
        if getattr(self, "cpu", None):
            g.ggml_backend_free(self.cpu)
            self.cpu = None
        self.handle = None

    def __del__(self) -> None:
        self.close()


def buffer_backend(t: ctypes._Pointer) -> str:
    """The name of the buffer holding ``t`` ("CPU", "Vulkan0", …): where it lives."""
    buf = t.contents.buffer
    return lib().ggml_backend_buffer_name(buf).decode() if buf else ""


def allocate(tensors: list[ctypes._Pointer], handle: int, *, usage: int = 0) -> list[int]:
    """Allocate ``tensors`` in buffers of ``handle``'s memory; returns the buffers.

    Several buffers when the backend caps one allocation (Vulkan devices often allow 2–4 GB
    per buffer, less than an 11B's weights). Returns [] and frees what it took when the memory
    is not there.
    """
    g = lib()
    buft = g.ggml_backend_get_default_buffer_type(handle)
    align = int(g.ggml_backend_buft_get_alignment(buft)) or 1
    limit = int(g.ggml_backend_buft_get_max_size(buft))
    chunks: list[tuple[list[tuple[ctypes._Pointer, int]], int]] = []
    current: list[tuple[ctypes._Pointer, int]] = []
    size = 0
    for t in tensors:
        n = -(-int(g.ggml_backend_buft_get_alloc_size(buft, t)) // align) * align
        if n > limit:
            return []
        if current and size + n > limit:
            chunks.append((current, size))
            current, size = [], 0
        current.append((t, size))
        size += n
    if current:
        chunks.append((current, size))
    buffers: list[int] = []
    for members, total in chunks:
        buf = g.ggml_backend_buft_alloc_buffer(buft, max(total, align))
        if not buf:
            for b in buffers:
                g.ggml_backend_buffer_free(b)
            return []
        g.ggml_backend_buffer_set_usage(buf, usage)
        base = int(g.ggml_backend_buffer_get_base(buf))
        for t, offset in members:
            g.ggml_backend_tensor_alloc(buf, t, base + offset)
        buffers.append(buf)
    return buffers


class Buffer:
    """Persistent F32 tensors (caches), zero-initialised, each on the device or the CPU.

    ``on_device(name)`` places each tensor (default: all where the backend computes).
    """

    def __init__(self, backend: Backend, specs: dict[str, tuple[int, ...]],
                 on_device: Callable[[str], bool] | None = None) -> None:
        g = lib()
        self.ctx = g.ggml_init(InitParams(g.ggml_tensor_overhead() * (len(specs) + 1), None,
                                          True))
        self.tensors: dict[str, ctypes._Pointer] = {}
        groups: dict[int, list[ctypes._Pointer]] = {}
        for name, dims in specs.items():
            maker = getattr(g, f"ggml_new_tensor_{len(dims)}d")
            t = maker(self.ctx, GGML_TYPE_F32, *dims)
            g.ggml_set_name(t, name.encode())
            self.tensors[name] = t
            where = backend.handle_for(on_device(name) if on_device else True)
            groups.setdefault(where, []).append(t)
        self.buffers: list[int] = []
        for handle, members in groups.items():
            taken = allocate(members, handle)
            if not taken:
                self.close()
                raise InsufficientMemoryError(
                    "There is not enough free memory for the model's context.",
                    hint="Close other programs or choose a smaller context size.")
            self.buffers += taken
        for t in self.tensors.values():
            set_data(t, np.zeros(lib().ggml_nbytes(t) // 4, dtype=np.float32))

    def __getitem__(self, name: str) -> ctypes._Pointer:
        return self.tensors[name]

    def close(self) -> None:
        g = lib()
        self.tensors = {}
        for buf in getattr(self, "buffers", []):
            g.ggml_backend_buffer_free(buf)
        self.buffers = []
        if getattr(self, "ctx", None):
            g.ggml_free(self.ctx)
            self.ctx = None

    def __del__(self) -> None:
        self.close()


class Allocator:
    """Compute memory kept from one graph to the next (on the CPU alone; the scheduler keeps
    its own on a device). A graph with its own allocator maps fresh pages that the kernel
    zeroes on first touch; a run of graphs (the steps of one picture) sharing one reuses
    them, growing the memory when a graph needs more."""

    def __init__(self, backend: Backend) -> None:
        g = lib()
        self.handle = None if backend.on_device else g.ggml_gallocr_new(
            g.ggml_backend_get_default_buffer_type(backend.handle))

    def close(self) -> None:
        if getattr(self, "handle", None):
            lib().ggml_gallocr_free(self.handle)
            self.handle = None

    def __enter__(self) -> Allocator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


class Graph:
    """One computation: a no-alloc context for its tensors, its graph, and an allocator.

    Build with ``ctx`` and the ops from :func:`lib`; mark inputs with :meth:`input`; then
    :meth:`compute` allocates on the backend, copies inputs in and runs. ``allocator`` shares
    compute memory with other graphs (see :class:`Allocator`).
    """

    def __init__(self, backend: Backend, max_nodes: int = 8192,
                 allocator: Allocator | None = None) -> None:
        g = lib()
        self.backend = backend
        self.shared = allocator.handle if allocator is not None else None
        self.max_nodes = max_nodes
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
        if self.backend.on_device:
            # Device + CPU through the scheduler: it splits the graph where tensors live and
            # sends ops the device lacks to the CPU.
            sched = self.backend.scheduler(2 * self.max_nodes + 1024)
            g.ggml_backend_sched_reset(sched)
            allocated = g.ggml_backend_sched_alloc_graph(sched, self.graph)
        else:
            allocr = self.shared
            if not allocr:
                allocr = self._allocr = g.ggml_gallocr_new(
                    g.ggml_backend_get_default_buffer_type(self.backend.handle))
            allocated = g.ggml_gallocr_alloc_graph(allocr, self.graph)
        if not allocated:
            raise InsufficientMemoryError(
                "There is not enough free memory to run this step of the model.",
                hint="Close other programs, or use a smaller picture or context.")
        for t, array in self._inputs:
            if t.contents.buffer:  # an input no output depends on is left unallocated
                set_data(t, array)
        if self.backend.on_device:
            status = g.ggml_backend_sched_graph_compute(sched, self.graph)
        else:
            status = g.ggml_backend_graph_compute(self.backend.handle, self.graph)
        if status != 0:
            raise RuntimeError(f"ggml graph compute failed (status {status})")
        return [get_data(out) for out in outputs]

    def compute_bytes(self) -> int:
        """Bytes the allocator reserved for intermediate results (after :meth:`compute`)."""
        if self.backend.on_device:
            return self.backend.compute_bytes()
        allocr = self.shared or self._allocr
        return int(lib().ggml_gallocr_get_buffer_size(allocr, 0)) if allocr else 0

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


__all__ = ["GGML_VERSION", "Allocator", "Backend", "Buffer", "Graph", "Tensor", "allocate",
           "buffer_backend", "c_int32", "device_memory", "get_data", "gpu_devices", "lib",
           "library_dir", "set_data", "shape"]
