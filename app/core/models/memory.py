"""How much memory a model needs with a given context, decided before loading it.

Loading a model that does not fit makes the OS swap until the machine is unusable; llama.cpp
itself only notices when an allocation fails. Hearth estimates first and refuses with numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.errors import QT_TRANSLATE_NOOP, InsufficientMemoryError
from app.core.hardware import Device
from app.core.models.gguf_file import GGUFInfo, fmt_bytes
from app.core.models.names import display_name
from app.core.texts import render

# Room left for the OS, the window and everything else that runs beside the model.
HEADROOM_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class MemoryEstimate:
    """Bytes needed, split the way users can act on (quantization vs. context size)."""

    weights: int
    kv_cache: int
    compute: int

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute


def estimate_memory(info: GGUFInfo, n_ctx: int, n_batch: int = 512) -> MemoryEstimate:
    """Weights (the file's tensors), an f16 KV cache for ``n_ctx`` and llama.cpp's buffers."""
    n_ctx = max(1, n_ctx)
    kv_per_token = 2 * info.n_layer * info.n_head_kv * info.head_dim * 2  # K and V, f16
    tokens = info.metadata.get("tokenizer.ggml.tokens")  # a list, or SkippedArray (its length)
    n_vocab = (len(tokens) if isinstance(tokens, list) else int(tokens or 0)) or 32000
    n_embd = max(info.n_embd, 1)
    # Logits for a batch plus activations and attention scores for one micro-batch.
    compute = (
        n_batch * n_vocab * 4
        + n_batch * n_embd * 4 * 12
        + min(n_ctx, 8192) * n_batch * max(info.n_head, 1) * 4 // 4
    )
    return MemoryEstimate(weights=info.size_bytes, kv_cache=kv_per_token * n_ctx, compute=compute)


def check_fits(info: GGUFInfo, n_ctx: int, available: int, n_batch: int = 512,
               n_gpu_layers: int = 0) -> MemoryEstimate:
    """Raise :class:`InsufficientMemoryError` with the numbers when the model cannot fit in RAM
    (the part of it that is not offloaded to a GPU)."""
    full = estimate_memory(info, n_ctx, n_batch)
    share = ram_share(info, n_gpu_layers)
    est = MemoryEstimate(int(full.weights * share), int(full.kv_cache * share), full.compute)
    ensure_fits(display_name(info.path), est, n_ctx, available)
    return est


SMALLER_MODEL = QT_TRANSLATE_NOOP("core", "a smaller model or quantization")
SMALLER_QUANT = QT_TRANSLATE_NOOP("core", "a smaller quantization")


def ensure_fits(name: str, est: MemoryEstimate, n_ctx: int, available: int,
                smaller: str = SMALLER_MODEL) -> None:
    """Raise :class:`InsufficientMemoryError`, with the numbers and what to change, when
    ``est`` does not fit in ``available`` bytes less the headroom."""
    if est.total <= available - HEADROOM_BYTES:
        return
    if est.kv_cache > est.total // 4 and n_ctx > 2048:
        hint = QT_TRANSLATE_NOOP("core", "Close other apps, lower the context size (now "
                                 "{n_ctx} tokens), or choose {smaller} (for example Q4_K_M).")
    else:
        hint = QT_TRANSLATE_NOOP("core", "Close other apps, or choose {smaller} (for example "
                                 "Q4_K_M).")
    raise InsufficientMemoryError.of(
        QT_TRANSLATE_NOOP("core", "{name} needs about {total} ({weights} weights + {context} "
                          "context + {compute} working memory), but only {available} of "
                          "memory is free."),
        hint=hint, name=name, total=fmt_bytes(est.total), weights=fmt_bytes(est.weights),
        context=fmt_bytes(est.kv_cache), compute=fmt_bytes(est.compute),
        available=fmt_bytes(max(available, 0)), n_ctx=f"{n_ctx:,}", smaller=smaller,
    )



def check_pair_fits(target: GGUFInfo, draft: GGUFInfo, n_ctx: int, available: int,
                    n_batch: int = 512, target_gpu_layers: int = 0,
                    draft_gpu_layers: int = 0) -> MemoryEstimate:
    """Like :func:`check_fits` for speculative decoding: both models, each with its own KV
    cache for ``n_ctx`` tokens, must fit in RAM together (the parts not offloaded)."""
    parts = []
    for info, layers in ((target, target_gpu_layers), (draft, draft_gpu_layers)):
        full = estimate_memory(info, n_ctx, n_batch)
        share = ram_share(info, layers)
        parts.append(MemoryEstimate(int(full.weights * share), int(full.kv_cache * share),
                                    full.compute))
    est = MemoryEstimate(sum(p.weights for p in parts), sum(p.kv_cache for p in parts),
                         sum(p.compute for p in parts))
    if est.total > available - HEADROOM_BYTES:
        raise InsufficientMemoryError(
            f"{display_name(target.path)} with {display_name(draft.path)} as its draft needs "
            f"about {fmt_bytes(est.total)} "
            f"({fmt_bytes(parts[0].total)} + {fmt_bytes(parts[1].total)} for the draft), "
            f"but only {fmt_bytes(max(available, 0))} of memory is free.",
            hint="Turn the draft model off, lower the context size, or close other apps.",
        )
    return est


# VRAM kept free for the driver, the desktop and other apps.
VRAM_RESERVE_BYTES = 768 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class OffloadPlan:
    """How many layers go to which GPU, and a sentence saying why."""

    n_gpu_layers: int
    device: str | None
    reason: str


def plan_offload(info: GGUFInfo, n_ctx: int, gpus: Sequence[Device], n_batch: int = 512
                 ) -> OffloadPlan:
    """Choose GPU layers from free VRAM, the model's size and the context's KV cache.

    llama.cpp offloads the repeating layers first and the output layer last; ``n_layer + 1``
    means everything. A layer costs its share of the weights plus its share of the KV cache.
    """
    usable = [g for g in gpus if g.is_gpu and g.free_memory > 0]
    if not usable:
        return OffloadPlan(0, None, "No GPU that llama.cpp can use: running on the CPU.")
    gpu = max(usable, key=lambda g: g.free_memory)
    est = estimate_memory(info, n_ctx, n_batch)
    n_layer = max(info.n_layer, 1)
    per_layer = est.weights / (n_layer + 1) + est.kv_cache / n_layer
    budget = gpu.free_memory - VRAM_RESERVE_BYTES - est.compute
    label = gpu.description or gpu.name
    if budget >= est.weights + est.kv_cache:
        return OffloadPlan(n_layer + 1, gpu.name,
                           f"All {n_layer + 1} layers on {label} "
                           f"({fmt_bytes(gpu.free_memory)} free).")
    layers = max(0, min(n_layer, int(budget // per_layer))) if per_layer > 0 else 0
    if layers == 0:
        return OffloadPlan(0, gpu.name, f"{label} has too little free memory "
                           f"({fmt_bytes(gpu.free_memory)}): running on the CPU.")
    return OffloadPlan(layers, gpu.name,
                       f"{layers} of {n_layer + 1} layers on {label} "
                       f"({fmt_bytes(gpu.free_memory)} free), the rest on the CPU.")


def ram_share(info: GGUFInfo, n_gpu_layers: int) -> float:
    """The fraction of weights and KV cache that stays in RAM with ``n_gpu_layers`` offloaded."""
    n_layer = max(info.n_layer, 1)
    return 1.0 - min(max(n_gpu_layers, 0), n_layer + 1) / (n_layer + 1)


# KV cache bytes per token (f16 K and V) of the Llama models in the catalog, by size class:
# layers × KV heads × head dim × 2 (K, V) × 2 bytes. Used before a file is on disk.
_LLAMA_KV_PER_TOKEN = (
    (2e9, 16 * 8 * 64 * 4),     # Llama 3.2 1B
    (4e9, 28 * 8 * 128 * 4),    # Llama 3.2 3B
    (9e9, 32 * 8 * 128 * 4),    # Llama 3.1 8B
    (float("inf"), 40 * 8 * 128 * 4),  # Llama 3.2 11B Vision (text part)
)

Fit = str  # "green" | "yellow" | "red"


@dataclass(frozen=True, slots=True)
class FitReport:
    """Whether a download would run here at a context size, in a colour and a sentence."""

    fit: Fit
    needed: int
    available: int
    summary: str
    # The summary's marked template and its parameters, for the window's languages.
    template: str = field(default="", compare=False)
    params: dict[str, str] = field(default_factory=dict, compare=False)


def _report(fit: Fit, needed: int, available: int, template: str) -> FitReport:
    params = {"needed": fmt_bytes(needed), "free": fmt_bytes(available)}
    return FitReport(fit, needed, available, render(template, params), template, params)


def fit_for_size(size_bytes: int, parameters: int, n_ctx: int, available_ram: int,
                 gpus: Sequence[Device] = ()) -> FitReport:
    """Judge a model file that is not downloaded yet (catalog sizes, Llama shapes).

    Green: fits with room to spare (in VRAM when there is a GPU). Yellow: fits, but tightly
    or only partly on the GPU, so it will be slower. Red: does not fit at all.
    """
    kv_per_token = next(kv for limit, kv in _LLAMA_KV_PER_TOKEN if parameters < limit)
    needed = int(size_bytes + kv_per_token * n_ctx + 128 * 1024 * 1024 + HEADROOM_BYTES)
    vram = max((g.free_memory for g in gpus if g.is_gpu), default=0)
    if vram and needed <= vram - VRAM_RESERVE_BYTES:
        return _report("green", needed, vram,
                       QT_TRANSLATE_NOOP("core", "Fits on the GPU ({needed} of {free} free)."))
    if needed <= available_ram * 0.75:
        if not vram:
            return _report("green", needed, available_ram, QT_TRANSLATE_NOOP(
                "core", "Fits in memory ({needed} of {free} free)."))
        return _report("yellow", needed, available_ram, QT_TRANSLATE_NOOP(
            "core", "Fits in memory, partly on the GPU ({needed} of {free} free)."))
    if needed <= available_ram:
        return _report("yellow", needed, available_ram, QT_TRANSLATE_NOOP(
            "core", "Tight: needs {needed} of {free} free; close other apps or use a smaller "
            "context."))
    return _report("red", needed, available_ram, QT_TRANSLATE_NOOP(
        "core", "Does not fit: needs {needed}, {free} free."))
