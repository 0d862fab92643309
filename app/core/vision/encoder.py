"""The Llama 3.2 Vision image encoder and projector as a ggml graph.

Follows HF transformers' MllamaVisionModel (and Meta's reference, which it equals here):
patch convolution → gated pre-tile embedding → class token → gated position and tile-position
embeddings → pre-LN → local layers (keeping the *inputs* of the intermediate layers) → post-LN
→ gated post-tile embedding → gated global layers; attention runs over all tiles jointly, each
tile padded to a multiple of 8 tokens, with padding queries kept off padding keys (the
reference's mask). Always ``max_tiles`` tiles, padded ones included, as the reference does
("full" detail), or a single tile ("quick" detail, about a sixth of the work). Output per tile
and token: [final | intermediates interleaved], then the projector.

The work runs as many small graphs (:meth:`VisionEncoder.steps`) rather than one: the
residual stream goes back to numpy between steps (33 MB for four 11B tiles, a few ms), which
is what lets the engine report progress and stop within a step when cancelled.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Generator
from dataclasses import dataclass

import numpy as np

from app.core.engine.base import CancelToken
from app.core.vision.abort import abort_on
from app.core.vision.fast_attention import AttentionKernel, kernel
from app.core.vision.ggml import GGML_TYPE_F32, Allocator, Backend, Buffer, Graph, lib
from app.core.vision.gguf_layout import VisionHParams, VisionNames
from app.core.vision.preprocess import PreparedImage
from app.core.vision.weights import GGUFWeights

Ptr = ctypes._Pointer

# Query rows per step (a multiple of 64, ggml's mask alignment and its CPU flash attention's
# query tile): about a quarter of a second of work for the 11B encoder on two cores, so
# progress moves and a cancel lands quickly.
ROWS_PER_STEP = 384
QUERY_TILE = 64
# Rows per projector node (7680 → 4096 per row is three layers' worth of matmul work).
PROJECT_ROWS = 128


@dataclass(frozen=True, slots=True)
class ImageFeatures:
    """What the encoder makes of one image."""

    vision: np.ndarray  # (max_tiles, patches, output_dim): encoder output
    projected: np.ndarray  # (max_tiles, patches, text_hidden): cross-attention states
    num_tiles: int  # tiles holding the picture; the text attends to these only


@dataclass(frozen=True, slots=True)
class EncodeCost:
    """Floating-point operations of one encode, per step kind (a multiply-add counts 2)."""

    embed: float  # patch convolution
    kv_step: float  # one layer's K and V projections, all tokens
    rows_step: float  # one tile's query rows through the rest of a layer, attention included
    rows_attention: float  # the attention (QK and PV) part of ``rows_step``
    project_tile: float  # one tile through the projector
    layers: int
    tiles: int

    @property
    def attention(self) -> float:
        return self.layers * self.tiles * self.rows_attention

    @property
    def matmul(self) -> float:
        per_layer = self.kv_step + self.tiles * (self.rows_step - self.rows_attention)
        return self.embed + self.layers * per_layer + self.tiles * self.project_tile

    @property
    def total(self) -> float:
        return self.matmul + self.attention


def encoder_cost(hp: VisionHParams, tiles: int, text_hidden: int) -> EncodeCost:
    """FLOPs of encoding ``tiles`` tiles (11B, four tiles: ~10.5 T of matmuls, 8.5 T attention)."""
    d, f = hp.hidden, hp.ffn
    padded = _padded(hp.patches)
    length = padded * tiles
    attention = 4.0 * padded * length * d
    return EncodeCost(
        embed=2.0 * tiles * (hp.patches - 1) * 3 * hp.patch_size ** 2 * d,
        kv_step=2.0 * 2 * length * d * d,
        rows_step=2.0 * 2 * padded * d * d + 2.0 * 2 * padded * d * f + attention,
        rows_attention=attention,
        project_tile=2.0 * hp.patches * hp.output_dim * text_hidden,
        layers=hp.layers + hp.global_layers,
        tiles=tiles,
    )


def _padded(patches: int) -> int:
    """Tokens per tile with padding: a multiple of 8, as the reference pads."""
    return (patches + 7) // 8 * 8


def _mask_rows(pad: np.ndarray, start: int, n: int, dtype: type) -> np.ndarray:
    """Rows ``start:start + n`` of :func:`attention_mask` (from its padding flags), padded to
    a multiple of 64 rows (ggml's mask alignment) so the full (L, L) mask is never built."""
    out = np.zeros(((n + 63) // 64 * 64, pad.shape[0]), dtype=dtype)
    out[:n] = np.where(np.outer(pad[start:start + n], pad) > 0, -np.inf, 0)
    return out


def _padding_flags(num_tiles: int, tiles: int, patches: int, padded: int) -> np.ndarray:
    pad = np.ones((tiles, padded), dtype=np.float32)
    pad[:num_tiles, :patches] = 0
    return pad.reshape(-1)


def row_blocks(pad: np.ndarray, rows: int | None = None) -> list[tuple[int, int, bool]]:
    """One layer's query rows in steps: (start, count, masked), in order, covering every row.

    A real query sees every key, so its rows need no mask, and ggml's CPU flash attention is
    about a fifth faster without one (it converts and tests the mask for every 64 × 64 tile).
    Only rows holding a padding query (which must not see padding keys) carry the mask. The
    unmasked rows come in multiples of :data:`QUERY_TILE` (a part-filled query tile costs a
    full one): a real run's odd last rows go with the padding rows after them.
    """
    rows = rows or ROWS_PER_STEP
    length = pad.shape[0]
    real = pad == 0
    blocks: list[tuple[int, int, bool]] = []

    def add(start: int, end: int, masked: bool) -> None:
        size = rows
        if not masked and end > start:  # even blocks of whole tiles: 1600 rows → 5 × 320
            size = -(-(end - start) // -(-(end - start) // rows))
            size = min(rows, -(-size // QUERY_TILE) * QUERY_TILE)
        for b in range(start, end, size):
            blocks.append((b, min(size, end - b), masked))

    start = 0
    while start < length:
        end = start
        while end < length and real[end]:
            end += 1
        if end < length:  # padding follows
            end = start + (end - start) // QUERY_TILE * QUERY_TILE
        add(start, end, False)
        start = end
        while end < length and real[end]:
            end += 1
        while end < length and not real[end]:
            end += 1
        add(start, end, True)
        start = end
    return blocks


def attention_mask(num_tiles: int, max_tiles: int, patches: int, padded: int) -> np.ndarray:
    """(L, L) additive mask: -inf where query and key are both padding (the reference's)."""
    pad = _padding_flags(num_tiles, max_tiles, patches, padded)
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
        # On the CPU it is also the fastest ggml path measured: the unfused one (mul_mat,
        # soft_max_ext, mul_mat) runs QK at under half the matmul rate (80-wide dot products)
        # and F16 keys and values are no faster but 4e-4 off the reference (F32: 2e-6).
        self.flash_attention = flash_attention
        # On the CPU, Hearth's own kernel where this CPU has one (fast_attention.py): 1.5-2x
        # ggml's flash attention for the encoder's shape, equally exact.
        self.kernel: AttentionKernel | None = (
            kernel() if flash_attention and not backend.on_device else None)
        self._text_hidden = int(weights["mm.0.weight"].contents.ne[1])

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

    def _patch_embedding(self, ctx: int, pixels: Ptr, tiles: int) -> Ptr:
        """The stride-p convolution as im2col + matmul, in F32 (ggml_conv_2d goes via F16)."""
        g = lib()
        hp = self.hp
        kernel = self.w["v.patch_embd.weight"]  # (p, p, 3, d)
        cols = g.ggml_im2col(ctx, kernel, pixels, hp.patch_size, hp.patch_size, 0, 0, 1, 1,
                             True, GGML_TYPE_F32)  # (3·p·p, gw, gh, tiles)
        k = 3 * hp.patch_size * hp.patch_size
        cols = g.ggml_reshape_2d(ctx, cols, k, (hp.patches - 1) * tiles)
        x = g.ggml_mul_mat(ctx, g.ggml_reshape_2d(ctx, kernel, k, hp.hidden), cols)
        return g.ggml_reshape_3d(ctx, x, hp.hidden, hp.patches - 1, tiles)

    def _tile_embedding(self, ctx: int, x: Ptr, name: str, ar_id: Ptr, rows: int,
                        tiles: int) -> Ptr:
        """x + gate · embedding[aspect ratio] reshaped to (hidden, rows, tiles).

        With fewer tiles than the model's maximum (the one-tile "quick" detail) the first
        tiles' part of the embedding is used.
        """
        g = lib()
        e = g.ggml_get_rows(ctx, self.w[name + ".weight"], ar_id)
        if tiles != self.hp.max_tiles:
            e = g.ggml_view_1d(ctx, e, self.hp.hidden * rows * tiles, 0)
        e = g.ggml_reshape_3d(ctx, e, self.hp.hidden, rows, tiles)
        e = g.ggml_mul(ctx, e, self.w[name + ".gate"])
        return g.ggml_add(ctx, x, e)

    def mask_rows(self, pad: np.ndarray, start: int, n: int) -> np.ndarray:
        """The mask of query rows ``start:start + n`` in the form :meth:`attend` takes:
        ggml's (rows padded to 64, keys) in F16 for its flash attention, F32 for the unfused
        path, and transposed F32 (keys, rows) for Hearth's kernel."""
        if self.kernel is not None:
            return np.ascontiguousarray(_mask_rows(pad, start, n, np.float32).T)
        return _mask_rows(pad, start, n, np.float16 if self.flash_attention else np.float32)

    def row_blocks(self, pad: np.ndarray) -> list[tuple[int, int, bool]]:
        """:func:`row_blocks` for this backend: on a GPU device every block keeps the mask
        (the saving is the CPU kernel's, and a device need not support a missing mask)."""
        blocks = row_blocks(pad)
        if self.backend.on_device:
            blocks = [(start, n, True) for start, n, _ in blocks]
        return blocks

    # -- cost -----------------------------------------------------------------------------

    def cost(self, tiles: int | None = None) -> EncodeCost:
        """FLOPs of one encode with ``tiles`` tiles (``max_tiles`` by default)."""
        return encoder_cost(self.hp, tiles or self.hp.max_tiles, self._text_hidden)

    # -- steps ----------------------------------------------------------------------------

    def _compute(self, graph: Graph, *outputs: Ptr, cancel: CancelToken | None
                 ) -> list[np.ndarray] | None:
        """Run ``graph``; None when ``cancel`` stopped it part-way."""
        with abort_on(self.backend, cancel):
            try:
                return graph.compute(*outputs)
            except RuntimeError:
                if cancel is not None and cancel.cancelled:
                    return None
                raise

    def _embed(self, image: PreparedImage, cancel: CancelToken | None,
               alloc: Allocator | None = None) -> np.ndarray | None:
        """Patches → embeddings with class token, positions and pre-LN: (tiles·padded, d)."""
        g = lib()
        hp = self.hp
        tiles, d = image.pixel_values.shape[0], hp.hidden
        patches = hp.patches
        padded = _padded(patches)
        with Graph(self.backend, max_nodes=256, allocator=alloc) as graph:
            ctx = graph.ctx
            pixels = graph.input(image.pixel_values, "pixels")
            ar_id = graph.input(np.array([image.aspect_ratio_id], dtype=np.int32), "ar_id")
            x = self._patch_embedding(ctx, pixels, tiles)  # (d, patches - 1, tiles)
            x = self._tile_embedding(ctx, x, "v.pre_tile_position_embd", ar_id, 1, tiles)
            cls = g.ggml_repeat_4d(ctx, g.ggml_reshape_3d(ctx, self.w["v.class_embd"], d, 1, 1),
                                   d, 1, tiles, 1)
            x = g.ggml_concat(ctx, cls, x, 1)  # (d, patches, tiles)
            pos = g.ggml_mul(ctx, self.w["v.position_embd.weight"],
                             self.w["v.position_embd.gate"])
            x = g.ggml_add(ctx, x, pos)
            x = self._tile_embedding(ctx, x, "v.tile_position_embd", ar_id, patches, tiles)
            x = self._ln(ctx, x, "v.pre_ln")
            x = g.ggml_pad(ctx, x, 0, padded - patches, 0, 0)
            x = g.ggml_cont(ctx, g.ggml_reshape_2d(ctx, x, d, padded * tiles))
            out = self._compute(graph, x, cancel=cancel)
        return None if out is None else out[0]

    def _post(self, x: np.ndarray, image: PreparedImage, cancel: CancelToken | None,
              alloc: Allocator | None = None) -> np.ndarray | None:
        """Post-LN and the gated post-tile embedding, between the local and global layers."""
        g = lib()
        d, tiles = self.hp.hidden, image.pixel_values.shape[0]
        with Graph(self.backend, max_nodes=64, allocator=alloc) as graph:
            ctx = graph.ctx
            h = graph.input(x, "x")
            ar_id = graph.input(np.array([image.aspect_ratio_id], dtype=np.int32), "ar_id")
            h = self._ln(ctx, h, "v.post_ln")
            h = g.ggml_reshape_3d(ctx, h, d, x.shape[0] // tiles, tiles)
            h = self._tile_embedding(ctx, h, "v.post_tile_position_embd", ar_id, 1, tiles)
            h = g.ggml_cont(ctx, g.ggml_reshape_2d(ctx, h, d, x.shape[0]))
            out = self._compute(graph, h, cancel=cancel)
        return None if out is None else out[0]

    def kv_buffer(self, length: int) -> Buffer:
        """Room for one layer's keys and values over ``length`` tokens, head by head
        ("k", "v": (head_dim, length, heads)): each head's keys lie together, as flash
        attention reads them (about 6 % faster on the CPU than rows of all heads)."""
        head_dim = self.hp.hidden // self.hp.heads
        shape = (head_dim, length, self.hp.heads)
        return Buffer(self.backend, {"k": shape, "v": shape})

    def _kv(self, x: np.ndarray, prefix: str, kv: Buffer, cancel: CancelToken | None,
            alloc: Allocator | None = None) -> bool:
        """The layer's keys and values for every token, into ``kv`` (:meth:`kv_buffer`);
        False when cancelled. Row blocks keep each node short (the abort granularity)."""
        g = lib()
        n, hp = self.names, self.hp
        d, head_dim = hp.hidden, hp.hidden // hp.heads
        length = x.shape[0]
        with Graph(self.backend, max_nodes=64 + 16 * (length // ROWS_PER_STEP + 1),
                   allocator=alloc) as graph:
            ctx = graph.ctx
            x_in = graph.input(x, "x")
            for start in range(0, length, ROWS_PER_STEP):
                rows = min(ROWS_PER_STEP, length - start)
                xv = g.ggml_view_2d(ctx, x_in, d, rows, x_in.contents.nb[1],
                                    start * x_in.contents.nb[1])
                h = self._ln(ctx, xv, n.ln1.format(p=prefix))
                for name in ("k", "v"):
                    dest = kv[name]
                    y = self._linear(ctx, h, f"{prefix}.attn_{name}")  # (d, rows)
                    y = g.ggml_permute(ctx, g.ggml_reshape_3d(ctx, y, head_dim, hp.heads, rows),
                                       0, 2, 1, 3)  # (head_dim, rows, heads)
                    nb = dest.contents.nb
                    graph.expand(g.ggml_cpy(ctx, y, g.ggml_view_3d(
                        ctx, dest, head_dim, rows, hp.heads, nb[1], nb[2], start * nb[1])))
            return self._compute(graph, cancel=cancel) is not None

    def attend(self, ctx: int, q: Ptr, kv: Buffer, mask: Ptr | None) -> Ptr:
        """Multi-head attention of queries ``q`` (d, n) over the layer's keys and values in
        ``kv``: (head_dim, heads, n); ``mask`` (from :meth:`mask_rows`) None for real queries
        only (they see every key). Public for the benchmark, which times it alone."""
        g = lib()
        hp = self.hp
        head_dim = hp.hidden // hp.heads
        n = int(q.contents.ne[1])
        kk, vv = kv["k"], kv["v"]  # (head_dim, L, heads)
        q = g.ggml_permute(ctx, g.ggml_reshape_3d(ctx, q, head_dim, hp.heads, n),
                           0, 2, 1, 3)  # (head_dim, n, heads)
        scale = 1.0 / math.sqrt(head_dim)
        if self.kernel is not None:
            return self.kernel.attend(ctx, q, kk, vv, mask, scale)
        if self.flash_attention:
            return g.ggml_flash_attn_ext(ctx, q, kk, vv, mask, scale, 0.0, 0.0)
        vv = g.ggml_cont(ctx, g.ggml_permute(ctx, vv, 1, 0, 2, 3))  # (L, head_dim, heads)
        kq = g.ggml_mul_mat(ctx, kk, q)  # (L, n, heads)
        kq = g.ggml_soft_max_ext(ctx, kq, mask, scale, 0.0)
        kqv = g.ggml_mul_mat(ctx, vv, kq)  # (head_dim, n, heads)
        return g.ggml_cont(ctx, g.ggml_permute(ctx, kqv, 0, 2, 1, 3))

    def _rows(self, x: np.ndarray, kv: Buffer, mask: np.ndarray | None, prefix: str,
              gated: bool, cancel: CancelToken | None, alloc: Allocator | None = None
              ) -> np.ndarray | None:
        """The rest of a layer for a block of query rows ``x`` (n, d) against all keys."""
        g = lib()
        hp, names = self.hp, self.names
        n = x.shape[0]
        with Graph(self.backend, max_nodes=128, allocator=alloc) as graph:
            ctx = graph.ctx
            x_in = graph.input(x, "x")
            m = None if mask is None else graph.input(mask, "mask")
            h = self._ln(ctx, x_in, names.ln1.format(p=prefix))
            kqv = self.attend(ctx, self._linear(ctx, h, f"{prefix}.attn_q"), kv, m)
            attn = self._linear(ctx, g.ggml_reshape_2d(ctx, kqv, hp.hidden, n),
                                names.attn_out.format(p=prefix))
            if gated:
                attn = g.ggml_mul(ctx, attn, self.w[f"{prefix}.attn_gate"])
            y = g.ggml_add(ctx, x_in, attn)
            h = self._ln(ctx, y, names.ln2.format(p=prefix))
            h = g.ggml_gelu_erf(ctx, self._linear(ctx, h, names.fc1.format(p=prefix)))
            h = self._linear(ctx, h, names.fc2.format(p=prefix))
            if gated:
                h = g.ggml_mul(ctx, h, self.w[f"{prefix}.ffn_gate"])
            y = g.ggml_add(ctx, y, h)
            out = self._compute(graph, y, cancel=cancel)
        return None if out is None else out[0]

    def _project(self, feats: np.ndarray, cancel: CancelToken | None,
                 alloc: Allocator | None = None) -> np.ndarray | None:
        """One tile's features through the projector, in row blocks (short nodes)."""
        out = []
        for start in range(0, feats.shape[0], PROJECT_ROWS):
            with Graph(self.backend, max_nodes=16, allocator=alloc) as graph:
                y = self._linear(graph.ctx, graph.input(feats[start:start + PROJECT_ROWS],
                                                        "features"), "mm.0")
                got = self._compute(graph, y, cancel=cancel)
            if got is None:
                return None
            out.append(got[0].reshape(-1, self._text_hidden))
        return np.concatenate(out)

    def steps(self, image: PreparedImage, cancel: CancelToken | None = None, *,
              project_padding: bool = True) -> Generator[float, None, ImageFeatures | None]:
        """Encode in steps, yielding the fraction of the work done after each.

        A step is the embedding, one layer's keys and values, a block of query rows
        (:meth:`row_blocks`, up to :data:`ROWS_PER_STEP`) through the rest of a layer, or one
        tile's projection: well under a second each for the 11B model on two cores.
        ``cancel`` is checked between steps (and inside them on the CPU); the generator
        returns the features, or None when cancelled. Without ``project_padding`` the padding
        tiles' projections (which no text attends to) are left as zeros.
        """
        with Allocator(self.backend) as alloc:  # one compute memory for all the steps
            return (yield from self._steps(image, cancel, project_padding, alloc))

    def _steps(self, image: PreparedImage, cancel: CancelToken | None, project_padding: bool,
               alloc: Allocator) -> Generator[float, None, ImageFeatures | None]:
        hp = self.hp
        tiles, d = image.pixel_values.shape[0], hp.hidden
        if tiles not in (1, hp.max_tiles) or image.pixel_values.shape[1:] != (
                3, hp.image_size, hp.image_size):
            raise ValueError(f"image prepared as {image.pixel_values.shape}, model expects "
                             f"{(hp.max_tiles, 3, hp.image_size, hp.image_size)}")
        patches = hp.patches
        padded = _padded(patches)
        length = padded * tiles
        cost = encoder_cost(hp, tiles, self._text_hidden)
        projected_tiles = tiles if project_padding else image.num_tiles
        total = cost.total - (tiles - projected_tiles) * cost.project_tile
        done = 0.0

        def stopped() -> bool:
            return cancel is not None and cancel.cancelled

        pad = _padding_flags(image.num_tiles, tiles, patches, padded)
        blocks = self.row_blocks(pad)
        x = self._embed(image, cancel, alloc)
        if x is None or stopped():
            return None
        done += cost.embed
        yield done / total

        kept: list[np.ndarray] = []
        layers = [(f"v.blk.{i}", False, i) for i in range(hp.layers)]
        layers += [(f"v.global.blk.{i}", True, -1) for i in range(hp.global_layers)]
        # One layer's keys and values stay on the backend while its query rows go through.
        kv = self.kv_buffer(length)
        per_row = cost.rows_step / padded
        try:
            for prefix, gated, index in layers:
                if index in hp.intermediate_layers:
                    kept.append(x)
                if prefix == "v.global.blk.0":
                    x = self._post(x, image, cancel, alloc)
                    if x is None or stopped():
                        return None
                if not self._kv(x, prefix, kv, cancel, alloc) or stopped():
                    return None
                done += cost.kv_step
                yield done / total
                out = np.empty_like(x)
                for start, n, masked in blocks:
                    mask = self.mask_rows(pad, start, n) if masked else None
                    y = self._rows(x[start:start + n], kv, mask, prefix, gated, cancel,
                                   alloc)
                    if y is None or stopped():
                        return None
                    out[start:start + n] = y
                    done += per_row * n
                    yield done / total
                x = out
        finally:
            kv.close()
        if hp.global_layers == 0:
            x = self._post(x, image, cancel, alloc)
            if x is None:
                return None

        # [final | intermediates interleaved per channel], padding tokens dropped
        parts = [x]
        if kept:
            parts.append(np.stack(kept, axis=-1).reshape(length, d * len(kept)))
        feats = np.concatenate(parts, axis=1).reshape(tiles, padded, -1)[:, :patches]
        feats = np.ascontiguousarray(feats)
        projected = np.zeros((tiles, patches, self._text_hidden), dtype=np.float32)
        for t in range(projected_tiles):
            y = self._project(feats[t], cancel, alloc)
            if y is None or stopped():
                return None
            projected[t] = y
            done += cost.project_tile
            yield min(done / total, 1.0)
        return ImageFeatures(feats, projected, image.num_tiles)

    def encode(self, image: PreparedImage, cancel: CancelToken | None = None
               ) -> ImageFeatures | None:
        """All steps at once (every tile projected, as the reference does)."""
        steps = self.steps(image, cancel)
        while True:
            try:
                next(steps)
            except StopIteration as stop:
                return stop.value
