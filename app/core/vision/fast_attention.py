"""Hearth's own CPU attention kernel for the vision encoder, as a node in a ggml graph.

The kernel (``_attention.c``, built with the package) blocks queries across the vector lanes
and keys in register tiles, in float32 like the reference; ggml's CPU flash attention walks
one query at a time. It runs on ggml's threads through ``ggml_custom_4d``, so a graph that
uses it computes, aborts and frees as any other. It is used where it was measured faster than
ggml's kernel: x86-64 with AVX-512F or AVX2+FMA, on the CPU backend. Before first use each
flavour is checked once against float64 attention on a small problem (about 0.1 s); a kernel
that misses (a miscompile, a CPU that lies about its features) is set aside. Everywhere else
(no compiler at install time, Arm, a GPU backend) :func:`kernel` is None and the encoder keeps
``ggml_flash_attn_ext``; :func:`describe` says which runs and why.
"""

from __future__ import annotations

import ctypes
import logging
import os
from ctypes import POINTER, c_char_p, c_float, c_int, c_int64, c_void_p
from dataclasses import dataclass
from functools import cache

import numpy as np

from app.core.vision.ggml import GGML_TYPE_F32, Tensor, lib

Ptr = ctypes._Pointer
log = logging.getLogger(__name__)

ISA_NAMES = {2: "AVX-512F", 1: "AVX2+FMA"}
# Set HEARTH_VISION_ATTENTION=ggml to keep ggml's flash attention (for comparisons), or
# avx2 to use the AVX2 flavour on an AVX-512 CPU.
_CHOICE_ENV = "HEARTH_VISION_ATTENTION"
# Largest difference from float64 attention a kernel may show on the check's problem: float32
# rounding there is ~3e-7; a wrong kernel is off by far more.
CHECK_TOLERANCE = 1e-5


class _Params(ctypes.Structure):
    _fields_ = [("scale", c_float), ("isa", c_int)]


@dataclass(frozen=True)
class AttentionKernel:
    """The loaded kernel: its instruction set and the op's address for ggml."""

    isa: int
    op: int  # address of hearth_attention_op (a ggml_custom_op_t)
    dll: ctypes.CDLL

    @property
    def name(self) -> str:
        return ISA_NAMES[self.isa]

    def attend(self, ctx: int, q: Ptr, k: Ptr, v: Ptr, mask: Ptr | None, scale: float) -> Ptr:
        """(head_dim, heads, n) attention of ``q`` (head_dim, n, heads) over ``k``, ``v``
        (head_dim, keys, heads); ``mask`` (n', keys) additive, n' >= n: the transpose of
        ``ggml_flash_attn_ext``'s, queries along its rows."""
        g = lib()
        head_dim, n, heads = (int(q.contents.ne[i]) for i in range(3))
        args = (POINTER(Tensor) * 4)(q, k, v, mask if mask is not None else POINTER(Tensor)())
        return g.ggml_custom_4d(ctx, GGML_TYPE_F32, head_dim, heads, n, 1, args,
                                4 if mask is not None else 3, self.op, -1,
                                ctypes.addressof(_params(scale, self.isa)))


@cache
def _params(scale: float, isa: int) -> _Params:
    """One params block per (scale, isa), alive for the process: graphs hold its address."""
    return _Params(scale, isa)


@cache
def _library() -> ctypes.CDLL | None:
    try:
        from app.core.vision import _attention
    except ImportError:
        return None
    dll = ctypes.CDLL(_attention.__file__)
    dll.hearth_attention_isa.restype = c_int
    dll.hearth_attention_isa.argtypes = []
    dll.hearth_attention_probe.restype = None
    dll.hearth_attention_probe.argtypes = [POINTER(Tensor), POINTER(c_int64), POINTER(c_void_p),
                                           POINTER(c_char_p)]
    return dll


def _layout_matches(dll: ctypes.CDLL) -> bool:
    """Whether the kernel's copy of ``struct ggml_tensor`` finds what libggml says is there."""
    from app.core.vision.ggml import InitParams

    g = lib()
    ctx = g.ggml_init(InitParams(16 * g.ggml_tensor_overhead(), None, True))
    try:
        t = g.ggml_new_tensor_3d(ctx, GGML_TYPE_F32, 3, 5, 7)
        g.ggml_set_name(t, b"probe")
        ne = (c_int64 * 4)()
        data, name = c_void_p(), c_char_p()
        dll.hearth_attention_probe(t, ne, ctypes.byref(data), ctypes.byref(name))
        return (list(ne) == [3, 5, 7, 1] and data.value == g.ggml_get_data(t)
                and name.value == b"probe")
    finally:
        g.ggml_free(ctx)


def cpu_isa() -> int:
    """The best flavour this CPU could run (2 AVX-512F, 1 AVX2+FMA, 0 none; 0 when not built)."""
    dll = _library()
    return int(dll.hearth_attention_isa()) if dll is not None else 0


def built() -> bool:
    """Whether the kernel's extension was built into this installation."""
    return _library() is not None


def flavour(isa: int | None = None) -> tuple[AttentionKernel | None, str]:
    """The kernel for ``isa`` (None: the CPU's best) after its check and a note on that check,
    or None and why not. Each flavour is checked once per process."""
    if not built():
        return None, "Hearth's kernel is not built into this installation"
    best = cpu_isa()
    isa = best if isa is None else isa
    if isa not in ISA_NAMES or isa > best:
        return None, ("this CPU has neither AVX-512F nor AVX2+FMA" if best == 0
                      else f"this CPU lacks {ISA_NAMES.get(isa, isa)}")
    return _checked(isa)


@cache
def _checked(isa: int) -> tuple[AttentionKernel | None, str]:
    dll = _library()
    assert dll is not None
    if not _layout_matches(dll):
        return None, "Hearth's kernel does not match this llama.cpp's tensor layout"
    op = ctypes.cast(dll.hearth_attention_op, c_void_p).value
    kern = AttentionKernel(isa, int(op or 0), dll)
    try:
        error = self_check(kern)
    except Exception as exc:  # a graph that cannot run: keep ggml's kernel
        error, why = float("nan"), f"{type(exc).__name__}: {exc}"
    else:
        why = f"{error:.1e} from float64 attention"
    if not error <= CHECK_TOLERANCE:
        log.warning("vision attention: the %s kernel failed its check (%s); using ggml's",
                    kern.name, why)
        return None, f"Hearth's {kern.name} kernel failed its check ({why})"
    return kern, why


def available_kernel(isa: int | None = None) -> AttentionKernel | None:
    """The kernel for instruction set ``isa`` (2 AVX-512F, 1 AVX2+FMA; None: the CPU's best),
    or None where it is not built, the CPU lacks it, or the layout or accuracy check fails."""
    return flavour(isa)[0]


def chosen() -> tuple[AttentionKernel | None, str]:
    """The kernel the encoder uses on the CPU backend, honouring HEARTH_VISION_ATTENTION, with
    :func:`flavour`'s note (or why ggml's kernel was chosen)."""
    choice = os.environ.get(_CHOICE_ENV, "").strip().lower()
    if choice == "ggml":
        return None, f"chosen by {_CHOICE_ENV}=ggml"
    return flavour(1 if choice == "avx2" else None)


def kernel() -> AttentionKernel | None:
    """The kernel the encoder uses on the CPU backend (None: ggml's flash attention)."""
    return chosen()[0]


def describe() -> str:
    """Which attention the encoder uses on the CPU, and why (``hearth doctor``'s line)."""
    kern, why = chosen()
    return f"Hearth's kernel, {kern.name}" if kern else f"ggml's flash attention ({why})"


def reference(q: np.ndarray, k: np.ndarray, v: np.ndarray, scale: float,
              mask: np.ndarray | None = None) -> np.ndarray:
    """Attention in numpy, float64: q (heads, n, d), k and v (heads, keys, d), mask (n, keys)
    additive; (heads, n, d). Rows that see no key come out as zeros, as the kernel's do."""
    s = np.einsum("hid,hjd->hij", q.astype(np.float64), k.astype(np.float64)) * scale
    if mask is not None:
        s = s + mask[None].astype(np.float64)
    top = s.max(axis=-1, keepdims=True)
    p = np.exp(s - np.where(np.isfinite(top), top, 0.0))
    total = p.sum(axis=-1, keepdims=True)
    out = np.einsum("hij,hjd->hid", p, v.astype(np.float64))
    return np.divide(out, total, out=np.zeros_like(out), where=total > 0)


def run(kern: AttentionKernel, q: np.ndarray, k: np.ndarray, v: np.ndarray, scale: float,
        mask: np.ndarray | None = None, threads: int = 2) -> np.ndarray:
    """The kernel on numpy inputs shaped as :func:`reference`'s, through a real ggml graph on
    the CPU backend (queries as a permuted view, as the encoder passes them)."""
    from app.core.vision.ggml import Backend, Graph

    heads, n, d = q.shape
    g = lib()
    backend = Backend(threads=threads)
    try:
        with Graph(backend, max_nodes=16) as graph:
            ctx = graph.ctx
            rows = graph.input(np.ascontiguousarray(q.transpose(1, 0, 2)).reshape(n, heads * d),
                               "q")
            qv = g.ggml_permute(ctx, g.ggml_reshape_3d(ctx, rows, d, heads, n), 0, 2, 1, 3)
            kk, vv = graph.input(k, "k"), graph.input(v, "v")
            m = None if mask is None else graph.input(np.ascontiguousarray(mask.T), "mask")
            out = graph.compute(kern.attend(ctx, qv, kk, vv, m, scale))[0]  # (n, heads, d)
    finally:
        backend.close()
    return out.reshape(n, heads, d).transpose(1, 0, 2)


def self_check(kern: AttentionKernel) -> float:
    """Largest difference from :func:`reference` on a small odd-shaped problem with a mask
    (what ``hearth --self-test`` reports)."""
    rng = np.random.default_rng(0)
    q, k, v = (rng.standard_normal((3, n, 24), dtype=np.float32) for n in (37, 101, 101))
    mask = np.zeros((37, 101), np.float32)
    mask[-5:, -9:] = -np.inf
    got = run(kern, q, k, v, 0.2, mask, threads=2)
    return float(np.abs(got - reference(q, k, v, 0.2, mask)).max())
