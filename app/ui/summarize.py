"""Summarizing documents in the window: File ▸ Summarize document…, or drop a file on it.

Reading and summarizing run on a worker thread; a small non-modal window shows "part 3 of 12",
the time left, the summary as it is written, and Cancel. When it is done the summary opens as
a conversation in the chat view, its [n] markers are links that show the passage they cite,
and questions typed in that conversation are follow-ups about the document.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.documents.citations import Citation
from app.core.documents.conversation import citations_of, save_summary, summary_message
from app.core.documents.readers import (
    SUPPORTED_SUFFIXES,
    from_text,
    is_document_path,
    read_document,
    supported_description,
)
from app.core.documents.summarize import (
    STYLE_NAMES,
    STYLES,
    Progress,
    Style,
    SummaryCancelled,
    SummaryDone,
    summarize,
)
from app.core.engine.base import CancelToken, Engine, TokenEvent
from app.core.progress import time_left
from app.ui.workers import StreamWorker

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtCore import QMimeData

    from app.ui.main_window import MainWindow

CITE_SCHEME = "hearth-cite"
_MARKER = re.compile(r"\[(\d{1,4})\]")


class _Saved:
    """The worker stored the summary as conversation ``conversation_id``."""

    def __init__(self, conversation_id: int) -> None:
        self.conversation_id = conversation_id


def document_paths(mime: QMimeData) -> list[Path]:
    """Local files in a drag whose extension is a document Hearth reads (others: none)."""
    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if is_document_path(p)]


def link_citations(text: str, conversation_id: int, numbers: set[int]) -> str:
    """Markdown where each valid [n] marker is a link the chat view can follow."""
    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n not in numbers:
            return match.group(0)
        return f"[\\[{n}\\]]({CITE_SCHEME}:{conversation_id}/{n})"

    return _MARKER.sub(link, text)


class SummarizeDialog(QDialog):
    """Choose a document (or paste text) and a style."""

    def __init__(self, parent: QWidget | None = None, *, style: Style = "bullets") -> None:
        super().__init__(parent)
        self.setWindowTitle("Summarize a document")
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText("A PDF, Word, web page, Markdown or text file")
        row.addWidget(self.path_edit, 1)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        form.addRow("Document:", row)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText("…or paste the text to summarize here")
        form.addRow("Text:", self.text_edit)
        self.style_box = QComboBox()
        for key in STYLES:
            self.style_box.addItem(STYLE_NAMES[key].capitalize(), key)
        self.style_box.setCurrentIndex(STYLES.index(style))
        form.addRow("Style:", self.style_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Summarize")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        path, _ = QFileDialog.getOpenFileName(
            self, "Choose a document", str(Path.home()),
            f"Documents ({patterns});;All files (*)")
        if path:
            self.path_edit.setText(path)

    @property
    def style(self) -> Style:
        return self.style_box.currentData()  # type: ignore[no-any-return]


class SummaryProgressDialog(QDialog):
    """Non-modal: the window stays usable while a document is summarized."""

    cancel_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Summarizing {name}")
        self.setModal(False)
        self.resize(480, 300)
        layout = QVBoxLayout(self)
        self.message = QLabel(f"Reading {name}…")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the number of parts is known
        layout.addWidget(self.bar)
        self.eta = QLabel("")
        layout.addWidget(self.eta)
        self.preview = QTextBrowser()
        self.preview.setPlaceholderText("The summary appears here as it is written.")
        layout.addWidget(self.preview, 1)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_progress(self, event: Progress) -> None:
        self.message.setText(event.message)
        if event.total > 0 and event.stage != "planning":
            self.bar.setRange(0, event.total)
            self.bar.setValue(event.done)
        self.eta.setText(time_left(event.eta_s).capitalize())

    def append(self, text: str) -> None:
        self.preview.moveCursor(self.preview.textCursor().MoveOperation.End)
        self.preview.insertPlainText(text)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.message.setText("Cancelling…")
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc or the close button also cancel
        if self.cancel_button.isEnabled():
            self._cancel()


class PassageDialog(QDialog):
    """The passage a citation points at."""

    def __init__(self, citation: Citation, document: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        where = f" — {citation.label}" if citation.label else ""
        self.setWindowTitle(f"[{citation.n}] {document}{where}")
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.label = QLabel(f"<b>[{citation.n}]</b> {document}{where}")
        layout.addWidget(self.label)
        self.text = QPlainTextEdit(citation.passage)
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout.addWidget(close)


class SummarizeController(QObject):
    """Everything the window needs for documents; the window only forwards a few calls."""

    finished = Signal(object)  # the new conversation's id, or None (cancelled or failed)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.style: Style = "bullets"
        self.worker: StreamWorker | None = None
        self.progress: SummaryProgressDialog | None = None
        self.passage: PassageDialog | None = None
        self._result_id: int | None = None
        self._notices: tuple[str, ...] = ()
        self.action = QAction("&Summarize document…", window)
        self.action.setShortcut("Ctrl+Shift+S")
        self.action.setToolTip(f"Summarize {supported_description()}")
        self.action.triggered.connect(self.open_dialog)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @property
    def running(self) -> bool:
        return self.worker is not None

    # -- entry points -------------------------------------------------------------------------

    def open_dialog(self) -> None:
        dialog = SummarizeDialog(self.window, style=self.style)
        if not dialog.exec():
            return
        self.style = dialog.style
        path = dialog.path_edit.text().strip()
        if path:
            self.summarize_file(Path(path), dialog.style)
        elif dialog.text_edit.toPlainText().strip():
            self.summarize_text(dialog.text_edit.toPlainText(), dialog.style)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept drags of document files; leave every other drag to the window."""
        kind = event.type()
        if watched is self.window and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove,
                                               QEvent.Type.Drop):
            drag: QDropEvent = event  # type: ignore[assignment]
            paths = document_paths(drag.mimeData())
            if paths:
                drag.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.summarize_file(paths[0], self.style)
                return True
        return super().eventFilter(watched, event)

    def summarize_file(self, path: Path, style: Style | None = None) -> bool:
        return self._start(path.name, lambda cancel: read_document(path, cancel), style)

    def summarize_text(self, text: str, style: Style | None = None) -> bool:
        return self._start("Pasted text", lambda _cancel: from_text(text), style)

    # -- the run ------------------------------------------------------------------------------

    def _start(self, name: str, read, style: Style | None) -> bool:  # type: ignore[no-untyped-def]
        window = self.window
        engine = window.engine
        if self.running:
            window.show_notice("A document is already being summarized; wait or cancel it.")
            return False
        if engine is None:
            window.show_notice("Choose a model first, then summarize the document.")
            return False
        if window.is_generating:
            window.show_notice("Hearth is still answering; stop it first.")
            return False
        style = style or self.style
        store, model = window.store, window.settings.model

        def job(cancel: CancelToken) -> Iterator[object]:
            doc = read(cancel)  # parsing runs here too, off the GUI thread
            yield from _summarize_and_save(engine, doc, style, cancel, store, model)

        progress = SummaryProgressDialog(name, window)
        worker = StreamWorker(job, self)
        progress.cancel_requested.connect(worker.cancel)
        worker.event.connect(self._on_event)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self.worker, self.progress = worker, progress
        self._result_id = None
        self._notices = ()
        self.action.setEnabled(False)
        window.hide_notice()
        progress.show()
        worker.start()
        return True

    def _on_event(self, event: object) -> None:
        if self.sender() is not self.worker or self.progress is None:
            return
        if isinstance(event, Progress):
            self.progress.show_progress(event)
        elif isinstance(event, TokenEvent):
            self.progress.append(event.text)
        elif isinstance(event, SummaryDone):
            self._notices = event.result.notices
        elif isinstance(event, _Saved):
            self._result_id = event.conversation_id
        elif isinstance(event, SummaryCancelled):
            self.window.show_notice(event.message)

    def _on_failed(self, message: str) -> None:
        if self.sender() is self.worker:
            self.window.show_notice(message)

    def _on_finished(self) -> None:
        if self.sender() is not self.worker:
            return
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self.action.setEnabled(True)
        conversation_id = self._result_id
        if conversation_id is not None:
            self.window.open_conversation(conversation_id)
            if self._notices:
                self.window.show_notice(" ".join(self._notices))
        self.finished.emit(conversation_id)

    def stop(self, *, wait: bool = False) -> None:
        """Cancel a running summary (nothing is saved); with ``wait``, until it has stopped."""
        worker = self.worker
        if worker is None:
            return
        worker.cancel()
        if wait:
            worker.wait(10000)

    # -- citations ----------------------------------------------------------------------------

    def decorate(self, conversation_id: int) -> None:
        """Turn the [n] markers of a shown summary into links to their passages."""
        message = summary_message(self.window.store, conversation_id)
        if message is None:
            return
        numbers = set(citations_of(message))
        if not numbers:
            return
        for widget in self.window.chat_view.messages():
            if widget.role == "assistant" and widget.text() == message.content:
                widget.set_text(link_citations(message.content, conversation_id, numbers))
                body = widget.body
                body.setOpenExternalLinks(False)
                body.setOpenLinks(False)
                body.anchorClicked.connect(self._on_anchor)
                break

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() != CITE_SCHEME:
            QDesktopServices.openUrl(url)
            return
        try:
            conv_text, n_text = url.path().split("/", 1)
            self.show_citation(int(conv_text), int(n_text))
        except ValueError:
            return

    def show_citation(self, conversation_id: int, n: int) -> PassageDialog | None:
        message = summary_message(self.window.store, conversation_id)
        if message is None:
            return None
        citation = citations_of(message).get(n)
        if citation is None:
            return None
        document = str(((message.stats or {}).get("summary") or {}).get("document", ""))
        if self.passage is not None:
            self.passage.close()
            self.passage.deleteLater()
        self.passage = PassageDialog(citation, document, self.window)
        self.passage.show()
        return self.passage


def _summarize_and_save(engine: Engine, doc, style: Style,  # type: ignore[no-untyped-def]
                        cancel: CancelToken, store, model: str | None) -> Iterator[object]:
    for event in summarize(engine, doc, style, cancel):
        if isinstance(event, SummaryDone):
            yield _Saved(save_summary(store, event.result, model))
        yield event
