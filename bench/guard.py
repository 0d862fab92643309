"""What Llama Guard 3 adds to a chat: time to first token and cost per checked sentence.

    python bench/guard.py                    # Llama 3.2 1B shape (random weights, Q8_0)
    python bench/guard.py --shape tiny       # a quick run on the tiny shape

The guard and the main model are both the Llama 3.2 1B shape (Llama Guard 3 1B is a
fine-tuned Llama 3.2 1B: same layers, same vocabulary), written once by
tests/support/tiny_gguf.py under .cache/bench-models. For a 50-token message, rounds take
turns between:

* ``alone``      the main model's time to first token, no guard (the reference);
* ``uncached``   the guard's check first (whole prompt read every time), then the answer;
* ``cached``     the same with the guard's fixed prefix kept in its KV cache;
* ``parallel``   Hearth's way: the cached check runs while the main model reads its prompt.

The added time to first token is each one minus ``alone`` in the same round (goal: ≤ 1 s
for ``parallel``). Then a five-sentence answer is checked sentence by sentence as it would
stream (role Agent), with and without the cached prefix: milliseconds and tokens evaluated
per sentence. Random weights make the guard's first choice rarely fit the verdict grammar,
so its few verdict tokens take llama.cpp's slower grammar path; a real Llama Guard's seldom
do — the sampling numbers here are an upper bound. Results: bench/results/guard.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "Bread is one of the oldest foods that people have made, and it needs very little. ",
    "You mix flour, water, salt and yeast in a large bowl until a rough dough forms. ",
    "Knead the dough for about ten minutes, until it feels smooth and springs back. ",
    "Let it rise in a warm place for an hour, then shape it into a loaf on a tray. ",
    "Bake it at two hundred and twenty degrees for thirty minutes, and let it cool. ",
]
WORDS = ["please", "tell", "me", "how", "the", "old", "stone", "bridge", "over", "the", "river",
         "was", "built", "and", "why", "it", "still", "stands", "after", "so", "many", "winter",
         "floods", "in", "our", "small", "mountain", "village"]


def model_path(shape: str, ftype: str) -> Path:
    from tests.support import tiny_gguf

    cache = ROOT / ".cache" / "bench-models"
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{shape}-{ftype}.gguf"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tiny_gguf.write_llama32_gguf(tmp, **tiny_gguf.SHAPES[shape], ftype=ftype,
                                     name=f"Random {shape}")
        tmp.replace(path)
    return path


def message(engine, n_tokens: int, variant: int) -> str:  # type: ignore[no-untyped-def]
    """A message of exactly ``n_tokens`` tokens, different for each ``variant``."""
    words = [f"{WORDS[variant % len(WORDS)]}{variant}", *WORDS]
    text = ""
    i = 0
    while engine.count_tokens(text) < n_tokens:
        text = (text + " " + words[i % len(words)]).strip()
        i += 1
    while engine.count_tokens(text) > n_tokens:
        text = text[:-1]
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shape", default="llama-3.2-1b")
    parser.add_argument("--ftype", default="q8_0", choices=("f16", "q8_0"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=50, help="message length in tokens")
    parser.add_argument("--threads", type=int, default=None, help="main model threads")
    parser.add_argument("--guard-threads", type=int, default=None)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "guard.json"))
    args = parser.parse_args()

    from app.core.chat.message import Message
    from app.core.engine.base import GenerationRequest, LoadOptions, SamplingParams, TokenEvent
    from app.core.engine.llamacpp import LlamaCppEngine
    from app.core.hardware import physical_cores
    from app.core.safety.classifier import GuardClassifier
    from app.core.safety.guarded import GuardedEngine
    from app.core.safety.policy import GuardPolicy
    from app.core.safety.prompt import Turn

    path = model_path(args.shape, args.ftype)
    threads = args.threads or physical_cores()
    guard_threads = args.guard_threads or threads
    main_engine = LlamaCppEngine(path, LoadOptions(n_ctx=2048, n_threads=threads))
    guard = GuardClassifier.load(path, options=LoadOptions(n_ctx=2048, n_threads=guard_threads))
    t0 = time.perf_counter()
    guard.warm()
    warm_ms = (time.perf_counter() - t0) * 1000
    sampling = SamplingParams(temperature=0.0, max_tokens=1)
    policy = GuardPolicy(enabled=True, check_answers=False)
    guarded = GuardedEngine(main_engine, guard, policy)

    def first_token(engine, text: str) -> float:  # type: ignore[no-untyped-def]
        main_engine.truncate(0)  # every run reads the whole chat prompt
        request = GenerationRequest(messages=[Message("user", text)], sampling=sampling)
        start = time.perf_counter()
        for event in engine.generate(request):
            if isinstance(event, TokenEvent):
                break
        return (time.perf_counter() - start) * 1000

    def checked_then_answered(text: str, cached: bool) -> float:
        guard.cache_prefix = cached
        start = time.perf_counter()
        guard.check([Turn("User", text)])
        elapsed = (time.perf_counter() - start) * 1000
        guard.cache_prefix = True
        return elapsed + first_token(main_engine, text)

    rows: dict[str, list[float]] = {k: [] for k in ("alone", "uncached", "cached", "parallel")}
    prompt_tokens = 0
    for r in range(args.rounds + 1):  # round 0 warms every path and is not counted
        text = message(main_engine, args.tokens, r)
        times = {
            "alone": first_token(main_engine, text),
            "uncached": checked_then_answered(text, cached=False),
            "cached": checked_then_answered(text, cached=True),
            "parallel": first_token(guarded, text),
        }
        prompt_tokens = guard.last_stats.prompt_tokens if guard.last_stats else 0
        if r == 0:
            continue
        for key, value in times.items():
            rows[key].append(value)
        print(f"round {r}: " + "  ".join(f"{k} {v:7.0f} ms" for k, v in times.items()),
              flush=True)

    med = {k: statistics.median(v) for k, v in rows.items()}
    # Paired: each round's difference from the reference run in the same round.
    added = {k: round(statistics.median(x - a for x, a in zip(rows[k], rows["alone"],
                                                                  strict=True)), 1)
             for k in ("uncached", "cached", "parallel")}

    sentence_rows: dict[str, list[dict[str, float]]] = {"cached": [], "uncached": []}
    question = message(main_engine, args.tokens, 99)
    for mode in ("uncached", "cached", "uncached", "cached"):
        guard.cache_prefix = mode == "cached"
        answer = ""
        for sentence in SENTENCES:
            answer += sentence
            start = time.perf_counter()
            guard.check([Turn("User", question), Turn("Agent", answer)])
            ms = (time.perf_counter() - start) * 1000
            stats = guard.last_stats
            assert stats is not None
            sentence_rows[mode].append({"ms": ms, "evaluated": stats.prompt_tokens -
                                        stats.cached_tokens, "read_ms": stats.ttft_ms,
                                        "verdict_ms": stats.total_ms - stats.ttft_ms})
    guard.cache_prefix = True
    per_sentence = {mode: {key: round(statistics.median(r[src] for r in rs), 1)
                           for key, src in (("ms", "ms"), ("tokens_evaluated", "evaluated"),
                                            ("read_and_first_token_ms", "read_ms"),
                                            ("rest_of_verdict_ms", "verdict_ms"))}
                    for mode, rs in sentence_rows.items()}

    result = {
        "command": "python bench/guard.py " + " ".join(sys.argv[1:]),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()} {physical_cores()} cores",
        "model": f"{args.shape} {args.ftype} (random weights), main and guard",
        "threads": {"main": threads, "guard": guard_threads},
        "message_tokens": args.tokens,
        "guard_prompt_tokens": prompt_tokens,
        "prefix_warm_ms": round(warm_ms, 1),
        "ttft_ms_median": {k: round(v, 1) for k, v in med.items()},
        "added_ttft_ms": added,
        "goal_added_ttft_ms": 1000,
        "ratio_cached_vs_uncached_check": round(added["cached"] / max(added["uncached"], 1e-9),
                                                3),
        "ratio_parallel_vs_alone": round(statistics.median(
            p / a for p, a in zip(rows["parallel"], rows["alone"], strict=True)), 3),
        "per_sentence": per_sentence,
        "rounds": {k: [round(x, 1) for x in v] for k, v in rows.items()},
    }
    print(f"guard prompt {prompt_tokens} tokens; fixed prefixes read once in {warm_ms:.0f} ms")
    print(f"time to first token, median of {args.rounds}: " +
          ", ".join(f"{k} {v:.0f} ms" for k, v in med.items()))
    print(f"added: uncached {added['uncached']:.0f} ms, cached {added['cached']:.0f} ms, "
          f"parallel {added['parallel']:.0f} ms (goal ≤ 1000 ms); parallel/alone "
          f"{result['ratio_parallel_vs_alone']}; cached/uncached check "
          f"{result['ratio_cached_vs_uncached_check']}")
    for mode, row in per_sentence.items():
        print(f"per checked sentence ({mode} prefix): {row['ms']:.0f} ms, "
              f"{row['tokens_evaluated']:.0f} tokens evaluated; reading + first verdict token "
              f"{row['read_and_first_token_ms']:.0f} ms, rest of the verdict "
              f"{row['rest_of_verdict_ms']:.0f} ms")
    out = Path(args.out)
    existing = json.loads(out.read_text()) if out.exists() else {}
    existing[args.shape] = result
    out.write_text(json.dumps(existing, indent=2) + "\n")
    guard.close()
    main_engine.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
