"""The approval dialog, its thread bridge and the window's tool replies (pytest-qt)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.core.engine.base import CancelToken
from app.core.settings import Settings
from app.core.store import ConversationStore
from app.core.tools.approval import Decision
from app.core.tools.base import Tool, ToolCall, object_schema
from app.core.tools.session import ToolPrefs, load_tool_prefs, save_tool_prefs
from app.ui.main_window import MainWindow
from app.ui.tool_approval import (
    GuiAsker,
    ToolApprovalDialog,
    ToolsDialog,
    display_text,
    tool_card_markdown,
)
from tests.core.test_tools_loop import FakeEngine

DELETE = Tool("delete_note", "Delete a note", object_schema({"name": {"type": "string"},
                                                             "force": {"type": "boolean"}}),
              run=lambda a, c: "deleted", read_only=False)
OPEN = Tool("open_it", "Open a link", object_schema({}), run=lambda a, c: 0, read_only=False,
            always_ask=True)
CALL = ToolCall("delete_note", {"name": "shopping 'list'", "force": True})


def test_dialog_shows_the_exact_call_and_answers(qtbot: Any) -> None:
    dialog = ToolApprovalDialog(CALL, DELETE)
    qtbot.addWidget(dialog)
    assert dialog.call_text.toPlainText() == "delete_note(name=\"shopping 'list'\", force=True)"
    assert '"name": "shopping \'list\'"' in dialog.arguments_text.toPlainText()
    assert '"force": true' in dialog.arguments_text.toPlainText()
    assert dialog.deny_button.isDefault()
    assert dialog.decision is Decision.DENY
    dialog.always_button.click()
    assert dialog.decision is Decision.ALWAYS and dialog.result() == 1
    once = ToolApprovalDialog(CALL, DELETE)
    qtbot.addWidget(once)
    once.once_button.click()
    assert once.decision is Decision.ONCE


def test_escape_denies_and_always_is_not_offered_for_always_ask_tools(qtbot: Any) -> None:
    dialog = ToolApprovalDialog(ToolCall("open_it", {}), OPEN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.always_button.isVisible() and dialog.once_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.decision is Decision.DENY and not dialog.isVisible()


def test_asker_bridges_a_worker_thread_to_the_dialog(qtbot: Any) -> None:
    def factory(call: ToolCall, tool: Tool, parent: Any) -> ToolApprovalDialog:
        dialog = ToolApprovalDialog(call, tool, parent)
        QTimer.singleShot(50, dialog.once_button.click)  # the person clicks "Allow once"
        return dialog

    asker = GuiAsker(None, factory)
    answer: list[Decision] = []
    gui_thread = threading.current_thread()
    ran_on: list[threading.Thread] = []
    thread = threading.Thread(target=lambda: (ran_on.append(threading.current_thread()),
                                              answer.append(asker.ask(CALL, DELETE))))
    thread.start()
    qtbot.waitUntil(lambda: bool(answer), timeout=5000)
    thread.join(2)
    assert answer == [Decision.ONCE] and ran_on[0] is not gui_thread


def test_asker_gives_up_when_the_reply_is_stopped(qtbot: Any) -> None:
    shown: list[ToolApprovalDialog] = []

    def factory(call: ToolCall, tool: Tool, parent: Any) -> ToolApprovalDialog:
        dialog = ToolApprovalDialog(call, tool, parent)
        shown.append(dialog)
        QTimer.singleShot(3000, dialog.reject)  # nobody answers
        return dialog

    asker = GuiAsker(None, factory)
    asker.cancel = CancelToken()
    answer: list[tuple[Decision, float]] = []
    start = time.monotonic()
    thread = threading.Thread(target=lambda: answer.append(
        (asker.ask(CALL, DELETE), time.monotonic() - start)))
    thread.start()
    QTimer.singleShot(200, asker.cancel.cancel)
    qtbot.waitUntil(lambda: bool(answer), timeout=5000)
    assert answer[0][0] is Decision.DENY and answer[0][1] < 1.5
    assert time.monotonic() - start < 2.5  # the dialog was closed, not left to time out
    assert shown and not shown[0].isVisible()


def test_cards_and_stored_turns() -> None:
    record = {"name": "calculate", "arguments": {"expression": "6*7"}, "status": "ok",
              "result": {"result": 42}, "duration_ms": 1.2}
    card = tool_card_markdown(record)
    assert "`calculate(expression='6*7')`" in card and '"result": 42' in card
    denied = tool_card_markdown({**record, "status": "denied", "error": "No."})
    assert "denied" in denied and "No." in denied
    assert display_text("ipython", "{}", {"tool_call": record}) == card
    assert display_text("assistant", "<|python_tag|>[calculate(expression='6*7')]",
                        {"tool_calls": [{"name": "calculate",
                                         "arguments": {"expression": "6*7"}}]}) \
        == "Calling `calculate(expression='6*7')`"
    assert display_text("assistant", "Hello", None) == "Hello"


def test_tools_dialog_round_trip(qtbot: Any, tmp_path: Path) -> None:
    dialog = ToolsDialog(ToolPrefs(enabled=["calculator"], policy="all",
                                   folders=[str(tmp_path)]))
    qtbot.addWidget(dialog)
    assert dialog.boxes["calculator"].isChecked() and not dialog.boxes["files"].isChecked()
    dialog.boxes["time"].setChecked(True)
    prefs = dialog.prefs()
    assert prefs.enabled == ["calculator", "time"] and prefs.policy == "all"
    assert prefs.folders == [str(tmp_path)]


# -- the window ---------------------------------------------------------------------------------


class _WindowEngine(FakeEngine):
    info = SimpleNamespace(name="Fake", n_ctx=2048, n_threads=1, n_gpu_layers=0, offload="",
                           notice="", chat_format="llama3")

    def close(self) -> None:
        pass


@pytest.fixture
def store(hearth_home: Path) -> Any:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


def test_window_asks_runs_and_shows_cards(qtbot: Any, store: ConversationStore,
                                          tiny_llama_gguf: Path) -> None:
    engine = _WindowEngine(["[delete_note(name='old')]", "I deleted it."])
    window = MainWindow(store, Settings(model=str(tiny_llama_gguf)),
                        engine_loader=lambda path, options, **kw: engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.engine is not None, timeout=10_000)
    conv = window.new_conversation()
    save_tool_prefs(conv, ToolPrefs(enabled=["calculator"], policy="ask"))
    # a user tool would come from tools.json; here the registry gets DELETE directly
    import app.ui.tool_approval as ui

    original = ui.select_tools
    ui.select_tools = lambda names, env: __import__(  # type: ignore[assignment]
        "app.core.tools.base", fromlist=["ToolRegistry"]).ToolRegistry([DELETE])
    asked: list[str] = []

    def factory(call: ToolCall, tool: Tool, parent: Any) -> ToolApprovalDialog:
        asked.append(call.display())
        dialog = ToolApprovalDialog(call, tool, parent)
        QTimer.singleShot(30, dialog.always_button.click)
        return dialog

    window.tools.asker._factory = factory
    try:
        with qtbot.waitSignal(window.reply_finished, timeout=10_000):
            assert window.send("Delete my old note")
        qtbot.waitUntil(lambda: not window.is_generating, timeout=5_000)
    finally:
        ui.select_tools = original
    assert asked == ["delete_note(name='old')"]
    shown = window.chat_view.messages()
    assert [m.role for m in shown] == ["user", "assistant", "ipython", "assistant"]
    assert shown[1].text() == "Calling `delete_note(name='old')`"
    assert "`delete_note(name='old')` — ok" in shown[2].text()
    assert shown[3].text() == "I deleted it."
    stored = store.messages(conv)
    assert [m.role for m in stored] == ["user", "assistant", "ipython", "assistant"]
    assert stored[2].stats["tool_call"]["approval"] == "always"  # type: ignore[index]
    assert load_tool_prefs(conv).always == ["delete_note"]  # remembered for this chat
    window.open_conversation(conv)  # reopened: the same cards
    assert [m.text() for m in window.chat_view.messages()] == [m.text() for m in shown]
    QApplication.processEvents()
