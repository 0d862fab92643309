"""Settings ▸ My tools: tools.json edited through a form, checked before it is written, and the
saved tool really runs."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.core.engine.base import CancelToken
from app.core.settings import Settings
from app.core.tools.catalog import ToolEnvironment, select_tools
from app.core.tools.user_tools import load_user_tools, user_tools_path
from app.ui.settings_dialog import SettingsDialog
from app.ui.user_tools_page import UserToolsPage

PRINT_ARGS = "import json, sys; print(json.dumps(sys.argv[1:]))"


def _fill(page: UserToolsPage, name: str) -> None:
    page.new_tool()
    page.name.setText(name)
    page.description.setText("Print the text it is given")
    page.program.setText(sys.executable)
    page.args.setText(f"-c '{PRINT_ARGS}' -- {{text}}")
    page.add_param("text", "string", "what to print", True)
    page.timeout.setValue(10)
    page.read_only.setChecked(True)
    page.enabled.setChecked(True)


def test_add_a_tool_without_writing_json_and_run_it(qtbot: Any) -> None:
    page = UserToolsPage()
    qtbot.addWidget(page)
    assert page.names() == []
    _fill(page, "say_it")
    assert page.save_current()
    assert page.names() == ["say_it"] and page.list.item(0).checkState() == Qt.CheckState.Checked
    spec = load_user_tools()[0]
    assert spec.name == "say_it" and spec.read_only and spec.enabled
    assert spec.parameters["required"] == ["text"]
    tool = select_tools("say_it", ToolEnvironment(user_tools_file=user_tools_path()))["say_it"]
    result = tool.run({"text": "hello; rm -rf /"}, CancelToken())
    assert json.loads(result["output"]) == ["--", "hello; rm -rf /"]  # one argv item, no shell


def test_mistakes_are_one_sentence_and_nothing_is_written(qtbot: Any) -> None:
    page = UserToolsPage()
    qtbot.addWidget(page)
    _fill(page, "bad name")
    assert not page.save_current()
    assert "cannot be a tool name" in page.error.text()
    assert not user_tools_path().exists()
    _fill(page, "uses_unknown")
    page.args.setText("{missing}")
    assert not page.save_current() and "not one of its parameters" in page.error.text()


def test_edit_toggle_and_remove_keep_other_keys(qtbot: Any) -> None:
    user_tools_path().write_text(json.dumps({"tools": [{
        "name": "count_words", "description": "Count words",
        "parameters": {"type": "object", "required": ["path"],
                       "properties": {"path": {"type": "string"}}},
        "action": {"program": "wc", "args": ["-w", "--", "{path}"], "env": {"LC_ALL": "C"}},
        "max_output_chars": 500, "enabled": False}], "note": "mine"}))
    page = UserToolsPage()
    qtbot.addWidget(page)
    assert page.names() == ["count_words"] and page.args.text() == "-w -- {path}"
    assert page.params.item(0, 0).text() == "path"
    page.list.item(0).setCheckState(Qt.CheckState.Checked)  # on, written at once
    assert load_user_tools()[0].enabled
    page.description.setText("Count the words in a file")
    assert page.save_current()
    raw = json.loads(user_tools_path().read_text())
    entry = raw["tools"][0]
    assert raw["note"] == "mine" and entry["max_output_chars"] == 500
    assert entry["action"]["env"] == {"LC_ALL": "C"}
    assert entry["description"] == "Count the words in a file" and entry["enabled"] is True
    page.remove_tool()
    assert json.loads(user_tools_path().read_text())["tools"] == [] and page.names() == []


def test_the_settings_dialog_has_the_page(qtbot: Any) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert isinstance(dialog.user_tools, UserToolsPage)


def test_a_broken_file_is_reported_not_overwritten(qtbot: Any, hearth_home: Path) -> None:
    user_tools_path().write_text("{not json")
    page = UserToolsPage()
    qtbot.addWidget(page)
    assert "cannot be read" in page.error.text() and not page.save_button.isEnabled()
    assert user_tools_path().read_text() == "{not json"
