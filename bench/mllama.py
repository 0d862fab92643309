"""Llama 3.2 11B Vision on Hearth's ggml engine against llama.cpp on a Llama 3.1 8B shape.

    python bench/mllama.py                     # write the models (once), then measure
    python bench/mllama.py --rounds 3 --gen 16 --encode 4,1
    python bench/mllama.py --parts engine,rates   # the picture-reading measurements only

Parts (``--parts``, default all): ``decode`` (below), ``engine`` (picture reading through
the engine: full and quick encode time, first progress, cancel latency p50/p95, time to first
token for a picture seen before vs the first time) and ``rates`` (the encoder's matmul and
attention GFLOP/s at the 11B shape against llama.cpp's own F16 prompt processing, ``llama-bench
-p 512`` on SmolLM2-135M converted to F16, in alternating rounds with the same threads).

Writes random-weight GGUFs in the exact 11B shapes (text in a Q4_K_M mix + F16 projector, the
split layout) and a Llama 3.1 8B-shaped GGUF with the same mix, quantized with ggml's own
``ggml_quantize_chunk``. Then, with the same threads and in alternating rounds (so that load
from other programs hits both sides alike): llama.cpp's ``llama-bench`` decode on the 8B file,
and Hearth's mllama decode with one image's 6404 cross-attention tokens set, as in use, and
without an image (only the 32 self-attention layers, the same work as the 8B model).

The 11B text model does more work per token than 8B: its 8 cross-attention layers read
~1.7 B more weights and attend over the image. The benchmark prints that ceiling too: the
bytes an 8B token reads over the bytes an 11B token reads (weights plus the image's cross K/V).
Then image encode time and peak RSS. Results go to ``bench/results/mllama.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import gguf  # noqa: E402

from app.core.vision import ggml as G  # noqa: E402
from bench.llama_tools import tools_dir  # noqa: E402
from tests.support.tiny_gguf import llama3_rope_factors, llama32_vocab  # noqa: E402

CACHE = Path("/tmp/hearth-bench-mllama")
Q4_K, Q6_K, F16, F32 = (gguf.GGMLQuantizationType.Q4_K, gguf.GGMLQuantizationType.Q6_K,
                        gguf.GGMLQuantizationType.F16, gguf.GGMLQuantizationType.F32)
N_EMBD, N_FF, N_HEAD, N_KV, HEAD = 4096, 14336, 32, 8, 128
VOCAB = 128256
CROSS = (3, 8, 13, 18, 23, 28, 33, 38)
V_HIDDEN, V_FF, V_HEADS, V_LAYERS, V_GLOBAL, PATCHES = 1280, 5120, 16, 32, 8, 1601


def _quantize(values: np.ndarray, qtype: gguf.GGMLQuantizationType) -> np.ndarray:
    """ggml's quantizer (the one llama-quantize uses) on rows of ``values``."""
    g = G.lib()
    rows, cols = values.shape
    out = np.empty(math.prod(gguf.quant_shape_to_byte_shape((rows, cols), qtype)), np.uint8)
    values = np.ascontiguousarray(values, dtype=np.float32)
    n = g.ggml_quantize_chunk(int(qtype), values.ctypes.data, out.ctypes.data, 0, rows, cols,
                             None)
    assert n == out.nbytes, (n, out.nbytes)
    return out


BLOCK_ROWS = 256


@cache
def _random_rows(cols: int, qtype: gguf.GGMLQuantizationType, seed: int) -> np.ndarray:
    """256 random rows, encoded once and repeated through a tensor: quantizing 10 B values
    in Python-driven chunks takes most of an hour, and a weight's values do not change how
    fast it is read or multiplied."""
    rng = np.random.default_rng(seed)
    chunk = rng.integers(-128, 128, size=(BLOCK_ROWS, cols), dtype=np.int8).astype(np.float32)
    chunk *= np.float32(0.02 * math.sqrt(3) / 128)
    if qtype == F32:
        data = chunk
    elif qtype == F16:
        data = chunk.astype(np.float16)
    else:
        data = _quantize(chunk, qtype)
    return np.ascontiguousarray(data).view(np.uint8).reshape(-1)


class Streamed:
    """Tensor data produced chunk by chunk at write time (GGUFWriter calls ``tofile``)."""

    def __init__(self, shape: tuple[int, ...], qtype: gguf.GGMLQuantizationType, fill: str,
                 seed: int) -> None:
        self.shape, self.qtype, self.fill, self.seed = shape, qtype, fill, seed
        self.nbytes = math.prod(gguf.quant_shape_to_byte_shape(shape, qtype))

    def _chunks(self) -> Iterator[np.ndarray]:
        if self.fill == "ones":
            yield np.ones(self.shape, np.float32)
            return
        if self.fill == "rope":
            yield llama3_rope_factors(HEAD)
            return
        if self.fill == "gate":
            yield np.full(self.shape, 0.5, np.float32)
            return
        cols = self.shape[-1]
        rows = math.prod(self.shape[:-1])
        block = _random_rows(cols, self.qtype, self.seed % 4)
        per_row = block.nbytes // BLOCK_ROWS
        for start in range(0, rows, BLOCK_ROWS):
            n = min(BLOCK_ROWS, rows - start)
            yield block[: n * per_row]

    def tofile(self, fh) -> None:  # type: ignore[no-untyped-def]
        written = 0
        for chunk in self._chunks():
            data = np.ascontiguousarray(chunk)
            fh.write(data.data)
            written += data.nbytes
        assert written == self.nbytes


def _more_bits(i: int, n: int) -> bool:
    """llama.cpp's Q4_K_M rule for which attn_v / ffn_down layers get Q6_K."""
    return i < n // 8 or i >= 7 * n // 8 or (i - n // 8) % 3 == 2


def text_plan(n_layer: int, cross: tuple[int, ...], vocab_rows: int
              ) -> list[tuple[str, tuple[int, ...], gguf.GGMLQuantizationType, str]]:
    plan = [("rope_freqs.weight", (HEAD // 2,), F32, "rope"),
            ("token_embd.weight", (vocab_rows, N_EMBD), Q4_K, "random"),
            ("output_norm.weight", (N_EMBD,), F32, "ones"),
            ("output.weight", (VOCAB, N_EMBD), Q6_K, "random")]
    kv = N_KV * HEAD
    for i in range(n_layer):
        b = f"blk.{i}."
        down = Q6_K if _more_bits(i, n_layer) else Q4_K
        plan += [(b + "attn_norm.weight", (N_EMBD,), F32, "ones"),
                 (b + "ffn_norm.weight", (N_EMBD,), F32, "ones"),
                 (b + "ffn_gate.weight", (N_FF, N_EMBD), Q4_K, "random"),
                 (b + "ffn_up.weight", (N_FF, N_EMBD), Q4_K, "random"),
                 (b + "ffn_down.weight", (N_EMBD, N_FF), down, "random")]
        if i in cross:
            plan += [(b + "cross_attn_q_proj.weight", (N_EMBD, N_EMBD), Q4_K, "random"),
                     (b + "cross_attn_k_proj.weight", (kv, N_EMBD), Q4_K, "random"),
                     (b + "cross_attn_v_proj.weight", (kv, N_EMBD), down, "random"),
                     (b + "cross_attn_o_proj.weight", (N_EMBD, N_EMBD), Q4_K, "random"),
                     (b + "cross_attn_q_norm.weight", (HEAD,), F32, "ones"),
                     (b + "cross_attn_k_norm.weight", (HEAD,), F32, "ones"),
                     (b + "cross_attn_attn_gate", (1,), F32, "gate"),
                     (b + "cross_attn_mlp_gate", (1,), F32, "gate")]
        else:
            plan += [(b + "attn_q.weight", (N_EMBD, N_EMBD), Q4_K, "random"),
                     (b + "attn_k.weight", (kv, N_EMBD), Q4_K, "random"),
                     (b + "attn_v.weight", (kv, N_EMBD), down, "random"),
                     (b + "attn_output.weight", (N_EMBD, N_EMBD), Q4_K, "random")]
    return plan


def projector_plan() -> list[tuple[str, tuple[int, ...], gguf.GGMLQuantizationType, str]]:
    h, f = V_HIDDEN, V_FF
    plan = [("v.patch_embd.weight", (h, 3, 14, 14), F16, "random"),
            ("v.class_embd", (h,), F32, "random"),
            ("v.position_embd.weight", (PATCHES, h), F32, "random"),
            ("v.position_embd.gate", (1,), F32, "gate"),
            ("v.tile_position_embd.weight", (9, 4 * PATCHES * h), F16, "random"),
            ("v.tile_position_embd.gate", (1,), F32, "gate"),
            ("v.pre_tile_position_embd.weight", (9, 4 * h), F32, "random"),
            ("v.pre_tile_position_embd.gate", (1,), F32, "gate"),
            ("v.post_tile_position_embd.weight", (9, 4 * h), F32, "random"),
            ("v.post_tile_position_embd.gate", (1,), F32, "gate"),
            ("v.pre_ln.weight", (h,), F32, "ones"), ("v.pre_ln.bias", (h,), F32, "random"),
            ("v.post_ln.weight", (h,), F32, "ones"), ("v.post_ln.bias", (h,), F32, "random"),
            ("mm.0.weight", (N_EMBD, 6 * h), F16, "random"),
            ("mm.0.bias", (N_EMBD,), F32, "random")]
    for prefix, count in (("v.blk", V_LAYERS), ("v.global.blk", V_GLOBAL)):
        for i in range(count):
            b = f"{prefix}.{i}."
            plan += [(b + n, (h, h), F16, "random") for n in
                     ("attn_q.weight", "attn_k.weight", "attn_v.weight", "attn_out.weight")]
            plan += [(b + "ln1.weight", (h,), F32, "ones"), (b + "ln1.bias", (h,), F32, "random"),
                     (b + "ln2.weight", (h,), F32, "ones"), (b + "ln2.bias", (h,), F32, "random"),
                     (b + "ffn_down.weight", (f, h), F16, "random"),  # fc1 in this layout
                     (b + "ffn_down.bias", (f,), F32, "random"),
                     (b + "ffn_up.weight", (h, f), F16, "random"),
                     (b + "ffn_up.bias", (h,), F32, "random")]
            if prefix == "v.global.blk":
                plan += [(b + "attn_gate", (1,), F32, "gate"), (b + "ffn_gate", (1,), F32, "gate")]
    return plan


def write(path: Path, arch: str, plan, kv) -> None:  # type: ignore[no-untyped-def]
    if path.exists():
        return
    tmp = path.with_suffix(".part")
    w = gguf.GGUFWriter(str(tmp), arch)
    kv(w)
    for name, shape, qtype, _ in plan:
        nbytes = math.prod(gguf.quant_shape_to_byte_shape(shape, qtype))
        w.add_tensor_info(name, shape, np.dtype(np.float32), nbytes, raw_dtype=qtype)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_ti_data_to_file()
    for seed, (_, shape, qtype, fill) in enumerate(plan):
        w.write_tensor_data(Streamed(shape, qtype, fill, seed))  # type: ignore[arg-type]
    w.close()
    tmp.rename(path)


def _text_kv(arch: str, n_layer: int, image_token: bool):  # type: ignore[no-untyped-def]
    vocab = llama32_vocab()

    def add(w: gguf.GGUFWriter) -> None:
        w.add_name(f"random {arch} {n_layer} layers")
        w.add_block_count(n_layer)
        w.add_context_length(131072)
        w.add_embedding_length(N_EMBD)
        w.add_feed_forward_length(N_FF)
        w.add_head_count(N_HEAD)
        w.add_head_count_kv(N_KV)
        w.add_rope_freq_base(500000.0)
        w.add_rope_dimension_count(HEAD)
        w.add_layer_norm_rms_eps(1e-5)
        w.add_vocab_size(VOCAB)
        w.add_file_type(gguf.LlamaFileType.MOSTLY_Q4_K_M)
        if arch == "mllama":
            w.add_array("mllama.attention.cross_attention_layers", list(CROSS))
        w.add_tokenizer_model("gpt2")
        w.add_tokenizer_pre("llama-bpe")
        extra = ["<|image|>"] if image_token else []
        w.add_token_list([*vocab.tokens, *extra])
        w.add_token_types([*vocab.token_types, *([3] * len(extra))])
        w.add_token_merges(list(vocab.merges))
        w.add_bos_token_id(128000)
        w.add_eos_token_id(128009)
    return add


def _vision_kv(w: gguf.GGUFWriter) -> None:
    w.add_type("mmproj")
    for key, value in (("block_count", V_LAYERS), ("global.block_count", V_GLOBAL),
                       ("embedding_length", V_HIDDEN), ("feed_forward_length", V_FF),
                       ("attention.head_count", V_HEADS), ("image_size", 560),
                       ("patch_size", 14), ("max_num_tiles", 4), ("num_channels", 3),
                       ("projection_dim", N_EMBD)):
        w.add_uint32(f"mllama.vision.{key}", value)
    w.add_float32("mllama.vision.attention.layer_norm_epsilon", 1e-5)
    w.add_array("mllama.vision.intermediate_layers_indices", [3, 7, 15, 23, 30])


def make_models(llama8b: bool = True) -> dict[str, Path]:
    CACHE.mkdir(parents=True, exist_ok=True)
    files = {"text": CACHE / "mllama-11b-text-q4_k_m.gguf",
             "mmproj": CACHE / "mllama-11b-mmproj-f16.gguf"}
    if llama8b:
        files["llama8b"] = CACHE / "llama-3.1-8b-shape-q4_k_m.gguf"
    t0 = time.perf_counter()
    write(files["text"], "mllama", text_plan(40, CROSS, VOCAB + 8),
          _text_kv("mllama", 40, True))
    write(files["mmproj"], "mllama", projector_plan(), _vision_kv)
    if llama8b:
        write(files["llama8b"], "llama", text_plan(32, (), VOCAB),
              _text_kv("llama", 32, False))
    print(f"models ready in {time.perf_counter() - t0:.0f} s: "
          + ", ".join(f"{k} {p.stat().st_size / 1e9:.2f} GB" for k, p in files.items()))
    return files


def llama_tools() -> Path:
    """llama.cpp's tools: ``$HEARTH_LLAMA_TOOLS`` (a folder already built from the same
    commit, e.g. another checkout's) or bench/llama_tools.py's build."""
    import os

    given = os.environ.get("HEARTH_LLAMA_TOOLS")
    return Path(given) if given else tools_dir()


def llama_cpp_decode(model: Path, threads: int, gen: int) -> float:
    out = subprocess.run([str(llama_tools() / "llama-bench"), "-m", str(model), "-p", "0",
                          "-n", str(gen), "-t", str(threads), "-r", "1", "-o", "json"],
                         capture_output=True, text=True, check=True)
    return float(json.loads(out.stdout)[0]["avg_ts"])


def bytes_per_token(path: Path, image_tokens: int) -> int:
    """Bytes one decoded token reads: every weight but the embedding table and the image-side
    K/V projections (run once per image), plus the cached cross K/V (F32) of the image."""
    reader = gguf.GGUFReader(path)
    once = ("token_embd.weight", "cross_attn_k_proj.weight", "cross_attn_v_proj.weight")
    total = sum(int(t.n_bytes) for t in reader.tensors if not t.name.endswith(once))
    cross_layers = sum(1 for t in reader.tensors if t.name.endswith("cross_attn_q_proj.weight"))
    if not any(t.name == "output.weight" for t in reader.tensors):  # tied output head
        total += next(int(t.n_bytes) for t in reader.tensors if t.name == "token_embd.weight")
    return total + cross_layers * 2 * image_tokens * N_KV * HEAD * 4


class HearthDecoder:
    """The 11B text model loaded once; decode timed with and without an image."""

    def __init__(self, files: dict[str, Path], threads: int) -> None:
        from app.core.vision.decoder import TextDecoder, fix_up
        from app.core.vision.gguf_layout import open_mllama
        from app.core.vision.weights import GGUFWeights

        t0 = time.perf_counter()
        self.files = open_mllama(files["text"], files["mmproj"])
        self.backend = G.Backend(threads=threads)
        self.weights = GGUFWeights(self.files.text.path, self.backend, fix_up)
        self.decoder = TextDecoder(self.weights, self.files.text_hparams, self.backend,
                                   n_ctx=512)
        self.load_s = time.perf_counter() - t0
        rng = np.random.default_rng(0)
        self.image = rng.standard_normal((4 * PATCHES, N_EMBD), dtype=np.float32)
        self.prompt = [int(t) for t in rng.integers(0, 128000, size=16)]

    def decode(self, gen: int, with_image: bool) -> list[float]:
        """Seconds per token for ``gen`` greedy tokens after a 16-token prompt."""
        d = self.decoder
        d.set_image(self.image if with_image else None)
        d.reset()
        d.eval(self.prompt, image_rows=[True] * len(self.prompt))
        token, times = 128000, []
        for _ in range(gen):
            t = time.perf_counter()
            logits = d.eval([token], image_rows=[True])[-1]
            times.append(time.perf_counter() - t)
            token = int(np.argmax(logits))
        return times[1:]  # the first token also pays for the cold caches

    def close(self) -> None:
        self.decoder.close()
        self.weights.close()


def encode_times(files: dict[str, Path], threads: int, tiles_list: list[int]) -> dict:
    from PIL import Image

    from app.core.vision.encoder import VisionEncoder
    from app.core.vision.gguf_layout import open_mllama
    from app.core.vision.preprocess import preprocess
    from app.core.vision.weights import GGUFWeights

    result: dict[str, float] = {}
    mf = open_mllama(files["text"], files["mmproj"])
    backend = G.Backend(threads=threads)
    t0 = time.perf_counter()
    vision = GGUFWeights(mf.projector.path, backend)
    encoder = VisionEncoder(vision, mf.vision, mf.vision_names, backend)
    result["load_projector_s"] = time.perf_counter() - t0
    rng = np.random.default_rng(1)
    for tiles in tiles_list:
        side = 560 if tiles == 1 else 1120
        picture = Image.fromarray(rng.integers(0, 255, (side, side, 3), dtype=np.uint8))
        prepared = preprocess(picture)
        assert prepared.num_tiles == tiles
        t = time.perf_counter()
        encoder.encode(prepared)
        result[f"encode_{tiles}_tile_s"] = time.perf_counter() - t
        print(f"encode {tiles} tile(s): {result[f'encode_{tiles}_tile_s']:.1f} s", flush=True)
    vision.close()
    return result


# -- picture reading: the engine ---------------------------------------------------------------

US_DECLARATION = ("US", "individual")


def _picture(path: Path, side: int, seed: int) -> Path:
    from PIL import Image

    if not path.exists():
        rng = np.random.default_rng(seed)
        Image.fromarray(rng.integers(0, 255, (side, side, 3), dtype=np.uint8)).save(path)
    return path


def _drain(steps):  # type: ignore[no-untyped-def]
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def engine_part(files: dict[str, Path], threads: int, cancel_samples: int) -> dict:
    """Full and quick reading through the engine, first progress, cancel latency, and the
    first token for a picture read before (the disk cache) against the first time."""
    import shutil
    import tempfile
    import threading

    from app.core.chat.message import Message
    from app.core.engine.base import (
        CancelToken,
        DoneEvent,
        GenerationRequest,
        ImageInput,
        LoadOptions,
        ProgressEvent,
        SamplingParams,
    )
    from app.core.licence import Declaration
    from app.core.vision.engine import MllamaEngine
    from app.core.vision.feature_cache import FeatureCache
    from app.core.vision.preprocess import load_image, preprocess

    cache_dir = Path(tempfile.mkdtemp(prefix="hearth-bench-features-"))
    t0 = time.perf_counter()
    engine = MllamaEngine(files["text"], files["mmproj"],
                          LoadOptions(n_ctx=512, n_threads=threads, check_memory=False),
                          declaration=Declaration.make(*US_DECLARATION),
                          feature_cache=FeatureCache(cache_dir))
    out: dict[str, object] = {"load_s": time.perf_counter() - t0}
    encoder = engine.encoder
    real_steps = encoder.steps
    spans: list[float] = []

    def timed_steps(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = yield from real_steps(*args, **kwargs)
        spans.append(time.perf_counter() - start)
        return result

    encoder.steps = timed_steps  # type: ignore[method-assign]
    big = _picture(CACHE / "picture-1120.png", 1120, 1)
    other = _picture(CACHE / "picture-1120-b.png", 1120, 2)

    def ask(picture: Path, detail: str) -> dict[str, float]:
        request = GenerationRequest(messages=[Message("user", "What is in this picture?")],
                                    sampling=SamplingParams(temperature=0, max_tokens=1),
                                    images=(ImageInput(picture, detail=detail),))
        start = time.perf_counter()
        first_progress = None
        done = None
        last_print = 0.0
        last_progress, gap = start, 0.0
        for event in engine.generate(request):
            now = time.perf_counter()
            if isinstance(event, ProgressEvent):
                if first_progress is None:
                    first_progress = now - start
                gap = max(gap, now - last_progress)  # the longest the bar stood still
                last_progress = now
                if now - last_print > 30:
                    last_print = now
                    eta = f", {event.eta_s:.0f} s left" if event.eta_s is not None else ""
                    print(f"  {detail}: {event.fraction:.0%} after {now - start:.0f} s{eta}",
                          flush=True)
            elif isinstance(event, DoneEvent):
                done = event
        assert done is not None
        return {"ttft_s": done.stats.ttft_ms / 1000, "first_progress_s": first_progress or 0.0,
                "source": engine.last_image_source, "progress_gap_s": gap}

    first = ask(big, "full")
    out["full_encode_s"] = spans[-1]
    out["full_first_ttft_s"] = first["ttft_s"]
    out["first_progress_s"] = first["first_progress_s"]
    out["full_longest_progress_gap_s"] = first["progress_gap_s"]
    print(f"full: encode {spans[-1]:.1f} s, first token {first['ttft_s']:.1f} s, first "
          f"progress after {first['first_progress_s']:.3f} s, the bar stood still at most "
          f"{first['progress_gap_s']:.1f} s", flush=True)
    # As after a restart: nothing in memory, the encoded picture on disk.
    engine._image_key = None
    engine.decoder.set_image(None)
    again = ask(big, "full")
    assert again["source"] == "disk", again
    out["full_cached_ttft_s"] = again["ttft_s"]
    out["cached_ttft_ratio"] = again["ttft_s"] / first["ttft_s"]
    out["cached_longest_progress_gap_s"] = again["progress_gap_s"]
    print(f"the same picture again (from disk): first token {again['ttft_s']:.1f} s, "
          f"{out['cached_ttft_ratio']:.3f} of the first time (goal <= 0.10); the bar stood "
          f"still at most {again['progress_gap_s']:.1f} s", flush=True)
    quick = ask(other, "quick")
    out["quick_encode_s"] = spans[-1]
    out["quick_first_ttft_s"] = quick["ttft_s"]
    out["quick_vs_full_encode"] = spans[-1] / out["full_encode_s"]  # type: ignore[operator]
    print(f"quick: encode {spans[-1]:.1f} s ({out['quick_vs_full_encode']:.3f} of full), "
          f"first token {quick['ttft_s']:.1f} s", flush=True)

    # Cancel latency: stop a full encode at a random moment, time until it has returned.
    encoder.steps = real_steps  # type: ignore[method-assign]
    hp = engine.files.vision
    prepared = preprocess(load_image(other), tile=hp.image_size, max_tiles=hp.max_tiles)
    rng = np.random.default_rng(3)
    latencies = []
    for i in range(cancel_samples):
        cancel = CancelToken()
        result: list[object] = []
        worker = threading.Thread(target=lambda c=cancel, r=result: r.append(
            _drain(encoder.steps(prepared, c, project_padding=False))))
        worker.start()
        time.sleep(float(rng.uniform(0.5, 8.0)))
        t = time.perf_counter()
        cancel.cancel()
        worker.join()
        latencies.append(time.perf_counter() - t)
        assert result == [None], "the encode finished before it was cancelled"
        print(f"  cancel {i + 1}: {latencies[-1]:.3f} s", flush=True)
    out["cancel_samples"] = cancel_samples
    if not latencies:
        engine.close()
        return out
    out["cancel_p50_s"] = float(np.percentile(latencies, 50))
    out["cancel_p95_s"] = float(np.percentile(latencies, 95))
    out["cancel_max_s"] = float(max(latencies))
    print(f"cancel latency: p50 {out['cancel_p50_s']:.3f} s, p95 {out['cancel_p95_s']:.3f} s "
          f"(goal <= 2 s), max {out['cancel_max_s']:.3f} s", flush=True)
    engine.close()
    shutil.rmtree(cache_dir, ignore_errors=True)
    return out


# -- picture reading: GFLOP/s against llama.cpp --------------------------------------------------

SMOL_F16 = CACHE / "smollm2-135m-instruct-f16.gguf"


def smollm2_f16() -> Path:
    """SmolLM2-135M-Instruct (the starter model) with every matrix in F16, as ``llama-quantize
    … F16`` would write it: dequantized with gguf's numpy code, metadata copied."""
    from tests.support.models import smollm2_path

    if SMOL_F16.exists():
        return SMOL_F16
    reader = gguf.GGUFReader(smollm2_path())
    arch = str(reader.fields["general.architecture"].contents())
    tmp = SMOL_F16.with_suffix(".part")
    w = gguf.GGUFWriter(str(tmp), arch)
    for key, field in reader.fields.items():
        if key.startswith("GGUF.") or key in ("general.architecture", "general.file_type"):
            continue
        sub = field.types[-1] if field.types[0] == gguf.GGUFValueType.ARRAY else None
        w.add_key_value(key, field.contents(), field.types[0], sub_type=sub)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    for t in reader.tensors:
        values = gguf.quants.dequantize(t.data, t.tensor_type)
        values = values.reshape(tuple(reversed([int(n) for n in t.shape])))
        dtype = np.float16 if values.ndim == 2 else np.float32
        w.add_tensor(t.name, np.ascontiguousarray(values.astype(dtype)))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    tmp.rename(SMOL_F16)
    return SMOL_F16


def prompt_flops_per_token(path: Path, n_prompt: int) -> tuple[float, float]:
    """(matmul, attention) FLOPs per token of a ``-p n_prompt`` run: every layer matrix once
    (llama-bench computes logits only for the batch's last token), and causal attention
    (QK and PV) over on average (n + 1) / 2 keys."""
    reader = gguf.GGUFReader(path)
    arch = str(reader.fields["general.architecture"].contents())
    layers = int(reader.fields[f"{arch}.block_count"].contents())
    embd = int(reader.fields[f"{arch}.embedding_length"].contents())
    weights = sum(int(np.prod([int(n) for n in t.shape])) for t in reader.tensors
                  if t.name.startswith("blk.") and len(t.shape) == 2)
    return 2.0 * weights, 4.0 * embd * layers * (n_prompt + 1) / 2


def built_llama_bench() -> Path | None:
    """llama-bench if it is already built (``$HEARTH_LLAMA_TOOLS`` or bench/llama_tools.py's
    folder); None rather than starting a build."""
    import os
    from importlib import metadata

    given = os.environ.get("HEARTH_LLAMA_TOOLS")
    folder = Path(given) if given else (ROOT / ".cache" / f"llama.cpp-"
                                        f"{metadata.version('llama-cpp-python')}" / "build" / "bin")
    path = folder / "llama-bench"
    return path if path.exists() else None


def llama_cpp_prompt(model: Path, threads: int, n_prompt: int) -> float:
    """Prompt tokens per second of ``llama-bench -p n_prompt`` (one repetition), with flash
    attention on, as llama-bench's default ("auto") resolves on the CPU and as the encoder
    attends."""
    bench = built_llama_bench()
    assert bench is not None
    out = subprocess.run([str(bench), "-m", str(model), "-p", str(n_prompt), "-n", "0",
                          "-t", str(threads), "-fa", "on", "-r", "1", "-o", "json"],
                         capture_output=True, text=True, check=True)
    return float(json.loads(out.stdout)[0]["avg_ts"])


class LibllamaPrompt:
    """The same measurement through the installed wheel's libllama (the very build Hearth
    runs), for when llama-bench is not built: one ``llama_decode`` of an n-token batch with
    logits for the last token only, as llama-bench does."""

    def __init__(self, model: Path, threads: int, n_prompt: int) -> None:
        from llama_cpp import Llama

        self.n = n_prompt
        self.llm = Llama(str(model), n_ctx=n_prompt + 16, n_batch=n_prompt, n_ubatch=n_prompt,
                         n_threads=threads, n_threads_batch=threads, verbose=False)
        rng = np.random.default_rng(5)
        self.tokens = [int(t) for t in rng.integers(100, 40000, size=n_prompt)]

    def __call__(self) -> float:
        self.llm.reset()
        self.llm._ctx.kv_cache_clear()
        t = time.perf_counter()
        self.llm.eval(self.tokens)
        return self.n / (time.perf_counter() - t)


class EncoderOps:
    """One 11B encoder layer's matmuls and attention (the encoder's own code), timed alone."""

    def __init__(self, files: dict[str, Path], threads: int) -> None:
        from app.core.vision import encoder as enc
        from app.core.vision.gguf_layout import open_mllama
        from app.core.vision.weights import GGUFWeights

        self.enc = enc
        mf = open_mllama(files["text"], files["mmproj"])
        self.backend = G.Backend(threads=threads)
        self.weights = GGUFWeights(mf.projector.path, self.backend)
        self.encoder = enc.VisionEncoder(self.weights, mf.vision, mf.vision_names, self.backend)
        hp = mf.vision
        self.padded = (hp.patches + 7) // 8 * 8
        self.length = self.padded * hp.max_tiles
        self.cost = self.encoder.cost(hp.max_tiles)
        rng = np.random.default_rng(4)
        self.x = rng.standard_normal((self.length, hp.hidden), dtype=np.float32)
        self.kv = self.encoder.kv_buffer(self.length)
        self.alloc = G.Allocator(self.backend)  # as an encode keeps it across its steps
        self.pad = enc._padding_flags(hp.max_tiles, hp.max_tiles, hp.patches, self.padded)

    def matmul(self) -> float:
        """GFLOP/s of a layer's K and V projections over all 6432 tokens (F16 weights)."""
        t = time.perf_counter()
        assert self.encoder._kv(self.x, "v.blk.0", self.kv, None, self.alloc)
        return self.cost.kv_step / (time.perf_counter() - t) / 1e9

    def attention(self, kernel: str = "default") -> float:
        """GFLOP/s of a layer's attention, all query rows in the encoder's blocks (the same
        blocks, masks and :meth:`VisionEncoder.attend` as an encode). ``kernel``: the
        encoder's own choice ("default"), ggml's flash attention ("ggml"), or Hearth's kernel
        in its AVX2 flavour ("avx2")."""
        from app.core.vision.fast_attention import available_kernel

        chosen = self.encoder.kernel
        if kernel == "ggml":
            self.encoder.kernel = None
        elif kernel == "avx2":
            self.encoder.kernel = available_kernel(1)
        elapsed = 0.0
        try:
            for start, n, masked in self.encoder.row_blocks(self.pad):
                with G.Graph(self.backend, max_nodes=32, allocator=self.alloc) as graph:
                    q = graph.input(self.x[start:start + n], "q")
                    m = (graph.input(self.encoder.mask_rows(self.pad, start, n), "mask")
                         if masked else None)
                    out = self.encoder.attend(graph.ctx, q, self.kv, m)
                    t = time.perf_counter()
                    graph.compute(out)
                    elapsed += time.perf_counter() - t
        finally:
            self.encoder.kernel = chosen
        return self.cost.attention / self.cost.layers / elapsed / 1e9

    def close(self) -> None:
        self.alloc.close()
        self.kv.close()
        self.weights.close()


def rates_part(files: dict[str, Path], threads: int, rounds: int) -> dict:
    model = smollm2_f16()
    n_prompt = 512
    mm_flops, attn_flops = prompt_flops_per_token(model, n_prompt)
    ops = EncoderOps(files, threads)
    cost = ops.cost
    print(f"11B encoder, 4 tiles: {cost.matmul / 1e12:.2f} TFLOP of matmuls, "
          f"{cost.attention / 1e12:.2f} TFLOP of attention over {ops.length} tokens", flush=True)
    if built_llama_bench() is not None:
        reference = "llama-bench -p 512 -fa on (F16)"

        def prompt() -> float:
            return llama_cpp_prompt(model, threads, n_prompt)
    else:
        reference = "libllama of the installed llama-cpp-python, 512-token F16 prompt"
        prompt = LibllamaPrompt(model, threads, n_prompt)
        prompt()  # warm up
    kernel = ops.encoder.kernel
    kernel_name = kernel.name if kernel is not None else "ggml flash attention"
    print(f"reference: {reference}; encoder attention kernel: {kernel_name}", flush=True)
    # ggml's flash attention (the engine's choice where Hearth's kernel is not built) and the
    # kernel's AVX2 flavour (for CPUs without AVX-512), timed in the same rounds
    others = {"ggml": []} if kernel is None else {"ggml": [], "avx2": []}
    if kernel is None or kernel.isa < 2:
        others.pop("avx2", None)
    ref, mm, attn = [], [], []
    for r in range(rounds):
        tok_s = prompt()
        ref.append(tok_s * (mm_flops + attn_flops) / 1e9)
        mm.append(ops.matmul())
        attn.append(ops.attention())
        for name, rates in others.items():
            rates.append(ops.attention(name))
        extra = "".join(f", {name} {rates[-1]:.1f}" for name, rates in others.items())
        print(f"round {r + 1}: llama.cpp F16 pp{n_prompt} {tok_s:.0f} tok/s = {ref[-1]:.1f} "
              f"GFLOP/s; Hearth encoder matmul {mm[-1]:.1f}, attention {attn[-1]:.1f}"
              f"{extra} GFLOP/s", flush=True)
    ops.close()
    ref_rate = float(np.median(ref))
    out = {
        "threads": threads, "rounds": rounds, "reference": reference,
        "encoder_matmul_tflop": cost.matmul / 1e12,
        "encoder_attention_tflop": cost.attention / 1e12,
        "llama_cpp_f16_pp512_gflops": ref_rate,
        "llama_cpp_f16_pp512_tok_s": float(np.median([r / ((mm_flops + attn_flops) / 1e9)
                                                      for r in ref])),
        "llama_cpp_gflop_per_token": (mm_flops + attn_flops) / 1e9,
        "encoder_matmul_gflops": float(np.median(mm)),
        "encoder_attention_gflops": float(np.median(attn)),
        "encoder_attention_kernel": kernel_name,
    }
    for name, rates in others.items():
        out[f"attention_{name}_gflops"] = float(np.median(rates))
        out[f"attention_{name}_ratio"] = out[f"attention_{name}_gflops"] / ref_rate
    out["matmul_ratio"] = out["encoder_matmul_gflops"] / ref_rate
    out["attention_ratio"] = out["encoder_attention_gflops"] / ref_rate
    print(f"llama.cpp F16 prompt processing:  {ref_rate:6.1f} GFLOP/s (median)")
    print(f"Hearth encoder matmuls:           {out['encoder_matmul_gflops']:6.1f} GFLOP/s  "
          f"ratio {out['matmul_ratio']:.3f} (goal >= 0.9)")
    print(f"Hearth encoder attention:         {out['encoder_attention_gflops']:6.1f} GFLOP/s  "
          f"ratio {out['attention_ratio']:.3f} (goal >= 0.9)  [{kernel_name}]")
    for name in others:
        print(f"  attention with {name + ':':<24}{out[f'attention_{name}_gflops']:6.1f} GFLOP/s  "
              f"ratio {out[f'attention_{name}_ratio']:.3f}")
    return out


def decode_part(files: dict[str, Path], args: argparse.Namespace) -> dict:
    hearth = HearthDecoder(files, args.threads)
    print(f"Hearth loaded the 11B text model in {hearth.load_s:.1f} s", flush=True)
    ref, image, plain = [], [], []
    for r in range(args.rounds):
        ref.append(llama_cpp_decode(files["llama8b"], args.threads, args.gen))
        image += hearth.decode(args.gen, with_image=True)
        plain += hearth.decode(args.gen, with_image=False)
        print(f"round {r + 1}: llama.cpp 8B {ref[-1]:.2f} tok/s, Hearth 11B with image "
              f"{1 / float(np.median(image)):.2f} tok/s, without {1 / float(np.median(plain)):.2f}",
              flush=True)
    hearth.close()
    ref_tok_s = float(np.median(ref))
    image_tok_s, plain_tok_s = 1 / float(np.median(image)), 1 / float(np.median(plain))
    ceiling = bytes_per_token(files["llama8b"], 0) / bytes_per_token(files["text"], 4 * PATCHES)
    results: dict[str, object] = {
        "threads": args.threads, "gen": args.gen, "rounds": args.rounds,
        "llama_cpp_8b_decode_tok_s": ref_tok_s,
        "hearth_11b_decode_with_image_tok_s": image_tok_s,
        "hearth_11b_decode_without_image_tok_s": plain_tok_s,
        "ratio_with_image_vs_8b": image_tok_s / ref_tok_s,
        "ratio_without_image_vs_8b": plain_tok_s / ref_tok_s,
        "bytes_ceiling_with_image": ceiling,
        "load_text_s": hearth.load_s,
    }
    print(f"llama.cpp 8B Q4_K_M decode:              {ref_tok_s:6.2f} tok/s")
    print(f"Hearth 11B, one 4-tile image attended:   {image_tok_s:6.2f} tok/s  "
          f"ratio {image_tok_s / ref_tok_s:.3f} (goal >= 0.85)")
    print(f"Hearth 11B, no image (8B's work):        {plain_tok_s:6.2f} tok/s  "
          f"ratio {plain_tok_s / ref_tok_s:.3f}")
    print(f"bytes per token, 8B / 11B with image:    {ceiling:.3f} (the memory-bound ceiling)")
    encode = [int(x) for x in args.encode.split(",") if x]
    if encode:
        results.update(encode_times(files, args.threads, encode))
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--gen", type=int, default=16, help="tokens per decode run")
    ap.add_argument("--rounds", type=int, default=3,
                    help="alternating llama.cpp / Hearth rounds (medians are reported)")
    ap.add_argument("--encode", default="4,1", help="tile counts to time the encoder on")
    ap.add_argument("--parts", default="decode,engine,rates",
                    help="comma-separated: decode, engine, rates")
    ap.add_argument("--cancel-samples", type=int, default=20)
    args = ap.parse_args()
    parts = {p.strip() for p in args.parts.split(",") if p.strip()}
    files = make_models(llama8b="decode" in parts)
    out = ROOT / "bench" / "results" / "mllama.json"
    results: dict[str, object] = json.loads(out.read_text()) if out.exists() else {}

    def save(part: str) -> None:
        # the process's peak so far: with several parts in one run, a later part's figure
        # includes the earlier parts' memory
        results.pop("peak_rss_gb", None)
        results[f"peak_rss_gb_after_{part}"] = (
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6)
        out.write_text(json.dumps(results, indent=2) + "\n")

    def load_average() -> float:
        with open("/proc/loadavg") as fh:
            load = float(fh.read().split()[0])
        print(f"load average now: {load:.1f} on {os.cpu_count()} CPUs", flush=True)
        return load

    if "decode" in parts:
        results.update(decode_part(files, args))
        save("decode")
    if "engine" in parts:
        load = load_average()
        engine = engine_part(files, args.threads, args.cancel_samples)
        engine["load_average_at_start"] = load
        engine["load_average_at_end"] = load_average()
        results["picture_reading"] = engine
        save("engine")
    if "rates" in parts:
        load = load_average()
        rates = rates_part(files, args.threads, args.rounds)
        rates["load_average_at_start"] = load
        rates["load_average_at_end"] = load_average()
        results["encoder_rates"] = rates
        save("rates")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
    print(f"peak RSS (Hearth process): {peak:.2f} GB")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
