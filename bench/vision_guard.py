"""What the verdict constraint of Llama Guard 3 Vision costs, and a check's time on the tiny
stand-in.

    python bench/vision_guard.py              # 40 constrained verdicts, 3 check rounds

1. The token trie over Meta's real Llama 3.2 vocabulary (128,257 entries): build time and how
   many tokens it keeps (those made only of the verdict's characters).
2. Per generated token, rounds taking turns between ``plain`` (greedy argmax over the full
   vocabulary's logits, the reference) and ``constrained`` (the allowed set from the trie,
   the mask, then argmax): the ratio is the constraint's overhead on the sampler alone (the
   model's forward pass, far larger on the real 11B model, is not included).
3. The stand-in guard (tests/support/vision_guard_gguf.py, the tiny random Llama 3.2 Vision on
   Hearth's ggml engine): a message with its picture checked the first time (picture encoded,
   whole prompt read), again (picture and prompt kept), and an answer after it (role Agent).
   Tiny weights: these show the shape of the costs, not an 11B model's times.

Results: bench/results/vision_guard.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def constraint_numbers(verdicts: int) -> dict[str, object]:
    import numpy as np

    from app.core.safety.prompt import DEFAULT_CODES
    from app.core.safety.verdict import parse_verdict, verdict_language
    from app.core.vision.constraint import LanguageConstraint, TokenTrie, mask_logits
    from app.core.vision.tokenizer import Tokenizer
    from tests.support.tiny_gguf import llama32_vocab

    vocab = llama32_vocab()
    tok = Tokenizer([*vocab.tokens, "<|image|>"], [*vocab.token_types, 3], 128000, 128009)
    language = verdict_language(DEFAULT_CODES)
    t0 = time.perf_counter()
    trie = TokenTrie.from_vocabulary(tok.n_vocab, tok.token_bytes, language.alphabet,
                                     skip=tok.specials.values())
    build_ms = (time.perf_counter() - t0) * 1000
    rng = np.random.default_rng(1)
    plain: list[float] = []
    constrained: list[float] = []
    lengths: list[int] = []
    for _ in range(verdicts):
        constraint = LanguageConstraint(language, trie, tok.stop_ids)
        out: list[int] = []
        while not constraint.finished:
            logits = rng.normal(size=tok.n_vocab).astype(np.float32)
            t0 = time.perf_counter()
            int(np.argmax(logits.astype(np.float64)))
            plain.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            token = int(np.argmax(mask_logits(logits, constraint.allowed())))
            constraint.accept(token)
            constrained.append(time.perf_counter() - t0)
            if token in tok.stop_ids:
                break
            out.append(token)
        parse_verdict(tok.decode(out), DEFAULT_CODES)
        lengths.append(len(out))
    plain_ms = statistics.median(plain) * 1000
    constrained_ms = statistics.median(constrained) * 1000
    return {
        "vocabulary": tok.n_vocab,
        "trie_tokens": len(trie.pieces),
        "trie_build_ms": round(build_ms, 1),
        "verdicts": verdicts,
        "median_verdict_tokens": statistics.median(lengths),
        "per_token_ms_median": {"plain": round(plain_ms, 3),
                                "constrained": round(constrained_ms, 3)},
        "ratio_constrained_vs_plain": round(constrained_ms / plain_ms, 2),
    }


def check_numbers(rounds: int, threads: int) -> dict[str, object]:
    import numpy as np
    from PIL import Image

    from app.core.engine.base import LoadOptions
    from app.core.licence import Declaration
    from app.core.safety.prompt import Turn
    from app.core.safety.vision_classifier import VisionGuardClassifier
    from app.core.vision.feature_cache import FeatureCache
    from tests.support.vision_guard_gguf import DATA, vision_guard_path

    folder = Path(tempfile.mkdtemp(prefix="hearth-bench-vision-guard-"))
    path = vision_guard_path(folder)
    picture = folder / "picture.png"
    Image.fromarray(np.load(DATA / "preprocess.npz")["model_1x2/source"]).save(picture)
    times: dict[str, list[float]] = {"first": [], "again": [], "answer": []}
    cached: dict[str, int] = {}
    tokens = 0
    for _ in range(rounds):
        guard = VisionGuardClassifier.load(path, declaration=Declaration.make("US", "individual"),
                                           options=LoadOptions(n_ctx=2048, n_threads=threads))
        guard.engine.feature_cache = FeatureCache(folder / f"cache-{time.time_ns()}")
        turns = [Turn("User", "What is in this picture?")]
        try:
            for key, judged in (("first", turns), ("again", turns),
                                ("answer", [*turns, Turn("Agent", "A small test picture.")])):
                verdict = guard.check(judged, image=picture)
                times[key].append(verdict.elapsed_ms)
                cached[key] = guard.last_stats.cached_tokens if guard.last_stats else 0
            tokens = guard.last_stats.prompt_tokens if guard.last_stats else 0
        finally:
            guard.close()
    first = statistics.median(times["first"])
    return {
        "model": "tiny random Llama 3.2 Vision (Hearth's ggml engine), 2048 context",
        "threads": threads,
        "prompt_tokens": tokens,
        "check_ms_median": {k: round(statistics.median(v), 1) for k, v in times.items()},
        "cached_prompt_tokens": cached,
        "ratio_again_vs_first": round(statistics.median(times["again"]) / first, 3),
        "ratio_answer_vs_first": round(statistics.median(times["answer"]) / first, 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verdicts", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" /
                        "vision_guard.json")
    args = parser.parse_args()
    result = {
        "command": "python bench/vision_guard.py " + " ".join(sys.argv[1:]),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()} {__import__('os').cpu_count()} cores",
        "constraint": constraint_numbers(args.verdicts),
        "check": check_numbers(args.rounds, args.threads),
    }
    print(json.dumps(result, indent=2))
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
