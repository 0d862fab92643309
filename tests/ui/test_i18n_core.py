"""The core's messages in the window's language: real error paths, German and English.

The core stays English and Qt-free (tests/core/test_texts.py); the window renders a core
message's marked template through the ``core`` catalog (resources/i18n/<lang>/core.ts),
falling back to the English text when there is no translation or a broken one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.core.documents.summarize import Progress
from app.core.errors import ModelFileError
from app.core.settings import Settings
from app.core.store import ConversationStore
from app.core.texts import CoreText
from app.ui.i18n import CORE_SOURCES, compile_catalog, core_text, error_text

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "resources" / "i18n"
LOAD_TIMEOUT_MS = 60_000
REPLY_TIMEOUT_MS = 120_000


def test_every_core_module_that_marks_texts_is_a_catalog_source() -> None:
    marked = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "core").rglob("*.py")
                    if re.search(r'QT_TRANSLATE_NOOP\(\s*"core"', p.read_text("utf-8")))
    assert marked == sorted(CORE_SOURCES), "add the module to app.ui.i18n.CORE_SOURCES"


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    """``catalog(ts)`` compiles a ``.ts`` with lrelease and installs it for the test."""
    app = QCoreApplication.instance()
    assert app is not None
    installed: list[QTranslator] = []

    def install(ts: Path) -> None:
        qm = tmp_path / f"{ts.parent.name}-{ts.stem}.qm"
        compile_catalog(ts, qm)
        translator = QTranslator()
        assert translator.load(str(qm))
        assert app.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        app.removeTranslator(translator)


@pytest.fixture
def store(hearth_home: Path) -> Iterator[ConversationStore]:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


def _window(qtbot, store: ConversationStore, **settings: object):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    autoload = "model" in settings
    window = MainWindow(store, Settings(**settings), autoload=autoload)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    if autoload and window.engine is None:
        with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
            pass
    return window


def test_picture_errors_in_german_and_english(qtbot, store, catalog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "gone.png"
    notes = tmp_path / "notes.png"
    notes.write_text("not a picture", encoding="utf-8")

    english = _window(qtbot, store)
    assert not english.image_bar.attach(gone)
    assert english.notice.text() == f"There is no picture at {gone}."

    catalog(CATALOGS / "de" / "core.ts")
    window = _window(qtbot, store)
    assert not window.image_bar.attach(gone)
    assert window.notice.isVisible()
    assert window.notice.text() == f"Unter {gone} gibt es kein Bild."
    assert not window.image_bar.attach(notes)
    assert window.notice.text() == ("notes.png ist kein Bild, das Hearth lesen kann. Verwenden "
                                    "Sie eine PNG-, JPEG-, WebP-, GIF- oder BMP-Datei.")


def test_sending_nothing_and_too_much_on_the_starter_model_in_german(  # type: ignore[no-untyped-def]
        qtbot, store, catalog, smollm2_gguf) -> None:
    catalog(CATALOGS / "de" / "core.ts")
    window = _window(qtbot, store, model=str(smollm2_gguf), n_ctx=256, max_tokens=8,
                     temperature=0.0)
    assert not window.send("   ")
    assert window.notice.text() == ("Es gibt nichts zu senden; geben Sie zuerst eine Nachricht "
                                    "ein.")
    # The context overflow comes from the answer's worker thread.
    with qtbot.waitSignal(window.notice_shown, timeout=REPLY_TIMEOUT_MS) as notice:
        window.send("word " * 2000)
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    shown = notice.args[0]
    assert shown.startswith("Ihre Nachricht umfasst "), shown
    assert "der Kontext des Modells fasst aber 256" in shown
    assert shown.endswith("Kürzen Sie sie oder erhöhen Sie die Kontextgröße in den "
                          "Einstellungen."), shown


def test_the_sending_error_is_english_without_a_translator(qtbot, store, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store, model=str(smollm2_gguf), n_ctx=256)
    assert not window.send("   ")
    assert window.notice.text() == "There is nothing to send; type a message first."


def test_fit_column_and_summary_progress_in_german(qtbot, catalog) -> None:  # type: ignore[no-untyped-def]
    from app.ui.model_manager import ModelManager

    catalog(CATALOGS / "de" / "core.ts")
    manager = ModelManager(Settings(n_ctx=4096))
    qtbot.addWidget(manager)
    table = manager.catalog_table
    fits = [table.item(row, 3).text() for row in range(table.rowCount())]
    assert fits and all(re.match(r"● (Passt|Knapp)", text) for text in fits), fits

    step = Progress.of("part", 1, 5, "Summarizing part {n} of {total}…", None, n=2, total=5)
    assert core_text(step.template, step.params, step.message) == (
        "Teil 2 von 5 wird zusammengefasst…")


def test_nested_texts_are_translated_and_broken_translations_fall_back(  # type: ignore[no-untyped-def]
        catalog, tmp_path) -> None:
    catalog(CATALOGS / "de" / "core.ts")
    inner = ModelFileError.of("{file} is not a GGUF model file.", file="x.gguf")
    notice = CoreText("The GPU could not be used ({reason}); Hearth runs on the CPU.",
                      {"reason": inner.message})
    assert str(notice) == ("The GPU could not be used (x.gguf is not a GGUF model file.); "
                           "Hearth runs on the CPU.")
    assert error_text(notice) == ("Die GPU konnte nicht verwendet werden (x.gguf ist keine "
                                  "GGUF-Modelldatei.); Hearth läuft auf der CPU.")
    assert error_text("Done.") == "Fertig."
    assert error_text(ValueError("not ours")) == "not ours"

    # A catalog whose translation names a placeholder the source lacks: English, no raise.
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de">\n<context>\n    <name>core</name>\n'
        '    <message>\n        <source>There is no picture at {path}.</source>\n'
        '        <translation>Kein Bild unter {pfad}.</translation>\n    </message>\n'
        '</context>\n</TS>\n', encoding="utf-8")
    catalog(broken)  # installed last: asked first
    missing = ModelFileError.of("There is no picture at {path}.", path="/tmp/x.png")
    assert error_text(missing) == "There is no picture at /tmp/x.png."


def test_the_licence_refusal_in_german_down_to_the_declaration(catalog) -> None:  # type: ignore[no-untyped-def]
    from app.core.licence import Declaration, decide, refusal, restriction_of
    from app.core.models.gguf_file import GGUFInfo

    catalog(CATALOGS / "de" / "core.ts")
    info = GGUFInfo(path=Path("Llama-3.2-11B-Vision-Instruct.gguf"), size_bytes=1, version=3,
                    architecture="mllama", name="Llama 3.2 11B Vision",
                    metadata={"general.architecture": "mllama"})
    what = restriction_of(info)
    assert what == "a Llama 3.2 Vision model (architecture “mllama”)"
    error = refusal(decide(True, Declaration.make("DE", "individual")), info.path.name, what)
    shown = error_text(error)
    assert shown.startswith("Hearth lädt Llama-3.2-11B-Vision-Instruct.gguf nicht: Es ist ein "
                            "Llama-3.2-Vision-Modell (Architektur „mllama“), und die Llama 3.2 "
                            "Community License gewährt"), shown
    assert "Sie haben erklärt, dass Sie Hearth als Privatperson mit Wohnsitz in " in shown
    assert "Dies ist keine Rechtsberatung" in shown
    assert "Hearth will not" not in shown and "This is not legal advice" not in shown


def test_numbers_are_grouped_the_languages_way_when_the_loader_installs_it() -> None:
    from app.core.errors import ContextOverflowError
    from app.ui.i18n import install_language, remove_translators

    error = ContextOverflowError.of(
        "Your message is {tokens} tokens but the model's context holds {n_ctx} (with "
        "{reserve} kept for the answer).", tokens="12,345", n_ctx="4,096", reserve="512")
    try:
        assert install_language("de", []) == "de"
        assert error_text(error) == ("Ihre Nachricht umfasst 12.345 Tokens, der Kontext des "
                                     "Modells fasst aber 4.096 (davon 512 für die Antwort "
                                     "freigehalten).")
    finally:
        remove_translators()
    assert error_text(error) == error.message  # English again, numbers as the core wrote them
