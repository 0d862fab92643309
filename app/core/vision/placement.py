"""Which parts of a Llama 3.2 Vision model go to the GPU, and which stay in RAM for the CPU.

As llama.cpp's ``-ngl``: ``n_gpu_layers`` counts the text decoder's blocks from the last one
down, and ``n_layer + 1`` also moves the output layer. The vision encoder (the projector file)
goes to the device first whenever anything does: encoding a picture is the heaviest compute,
and it is one block of weights. Each decoder layer's KV cache and cross-attention K/V live with
its weights. Automatic placement (``n_gpu_layers=None``) fills the device's free memory, minus a
reserve for the driver and the encoder's work, with the vision encoder, then with layers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.models.gguf_file import _TYPE_SIZES, fmt_bytes
from app.core.models.memory import VRAM_RESERVE_BYTES
from app.core.vision.gguf_layout import MllamaFiles

_BLOCK = re.compile(r"^blk\.(\d+)\.")
_VISION_PREFIXES = ("v.", "mm.")


def tensor_bytes(shape: tuple[int, ...], ggml_type: int) -> int:
    """Bytes of one tensor's data (ggml's block sizes)."""
    block_bytes, block_elems = _TYPE_SIZES.get(ggml_type, (4, 1))
    n = 1
    for dim in shape:
        n *= dim
    return n // block_elems * block_bytes


@dataclass(frozen=True, slots=True)
class Placement:
    """Where each part runs; ``reason`` is the memory plan in one sentence for people."""

    device: str | None  # e.g. "Vulkan0"; None: everything on the CPU
    vision: bool  # the vision encoder and projector on the device
    layers: frozenset[int]  # decoder blocks on the device
    output: bool  # output norm and output matrix on the device
    n_gpu_layers: int  # llama.cpp's count: blocks on the device, +1 for the output layer
    device_bytes: int  # planned weights + caches on the device
    reason: str

    @property
    def uses_device(self) -> bool:
        return self.device is not None and (self.vision or bool(self.layers) or self.output)

    def layer_on_device(self, index: int) -> bool:
        return index in self.layers

    def text_on_device(self, name: str) -> bool:
        """Placement of a tensor of the text file (or of a single-file GGUF)."""
        if name.startswith(_VISION_PREFIXES):
            return self.vision
        match = _BLOCK.match(name)
        if match:
            return int(match.group(1)) in self.layers
        if name == "rope_freqs.weight":  # shared by every self-attention layer, tiny
            return bool(self.layers)
        # output, output_norm, and token_embd (which may double as the output matrix)
        return self.output

    def vision_on_device(self, _name: str) -> bool:
        return self.vision


def cpu_only(reason: str = "Running on the CPU.") -> Placement:
    return Placement(None, False, frozenset(), False, 0, 0, reason)


def _costs(files: MllamaFiles, n_ctx: int) -> tuple[int, list[int], int]:
    """(vision bytes, bytes per decoder block incl. its caches, output-layer bytes)."""
    t, v = files.text_hparams, files.vision
    vision = 0
    blocks = [0] * t.layers
    output = 0
    sources = [files.text.tensors]
    if files.layout == "split":
        sources.append(files.projector.tensors)
    for tensors in sources:
        for name, (shape, kind) in tensors.items():
            size = tensor_bytes(shape, kind)
            match = _BLOCK.match(name)
            if name.startswith(_VISION_PREFIXES):
                vision += size
            elif match and int(match.group(1)) < t.layers:
                blocks[int(match.group(1))] += size
            else:  # output, output_norm, token_embd (placed with the output layer)
                output += size
    image_tokens = v.max_tiles * ((v.patches + 7) // 8 * 8)
    for i in range(t.layers):
        rows = image_tokens if i in t.cross_layers else n_ctx
        blocks[i] += rows * t.kv_heads * t.head_dim * 2 * 4
    return vision, blocks, output


def plan_placement(files: MllamaFiles, n_ctx: int, n_gpu_layers: int | None, device: str | None,
                   free_memory: int, compute_bytes: int, label: str = "") -> Placement:
    """Place the vision encoder, decoder blocks and output layer on ``device`` or the CPU.

    ``n_gpu_layers``: 0 → CPU; k > 0 → the last k blocks (and the output layer when k exceeds
    the block count) plus the vision encoder; None → as much as ``free_memory`` holds after the
    reserve and ``compute_bytes`` of intermediate results.
    """
    if device is None or n_gpu_layers == 0:
        return cpu_only("Running on the CPU." if device is None or n_gpu_layers is None
                        else "GPU layers set to 0: running on the CPU.")
    label = label or device
    n_layer = files.text_hparams.layers
    vision, blocks, output = _costs(files, n_ctx)
    if n_gpu_layers is not None:
        k = n_layer + 1 if n_gpu_layers < 0 else min(n_gpu_layers, n_layer + 1)
        use_vision = True
    else:
        budget = free_memory - VRAM_RESERVE_BYTES - compute_bytes
        use_vision = budget >= vision
        if use_vision:
            budget -= vision
        k = 0
        for i in reversed(range(n_layer)):
            if budget < blocks[i]:
                break
            budget -= blocks[i]
            k += 1
        if k == n_layer and budget >= output:
            k += 1
        if not use_vision and k == 0:
            return cpu_only(f"{label} has too little free memory ({fmt_bytes(free_memory)}): "
                            "running on the CPU.")
    layers = frozenset(range(n_layer - min(k, n_layer), n_layer))
    on_output = k > n_layer
    total = (vision if use_vision else 0) + sum(blocks[i] for i in layers) + (
        output if on_output else 0)
    parts = []
    if use_vision:
        parts.append("the vision encoder")
    if k:
        parts.append(f"all {n_layer + 1} layers" if on_output else f"{k} of {n_layer + 1} layers")
    where = " and ".join(parts)
    rest = "" if use_vision and on_output else "; the rest on the CPU"
    reason = f"{where[0].upper()}{where[1:]} on {label} ({fmt_bytes(total)}){rest}."
    return Placement(device, use_vision, layers, on_output, k, total, reason)
