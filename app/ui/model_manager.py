"""The model manager: the Llama catalog with sizes and memory fit, downloads with progress,
pause and cancel, and the models on this computer (import, use, delete).

Everything slow runs on worker threads through the core (``app.core.models``): the download
generator's events drive the progress rows; pausing keeps the partial file so the next start
continues where it stopped, even after Hearth was closed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import hardware
from app.core.errors import HearthError
from app.core.models.catalog import Catalog, CatalogModel, CatalogPair, load_catalog
from app.core.models.download import (
    DownloadDone,
    DownloadPaused,
    DownloadProgress,
    DownloadRehashing,
    DownloadRequest,
    DownloadRetry,
    DownloadStarted,
    discard_download,
    download,
    request_for_catalog,
)
from app.core.models.gguf_file import fmt_bytes
from app.core.models.memory import fit_for_size
from app.core.models.names import display_name
from app.core.models.registry import installed_models
from app.core.progress import format_duration
from app.core.settings import Settings, load_settings, save_settings
from app.ui.i18n import core_text, error_text
from app.ui.workers import CallWorker, StreamWorker

log = logging.getLogger(__name__)

FIT_COLOURS = {"green": QColor("#2e7d32"), "yellow": QColor("#f9a825"), "red": QColor("#c62828")}


class DownloadRow(QWidget):
    """Progress, rate and ETA of one model's download, with Pause/Resume and Cancel."""

    finished = Signal(object)  # DownloadDone, or None when cancelled or failed

    def __init__(self, request: DownloadRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self._worker: StreamWorker | None = None
        self._cancelling = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.title = QLabel(request.display_name)
        self.title.setMinimumWidth(220)
        layout.addWidget(self.title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        layout.addWidget(self.bar, 1)
        self.status = QLabel(self.tr("Starting…"))
        self.status.setMinimumWidth(260)
        layout.addWidget(self.status)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        layout.addWidget(self.pause_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.cancel_button)

    @property
    def running(self) -> bool:
        return self._worker is not None

    @property
    def cancelled(self) -> bool:
        """Cancel was pressed (the partial file is, or is being, thrown away)."""
        return self._cancelling

    def start(self) -> None:
        request = self.request
        worker = StreamWorker(lambda cancel: download(request, cancel), self)
        worker.event.connect(self._on_event)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_worker_finished)
        self._worker = worker
        self._cancelling = False
        self.pause_button.setText(self.tr("Pause"))
        self.status.setText(self.tr("Connecting…"))
        worker.start()

    def toggle_pause(self) -> None:
        if self._worker is not None:
            self.status.setText(self.tr("Pausing…"))
            self._worker.cancel()
        else:
            self.start()

    def cancel(self) -> None:
        """Stop and throw the partial away (Pause keeps it)."""
        self._cancelling = True
        if self._worker is not None:
            self._worker.cancel()
        else:
            self._discard()

    def _discard(self) -> None:
        try:
            discard_download(self.request)
        except HearthError as exc:
            self.status.setText(error_text(exc))
        self.status.setText(self.tr("Cancelled"))
        self.bar.setValue(0)
        self.pause_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.finished.emit(None)

    def _on_event(self, event: object) -> None:
        if isinstance(event, DownloadStarted):
            if event.resumed:
                self.status.setText(self.tr("Resuming at {size}…").format(
                    size=fmt_bytes(event.resumed)))
        elif isinstance(event, DownloadProgress):
            self.bar.setValue(int(event.fraction * 1000))
            done, total = fmt_bytes(event.done), fmt_bytes(event.total)
            eta = format_duration(event.eta)
            if event.rate > 0:
                text = self.tr("{done} of {total} · {rate}/s · {eta} left").format(
                    done=done, total=total, rate=fmt_bytes(event.rate), eta=eta)
            else:
                text = self.tr("{done} of {total} · measuring speed · {eta} left").format(
                    done=done, total=total, eta=eta)
            self.status.setText(text)
        elif isinstance(event, DownloadRehashing):
            self.status.setText(self.tr("Checking the {size} already downloaded…").format(
                size=fmt_bytes(event.size)))
        elif isinstance(event, DownloadRetry):
            self.status.setText(
                self.tr("Network trouble; retry {attempt} of {attempts} in {seconds} s").format(
                    attempt=event.attempt, attempts=event.max_attempts,
                    seconds=f"{event.delay:.0f}"))
        elif isinstance(event, DownloadPaused):
            self.status.setText(self.tr("Paused at {done} of {total}").format(
                done=fmt_bytes(event.done), total=fmt_bytes(event.total)))
            self.pause_button.setText(self.tr("Resume"))
        elif isinstance(event, DownloadDone):
            self.bar.setValue(1000)
            self.status.setText(self.tr("Verified and installed"))
            self.pause_button.setEnabled(False)
            self.cancel_button.setEnabled(False)
            self.finished.emit(event)

    def _on_failed(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("color: #c62828;")
        self.status.setWordWrap(True)
        self.pause_button.setText(self.tr("Retry"))
        self.finished.emit(None)

    def _on_worker_finished(self) -> None:
        self._worker = None
        if self._cancelling:
            self._discard()

    def stop(self, wait_ms: int = 5000) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait(wait_ms)


class ModelManager(QDialog):
    """A non-modal window: Catalog, Downloads and Installed models."""

    model_chosen = Signal(Path)
    installed_changed = Signal()
    pair_installed = Signal(Path)  # a model whose draft model was just set up

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 catalog: Catalog | None = None) -> None:
        super().__init__(parent)
        # huggingface-hub's own retry warnings would go to stderr; Hearth shows its own.
        from huggingface_hub.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        self.setWindowTitle(self.tr("Models"))
        self.resize(980, 600)
        self.setAcceptDrops(True)
        self.settings = settings
        self.catalog = catalog or load_catalog()
        self.rows: dict[str, DownloadRow] = {}
        self._workers: list[CallWorker] = []
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self._build_catalog_tab()
        self._build_downloads_tab()
        self._build_installed_tab()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #c62828;")
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        self.refresh_installed()

    # -- catalog --------------------------------------------------------------------------

    def _build_catalog_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        ram = hardware.available_memory()
        self._gpus = [d for d in hardware.devices() if d.is_gpu]
        self.machine_label = QLabel(self._machine_text(ram))
        self.machine_label.setWordWrap(True)
        layout.addWidget(self.machine_label)
        self.catalog_table = QTableWidget(0, 6)
        self.catalog_table.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Quantization"), self.tr("Size"), self.tr("Fit"),
             self.tr("Licence"), ""])
        self.catalog_table.verticalHeader().setVisible(False)
        self.catalog_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.catalog_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.catalog_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.catalog_table.setColumnWidth(1, 200)
        layout.addWidget(self.catalog_table, 1)
        self._quant_boxes: dict[str, QComboBox] = {}
        for model in self.catalog.listed():
            self._add_catalog_row(model, ram)
        for pair in self.catalog.pairs:
            self._add_pair_row(pair, ram)
        self.tabs.addTab(page, self.tr("Catalog"))

    def _machine_text(self, ram: int) -> str:
        """This computer's free memory and GPUs, the basis of the Fit column."""
        n_ctx = f"{self.settings.n_ctx:,}"
        if not self._gpus:
            return self.tr("This computer: {memory} of memory free, no GPU. Fit is judged for "
                           "a {n_ctx}-token context.").format(memory=fmt_bytes(ram), n_ctx=n_ctx)
        gpus = ", ".join(self.tr("{gpu} ({memory} free)").format(
            gpu=g.description, memory=fmt_bytes(g.free_memory)) for g in self._gpus)
        return self.tr("This computer: {memory} of memory free, {gpus}. Fit is judged for a "
                       "{n_ctx}-token context.").format(memory=fmt_bytes(ram), gpus=gpus,
                                                         n_ctx=n_ctx)

    def _add_pair_row(self, pair: CatalogPair, ram: int) -> None:
        """A model with its draft model as one choice: both files, draft set up after."""
        target, draft = self.catalog.get(pair.target), self.catalog.get(pair.draft)
        tq, dq = target.quant(), draft.quant()
        row = self.catalog_table.rowCount()
        self.catalog_table.insertRow(row)
        name = QTableWidgetItem(pair.name)
        name.setToolTip(pair.description)
        name.setData(Qt.ItemDataRole.UserRole, pair.id)
        self.catalog_table.setItem(row, 0, name)
        self.catalog_table.setItem(row, 1, QTableWidgetItem(f"{tq.quant} + {dq.quant}"))
        size = tq.size + dq.size
        self.catalog_table.setItem(row, 2, QTableWidgetItem(fmt_bytes(size) if size else "?"))
        report = fit_for_size(size, target.parameters, self.settings.n_ctx, ram, self._gpus)
        fit = QTableWidgetItem(f"● {core_text(report.template, report.params, report.summary)}")
        fit.setForeground(FIT_COLOURS[report.fit])
        fit.setData(Qt.ItemDataRole.UserRole, report.fit)
        self.catalog_table.setItem(row, 3, fit)
        licence = QTableWidgetItem(self.tr("text", "licence kind"))
        licence.setToolTip(f"{target.licence_name}; {draft.licence_name}")
        self.catalog_table.setItem(row, 4, licence)
        button = QPushButton(self.tr("Download"))
        button.clicked.connect(lambda _c=False, p=pair.id: self.download_pair(p))
        self.catalog_table.setCellWidget(row, 5, button)

    def download_pair(self, pair_id: str) -> tuple[DownloadRow, DownloadRow] | None:
        """Download a model and its draft model (two rows); when both are installed, the
        draft is remembered for the model, so loading it decodes speculatively."""
        pair = self.catalog.find_pair(pair_id)
        if pair is None:
            self.show_notice(
                self.tr("The catalog has no model pair “{pair}”.").format(pair=pair_id))
            return None
        rows = tuple(self.start_download(request_for_catalog(model_id, catalog=self.catalog))
                     for model_id in (pair.draft, pair.target))
        installed: dict[int, Path] = {}

        def finished(index: int, done: object) -> None:
            if not isinstance(done, DownloadDone):
                return
            installed[index] = done.path
            if len(installed) == 2:
                # The window shares this Settings object; the file may be newer than it.
                for settings in (self.settings, saved := load_settings()):
                    settings.set_model_override(installed[1], draft=str(installed[0]))
                save_settings(saved)
                self.pair_installed.emit(installed[1])

        for index, row in enumerate(rows):
            row.finished.connect(lambda done, i=index: finished(i, done))
        return rows[0], rows[1]

    def _add_catalog_row(self, model: CatalogModel, ram: int) -> None:
        row = self.catalog_table.rowCount()
        self.catalog_table.insertRow(row)
        name = QTableWidgetItem(model.name)
        name.setToolTip(model.description)
        name.setData(Qt.ItemDataRole.UserRole, model.id)
        self.catalog_table.setItem(row, 0, name)
        box = QComboBox()
        for q in model.quantizations:
            if q.listed and q.available:
                label = f"{q.quant} ({self._note_text(q.note)})" if q.note else q.quant
                box.addItem(label, q.quant)
        box.setCurrentIndex(max(0, box.findData(model.default_quant)))
        box.currentIndexChanged.connect(lambda _i, r=row, m=model: self._update_fit(r, m, ram))
        self._quant_boxes[model.id] = box
        self.catalog_table.setCellWidget(row, 1, box)
        licence = QTableWidgetItem(self.tr("vision (region check)", "licence kind")
                                   if model.licence == "vision"
                                   else self.tr("text", "licence kind"))
        licence.setToolTip(model.licence_name)
        self.catalog_table.setItem(row, 4, licence)
        button = QPushButton(self.tr("Download"))
        button.clicked.connect(lambda _c=False, m=model: self.download_catalog(m.id))
        self.catalog_table.setCellWidget(row, 5, button)
        self._update_fit(row, model, ram)

    def _note_text(self, note: str) -> str:
        """The catalog's notes on a quantization in the window's language (others as is)."""
        known = {"recommended": self.tr("recommended", "quantization note"),
                 "unquantized": self.tr("unquantized", "quantization note"),
                 "for Arm CPUs": self.tr("for Arm CPUs", "quantization note")}
        return known.get(note, note)

    def _update_fit(self, row: int, model: CatalogModel, ram: int) -> None:
        quant = model.quant(self._quant_boxes[model.id].currentData())
        size = QTableWidgetItem(fmt_bytes(quant.size) if quant.size else "?")
        self.catalog_table.setItem(row, 2, size)
        report = fit_for_size(quant.size, model.parameters, self.settings.n_ctx, ram, self._gpus)
        fit = QTableWidgetItem(f"● {core_text(report.template, report.params, report.summary)}")
        fit.setForeground(FIT_COLOURS[report.fit])
        fit.setData(Qt.ItemDataRole.UserRole, report.fit)
        self.catalog_table.setItem(row, 3, fit)

    def fit_of(self, model_id: str) -> str:
        """The fit colour shown for a catalog entry (for tests and accessibility)."""
        for row in range(self.catalog_table.rowCount()):
            if self.catalog_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == model_id:
                return str(self.catalog_table.item(row, 3).data(Qt.ItemDataRole.UserRole))
        raise KeyError(model_id)

    def download_catalog(self, model_id: str) -> DownloadRow | None:
        """Start (or resume) downloading a catalog entry in the chosen quantization."""
        model = self.catalog.get(model_id)
        quant = self._quant_boxes[model_id].currentData() if model_id in self._quant_boxes \
            else None
        try:
            request = request_for_catalog(model_id, quant, self.catalog)
        except HearthError as exc:
            self.show_notice(error_text(exc))
            return None
        if model.licence == "vision" and not self._licence_allows(model):
            return None
        return self.start_download(request)

    def _licence_allows(self, model: CatalogModel) -> bool:
        from app.core.licence import check_download_allowed

        try:
            check_download_allowed(model.licence, model_name=model.name)
        except HearthError as exc:
            self.show_notice(error_text(exc))
            return False
        return True

    # -- downloads ------------------------------------------------------------------------

    def _build_downloads_tab(self) -> None:
        page = QWidget()
        self._downloads_layout = QVBoxLayout(page)
        self._downloads_empty = QLabel(self.tr("No downloads yet. Pick a model in the Catalog."))
        self._downloads_layout.addWidget(self._downloads_empty)
        self._downloads_layout.addStretch(1)
        self.tabs.addTab(page, self.tr("Downloads"))

    def start_download(self, request: DownloadRequest) -> DownloadRow:
        key = f"{request.repo}/{request.model_file}"
        row = self.rows.get(key)
        if row is None:
            row = DownloadRow(request, self)
            row.finished.connect(self._on_download_finished)
            self._downloads_layout.insertWidget(self._downloads_layout.count() - 1, row)
            self.rows[key] = row
        self._downloads_empty.setVisible(False)
        self.tabs.setCurrentIndex(1)
        self.hide_notice()
        if not row.running:
            row.start()
        return row

    def _on_download_finished(self, done: object) -> None:
        if isinstance(done, DownloadDone):
            self.refresh_installed()
            self.installed_changed.emit()

    # -- installed ------------------------------------------------------------------------

    def _build_installed_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.installed_table = QTableWidget(0, 4)
        self.installed_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Size"), self.tr("File"), ""])
        self.installed_table.verticalHeader().setVisible(False)
        self.installed_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.installed_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.installed_table, 1)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a GGUF file…"))
        self.import_button.clicked.connect(self._import_dialog)
        buttons.addWidget(self.import_button)
        buttons.addWidget(QLabel(self.tr("or drop .gguf files here")))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, self.tr("On this computer"))

    def refresh_installed(self) -> None:
        models = installed_models()
        self.installed_table.setRowCount(0)
        for model in models:
            row = self.installed_table.rowCount()
            self.installed_table.insertRow(row)
            shown = display_name(model.path)
            if model.starter:
                shown = self.tr("{name} (starter)").format(name=shown)
            name = QTableWidgetItem(shown)
            name.setData(Qt.ItemDataRole.UserRole, str(model.path))
            self.installed_table.setItem(row, 0, name)
            self.installed_table.setItem(row, 1, QTableWidgetItem(fmt_bytes(model.size_bytes)))
            self.installed_table.setItem(row, 2, QTableWidgetItem(str(model.path)))
            actions = QWidget()
            box = QHBoxLayout(actions)
            box.setContentsMargins(0, 0, 0, 0)
            use = QPushButton(self.tr("Use"))
            use.clicked.connect(lambda _c=False, p=model.path: self.model_chosen.emit(p))
            box.addWidget(use)
            if not model.starter:
                delete = QPushButton(self.tr("Delete…"))
                delete.clicked.connect(lambda _c=False, p=model.path: self._delete_dialog(p))
                box.addWidget(delete)
            self.installed_table.setCellWidget(row, 3, actions)

    def installed_paths(self) -> list[Path]:
        return [Path(self.installed_table.item(r, 0).data(Qt.ItemDataRole.UserRole))
                for r in range(self.installed_table.rowCount())]

    def import_files(self, paths: list[Path]) -> None:
        """Import GGUF files (referenced in place, not copied) on a worker thread."""
        from app.core.models.local import import_model

        def job() -> list[str]:
            return [str(import_model(p).path) for p in paths]

        worker = CallWorker(job, self)
        worker.result.connect(lambda _r: (self.refresh_installed(),
                                          self.installed_changed.emit()))
        worker.failed.connect(self.show_notice)
        worker.finished.connect(lambda w=worker: self._workers.remove(w))
        self._workers.append(worker)
        worker.start()

    def _import_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import models"),
                                                str(Path.home()),
                                                self.tr("GGUF models (*.gguf)"))
        if files:
            self.import_files([Path(f) for f in files])

    def delete_model(self, path: Path) -> None:
        from app.core.models.local import delete_model, plan_delete

        try:
            delete_model(plan_delete(path))
        except HearthError as exc:
            self.show_notice(error_text(exc))
            return
        self.refresh_installed()
        self.installed_changed.emit()

    def _delete_dialog(self, path: Path) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete model"),
            self.tr("Delete {file}? Files Hearth downloaded are removed from disk; imported "
                    "files are only removed from the list.").format(file=path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_model(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.toLocalFile().lower().endswith(".gguf") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()
                 if u.toLocalFile().lower().endswith(".gguf")]
        if paths:
            self.tabs.setCurrentIndex(2)
            self.import_files(paths)
            event.acceptProposedAction()

    # -- misc -----------------------------------------------------------------------------

    def show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setVisible(True)

    def hide_notice(self) -> None:
        self.notice.setVisible(False)

    def done(self, result: int) -> None:
        for row in self.rows.values():
            row.stop()
        for worker in list(self._workers):
            worker.wait(5000)
        super().done(result)
