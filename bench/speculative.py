"""Speculative decoding: acceptance, costs, and speedup over plain decoding of the same target.

    python bench/speculative.py                  # both parts
    python bench/speculative.py --part real      # SmolLM2 F32 target, Q4_1 and pruned drafts
    python bench/speculative.py --part shapes    # random-weight 8B / 1B shapes: costs + sweep

Part "real": SmolLM2-135M-Instruct dequantized to F32 (``llama-quantize --allow-requantize``)
is the target; the shipped Q4_1 file and a layer-pruned Q4_1 copy are the drafts. For each
prompt, plain decoding of the target and speculative decoding run in the same process, turn
about. Printed per draft: acceptance α (per drafted token, and the geometric per-position rate
that the cost model uses), the draft step cost, the verification cost by batch rows, Python
overhead per round, the measured speedup (decode tokens/s over plain) and the speedup
predicted from α and the costs, and whether the tokens equal plain decoding's.

Part "shapes": random-weight GGUFs in the exact Llama 3.1 8B and Llama 3.2 1B shapes
(Q4_K_M, written by tests/support/tiny_gguf.py and quantized with llama-quantize). Random
weights cannot agree with each other, so only costs are measured (1B draft step, 8B
verification of 1..9 rows); the speedups are then computed for a SYNTHETIC acceptance sweep
α = 0.4..0.9 and labelled as such.

Results go to bench/results/speculative.json and .md. The 8B shape is about 5 GB (Q4_K_M;
about 8 GB more while it is written): pass --cache to keep it elsewhere.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))



def llama_quantize() -> str:
    """llama-quantize from the same llama.cpp (LLAMA_TOOLS_DIR, else built by llama_tools)."""
    folder = os.environ.get("LLAMA_TOOLS_DIR")
    if not folder:
        from bench.llama_tools import tools_dir

        folder = str(tools_dir())
    return str(Path(folder) / "llama-quantize")

PROMPTS = (
    "Write a short story about a dragon who learns to cook.",
    "Explain how a refrigerator works, step by step.",
    "List ten tips for staying productive when working from home.",
    "Write a Python function that checks whether a string is a palindrome, and explain it.",
)


def expected_tokens(alpha: float, k: int) -> float:
    """Tokens a round yields on average when k are drafted and each is accepted with α
    (given the ones before it were): 1 + α + … + α^k."""
    a = min(alpha, 0.999999)
    return (1 - a ** (k + 1)) / (1 - a)


# -- part "real" --------------------------------------------------------------------------------


def real_models(cache: Path) -> dict[str, Path]:
    from tests.support import models

    cache.mkdir(parents=True, exist_ok=True)
    q4 = models.smollm2_path()
    f32 = cache / "smollm2-135m-f32.gguf"
    if not f32.exists():
        subprocess.run([llama_quantize(), "--allow-requantize", str(q4),
                        str(f32), "F32"], check=True, capture_output=True)
    return {"target": f32, "q4_1": q4, "pruned-27": models.pruned_smollm2_path(cache, 27)}


def run_once(engine, prompt: str, max_tokens: int):  # type: ignore[no-untyped-def]
    from app.core.chat.message import Message
    from app.core.engine.base import DoneEvent, GenerationRequest, SamplingParams

    request = GenerationRequest(messages=[Message("user", prompt)],
                                sampling=SamplingParams(temperature=0.0, max_tokens=max_tokens))
    done = None
    for event in engine.generate(request):
        if isinstance(event, DoneEvent):
            done = event
    assert done is not None
    return done


def summarise(rounds: list, plain_tok_s: float, runs: list) -> dict[str, float]:  # type: ignore[type-arg]
    """α, costs, measured and predicted speedup for one draft from its rounds."""
    drafted = sum(r.drafted for r in rounds)
    accepted = sum(r.accepted for r in rounds)
    trials = sum(r.accepted + (1 if r.accepted < r.drafted else 0) for r in rounds if r.drafted)
    alpha_pos = accepted / trials if trials else 0.0
    steps = sum(r.draft_steps for r in rounds)
    c_draft = sum(r.draft_s for r in rounds) / steps if steps else 0.0
    by_rows: dict[int, list[float]] = {}
    for r in rounds:
        by_rows.setdefault(r.drafted + 1, []).append(r.verify_s)
    verify = {n: statistics.median(v) for n, v in sorted(by_rows.items())}
    overhead = [r.round_s - r.draft_s - r.verify_s for r in rounds]
    # Predicted: the same k per round, expected tokens from α, costs from the medians above;
    # no Python overhead. Against plain decoding at its measured rate.
    exp_tokens = sum(expected_tokens(alpha_pos, r.drafted) for r in rounds)
    exp_cost = sum(r.draft_steps * c_draft + verify[r.drafted + 1] for r in rounds)
    predicted_tok_s = exp_tokens / exp_cost if exp_cost else 0.0
    spec_tok_s = statistics.mean(d.stats.tokens_per_s for d in runs)
    return {
        "drafted": drafted,
        "accepted": accepted,
        "acceptance": accepted / drafted if drafted else 0.0,
        "alpha_per_position": alpha_pos,
        "mean_k": drafted / len(rounds) if rounds else 0.0,
        "rounds": len(rounds),
        "draft_step_ms": c_draft * 1000,
        "verify_ms_by_rows": {str(n): v * 1000 for n, v in verify.items()},
        "overhead_per_round_ms_p50": statistics.median(overhead) * 1000 if overhead else 0.0,
        "tok_s": spec_tok_s,
        "plain_tok_s": plain_tok_s,
        "speedup": spec_tok_s / plain_tok_s,
        "predicted_speedup": predicted_tok_s / plain_tok_s,
        "measured_over_predicted": (spec_tok_s / predicted_tok_s) if predicted_tok_s else 0.0,
    }


def part_real(cache: Path, threads: int, max_tokens: int, repeats: int) -> dict[str, object]:
    from app.core.engine.base import LoadOptions
    from app.core.engine.llamacpp import LlamaCppEngine
    from app.core.engine.speculative import SpeculativeEngine

    paths = real_models(cache)
    opts = LoadOptions(n_ctx=2048, n_threads=threads, check_memory=False)
    plain = LlamaCppEngine(paths["target"], opts)
    configs = {
        "q4_1": dict(draft=paths["q4_1"], p_min=0.75),
        "q4_1 p_min=0": dict(draft=paths["q4_1"], p_min=0.0),
        "pruned-27": dict(draft=paths["pruned-27"], p_min=0.75),
    }
    specs = {name: SpeculativeEngine(paths["target"], c["draft"], opts, p_min=c["p_min"])
             for name, c in configs.items()}
    for engine in (plain, *specs.values()):  # warm up: thread pools, caches, draft length
        run_once(engine, "Hello!", 24)
    plain_runs = []
    spec_runs: dict[str, list] = {name: [] for name in specs}  # type: ignore[type-arg]
    same: dict[str, int] = dict.fromkeys(specs, 0)
    for engine in specs.values():
        engine.trace = []
    for _ in range(repeats):
        for prompt in PROMPTS:
            ref = run_once(plain, prompt, max_tokens)
            plain_runs.append(ref)
            for name, engine in specs.items():
                got = run_once(engine, prompt, max_tokens)
                spec_runs[name].append(got)
                same[name] += got.token_ids == ref.token_ids
    plain_tok_s = statistics.mean(d.stats.tokens_per_s for d in plain_runs)
    results: dict[str, object] = {
        "target": paths["target"].name,
        "threads": threads,
        "max_tokens": max_tokens,
        "runs_per_engine": len(plain_runs),
        "plain_tok_s": plain_tok_s,
        "plain_ms_per_token": 1000 / plain_tok_s,
        "drafts": {},
    }
    for name, engine in specs.items():
        summary = summarise(engine.trace or [], plain_tok_s, spec_runs[name])
        summary["identical_to_plain"] = f"{same[name]}/{len(plain_runs)}"
        results["drafts"][name] = summary  # type: ignore[index]
        engine.close()
    plain.close()
    return results


# -- part "shapes" ------------------------------------------------------------------------------


def shape_models(cache: Path) -> dict[str, Path]:
    from tests.support import tiny_gguf

    out = {}
    for key, shape in (("8b", "llama-3.1-8b"), ("1b", "llama-3.2-1b")):
        path = cache / f"{shape}-q4_k_m.gguf"
        if not path.exists():
            q8 = cache / f"{shape}-q8_0.gguf"
            if not q8.exists():
                tiny_gguf.write_llama32_gguf(q8, **tiny_gguf.SHAPES[shape], ftype="q8_0",
                                             name=f"Random {shape} shape")
            subprocess.run([llama_quantize(), "--allow-requantize", str(q8),
                            str(path), "Q4_K_M"], check=True, capture_output=True)
            q8.unlink()
        out[key] = path
    return out


def timed_eval(engine, tokens: list[int], start: int, reps: int) -> float:  # type: ignore[no-untyped-def]
    """Median seconds to evaluate ``tokens`` at ``start`` with logits on every row."""
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        assert engine._eval(tokens, start, all_logits=True)
        times.append(time.perf_counter() - t)
        engine.truncate(start)
    return statistics.median(times)


def part_shapes(cache: Path, threads: int, k_max: int, reps: int) -> dict[str, object]:
    from app.core.engine.base import LoadOptions
    from app.core.engine.llamacpp import LlamaCppEngine

    paths = shape_models(cache)
    opts = LoadOptions(n_ctx=1024, n_threads=threads, check_memory=False)
    prefix = list(range(1000, 1064))  # 64 tokens of context before the measured steps
    costs: dict[str, object] = {}
    with LlamaCppEngine(paths["1b"], opts) as draft:
        assert draft._eval(prefix, 0)
        c_draft = timed_eval(draft, [2000], len(prefix), reps)
    with LlamaCppEngine(paths["8b"], opts) as target:
        assert target._eval(prefix, 0)
        verify = {n: timed_eval(target, list(range(3000, 3000 + n)), len(prefix), reps)
                  for n in range(1, k_max + 2)}
    costs = {"draft_1b_step_ms": c_draft * 1000,
             "verify_8b_ms_by_rows": {str(n): v * 1000 for n, v in verify.items()}}
    sweep = []
    for alpha in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        rates = {k: expected_tokens(alpha, k) / (k * c_draft + verify[k + 1])
                 for k in range(0, k_max + 1)}
        best = max(rates, key=rates.__getitem__)
        sweep.append({"alpha": alpha, "best_k": best,
                      "predicted_speedup": rates[best] * verify[1],
                      "speedup_k5": rates[min(5, k_max)] * verify[1]})
    return {"models": {k: p.name for k, p in paths.items()}, "threads": threads,
            "note": "random weights: costs are real, acceptance is SYNTHETIC", **costs,
            "plain_8b_tok_s": 1 / verify[1], "synthetic_sweep": sweep}


# -- output -------------------------------------------------------------------------------------


def markdown(results: dict[str, object]) -> str:
    lines = ["# Speculative decoding benchmark", "",
             f"Command: `{results['command']}` ({results['date']}, {results['machine']})", ""]
    real = results.get("real")
    if isinstance(real, dict):
        lines += [f"## Real weights: {real['target']} target, {real['threads']} threads",
                  "", f"Plain decoding of the same target: {real['plain_tok_s']:.1f} tok/s "
                  f"({real['plain_ms_per_token']:.1f} ms/token), {real['runs_per_engine']} "
                  f"generations of up to {real['max_tokens']} tokens per engine.", "",
                  "| draft | acceptance | α/position | mean k | draft step ms | verify ms "
                  "(rows: ms) | overhead/round ms | tok/s | speedup | predicted | measured/"
                  "predicted | same tokens |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for name, d in real["drafts"].items():
            verify = ", ".join(f"{n}: {v:.1f}" for n, v in d["verify_ms_by_rows"].items())
            lines.append(
                f"| {name} | {d['acceptance']:.1%} ({d['accepted']}/{d['drafted']}) | "
                f"{d['alpha_per_position']:.3f} | {d['mean_k']:.1f} | {d['draft_step_ms']:.1f} "
                f"| {verify} | {d['overhead_per_round_ms_p50']:.2f} | {d['tok_s']:.1f} | "
                f"{d['speedup']:.2f}× | {d['predicted_speedup']:.2f}× | "
                f"{d['measured_over_predicted']:.2f} | {d['identical_to_plain']} |")
        lines.append("")
    shapes = results.get("shapes")
    if isinstance(shapes, dict):
        verify = ", ".join(f"{n}: {v:.0f}" for n, v in shapes["verify_8b_ms_by_rows"].items())
        lines += ["## Llama 3.1 8B + 3.2 1B shapes, random weights (Q4_K_M), "
                  f"{shapes['threads']} threads", "",
                  f"Measured costs: 1B draft step {shapes['draft_1b_step_ms']:.0f} ms; 8B "
                  f"verification by rows (ms): {verify}; plain 8B "
                  f"{shapes['plain_8b_tok_s']:.2f} tok/s.", "",
                  "**SYNTHETIC acceptance** (random weights cannot agree): predicted speedup "
                  "from the measured costs.", "",
                  "| α (synthetic) | best k | predicted speedup | with k=5 |", "|---|---|---|---|"]
        for row in shapes["synthetic_sweep"]:
            lines.append(f"| {row['alpha']:.1f} | {row['best_k']} | "
                         f"{row['predicted_speedup']:.2f}× | {row['speedup_k5']:.2f}× |")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("real", "shapes", "all"), default="all")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "bench-models",
                        help="where the F32 target, pruned draft and random shapes are kept")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--k-max", type=int, default=8)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "speculative")
    args = parser.parse_args()

    import platform

    import app  # noqa: F401  (Hearth's process settings, as in the app)

    out_json = args.out.with_suffix(".json")
    results: dict[str, object] = {}
    if out_json.exists():
        results = json.loads(out_json.read_text())
    results.update(command="python bench/speculative.py " + " ".join(sys.argv[1:]),
                   date=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                   machine=f"{platform.machine()}, {args.threads} threads")
    if args.part in ("real", "all"):
        results["real"] = part_real(args.cache, args.threads, args.max_tokens, args.repeats)
    if args.part in ("shapes", "all"):
        results["shapes"] = part_shapes(args.cache, args.threads, args.k_max, reps=3)
    out_json.parent.mkdir(parents=True, exist_ok=True)
    out_json.write_text(json.dumps(results, indent=2) + "\n")
    text = markdown(results)
    args.out.with_suffix(".md").write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
