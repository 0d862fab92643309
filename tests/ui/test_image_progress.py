"""Reading a picture in the window: the progress line with time left, its Cancel, the detail.

The real vision engine runs the tiny model; a gate between two encoder steps holds the encode
where a person would see it (the tiny picture otherwise takes a fraction of a second), so the
test can look at the progress line and press Cancel while the encoder is mid-way.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt

from app.core.licence import Declaration, store_declaration
from app.core.settings import Settings
from app.core.store import ConversationStore
from app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "mllama"
REF = np.load(DATA / "model.npz")
US = Declaration.make("US", "individual")


@pytest.fixture
def store(hearth_home: Path) -> ConversationStore:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


@pytest.fixture
def window(qtbot, store: ConversationStore, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    folder = tmp_path / "models"
    folder.mkdir()
    shutil.copy(DATA / "tiny-mllama-mmproj.gguf", folder / "Tiny-Vision-mmproj.gguf")
    model = shutil.copy(DATA / "tiny-mllama-text.gguf", folder / "Tiny-Vision.gguf")
    store_declaration(US)
    settings = Settings(model=str(model), n_ctx=256, temperature=0.0, max_tokens=8,
                        system_prompt="", licence_declaration=US.to_dict())
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    if win.engine is None:
        with qtbot.waitSignal(win.model_loaded, timeout=60_000):
            pass
    return win


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "picture.png"
    Image.fromarray(np.load(DATA / "preprocess.npz")["model_1x2/source"]).save(path)
    return path


def hold_encoder(window: MainWindow, at: float) -> threading.Event:
    """Pause the engine's encoder after the step that passes ``at``; set the event to go on."""
    gate = threading.Event()
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
            if fraction >= at and not gate.is_set():
                gate.wait(30)

    encoder.steps = held
    return gate


def test_progress_line_and_cancel_inside_the_encode(qtbot, window, picture, store) -> None:  # type: ignore[no-untyped-def]
    gate = hold_encoder(window, 0.35)
    window.image_bar.attach(picture)
    progress = window.chat_view.progress
    with qtbot.waitSignal(window.reply_finished, timeout=60_000) as blocker:
        assert window.send("What is in this picture?")
        qtbot.waitUntil(lambda: progress.isVisible() and progress.bar.value() >= 300,
                        timeout=30_000)
        text = progress.label.text()  # e.g. "Reading the picture… 34 % · about 2 s left"
        assert text.startswith("Reading the picture… 3") and " % · about " in text
        assert text.endswith(" left")
        assert window.send_button.text() == "Stop"
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    stats = blocker.args[0]
    assert stats.stop_reason == "cancelled" and stats.completion_tokens == 0
    assert not progress.isVisible()
    answer = window.chat_view.messages()[-1]
    assert "stopped" in answer.status.text()
    # Asked again, the picture is read in full and answered as the reference does.
    window.engine.encoder.steps = type(window.engine.encoder).steps.__get__(
        window.engine.encoder)
    with qtbot.waitSignal(window.reply_finished, timeout=60_000) as blocker:
        window.regenerate()
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    assert blocker.args[0].stop_reason == "length"
    assert window.engine.last_image_source == "encoded"


def test_stop_button_cancels_the_encode(qtbot, window, picture) -> None:  # type: ignore[no-untyped-def]
    gate = hold_encoder(window, 0.1)
    window.image_bar.attach(picture)
    progress = window.chat_view.progress
    with qtbot.waitSignal(window.reply_finished, timeout=60_000) as blocker:
        window.send("What is in this picture?")
        qtbot.waitUntil(progress.isVisible, timeout=30_000)
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)  # "Stop"
        gate.set()
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    assert blocker.args[0].stop_reason == "cancelled"


def test_quick_detail_is_chosen_in_the_window(qtbot, window, picture) -> None:  # type: ignore[no-untyped-def]
    box = window.image_bar.detail_box
    assert window.image_bar.detail == "full" and box.isVisible()
    box.setCurrentIndex(box.findData("quick"))
    window.image_bar.attach(picture)
    with qtbot.waitSignal(window.reply_finished, timeout=60_000) as blocker:
        window.send("What is in this picture?")
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    assert blocker.args[0].completion_tokens > 0
    assert window.engine.decoder.n_image_tokens == window.engine.files.vision.patches  # 1 tile
