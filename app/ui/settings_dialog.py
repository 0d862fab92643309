"""Settings: generation and loading options, and the default system prompt."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.hardware import physical_cores
from app.core.languages import LANGUAGES
from app.core.models.names import display_name
from app.core.settings import Settings
from app.ui.server_panel import ServerController, ServerPanel, server_controller

# Draft-compatibility checks still running (kept alive until they finish).
_WORKERS: set[QObject] = set()


def shiboken_valid(obj: QObject) -> bool:
    from shiboken6 import isValid

    return bool(isValid(obj))


def hardware_markdown() -> str:
    """What llama.cpp runs on here: the Settings → Hardware page (the rows `doctor` prints)."""
    from dataclasses import asdict

    from app.core.doctor import device_rows, hardware_rows
    from app.core.hardware import hardware_report

    hw = asdict(hardware_report())
    lines = [f"**{label}** {value}  " for label, value in hardware_rows(hw)]
    lines += ["", "**Devices**", "", *(f"- {name} {text}".rstrip() for name, text in
                                       device_rows(hw))]
    lines += ["", QCoreApplication.translate(
        "SettingsDialog",
        "GPU layers set to *Automatic* are chosen from the free memory of the largest GPU, the "
        "model's size and the context size; a GPU that fails to start falls back to the CPU "
        "with a notice. See the README for CUDA, Metal and Vulkan builds.")]
    return "\n".join(lines)


def language_box(current: str) -> QComboBox:
    """"System default" and the eight languages, each in its own name (so a person can find
    theirs whatever the window's language is now)."""
    box = QComboBox()
    box.addItem(QCoreApplication.translate("SettingsDialog", "System default"), "")
    for lang in LANGUAGES.values():
        box.addItem(lang.native, lang.code)
        box.setItemData(box.count() - 1, lang.english, Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(box.findData(current or ""), 0))
    return box


class SettingsDialog(QDialog):
    """Edits a copy of the settings; :meth:`result_settings` returns the edited copy."""

    drafts_listed = Signal()  # the draft-model choices are filled in (checked off the GUI)

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 model: Path | None = None, server: ServerController | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._model = model
        loading = settings.load_options(model)
        form = QFormLayout()
        if model is not None:
            note = QLabel(self.tr("Threads, context size and GPU layers are remembered for "
                                  "<b>{model}</b>; other models keep their own.").format(
                                      model=html.escape(model.name)))
            note.setWordWrap(True)
            form.addRow(note)
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(
            self.tr("Automatic ({cores} physical cores)").format(cores=physical_cores()))
        self.threads.setValue(loading.n_threads or 0)
        form.addRow(self.tr("CPU threads:"), self.threads)
        self.context = QSpinBox()
        self.context.setRange(256, 131072)
        self.context.setSingleStep(1024)
        self.context.setValue(loading.n_ctx)
        self.context.setSuffix(self.tr(" tokens"))
        form.addRow(self.tr("Context size:"), self.context)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText(self.tr("Automatic (from free GPU memory)"))
        self.gpu_layers.setValue(-1 if loading.n_gpu_layers is None else loading.n_gpu_layers)
        self.gpu_layers.setToolTip(self.tr(
            "Layers to run on the GPU: 0 runs on the CPU only, 999 puts every layer on the GPU."
        ))
        form.addRow(self.tr("GPU layers:"), self.gpu_layers)
        self.draft: QComboBox | None = None
        if model is not None:
            self._add_draft_choice(form, model, settings.draft_for(model))
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(settings.temperature)
        self.temperature.setToolTip(
            self.tr("0 always picks the likeliest word; higher is more varied."))
        form.addRow(self.tr("Temperature:"), self.temperature)
        self.top_p = QDoubleSpinBox()
        self.top_p.setRange(0.05, 1.0)
        self.top_p.setSingleStep(0.05)
        self.top_p.setValue(settings.top_p)
        form.addRow(self.tr("Top-p:"), self.top_p)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(0, 131072)
        self.max_tokens.setSpecialValueText(self.tr("No limit"))
        self.max_tokens.setValue(settings.max_tokens or 0)
        form.addRow(self.tr("Longest answer:"), self.max_tokens)
        self.system_prompt = QPlainTextEdit(settings.system_prompt)
        self.system_prompt.setPlaceholderText(
            self.tr("Instructions for every new chat (optional)"))
        self.system_prompt.setFixedHeight(90)
        form.addRow(self.tr("System prompt:"), self.system_prompt)
        self._licence_declaration = settings.licence_declaration
        self.licence_dialog: QDialog | None = None
        licence_row = QHBoxLayout()
        self.licence_status = QLabel()
        self.licence_status.setWordWrap(True)
        licence_row.addWidget(self.licence_status, 1)
        self.licence_button = QPushButton(self.tr("Licence declaration…"))
        self.licence_button.setToolTip(self.tr(
            "Where you live and whether you use Hearth for a company: decides whether the "
            "Llama 3.2 vision models' licence covers you."
        ))
        self.licence_button.clicked.connect(self.open_licence_dialog)
        licence_row.addWidget(self.licence_button)
        form.addRow(self.tr("Vision licence:"), licence_row)
        self._show_licence_status()
        self.language = language_box(settings.language)
        form.addRow(self.tr("Language:"), self.language)
        self.language_note = QLabel(self.tr("A new language applies the next time Hearth "
                                            "starts."))
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        tabs = QTabWidget()
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addStretch(1)  # rows keep their height; the space goes below
        tabs.addTab(general, self.tr("General"))
        from app.ui.safety_page import SafetyPage

        self.safety = SafetyPage(settings.guard_policy())
        tabs.addTab(self.safety, self.tr("Safety"))
        self.hardware_view = QTextBrowser()
        self.hardware_view.setMarkdown(hardware_markdown())
        tabs.addTab(self.hardware_view, self.tr("Hardware"))
        self.server_panel = ServerPanel(server or server_controller())
        tabs.addTab(self.server_panel, self.tr("Local server"))
        from app.ui.user_tools_page import UserToolsPage

        self.user_tools = UserToolsPage()  # saves tools.json itself, whatever OK or Cancel
        tabs.addTab(self.user_tools, self.tr("My tools"))
        from app.ui.servers_page import ServersPage

        self.servers_page = ServersPage(settings)
        tabs.addTab(self.servers_page, self.tr("Servers"))
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def result_settings(self) -> Settings:
        loading = {
            "n_threads": self.threads.value() or None,
            "n_ctx": self.context.value(),
            "n_gpu_layers": None if self.gpu_layers.value() < 0 else self.gpu_layers.value(),
        }
        result = replace(
            self._settings,
            temperature=round(self.temperature.value(), 2),
            top_p=round(self.top_p.value(), 2),
            max_tokens=self.max_tokens.value() or None,
            system_prompt=self.system_prompt.toPlainText().strip(),
            licence_declaration=self._licence_declaration,
            model_overrides=dict(self._settings.model_overrides),
            guard=self.safety.policy().to_dict(),
            servers=self.servers_page.servers,
            language=self.language.currentData() or "",
        )
        if self._model is not None:
            draft = self.draft.currentData() if self.draft is not None else None
            result.set_model_override(self._model, **loading, draft=draft)
        else:
            result = replace(result, **loading)
        return result

    def _add_draft_choice(self, form: QFormLayout, model: Path, current: str | None) -> None:
        """Draft model (speculative decoding): only installed models that share this model's
        vocabulary are listed. Checking reads every file's token list, so it runs in a
        worker thread; the current choice is kept meanwhile."""
        from app.ui.workers import CallWorker

        self.draft = QComboBox()
        self.draft.addItem(self.tr("None"), None)
        if current:
            self.draft.addItem(Path(current).stem, current)
            self.draft.setCurrentIndex(1)
        self.draft.setToolTip(self.tr(
            "A small model with the same vocabulary (e.g. Llama 3.2 1B for Llama 3.1 8B) "
            "guesses ahead and this model checks its guesses in batches: the same answers, "
            "usually faster."
        ))
        form.addRow(self.tr("Draft model:"), self.draft)

        def find() -> list[Path]:
            from app.core.engine.speculative import compatible_drafts
            from app.core.models.registry import installed_models

            return compatible_drafts(model, [m.path for m in installed_models()])

        # Not owned by the dialog: closing it must never destroy a running thread.
        worker = CallWorker(find)
        worker.result.connect(self._show_drafts)
        worker.failed.connect(self._drafts_failed)
        _WORKERS.add(worker)
        worker.finished.connect(lambda: _WORKERS.discard(worker))
        worker.start()

    def _drafts_failed(self, _message: str) -> None:
        self.drafts_listed.emit()

    def _show_drafts(self, paths: list[Path]) -> None:
        combo = self.draft
        if combo is None or not shiboken_valid(combo):
            return
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("None"), None)
        for path in paths:
            combo.addItem(display_name(path), str(path))
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        self.drafts_listed.emit()

    def open_licence_dialog(self) -> None:
        """Change the licence answers; applied (and re-checked) with the other settings."""
        from app.core.licence import Declaration
        from app.ui.licence_dialog import LicenceDialog

        dialog = LicenceDialog(self, current=Declaration.from_dict(self._licence_declaration))

        def accepted() -> None:
            declaration = dialog.declaration()
            if declaration is not None:
                self._licence_declaration = declaration.to_dict()
                self._show_licence_status()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.licence_dialog = dialog
        dialog.open()

    def _show_licence_status(self) -> None:
        """The check, re-run on the answers as they are now in this dialog."""
        from app.core.countries import country_name
        from app.core.licence import Declaration, decide

        declaration = Declaration.from_dict(self._licence_declaration)
        decision = decide(True, declaration)
        if declaration is None:
            text = self.tr("Not declared yet: Hearth asks before a vision model is used.")
        else:
            verdict = {"allowed": self.tr("allowed"), "blocked": self.tr("blocked")}.get(
                decision.verdict.value, decision.verdict.value)
            if declaration.role == "company":
                text = self.tr("Company in {country}: vision models {verdict}").format(
                    country=country_name(declaration.company_country), verdict=verdict)
            else:
                text = self.tr("Individual in {country}: vision models {verdict}").format(
                    country=country_name(declaration.domicile), verdict=verdict)
        self.licence_status.setText(text)
