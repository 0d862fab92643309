"""The first-run banner: while the starter model is loaded, offer the Llama 3.2 model that
suits this computer in one button, download it in place (progress, pause, cancel, off the GUI
thread) and hand it over to be loaded once it is verified.

It knows nothing of the window that shows it: :attr:`FirstRunBanner.model_ready` carries the
verified file (or an installed one, for "Use …"), and the owner loads it.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core import hardware
from app.core.errors import HearthError
from app.core.models.catalog import Catalog, load_catalog
from app.core.models.download import DownloadDone, request_for_catalog
from app.core.models.recommend import Recommendation, recommend_model
from app.core.models.registry import installed_models
from app.ui.i18n import error_text
from app.ui.model_manager import DownloadRow

log = logging.getLogger(__name__)


class FirstRunBanner(QFrame):
    """"You are chatting with the starter model" and one button to the right Llama 3.2."""

    model_ready = Signal(Path)

    def __init__(self, parent: QWidget | None = None, *, catalog: Catalog | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setStyleSheet("QFrame#firstRun { border: 1px solid #e0c36a; border-radius: 6px; }")
        self._catalog = catalog
        self.recommendation: Recommendation | None = None
        self.installed: Path | None = None  # the recommended file, when it is already here
        self.row: DownloadRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.button = QPushButton()
        self.button.setDefault(False)
        self.button.clicked.connect(self.start)
        buttons.addWidget(self.button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._layout = layout

    @property
    def downloading(self) -> bool:
        return self.row is not None and self.row.running

    def offer(self, n_ctx: int) -> bool:
        """Work out the model to offer for a ``n_ctx``-token context; False when there is
        none (no catalog), and the banner then has nothing to show."""
        if self.downloading:
            return True
        try:
            catalog = self._catalog or load_catalog()
        except HearthError as exc:
            log.warning("No first-run offer: %s", exc)
            return False
        gpus = [d for d in hardware.devices() if d.is_gpu]
        choice = recommend_model(catalog, n_ctx, hardware.available_memory(), gpus)
        if choice is None:
            return False
        self.recommendation = choice
        self.installed = next((m.path for m in installed_models()
                               if m.path.name.lower() == choice.file_name.lower()), None)
        text = self.tr(
            "<b>You are chatting with the starter model</b> (SmolLM2 135M Instruct): it runs "
            "on any computer, fully offline, but it is small and often wrong. For real "
            "answers use <b>{model}</b>.").format(model=html.escape(choice.model.name))
        if choice.model.id != "llama-3.2-3b-instruct":
            text += " " + self.tr("It is the size that fits this computer's free memory.")
        self.text.setText(text)
        if self.installed is not None:
            self.button.setText(self.tr("Use {model}").format(model=choice.model.name))
        else:
            self.button.setText(self.tr("Download {model}").format(model=choice.label))
        self.button.setToolTip(choice.fit.summary)
        self.button.setVisible(self.row is None or not self.row.isVisible())
        return True

    def start(self) -> None:
        """The button: switch to the installed file, or download it here."""
        choice = self.recommendation
        if choice is None:
            return
        if self.installed is not None and self.installed.is_file():
            self.model_ready.emit(self.installed)
            return
        try:
            request = request_for_catalog(choice.model.id, choice.quant.quant,
                                          self._catalog or load_catalog())
        except HearthError as exc:
            self.text.setText(error_text(exc))
            return
        if self.row is None:
            self.row = DownloadRow(request, self)
            self.row.finished.connect(self._on_finished)
            self._layout.addWidget(self.row)
        self.button.setVisible(False)
        self.row.setVisible(True)
        if not self.row.running:
            self.row.start()

    def _on_finished(self, done: object) -> None:
        if isinstance(done, DownloadDone):
            self.installed = done.path
            self.model_ready.emit(done.path)
        elif self.row is not None and self.row.cancelled:
            self.row.setVisible(False)
            self.row.deleteLater()
            self.row = None
            self.button.setVisible(True)

    def stop(self) -> None:
        """Pause a running download (the partial file stays for next time)."""
        if self.row is not None:
            self.row.stop()
