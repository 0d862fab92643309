"""GUI event-loop latency while the window streams an answer at full speed.

    python bench/gui_latency.py [--tokens 2048]

A QTimer probe fires every 5 ms; how late each tick runs is the time the event loop was busy
(rendering, signal handling). The tiny random-weight Llama 3.2 streams hundreds of tokens per
second, far faster than a real model, so this is the worst case. Prints p50/p99/max lateness,
early and late in the answer (rendering cost must not grow with the message's length).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.stats import percentile as pct  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=2048)
    parser.add_argument("--no-probe", action="store_true",
                        help="measure only the streaming rate, without the 5 ms probe")
    args = parser.parse_args()
    cache = ROOT / ".cache" / "bench-models"
    cache.mkdir(parents=True, exist_ok=True)
    from tests.support.models import tiny_llama_path

    model = tiny_llama_path(cache)
    with tempfile.TemporaryDirectory() as home:
        os.environ["HEARTH_HOME"] = home
        from PySide6.QtCore import QEventLoop, QTimer

        from app.core.engine.base import TokenEvent
        from app.core.settings import Settings
        from app.ui.main import create_application, open_store
        from app.ui.main_window import MainWindow

        create_application()
        store = open_store()
        window = MainWindow(store, Settings(model=str(model), n_ctx=4096, temperature=1.0,
                                            max_tokens=args.tokens))
        window.resize(1000, 700)
        window.show()
        loop = QEventLoop()
        if window.engine is None:
            window.model_loaded.connect(lambda _n: loop.quit())
            loop.exec()

        lateness: list[tuple[int, float]] = []  # (tokens so far, ms late)
        tokens = [0]
        last = [time.perf_counter()]
        interval = 5

        def tick() -> None:
            now = time.perf_counter()
            lateness.append((tokens[0], max(0.0, (now - last[0]) * 1000 - interval)))
            last[0] = now

        probe = QTimer()
        probe.setInterval(interval)
        probe.timeout.connect(tick)

        def count(event: object) -> None:
            if isinstance(event, TokenEvent):
                tokens[0] = len(window.chat_view.stream_text()) // 6  # rough, for the halves

        final: list[object] = []
        window.reply_finished.connect(lambda s: (final.append(s), loop.quit()))
        window.send("Tell me a story.")
        window._worker.event.connect(count)
        last[0] = time.perf_counter()
        if not args.no_probe:
            probe.start()
        t0 = time.perf_counter()
        loop.exec()
        elapsed = time.perf_counter() - t0
        probe.stop()
        chars = len(window.chat_view.stream_text())
        window.close()
        store.close()

    values = sorted(v for _, v in lateness) or [0.0]

    half = tokens[0] // 2
    early = sorted(v for n, v in lateness if n < half)
    late = sorted(v for n, v in lateness if n >= half)
    n = final[0].completion_tokens if final and final[0] else tokens[0]  # type: ignore[attr-defined]
    print(f"streamed {n} tokens ({chars} characters) in {elapsed:.1f} s "
          f"= {n / elapsed:.0f} tok/s through the window")
    print(f"event-loop lateness: p50 {statistics.median(values):.1f} ms, "
          f"p99 {pct(values, 0.99):.1f} ms, max {max(values):.1f} ms over {len(values)} ticks")
    print(f"first half p99 {pct(early, 0.99):.1f} ms, second half p99 {pct(late, 0.99):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
