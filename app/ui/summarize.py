"""Summarizing documents in the window: File ▸ Summarize document…, or drop a file on it.

Reading and summarizing run on a worker thread; a small non-modal window shows "part 3 of 12",
the time left, the summary as it is written, and Cancel. When it is done the summary opens as
a conversation in the chat view, its [n] markers are links that show the passage they cite,
and questions typed in that conversation are follow-ups about the document.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
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
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core import hardware
from app.core.documents.citations import Citation
from app.core.documents.conversation import citations_of, save_summary, summary_message
from app.core.documents.model import Document, combine
from app.core.documents.planner import ContextChoice, choose_context
from app.core.documents.readers import (
    SUPPORTED_SUFFIXES,
    from_text,
    is_document_path,
    read_document,
)
from app.core.documents.summarize import (
    STYLE_NAMES,
    STYLES,
    Progress,
    Style,
    SummaryCancelled,
    SummaryDone,
    context_reserve,
    summarize,
)
from app.core.engine.base import CancelToken, Engine, TokenEvent
from app.core.models.gguf_file import fmt_bytes, read_gguf_info
from app.ui.chat_view import time_left_words
from app.ui.i18n import core_text, error_text
from app.ui.workers import StreamWorker

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtCore import QMimeData, SignalInstance

    from app.core.settings import Settings
    from app.core.store import ConversationStore
    from app.ui.chat_view import ChatView

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
        self.setWindowTitle(self.tr("Summarize a document"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            self.tr("A PDF, Word, web page, Markdown or text file"))
        row.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        form.addRow(self.tr("Document:"), row)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("…or paste the text to summarize here"))
        form.addRow(self.tr("Text:"), self.text_edit)
        self.style_box = QComboBox()
        names = {"short": self.tr("A short summary"), "bullets": self.tr("Bullet points"),
                 "detailed": self.tr("A detailed summary")}
        for key in STYLES:
            self.style_box.addItem(names.get(key) or STYLE_NAMES[key].capitalize(), key)
        self.style_box.setCurrentIndex(STYLES.index(style))
        form.addRow(self.tr("Style:"), self.style_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Summarize"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a document"), str(Path.home()),
            self.tr("Documents ({patterns})").format(patterns=patterns) + ";;"
            + self.tr("All files (*)"))
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
        self.setWindowTitle(self.tr("Summarizing {name}").format(name=name))
        self.setModal(False)
        self.resize(480, 300)
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr("Reading {name}…").format(name=name))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the number of parts is known
        layout.addWidget(self.bar)
        self.eta = QLabel("")
        layout.addWidget(self.eta)
        self.preview = QTextBrowser()
        self.preview.setPlaceholderText(self.tr("The summary appears here as it is written."))
        layout.addWidget(self.preview, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_progress(self, event: Progress) -> None:
        self.message.setText(core_text(event.template, event.params, event.message))
        if event.total > 0 and event.stage != "planning":
            self.bar.setRange(0, event.total)
            self.bar.setValue(event.done)
        self.eta.setText(self._time_left(event.eta_s))

    @staticmethod
    def _time_left(seconds: float | None) -> str:
        """The chat's time-left words, as a label of their own (capitalized)."""
        words = time_left_words(seconds)
        return words[:1].upper() + words[1:]

    def append(self, text: str) -> None:
        self.preview.moveCursor(self.preview.textCursor().MoveOperation.End)
        self.preview.insertPlainText(text)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling…"))
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


class _Prepared:
    """The worker read the document(s) and, for a text model, chose the context for it."""

    def __init__(self, doc: Document, choice: ContextChoice | None) -> None:
        self.doc = doc
        self.choice = choice


class SummaryHost(Protocol):
    """What :class:`SummarizeController` needs of the window that owns it, which passes itself
    (a QWidget too: documents are dropped on it and the dialogs open over it). The controller
    never imports that window."""

    model_loaded: SignalInstance
    model_failed: SignalInstance
    store: ConversationStore
    settings: Settings
    chat_view: ChatView

    @property
    def engine(self) -> Engine | None: ...
    @property
    def is_generating(self) -> bool: ...
    def load_model(self, path: Path, *, n_ctx: int | None = None) -> None: ...
    def open_conversation(self, conversation_id: int) -> None: ...
    def show_notice(self, message: str) -> None: ...
    def hide_notice(self) -> None: ...
    def setAcceptDrops(self, on: bool) -> None: ...
    def installEventFilter(self, watcher: QObject) -> None: ...


class SummarizeController(QObject):
    """Everything the window needs for documents; the window only forwards a few calls.

    A run has three steps: read the document(s) and size the context (worker thread); reload
    the model with a larger context when the document needs one (asking first when memory is
    tight); summarize (worker thread). Several dropped files are summarized one after another
    (a conversation each) or together (one summary), as the person chooses.
    """

    finished = Signal(object)  # the new conversation's id, or None (cancelled or failed)
    running_changed = Signal(bool)

    def __init__(self, window: SummaryHost) -> None:
        super().__init__(window)
        self.window = window
        self.style: Style = "bullets"
        self.worker: StreamWorker | None = None
        self.progress: SummaryProgressDialog | None = None
        self.passage: PassageDialog | None = None
        self.question: QMessageBox | None = None  # open while Hearth asks something
        self.queue: list[Path] = []  # dropped files still to summarize, one after another
        self._busy = False
        self._doc: Document | None = None
        self._waiting_for_model = False
        self._summarized = False  # step 3 has started
        self._cancelled = False
        self._result_id: int | None = None
        self._notices: tuple[str, ...] = ()
        self.action = QAction(self.tr("&Summarize document…"), window)
        self.action.setShortcut("Ctrl+Shift+S")
        self.action.setToolTip(self.tr("Summarize a PDF, Word (.docx), web page (.html), "
                                       "Markdown or plain-text file"))
        self.action.triggered.connect(self.open_dialog)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.model_loaded.connect(self._on_model_loaded)
        window.model_failed.connect(self._on_model_failed)

    @property
    def running(self) -> bool:
        return self._busy

    def _already_running(self) -> str:
        return self.tr("A document is already being summarized; wait or cancel it.")

    def _cancelled_notice(self) -> str:
        return self.tr("The summary was cancelled; nothing was saved.")

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
                    self.dropped(paths)
                return True
        return super().eventFilter(watched, event)

    def dropped(self, paths: list[Path]) -> None:
        """One file: summarize it. Several: ask whether one after another or together."""
        if len(paths) == 1:
            self.summarize_file(paths[0], self.style)
            return
        if self.running or self.question is not None:
            self.window.show_notice(self._already_running())
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Summarize {count} documents").format(count=len(paths)),
            self.tr("Summarize {names} one after another or together?").format(
                names=", ".join(p.name for p in paths)),
            parent=self.window)
        apart = box.addButton(self.tr("One after another"), QMessageBox.ButtonRole.AcceptRole)
        apart.setToolTip(self.tr("A summary of each document, each in its own chat"))
        together = box.addButton(self.tr("Together"), QMessageBox.ButtonRole.AcceptRole)
        together.setToolTip(self.tr("One summary of all of them"))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(apart)

        def answered(button: object) -> None:
            self.question = None
            if button is apart:
                self.summarize_files(paths, together=False)
            elif button is together:
                self.summarize_files(paths, together=True)

        box.buttonClicked.connect(answered)
        box.rejected.connect(lambda: setattr(self, "question", None))
        self.question = box
        box.open()

    def summarize_files(self, paths: list[Path], style: Style | None = None, *,
                        together: bool = False) -> bool:
        """Several documents: one summary of all (``together``) or one each, in turn."""
        if not paths:
            return False
        if together and len(paths) > 1:
            def read_all(cancel: CancelToken) -> Document:
                return combine([read_document(p, cancel) for p in paths])

            return self._start(self.tr("{count} documents").format(count=len(paths)),
                               read_all, style)
        if not self.summarize_file(paths[0], style):
            return False
        self.queue = list(paths[1:])
        return True

    def summarize_file(self, path: Path, style: Style | None = None) -> bool:
        return self._start(path.name, lambda cancel: read_document(path, cancel), style)

    def summarize_text(self, text: str, style: Style | None = None) -> bool:
        return self._start(self.tr("Pasted text"), lambda _cancel: from_text(text), style)

    # -- the run ------------------------------------------------------------------------------

    def _start(self, name: str, read, style: Style | None) -> bool:  # type: ignore[no-untyped-def]
        window = self.window
        engine = window.engine
        if self.running:
            window.show_notice(self._already_running())
            return False
        if engine is None:
            window.show_notice(self.tr("Choose a model first, then summarize the document."))
            return False
        if window.is_generating:
            window.show_notice(self.tr("Hearth is still answering; stop it first."))
            return False
        self.style = style = style or self.style
        info = engine.info
        sized = info.architecture != "mllama"  # the vision engine sizes its own context
        reserve = context_reserve(style)
        n_batch = window.settings.load_options(info.path).n_batch

        def prepare(cancel: CancelToken) -> Iterator[object]:
            doc = read(cancel)  # parsing runs here too, off the GUI thread
            choice = None
            if sized and not cancel.cancelled:
                choice = choose_context(doc, read_gguf_info(info.path), reserve,
                                        current=info.n_ctx,
                                        available=hardware.available_memory(),
                                        n_batch=n_batch)
            yield _Prepared(doc, choice)

        progress = SummaryProgressDialog(name, window)
        progress.cancel_requested.connect(self._cancel)
        self.progress = progress
        self._result_id = None
        self._notices = ()
        self._doc = None
        self._summarized = self._cancelled = False
        self._set_busy(True)
        window.hide_notice()
        progress.show()
        self._run(prepare)
        return True

    def _run(self, job) -> None:  # type: ignore[no-untyped-def]
        worker = StreamWorker(job, self)
        worker.event.connect(self._on_event)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_worker_finished)
        self.worker = worker
        worker.start()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.action.setEnabled(not busy)
        self.running_changed.emit(busy)

    def _on_event(self, event: object) -> None:
        if self.sender() is not self.worker or self.progress is None:
            return
        if isinstance(event, _Prepared):
            self._doc = event.doc
            self._prepared(event)
        elif isinstance(event, Progress):
            self.progress.show_progress(event)
        elif isinstance(event, TokenEvent):
            self.progress.append(event.text)
        elif isinstance(event, SummaryDone):
            self._notices = event.result.notices
        elif isinstance(event, _Saved):
            self._result_id = event.conversation_id
        elif isinstance(event, SummaryCancelled):
            self.window.show_notice(error_text(event.message))

    def _on_failed(self, message: str) -> None:
        if self.sender() is self.worker:
            self._doc = None  # nothing to go on with
            self.window.show_notice(message)

    def _on_worker_finished(self) -> None:
        if self.sender() is not self.worker:
            return
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        if self._cancelled and not self._summarized:
            self.window.show_notice(self._cancelled_notice())
            self._end(None)
            return
        if self._waiting_for_model or self.question is not None:
            return  # the document goes on once the model is loaded or the person answers
        if self._doc is not None and self._result_id is None and not self._summarized:
            self._summarize(self._doc)
            return
        self._end(self._result_id)

    # -- step 2: a context that holds the document ---------------------------------------------

    def _prepared(self, prepared: _Prepared) -> None:
        """Decide, on the GUI thread, whether the model needs reloading for this document."""
        choice, window = prepared.choice, self.window
        if self._cancelled:
            return
        if choice is None or not choice.reload or window.engine is None:
            return  # summarized when the reading worker has finished
        name = window.engine.info.name
        if not choice.tight:
            self._reload(choice.n_ctx)
            return
        if choice.whole_document:
            text = self.tr(
                "“{document}” is long for {model}'s {current}-token context. Reload {model} "
                "with a {n_ctx}-token context to read it in one pass? It needs about {needed} "
                "of the {available} of memory free now.")
        else:
            text = self.tr(
                "“{document}” is long for {model}'s {current}-token context. Reload {model} "
                "with a {n_ctx}-token context for fewer, larger parts (the whole document does "
                "not fit)? It needs about {needed} of the {available} of memory free now.")
        text = text.format(document=prepared.doc.name, model=name,
                           current=f"{choice.current:,}", n_ctx=f"{choice.n_ctx:,}",
                           needed=fmt_bytes(choice.needed),
                           available=fmt_bytes(choice.available))
        box = QMessageBox(QMessageBox.Icon.Question,
                          self.tr("A larger context for this document"), text, parent=window)
        reload = box.addButton(
            self.tr("Reload with {n_ctx} tokens").format(n_ctx=f"{choice.n_ctx:,}"),
            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Summarize in parts"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload)

        def answered(button: object) -> None:
            self.question = None
            if self._doc is None:
                return
            if button is reload:
                self._reload(choice.n_ctx)
            elif self.worker is None:
                self._summarize(self._doc)

        box.buttonClicked.connect(answered)
        self.question = box
        box.open()

    def _reload(self, n_ctx: int) -> None:
        window = self.window
        engine = window.engine
        if engine is None:
            return
        self._waiting_for_model = True
        if self.progress is not None:
            self.progress.message.setText(
                self.tr("Loading {model} with a {n_ctx}-token context for this document…"
                        ).format(model=engine.info.name, n_ctx=f"{n_ctx:,}"))
        window.load_model(engine.info.path, n_ctx=n_ctx)

    def _on_model_loaded(self, _name: str) -> None:
        if self._waiting_for_model:
            self._waiting_for_model = False
            if self._doc is not None and self.worker is None:
                self._summarize(self._doc)

    def _on_model_failed(self, message: str) -> None:
        if self._waiting_for_model:  # the model loaded before stays: summarize in parts
            self._waiting_for_model = False
            if self._doc is not None and self.worker is None:
                self._summarize(self._doc)

    # -- step 3: summarize --------------------------------------------------------------------

    def _summarize(self, doc: Document) -> None:
        window, engine = self.window, self.window.engine
        if engine is None:
            self._end(None)
            return
        self._summarized = True
        store, model, style = window.store, window.settings.model, self.style

        def job(cancel: CancelToken) -> Iterator[object]:
            yield from _summarize_and_save(engine, doc, style, cancel, store, model)

        self._run(job)

    def _cancel(self) -> None:
        """Cancel on the progress window, whatever step the run is in."""
        self.queue = []
        self._cancelled = True
        if self.worker is not None:
            self.worker.cancel()
            return
        if self.question is not None:
            self.question.close()
            self.question = None
        self._doc = None
        self._waiting_for_model = False
        self.window.show_notice(self._cancelled_notice())
        self._end(None)

    def _end(self, conversation_id: int | None) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self._doc = None
        self._set_busy(False)
        if conversation_id is not None:
            self.window.open_conversation(conversation_id)
            if self._notices:
                self.window.show_notice(" ".join(error_text(n) for n in self._notices))
        else:
            self.queue = []  # cancelled or failed: the rest waits for the person
        self.finished.emit(conversation_id)
        if self.queue:
            QTimer.singleShot(0, self._next_in_queue)

    def _next_in_queue(self) -> None:
        if self.queue and not self.running:
            self.summarize_file(self.queue.pop(0), self.style)

    def stop(self, *, wait: bool = False) -> None:
        """Cancel a running summary (nothing is saved); with ``wait``, until it has stopped.
        A reload this controller asked for is not a reason to stop."""
        worker = self.worker
        if worker is None or self._waiting_for_model:
            return
        self.queue = []
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
