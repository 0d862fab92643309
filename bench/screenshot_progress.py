"""Screenshot of the window reading a picture: the progress line with time left and Cancel.

    xvfb-run -a -s "-screen 0 1100x760x24" python bench/screenshot_progress.py

Runs the real window on the tiny vision model (tests/data/mllama) in a fresh HEARTH_HOME, holds
the encoder between two steps once it has passed 35 % (the tiny picture is otherwise read in
a fraction of a second), grabs the window and saves bench/results/vision-progress.png.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="hearth-shot-"))
    os.environ["HEARTH_HOME"] = str(home)
    import numpy as np
    from PIL import Image
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.licence import Declaration, store_declaration
    from app.core.settings import Settings
    from app.core.store import ConversationStore
    from app.ui.main_window import MainWindow

    data = ROOT / "tests" / "data" / "mllama"
    models = home / "models"
    models.mkdir(parents=True)
    shutil.copy(data / "tiny-mllama-mmproj.gguf", models / "Llama-3.2-Vision-mmproj.gguf")
    model = shutil.copy(data / "tiny-mllama-text.gguf", models / "Llama-3.2-Vision.gguf")
    picture = home / "garden.png"
    source = np.load(data / "preprocess.npz")["big_2x2/source"]
    Image.fromarray(source).resize((480, 600), Image.Resampling.NEAREST).save(picture)
    declaration = Declaration.make("US", "individual")
    store_declaration(declaration)
    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(ConversationStore(home / "conversations.sqlite3"),
                        Settings(model=str(model), n_ctx=256, temperature=0.0, max_tokens=8,
                                 system_prompt="",
                                 licence_declaration=declaration.to_dict()))
    window.resize(1000, 680)
    window.show()
    out = ROOT / "bench" / "results" / "vision-progress.png"
    gate = threading.Event()
    result: list[int] = []

    def hold() -> None:
        encoder = window.engine.encoder
        steps = encoder.steps

        def held(*args, **kwargs):  # type: ignore[no-untyped-def]
            inner = steps(*args, **kwargs)
            while True:
                try:
                    fraction = next(inner)
                except StopIteration as stop:
                    return stop.value
                yield fraction
                if fraction >= 0.36 and not gate.is_set():
                    gate.wait(60)

        encoder.steps = held
        window.image_bar.attach(picture)
        window.send("What is in this picture?")
        poll()

    def poll() -> None:
        line = window.chat_view.progress
        if line.isVisible() and line.bar.value() >= 340:
            QTimer.singleShot(300, shoot)
        else:
            QTimer.singleShot(50, poll)

    def shoot() -> None:
        window.grab().save(str(out))
        print(f"saved {out}: {window.chat_view.progress.label.text()}")
        result.append(0)
        window.stop_generation()
        gate.set()
        QTimer.singleShot(500, app.quit)

    def start() -> None:
        if window.engine is None:
            QTimer.singleShot(100, start)
        else:
            hold()

    QTimer.singleShot(100, start)
    app.exec()
    shutil.rmtree(home, ignore_errors=True)
    return 0 if result else 1


if __name__ == "__main__":
    sys.exit(main())
