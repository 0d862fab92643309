"""The Llama 3.2 Vision text decoder (self- and gated cross-attention layers) on ggml.

Self-attention layers are Llama 3.1's (GQA, llama3-scaled RoPE from ``rope_freqs.weight``,
KV cache). Cross-attention layers attend to the projected image tokens of the picture's real
tiles; their K/V are computed once per image (:meth:`TextDecoder.set_image`) and kept.
Text rows before the image skip the cross layers (Meta's reference; transformers instead lets
them attend every tile with the MLP zeroed). Without an image the cross layers are skipped
entirely, as in both references.

GGUF conventions undone here: q/k rows are permuted for ggml's RoPE (harmless, as both sides
of every dot product carry it), but the cross-attention q/k norm weights were stored
unpermuted; they are permuted at load so the per-head RMSNorm sees matching rows.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Callable, Iterator

import numpy as np

from app.core.vision.ggml import (
    GGML_ROPE_TYPE_NORMAL,
    Backend,
    Buffer,
    Graph,
    lib,
    set_data,
)
from app.core.vision.gguf_layout import TextHParams
from app.core.vision.weights import GGUFWeights

Ptr = ctypes._Pointer


def permute_norm(weight: np.ndarray) -> np.ndarray:
    """A per-head norm weight in the row order of a RoPE-permuted projection."""
    return weight.reshape(2, -1).T.reshape(-1)


def fix_up(name: str, values: np.ndarray) -> np.ndarray:
    """Load-time fixes for mllama text GGUFs (see the module docstring)."""
    if name.endswith(("cross_attn_q_norm.weight", "cross_attn_k_norm.weight")):
        return permute_norm(values)
    return values


class TextDecoder:
    """Runs the text model; keeps the KV cache and the current image's cross K/V."""

    def __init__(self, weights: GGUFWeights, hp: TextHParams, backend: Backend,
                 n_ctx: int = 2048, *, flash_attention: bool = True,
                 layer_on_device: Callable[[int], bool] | None = None) -> None:
        self.w = weights
        # A layer's KV cache and cross K/V live where its weights do (the device, or the CPU
        # for layers left there by a partial offload).
        self.layer_on_device = layer_on_device or (lambda _i: True)
        # Fused attention reads K/V in place (no per-token copy of the V cache).
        self.flash_attention = flash_attention
        self.hp = hp
        self.backend = backend
        self.n_ctx = n_ctx
        kv = hp.kv_heads
        self.cache = Buffer(backend, {
            f"{kind}{i}": (hp.head_dim, kv, n_ctx)
            for i in range(hp.layers) if i not in hp.cross_layers for kind in ("k", "v")
        }, on_device=self._name_on_device)
        self.cross: Buffer | None = None
        self.n_image_tokens = 0
        self.n_past = 0

    def _name_on_device(self, name: str) -> bool:
        """Placement of a cache tensor named like ``k12``/``v12``/``vt3`` (by its layer)."""
        return self.layer_on_device(int(re.sub(r"^\D+", "", name)))

    # -- image ---------------------------------------------------------------------------------

    def set_image(self, states: np.ndarray | None) -> None:
        """Compute and keep the cross-attention K/V of ``states`` (tokens, hidden), or clear."""
        for _ in self.image_steps(states):
            pass

    def image_steps(self, states: np.ndarray | None) -> Iterator[float]:
        """:meth:`set_image` one cross-attention layer at a time, yielding the share done
        after each (the 11B's eight layers take seconds on a CPU: progress keeps moving, and a
        caller may stop between layers). Stopped early, the image is not set."""
        if self.cross is not None:
            self.cross.close()
            self.cross = None
            self.n_image_tokens = 0
        if states is None:
            return
        g = lib()
        hp = self.hp
        n = int(states.shape[0])
        # V is kept transposed, (tokens, head_dim, kv_heads): attention then multiplies it
        # directly, with no per-token copy.
        cross = Buffer(self.backend, {
            name: shape for i in hp.cross_layers for name, shape in (
                (f"k{i}", (hp.head_dim, hp.kv_heads, n)), (f"vt{i}", (n, hp.head_dim, hp.kv_heads)))
        }, on_device=self._name_on_device)
        kept: Buffer | None = None
        done = False
        try:
            # The states go to the backend once, not once per layer (105 MB for the 11B).
            kept = Buffer(self.backend, {"cross_states": (int(states.shape[1]), n)},
                          on_device=lambda _: any(map(self.layer_on_device, hp.cross_layers)))
            set_data(kept["cross_states"], states.astype(np.float32, copy=False))
            s = kept["cross_states"]
            for step, i in enumerate(hp.cross_layers, 1):
                with Graph(self.backend, max_nodes=48) as graph:
                    ctx = graph.ctx
                    b = f"blk.{i}."
                    k = g.ggml_mul_mat(ctx, self.w[b + "cross_attn_k_proj.weight"], s)
                    k = g.ggml_reshape_3d(ctx, k, hp.head_dim, hp.kv_heads, n)
                    k = g.ggml_mul(ctx, g.ggml_rms_norm(ctx, k, hp.eps),
                                   self.w[b + "cross_attn_k_norm.weight"])
                    v = g.ggml_mul_mat(ctx, self.w[b + "cross_attn_v_proj.weight"], s)
                    v = g.ggml_reshape_3d(ctx, v, hp.head_dim, hp.kv_heads, n)
                    graph.expand(g.ggml_cpy(ctx, k, cross[f"k{i}"]))
                    vt = g.ggml_permute(ctx, v, 1, 2, 0, 3)  # (n, head_dim, kv_heads)
                    graph.expand(g.ggml_cpy(ctx, vt, cross[f"vt{i}"]))
                    graph.compute()
                if step == len(hp.cross_layers):
                    self.cross, self.n_image_tokens, done = cross, n, True
                yield step / len(hp.cross_layers)
        finally:
            if kept is not None:
                kept.close()
            if not done:
                cross.close()

    # -- text ----------------------------------------------------------------------------------

    def reset(self, keep: int = 0) -> None:
        """Forget the KV cache after the first ``keep`` tokens."""
        self.n_past = min(keep, self.n_past)

    def _attend(self, ctx: int, q: Ptr, k: Ptr, v: Ptr, mask: Ptr | None, n_q: int) -> Ptr:
        """softmax(q·k/√d + mask)·v for q (d, heads, n_q) and k, v (d, kv_heads, n_kv)."""
        g = lib()
        hp = self.hp
        q = g.ggml_permute(ctx, q, 0, 2, 1, 3)  # (d, n_q, heads)
        k = g.ggml_permute(ctx, k, 0, 2, 1, 3)  # (d, n_kv, kv_heads)
        scale = 1.0 / math.sqrt(hp.head_dim)
        if self.flash_attention:
            v = g.ggml_permute(ctx, v, 0, 2, 1, 3)
            out = g.ggml_flash_attn_ext(ctx, q, k, v, mask, scale, 0.0, 0.0)  # (d, heads, n_q)
            return g.ggml_reshape_2d(ctx, out, hp.hidden, n_q)
        v = g.ggml_cont(ctx, g.ggml_permute(ctx, v, 1, 2, 0, 3))  # (n_kv, d, kv_heads)
        kq = g.ggml_mul_mat(ctx, k, q)  # (n_kv, n_q, heads)
        kq = g.ggml_soft_max_ext(ctx, kq, mask, scale, 0.0)
        out = g.ggml_mul_mat(ctx, v, kq)  # (d, n_q, heads)
        out = g.ggml_cont(ctx, g.ggml_permute(ctx, out, 0, 2, 1, 3))
        return g.ggml_reshape_2d(ctx, out, hp.hidden, n_q)

    # Query rows per block in cross-attention: bounds the (image tokens × rows × heads) score
    # matrix of a long prompt (6404 image tokens × 64 × 32 heads = 52 MB).
    CROSS_ROWS = 64

    def _cross_attend(self, ctx: int, q: Ptr, k: Ptr, vt: Ptr, n_q: int) -> Ptr:
        """Attention of q (d, heads, n_q) to the image's k (d, kv_heads, n) and vt (n, d, kv).

        Plain matrix products, not ggml's fused kernel: for one query row over thousands of
        image tokens the products run about 3.5× faster on CPU (bench/mllama.py), and V needs
        no per-token transpose because it is stored transposed.
        """
        g = lib()
        hp = self.hp
        scale = 1.0 / math.sqrt(hp.head_dim)
        k = g.ggml_permute(ctx, k, 0, 2, 1, 3)  # (d, n_kv, kv_heads)
        out = None
        for start in range(0, n_q, self.CROSS_ROWS):
            rows = min(self.CROSS_ROWS, n_q - start)
            part = g.ggml_view_3d(ctx, q, hp.head_dim, hp.heads, rows, q.contents.nb[1],
                                  q.contents.nb[2], start * q.contents.nb[2])
            part = g.ggml_permute(ctx, part, 0, 2, 1, 3)  # (d, rows, heads)
            kq = g.ggml_soft_max_ext(ctx, g.ggml_mul_mat(ctx, k, part), None, scale, 0.0)
            a = g.ggml_mul_mat(ctx, vt, kq)  # (d, rows, heads)
            a = g.ggml_reshape_2d(ctx, g.ggml_cont(ctx, g.ggml_permute(ctx, a, 0, 2, 1, 3)),
                                  hp.hidden, rows)
            out = a if out is None else g.ggml_concat(ctx, out, a, 1)
        assert out is not None
        return out

    def _mlp(self, ctx: int, x: Ptr, b: str) -> Ptr:
        g = lib()
        gate = g.ggml_silu(ctx, g.ggml_mul_mat(ctx, self.w[b + "ffn_gate.weight"], x))
        up = g.ggml_mul_mat(ctx, self.w[b + "ffn_up.weight"], x)
        return g.ggml_mul_mat(ctx, self.w[b + "ffn_down.weight"], g.ggml_mul(ctx, gate, up))

    def _norm(self, ctx: int, x: Ptr, name: str) -> Ptr:
        g = lib()
        return g.ggml_mul(ctx, g.ggml_rms_norm(ctx, x, self.hp.eps), self.w[name])

    def eval(self, tokens: list[int], image_rows: list[bool] | None = None,
             all_logits: bool = False) -> np.ndarray:
        """Feed ``tokens`` after the cached ones; return the last (or every) row's logits.

        ``image_rows[i]`` says whether token i comes at or after the image (attends to it).
        """
        g = lib()
        hp = self.hp
        n = len(tokens)
        if n == 0:
            raise ValueError("no tokens to evaluate")
        start = self.n_past
        n_kv = start + n
        if n_kv > self.n_ctx:
            raise ValueError(f"{n_kv} tokens exceed the context of {self.n_ctx}")
        use_cross = self.cross is not None
        rows = image_rows if image_rows is not None else [True] * n
        head, kv = hp.head_dim, hp.kv_heads
        n_nodes = 64 * hp.layers + 64
        with Graph(self.backend, max_nodes=n_nodes) as graph:
            ctx = graph.ctx
            ids = graph.input(np.array(tokens, dtype=np.int32), "tokens")
            pos = graph.input(np.arange(start, n_kv, dtype=np.int32), "positions")
            causal = np.triu(np.full((n, n_kv), -np.inf, dtype=np.float32), k=start + 1)
            if self.flash_attention:
                causal = causal.astype(np.float16)  # what ggml's fused kernel takes
            mask = graph.input(causal, "causal_mask")
            row_gate = graph.input(np.array(rows, dtype=np.float32).reshape(n, 1), "rows")
            factors = self.w.get("rope_freqs.weight")
            x = g.ggml_get_rows(ctx, self.w["token_embd.weight"], ids)
            for i in range(hp.layers):
                b = f"blk.{i}."
                if i in hp.cross_layers:
                    if not use_cross:
                        continue
                    h = self._norm(ctx, x, b + "attn_norm.weight")
                    q = g.ggml_mul_mat(ctx, self.w[b + "cross_attn_q_proj.weight"], h)
                    q = g.ggml_reshape_3d(ctx, q, head, hp.heads, n)
                    q = g.ggml_mul(ctx, g.ggml_rms_norm(ctx, q, hp.eps),
                                   self.w[b + "cross_attn_q_norm.weight"])
                    cross = self.cross
                    assert cross is not None
                    a = self._cross_attend(ctx, q, cross[f"k{i}"], cross[f"vt{i}"], n)
                    a = g.ggml_mul_mat(ctx, self.w[b + "cross_attn_o_proj.weight"], a)
                    gate = g.ggml_tanh(ctx, self.w[b + "cross_attn_attn_gate"])
                    x = g.ggml_add(ctx, x, g.ggml_mul(ctx, g.ggml_mul(ctx, a, gate), row_gate))
                    h = self._mlp(ctx, self._norm(ctx, x, b + "ffn_norm.weight"), b)
                    gate = g.ggml_tanh(ctx, self.w[b + "cross_attn_mlp_gate"])
                    x = g.ggml_add(ctx, x, g.ggml_mul(ctx, g.ggml_mul(ctx, h, gate), row_gate))
                    continue
                h = self._norm(ctx, x, b + "attn_norm.weight")
                q = g.ggml_reshape_3d(ctx, g.ggml_mul_mat(ctx, self.w[b + "attn_q.weight"], h),
                                      head, hp.heads, n)
                k = g.ggml_reshape_3d(ctx, g.ggml_mul_mat(ctx, self.w[b + "attn_k.weight"], h),
                                      head, kv, n)
                v = g.ggml_reshape_3d(ctx, g.ggml_mul_mat(ctx, self.w[b + "attn_v.weight"], h),
                                      head, kv, n)
                q = self._rope(ctx, q, pos, factors)
                k = self._rope(ctx, k, pos, factors)
                k_cache, v_cache = self.cache[f"k{i}"], self.cache[f"v{i}"]
                row_bytes = k_cache.contents.nb[2]
                for src, dst in ((k, k_cache), (v, v_cache)):
                    view = g.ggml_view_3d(ctx, dst, head, kv, n, dst.contents.nb[1], row_bytes,
                                          start * row_bytes)
                    graph.expand(g.ggml_cpy(ctx, src, view))
                k_all = g.ggml_view_3d(ctx, k_cache, head, kv, n_kv, k_cache.contents.nb[1],
                                       row_bytes, 0)
                v_all = g.ggml_view_3d(ctx, v_cache, head, kv, n_kv, v_cache.contents.nb[1],
                                       row_bytes, 0)
                a = self._attend(ctx, q, k_all, v_all, mask, n)
                x = g.ggml_add(ctx, x, g.ggml_mul_mat(ctx, self.w[b + "attn_output.weight"], a))
                h = self._mlp(ctx, self._norm(ctx, x, b + "ffn_norm.weight"), b)
                x = g.ggml_add(ctx, x, h)
            if not all_logits:
                x = g.ggml_view_2d(ctx, x, hp.hidden, 1, x.contents.nb[1],
                                   (n - 1) * x.contents.nb[1])
            x = self._norm(ctx, x, "output_norm.weight")
            out = self.w.get("output.weight") or self.w["token_embd.weight"]
            (logits,) = graph.compute(g.ggml_mul_mat(ctx, out, x))
        self.n_past = n_kv
        return logits.reshape(-1, logits.shape[-1])[:, : hp.vocab]

    def _rope(self, ctx: int, x: Ptr, pos: Ptr, factors: Ptr | None) -> Ptr:
        return lib().ggml_rope_ext(ctx, x, pos, factors, self.hp.head_dim, GGML_ROPE_TYPE_NORMAL,
                                   0, self.hp.rope_base, 1.0, 0.0, 1.0, 32.0, 1.0)

    def close(self) -> None:
        self.set_image(None)
        self.cache.close()
