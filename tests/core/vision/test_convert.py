"""The safetensors → GGUF converter, on a tiny checkpoint in Hugging Face's layout.

tools/mllama_reference.py runs the same converter on transformers' own save_pretrained output
to make the committed GGUFs (checked against HF by the other tests). Here, without torch, a
checkpoint in the transformers 4.x naming is rebuilt from those GGUFs by undoing the
documented conventions, converted again, and must give the same tensors.
"""

from __future__ import annotations

import json
from pathlib import Path

import gguf
import numpy as np
import pytest
from PIL import Image

from app.core.chat.message import Message
from app.core.engine.base import GenerationRequest, ImageInput, LoadOptions, SamplingParams
from app.core.errors import ModelFileError
from app.core.licence import Declaration
from app.core.vision.convert import convert_checkpoint
from app.core.vision.engine import MllamaEngine
from app.core.vision.gguf_layout import open_mllama
from app.core.vision.safetensors import SafetensorsFile, write_safetensors

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
TEXT, PROJ = DATA / "tiny-mllama-text.gguf", DATA / "tiny-mllama-mmproj.gguf"


def _tensors(path: Path) -> dict[str, np.ndarray]:
    reader = gguf.GGUFReader(path)
    return {t.name: np.array(t.data).reshape(tuple(reversed([int(d) for d in t.shape])))
            for t in reader.tensors}


def _fields(path: Path) -> dict[str, object]:
    return {f.name: f.contents() for f in gguf.GGUFReader(path).fields.values()}


def _unpermute(w: np.ndarray, heads: int) -> np.ndarray:
    rows = w.shape[0]
    return w.reshape(heads, rows // heads // 2, 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def _hf_checkpoint(folder: Path, dtype: type = np.float32) -> Path:
    """A transformers-4.x-named checkpoint holding the committed GGUFs' weights."""
    folder.mkdir()
    kv = _fields(TEXT)
    vkv = _fields(PROJ)
    t, v = _tensors(TEXT), _tensors(PROJ)
    heads, kv_heads = kv["mllama.attention.head_count"], kv["mllama.attention.head_count_kv"]
    vheads = vkv["mllama.vision.attention.head_count"]
    cross = kv["mllama.attention.cross_attention_layers"]
    hf = {"language_model.model.embed_tokens.weight": t["token_embd.weight"],
          "language_model.model.norm.weight": t["output_norm.weight"],
          "language_model.lm_head.weight": t["output.weight"]}
    for i in range(kv["mllama.block_count"]):
        p, b = f"language_model.model.layers.{i}.", f"blk.{i}."
        hf |= {p + "input_layernorm.weight": t[b + "attn_norm.weight"],
               p + "post_attention_layernorm.weight": t[b + "ffn_norm.weight"],
               p + "mlp.gate_proj.weight": t[b + "ffn_gate.weight"],
               p + "mlp.up_proj.weight": t[b + "ffn_up.weight"],
               p + "mlp.down_proj.weight": t[b + "ffn_down.weight"]}
        if i in cross:
            c = p + "cross_attn."
            hf |= {c + "q_proj.weight": _unpermute(t[b + "cross_attn_q_proj.weight"], heads),
                   c + "k_proj.weight": _unpermute(t[b + "cross_attn_k_proj.weight"], kv_heads),
                   c + "v_proj.weight": t[b + "cross_attn_v_proj.weight"],
                   c + "o_proj.weight": t[b + "cross_attn_o_proj.weight"],
                   c + "q_norm.weight": t[b + "cross_attn_q_norm.weight"],
                   c + "k_norm.weight": t[b + "cross_attn_k_norm.weight"],
                   p + "cross_attn_attn_gate": t[b + "cross_attn_attn_gate"],
                   p + "cross_attn_mlp_gate": t[b + "cross_attn_mlp_gate"]}
        else:
            s = p + "self_attn."
            hf |= {s + "q_proj.weight": _unpermute(t[b + "attn_q.weight"], heads),
                   s + "k_proj.weight": _unpermute(t[b + "attn_k.weight"], kv_heads),
                   s + "v_proj.weight": t[b + "attn_v.weight"],
                   s + "o_proj.weight": t[b + "attn_output.weight"]}
    g = np.arctanh(v["v.tile_position_embd.gate"])
    vm = "vision_model."
    hf |= {vm + "patch_embedding.weight": v["v.patch_embd.weight"],
           vm + "class_embedding": v["v.class_embd"],
           vm + "gated_positional_embedding.embedding": v["v.position_embd.weight"],
           vm + "gated_positional_embedding.gate": g,
           vm + "gated_positional_embedding.tile_embedding.weight":
               v["v.tile_position_embd.weight"],
           vm + "layernorm_pre.weight": v["v.pre_ln.weight"],
           vm + "layernorm_pre.bias": v["v.pre_ln.bias"],
           vm + "layernorm_post.weight": v["v.post_ln.weight"],
           vm + "layernorm_post.bias": v["v.post_ln.bias"],
           "multi_modal_projector.weight": v["mm.0.weight"],
           "multi_modal_projector.bias": v["mm.0.bias"]}
    for which in ("pre", "post"):
        p = f"{vm}{which}_tile_positional_embedding."
        hf |= {p + "embedding.weight": v[f"v.{which}_tile_position_embd.weight"],
               p + "gate": np.arctanh(v[f"v.{which}_tile_position_embd.gate"])}
    for src, dst, count in (("transformer", "v.blk", vkv["mllama.vision.block_count"]),
                            ("global_transformer", "v.global.blk",
                             vkv["mllama.vision.global.block_count"])):
        for i in range(count):
            p, b = f"{vm}{src}.layers.{i}.", f"{dst}.{i}."
            hf |= {p + "self_attn.q_proj.weight": _unpermute(v[b + "attn_q.weight"], vheads),
                   p + "self_attn.k_proj.weight": _unpermute(v[b + "attn_k.weight"], vheads),
                   p + "self_attn.v_proj.weight": v[b + "attn_v.weight"],
                   p + "self_attn.o_proj.weight": v[b + "attn_out.weight"],
                   p + "input_layernorm.weight": v[b + "ln1.weight"],
                   p + "input_layernorm.bias": v[b + "ln1.bias"],
                   p + "post_attention_layernorm.weight": v[b + "ln2.weight"],
                   p + "post_attention_layernorm.bias": v[b + "ln2.bias"],
                   p + "mlp.fc1.weight": v[b + "ffn_down.weight"],
                   p + "mlp.fc1.bias": v[b + "ffn_down.bias"],
                   p + "mlp.fc2.weight": v[b + "ffn_up.weight"],
                   p + "mlp.fc2.bias": v[b + "ffn_up.bias"]}
            if src == "global_transformer":
                hf |= {p + "gate_attn": np.arctanh(v[b + "attn_gate"]),
                       p + "gate_ffn": np.arctanh(v[b + "ffn_gate"])}
    write_safetensors(folder / "model.safetensors",
                      {k: np.ascontiguousarray(a, dtype=dtype) for k, a in hf.items()})
    hidden, layers = kv["mllama.embedding_length"], kv["mllama.block_count"]
    config = {
        "model_type": "mllama",
        "text_config": {
            "vocab_size": kv["mllama.vocab_size"], "hidden_size": hidden,
            "num_hidden_layers": layers, "num_attention_heads": heads,
            "num_key_value_heads": kv_heads, "intermediate_size":
                kv["mllama.feed_forward_length"], "cross_attention_layers": list(cross),
            "rms_norm_eps": 1e-5, "max_position_embeddings": kv["mllama.context_length"],
            "rope_theta": 500000.0,
            "rope_scaling": {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                             "high_freq_factor": 4.0, "original_max_position_embeddings": 32}},
        "vision_config": {
            "hidden_size": vkv["mllama.vision.embedding_length"], "attention_heads": vheads,
            "intermediate_size": vkv["mllama.vision.feed_forward_length"],
            "num_hidden_layers": vkv["mllama.vision.block_count"],
            "num_global_layers": vkv["mllama.vision.global.block_count"],
            "intermediate_layers_indices": vkv["mllama.vision.intermediate_layers_indices"],
            "image_size": vkv["mllama.vision.image_size"],
            "patch_size": vkv["mllama.vision.patch_size"], "max_num_tiles": 4,
            "norm_eps": 1e-5},
    }
    (folder / "config.json").write_text(json.dumps(config))
    tokens = kv["tokenizer.ggml.tokens"]
    types = kv["tokenizer.ggml.token_type"]
    vocab = {tok: i for i, (tok, kind) in enumerate(zip(tokens, types, strict=True)) if kind == 1}
    added = [{"id": i, "content": tok, "special": True}
             for i, (tok, kind) in enumerate(zip(tokens, types, strict=True)) if kind != 1]
    tokenizer = {"model": {"type": "BPE", "vocab": vocab,
                           "merges": kv["tokenizer.ggml.merges"]}, "added_tokens": added}
    (folder / "tokenizer.json").write_text(json.dumps(tokenizer))
    (folder / "tokenizer_config.json").write_text(json.dumps(
        {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"}))
    return folder


def test_round_trip_gives_the_same_tensors(tmp_path: Path) -> None:
    ck = _hf_checkpoint(tmp_path / "hf")
    text, proj = convert_checkpoint(ck, tmp_path / "out", "f32", name="tiny")
    assert text.name == "tiny-F32.gguf" and proj.name == "tiny-mmproj-F32.gguf"
    for ours, ref in ((text, TEXT), (proj, PROJ)):
        got, expected = _tensors(ours), _tensors(ref)
        assert set(got) == set(expected)
        for name, array in expected.items():
            assert np.allclose(got[name], array, rtol=0, atol=1e-6), name
    files = open_mllama(text, proj)
    assert files.layout == "split"
    assert _fields(text)["tokenizer.ggml.tokens"] == _fields(TEXT)["tokenizer.ggml.tokens"]


def test_single_file_layout(tmp_path: Path) -> None:
    (single,) = convert_checkpoint(_hf_checkpoint(tmp_path / "hf"), tmp_path / "out", "f16",
                                   layout="single")
    assert open_mllama(single).layout == "single"


def test_quantized_model_answers_about_a_picture(tmp_path: Path) -> None:
    ck = _hf_checkpoint(tmp_path / "hf", dtype=np.float16)
    assert SafetensorsFile(ck / "model.safetensors").get(
        "language_model.model.norm.weight").dtype == np.float32
    text, proj = convert_checkpoint(ck, tmp_path / "out", "q8_0", name="tiny")
    types = {t.name: t.tensor_type for t in gguf.GGUFReader(text).tensors}
    assert types["blk.0.ffn_up.weight"] == gguf.GGMLQuantizationType.Q8_0
    assert types["blk.0.attn_norm.weight"] == gguf.GGMLQuantizationType.F32
    picture = tmp_path / "p.png"
    Image.fromarray(np.load(DATA / "preprocess.npz")["model_1x2/source"]).save(picture)
    engine = MllamaEngine(text, proj, LoadOptions(n_ctx=64, n_threads=2),
                          declaration=Declaration.make("US", "individual"))
    try:
        events = list(engine.generate(GenerationRequest(
            messages=[Message("user", "What is in this picture?")],
            images=(ImageInput(picture),), sampling=SamplingParams(temperature=0, max_tokens=4))))
        assert events[-1].stats.completion_tokens == 4
    finally:
        engine.close()


def test_not_a_checkpoint(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match=r"config\.json"):
        convert_checkpoint(tmp_path, tmp_path / "out")
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "llama"}))
    with pytest.raises(ModelFileError, match=r"not a Llama 3\.2 Vision checkpoint"):
        convert_checkpoint(tmp_path, tmp_path / "out")
