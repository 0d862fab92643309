"""The conversation: one widget per message, Markdown rendered, the last one streaming.

Only the message being streamed is re-rendered, at most ~30 times a second, however fast tokens
arrive — so long conversations stay smooth while an answer grows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.engine.base import ProgressEvent


def role_title(role: str) -> str:
    """The title above a message of ``role`` ("Hearth" is the product's name)."""
    if role == "assistant":
        return "Hearth"
    titles = {"user": QCoreApplication.translate("ChatView", "You", "message title"),
              "system": QCoreApplication.translate("ChatView", "System", "message title"),
              "ipython": QCoreApplication.translate("ChatView", "Tool", "message title")}
    return titles.get(role, role.title())


def time_left_words(seconds: float | None) -> str:
    """What :func:`app.core.progress.time_left` says, in the interface's language."""
    if seconds is None:
        return ""
    if seconds < 1:
        return QCoreApplication.translate("ChatView", "almost done")
    if seconds < 60:
        return QCoreApplication.translate("ChatView", "about {seconds} s left").format(
            seconds=round(seconds))
    if seconds < 3600:
        return QCoreApplication.translate("ChatView", "about {minutes} min left").format(
            minutes=round(seconds / 60))
    return QCoreApplication.translate("ChatView", "about {hours} h left").format(
        hours=f"{seconds / 3600:.1f}")


def progress_words(event: ProgressEvent) -> str:
    """What :func:`app.core.engine.base.describe_progress` says ("Reading the picture… 35 % ·
    about 2 min left"), in the interface's language."""
    percent = int(event.fraction * 100)
    eta = event.eta_s
    # Never "almost done" while the bar still moves: a picture's steps are short.
    left = time_left_words(max(eta, 1.0)) if eta is not None and event.fraction < 1 else ""
    if left:
        return QCoreApplication.translate(
            "ChatView", "Reading the picture… {percent} % · {time_left}").format(
                percent=percent, time_left=left)
    return QCoreApplication.translate("ChatView", "Reading the picture… {percent} %").format(
        percent=percent)


class MarkdownView(QTextBrowser):
    """A read-only Markdown view whose height follows its content (no inner scrollbar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(2)
        self.document().contentsChanged.connect(self._fit_height)
        self._markdown = ""
        self._settled = 0  # characters of _markdown rendered once and kept (streaming)
        self._tail_pos = 0  # document position where the re-rendered tail starts

    def set_markdown(self, text: str) -> None:
        self._markdown = text
        self._settled = 0
        self._tail_pos = 0
        doc = self.document()
        doc.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        _shade_code_blocks(doc, self.palette())
        self._fit_height()

    def stream_markdown(self, text: str) -> None:
        """Show a growing answer at a cost that does not grow with its length.

        Text up to the last blank line outside a code fence is settled: it is rendered once
        and appended. Only the tail after it is rendered again on each update. A final
        :meth:`set_markdown` renders the whole answer exactly once it is complete.
        """
        if not text.startswith(self._markdown):  # not a continuation: render from scratch
            self.set_markdown(text)
            return
        self._markdown = text
        doc = self.document()
        split = _settled_length(text, self._settled)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.setPosition(self._tail_pos)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.setCharFormat(QTextCharFormat())
        if split > self._settled:
            cursor.insertMarkdown(text[self._settled:split],
                                  QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
            _shade_code_blocks(doc, self.palette(), start=self._tail_pos)
            self._settled = split
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            self._tail_pos = cursor.position()
        tail = text[self._settled:]
        if tail:
            cursor.insertMarkdown(tail, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
            _shade_code_blocks(doc, self.palette(), start=self._tail_pos)
        cursor.endEditBlock()  # contentsChanged → _fit_height

    def markdown(self) -> str:
        return self._markdown

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        doc = self.document()
        width = self.viewport().width()
        if doc.textWidth() != width:  # setting it, even unchanged, lays out the whole text
            doc.setTextWidth(width)
        height = int(doc.size().height()) + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


def _settled_length(text: str, start: int = 0) -> int:
    """Length of the prefix of a streaming Markdown text that can no longer change: up to the
    last blank line that is outside a fenced code block. ``start`` must itself be such a point
    (the previous result), so each update only scans the new text."""
    settled = start
    in_fence = False
    pos = start
    for line in text[start:].splitlines(keepends=True):
        pos += len(line)
        if not line.endswith("\n"):
            break  # the last, still growing line
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        elif not stripped and not in_fence:
            settled = pos
    return settled


def _shade_code_blocks(doc: QTextDocument, palette: QPalette, start: int = 0) -> None:
    """Give fenced and indented code blocks a background, as chat apps do."""
    base = palette.color(QPalette.ColorRole.Base)
    shade = base.darker(112) if base.lightness() >= 128 else base.lighter(135)
    block = doc.findBlock(start) if start else doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.nonBreakableLines() or fmt.hasProperty(QTextFormat.Property.BlockCodeFence):
            fmt.setBackground(shade)
            cursor = QTextCursor(block)
            cursor.setBlockFormat(fmt)
        block = block.next()


class MessageWidget(QFrame):
    """A message with its role, text, status line and actions (copy, regenerate)."""

    copy_requested = Signal(str)
    regenerate_requested = Signal()

    def __init__(self, role: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setObjectName(f"message-{role}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        self.title = QLabel(role_title(role))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.body = MarkdownView(self)
        layout.addWidget(self.body)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel("")
        self.status.setObjectName("message-status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        footer.addWidget(self.status, 1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setFlat(True)
        self.copy_button.setToolTip(self.tr("Copy this message as Markdown"))
        self.copy_button.clicked.connect(self._copy)
        footer.addWidget(self.copy_button)
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.regenerate_button.setFlat(True)
        self.regenerate_button.setToolTip(self.tr("Answer this question again"))
        self.regenerate_button.clicked.connect(self.regenerate_requested)
        self.regenerate_button.setVisible(False)
        footer.addWidget(self.regenerate_button)
        layout.addLayout(footer)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.body.set_markdown(text)

    def text(self) -> str:
        return self.body.markdown()

    def set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #c62828;" if error else "")

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_requested.emit(self.text())


class ProgressLine(QWidget):
    """Long work before the first word (reading a picture): a bar, what and how long, Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(10)
        layout.addWidget(self.bar)
        self.label = QLabel()
        self.label.setObjectName("progress-text")
        layout.addWidget(self.label, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setFlat(True)
        self.cancel_button.setToolTip(self.tr("Stop reading the picture"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout.addWidget(self.cancel_button)

    def show_progress(self, fraction: float, text: str) -> None:
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        self.label.setText(text)
        self.setVisible(True)


class ChatView(QScrollArea):
    """A scrolling column of :class:`MessageWidget`; streams into the last one."""

    regenerate_requested = Signal()
    cancel_requested = Signal()  # the Cancel of the progress line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._container = QWidget()
        self._layout = QVBoxLayout(self._container)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(10)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setOpenExternalLinks(True)
        self.banner.setVisible(False)
        self._layout.addWidget(self.banner)
        self._layout.addStretch(1)
        self.progress = ProgressLine(self._container)
        self.progress.setVisible(False)
        self.progress.cancel_requested.connect(self.cancel_requested)
        self.setWidget(self._container)
        self._messages: list[MessageWidget] = []
        self._stream_target: MessageWidget | None = None
        self._stream_text = ""
        self._stream_dirty = False
        self._follow = True
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(33)
        self._flush_timer.timeout.connect(self._flush)
        self.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- content ------------------------------------------------------------------------------

    def clear(self) -> None:
        self._end_stream()
        for widget in self._messages:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._messages.clear()

    def add_message(self, role: str, text: str, *, status: str = "",
                    error: bool = False) -> MessageWidget:
        widget = MessageWidget(role, text, self._container)
        widget.regenerate_requested.connect(self.regenerate_requested)
        if status:
            widget.set_status(status, error=error)
        self._layout.insertWidget(self._layout.count() - 1, widget)
        self._messages.append(widget)
        self._follow = True
        self._update_regenerate()
        return widget

    def remove_trailing(self, role: str) -> None:
        """Drop the last messages of ``role`` (the old answer when regenerating)."""
        while self._messages and self._messages[-1].role == role:
            widget = self._messages.pop()
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._update_regenerate()

    def messages(self) -> list[MessageWidget]:
        return list(self._messages)

    def last_message(self) -> MessageWidget | None:
        return self._messages[-1] if self._messages else None

    def set_actions_enabled(self, enabled: bool) -> None:
        for widget in self._messages:
            widget.regenerate_button.setEnabled(enabled)

    def _update_regenerate(self) -> None:
        for i, widget in enumerate(self._messages):
            is_last_answer = widget.role == "assistant" and i == len(self._messages) - 1
            widget.regenerate_button.setVisible(is_last_answer)

    # -- streaming ----------------------------------------------------------------------------

    def begin_stream(self) -> MessageWidget:
        widget = self.add_message("assistant", "")
        widget.set_status(self._thinking())
        self._stream_target = widget
        self._stream_text = ""
        self._flush_timer.start()
        return widget

    def _thinking(self) -> str:
        return self.tr("Thinking…")

    def show_picture_progress(self, event: ProgressEvent) -> None:
        """Show how far reading a picture is, in the interface's language."""
        self.show_progress(event.fraction, progress_words(event))

    def show_progress(self, fraction: float, text: str) -> None:
        """Show the progress line under the answer being prepared (hidden by its first word)."""
        target = self._stream_target
        if target is None:
            return
        if self._layout.indexOf(self.progress) != self._layout.indexOf(target) + 1:
            self._layout.removeWidget(self.progress)
            self._layout.insertWidget(self._layout.indexOf(target) + 1, self.progress)
        self.progress.show_progress(fraction, text)
        if target.status.text() == self._thinking():
            target.set_status("")

    def hide_progress(self) -> None:
        self.progress.setVisible(False)

    def append_stream(self, text: str) -> None:
        self.progress.setVisible(False)
        self._stream_text += text
        self._stream_dirty = True

    def end_stream(self, status: str = "", *, error: bool = False) -> None:
        target = self._stream_target
        self._end_stream()
        if target is not None:
            target.set_status(status, error=error)

    def stream_text(self) -> str:
        return self._stream_text

    def _end_stream(self) -> None:
        self.progress.setVisible(False)
        self._flush_timer.stop()
        if self._stream_target is not None:
            self._stream_target.set_text(self._stream_text)  # one exact, full render
        self._stream_dirty = False
        self._stream_target = None

    def _flush(self) -> None:
        if self._stream_target is not None and self._stream_dirty:
            self._stream_dirty = False
            self._stream_target.body.stream_markdown(self._stream_text)
            if self._stream_target.status.text() == self._thinking():
                self._stream_target.set_status("")

    # -- scrolling: follow the answer unless the person scrolled up --------------------------

    def _on_range_changed(self, _min: int, maximum: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(maximum)

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._follow = value >= bar.maximum() - 24


def apply_palette_styles(widget: QWidget) -> None:
    """Colour the message frames from the current (light or dark) palette."""
    pal = widget.palette()
    base = pal.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    user_bg = "#2b3a4f" if dark else "#e8f0fe"
    bot_bg = "#262626" if dark else "#f6f6f6"
    border = "#3c3c3c" if dark else "#dddddd"
    banner = "#3b3320" if dark else "#fff8e1"
    widget.setStyleSheet(
        f"QFrame#message-user {{ background: {user_bg}; border: 1px solid {border};"
        " border-radius: 8px; }"
        f"QFrame#message-assistant {{ background: {bot_bg}; border: 1px solid {border};"
        " border-radius: 8px; }"
        f"QLabel#banner {{ background: {banner}; border: 1px solid {border};"
        " border-radius: 6px; padding: 8px; }"
        "QLabel#message-status { color: palette(mid); font-size: 11px; }"
    )
