"""Document numbers: text extraction speed, and a follow-up's time to first token against
the first pass that read the whole document.

    python bench/documents.py [--pages 100] [--doc-tokens 1500 3000] [--repeats 3]
                              [--with-1b [GGUF]]

Extraction: a generated 100-page PDF (fpdf2, ~450 words a page) read by Hearth's reader
(pages, paragraphs, limits) against a bare pypdf ``extract_text`` loop over the same file, in
the same process. Follow-ups: a document summarized in one pass (first pass: from the start until
the summary's first words, reading the document included), then a question in the
conversation that opens on it (the KV cache holds the document) against the same question
with the cache emptied first (what a prompt without a shared prefix costs). Results are printed
and written to ``bench/results/documents.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.documents.conversation import save_summary  # noqa: E402
from app.core.documents.readers import from_text, read_document  # noqa: E402
from app.core.documents.summarize import SummaryDone, summarize  # noqa: E402
from app.core.engine.base import (  # noqa: E402
    CancelToken,
    DoneEvent,
    LoadOptions,
    SamplingParams,
)
from app.core.engine.llamacpp import LlamaCppEngine  # noqa: E402
from app.core.session import ChatSession  # noqa: E402
from app.core.store import ConversationStore  # noqa: E402
from tests.support import models  # noqa: E402
from tests.support.documents import make_pdf  # noqa: E402

# The random-weight Llama 3.2 1B shape bench/perf.py quantizes (same timings as the real one).
ONE_B = ROOT / ".cache" / "bench-models" / "llama-3.2-1b-q4_k_m.gguf"
WORDS = ["river", "harbour", "council", "budget", "school", "library", "winter", "harvest",
         "railway", "museum", "engineer", "festival", "bridge", "market", "orchard", "village",
         "report", "station", "century", "garden"]


def page_text(i: int, words: int = 450) -> str:
    """A page of varied sentences in paragraphs (so extraction does real work)."""
    out, para = [], []
    for j in range(words // 9):
        w = [WORDS[(i * 7 + j * 3 + k) % len(WORDS)] for k in range(6)]
        para.append(f"The {w[0]} near the {w[1]} had {j + i} {w[2]}s and a {w[3]} by the "
                    f"{w[4]} {w[5]}.")
        if len(para) == 6:
            out.append(" ".join(para))
            para = []
    out.append(" ".join(para))
    return "\n\n".join(p for p in out if p)


def extraction(pages: int, repeats: int) -> dict[str, float]:
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory() as tmp:
        path = make_pdf(Path(tmp) / "long.pdf", [page_text(i) for i in range(pages)])
        size = path.stat().st_size
        hearth, raw = [], []
        chars = 0
        for _ in range(repeats):  # interleaved, so a busy machine slows both alike
            t = time.perf_counter()
            doc = read_document(path)
            hearth.append(time.perf_counter() - t)
            chars = doc.n_chars
            t = time.perf_counter()
            reader = PdfReader(path)
            raw_text = [p.extract_text() for p in reader.pages]
            raw.append(time.perf_counter() - t)
        assert len(doc.parts) == pages and sum(map(len, raw_text)) > 0
    h, r = statistics.median(hearth), statistics.median(raw)
    return {"pages": pages, "file_bytes": size, "chars": chars, "hearth_s": h, "pypdf_s": r,
            "pages_per_s": pages / h, "chars_per_s": chars / h, "hearth_over_pypdf": h / r}


def document(tokens_wanted: int, engine: LlamaCppEngine) -> str:
    paragraphs: list[str] = []
    i = 0
    while engine.count_tokens("\n\n".join(paragraphs)) < tokens_wanted:
        paragraphs.append(page_text(i, 90))
        i += 1
    return "\n\n".join(paragraphs)


def follow_up(path: Path, doc_tokens: int, repeats: int) -> dict[str, object]:
    n_ctx = 8192
    question = "What does the document say about the library?"
    sampling = SamplingParams(temperature=0.0, max_tokens=8)
    rows: dict[str, list[float]] = {"first_pass_ttft_ms": [], "follow_up_ttft_ms": [],
                                    "follow_up_cold_ttft_ms": []}
    evaluated: dict[str, int] = {}
    with LlamaCppEngine(path, LoadOptions(n_ctx=n_ctx)) as engine, \
            tempfile.TemporaryDirectory() as tmp, \
            ConversationStore(Path(tmp) / "c.sqlite3") as store:
        text = document(doc_tokens, engine)
        session = ChatSession(store)
        for _ in range(repeats):
            engine.truncate(0)  # a document read for the first time
            result = None
            for event in summarize(engine, from_text(text, "bench.txt"), "short"):
                if isinstance(event, SummaryDone):
                    result = event.result
            assert result is not None and result.mode == "single", "document must fit"
            rows["first_pass_ttft_ms"].append(result.first_token_s * 1000)
            conv = save_summary(store, result, path.name)

            def ask(conv_id: int = conv) -> DoneEvent:
                pending = session.begin(conv_id, question, sampling, path.name)
                events = list(session.reply(engine, pending, CancelToken()))
                done = events[-1]
                assert isinstance(done, DoneEvent)
                store.delete_messages_from(pending.user_message.id)  # type: ignore[union-attr]
                return done

            warm = ask()
            rows["follow_up_ttft_ms"].append(warm.stats.ttft_ms)
            engine.truncate(0)  # the same question without the shared prefix
            cold = ask()
            rows["follow_up_cold_ttft_ms"].append(cold.stats.ttft_ms)
            evaluated = {
                "doc_tokens": result.doc_tokens,
                "first_pass_prompt_tokens": result.stats.prompt_tokens,
                "follow_up_prompt_tokens": warm.stats.prompt_tokens,
                "follow_up_evaluated_tokens": warm.stats.prompt_tokens - warm.stats.cached_tokens,
                "cold_evaluated_tokens": cold.stats.prompt_tokens - cold.stats.cached_tokens,
            }
        name = engine.info.name
    out: dict[str, object] = {"model": name, "n_ctx": n_ctx, **evaluated}
    for key, values in rows.items():
        out[key] = statistics.median(values)
    out["follow_up_over_first_pass"] = out["follow_up_ttft_ms"] / out["first_pass_ttft_ms"]  # type: ignore[operator]
    out["follow_up_over_cold"] = out["follow_up_ttft_ms"] / out["follow_up_cold_ttft_ms"]  # type: ignore[operator]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--doc-tokens", type=int, nargs="+", default=[1500, 3000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--with-1b", nargs="?", const=str(ONE_B), default=None,
                        metavar="GGUF", help="also the random-weight Llama 3.2 1B shape "
                        "(Q4_K_M; default path under .cache/bench-models)")
    args = parser.parse_args()

    ex = extraction(args.pages, args.repeats)
    print(f"Extraction, {ex['pages']}-page PDF ({ex['file_bytes'] / 1e6:.1f} MB, "
          f"{ex['chars']:,} characters)")
    print(f"  Hearth reader  {ex['hearth_s']:.2f} s  ({ex['pages_per_s']:.0f} pages/s, "
          f"{ex['chars_per_s'] / 1e6:.2f} M chars/s)")
    print(f"  bare pypdf     {ex['pypdf_s']:.2f} s  → Hearth/pypdf = "
          f"{ex['hearth_over_pypdf']:.2f}")

    targets = [("SmolLM2-135M", models.smollm2_path())]
    if args.with_1b:
        targets.append(("Llama-3.2-1B shape Q4_K_M", Path(args.with_1b)))
    results: list[dict[str, object]] = []
    print("\nTime to first token: first pass (reads the document) vs a follow-up question")
    print(f"  {'model':<26} {'doc tok':>7} {'first pass':>11} {'follow-up':>10} "
          f"{'no prefix':>10} {'fu/first':>9} {'fu/no prefix':>12}")
    for label, path in targets:
        for tokens in args.doc_tokens:
            row = follow_up(path, tokens, args.repeats)
            row["label"] = label
            results.append(row)
            print(f"  {label:<26} {row['doc_tokens']:>7} {row['first_pass_ttft_ms']:>9.0f}ms "
                  f"{row['follow_up_ttft_ms']:>8.0f}ms {row['follow_up_cold_ttft_ms']:>8.0f}ms "
                  f"{row['follow_up_over_first_pass']:>9.3f} {row['follow_up_over_cold']:>12.3f}")
            print(f"  {'':<26} evaluated tokens: first pass {row['first_pass_prompt_tokens']}, "
                  f"follow-up {row['follow_up_evaluated_tokens']} of "
                  f"{row['follow_up_prompt_tokens']}, no prefix {row['cold_evaluated_tokens']}")
    out = ROOT / "bench" / "results" / "documents.json"
    out.write_text(json.dumps({"extraction": ex, "follow_up": results,
                               "cpu_count": os.cpu_count()}, indent=2) + "\n", encoding="utf-8")
    print(f"\nWritten to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
