"""How much memory a model needs with a given context, decided before loading it.

Loading a model that does not fit makes the OS swap until the machine is unusable; llama.cpp
itself only notices when an allocation fails. Hearth estimates first and refuses with numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import InsufficientMemoryError
from app.core.models.gguf_file import GGUFInfo, fmt_bytes

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
    n_vocab = int(info.metadata.get("tokenizer.ggml.tokens") or 32000)
    n_embd = max(info.n_embd, 1)
    # Logits for a batch plus activations and attention scores for one micro-batch.
    compute = (
        n_batch * n_vocab * 4
        + n_batch * n_embd * 4 * 12
        + min(n_ctx, 8192) * n_batch * max(info.n_head, 1) * 4 // 4
    )
    return MemoryEstimate(weights=info.size_bytes, kv_cache=kv_per_token * n_ctx, compute=compute)


def check_fits(info: GGUFInfo, n_ctx: int, available: int, n_batch: int = 512) -> MemoryEstimate:
    """Raise :class:`InsufficientMemoryError` with the numbers when the model cannot fit."""
    est = estimate_memory(info, n_ctx, n_batch)
    budget = available - HEADROOM_BYTES
    if est.total > budget:
        hints = ["Close other apps"]
        if est.kv_cache > est.total // 4 and n_ctx > 2048:
            hints.append(f"lower the context size (now {n_ctx:,} tokens)")
        hints.append("or choose a smaller model or quantization (for example Q4_K_M)")
        raise InsufficientMemoryError(
            f"{info.name} needs about {fmt_bytes(est.total)} "
            f"({fmt_bytes(est.weights)} weights + {fmt_bytes(est.kv_cache)} context + "
            f"{fmt_bytes(est.compute)} working memory), but only {fmt_bytes(max(available, 0))} "
            "of memory is free.",
            hint=", ".join(hints) + ".",
        )
    return est
