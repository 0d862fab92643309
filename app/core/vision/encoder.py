"""The Llama 3.2 Vision image encoder and projector as a ggml graph.

Follows HF transformers' MllamaVisionModel (and Meta's reference, which it equals here):
patch convolution → gated pre-tile embedding → class token → gated position and tile-position
embeddings → pre-LN → local layers (keeping the *inputs* of the intermediate layers) → post-LN
→ gated post-tile embedding → gated global layers; attention runs over all tiles jointly, each
tile padded to a multiple of 8 tokens, with padding queries kept off padding keys (the
reference's mask). Always ``max_tiles`` tiles, padded ones included, as the reference does.
Output per tile and token: [final | intermediates interleaved], then the projector.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

import numpy as np

from app.core.vision.ggml import GGML_TYPE_F32, Backend, Graph, lib
from app.core.vision.gguf_layout import VisionHParams, VisionNames
from app.core.vision.preprocess import PreparedImage
from app.core.vision.weights import GGUFWeights

Ptr = ctypes._Pointer


@dataclass(frozen=True, slots=True)
class ImageFeatures:
    """What the encoder makes of one image."""

    vision: np.ndarray  # (max_tiles, patches, output_dim): encoder output
    projected: np.ndarray  # (max_tiles, patches, text_hidden): cross-attention states
    num_tiles: int  # tiles holding the picture; the text attends to these only


def attention_mask(num_tiles: int, max_tiles: int, patches: int, padded: int) -> np.ndarray:
    """(L, L) additive mask: -inf where query and key are both padding (the reference's)."""
    pad = np.ones((max_tiles, padded), dtype=np.float32)
    pad[:num_tiles, :patches] = 0
    pad = pad.reshape(-1)
    return np.where(np.outer(pad, pad) > 0, -np.inf, 0).astype(np.float32)


class VisionEncoder:
    """Encodes prepared images with the weights of a projector (or single-file) GGUF."""

    def __init__(self, weights: GGUFWeights, hp: VisionHParams, names: VisionNames,
                 backend: Backend, *, flash_attention: bool = True) -> None:
        self.w = weights
        self.hp = hp
        self.names = names
        self.backend = backend
        # Fused attention never materialises the 16 × 6432² scores (2.6 GB per layer in F32).
        self.flash_attention = flash_attention

    def _ln(self, ctx: int, x: Ptr, name: str) -> Ptr:
        g = lib()
        x = g.ggml_norm(ctx, x, self.hp.eps)
        x = g.ggml_mul(ctx, x, self.w[name + ".weight"])
        return g.ggml_add(ctx, x, self.w[name + ".bias"])

    def _linear(self, ctx: int, x: Ptr, name: str) -> Ptr:
        g = lib()
        y = g.ggml_mul_mat(ctx, self.w[name + ".weight"], x)
        bias = self.w.get(name + ".bias")
        return g.ggml_add(ctx, y, bias) if bias else y

    def _layer(self, ctx: int, x: Ptr, prefix: str, mask: Ptr, length: int,
               gated: bool) -> Ptr:
        g = lib()
        hp, n = self.hp, self.names
        head_dim = hp.hidden // hp.heads
        h = self._ln(ctx, x, n.ln1.format(p=prefix))
        q = g.ggml_reshape_3d(ctx, self._linear(ctx, h, f"{prefix}.attn_q"),
                              head_dim, hp.heads, length)
        k = g.ggml_reshape_3d(ctx, self._linear(ctx, h, f"{prefix}.attn_k"),
                              head_dim, hp.heads, length)
        v = g.ggml_reshape_3d(ctx, self._linear(ctx, h, f"{prefix}.attn_v"),
                              head_dim, hp.heads, length)
        q = g.ggml_permute(ctx, q, 0, 2, 1, 3)  # (head_dim, L, heads)
        k = g.ggml_permute(ctx, k, 0, 2, 1, 3)
        scale = 1.0 / math.sqrt(head_dim)
        if self.flash_attention:
            v = g.ggml_permute(ctx, v, 0, 2, 1, 3)
            kqv = g.ggml_flash_attn_ext(ctx, q, k, v, mask, scale, 0.0, 0.0)  # (d, heads, L)
        else:
            v = g.ggml_cont(ctx, g.ggml_permute(ctx, v, 1, 2, 0, 3))  # (L, head_dim, heads)
            kq = g.ggml_mul_mat(ctx, k, q)  # (L_k, L_q, heads)
            kq = g.ggml_soft_max_ext(ctx, kq, mask, scale, 0.0)
            kqv = g.ggml_mul_mat(ctx, v, kq)  # (head_dim, L_q, heads)
            kqv = g.ggml_cont(ctx, g.ggml_permute(ctx, kqv, 0, 2, 1, 3))
        attn = self._linear(ctx, g.ggml_reshape_2d(ctx, kqv, hp.hidden, length),
                            n.attn_out.format(p=prefix))
        if gated:
            attn = g.ggml_mul(ctx, attn, self.w[f"{prefix}.attn_gate"])
        x = g.ggml_add(ctx, x, attn)
        h = self._ln(ctx, x, n.ln2.format(p=prefix))
        h = g.ggml_gelu_erf(ctx, self._linear(ctx, h, n.fc1.format(p=prefix)))
        h = self._linear(ctx, h, n.fc2.format(p=prefix))
        if gated:
            h = g.ggml_mul(ctx, h, self.w[f"{prefix}.ffn_gate"])
        return g.ggml_add(ctx, x, h)

    def _patch_embedding(self, ctx: int, pixels: Ptr) -> Ptr:
        """The stride-p convolution as im2col + matmul, in F32 (ggml_conv_2d goes via F16)."""
        g = lib()
        hp = self.hp
        kernel = self.w["v.patch_embd.weight"]  # (p, p, 3, d)
        cols = g.ggml_im2col(ctx, kernel, pixels, hp.patch_size, hp.patch_size, 0, 0, 1, 1,
                             True, GGML_TYPE_F32)  # (3·p·p, gw, gh, tiles)
        k = 3 * hp.patch_size * hp.patch_size
        cols = g.ggml_reshape_2d(ctx, cols, k, (hp.patches - 1) * hp.max_tiles)
        x = g.ggml_mul_mat(ctx, g.ggml_reshape_2d(ctx, kernel, k, hp.hidden), cols)
        return g.ggml_reshape_3d(ctx, x, hp.hidden, hp.patches - 1, hp.max_tiles)

    def _tile_embedding(self, ctx: int, x: Ptr, name: str, ar_id: Ptr, rows: int) -> Ptr:
        """x + gate · embedding[aspect ratio] reshaped to (hidden, rows, tiles)."""
        g = lib()
        e = g.ggml_get_rows(ctx, self.w[name + ".weight"], ar_id)
        e = g.ggml_reshape_3d(ctx, e, self.hp.hidden, rows, self.hp.max_tiles)
        e = g.ggml_mul(ctx, e, self.w[name + ".gate"])
        return g.ggml_add(ctx, x, e)

    def encode(self, image: PreparedImage) -> ImageFeatures:
        g = lib()
        hp = self.hp
        tiles, d = hp.max_tiles, hp.hidden
        if image.pixel_values.shape != (tiles, 3, hp.image_size, hp.image_size):
            raise ValueError(f"image prepared as {image.pixel_values.shape}, model expects "
                             f"{(tiles, 3, hp.image_size, hp.image_size)}")
        patches = hp.patches
        padded = (patches + 7) // 8 * 8
        length = padded * tiles
        n_graph = 64 * (hp.layers + hp.global_layers) + 256
        with Graph(self.backend, max_nodes=n_graph) as graph:
            ctx = graph.ctx
            pixels = graph.input(image.pixel_values, "pixels")
            ar_id = graph.input(np.array([image.aspect_ratio_id], dtype=np.int32), "ar_id")
            mask_values = attention_mask(image.num_tiles, tiles, patches, padded)
            if self.flash_attention:
                mask_values = mask_values.astype(np.float16)  # what ggml's fused kernel takes
            mask = graph.input(mask_values, "mask")

            x = self._patch_embedding(ctx, pixels)  # (d, patches - 1, tiles)
            x = self._tile_embedding(ctx, x, "v.pre_tile_position_embd", ar_id, 1)
            cls = g.ggml_repeat_4d(ctx, g.ggml_reshape_3d(ctx, self.w["v.class_embd"], d, 1, 1),
                                   d, 1, tiles, 1)
            x = g.ggml_concat(ctx, cls, x, 1)  # (d, patches, tiles)
            pos = g.ggml_mul(ctx, self.w["v.position_embd.weight"],
                             self.w["v.position_embd.gate"])
            x = g.ggml_add(ctx, x, pos)
            x = self._tile_embedding(ctx, x, "v.tile_position_embd", ar_id, patches)
            x = self._ln(ctx, x, "v.pre_ln")
            x = g.ggml_pad(ctx, x, 0, padded - patches, 0, 0)
            x = g.ggml_reshape_2d(ctx, x, d, length)

            kept = []
            for i in range(hp.layers):
                if i in hp.intermediate_layers:
                    kept.append(x)
                x = self._layer(ctx, x, f"v.blk.{i}", mask, length, gated=False)
            x = self._ln(ctx, x, "v.post_ln")
            x = g.ggml_reshape_3d(ctx, x, d, padded, tiles)
            x = self._tile_embedding(ctx, x, "v.post_tile_position_embd", ar_id, 1)
            x = g.ggml_reshape_2d(ctx, x, d, length)
            for i in range(hp.global_layers):
                x = self._layer(ctx, x, f"v.global.blk.{i}", mask, length, gated=True)

            # [final | intermediates interleaved per channel], padding tokens dropped
            feats = x
            if kept:
                stack = g.ggml_reshape_3d(ctx, kept[0], 1, d, length)
                for extra in kept[1:]:
                    extra = g.ggml_reshape_3d(ctx, extra, 1, d, length)
                    stack = g.ggml_concat(ctx, stack, extra, 0)
                stack = g.ggml_reshape_2d(ctx, stack, len(kept) * d, length)
                feats = g.ggml_concat(ctx, x, stack, 0)
            out_dim = hp.output_dim
            feats = g.ggml_reshape_3d(ctx, feats, out_dim, padded, tiles)
            feats = g.ggml_view_3d(ctx, feats, out_dim, patches, tiles,
                                   feats.contents.nb[1], feats.contents.nb[2], 0)
            feats = g.ggml_cont(ctx, feats)
            projected = self._linear(ctx, feats, "mm.0")
            vision, proj = graph.compute(feats, projected)
        return ImageFeatures(vision.reshape(tiles, patches, out_dim),
                             proj.reshape(tiles, patches, -1), image.num_tiles)
