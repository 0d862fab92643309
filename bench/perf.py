"""Hearth's generation path against raw llama.cpp built from the same commit.

    python bench/perf.py                       # SmolLM2 + Llama 3.2 1B shape (Q4_K_M, Q8_0)
    python bench/perf.py --models smollm2 --gen 2048
    python bench/perf.py --models smollm2,1b-q4_k_m,1b-q8_0,3b-q4_k_m,3b-q8_0

For each model, one worker process runs Hearth's engine (so load time and peak RSS are its
own) and llama.cpp's ``llama-bench`` runs on the same file with the same threads, batch,
context and flash-attention setting. Printed: time to first token at 128/512/2048-token
prompts, prefill and decode tokens/s, Python overhead per generated token (wall time minus time
inside ``llama_decode``) p50/p95 early and late in a long generation, peak RSS, cold and warm
load time — and the Hearth/raw ratios. Results go to ``bench/results/perf.json``.
The random-weight 1B/3B files are written by tests/support/tiny_gguf.py and quantized with the
matching ``llama-quantize`` (cached under .cache/bench-models).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Raw llama.cpp runs with the environment as the user has it (Hearth sets OMP_WAIT_POLICY
# for itself when app is imported).
RAW_ENV = dict(os.environ)
sys.path.insert(0, str(ROOT))

from bench.stats import percentile as pct  # noqa: E402

PROMPT_LENGTHS = (128, 512, 2048)
N_CTX = 4096
N_BATCH = 512


def model_path(name: str, cache: Path, tools: Path) -> Path:
    """Resolve a model name to a GGUF, generating and quantizing random shapes once."""
    from tests.support import models, tiny_gguf

    if name == "smollm2":
        return models.smollm2_path()
    shape, quant = name.split("-", 1)  # "1b-q4_k_m"
    full = {"1b": "llama-3.2-1b", "3b": "llama-3.2-3b"}[shape]
    out = cache / f"{full}-{quant}.gguf"
    if out.exists():
        return out
    f16 = cache / f"{full}-f16.gguf"
    if not f16.exists():
        tiny_gguf.write_llama32_gguf(f16, **tiny_gguf.SHAPES[full], ftype="f16",
                                     name=f"Random {full}")
    subprocess.run([str(tools / "llama-quantize"), str(f16), str(out), quant.upper()],
                   check=True, capture_output=True)
    return out


# -- the Hearth side, in a worker process ------------------------------------------------------


def worker(path: str, threads: int, gen: int, decode_only: bool = False) -> dict[str, object]:
    t0 = time.perf_counter()
    import llama_cpp

    from app.core.engine.base import DoneEvent, GenerationRequest, LoadOptions, SamplingParams
    from app.core.engine.llamacpp import LlamaCppEngine

    options = LoadOptions(n_ctx=N_CTX, n_threads=threads, n_batch=N_BATCH, n_gpu_layers=0)
    t_load = time.perf_counter()
    engine = LlamaCppEngine(path, options)
    cold_load = time.perf_counter() - t_load
    engine.close()
    t_load = time.perf_counter()
    engine = LlamaCppEngine(path, options)
    warm_load = time.perf_counter() - t_load
    import_s = t_load - t0 - cold_load

    in_decode = [0.0]
    real_decode = llama_cpp.llama_decode

    def timed_decode(ctx, batch):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        rc = real_decode(ctx, batch)
        in_decode[0] += time.perf_counter() - start
        return rc

    llama_cpp.llama_decode = timed_decode
    result: dict[str, object] = {"cold_load_s": cold_load, "warm_load_s": warm_load,
                                 "import_s": import_s}
    # Time to first token for prompts of known length (raw prompt, no chat template).
    word = " hello"
    for n in () if decode_only else PROMPT_LENGTHS:
        prompt = word * (n - 1)  # + BOS = n tokens
        tokens = engine.tokenize(prompt, add_special=True)
        prompt = word * (n - 1 - (len(tokens) - n))
        samples, outside = [], []
        for _ in range(3):
            engine.truncate(0)
            req = GenerationRequest(prompt=prompt,
                                    sampling=SamplingParams(temperature=0.0, max_tokens=1))
            before = in_decode[0]
            done = [e for e in engine.generate(req) if isinstance(e, DoneEvent)][-1]
            samples.append(done.stats.ttft_ms)
            # What the first token cost beyond llama.cpp's own prompt evaluation: template,
            # tokenizing, batching, sampling, Python. Measured in-process, so it does not
            # swing with the machine's load as the difference of two separate runs does.
            outside.append(done.stats.ttft_ms - (in_decode[0] - before) * 1000)
        result[f"ttft_{n}_ms"] = statistics.median(samples)
        result[f"ttft_{n}_overhead_ms"] = statistics.median(outside)
        result[f"prefill_{n}_tok_s"] = n / (statistics.median(samples) / 1000)

    # A long greedy generation; per-token wall time and time inside llama_decode.
    engine.truncate(0)
    req = GenerationRequest(prompt="Once upon a time",
                            sampling=SamplingParams(temperature=0.0, max_tokens=gen))
    stamps, decode_at = [], []
    for event in engine.generate(req):
        stamps.append(time.perf_counter())
        decode_at.append(in_decode[0])
        if isinstance(event, DoneEvent):
            result["decode_tok_s"] = event.stats.tokens_per_s
            result["generated"] = event.stats.completion_tokens
    walls = [b - a for a, b in itertools.pairwise(stamps[:-1])]  # the last is DoneEvent
    decodes = [b - a for a, b in itertools.pairwise(decode_at[:-1])]
    overhead = [(w - d) * 1000 for w, d in zip(walls, decodes, strict=True)]
    per_token = [w * 1000 for w in walls]

    early, late = overhead[:256], overhead[-256:]
    result.update({
        "overhead_early_p50_ms": pct(early, 0.5), "overhead_early_p95_ms": pct(early, 0.95),
        "overhead_late_p50_ms": pct(late, 0.5), "overhead_late_p95_ms": pct(late, 0.95),
        "ms_per_token_p50": pct(per_token, 0.5), "ms_per_token_p95": pct(per_token, 0.95),
        "ms_per_token_by_position": {
            str(i): round(statistics.median(per_token[i:i + 64]), 3)
            for i in range(0, len(per_token), max(64, len(per_token) // 8))
        },
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    })
    engine.close()
    return result


# -- the raw llama.cpp side ----------------------------------------------------------------------


def raw(tools: Path, path: Path, threads: int, gen: int) -> dict[str, object]:
    cmd = [str(tools / "llama-bench"), "-m", str(path), "-t", str(threads), "-b", str(N_BATCH),
           "-ub", str(N_BATCH), "-p", ",".join(map(str, PROMPT_LENGTHS)),
           "-n", str(min(gen, 256)), "-r", "3", "-o", "json"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, errors="replace",
                         env=RAW_ENV)
    rows = json.loads(out.stdout)
    result: dict[str, object] = {}
    for row in rows:
        if row["n_gen"] == 0:
            n = row["n_prompt"]
            result[f"prefill_{n}_tok_s"] = row["avg_ts"]
            result[f"ttft_{n}_ms"] = n / row["avg_ts"] * 1000
        else:
            result["decode_tok_s"] = row["avg_ts"]
    result["flash_attn"] = rows[0].get("flash_attn")
    # Peak RSS of llama-completion alone, measured by a wrapper process that is its parent.
    measure = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], "
               "capture_output=True, stdin=subprocess.DEVNULL); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run(
        [sys.executable, "-c", measure, str(tools / "llama-completion"), "-m", str(path),
         "-t", str(threads), "-c", str(N_CTX), "-b", str(N_BATCH), "-n", "16", "--temp", "0",
         "-p", "Once upon a time", "-no-cnv"],
        capture_output=True, text=True, errors="replace", check=True, timeout=600, env=RAW_ENV,
    )
    result["peak_rss_mb"] = int(out.stdout.split()[-1]) / 1024
    return result


_PERF_LINE = re.compile(r"(?<!prompt )(sampling|eval) time =\s*([\d.]+) ms(?: /\s*(\d+) runs)?")


def raw_decode(tools: Path, path: Path, threads: int, gen: int) -> dict[str, float]:
    """Decode speed of ``llama-completion`` doing Hearth's work: same prompt, context, batch,
    threads and greedy sampling, ``gen`` tokens. ``decode_tok_s`` counts llama.cpp's eval and
    sampling time per generated token, as Hearth's own number does."""
    out = subprocess.run(
        [str(tools / "llama-completion"), "-m", str(path), "-t", str(threads), "-c", str(N_CTX),
         "-b", str(N_BATCH), "-n", str(gen), "--temp", "0", "--ignore-eos",
         "-p", "Once upon a time", "-no-cnv"],
        capture_output=True, text=True, errors="replace", check=True, timeout=1800, env=RAW_ENV,
        stdin=subprocess.DEVNULL,
    )
    found = {m.group(1): (float(m.group(2)), m.group(3)) for m in _PERF_LINE.finditer(out.stderr)}
    eval_ms, runs = found["eval"][0], int(found["eval"][1])
    per_token = eval_ms / runs + found["sampling"][0] / gen
    return {"decode_tok_s": 1000 / per_token, "eval_only_tok_s": runs / eval_ms * 1000}


def decode_ab(path: Path, tools: Path, threads: int, gen: int, reps: int) -> dict[str, object]:
    """Hearth and llama-completion decoding alternately, ``reps`` times each, so that a
    machine that speeds up or slows down during the run affects both sides alike."""
    hearth, raw_full, raw_eval = [], [], []
    for _ in range(reps):
        proc = subprocess.run([sys.executable, __file__, "--worker", str(path), "--gen", str(gen),
                               "--threads", str(threads), "--decode-only"],
                              capture_output=True, text=True, errors="replace", check=True)
        hearth.append(json.loads(proc.stdout.strip().splitlines()[-1])["decode_tok_s"])
        r = raw_decode(tools, path, threads, gen)
        raw_full.append(r["decode_tok_s"])
        raw_eval.append(r["eval_only_tok_s"])
    med = statistics.median
    return {"hearth": hearth, "raw": raw_full, "raw_eval_only": raw_eval,
            "ratio": med(hearth) / med(raw_full), "ratio_eval_only": med(hearth) / med(raw_eval)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="smollm2,1b-q4_k_m,1b-q8_0")
    parser.add_argument("--gen", type=int, default=512, help="tokens to generate (max 2048)")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--reps", type=int, default=3,
                        help="alternating Hearth / llama-completion decode runs")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--decode-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from app.core.hardware import physical_cores

    threads = args.threads or physical_cores()
    if args.worker:
        print(json.dumps(worker(args.worker, threads, args.gen, args.decode_only)))
        return 0

    from bench.llama_tools import tools_dir

    tools = tools_dir()
    cache = ROOT / ".cache" / "bench-models"
    cache.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {"threads": threads, "gen": args.gen, "models": {}}
    for name in args.models.split(","):
        path = model_path(name, cache, tools)
        proc = subprocess.run([sys.executable, __file__, "--worker", str(path), "--gen",
                               str(args.gen), "--threads", str(threads)],
                              capture_output=True, text=True, errors="replace", check=True)
        hearth = json.loads(proc.stdout.strip().splitlines()[-1])
        baseline = raw(tools, path, threads, args.gen)
        ab = decode_ab(path, tools, threads, args.gen, args.reps)
        report["models"][name] = {"hearth": hearth, "raw": baseline,  # type: ignore[index]
                                  "decode_ab": ab}
        print(f"\n== {name} ({path.name}, {threads} threads, flash-attn {baseline['flash_attn']})")
        print(f"{'metric':28} {'Hearth':>10} {'raw':>10} {'ratio/diff':>11}")
        for n in PROMPT_LENGTHS:
            h, r = hearth[f"ttft_{n}_ms"], baseline[f"ttft_{n}_ms"]
            print(f"{f'TTFT {n}-token prompt (ms)':28} {h:10.1f} {r:10.1f} {h - r:+10.1f}ms"
                  f"  (outside llama_decode: {hearth[f'ttft_{n}_overhead_ms']:.2f} ms)")
        for n in PROMPT_LENGTHS:
            h, r = hearth[f"prefill_{n}_tok_s"], baseline[f"prefill_{n}_tok_s"]
            print(f"{f'prefill {n} (tok/s)':28} {h:10.1f} {r:10.1f} {h / r:10.3f}x")
        h, r = hearth["decode_tok_s"], baseline["decode_tok_s"]
        print(f"{'decode vs llama-bench tg':28} {h:10.1f} {r:10.1f} {h / r:10.3f}x"
              "  (llama-bench neither samples nor detokenizes)")
        med = statistics.median
        print(f"{'decode vs llama-completion':28} {med(ab['hearth']):10.1f} "
              f"{med(ab['raw']):10.1f} {ab['ratio']:10.3f}x  (same work, median of "
              f"{args.reps} alternating runs; eval only: {ab['ratio_eval_only']:.3f}x)")
        print(f"{'peak RSS (MB)':28} {hearth['peak_rss_mb']:10.0f} {baseline['peak_rss_mb']:10.0f}")
        print(f"{'Python overhead/token p50':28} early {hearth['overhead_early_p50_ms']:.3f} ms, "
              f"late {hearth['overhead_late_p50_ms']:.3f} ms (p95 "
              f"{hearth['overhead_early_p95_ms']:.3f} / {hearth['overhead_late_p95_ms']:.3f})")
        print(f"{'load (s)':28} cold {hearth['cold_load_s']:.2f}, warm {hearth['warm_load_s']:.2f}")
        print(f"{'ms/token by position':28} {hearth['ms_per_token_by_position']}")
    out = ROOT / "bench" / "results" / "perf.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    # Models measured in earlier runs with the same settings stay in the file.
    if out.exists():
        earlier = json.loads(out.read_text())
        if (earlier.get("threads"), earlier.get("gen")) == (threads, args.gen):
            report["models"] = {**earlier.get("models", {}), **report["models"]}  # type: ignore[dict-item]
    out.write_text(json.dumps(report, indent=2))
    print(f"\nwritten to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
