"""The window in eight languages: catalogs complete and sound, installed at start, rendered.

The catalog checks are parametrized by area (app.ui.i18n.AREAS), so a failure names the part
of the window whose catalog is behind its sources.
"""

from __future__ import annotations

import ast
import collections
import logging
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app.core.languages import LANGUAGES, TRANSLATED
from app.core.settings import Settings
from app.core.store import ConversationStore
from app.ui import i18n
from app.ui.i18n import AREAS, CATALOG_AREAS, install_language, remove_translators

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "resources" / "i18n"
CASES = [(area, lang) for area in CATALOG_AREAS for lang in TRANSLATED]
CASE_IDS = [f"{area}-{lang}" for area, lang in CASES]

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


# -- catalogs -----------------------------------------------------------------------------------


def test_every_ui_module_is_in_exactly_one_area() -> None:
    modules = {p.stem for p in (ROOT / "app" / "ui").glob("*.py") if p.stem != "__init__"}
    listed = collections.Counter(m for members in AREAS.values() for m in members)
    twice = sorted(m for m, n in listed.items() if n > 1)
    assert not twice, f"in more than one area of app.ui.i18n.AREAS: {twice}"
    unassigned = sorted(modules - set(listed))
    assert not unassigned, f"app/ui modules in no area of app.ui.i18n.AREAS: {unassigned}"
    gone = sorted(set(listed) - modules)
    assert not gone, f"AREAS lists modules that do not exist: {gone}"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → its <translation> element."""
    root = ET.parse(ts).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out[(name, message.findtext("source") or "")] = translation
    return out


@cache
def _source_strings(area: str, tmp: Path) -> frozenset[tuple[str, str]]:
    """What Qt's lupdate finds in the area's modules (a fresh catalog, in a temp folder)."""
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.is_file():
        lupdate = lupdate.with_suffix(".exe")
    target = tmp / f"{area}.ts"
    sources = [str(p.relative_to(ROOT)) for p in i18n.area_sources(area, ROOT)]
    done = subprocess.run([str(lupdate), "-silent", "-no-obsolete", *sources, "-ts",
                           str(target)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return frozenset(_messages(target))


@pytest.mark.parametrize(("area", "lang"), CASES, ids=CASE_IDS)
def test_catalog_holds_every_string_of_its_sources(area: str, lang: str,
                                                   tmp_path_factory: pytest.TempPathFactory
                                                   ) -> None:
    ts = CATALOGS / lang / f"{area}.ts"
    assert ts.is_file(), f"no catalog {ts.relative_to(ROOT)} (see I18N convention)"
    found = _source_strings(area, tmp_path_factory.getbasetemp())
    committed = set(_messages(ts))
    missing = sorted(found - committed)
    assert not missing, (f"{len(missing)} strings of area {area!r} are not in "
                         f"{ts.relative_to(ROOT)}; run lupdate and translate them: "
                         f"{missing[:10]}")
    stale = sorted(committed - found)
    assert not stale, f"{ts.relative_to(ROOT)} holds strings no source has: {stale[:10]}"


def entry_problems(source: str, translation: str, accelerators: bool = True) -> list[str]:
    """What is wrong with one translation: empty, or a placeholder, tag or accelerator lost.
    ``accelerators=False`` for texts that are never a menu or button label (the core's
    messages, where "Q&A" is just an ampersand)."""
    if not translation.strip():
        return ["empty"]
    problems = []
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(translation)):
        problems.append("placeholders differ")
    else:
        try:
            translation.format(**{p[1:-1]: "x" for p in _PLACEHOLDER.findall(source)})
        except (KeyError, IndexError, ValueError) as exc:
            problems.append(f"does not format ({exc})")
    if sorted(_TAG.findall(source)) != sorted(_TAG.findall(translation)):
        problems.append("HTML tags differ")
    if source.count("**") != translation.count("**"):
        problems.append("Markdown emphasis differs")
    if ("%n" in source) != ("%n" in translation):
        problems.append("%n lost")
    if accelerators and (bool(_ACCELERATOR.search(source))
                         != (len(_ACCELERATOR.findall(translation)) == 1)):
        problems.append("keyboard accelerator (&) lost or doubled")
    if source.startswith(" ") != translation.startswith(" "):
        problems.append("leading space differs")
    return problems


@pytest.mark.parametrize(("area", "lang"), CASES, ids=CASE_IDS)
def test_every_entry_is_translated_and_keeps_its_placeholders(area: str, lang: str) -> None:
    ts = CATALOGS / lang / f"{area}.ts"
    assert ts.is_file(), f"no catalog {ts.relative_to(ROOT)}"
    assert ET.parse(ts).getroot().get("language") == lang
    bad = []
    for (context, source), element in _messages(ts).items():
        kind = element.get("type")
        if kind in {"unfinished", "vanished", "obsolete"}:
            bad.append(f"{context}: {source!r}: {kind}")
            continue
        forms = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
        for form in forms:
            bad += [f"{context}: {source!r}: {p}"
                    for p in entry_problems(source, form, accelerators=area != "core")]
    assert not bad, f"{len(bad)} bad entries in {ts.relative_to(ROOT)}:\n" + "\n".join(bad[:20])


def test_entry_checks_catch_what_they_should() -> None:
    assert entry_problems("&File", "&Datei") == []
    assert entry_problems("&File", "ไฟล์ (&F)") == []
    assert entry_problems("&File", "Datei") == ["keyboard accelerator (&) lost or doubled"]
    assert entry_problems("Use {model}", "{model} verwenden") == []
    assert entry_problems("Use {model}", "{modell} verwenden") == ["placeholders differ"]
    assert entry_problems("<b>{m}</b> x", "<b>{m}</b> y") == []
    assert entry_problems("<b>{m}</b> x", "{m} y") == ["HTML tags differ"]
    assert entry_problems("x", " ") == ["empty"]
    assert entry_problems("{a} b", "{a} b {") != []


# Calls whose text a person reads: a literal (or f-string) passed straight to one of them has
# skipped tr(). A line marked "# no-tr" is exempt (names, versions: nothing to translate).
_VISIBLE_CALLS = {
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setSpecialValueText",
    "setSuffix", "setPrefix", "addTab", "addItem", "insertItem", "addRow", "addAction",
    "addMenu", "showMessage", "setStatusTip", "setLabelText", "setTitle", "setWhatsThis",
    "setTabText", "setHeaderLabels", "show_notice", "QLabel", "QPushButton", "QAction",
    "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QToolButton", "QCommandLinkButton",
}
_MESSAGE_BOXES = {"information", "warning", "critical", "question"}


def looks_like_prose(text: str) -> bool:
    """Words a person reads, not a command, address, identifier or example value."""
    raw = text.strip()
    if re.search(r"://|--|=", raw) or raw.startswith(("-", "{", "[")):
        return False
    words = re.sub(r"\{[^}]*\}", " ", re.sub(r"<[^>]+>", " ", raw)).strip()
    if not re.search(r"[^\W\d_]{2,}", words):
        return False  # markup, numbers and placeholders only
    return " " in words or words != words.lower()  # "wc", "uvx", "word_count" are not prose


def _literal_texts(node: ast.expr) -> list[str]:
    """The literal text(s) an argument is made of (placeholders for f-string parts)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(str(v.value) if isinstance(v, ast.Constant) else "{}"
                        for v in node.values)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_texts(node.left), _literal_texts(node.right)
        return ["".join(left + right)] if left or right else []
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    return []


def _text_arguments(name: str, args: list[ast.expr]) -> list[ast.expr]:
    """The arguments of a call that are shown as text (not item data, not a parent)."""
    if name in _MESSAGE_BOXES:
        return args[1:3]  # QMessageBox.question(parent, title, text)
    if name == "addItem":  # addItem(text, data) or addItem(icon, text, data)
        return args[:1] if _literal_texts(args[0]) or len(args) < 3 else args[1:2]
    if name == "insertItem":  # insertItem(index, text, data)
        return args[1:2]
    return args


def untranslated_literals(path: Path) -> list[str]:
    """``file:line: call: text`` for visible text that is not passed through tr()."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = (func.attr if isinstance(func, ast.Attribute)
                else func.id if isinstance(func, ast.Name) else "")
        if name not in _VISIBLE_CALLS and name not in _MESSAGE_BOXES:
            continue
        if "no-tr" in lines[node.lineno - 1]:
            continue
        found += [f"{path.name}:{node.lineno}: {name}: {ast.unparse(arg)[:70]}"
                  for arg in _text_arguments(name, node.args)
                  if any(looks_like_prose(text) for text in _literal_texts(arg))]
    return found


@pytest.mark.parametrize("area", list(AREAS))
def test_visible_strings_go_through_tr(area: str) -> None:
    found = [line for path in i18n.area_sources(area, ROOT) if path.is_file()
             for line in untranslated_literals(path)]
    assert not found, (f"{len(found)} visible strings of area {area!r} skip tr():\n"
                       + "\n".join(found[:20]))


def test_the_tr_check_finds_a_bare_string(tmp_path: Path) -> None:
    module = tmp_path / "example.py"
    module.write_text(
        'label = QLabel("Hello")\nbutton.setText(self.tr("Send"))\n'
        'title = QMessageBox.question(self, "Delete?", f"Delete {name}?")\n'
        'window.setWindowTitle("Hearth")  # no-tr\n'
        'box.addItem(self.tr("Quick look"), "quick")\nbox.addItem("Full detail", "full")\n'
        'edit.setPlaceholderText("uvx")\nurl.setPlaceholderText("http://127.0.0.1:8000/mcp")\n'
        'args.setPlaceholderText("mcp-server-time --local-timezone Europe/Paris")\n'
        'cite = QLabel(f"<b>[{n}]</b> {document}{where}")\n'
        'status.setText("Stop" if busy else "Send")\n', encoding="utf-8")
    assert untranslated_literals(module) == [
        "example.py:1: QLabel: 'Hello'",
        "example.py:3: question: 'Delete?'",
        "example.py:3: question: f'Delete {name}?'",
        "example.py:6: addItem: 'Full detail'",
        "example.py:11: setText: 'Stop' if busy else 'Send'",
    ]


# -- installing a language ----------------------------------------------------------------------


@pytest.fixture
def translated():  # type: ignore[no-untyped-def]
    """install_language(...) for the test; English again afterwards."""
    yield install_language
    remove_translators()


@pytest.fixture
def store(hearth_home: Path) -> ConversationStore:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


def _window(qtbot, store: ConversationStore, **settings: object):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    window = MainWindow(store, Settings(**settings), autoload=False)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def _menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in window.menuBar().actions()]


def test_window_starts_in_german(qtbot, store, translated) -> None:  # type: ignore[no-untyped-def]
    assert translated("de", []) == "de"
    assert i18n.active_language() == "de"
    window = _window(qtbot, store, language="de")
    assert _menu_titles(window) == ["&Datei", "&Modelle…", "&Einstellungen…", "&Werkzeuge",
                                    "&Hilfe"]
    assert window.send_button.text() == "Senden"
    assert window.model_status.text() == "Kein Modell geladen"
    # Qt's own catalog: standard buttons in German too.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


@pytest.mark.parametrize(("lang", "script"), [("th", (0x0E00, 0x0E7F)),
                                              ("hi", (0x0900, 0x097F))])
def test_window_starts_in_thai_and_hindi(qtbot, store, translated, lang: str,  # type: ignore[no-untyped-def]
                                         script: tuple[int, int]) -> None:
    assert translated(lang, []) == lang
    window = _window(qtbot, store)
    titles = _menu_titles(window)
    assert all(any(script[0] <= ord(ch) <= script[1] for ch in t) for t in titles), titles
    assert all("(&" in t for t in titles)  # accelerators kept, the Latin-letter way
    # Qt has no Hindi or Thai catalog of its own: the shell catalog names the standard buttons.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert any(script[0] <= ord(ch) <= script[1] for ch in cancel), cancel


def test_start_installs_the_language_from_settings_before_the_window(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from app.core.settings import save_settings
    from app.ui import main
    from app.ui.main_window import MainWindow

    save_settings(Settings(language="it"))
    seen: list[list[str]] = []

    def exec_once() -> int:  # what the person would see, then close as they would
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():  # not earlier tests
                seen.append(_menu_titles(widget))
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    try:
        assert main.run_app() == 0
    finally:
        remove_translators()
    assert seen == [["&File", "&Modelli…", "&Impostazioni…", "S&trumenti", "&Aiuto"]]


def test_system_language_is_followed_and_english_is_the_fallback(qtbot, store, translated  # type: ignore[no-untyped-def]
                                                                 ) -> None:
    assert translated("", ["ja-JP", "es-MX"]) == "es"
    assert _menu_titles(_window(qtbot, store))[0] == "&Archivo"
    assert translated("", ["ja-JP"]) == "en"
    assert _menu_titles(_window(qtbot, store))[0] == "&File"


def test_a_checkout_without_built_catalogs_builds_them(qtbot, store, translated, tmp_path,  # type: ignore[no-untyped-def]
                                                       hearth_home) -> None:
    folder = tmp_path / "i18n"
    (folder / "fr").mkdir(parents=True)
    for ts in (CATALOGS / "fr").glob("*.ts"):
        shutil.copy(ts, folder / "fr" / ts.name)  # the sources only, no .qm
    assert translated("fr", [], folder=folder) == "fr"
    built = list((hearth_home / "cache" / "i18n" / "fr").glob("shell-*.qm"))
    assert len(built) == 1
    assert _menu_titles(_window(qtbot, store))[0] == "&Fichier"


def test_the_setup_step_builds_every_catalog_once(tmp_path: Path) -> None:
    """What dev.py and installers/build.py run: ``python -m app.ui.i18n FOLDER``."""
    folder = tmp_path / "i18n"
    shutil.copytree(CATALOGS, folder, ignore=shutil.ignore_patterns("*.qm"))
    sources = sorted(folder.glob("*/*.ts"))
    assert len(sources) >= len(TRANSLATED)

    def build() -> str:
        done = subprocess.run([sys.executable, "-m", "app.ui.i18n", str(folder)], cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert f"{len(sources)} catalogs built" in build()
    for ts in sources:
        assert QTranslator().load(str(ts.with_suffix(".qm"))), ts
    assert "0 catalogs built" in build()  # up to date: nothing to do


def test_without_catalogs_or_lrelease_the_window_is_english_with_one_log_line(  # type: ignore[no-untyped-def]
        qtbot, store, translated, tmp_path, monkeypatch, caplog) -> None:
    folder = tmp_path / "i18n"
    (folder / "es").mkdir(parents=True)
    shutil.copy(CATALOGS / "es" / "shell.ts", folder / "es" / "shell.ts")
    monkeypatch.setattr(i18n, "lrelease", lambda: None)  # a bundle has no Qt tools
    with caplog.at_level(logging.WARNING, logger="app.ui.i18n"):
        translated("es", [], folder=folder)
    assert _menu_titles(_window(qtbot, store))[0] == "&File"
    assert any("shell.ts" in r.getMessage() for r in caplog.records)
    assert any("stays in English" in r.getMessage() for r in caplog.records)


def test_new_chats_ask_the_model_to_answer_in_the_interface_language(  # type: ignore[no-untyped-def]
        qtbot, store, translated) -> None:
    english = _window(qtbot, store, system_prompt="Be brief.")
    chat = store.get(english.new_conversation())
    assert chat is not None and chat.system_prompt == "Be brief."
    translated("pt", [])
    window = _window(qtbot, store, system_prompt="Be brief.")
    chat = store.get(window.new_conversation())
    assert chat is not None and chat.system_prompt is not None
    assert chat.system_prompt.startswith("The person you are talking with reads Portuguese")
    assert chat.system_prompt.endswith("\n\nBe brief.")


def test_settings_offers_the_languages_in_their_own_names(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from app.ui.settings_dialog import SettingsDialog

    window = _window(qtbot, store)
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    box = dialog.language
    names = [box.itemText(i) for i in range(box.count())]
    assert names == ["System default", *(lang.native for lang in LANGUAGES.values())]
    assert box.currentData() == ""
    box.setCurrentIndex(box.findData("th"))
    chosen = dialog.result_settings()
    assert chosen.language == "th"
    window.apply_settings(chosen)
    assert "next time Hearth starts" in window.statusBar().currentMessage()
    from app.core.settings import load_settings

    assert load_settings().language == "th"


# -- Hindi and Thai render ----------------------------------------------------------------------


@pytest.mark.parametrize(("system", "text"), [
    (QFontDatabase.WritingSystem.Devanagari, "नई चैट · मॉडल… · सेटिंग्स"),
    (QFontDatabase.WritingSystem.Thai, "แชทใหม่ · โมเดล… · การตั้งค่า"),
])
def test_hindi_and_thai_have_fonts_and_render_glyphs(qtbot, system, text: str) -> None:  # type: ignore[no-untyped-def]
    assert QFontDatabase.families(system), (
        f"no font for {system.name}: install fonts-noto-core (Debian/Ubuntu; dev.py does it "
        "as root) or the window shows boxes")
    label = QLabel(text)
    qtbot.addWidget(label)
    layout = QTextLayout(text, QFont(label.font()))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [(run.rawFont().familyName(), index) for run in layout.glyphRuns()
              for index in run.glyphIndexes()]
    assert glyphs
    notdef = [family for family, index in glyphs if index == 0]
    assert not notdef, f"{text!r} falls back to empty boxes in {set(notdef)}"
