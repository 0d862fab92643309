#!/usr/bin/env python3
"""Screenshots of the window in one language each, to see that a script renders (no boxes).

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        python tools/i18n_screenshots.py hi th --out bench/results

Writes ``window-<lang>.png`` (the main window on the starter model, with a short chat) and
``settings-<lang>.png`` (Settings ▸ General) per language. Runs with a temporary HEARTH_HOME,
so the real conversations and settings are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shoot(lang: str, out: Path) -> list[Path]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.settings import Settings
    from app.core.store import ConversationStore
    from app.ui.i18n import install_language, remove_translators
    from app.ui.main import create_application
    from app.ui.main_window import MainWindow
    from app.ui.settings_dialog import SettingsDialog

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    app = create_application()
    install_language(lang, [])
    home = Path(os.environ["HEARTH_HOME"])
    store = ConversationStore(home / f"conversations-{lang}.sqlite3")
    window = MainWindow(store, Settings(language=lang, max_tokens=24, temperature=0.0))
    window.resize(1100, 720)
    window.show()
    loop = QEventLoop()
    window.model_loaded.connect(lambda _name: loop.quit())
    window.model_failed.connect(lambda _msg: loop.quit())
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    window.input.setPlainText({"hi": "नमस्ते! आप कौन हैं?", "th": "สวัสดี คุณเป็นใคร"}
                              .get(lang, "Hello!"))
    settle(300)
    written = [out / f"window-{lang}.png"]
    window.grab().save(str(written[0]))
    dialog = SettingsDialog(window.settings, window)
    dialog.resize(720, 640)
    dialog.show()
    settle(500)
    written.append(out / f"settings-{lang}.png")
    dialog.grab().save(str(written[1]))
    dialog.close()
    window.close()
    store.close()
    remove_translators()
    QApplication.processEvents()
    del app
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="+")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hearth-shots-") as home:
        os.environ["HEARTH_HOME"] = home
        for lang in args.languages:
            for path in shoot(lang, args.out):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
