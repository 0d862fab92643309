"""Summarizing in the real window with the real starter model: drop a document, watch the
progress, click a citation, ask a follow-up; cancel; bad files; drops that are not documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser

from app.core.documents.conversation import summary_message
from app.core.store import ConversationStore
from app.ui.summarize import SummarizeDialog
from tests.support.documents import make_pdf, make_scanned_pdf
from tests.ui.test_main_window import make_window, send_and_wait

pytestmark = pytest.mark.slow

SUMMARY_TIMEOUT_MS = 300_000

PAGES = [
    "The town of Millbrook opened a new public library on Monday. The building has three "
    "floors, a children's room, a café and two hundred computers.",
    "The library cost twelve million dollars and took two years to build. Most of the money "
    "came from the state.",
    "The mayor said the library will be open every day of the week, including evenings.",
]


@pytest.fixture
def store(hearth_home: Path) -> ConversationStore:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


def drop(window, paths: list[Path]) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    """Drag ``paths`` over the window and drop them, as a file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = window.rect().center()
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    event = QDropEvent(pos.toPointF(), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    QApplication.sendEvent(window, event)
    return enter.isAccepted(), event.isAccepted()


def citation_link_position(view: QTextBrowser) -> tuple[QPoint, str] | None:
    """Where the first citation link is drawn in ``view``, and its address."""
    doc = view.document()
    cursor = QTextCursor(doc)
    for pos in range(1, doc.characterCount()):
        cursor.setPosition(pos)
        fmt = cursor.charFormat()
        if fmt.isAnchor() and fmt.anchorHref().startswith("hearth-cite:"):
            left = view.cursorRect(cursor)
            return QPoint(left.left() - 2, left.center().y()), fmt.anchorHref()
    return None


def test_drop_a_pdf_then_click_a_citation_and_ask_a_follow_up(  # type: ignore[no-untyped-def]
        qtbot, store, smollm2_gguf, tmp_path) -> None:
    window = make_window(qtbot, store, smollm2_gguf)
    path = make_pdf(tmp_path / "library.pdf", PAGES)
    with qtbot.waitSignal(window.summaries.finished, timeout=SUMMARY_TIMEOUT_MS) as blocker:
        accepted = drop(window, [path])
        assert accepted == (True, True)
        progress = window.summaries.progress
        assert progress is not None and progress.isVisible() and not progress.isModal()
        # The window keeps working while the document is summarized.
        window.search_box.setText("nothing")
        window.search_box.clear()
    conv_id = blocker.args[0]
    assert conv_id is not None and window.conversation_id == conv_id
    assert window.summaries.progress is None
    assert store.get(conv_id).title == "Summary: library.pdf"
    messages = window.chat_view.messages()
    assert [m.role for m in messages] == ["user", "assistant"]
    assert "library.pdf" in messages[0].text()

    found = citation_link_position(messages[1].body)
    assert found is not None, messages[1].text()
    point, href = found
    n = int(href.rsplit("/", 1)[1])
    qtbot.mouseClick(messages[1].body.viewport(), Qt.MouseButton.LeftButton, pos=point)
    passage = window.summaries.passage
    assert passage is not None and passage.isVisible()
    assert " ".join(passage.text.toPlainText().split()) == PAGES[n - 1]
    assert f"page {n}" in passage.windowTitle()

    # A follow-up in the same conversation starts from the evaluated document.
    stats = send_and_wait(qtbot, window, "How much did the library cost?")
    assert stats is not None
    summary = summary_message(store, conv_id)
    assert summary is not None
    assert stats.cached_tokens >= summary.stats["summary"]["doc_tokens"]
    # Only the turns after the instruction are new: the summary (its citation markers differ
    # from what was generated) and the question, with their chat markup.
    engine = window.engine
    new_turns = engine.count_tokens(summary.content) + engine.count_tokens(
        "How much did the library cost?") + 32
    assert stats.prompt_tokens - stats.cached_tokens <= new_turns
    assert [m.role for m in store.messages(conv_id)] == ["user", "assistant"] * 2

    # Reopening the conversation later keeps the citations clickable.
    window.new_conversation()
    window.open_conversation(conv_id)
    assert citation_link_position(window.chat_view.messages()[1].body) is not None


def test_summarize_pasted_text_from_the_menu(qtbot, store, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, smollm2_gguf)
    assert window.summaries.action in window.menuBar().actions()[0].menu().actions()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SummarizeDialog)
        dialog.text_edit.setPlainText("\n\n".join(PAGES))
        dialog.style_box.setCurrentIndex(dialog.style_box.findData("short"))
        dialog.accept()

    QTimer.singleShot(100, fill)
    with qtbot.waitSignal(window.summaries.finished, timeout=SUMMARY_TIMEOUT_MS) as blocker:
        window.summaries.action.trigger()
    conv_id = blocker.args[0]
    assert conv_id is not None
    stored = store.messages(conv_id)
    assert stored[1].stats["summary"]["style"] == "short"
    assert stored[1].content.strip()
    assert window.chat_view.messages()[1].text().strip()


def chapters(n: int, sentences: int = 40) -> str:
    return "\n\n".join(f"# Chapter {i}\n\n" + " ".join(
        f"Sentence {j} of chapter {i} says something new." for j in range(sentences))
        for i in range(1, n + 1))


def test_cancel_saves_nothing_and_the_window_stays_usable(  # type: ignore[no-untyped-def]
        qtbot, store, smollm2_gguf) -> None:
    """A document longer than the model was trained for: Hearth asks before reloading (the
    whole of it cannot fit anyway); "Summarize in parts" keeps the loaded context."""
    window = make_window(qtbot, store, smollm2_gguf, n_ctx=512)
    before = store.list_conversations()
    assert window.summaries.summarize_text(chapters(30), "bullets")
    progress = window.summaries.progress
    assert progress is not None
    assert not window.send_button.isEnabled()  # no chat while the summary runs
    qtbot.waitUntil(lambda: window.summaries.question is not None, timeout=60_000)
    question = window.summaries.question
    assert "8,192-token context" in question.text() and "memory free" in question.text()
    parts = next(b for b in question.buttons() if b.text() == "Summarize in parts")
    qtbot.mouseClick(parts, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "part 1 of" in progress.message.text(), timeout=60_000)
    assert window.engine.info.n_ctx == 512  # not reloaded
    assert progress.bar.maximum() >= 3
    with qtbot.waitSignal(window.summaries.finished, timeout=60_000) as blocker:
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is None
    assert store.list_conversations() == before
    assert "nothing was saved" in window.notice.text()
    assert window.summaries.action.isEnabled()
    assert window.send_button.isEnabled()


@pytest.mark.timeout(600)
def test_a_long_document_reloads_the_model_with_the_context_it_needs(  # type: ignore[no-untyped-def]
        qtbot, store, smollm2_gguf) -> None:
    """Like `hearth summarize`: the 512-token context is too small for the document and
    memory is plentiful, so the model is reloaded with room for all of it, in one pass."""
    window = make_window(qtbot, store, smollm2_gguf, n_ctx=512)
    with qtbot.waitSignal(window.summaries.finished, timeout=SUMMARY_TIMEOUT_MS) as done:
        with qtbot.waitSignal(window.model_loaded, timeout=120_000):
            assert window.summaries.summarize_text(chapters(3), "short")
            assert not window.send_button.isEnabled()
        assert window.summaries.question is None  # not tight: no question
        n_ctx = window.engine.info.n_ctx
        assert n_ctx > 512 and n_ctx % 1024 == 0
        assert f"{n_ctx:,}-token context" in window.model_status.text()
        assert not window.send_button.isEnabled()
        assert not window.send("Hello?")  # Enter is refused too, with a notice
        assert "being summarized" in window.notice.text()
    conversation = done.args[0]
    assert conversation is not None
    summary = summary_message(store, conversation)
    assert summary is not None
    assert summary.stats["summary"]["mode"] == "single"
    assert summary.stats["summary"]["n_ctx"] == n_ctx
    assert window.send_button.isEnabled()
    assert window.settings.n_ctx == 512  # the saved setting is the person's, unchanged


def test_several_dropped_files_one_after_another_or_together(  # type: ignore[no-untyped-def]
        qtbot, store, smollm2_gguf, tmp_path) -> None:
    window = make_window(qtbot, store, smollm2_gguf, max_tokens=24)
    first, second = tmp_path / "library.txt", tmp_path / "park.txt"
    first.write_text(PAGES[0] + "\n\n" + PAGES[1])
    second.write_text("The city opened a new park with a lake, a playground and old oak "
                      "trees.\n\nIt is open from dawn to dusk.")

    def answer(label: str) -> None:
        qtbot.waitUntil(lambda: window.summaries.question is not None, timeout=10_000)
        question = window.summaries.question
        assert "library.txt, park.txt" in question.text()
        button = next(b for b in question.buttons() if b.text() == label)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert drop(window, [first, second]) == (True, True)
    answer("One after another")
    qtbot.waitUntil(lambda: len(store.list_conversations()) == 2
                    and not window.summaries.running and not window.summaries.queue,
                    timeout=SUMMARY_TIMEOUT_MS)
    titles = {c.title for c in store.list_conversations()}
    assert titles == {"Summary: library.txt", "Summary: park.txt"}

    assert drop(window, [first, second]) == (True, True)
    with qtbot.waitSignal(window.summaries.finished, timeout=SUMMARY_TIMEOUT_MS) as done:
        answer("Together")
    together = summary_message(store, done.args[0])
    assert together is not None
    assert together.stats["summary"]["document"] == "library.txt, park.txt"
    assert len(store.list_conversations()) == 3


def test_bad_documents_show_a_notice(qtbot, store, smollm2_gguf, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, smollm2_gguf)
    scanned = make_scanned_pdf(tmp_path / "scan.pdf")
    with qtbot.waitSignal(window.summaries.finished, timeout=60_000) as blocker:
        drop(window, [scanned])
    assert blocker.args[0] is None
    assert "This PDF has no text layer; OCR is not available" in window.notice.text()
    assert store.list_conversations() == []


def test_other_drops_are_left_to_the_window(qtbot, store, smollm2_gguf, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, smollm2_gguf)
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF")
    assert drop(window, [image]) == (False, False)
    assert drop(window, [model]) == (False, False)
    assert not window.summaries.running and window.summaries.progress is None
