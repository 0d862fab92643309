"""Which Llama 3.2 Vision GGUF layout a file (or pair of files) is, checked before loading.

Two layouts exist on the Hub, both Ollama's:

* **split** (Ollama 0.4–0.6): a text file with ``general.architecture = mllama`` and the
  cross-attention layers, plus a projector file with the ``mllama.vision.*`` keys and ``v.*`` /
  ``mm.0`` tensors. Its vision layers are named ``ln1``/``ln2``/``attn_out`` and its MLP names
  are swapped (``ffn_down`` holds fc1, ``ffn_up`` holds fc2).
* **single** (Ollama 0.7–0.29): the same text file with the vision keys and tensors inside;
  vision layers named ``attn_norm``/``ffn_norm``/``attn_output``, ``ffn_up`` = fc1.

Anything else is refused here with a sentence that says what the file is, so the engine never
meets a half model.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.core.errors import ModelFileError
from app.core.models.gguf_file import GGUFInfo, read_gguf_info

Layout = Literal["split", "single"]

_VISION_KEYS = ("block_count", "global.block_count", "embedding_length", "feed_forward_length",
                "attention.head_count", "image_size", "patch_size", "max_num_tiles",
                "intermediate_layers_indices")
_TEXT_KEYS = ("block_count", "embedding_length", "feed_forward_length", "attention.head_count",
              "attention.cross_attention_layers")


@dataclass(frozen=True, slots=True)
class VisionHParams:
    hidden: int
    heads: int
    ffn: int
    layers: int
    global_layers: int
    image_size: int
    patch_size: int
    max_tiles: int
    eps: float
    intermediate_layers: tuple[int, ...]

    @property
    def patches(self) -> int:
        """Tokens per tile, class token included (1601 for the 11B model)."""
        return (self.image_size // self.patch_size) ** 2 + 1

    @property
    def output_dim(self) -> int:
        return self.hidden * (1 + len(self.intermediate_layers))


@dataclass(frozen=True, slots=True)
class TextHParams:
    vocab: int
    hidden: int
    ffn: int
    heads: int
    kv_heads: int
    layers: int
    cross_layers: tuple[int, ...]
    rope_base: float
    eps: float
    context: int

    @property
    def head_dim(self) -> int:
        return self.hidden // self.heads


@dataclass(frozen=True, slots=True)
class VisionNames:
    """Tensor names of one vision layer's parts in a layout (``{p}`` is the layer prefix)."""

    ln1: str
    ln2: str
    attn_out: str
    fc1: str
    fc2: str


SPLIT_NAMES = VisionNames("{p}.ln1", "{p}.ln2", "{p}.attn_out", "{p}.ffn_down", "{p}.ffn_up")
SINGLE_NAMES = VisionNames("{p}.attn_norm", "{p}.ffn_norm", "{p}.attn_output", "{p}.ffn_up",
                           "{p}.ffn_down")


@dataclass(frozen=True, slots=True)
class MllamaFiles:
    """A checked Llama 3.2 Vision model: where its halves are and what shape it has."""

    layout: Layout
    text: GGUFInfo
    projector: GGUFInfo  # the text file itself in the single-file layout
    text_hparams: TextHParams
    vision: VisionHParams

    @property
    def vision_names(self) -> VisionNames:
        return SPLIT_NAMES if self.layout == "split" else SINGLE_NAMES


def _has_vision(info: GGUFInfo) -> bool:
    return "v.patch_embd.weight" in info.tensors


def _has_text(info: GGUFInfo) -> bool:
    return "token_embd.weight" in info.tensors


def _describe(info: GGUFInfo) -> str:
    if info.architecture == "mllama" and _has_text(info):
        return "the text half of a Llama 3.2 Vision model"
    if _has_vision(info):
        return "a Llama 3.2 Vision projector"
    if _has_text(info):
        return f"a text-only model (architecture “{info.architecture}”)"
    return f"a GGUF file of architecture “{info.architecture}”"


def _int(info: GGUFInfo, key: str) -> int:
    value = info.metadata.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ModelFileError(f"{info.path.name} lacks the setting {key}, so it is not a "
                             "complete Llama 3.2 Vision file.")
    return value


def _ints(info: GGUFInfo, key: str) -> tuple[int, ...]:
    value = info.metadata.get(key)
    if not isinstance(value, list) or not all(isinstance(v, int) for v in value):
        raise ModelFileError(f"{info.path.name} lacks the list {key}, so it is not a "
                             "complete Llama 3.2 Vision file.")
    return tuple(value)


def _text_hparams(info: GGUFInfo) -> TextHParams:
    for key in _TEXT_KEYS:
        if f"mllama.{key}" not in info.metadata:
            raise ModelFileError(f"{info.path.name} lacks the setting mllama.{key}, so it is "
                                 "not a complete Llama 3.2 Vision file and cannot run as a "
                                 "vision model.")
    heads = _int(info, "mllama.attention.head_count")
    embd = info.tensors["token_embd.weight"][0]
    return TextHParams(
        vocab=int(info.metadata.get("mllama.vocab_size") or embd[1]),
        hidden=_int(info, "mllama.embedding_length"),
        ffn=_int(info, "mllama.feed_forward_length"),
        heads=heads,
        kv_heads=int(info.metadata.get("mllama.attention.head_count_kv") or heads),
        layers=_int(info, "mllama.block_count"),
        cross_layers=_ints(info, "mllama.attention.cross_attention_layers"),
        rope_base=float(info.metadata.get("mllama.rope.freq_base", 500000.0)),
        eps=float(info.metadata.get("mllama.attention.layer_norm_rms_epsilon", 1e-5)),
        context=int(info.metadata.get("mllama.context_length") or 131072),
    )


def _vision_hparams(info: GGUFInfo) -> VisionHParams:
    for key in _VISION_KEYS:
        if f"mllama.vision.{key}" not in info.metadata:
            raise ModelFileError(f"{info.path.name} lacks the setting mllama.vision.{key}, so "
                                 "it is not a complete Llama 3.2 Vision projector.")
    return VisionHParams(
        hidden=_int(info, "mllama.vision.embedding_length"),
        heads=_int(info, "mllama.vision.attention.head_count"),
        ffn=_int(info, "mllama.vision.feed_forward_length"),
        layers=_int(info, "mllama.vision.block_count"),
        global_layers=_int(info, "mllama.vision.global.block_count"),
        image_size=_int(info, "mllama.vision.image_size"),
        patch_size=_int(info, "mllama.vision.patch_size"),
        max_tiles=_int(info, "mllama.vision.max_num_tiles"),
        eps=float(info.metadata.get("mllama.vision.attention.layer_norm_epsilon", 1e-5)),
        intermediate_layers=_ints(info, "mllama.vision.intermediate_layers_indices"),
    )


def _expect(info: GGUFInfo, name: str, shape: tuple[int, ...] | None = None) -> None:
    found = info.tensors.get(name)
    if found is None:
        raise ModelFileError(f"{info.path.name} has no tensor {name}, so it is not a complete "
                             "Llama 3.2 Vision file.", hint="Download it again.")
    if shape is not None and tuple(found[0]) != shape:
        raise ModelFileError(
            f"{info.path.name}: tensor {name} has shape {list(found[0])}, expected "
            f"{list(shape)}; the file does not match its own settings."
        )


def _check_text(info: GGUFInfo, t: TextHParams) -> None:
    kv_dim = t.kv_heads * t.head_dim
    _expect(info, "output_norm.weight", (t.hidden,))
    for i in range(t.layers):
        b = f"blk.{i}."
        _expect(info, b + "attn_norm.weight", (t.hidden,))
        _expect(info, b + "ffn_down.weight", (t.ffn, t.hidden))
        if i in t.cross_layers:
            _expect(info, b + "cross_attn_q_proj.weight", (t.hidden, t.hidden))
            _expect(info, b + "cross_attn_k_proj.weight", (t.hidden, kv_dim))
            _expect(info, b + "cross_attn_v_proj.weight", (t.hidden, kv_dim))
            _expect(info, b + "cross_attn_q_norm.weight", (t.head_dim,))
            _expect(info, b + "cross_attn_attn_gate")
            _expect(info, b + "cross_attn_mlp_gate")
        else:
            _expect(info, b + "attn_q.weight", (t.hidden, t.hidden))
            _expect(info, b + "attn_k.weight", (t.hidden, kv_dim))


def _check_vision(info: GGUFInfo, v: VisionHParams, names: VisionNames, text_hidden: int) -> None:
    _expect(info, "v.patch_embd.weight", (v.patch_size, v.patch_size, 3, v.hidden))
    _expect(info, "v.position_embd.weight", (v.hidden, v.patches))
    _expect(info, "v.tile_position_embd.weight")
    _expect(info, "v.class_embd", (v.hidden,))
    _expect(info, "mm.0.bias", (text_hidden,))
    mm = info.tensors.get("mm.0.weight")
    if mm is not None and tuple(mm[0]) != (v.output_dim, text_hidden):
        raise ModelFileError(
            f"{info.path.name} is a projector for a model of width {mm[0][1]}, but the text "
            f"model has width {text_hidden}: they do not belong together."
        )
    _expect(info, "mm.0.weight")
    for prefix, count in (("v.blk", v.layers), ("v.global.blk", v.global_layers)):
        for i in range(count):
            p = f"{prefix}.{i}"
            _expect(info, f"{p}.attn_q.weight", (v.hidden, v.hidden))
            _expect(info, names.ln1.format(p=p) + ".weight", (v.hidden,))
            _expect(info, names.ln2.format(p=p) + ".weight", (v.hidden,))
            _expect(info, names.attn_out.format(p=p) + ".weight", (v.hidden, v.hidden))
            _expect(info, names.fc1.format(p=p) + ".weight", (v.hidden, v.ffn))
            _expect(info, names.fc2.format(p=p) + ".weight", (v.ffn, v.hidden))
    for i in range(v.global_layers):
        _expect(info, f"v.global.blk.{i}.attn_gate")


def open_mllama(text_path: str | os.PathLike[str],
                projector_path: str | os.PathLike[str] | None = None) -> MllamaFiles:
    """Check a Llama 3.2 Vision model (one file, or text file + projector) and describe it.

    Raises :class:`ModelFileError` naming what is wrong: not a GGUF, truncated, not mllama,
    the projector missing or swapped, a projector of another model, tensors missing.
    """
    text = read_gguf_info(text_path)
    if text.architecture != "mllama" or not _has_text(text):
        if _has_vision(text) and not _has_text(text):
            raise ModelFileError(
                f"{text.path.name} is a Llama 3.2 Vision projector, not the model itself.",
                hint="Choose the model file and give the projector as its companion.",
            )
        raise ModelFileError(
            f"{text.path.name} is not a Llama 3.2 Vision model: it is {_describe(text)}."
        )
    t = _text_hparams(text)
    if _has_vision(text):
        if projector_path is not None:
            raise ModelFileError(
                f"{text.path.name} already holds its vision part; no projector file is needed."
            )
        layout: Layout = "single"
        projector = text
    else:
        if projector_path is None:
            raise ModelFileError(
                f"{text.path.name} holds only the text half of Llama 3.2 Vision; its vision "
                "projector file is missing.",
                hint="It needs its projector file too (usually named …mmproj….gguf), "
                "downloaded from the same place.",
            )
        layout = "split"
        projector = read_gguf_info(projector_path)
        if Path(projector.path).resolve() == Path(text.path).resolve() or not _has_vision(
                projector) or _has_text(projector):
            raise ModelFileError(
                f"{projector.path.name} is not a Llama 3.2 Vision projector: it is "
                f"{_describe(projector)}."
            )
    v = _vision_hparams(projector)
    _check_text(text, t)
    names = SPLIT_NAMES if layout == "split" else SINGLE_NAMES
    _check_vision(projector, v, names, t.hidden)
    return MllamaFiles(layout, text, projector, t, v)


def find_projector(text_path: str | os.PathLike[str]) -> Path | None:
    """The projector beside a split-layout text file (a ``*mmproj*.gguf`` next to it), if any.

    Files are checked by their header, not just their name; None when there is none or the
    text file already holds its vision part.
    """
    text = Path(text_path)
    try:
        info = read_gguf_info(text)
    except ModelFileError:
        return None
    if _has_vision(info):
        return None
    candidates = sorted(p for p in text.parent.glob("*.gguf")
                        if p != text and ("mmproj" in p.name.lower()
                                          or "projector" in p.name.lower()))
    for path in candidates:
        try:
            other = read_gguf_info(path)
        except ModelFileError:
            continue
        if _has_vision(other) and not _has_text(other):
            return path
    return None
