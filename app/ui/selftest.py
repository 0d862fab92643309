"""``hearth --self-test``: prove this installation works, end to end, without a screen.

It starts the real window offscreen (unless a display is requested), loads a small model
through the same loader as the app, sends one message through the window, and checks the
streamed answer. Data goes to a temporary folder so the user's conversations are untouched.
Exit code 0 means everything worked; otherwise one line says what failed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT_S = 180


def _fail(reason: str) -> int:
    print(f"self-test: FAILED: {reason}", file=sys.stderr)
    return 1


def run_self_test(model: str | None = None) -> int:
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="hearth-selftest-") as home:
        os.environ.setdefault("HEARTH_HOME", home)
        return _run(model)


def _run(model: str | None) -> int:
    t0 = time.perf_counter()
    try:
        from PySide6.QtCore import QEventLoop, QTimer

        from app.ui.main import create_application
    except ImportError as exc:
        return _fail(f"Qt did not load: {exc}")
    try:
        app = create_application()
    except Exception as exc:
        return _fail(f"the Qt application did not start: {exc}")
    print(f"self-test: Qt {app.platformName()} platform ok", file=sys.stderr)

    from app.core.errors import HearthError
    from app.core.models.registry import resolve_model
    from app.core.settings import Settings
    from app.ui.main import open_store
    from app.ui.main_window import MainWindow

    try:
        path = resolve_model(model)
    except HearthError as exc:
        return _fail(str(exc))
    store = open_store()
    settings = Settings(model=str(path), n_ctx=1024, temperature=0.0, max_tokens=8)
    window = MainWindow(store, settings, autoload=False)
    window.show()
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    window.model_loaded.connect(lambda name: finish("loaded", name))
    window.model_failed.connect(lambda msg: finish("error", msg))
    QTimer.singleShot(TIMEOUT_S * 1000, lambda: finish("error", "timed out loading the model"))
    window.load_model(Path(path))
    loop.exec()
    if "error" in outcome:
        window.close()
        return _fail(str(outcome["error"]))
    print(f"self-test: model {outcome['loaded']} loaded", file=sys.stderr)

    window.reply_finished.connect(lambda stats: finish("stats", stats))
    window.notice_shown.connect(lambda msg: finish("error", msg))
    if not window.send("Say hello."):
        window.close()
        return _fail("the message could not be sent")
    loop.exec()
    text = window.chat_view.stream_text()
    window.close()
    store.close()
    stats = outcome.get("stats")
    if "error" in outcome or stats is None:
        return _fail(str(outcome.get("error", "no answer")))
    if not text.strip():
        return _fail("the model answered with no text")
    print(
        f"self-test: ok — {stats.completion_tokens} tokens, {stats.tokens_per_s:.1f} tok/s, "  # type: ignore[attr-defined]
        f"{time.perf_counter() - t0:.1f} s in all",
        file=sys.stderr,
    )
    return 0
