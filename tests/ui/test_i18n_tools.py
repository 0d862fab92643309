"""The "tools" area's translations (resources/i18n/<lang>/tools.ts): complete, finished, with
every placeholder kept, and shown by the real widgets once Qt's translator is installed.

The catalogs are checked against what Qt's own lupdate finds in the modules today, so a new
string that is not translated fails here; the compiled catalogs (built with lrelease, as the
set-up does) are loaded into a QTranslator and the real widgets are shown translated: the Safety
page in French and Hindi, the local server panel in Hindi, the chat and its picture progress in
French, My tools in German and the MCP servers dialog in Thai with a real MCP server started.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "es", "fr", "it", "pt", "hi", "th")
MODULES = ("mcp_servers", "user_tools_page", "servers_page", "server_panel", "safety_page",
           "image_attach", "chat_view")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(r"</?[A-Za-z][^>]*>")


@dataclass(frozen=True)
class Entry:
    """One message of a catalog: its key and its translation (several forms for ``%n``)."""

    context: str
    source: str
    comment: str | None
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str | None]:
        return self.context, self.source, self.comment


def _tool(name: str) -> str:
    """A Qt tool that PySide6 installs next to the interpreter (as the set-up uses it)."""
    path = Path(sys.executable).parent / name
    found = str(path) if path.exists() else shutil.which(name)
    assert found, f"{name} is missing: it comes with PySide6"
    return found


def _read(ts: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in translation.findall("numerusform")) if numerus \
                else (translation.text or "",)
            entries.append(Entry(name, message.findtext("source") or "",
                                 message.findtext("comment"), numerus,
                                 translation.get("type") in ("unfinished", "obsolete",
                                                             "vanished"),
                                 forms))
    return entries


def _lupdate(ts: Path, language: str, cwd: Path) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative",
                    *(str(ROOT / "app" / "ui" / f"{m}.py") for m in MODULES),
                    "-target-language", language, "-ts", str(ts)],
                   cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple, Entry]:
    """What lupdate finds in the area's modules now."""
    folder = tmp_path_factory.mktemp("lupdate")
    ts = folder / "tools.ts"
    _lupdate(ts, "de", folder)
    found = {e.key: e for e in _read(ts)}
    assert len(found) > 150  # the modules' strings really go through tr()
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_every_string_finished(language: str,
                                           sources: dict[tuple, Entry]) -> None:
    catalog = {e.key: e for e in _read(ROOT / "resources" / "i18n" / language / "tools.ts")}
    missing = [k for k in sources if k not in catalog]
    assert not missing, f"{language}: not in tools.ts (re-run lupdate and translate): {missing}"
    stale = [k for k in catalog if k not in sources]
    assert not stale, f"{language}: in tools.ts but no longer in the sources: {stale}"
    problems = []
    for entry in catalog.values():
        if entry.unfinished:
            problems.append(f"unfinished: {entry.source!r}")
        for form in entry.forms:
            if not form.strip():
                problems.append(f"empty: {entry.source!r}")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(entry.source)):
                problems.append(f"placeholders differ: {entry.source!r} -> {form!r}")
            elif sorted(TAG.findall(form)) != sorted(TAG.findall(entry.source)):
                problems.append(f"HTML tags differ: {entry.source!r} -> {form!r}")
            elif entry.numerus and "%n" not in form:
                problems.append(f"%n lost: {entry.source!r} -> {form!r}")
            elif entry.source.count("&") != form.count("&"):
                problems.append(f"accelerator lost: {entry.source!r} -> {form!r}")
    assert not problems, f"{language}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", ("hi", "th"))
def test_hindi_and_thai_are_in_their_scripts(language: str) -> None:
    script = {"hi": re.compile("[\u0900-\u097f]"), "th": re.compile("[\u0e00-\u0e7f]")}[language]
    entries = _read(ROOT / "resources" / "i18n" / language / "tools.ts")
    # Every entry with words of its own (not just a name, a URL or a unit) is in the script.
    worded = [e for e in entries
              if re.sub(r"\{\w+\}|<[^>]+>|[\W\d_]|\b(URL|MCP|http|https|OK)\b", "",
                        e.source).strip()
              and e.source not in ("<b>{name}</b> — URL: {target}",)]
    latin_only = [e.source for e in worded if not any(script.search(f) for f in e.forms)]
    assert not latin_only, f"{language}: not translated into its script: {latin_only}"


def test_lupdate_keeps_the_catalogs_as_they_are(tmp_path: Path) -> None:
    """The committed catalogs are lupdate's own format: updating them changes nothing but
    line numbers."""
    for language in LANGUAGES:
        committed = ROOT / "resources" / "i18n" / language / "tools.ts"
        folder = tmp_path / language
        folder.mkdir()
        copy = folder / "tools.ts"
        shutil.copy(committed, copy)
        _lupdate(copy, language, ROOT / "resources" / "i18n" / language)
        strip = re.compile(r"^\s*<location [^>]*/>\n", re.MULTILINE)
        assert strip.sub("", copy.read_text("utf-8")) == \
            strip.sub("", committed.read_text("utf-8")), language


def test_safety_categories_listed_for_translation_match_the_core() -> None:
    """The Safety page translates the core's category names through a list of its own; a
    renamed category in the core must be renamed there too."""
    from app.core.safety.prompt import CATEGORIES, PLAIN_WORDS
    from app.ui import safety_page

    listed = set(safety_page._CATEGORY_WORDS)
    assert set(CATEGORIES.values()) | set(PLAIN_WORDS.values()) == listed


def test_picture_progress_words_match_the_core_in_english() -> None:
    """Without a translator the chat shows exactly what the CLI prints."""
    from app.core.engine.base import ProgressEvent, describe_progress
    from app.ui.chat_view import progress_words

    for fraction in (0.0, 0.004, 0.35, 0.999, 1.0):
        for eta in (None, 0.2, 1.0, 42.4, 59.6, 61.0, 150.0, 3599.0, 3600.0, 9000.0):
            event = ProgressEvent("image", fraction, eta)
            assert progress_words(event) == describe_progress(event), (fraction, eta)


@pytest.fixture
def translated(qapp, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """Install a language's compiled tools catalog (lrelease into tmp_path); English after."""
    installed: list[QTranslator] = []

    def install(language: str) -> dict[tuple[str, str], Entry]:
        qm = tmp_path / f"tools_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"),
                        str(ROOT / "resources" / "i18n" / language / "tools.ts"),
                        "-qm", str(qm)], check=True, capture_output=True)
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        assert QCoreApplication.installTranslator(translator)
        installed.append(translator)
        entries = _read(ROOT / "resources" / "i18n" / language / "tools.ts")
        return {(e.context, e.source): e for e in entries}

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_safety_page_in_french(qtbot, translated) -> None:  # type: ignore[no-untyped-def]
    from app.core.safety.policy import GuardPolicy
    from app.ui.safety_page import SafetyPage

    catalog = translated("fr")
    page = SafetyPage(GuardPolicy())
    qtbot.addWidget(page)
    page.show()

    def fr(source: str) -> str:
        return catalog[("SafetyPage", source)].forms[0]

    assert page.enabled.text() == fr("Check the chat with Llama Guard 3") \
        == "Vérifier la conversation avec Llama Guard 3"
    assert page.lock_button.text() == fr("Lock")
    assert page.what.itemText(page.what.findData("messages")) == fr("My messages only")
    assert page.categories["S7"].text() == f"S7 {fr('Privacy')}"
    assert page.categories["S2"].toolTip() == \
        fr("non-violent crimes (such as fraud, theft, hacking or drugs)")
    assert page.model.placeholderText().startswith("Llama Guard 3 1B (téléchargez")
    # Locking it: the words that replace the status are French too; data stays the same.
    page.password.setText("s3cret")
    page.lock_button.click()
    assert page.locked and page.lock_button.text() == fr("Unlock")
    assert page.lock_status.text() == fr("Locked: enter the password to change these settings.")
    assert page.policy().action == "block"


def test_safety_page_and_server_panel_in_hindi(qtbot, translated) -> None:  # type: ignore[no-untyped-def]
    from app.core.safety.policy import GuardPolicy
    from app.ui.safety_page import SafetyPage
    from app.ui.server_panel import ServerController, ServerPanel

    catalog = translated("hi")
    devanagari = re.compile("[\u0900-\u097f]")
    page = SafetyPage(GuardPolicy())
    qtbot.addWidget(page)
    page.show()
    assert page.lock_status.text() == catalog[("SafetyPage", "Anyone using this computer can "
                                               "change these settings. Lock them with a password "
                                               "(only a salted hash of it is kept).")].forms[0]
    assert all(devanagari.search(box.text()) for box in page.categories.values())
    assert devanagari.search(page.action.currentText())

    panel = ServerPanel(ServerController())
    qtbot.addWidget(panel)
    assert panel.state_label.text() == catalog[("ServerPanel", "Stopped")].forms[0]
    panel._show_requests(3)
    assert panel.requests_label.text() == "3 का उत्तर दिया जा रहा है"
    panel.controller._set_state("error", "Port 8000 is taken.")
    assert panel.state_label.text() == "शुरू नहीं हुआ: Port 8000 is taken."


def test_chat_progress_and_titles_in_french(qtbot, translated) -> None:  # type: ignore[no-untyped-def]
    from app.core.engine.base import ProgressEvent
    from app.ui.chat_view import ChatView

    translated("fr")
    view = ChatView()
    qtbot.addWidget(view)
    view.show()
    view.add_message("user", "Que montre cette image ?")
    answer = view.begin_stream()
    assert view.messages()[0].title.text() == "Vous"
    assert answer.title.text() == "Hearth"
    assert answer.status.text() == "Réflexion…"
    assert answer.copy_button.text() == "Copier"
    view.show_picture_progress(ProgressEvent("image", 0.35, 150.0))
    assert view.progress.label.text() == \
        "Lecture de l’image… 35 % · environ 2 min restantes"
    assert answer.status.text() == ""  # the progress line replaces "Thinking…"
    assert view.progress.cancel_button.text() == "Annuler"
    view.append_stream("Un chat.")
    view.end_stream()
    assert answer.text() == "Un chat."  # the model's words are never translated


def test_my_tools_in_german_store_json_schema_types(qtbot, translated, hearth_home: Path  # type: ignore[no-untyped-def]
                                                    ) -> None:
    """The argument table shows the types in German; tools.json keeps JSON Schema's names."""
    import json

    from app.ui.user_tools_page import UserToolsPage

    translated("de")
    path = hearth_home / "tools.json"
    page = UserToolsPage(path)
    qtbot.addWidget(page)
    assert page.new_button.text() == "Neues Werkzeug"
    assert page.params.horizontalHeaderItem(3).text() == "Erforderlich"
    page.new_tool()
    page.name.setText("count_words")
    page.description.setText("Count the words in a file")
    page.program.setText("wc")
    page.args.setText("-w -- {path}")
    page.add_param("path", "string", "The file", True)
    page.add_param("limit", "integer", "At most this many", False)
    assert page.params.cellWidget(1, 1).currentText() == "Ganzzahl"
    assert page.save_current(), page.error.text()
    entry = json.loads(path.read_text("utf-8"))["tools"][0]
    assert entry["parameters"]["properties"] == {
        "path": {"type": "string", "description": "The file"},
        "limit": {"type": "integer", "description": "At most this many"}}
    assert entry["parameters"]["required"] == ["path"]
    page.args.setText("'unclosed")
    assert not page.save_current()
    assert page.error.text().startswith("Die Argumente lassen sich nicht lesen: ")


def test_mcp_servers_in_thai_with_a_real_server(qtbot, translated, tmp_path: Path  # type: ignore[no-untyped-def]
                                                ) -> None:
    """A pasted server, started for real: its state and its tools' approval words in Thai."""
    import json

    from app.core.tools.mcp.manager import McpManager
    from app.ui.mcp_servers import McpServersDialog

    translated("th")
    manager = McpManager(tmp_path / "mcp.json", logs=tmp_path / "logs")
    dialog = McpServersDialog(manager)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        assert dialog.target.text().startswith("ยังไม่มีเซิร์ฟเวอร์ MCP")
        pasted = {"mcpServers": {"fx": {"command": sys.executable,
                                        "args": ["-m", "tests.support.mcp_server"],
                                        "cwd": str(ROOT), "env": {"API_TOKEN": "abc123"}}}}
        assert dialog.add_pasted(json.dumps(pasted)) == ["fx"]
        assert dialog.notice.text() == "เพิ่มแล้ว: fx"
        assert dialog.servers.item(0).text() == "fx — หยุดแล้ว"
        assert dialog.state.text() == ("สถานะ: หยุดแล้ว env:API_TOKEN "
                                       "ดูเหมือนเป็นข้อมูลลับและยังอยู่ใน mcp.json")
        dialog.start_current()
        qtbot.waitUntil(lambda: "echo" in dialog.tool_names(), timeout=30_000)
        assert dialog.servers.item(0).text() == "fx — พร้อม"
        assert dialog.start_button.text() == "เริ่มใหม่"
        labels = [dialog.tools.item(i).text() for i in range(dialog.tools.count())]
        assert "echo — อ่านอย่างเดียว" in labels
        assert "delete_everything — ถามทุกครั้ง" in labels and "grow — ถามก่อน" in labels
    finally:
        dialog.done(0)
        manager.close()
