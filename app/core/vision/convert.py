"""Convert a Hugging Face Llama 3.2 Vision checkpoint (safetensors) to Hearth's GGUF layout.

Input: the folder of ``meta-llama/Llama-3.2-11B-Vision(-Instruct)`` or a mirror — config.json,
tokenizer.json, tokenizer_config.json and ``*.safetensors`` (BF16/F16/F32; names as
transformers 4.x or 5.x save them). Output: Ollama's split layout (text GGUF with
``general.architecture = mllama`` + ``…-mmproj-….gguf``), or its single-file layout, in the
conventions :mod:`app.core.vision.gguf_layout` documents: q/k rows permuted for ggml's RoPE
(cross-attention q/k too, their norms not), vision gates stored through tanh (the position gate
as 1 − tanh), split-layout vision MLP names swapped.

Text weights become F32, F16, Q8_0 or Q4_K (ggml's own quantizer; rows that do not split into
whole blocks stay F16); norms, biases and gates stay F32; the projector stays F16 (F32 with
``f32``). Tensors are produced one at a time while the file is written, so memory stays near
the largest tensor.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.core.errors import ModelFileError
from app.core.vision.safetensors import SafetensorsFile

Producer = Callable[[], np.ndarray]
Progress = Callable[[str, int, int], None]
FTYPES = ("f32", "f16", "q8_0", "q4_k")
_PREFIXES = (
    ("model.language_model.", "lm."), ("language_model.model.", "lm."),
    ("language_model.lm_head.", "lm_head."), ("model.vision_model.", "vision."),
    ("vision_model.", "vision."), ("model.multi_modal_projector.", "proj."),
    ("multi_modal_projector.", "proj."),
)


def _normal_name(name: str) -> str:
    for old, new in _PREFIXES:
        if name.startswith(old):
            return new + name[len(old):]
    return name


class Checkpoint:
    """The tensors and settings of a Hugging Face mllama folder."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        try:
            self.config = json.loads((self.folder / "config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelFileError(f"{self.folder} has no readable config.json ({exc}).") from None
        if self.config.get("model_type") != "mllama":
            raise ModelFileError(f"{self.folder} is not a Llama 3.2 Vision checkpoint "
                                 f"(model_type {self.config.get('model_type')!r}).")
        files = sorted(self.folder.glob("*.safetensors"))
        if not files:
            raise ModelFileError(f"{self.folder} holds no .safetensors files.")
        self._where: dict[str, tuple[SafetensorsFile, str]] = {}
        for path in files:
            st = SafetensorsFile(path)
            for name in st.names():
                self._where[_normal_name(name)] = (st, name)
        self.text: dict[str, Any] = self.config["text_config"]
        self.vision: dict[str, Any] = self.config["vision_config"]

    def __contains__(self, name: str) -> bool:
        return name in self._where

    def shape(self, name: str) -> tuple[int, ...]:
        st, raw = self._tensor(name)
        return st.shape(raw)

    def get(self, name: str) -> np.ndarray:
        st, raw = self._tensor(name)
        return st.get(raw)

    def _tensor(self, name: str) -> tuple[SafetensorsFile, str]:
        try:
            return self._where[name]
        except KeyError:
            raise ModelFileError(f"The checkpoint in {self.folder} has no tensor {name}.") from None


def permute_rope(w: np.ndarray, heads: int) -> np.ndarray:
    """HF (rotate-half) rows → GGUF (interleaved pairs) rows, as llama converters do."""
    rows = w.shape[0]
    return w.reshape(heads, 2, rows // heads // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def rope_parameters(text: dict[str, Any]) -> dict[str, Any]:
    params = dict(text.get("rope_parameters") or text.get("rope_scaling") or {})
    params.setdefault("rope_theta", text.get("rope_theta", 500000.0))
    return params


def llama3_rope_factors(text: dict[str, Any]) -> np.ndarray:
    """The llama3 RoPE frequency divisors (``rope_freqs.weight``), as llama.cpp stores them."""
    rp = rope_parameters(text)
    head_dim = text["hidden_size"] // text["num_attention_heads"]
    freqs = 1.0 / (rp["rope_theta"] ** (np.arange(0, head_dim, 2, dtype=np.float32) / head_dim))
    if rp.get("rope_type", "default") != "llama3":
        return np.ones(len(freqs), dtype=np.float32)
    old = rp["original_max_position_embeddings"]
    low, high, factor = rp["low_freq_factor"], rp["high_freq_factor"], rp["factor"]
    out = []
    for f in freqs:
        wavelength = 2 * math.pi / f
        if wavelength < old / high:
            out.append(1.0)
        elif wavelength > old / low:
            out.append(factor)
        else:
            smooth = (old / wavelength - low) / (high - low)
            out.append(1 / ((1 - smooth) / factor + smooth))
    return np.array(out, dtype=np.float32)


@dataclass(frozen=True, slots=True)
class Planned:
    name: str
    shape: tuple[int, ...]  # numpy order
    kind: str  # "weight" (text matrix), "vision" (projector matrix) or "small" (stays F32)
    make: Producer


def _text_plan(ck: Checkpoint) -> list[Planned]:
    t = ck.text
    heads, kv_heads = t["num_attention_heads"], t["num_key_value_heads"]
    cross = set(t["cross_attention_layers"])
    plan = [
        Planned("rope_freqs.weight", (t["hidden_size"] // heads // 2,), "small",
                lambda: llama3_rope_factors(t)),
        Planned("token_embd.weight", ck.shape("lm.embed_tokens.weight"), "weight",
                lambda: ck.get("lm.embed_tokens.weight")),
        Planned("output_norm.weight", ck.shape("lm.norm.weight"), "small",
                lambda: ck.get("lm.norm.weight")),
    ]
    head = "lm_head.weight" if "lm_head.weight" in ck else "lm.embed_tokens.weight"
    plan.append(Planned("output.weight", ck.shape(head), "weight", lambda: ck.get(head)))

    def same(dst: str, src: str, kind: str = "weight") -> Planned:
        return Planned(dst, ck.shape(src), kind, lambda: ck.get(src))

    def rope(dst: str, src: str, n: int) -> Planned:
        return Planned(dst, ck.shape(src), "weight", lambda: permute_rope(ck.get(src), n))

    for i in range(t["num_hidden_layers"]):
        p, b = f"lm.layers.{i}.", f"blk.{i}."
        plan += [same(b + "attn_norm.weight", p + "input_layernorm.weight", "small"),
                 same(b + "ffn_norm.weight", p + "post_attention_layernorm.weight", "small"),
                 same(b + "ffn_gate.weight", p + "mlp.gate_proj.weight"),
                 same(b + "ffn_up.weight", p + "mlp.up_proj.weight"),
                 same(b + "ffn_down.weight", p + "mlp.down_proj.weight")]
        if i in cross:
            c = p + "cross_attn."
            plan += [rope(b + "cross_attn_q_proj.weight", c + "q_proj.weight", heads),
                     rope(b + "cross_attn_k_proj.weight", c + "k_proj.weight", kv_heads),
                     same(b + "cross_attn_v_proj.weight", c + "v_proj.weight"),
                     same(b + "cross_attn_o_proj.weight", c + "o_proj.weight"),
                     same(b + "cross_attn_q_norm.weight", c + "q_norm.weight", "small"),
                     same(b + "cross_attn_k_norm.weight", c + "k_norm.weight", "small"),
                     same(b + "cross_attn_attn_gate", p + "cross_attn_attn_gate", "small"),
                     same(b + "cross_attn_mlp_gate", p + "cross_attn_mlp_gate", "small")]
        else:
            s = p + "self_attn."
            plan += [rope(b + "attn_q.weight", s + "q_proj.weight", heads),
                     rope(b + "attn_k.weight", s + "k_proj.weight", kv_heads),
                     same(b + "attn_v.weight", s + "v_proj.weight"),
                     same(b + "attn_output.weight", s + "o_proj.weight")]
    return plan


def _vision_plan(ck: Checkpoint, single_file: bool) -> list[Planned]:
    v = ck.vision
    pre = "vision."
    gate = pre + "gated_positional_embedding.gate"

    def small(dst: str, src: str, fn: Callable[[np.ndarray], np.ndarray] = lambda x: x
              ) -> Planned:
        return Planned(dst, ck.shape(src), "small", lambda: fn(ck.get(src)).astype(np.float32))

    def matrix(dst: str, src: str, fn: Callable[[np.ndarray], np.ndarray] = lambda x: x
               ) -> Planned:
        return Planned(dst, ck.shape(src), "vision", lambda: fn(ck.get(src)))

    plan = [
        matrix("v.patch_embd.weight", pre + "patch_embedding.weight"),
        small("v.class_embd", pre + "class_embedding"),
        small("v.position_embd.weight", pre + "gated_positional_embedding.embedding"),
        small("v.position_embd.gate", gate, lambda g: 1 - np.tanh(g)),
        matrix("v.tile_position_embd.weight",
               pre + "gated_positional_embedding.tile_embedding.weight"),
        small("v.tile_position_embd.gate", gate, np.tanh),
        small("v.pre_ln.weight", pre + "layernorm_pre.weight"),
        small("v.pre_ln.bias", pre + "layernorm_pre.bias"),
        small("v.post_ln.weight", pre + "layernorm_post.weight"),
        small("v.post_ln.bias", pre + "layernorm_post.bias"),
        matrix("mm.0.weight", "proj.weight"),
        small("mm.0.bias", "proj.bias"),
    ]
    for which in ("pre", "post"):
        p = f"{pre}{which}_tile_positional_embedding."
        plan += [small(f"v.{which}_tile_position_embd.weight", p + "embedding.weight"),
                 small(f"v.{which}_tile_position_embd.gate", p + "gate", np.tanh)]
    if single_file:
        names = {"ln1": "attn_norm", "ln2": "ffn_norm", "out": "attn_output", "fc1": "ffn_up",
                 "fc2": "ffn_down"}
    else:
        names = {"ln1": "ln1", "ln2": "ln2", "out": "attn_out", "fc1": "ffn_down",
                 "fc2": "ffn_up"}
    heads = v["attention_heads"]
    for src, dst, count in (("transformer", "v.blk", v["num_hidden_layers"]),
                            ("global_transformer", "v.global.blk", v["num_global_layers"])):
        for i in range(count):
            p, b = f"{pre}{src}.layers.{i}.", f"{dst}.{i}."
            plan += [
                matrix(b + "attn_q.weight", p + "self_attn.q_proj.weight",
                       lambda w: permute_rope(w, heads)),
                matrix(b + "attn_k.weight", p + "self_attn.k_proj.weight",
                       lambda w: permute_rope(w, heads)),
                matrix(b + "attn_v.weight", p + "self_attn.v_proj.weight"),
                matrix(b + f"{names['out']}.weight", p + "self_attn.o_proj.weight"),
            ]
            for part, key in (("input_layernorm", "ln1"), ("post_attention_layernorm", "ln2")):
                plan += [small(b + f"{names[key]}.weight", p + f"{part}.weight"),
                         small(b + f"{names[key]}.bias", p + f"{part}.bias")]
            for fc in ("fc1", "fc2"):
                plan += [matrix(b + f"{names[fc]}.weight", p + f"mlp.{fc}.weight"),
                         small(b + f"{names[fc]}.bias", p + f"mlp.{fc}.bias")]
            if src == "global_transformer":
                plan += [small(b + "attn_gate", p + "gate_attn", np.tanh),
                         small(b + "ffn_gate", p + "gate_ffn", np.tanh)]
    return plan


def _tokenizer(folder: Path) -> dict[str, Any]:
    """Tokens (GPT-2 byte-level strings, by id), types, merges and special ids."""
    try:
        tok = json.loads((folder / "tokenizer.json").read_text(encoding="utf-8"))
        cfg_path = folder / "tokenizer_config.json"
        cfg = json.loads(cfg_path.read_text(encoding="utf-8")) if cfg_path.exists() else {}
    except (OSError, ValueError) as exc:
        raise ModelFileError(f"{folder} has no readable tokenizer.json ({exc}).") from None
    by_id: dict[int, tuple[str, int]] = {i: (text, 1) for text, i in tok["model"]["vocab"].items()}
    for added in tok.get("added_tokens", []):
        by_id[added["id"]] = (added["content"], 3 if added.get("special") else 4)
    if sorted(by_id) != list(range(len(by_id))):
        raise ModelFileError(f"The tokenizer in {folder} has gaps in its token ids.")
    ids = {text: i for i, (text, _) in by_id.items()}
    merges = [m if isinstance(m, str) else " ".join(m) for m in tok["model"].get("merges", [])]

    def special(value: Any, default: str) -> int:
        text = value.get("content") if isinstance(value, dict) else value
        return ids.get(text or default, ids.get(default, 0))

    eos = ids.get("<|eot_id|>", special(cfg.get("eos_token"), "<|end_of_text|>"))
    return {
        "tokens": [by_id[i][0] for i in range(len(by_id))],
        "types": [by_id[i][1] for i in range(len(by_id))],
        "merges": merges,
        "bos": special(cfg.get("bos_token"), "<|begin_of_text|>"),
        "eos": eos,
        "pad": ids.get("<|finetune_right_pad_id|>"),
        "chat_template": cfg.get("chat_template") if isinstance(cfg.get("chat_template"),
                                                                str) else None,
    }


def _text_kv(w: Any, ck: Checkpoint, tok: dict[str, Any], name: str) -> None:
    t = ck.text
    w.add_name(name)
    w.add_block_count(t["num_hidden_layers"])
    w.add_context_length(t.get("max_position_embeddings", 131072))
    w.add_embedding_length(t["hidden_size"])
    w.add_feed_forward_length(t["intermediate_size"])
    w.add_head_count(t["num_attention_heads"])
    w.add_head_count_kv(t["num_key_value_heads"])
    w.add_rope_freq_base(float(rope_parameters(t)["rope_theta"]))
    w.add_rope_dimension_count(t["hidden_size"] // t["num_attention_heads"])
    w.add_layer_norm_rms_eps(float(t.get("rms_norm_eps", 1e-5)))
    w.add_vocab_size(t["vocab_size"])
    w.add_array("mllama.attention.cross_attention_layers", list(t["cross_attention_layers"]))
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("smaug-bpe")
    w.add_token_list(tok["tokens"])
    w.add_token_types(tok["types"])
    w.add_token_merges(tok["merges"])
    w.add_bos_token_id(tok["bos"])
    w.add_eos_token_id(tok["eos"])
    if tok["pad"] is not None:
        w.add_pad_token_id(tok["pad"])
    if tok["chat_template"]:
        w.add_chat_template(tok["chat_template"])


def _vision_kv(w: Any, ck: Checkpoint) -> None:
    v = ck.vision
    for key, value in (("block_count", v["num_hidden_layers"]),
                       ("global.block_count", v["num_global_layers"]),
                       ("embedding_length", v["hidden_size"]),
                       ("feed_forward_length", v["intermediate_size"]),
                       ("attention.head_count", v["attention_heads"]),
                       ("image_size", v["image_size"]), ("patch_size", v["patch_size"]),
                       ("max_num_tiles", v.get("max_num_tiles", 4)),
                       ("num_channels", v.get("num_channels", 3)),
                       ("projection_dim", ck.text["hidden_size"])):
        w.add_uint32(f"mllama.vision.{key}", int(value))
    w.add_float32("mllama.vision.attention.layer_norm_epsilon", float(v.get("norm_eps", 1e-5)))
    w.add_array("mllama.vision.intermediate_layers_indices",
                list(v.get("intermediate_layers_indices", [3, 7, 15, 23, 30])))


def _qtype(item: Planned, ftype: str) -> Any:
    import gguf

    Q = gguf.GGMLQuantizationType
    if item.kind == "small" or len(item.shape) < 2 or ftype == "f32":
        return Q.F32
    if item.kind == "vision" or ftype == "f16":
        return Q.F16
    wanted = Q.Q8_0 if ftype == "q8_0" else Q.Q4_K
    block = gguf.GGML_QUANT_SIZES[wanted][0]
    return wanted if len(item.shape) == 2 and item.shape[1] % block == 0 else Q.F16


def _encode(values: np.ndarray, qtype: Any) -> np.ndarray:
    import gguf

    from app.core.vision.ggml import lib

    Q = gguf.GGMLQuantizationType
    values = np.ascontiguousarray(values, dtype=np.float32)
    if qtype == Q.F32:
        return values
    if qtype == Q.F16:
        return values.astype(np.float16)
    rows, cols = values.shape
    out = np.empty(math.prod(gguf.quant_shape_to_byte_shape((rows, cols), qtype)), np.uint8)
    step = max(1, rows // 8)

    def part(start: int) -> None:  # ggml releases the GIL: rows quantize in parallel
        n = min(step, rows - start)
        lib().ggml_quantize_chunk(int(qtype), values.ctypes.data, out.ctypes.data, start * cols,
                                  n, cols, None)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(part, range(0, rows, step)))
    return out


class _Lazy:
    """Tensor data made when the writer reaches it (GGUFWriter calls ``tofile``)."""

    def __init__(self, item: Planned, qtype: Any, nbytes: int, done: Callable[[], None]) -> None:
        self.item, self.qtype, self.nbytes, self._done = item, qtype, nbytes, done

    def tofile(self, fh: Any) -> None:
        values = self.item.make()
        if tuple(values.shape) != self.item.shape:
            raise ModelFileError(f"{self.item.name}: shape {values.shape}, expected "
                                 f"{self.item.shape}")
        data = _encode(values, self.qtype)
        if data.nbytes != self.nbytes:
            raise AssertionError(f"{self.item.name}: {data.nbytes} bytes, planned {self.nbytes}")
        fh.write(data.tobytes())
        self._done()


def _write(path: Path, plan: list[Planned], ftype: str, kv: Callable[[Any], None],
           progress: Progress | None) -> None:
    import gguf

    tmp = path.with_name(path.name + ".part")
    writer = gguf.GGUFWriter(str(tmp), "mllama")
    kv(writer)
    lazies = []
    done = [0]

    def tick(name: str) -> Callable[[], None]:
        def step() -> None:
            done[0] += 1
            if progress is not None:
                progress(name, done[0], len(plan))
        return step

    for item in plan:
        qtype = _qtype(item, ftype)
        nbytes = math.prod(gguf.quant_shape_to_byte_shape(item.shape, qtype))
        writer.add_tensor_info(item.name, item.shape, np.dtype(np.float32), nbytes,
                               raw_dtype=qtype)
        lazies.append(_Lazy(item, qtype, nbytes, tick(item.name)))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for lazy in lazies:
        writer.write_tensor_data(lazy)  # type: ignore[arg-type]
    writer.close()
    os.replace(tmp, path)


def convert_checkpoint(folder: str | os.PathLike[str], out_dir: str | os.PathLike[str],
                       ftype: str = "q4_k", *, layout: str = "split", name: str | None = None,
                       progress: Progress | None = None) -> list[Path]:
    """Write the GGUF file(s) for the checkpoint in ``folder``; returns their paths."""
    if ftype not in FTYPES:
        raise ValueError(f"ftype must be one of {', '.join(FTYPES)}")
    if layout not in ("split", "single"):
        raise ValueError("layout must be 'split' or 'single'")
    ck = Checkpoint(folder)
    tok = _tokenizer(ck.folder)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = name or ck.folder.name
    label = ftype.upper()
    text_plan = _text_plan(ck)
    if layout == "single":
        path = out / f"{stem}-{label}.gguf"

        def both(w: Any) -> None:
            _text_kv(w, ck, tok, stem)
            _vision_kv(w, ck)
        _write(path, text_plan + _vision_plan(ck, True), ftype, both, progress)
        return [path]
    text = out / f"{stem}-{label}.gguf"
    proj = out / f"{stem}-mmproj-{'F32' if ftype == 'f32' else 'F16'}.gguf"
    _write(text, text_plan, ftype, lambda w: _text_kv(w, ck, tok, stem), progress)

    def proj_kv(w: Any) -> None:
        w.add_name(f"{stem} projector")
        w.add_type("mmproj")
        _vision_kv(w, ck)
    _write(proj, _vision_plan(ck, False), "f32" if ftype == "f32" else "f16", proj_kv, progress)
    return [text, proj]
