"""Foundation numbers: Hearth's generation path against llama-cpp-python's, cancel latency,
and how fast the window starts.

    python bench/foundation.py [--tokens 128] [--repeats 3] [--with-1b]

Hearth's engine and the reference (llama-cpp-python's ``Llama.generate`` loop on the same
file, threads, context and batch) run interleaved in one process, so the ratio is fair on a
busy machine. Results are printed and written to ``bench/results/foundation.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import llama_cpp  # noqa: E402

from app.core.engine.base import (  # noqa: E402
    CancelToken,
    DoneEvent,
    GenerationRequest,
    LoadOptions,
    SamplingParams,
    TokenEvent,
)
from app.core.engine.llamacpp import LlamaCppEngine  # noqa: E402
from app.core.hardware import physical_cores  # noqa: E402
from bench.stats import percentile as pct  # noqa: E402
from tests.support import models, tiny_gguf  # noqa: E402

PROMPT = "Once upon a time, in a village at the edge of a great forest, there lived"
N_CTX = 2048


def hearth_run(engine: LlamaCppEngine, n_tokens: int) -> tuple[float, float]:
    """(time to first token ms, decode tokens/s) for one greedy generation."""
    done = None
    request = GenerationRequest(prompt=PROMPT,
                                sampling=SamplingParams(temperature=0.0, max_tokens=n_tokens))
    engine.truncate(0)  # no prompt cache: same work as the reference
    for event in engine.generate(request):
        if isinstance(event, DoneEvent):
            done = event
    assert done is not None
    return done.stats.ttft_ms, done.stats.tokens_per_s


def reference_run(llm: llama_cpp.Llama, n_tokens: int) -> tuple[float, float]:
    """The same measured with llama-cpp-python's own generate loop (detokenizing each token)."""
    llm.reset()
    tokens = llm.tokenize(PROMPT.encode(), add_bos=True)
    t0 = time.perf_counter()
    t_first = t_last = 0.0
    n = 0
    for token in llm.generate(tokens, temp=0.0, top_k=1, reset=True):
        now = time.perf_counter()
        if n == 0:
            t_first = now
        t_last = now
        llm.detokenize([token])
        n += 1
        if n >= n_tokens or llama_cpp.llama_vocab_is_eog(llm._model.vocab, token):
            break
    return (t_first - t0) * 1000, (n - 1) / (t_last - t_first) if n > 1 else 0.0


def compare(name: str, path: Path, n_tokens: int, repeats: int) -> dict[str, object]:
    threads = physical_cores()
    engine = LlamaCppEngine(path, LoadOptions(n_ctx=N_CTX, n_threads=threads, n_batch=512))
    llm = llama_cpp.Llama(str(path), n_ctx=N_CTX, n_threads=threads, n_threads_batch=threads,
                          n_batch=512, n_ubatch=512, verbose=False)
    hearth_run(engine, 8)
    reference_run(llm, 8)  # warm both
    h, r = [], []
    for _ in range(repeats):
        h.append(hearth_run(engine, n_tokens))
        r.append(reference_run(llm, n_tokens))
    engine.close()
    llm.close()
    result = {
        "model": name,
        "threads": threads,
        "hearth_ttft_ms": statistics.median(x[0] for x in h),
        "reference_ttft_ms": statistics.median(x[0] for x in r),
        "hearth_tok_s": statistics.median(x[1] for x in h),
        "reference_tok_s": statistics.median(x[1] for x in r),
    }
    result["decode_ratio"] = result["hearth_tok_s"] / max(result["reference_tok_s"], 1e-9)
    return result


def cancel_latency(path: Path, trials: int) -> dict[str, float]:
    """Milliseconds from cancel() to the final event, while decoding and while prefilling."""
    engine = LlamaCppEngine(path, LoadOptions(n_ctx=N_CTX))
    decode, prefill = [], []
    long_prompt = "The quick brown fox jumps over the lazy dog. " * 150
    for i in range(trials):
        for bucket, prompt, delay in ((decode, PROMPT, 0.05 + 0.01 * i),
                                      (prefill, long_prompt, 0.03)):
            cancel = CancelToken()
            stamp: dict[str, float] = {}

            def fire(c: CancelToken = cancel, s: dict[str, float] = stamp) -> None:
                s["t"] = time.perf_counter()
                c.cancel()

            timer = threading.Timer(delay, fire)
            engine.truncate(0)
            request = GenerationRequest(prompt=prompt,
                                        sampling=SamplingParams(temperature=0.0, max_tokens=4000))
            timer.start()
            for event in engine.generate(request, cancel):
                if isinstance(event, TokenEvent):
                    continue
            end = time.perf_counter()
            timer.join()
            if "t" in stamp:
                bucket.append((end - stamp["t"]) * 1000)
    engine.close()

    return {
        "decode_p50_ms": pct(decode, 0.5), "decode_p95_ms": pct(decode, 0.95),
        "decode_max_ms": max(decode, default=float("nan")),
        "prefill_p50_ms": pct(prefill, 0.5), "prefill_p95_ms": pct(prefill, 0.95),
        "prefill_max_ms": max(prefill, default=float("nan")),
    }


def window_start(path: Path) -> dict[str, float]:
    """Milliseconds to a shown window and to a loaded model (offscreen Qt, in this process)."""
    with tempfile.TemporaryDirectory() as home:
        os.environ["HEARTH_HOME"] = home
        t0 = time.perf_counter()
        from PySide6.QtCore import QEventLoop, QTimer

        from app.core.settings import Settings
        from app.ui.main import create_application, open_store
        from app.ui.main_window import MainWindow

        app = create_application()
        store = open_store()
        window = MainWindow(store, Settings(model=str(path)))
        window.show()
        app.processEvents()
        shown = (time.perf_counter() - t0) * 1000
        loop = QEventLoop()
        window.model_loaded.connect(lambda _n: loop.quit())
        QTimer.singleShot(60000, loop.quit)
        if window.engine is None:
            loop.exec()
        ready = (time.perf_counter() - t0) * 1000
        window.close()
        store.close()
    return {"window_shown_ms": shown, "model_ready_ms": ready}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cancel-trials", type=int, default=10)
    parser.add_argument("--with-1b", action="store_true",
                        help="also a random-weight Llama 3.2 1B shape (Q8_0, ~1.3 GB)")
    args = parser.parse_args()
    cache = ROOT / ".cache" / "bench-models"
    cache.mkdir(parents=True, exist_ok=True)
    subjects = [("SmolLM2-135M Q4_1", models.smollm2_path()),
                ("tiny Llama 3.2 (random, f16)", models.tiny_llama_path(cache))]
    if args.with_1b:
        one_b = cache / "llama-3.2-1b-shape-q8_0.gguf"
        if not one_b.exists():
            tiny_gguf.write_llama32_gguf(one_b, **tiny_gguf.SHAPES["llama-3.2-1b"], ftype="q8_0")
        subjects.append(("Llama 3.2 1B shape (random, Q8_0)", one_b))

    results: dict[str, object] = {"generation": [], "machine": {"cores": physical_cores()}}
    print(f"{'model':36} {'Hearth tok/s':>12} {'ref tok/s':>10} {'ratio':>6} "
          f"{'Hearth TTFT':>11} {'ref TTFT':>9}")
    for name, path in subjects:
        row = compare(name, path, args.tokens, args.repeats)
        results["generation"].append(row)  # type: ignore[union-attr]
        print(f"{name:36} {row['hearth_tok_s']:12.1f} {row['reference_tok_s']:10.1f} "
              f"{row['decode_ratio']:6.3f} {row['hearth_ttft_ms']:9.1f}ms "
              f"{row['reference_ttft_ms']:7.1f}ms")
    lat = cancel_latency(models.smollm2_path(), args.cancel_trials)
    results["cancel_latency"] = lat
    print("cancel latency (SmolLM2): decode p50 {decode_p50_ms:.1f} ms, p95 {decode_p95_ms:.1f} ms,"
          " max {decode_max_ms:.1f} ms; prefill p50 {prefill_p50_ms:.1f} ms, "
          "p95 {prefill_p95_ms:.1f} ms, max {prefill_max_ms:.1f} ms".format(**lat))
    start = window_start(models.smollm2_path())
    results["window"] = start
    print(f"window: shown after {start['window_shown_ms']:.0f} ms, starter model ready after "
          f"{start['model_ready_ms']:.0f} ms")
    out = ROOT / "bench" / "results" / "foundation.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
