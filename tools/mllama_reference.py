"""Make the Llama 3.2 Vision ("mllama") reference data the tests compare Hearth against.

Needs torch and transformers (not project dependencies: the tests read what this writes, so
CI needs neither). Run from the repository root:

    python tools/mllama_reference.py

It writes, under tests/data/mllama/:

* ``preprocess.npz`` — source images and HF ``MllamaImageProcessorPil`` outputs for several
  tile grids (1×1, 1×2, 2×1, 1×3, a downscaled 2×2) and colour modes (RGB, RGBA, L);
* ``model.npz`` — a tiny random ``MllamaForConditionalGeneration``: its inputs, vision
  features, projector output, prompt logits, an 8-step greedy decode, and the text-only path;
* ``tiny-mllama-text.gguf`` + ``tiny-mllama-mmproj.gguf`` (Ollama's split layout) and
  ``tiny-mllama-single.gguf`` (Ollama's later single-file layout) holding the same weights,
  made by Hearth's converter (app/core/vision/convert.py) from what ``save_pretrained`` wrote
  — so the fidelity tests on these files test the converter too.

Two choices differ from transformers' defaults on purpose:

* transformers 5.x records the *outputs* of the vision layers listed in
  ``intermediate_layers_indices``; Meta's reference (``llama_models`` VisionEncoder) and
  transformers 4.x record their *inputs*. The released weights were trained with Meta's code,
  so the encoder here is patched back to record inputs.
* text rows before the image get no cross-attention output (Meta's reference; transformers
  zeroes only their MLP part, transformers issue #39379). It changes nothing for prompts that
  start with ``<|image|>``, and makes the chat-format reference match Meta's.
* the gates are set non-zero (HF initialises them at zero, which would hide the cross-attention
  and the gated embeddings from the comparison).
"""

from __future__ import annotations

import json
import math
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from transformers import MllamaConfig, MllamaForConditionalGeneration
from transformers.models.mllama import modeling_mllama
from transformers.models.mllama.image_processing_pil_mllama import MllamaImageProcessorPil

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "mllama"

CLIP_MEAN = [0.48145466, 0.4578275, 0.40821073]
CLIP_STD = [0.26862954, 0.26130258, 0.27577711]

TILE = 16  # the tiny model's image_size
PATCH = 4
# A tiny byte-level BPE vocabulary laid out like Llama 3's: 256 byte tokens, merges, then the
# control tokens; <|image|> comes after the model's vocab_size (128256 in the real model).
MERGES = ["he", "th", " t", "in", " a", "er", "an", "re", "on", " the", "is", " i", "at", "en",
          "nd", " w", "ou", "es", "it", " s", "ed", "or", " c", " p", "ing", " is", " o", "ar",
          "ic", "ct", "ur", " in", "ure", " pi", "ct", "?", "Wh", "What"]
MERGES = list(dict.fromkeys(m for m in MERGES if len(m) > 1))
SPECIALS = ["<|begin_of_text|>", "<|end_of_text|>", "<|reserved_special_token_0|>",
            "<|reserved_special_token_1|>", "<|finetune_right_pad_id|>", "<|step_id|>",
            "<|start_header_id|>", "<|end_header_id|>", "<|eom_id|>", "<|eot_id|>",
            "<|python_tag|>"]
VOCAB = 256 + len(MERGES) + len(SPECIALS)
IMAGE_TOKEN = VOCAB
BOS = 256 + len(MERGES)
EOT = BOS + SPECIALS.index("<|eot_id|>")
PAD = BOS + SPECIALS.index("<|finetune_right_pad_id|>")
CHAT_PROMPT = ("<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n<|image|>What is in "
               "this picture?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n")
LLAMA3_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)


def byte_to_unicode() -> dict[int, str]:
    """GPT-2's printable stand-ins for bytes (how GGUF stores byte-level BPE tokens)."""
    bs = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
          + list(range(ord("®"), ord("ÿ") + 1)))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs, strict=True)}


def vocab_bytes() -> list[bytes]:
    out = [bytes([b]) for b in range(256)]
    for m in MERGES:
        raw = m.encode()
        assert any(raw[:i] in out and raw[i:] in out for i in range(1, len(raw))), m
        out.append(raw)
    return out


def tokenizer():
    import tiktoken

    ranks = {b: i for i, b in enumerate(vocab_bytes())}
    specials = {t: BOS + i for i, t in enumerate(SPECIALS)} | {"<|image|>": IMAGE_TOKEN}
    return tiktoken.Encoding("tiny", pat_str=LLAMA3_PATTERN, mergeable_ranks=ranks,
                             special_tokens=specials)


def _cross_layer_forward_meta(self, hidden_states, cross_attention_states, cross_attention_mask,
                              attention_mask, full_text_row_masked_out_mask, position_ids=None,
                              cache=None, use_cache=False, position_embeddings=None, **kwargs):
    """MllamaCrossAttentionDecoderLayer.forward with Meta's rule for text before the image:
    the attention output of those rows is zeroed too (transformers only zeroes the MLP)."""
    residual = hidden_states
    hidden_states = self.input_layernorm(hidden_states)
    hidden_states, _ = self.cross_attn(hidden_states=hidden_states,
                                       attention_mask=cross_attention_mask,
                                       cross_attention_states=cross_attention_states,
                                       cache=cache, **kwargs)
    if full_text_row_masked_out_mask is not None:
        hidden_states = full_text_row_masked_out_mask[:, 0] * hidden_states
    hidden_states = residual + self.cross_attn_attn_gate.tanh() * hidden_states
    residual = hidden_states
    hidden_states = self.post_attention_layernorm(hidden_states)
    hidden_states = self.mlp(hidden_states)
    if full_text_row_masked_out_mask is not None:
        hidden_states = full_text_row_masked_out_mask[:, 0] * hidden_states
    return residual + self.cross_attn_mlp_gate.tanh() * hidden_states


modeling_mllama.MllamaCrossAttentionDecoderLayer.forward = _cross_layer_forward_meta


def _encoder_forward_inputs(self, hidden_states, attention_mask=None):
    """MllamaVisionEncoder.forward recording each layer's input (Meta / transformers 4.x)."""
    states = ()
    for layer in self.layers:
        states = (*states, hidden_states)
        hidden_states = layer(hidden_states=hidden_states, attention_mask=attention_mask)
    return modeling_mllama.BaseModelOutput(last_hidden_state=hidden_states, hidden_states=states)


modeling_mllama.MllamaVisionEncoder.forward = _encoder_forward_inputs


def processor(tile: int) -> MllamaImageProcessorPil:
    return MllamaImageProcessorPil(
        size={"height": tile, "width": tile}, image_mean=CLIP_MEAN, image_std=CLIP_STD,
        max_image_tiles=4,
    )


def synthetic_image(height: int, width: int, channels: int, seed: int) -> np.ndarray:
    """Smooth gradients plus noise: both matter for bilinear resampling."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    planes = []
    for c in range(channels):
        base = 127 + 100 * np.sin(x / (3.0 + c) + y / (5.0 + 2 * c) + c)
        planes.append(base + rng.normal(0, 20, size=(height, width)))
    img = np.clip(np.stack(planes, axis=-1), 0, 255).astype(np.uint8)
    return img[..., 0] if channels == 1 else img


def to_pil(array: np.ndarray) -> Image.Image:
    mode = {2: "L", 3: "RGB", 4: "RGBA"}[array.ndim if array.ndim == 2 else array.shape[-1]]
    return Image.fromarray(array, mode=mode)


# name, tile, (height, width), channels, expected (tiles high, tiles wide)
PREPROCESS_CASES = [
    ("square_1x1", 28, (28, 28), 3, (1, 1)),
    ("small_1x1", 28, (9, 13), 3, (1, 1)),
    ("wide_1x2", 28, (25, 50), 3, (1, 2)),
    ("tall_2x1", 28, (47, 23), 3, (2, 1)),
    ("wide_1x3", 28, (20, 75), 3, (1, 3)),
    ("big_2x2", 28, (121, 97), 3, (2, 2)),
    ("rgba_1x2", 28, (20, 55), 4, (1, 2)),
    ("gray_2x1", 28, (50, 24), 1, (2, 1)),
    ("model_1x2", TILE, (14, 29), 3, (1, 2)),
    ("model_1x1", TILE, (16, 16), 3, (1, 1)),
]


def make_preprocess() -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for i, (name, tile, (h, w), channels, grid) in enumerate(PREPROCESS_CASES):
        source = synthetic_image(h, w, channels, seed=100 + i)
        feats = processor(tile)(images=[[to_pil(source)]], return_tensors="np")
        ids = int(feats["aspect_ratio_ids"][0, 0])
        n = int(feats["num_tiles"][0][0])
        assert n == grid[0] * grid[1], (name, n, grid)
        out[f"{name}/source"] = source
        out[f"{name}/tile"] = np.array(tile)
        out[f"{name}/grid"] = np.array(grid)
        out[f"{name}/pixel_values"] = feats["pixel_values"][0, 0].astype(np.float32)
        out[f"{name}/aspect_ratio_id"] = np.array(ids)
        out[f"{name}/aspect_ratio_mask"] = feats["aspect_ratio_mask"][0, 0]
    return out


def tiny_config() -> MllamaConfig:
    vision = {
        "hidden_size": 32, "attention_heads": 4, "intermediate_size": 64,
        "num_hidden_layers": 4, "num_global_layers": 2, "intermediate_layers_indices": [0, 2],
        "vision_output_dim": 32 * 3, "image_size": TILE, "patch_size": PATCH,
        "num_channels": 3, "max_num_tiles": 4, "norm_eps": 1e-5,
        "supported_aspect_ratios": [[1, 1], [1, 2], [1, 3], [1, 4], [2, 1], [2, 2], [3, 1],
                                    [4, 1]],
    }
    text = {
        "vocab_size": VOCAB, "hidden_size": 64, "num_hidden_layers": 5,
        "num_attention_heads": 4, "num_key_value_heads": 2, "intermediate_size": 64,
        "cross_attention_layers": [1, 3], "rms_norm_eps": 1e-5,
        "max_position_embeddings": 256, "tie_word_embeddings": False,
        "rope_parameters": {"rope_type": "llama3", "rope_theta": 500000.0, "factor": 8.0,
                            "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                            "original_max_position_embeddings": 32},
        "pad_token_id": PAD, "bos_token_id": BOS, "eos_token_id": EOT,
    }
    return MllamaConfig(vision_config=vision, text_config=text, image_token_index=IMAGE_TOKEN)


def tiny_model(seed: int = 0) -> MllamaForConditionalGeneration:
    torch.manual_seed(seed)
    config = tiny_config()
    config._attn_implementation = "eager"
    model = MllamaForConditionalGeneration(config).eval().float()
    with torch.no_grad():
        gen = torch.Generator().manual_seed(seed + 1)
        for name, p in model.named_parameters():
            if p.numel() == 1:  # every scalar gate
                p.copy_(0.3 + 0.6 * torch.rand(1, generator=gen))
            elif "embedding" in name or "class_embedding" in name:
                p.copy_(torch.randn(p.shape, generator=gen) * 0.5)
            elif "norm" in name and p.dim() == 1 and name.endswith("weight"):
                p.copy_(1 + 0.2 * torch.randn(p.shape, generator=gen))
            elif name.endswith("bias"):
                p.copy_(0.1 * torch.randn(p.shape, generator=gen))
            else:
                p.copy_(torch.randn(p.shape, generator=gen) / math.sqrt(p.shape[-1]))
    return model


def cross_mask(ids: list[int], num_tiles: int) -> torch.Tensor:
    """Rows from `<|image|>` on attend the image's real tiles (as MllamaProcessor builds it)."""
    mask = torch.zeros(1, len(ids), 1, 4, dtype=torch.long)
    mask[:, ids.index(IMAGE_TOKEN):, 0, :num_tiles] = 1
    return mask


def make_model(pre: dict[str, np.ndarray]) -> tuple[MllamaForConditionalGeneration, dict]:
    model = tiny_model()
    out: dict[str, np.ndarray] = {}
    enc = tokenizer()
    prompt = [IMAGE_TOKEN, *enc.encode("What is in this picture?")]
    text_prompt = [BOS, *enc.encode("Is the tiny model here?")]
    chat_prompt = enc.encode(CHAT_PROMPT, allowed_special="all")
    out["chat_prompt"] = np.array(chat_prompt)
    with torch.no_grad():
        for case in ("model_1x2", "model_1x1"):
            pixel = torch.from_numpy(pre[f"{case}/pixel_values"])[None, None]
            ar_id = torch.tensor([[int(pre[f"{case}/aspect_ratio_id"])]])
            ar_mask = torch.from_numpy(pre[f"{case}/aspect_ratio_mask"])[None, None]
            n_tiles = int(ar_mask.sum())
            vision = model.model.vision_model(pixel_values=pixel, aspect_ratio_ids=ar_id,
                                              aspect_ratio_mask=ar_mask).last_hidden_state
            projected = model.model.multi_modal_projector(vision)
            ids = torch.tensor([prompt])
            xmask = cross_mask(prompt, n_tiles)
            logits = model(input_ids=ids, pixel_values=pixel, aspect_ratio_ids=ar_id,
                           aspect_ratio_mask=ar_mask, cross_attention_mask=xmask).logits
            generated = model.generate(
                input_ids=ids, pixel_values=pixel, aspect_ratio_ids=ar_id,
                aspect_ratio_mask=ar_mask, cross_attention_mask=xmask, max_new_tokens=8,
                do_sample=False, eos_token_id=None, pad_token_id=PAD,
            )[0, len(prompt):]
            chat = model.generate(
                input_ids=torch.tensor([chat_prompt]), pixel_values=pixel,
                aspect_ratio_ids=ar_id, aspect_ratio_mask=ar_mask,
                cross_attention_mask=cross_mask(chat_prompt, n_tiles), max_new_tokens=8,
                do_sample=False, eos_token_id=None, pad_token_id=PAD,
            )[0, len(chat_prompt):]
            out[f"{case}/chat_greedy"] = chat.numpy()
            out[f"{case}/vision"] = vision[0, 0].numpy()  # (tiles, patches + 1, 3·hidden)
            out[f"{case}/projected"] = projected[0, 0].numpy()
            out[f"{case}/logits"] = logits[0].numpy()
            out[f"{case}/greedy"] = generated.numpy()
            out[f"{case}/margin"] = np.array(top2_margin(logits[0, -1]))
        out["prompt"] = np.array(prompt)
        ids = torch.tensor([text_prompt])
        out["text_prompt"] = np.array(text_prompt)
        out["text/logits"] = model(input_ids=ids).logits[0].numpy()
        out["text/greedy"] = model.generate(
            input_ids=ids, max_new_tokens=8, do_sample=False, eos_token_id=None,
            pad_token_id=PAD,
        )[0, len(text_prompt):].numpy()
    return model, out


def top2_margin(logits: torch.Tensor) -> float:
    top = torch.topk(logits, 2).values
    return float(top[0] - top[1])


# --- GGUF export: through Hearth's own converter, from what save_pretrained writes -----------

def write_tokenizer(folder: Path) -> None:
    """tokenizer.json / tokenizer_config.json for the tiny vocabulary (HF's BPE format)."""
    table = byte_to_unicode()
    pieces = ["".join(table[b] for b in raw) for raw in vocab_bytes()]
    merges = []
    for raw in vocab_bytes()[256:]:
        cut = next(i for i in range(1, len(raw))
                   if raw[:i] in vocab_bytes() and raw[i:] in vocab_bytes())
        merges.append("".join(table[b] for b in raw[:cut]) + " "
                      + "".join(table[b] for b in raw[cut:]))
    added = [{"id": BOS + i, "content": t, "special": True} for i, t in enumerate(SPECIALS)]
    added.append({"id": IMAGE_TOKEN, "content": "<|image|>", "special": True})
    tokenizer = {"model": {"type": "BPE", "vocab": {p: i for i, p in enumerate(pieces)},
                           "merges": merges}, "added_tokens": added}
    (folder / "tokenizer.json").write_text(json.dumps(tokenizer), encoding="utf-8")
    (folder / "tokenizer_config.json").write_text(json.dumps(
        {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>"}), encoding="utf-8")


def export(model: MllamaForConditionalGeneration) -> None:
    sys.path.insert(0, str(OUT.parents[2]))
    from app.core.vision.convert import convert_checkpoint

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "tiny-mllama"
        model.save_pretrained(folder, safe_serialization=True)
        write_tokenizer(folder)
        text, proj = convert_checkpoint(folder, Path(tmp) / "split", "f32",
                                        name="Tiny Llama 3.2 Vision test model")
        shutil.move(text, OUT / "tiny-mllama-text.gguf")
        shutil.move(proj, OUT / "tiny-mllama-mmproj.gguf")
        (single,) = convert_checkpoint(folder, Path(tmp) / "single", "f32", layout="single",
                                       name="Tiny Llama 3.2 Vision test model")
        shutil.move(single, OUT / "tiny-mllama-single.gguf")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    pre = make_preprocess()
    np.savez_compressed(OUT / "preprocess.npz", **pre)
    model, ref = make_model(pre)
    np.savez_compressed(OUT / "model.npz", **ref)
    export(model)
    for case in ("model_1x2", "model_1x1"):
        print(case, "greedy", ref[f"{case}/greedy"].tolist(),
              "margin", float(ref[f"{case}/margin"]))
    print("text greedy", ref["text/greedy"].tolist())
    print("chat greedy", ref["model_1x2/chat_greedy"].tolist())
    for p in sorted(OUT.iterdir()):
        print(f"{p.name}: {p.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
