"""Pictures in the window: drop, paste or attach, thumbnail, answer from the vision model."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel

from app.core.licence import Declaration, store_declaration
from app.core.settings import Settings
from app.core.store import ConversationStore
from app.core.vision.tokenizer import Tokenizer
from app.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "mllama"
REF = np.load(DATA / "model.npz")
LOAD_TIMEOUT_MS = 60_000
REPLY_TIMEOUT_MS = 120_000


@pytest.fixture
def store(hearth_home: Path) -> ConversationStore:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


@pytest.fixture
def vision_model(tmp_path: Path) -> Path:
    folder = tmp_path / "models"
    folder.mkdir()
    shutil.copy(DATA / "tiny-mllama-mmproj.gguf", folder / "Tiny-Vision-mmproj.gguf")
    return Path(shutil.copy(DATA / "tiny-mllama-text.gguf", folder / "Tiny-Vision.gguf"))


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "picture.png"
    Image.fromarray(np.load(DATA / "preprocess.npz")["model_1x2/source"]).save(path)
    return path


US = Declaration.make("US", "individual")


def make_window(qtbot, store: ConversationStore, model: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    store_declaration(US)
    settings = Settings(model=str(model), n_ctx=256, temperature=0.0, max_tokens=8,
                        system_prompt="", licence_declaration=US.to_dict())
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    if window.engine is None:
        with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
            pass
    return window


def drop(widget, mime: QMimeData) -> bool:  # type: ignore[no-untyped-def]
    """Drag ``mime`` onto ``widget`` and drop it, as Qt delivers a real drop; True if taken."""
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(5, 5), *args)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(5, 5), *args)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_drop_a_picture_and_ask(qtbot, store, vision_model, picture) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, vision_model)
    assert window.engine.info.architecture == "mllama"
    assert drop(window.input, files(picture))
    assert window.image_bar.current is not None
    assert window.image_bar.preview.isVisible()
    with qtbot.waitSignal(window.reply_finished, timeout=REPLY_TIMEOUT_MS) as blocker:
        assert window.send("What is in this picture?")
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    assert blocker.args[0] is not None
    assert window.image_bar.current is None  # sent with the message
    user, answer = window.chat_view.messages()
    thumbs = user.findChildren(QLabel, "message-image")
    assert len(thumbs) == 1 and not thumbs[0].pixmap().isNull()
    expected = Tokenizer.from_gguf(vision_model).decode(REF["model_1x2/chat_greedy"].tolist())
    assert answer.text() == expected  # the reference's 8 greedy tokens, shown as streamed
    assert store.messages(window.conversation_id)[1].content == expected

    # Reopened, the conversation still shows its picture.
    window.open_conversation(window.conversation_id)
    user = window.chat_view.messages()[0]
    assert len(user.findChildren(QLabel, "message-image")) == 1


def test_follow_up_question_sees_the_same_picture(qtbot, store, vision_model, picture) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, vision_model)
    window.image_bar.attach(picture)
    for question in ("What is in this picture?", "And the colours?"):
        with qtbot.waitSignal(window.reply_finished, timeout=REPLY_TIMEOUT_MS) as blocker:
            assert window.send(question)
        qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    assert blocker.args[0].cached_tokens > 0  # the picture and the first turn were reused


def test_non_images_are_not_taken(qtbot, store, vision_model, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, vision_model)
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    drop(window.input, files(notes))  # not ours: the text box's own handling applies
    assert window.image_bar.current is None
    assert not window.notice.isVisible()
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    drop(window.input, files(broken))
    assert window.image_bar.current is None
    assert window.notice.isVisible()
    assert "picture" in window.notice.text() or "damaged" in window.notice.text()


def test_paste_a_picture(qtbot, store, vision_model) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, vision_model)
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    QGuiApplication.clipboard().setImage(image)
    window.input.setFocus()
    qtbot.keyClick(window.input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.image_bar.current is not None
    assert Image.open(window.image_bar.current).size == (20, 10)
    assert window.input.toPlainText() == ""


def test_text_model_refuses_a_picture(qtbot, store, smollm2_gguf, picture) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(store, Settings(model=str(smollm2_gguf), n_ctx=512, max_tokens=8))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
        pass
    window.image_bar.attach(picture)
    assert not window.send("What is this?")
    assert "cannot see pictures" in window.notice.text()
    assert window.image_bar.current is not None  # kept for a vision model
