"""The "models" area's translations: the model manager, documents and tool approval.

The catalogs ``resources/i18n/<lang>/models.ts`` must hold every string Qt's own extractor
finds in the area's modules, each finished, non-empty and with the same ``{placeholders}``,
``%n``, ``&`` accelerator and HTML tags as its source; and the compiled catalogs, loaded into
a real QTranslator, must turn the real windows German and Thai.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.core.settings import Settings
from app.core.tools.base import Tool, ToolCall, object_schema
from app.ui.model_manager import ModelManager
from app.ui.summarize import SummarizeDialog
from app.ui.tool_approval import ToolApprovalDialog, tool_card_markdown

ROOT = Path(__file__).resolve().parents[2]
AREA = "models"
MODULES = ["app/ui/model_manager.py", "app/ui/summarize.py", "app/ui/tool_approval.py"]
LANGUAGES = ["de", "es", "fr", "it", "pt", "hi", "th"]

Key = tuple[str, str, str]  # context, source, disambiguation comment


def qt_tool(name: str) -> str:
    """PySide6's ``pyside6-lupdate``/``pyside6-lrelease`` next to this interpreter."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing; it comes with PySide6 (pip install PySide6).")
    return found


def read_ts(path: Path) -> dict[Key, ET.Element]:
    """Each message of a .ts file by (context, source, comment)."""
    messages: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What lupdate finds in the area's modules today."""
    target = tmp_path_factory.mktemp("lupdate") / f"{AREA}.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    *MODULES, "-ts", str(target)], cwd=ROOT, check=True, capture_output=True)
    found = read_ts(target)
    assert len(found) > 100, "lupdate found too few strings; are the modules marked?"
    return found


def markers(text: str) -> Counter[str]:
    """What a translation must keep: placeholders, %n, HTML tags and an accelerator."""
    found: Counter[str] = Counter(re.findall(r"\{\w+\}|%n|</?\w+>", text))
    if re.search(r"&[^&\s]", text.replace("&&", "")):
        found["&accelerator"] += 1
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_is_complete_and_keeps_placeholders(lang: str,
                                                    sources: dict[Key, ET.Element]) -> None:
    catalog = read_ts(ROOT / "resources" / "i18n" / lang / f"{AREA}.ts")
    missing = [key[:2] for key in sources if key not in catalog]
    assert not missing, f"not in the {lang} catalog (run lupdate, then translate): {missing}"
    stale = [key[:2] for key in catalog if key not in sources]
    assert not stale, f"the {lang} catalog has strings the code no longer has: {stale}"
    problems = []
    for (context, source, _comment), message in catalog.items():
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") or not text.strip():
            problems.append(f"{context}: {source!r} is unfinished or empty")
        elif markers(text) != markers(source):
            problems.append(f"{context}: {source!r} -> {text!r} changes "
                            f"{dict(markers(source))} to {dict(markers(text))}")
        else:
            names = {name: "x" for name in re.findall(r"\{(\w+)\}", source)}
            try:
                text.format(**names)
            except (KeyError, IndexError, ValueError) as exc:
                problems.append(f"{context}: {text!r} cannot be filled in ({exc})")
    assert not problems, "\n".join(problems)


# -- the compiled catalogs in the real windows ---------------------------------------------


@pytest.fixture
def translate(tmp_path: Path) -> Iterator[Any]:
    """``translate(lang)`` compiles that catalog with lrelease and installs it."""
    app = QCoreApplication.instance()
    assert app is not None
    installed: list[QTranslator] = []

    def install(lang: str) -> QTranslator:
        qm = tmp_path / f"{AREA}_{lang}.qm"
        subprocess.run([qt_tool("pyside6-lrelease"),
                        str(ROOT / "resources" / "i18n" / lang / f"{AREA}.ts"), "-qm", str(qm)],
                       check=True, capture_output=True)
        translator = QTranslator()
        assert translator.load(str(qm)), f"Qt cannot read {qm}"
        assert app.installTranslator(translator)
        installed.append(translator)
        return translator

    yield install
    for translator in installed:
        app.removeTranslator(translator)


def manager(qtbot: Any) -> ModelManager:
    window = ModelManager(Settings(n_ctx=4096))  # the catalog Hearth ships
    qtbot.addWidget(window)
    window.show()
    return window


def download_buttons(window: ModelManager) -> list[str]:
    table = window.catalog_table
    return [table.cellWidget(row, 5).text() for row in range(table.rowCount())]


def test_model_manager_in_german(qtbot: Any, translate: Any) -> None:
    translate("de")
    window = manager(qtbot)
    assert window.windowTitle() == "Modelle"
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Katalog", "Downloads", "Auf diesem Computer"]
    headers = [window.catalog_table.horizontalHeaderItem(i).text() for i in range(5)]
    assert headers == ["Modell", "Quantisierung", "Größe", "Eignung", "Lizenz"]
    assert download_buttons(window) and set(download_buttons(window)) == {"Herunterladen"}
    machine = window.machine_label.text()
    assert machine.startswith("Dieser Computer:") and "{" not in machine
    assert "4,096 Token" in machine
    assert window.import_button.text() == "Eine GGUF-Datei importieren…"


def test_model_manager_and_dialogs_in_thai(qtbot: Any, translate: Any) -> None:
    translate("th")
    window = manager(qtbot)
    assert window.windowTitle() == "โมเดล"
    assert set(download_buttons(window)) == {"ดาวน์โหลด"}
    assert window.tabs.tabText(2) == "ในคอมพิวเตอร์เครื่องนี้"

    dialog = SummarizeDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "สรุปเอกสาร"
    assert [dialog.style_box.itemText(i) for i in range(dialog.style_box.count())] == [
        "สรุปแบบสั้น", "หัวข้อย่อย", "สรุปแบบละเอียด"]

    tool = Tool("delete_note", "Delete a note", object_schema({}), run=lambda a, c: None,
                read_only=False)
    approval = ToolApprovalDialog(ToolCall("delete_note", {}), tool)
    qtbot.addWidget(approval)
    assert approval.windowTitle() == "อนุญาตการเรียกใช้เครื่องมือนี้หรือไม่"
    assert approval.always_button.text() == "อนุญาต delete_note เสมอ"
    card = tool_card_markdown({"name": "delete_note", "arguments": {}, "status": "denied"})
    assert card.startswith("**เครื่องมือ** `delete_note()` — ถูกปฏิเสธ")


def test_without_a_translator_the_window_stays_english(qtbot: Any) -> None:
    window = manager(qtbot)
    assert window.windowTitle() == "Models"
    assert set(download_buttons(window)) == {"Download"}
    assert window.machine_label.text().startswith("This computer:")
