"""Attaching a picture to the next message: drop, paste or "Attach image…", with a thumbnail.

Only pictures are taken here (other drops are left to other handlers); each is checked and
kept by :class:`~app.core.vision.attachments.Attachments` before it is shown, so a non-image,
a damaged file or a huge one gets a clear message and never reaches the model.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.engine.base import ImageDetail
from app.core.errors import HearthError
from app.core.vision.attachments import IMAGE_SUFFIXES, Attachments, is_image_name
from app.ui.i18n import error_text

THUMBNAIL_PX = 160
BAR_THUMBNAIL_PX = 56


def thumbnail(path: Path, size: int = THUMBNAIL_PX) -> QPixmap:
    """A pixmap of ``path`` fitted into ``size``×``size`` (empty if Qt cannot read it)."""
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


def add_thumbnail(message: QWidget, path: Path) -> QLabel:
    """Show the picture of a message under its title."""
    label = QLabel(message)
    label.setObjectName("message-image")
    label.setPixmap(thumbnail(path))
    label.setToolTip(path.name)
    layout = message.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(1, label, 0, Qt.AlignmentFlag.AlignLeft)
    return label


def _qimage_to_pil(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(BytesIO(bytes(buffer.data())))


class ImageAttachBar(QWidget):
    """The picture waiting to be sent (thumbnail, name, remove) and the attach button."""

    changed = Signal()
    error = Signal(str)

    def __init__(self, attachments: Attachments, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachments = attachments
        self._current: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.attach_button = QPushButton(self.tr("Attach image…"))
        self.attach_button.setToolTip(self.tr("Ask a Llama 3.2 Vision model about a picture "
                                              "(you can also drop or paste one)"))
        self.attach_button.clicked.connect(self.choose_file)
        layout.addWidget(self.attach_button)
        self.preview = QLabel()
        self.preview.setVisible(False)
        layout.addWidget(self.preview)
        self.name = QLabel()
        self.name.setVisible(False)
        layout.addWidget(self.name)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setFlat(True)
        self.remove_button.setToolTip(self.tr("Do not send this picture"))
        self.remove_button.clicked.connect(self.clear)
        self.remove_button.setVisible(False)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        self.detail_box = QComboBox()
        self.detail_box.addItem(self.tr("Full detail"), "full")
        self.detail_box.addItem(self.tr("Quick look"), "quick")
        self.detail_box.setToolTip(self.tr("Full detail reads a picture as up to four tiles, as "
                                           "the model was trained; a quick look reads one tile, "
                                           "about six times faster on a CPU"))
        layout.addWidget(self.detail_box)

    @property
    def detail(self) -> ImageDetail:
        """How closely pictures are read: "full" (the default) or "quick"."""
        return "quick" if self.detail_box.currentData() == "quick" else "full"

    @property
    def current(self) -> Path | None:
        return self._current

    def attach(self, path: str | Path) -> bool:
        """Check and keep ``path``; False (with :attr:`error`) when it is not a usable picture."""
        try:
            kept = self.attachments.import_file(path)
        except HearthError as exc:
            self.error.emit(error_text(exc))
            return False
        self._show(kept, Path(path).name)
        return True

    def attach_image(self, image: QImage) -> bool:
        """Keep a pasted or dropped picture that has no file."""
        try:
            kept = self.attachments.import_image(_qimage_to_pil(image))
        except HearthError as exc:
            self.error.emit(error_text(exc))
            return False
        self._show(kept, self.tr("pasted picture"))
        return True

    def _show(self, kept: Path, name: str) -> None:
        self._current = kept
        self.preview.setPixmap(thumbnail(kept, BAR_THUMBNAIL_PX))
        self.name.setText(name)
        for widget in (self.preview, self.name, self.remove_button):
            widget.setVisible(True)
        self.changed.emit()

    def clear(self) -> None:
        self._current = None
        self.preview.clear()
        for widget in (self.preview, self.name, self.remove_button):
            widget.setVisible(False)
        self.changed.emit()

    def choose_file(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach an image"), "",
                                              self.tr("Images ({patterns})").format(
                                                  patterns=patterns))
        if path:
            self.attach(path)


def _image_paths(event: QEvent) -> list[Path]:
    mime = event.mimeData()  # type: ignore[attr-defined]
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and is_image_name(url.toLocalFile())]


class ImageDropFilter(QObject):
    """Event filter: picture drops and picture pastes on the watched widgets go to the bar."""

    def __init__(self, bar: ImageAttachBar, widgets: list[QWidget]) -> None:
        super().__init__(bar)
        self.bar = bar
        self._pasting: set[QObject] = set()
        for widget in widgets:
            widget.setAcceptDrops(True)
            target = getattr(widget, "viewport", lambda w=widget: w)()
            target.setAcceptDrops(True)
            target.installEventFilter(self)
            widget.installEventFilter(self)
            self._pasting.add(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _image_paths(event) or event.mimeData().hasImage():  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
            return False
        if kind == QEvent.Type.Drop:
            paths = _image_paths(event)
            mime = event.mimeData()  # type: ignore[attr-defined]
            if paths:
                self.bar.attach(paths[-1])
            elif mime.hasImage():
                self.bar.attach_image(QImage(mime.imageData()))
            else:
                return False
            event.acceptProposedAction()  # type: ignore[attr-defined]
            return True
        if (kind == QEvent.Type.KeyPress and watched in self._pasting
                and event.matches(QKeySequence.StandardKey.Paste)):  # type: ignore[attr-defined]
            mime = QGuiApplication.clipboard().mimeData()
            paths = [Path(u.toLocalFile()) for u in mime.urls()
                     if u.isLocalFile() and is_image_name(u.toLocalFile())]
            if paths:
                return self.bar.attach(paths[-1]) or True
            if mime.hasImage() and not mime.hasText():
                return self.bar.attach_image(QImage(mime.imageData())) or True
        return False


def install(bar: ImageAttachBar, widgets: list[QWidget]) -> ImageDropFilter:
    """Let ``widgets`` take picture drops and pastes for ``bar``."""
    return ImageDropFilter(bar, widgets)
