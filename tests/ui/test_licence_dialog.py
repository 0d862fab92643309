"""The first-use licence question in the real window, driven with pytest-qt.

The engine loader is replaced by one that runs the core licence check (on the settings file,
as the real loader does) and then returns a stand-in engine, because the text engine cannot
run the tiny vision file; the window's own gate is what is under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.engine.base import LoadOptions, ModelInfo
from app.core.licence import Declaration, ensure_load_allowed, stored_declaration
from app.core.settings import Settings, load_settings, save_settings
from app.core.store import ConversationStore
from app.ui.licence_dialog import LicenceDialog, system_country
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.support.vision_gguf import write_mllama

LOAD_TIMEOUT_MS = 60_000


class StandInEngine:
    """Enough of an Engine for the window to show a loaded model."""

    def __init__(self, path: Path) -> None:
        self.closed = False
        self.info = ModelInfo(
            path=path, name=path.stem, architecture="mllama", n_ctx=512, n_ctx_train=512,
            n_params=0, size_bytes=path.stat().st_size, chat_format="llama3", n_threads=1,
            n_gpu_layers=0,
        )

    def close(self) -> None:
        self.closed = True


class RecordingLoader:
    def __init__(self) -> None:
        self.calls: list[Path] = []
        self.engines: list[StandInEngine] = []

    def __call__(self, path: Path, options: LoadOptions) -> StandInEngine:
        self.calls.append(path)
        ensure_load_allowed(path)  # the core check, on the stored declaration
        engine = StandInEngine(path)
        self.engines.append(engine)
        return engine


@pytest.fixture
def store(hearth_home: Path) -> ConversationStore:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


@pytest.fixture
def vision(tmp_path: Path) -> Path:
    return write_mllama(tmp_path / "Llama-3.2-11B-Vision-Instruct.Q4_K_M.gguf")


def make_window(qtbot, store, loader=None, settings: Settings | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, settings or Settings(), engine_loader=loader, autoload=False)
    qtbot.addWidget(window)
    window.show()
    return window


def answer(dialog: LicenceDialog, country: str, role: str,
           company_country: str | None = None) -> None:
    dialog.select_country(country)
    (dialog.company if role == "company" else dialog.individual).setChecked(True)
    if company_country:
        dialog.select_company_country(company_country)


def test_declare_us_accept_then_the_model_loads(qtbot, store, vision) -> None:  # type: ignore[no-untyped-def]
    loader = RecordingLoader()
    window = make_window(qtbot, store, loader)
    window.load_model(vision)
    dialog = window.licence_dialog
    assert isinstance(dialog, LicenceDialog) and dialog.isVisible()
    assert loader.calls == []  # nothing starts before the answer
    assert vision.name in dialog.lead.text()
    assert "European Union" in dialog.summary.toPlainText()
    assert "llama.com/llama3_2/license" in dialog.links.text()
    assert "not legal advice" in dialog.links.text()
    window.load_model(vision)  # asked again while the question is open: still one dialog
    assert window.licence_dialog is dialog
    assert len([w for w in window.findChildren(LicenceDialog) if w.isVisible()]) == 1

    answer(dialog, "US", "individual")
    assert not dialog.ok_button.isEnabled()  # "I accept" is required
    dialog.accept_box.setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert "does not apply" in dialog.verdict.text()
    with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert loader.calls == [vision]
    assert window.engine is loader.engines[0]
    assert window.licence_dialog is None
    saved = stored_declaration()
    assert saved is not None and saved.domicile == "US" and saved.role == "individual"
    assert saved.accepted_at and saved.licence_version
    assert window.settings.licence_declaration == saved.to_dict()


def test_declare_an_eu_country_and_nothing_is_loaded(qtbot, store, vision) -> None:  # type: ignore[no-untyped-def]
    loader = RecordingLoader()
    window = make_window(qtbot, store, loader)
    window.load_model(vision)
    dialog = window.licence_dialog
    answer(dialog, "DE", "individual")
    dialog.accept_box.setChecked(True)
    assert "will not download or load" in dialog.verdict.text()
    with qtbot.waitSignal(window.notice_shown, timeout=5_000) as notice:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    message = notice.args[0]
    assert "will not load" in message and "European Union" in message
    assert "Germany (DE)" in message and "not legal advice" in message
    assert window.notice.isVisible() and window.notice.text() == message
    assert loader.calls == [] and window.engine is None
    assert stored_declaration().domicile == "DE"  # the answer is kept; no second question
    window.load_model(vision)
    assert window.licence_dialog is None and loader.calls == []
    assert "European Union" in window.notice.text()


def test_a_company_answer_uses_the_principal_place_of_business(qtbot, store, vision) -> None:  # type: ignore[no-untyped-def]
    loader = RecordingLoader()
    window = make_window(qtbot, store, loader)
    window.load_model(vision)
    dialog = window.licence_dialog
    answer(dialog, "US", "company", "FR")  # lives in the US, works for a French company
    assert dialog.company_country.isEnabled()
    dialog.accept_box.setChecked(True)
    with qtbot.waitSignal(window.notice_shown, timeout=5_000) as notice:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "France (FR)" in notice.args[0] and loader.calls == []
    assert stored_declaration() == Declaration.make(
        "US", "company", "FR", accepted_at=stored_declaration().accepted_at
    )


def test_cancel_records_nothing_and_loads_nothing(qtbot, store, vision) -> None:  # type: ignore[no-untyped-def]
    loader = RecordingLoader()
    window = make_window(qtbot, store, loader)
    window.load_model(vision)
    with qtbot.waitSignal(window.model_failed, timeout=5_000) as failed:
        window.licence_dialog.reject()
    assert "was not loaded" in failed.args[0]
    assert loader.calls == [] and window.engine is None
    assert stored_declaration() is None and load_settings().licence_declaration is None


def test_the_country_is_only_a_suggestion(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = LicenceDialog(suggested_country="FR")
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "FR"
    assert "Pre-selected" in dialog.suggestion.text()
    # Neither the role nor the acceptance is pre-filled: nothing is decided silently.
    assert dialog.role() is None and dialog.declaration() is None
    assert not dialog.accept_box.isChecked() and not dialog.ok_button.isEnabled()
    dialog.accept_box.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    assert dialog.country.count() >= 249
    suggestion = system_country()
    assert suggestion is None or dialog.country.findData(suggestion) >= 0


def test_text_models_load_without_a_question_in_the_eu(qtbot, store, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(n_ctx=512, licence_declaration=Declaration.make("DE", "individual")
                        .to_dict())
    save_settings(settings)
    window = make_window(qtbot, store, settings=settings)  # the real loader
    with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
        window.load_model(smollm2_gguf)
    assert window.licence_dialog is None
    assert window.engine is not None and window.engine.info.path == smollm2_gguf


def test_changing_the_declaration_in_settings_takes_effect_at_once(qtbot, store, vision) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(licence_declaration=Declaration.make("US", "individual").to_dict())
    save_settings(settings)
    loader = RecordingLoader()
    window = make_window(qtbot, store, loader, settings)
    with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
        window.load_model(vision)
    assert window.licence_dialog is None  # already declared: no question
    engine = window.engine
    assert isinstance(engine, StandInEngine)

    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert "allowed" in dialog.licence_status.text()
    qtbot.mouseClick(dialog.licence_button, Qt.MouseButton.LeftButton)
    licence_dialog = dialog.licence_dialog
    assert licence_dialog.country.currentData() == "US"  # the current answers are shown
    assert licence_dialog.individual.isChecked()
    answer(licence_dialog, "AT", "individual")
    licence_dialog.accept_box.setChecked(True)
    qtbot.mouseClick(licence_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "blocked" in dialog.licence_status.text()  # re-checked in the dialog at once
    assert "Austria" in dialog.licence_status.text()

    with qtbot.waitSignal(window.notice_shown, timeout=5_000) as notice:
        window.apply_settings(dialog.result_settings())
    assert "Austria (AT)" in notice.args[0]
    assert engine.closed and window.engine is None  # unloaded, not left running
    assert stored_declaration().domicile == "AT"
    window.load_model(vision)
    assert loader.calls == [vision] and window.licence_dialog is None

    # Back to a country outside the EU: loading works again, without a question.
    back = SettingsDialog(window.settings, window)
    qtbot.addWidget(back)
    qtbot.mouseClick(back.licence_button, Qt.MouseButton.LeftButton)
    answer(back.licence_dialog, "CH", "individual")
    back.licence_dialog.accept_box.setChecked(True)
    qtbot.mouseClick(back.licence_dialog.ok_button, Qt.MouseButton.LeftButton)
    window.apply_settings(back.result_settings())
    with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
        window.load_model(vision)
    assert loader.calls == [vision, vision]


def test_about_lists_built_with_llama_and_the_dependencies(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QTabWidget

    from app.ui.about_dialog import AboutDialog

    about = AboutDialog()
    qtbot.addWidget(about)
    assert any("Built with Llama" in label.text() for label in about.findChildren(QLabel))
    tabs = about.findChild(QTabWidget)
    texts = {tabs.tabText(i): tabs.widget(i).toPlainText() for i in range(tabs.count())}
    llama = texts["Llama 3.2 licence"]
    assert "principal place of business" in llama and "not legal advice" in llama
    third_party = texts["Third-party"]
    for name in ("llama.cpp", "llama-cpp-python", "PySide6", "huggingface-hub", "Jinja2",
                 "psutil", "NumPy", "LGPL-3.0", "CLDR"):
        assert name in third_party, name
