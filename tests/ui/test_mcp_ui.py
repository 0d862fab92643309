"""Tools ▸ MCP servers and MCP calls in the window, driven with pytest-qt against the
SDK-written fixture server (a real process speaking MCP over stdio)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.core.settings import Settings
from app.core.store import ConversationStore
from app.core.tools.base import Tool, ToolCall
from app.core.tools.mcp import McpManager, McpServerConfig, load_mcp_config, save_server
from app.core.tools.session import ToolPrefs, save_tool_prefs
from app.ui.main_window import MainWindow
from app.ui.mcp_servers import McpImportDialog, McpServerEditDialog, McpServersDialog
from app.ui.tool_approval import ToolApprovalDialog
from tests.ui.test_tool_approval import _WindowEngine

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[McpManager]:
    manager = McpManager(tmp_path / "mcp.json", logs=tmp_path / "logs")
    yield manager
    manager.close()


def test_add_a_server_see_its_tools_and_log(qtbot: Any, manager: McpManager) -> None:
    dialog = McpServersDialog(manager)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.servers.count() == 0 and "No MCP servers yet" in dialog.target.text()

    def filled(server: Any, parent: Any) -> McpServerEditDialog:
        form = McpServerEditDialog(server, parent)
        form.name.setText("fx")
        form.command.setText(sys.executable)
        form.args.setText("-m tests.support.mcp_server")
        form.cwd.setText(str(ROOT))
        form.env.setPlainText("API_TOKEN=abc123")
        QTimer.singleShot(0, form._accept)  # the person presses OK
        return form

    dialog.edit_dialog = filled  # type: ignore[assignment]
    dialog.add_button.click()
    assert [s.name for s in load_mcp_config(manager.path)] == ["fx"]
    qtbot.waitUntil(lambda: "echo" in dialog.tool_names(), timeout=30_000)
    assert dialog.servers.item(0).text() == "fx — ready"
    labels = [dialog.tools.item(i).text() for i in range(dialog.tools.count())]
    assert "echo — read-only" in labels and "delete_everything — always asks" in labels
    assert "grow — asks" in labels
    qtbot.waitUntil(lambda: "fixture server up" in dialog.log.toPlainText(), timeout=5_000)
    assert "env:API_TOKEN look secret" in dialog.state.text()
    # the secret goes to the keychain; the restarted server still gets it
    import keyring

    from tests.support.keyring_backends import InMemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(InMemoryKeyring())
    try:
        assert dialog.keychain_button.isEnabled()
        dialog.keychain_button.click()
        assert "Moved to the system keychain: env:API_TOKEN" in dialog.notice.text()
        assert "abc123" not in manager.path.read_text()
        assert "look secret" not in dialog.state.text()
        dialog.start_button.click()  # restart with the entry as it is now
        qtbot.waitUntil(lambda: manager.existing("fx") is not None and manager.existing(
            "fx").config.env == {"API_TOKEN": "<keychain>"} and manager.existing(
            "fx").state.value == "ready", timeout=30_000)
        tools = {t.name: t for t in manager.tools_for(["fx"]).tools}
        from app.core.engine.base import CancelToken

        assert tools["env_value"].run({"name": "API_TOKEN"}, CancelToken()) == {
            "result": "abc123"}
    finally:
        keyring.set_keyring(previous)
    # off: the server stops and the list says so
    dialog.servers.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.servers.item(0).text() == "fx — off"
    assert not load_mcp_config(manager.path)[0].enabled
    assert manager.existing("fx") is None or manager.existing("fx").state.value != "ready"
    dialog.close()


def test_a_broken_form_says_why(qtbot: Any) -> None:
    form = McpServerEditDialog()
    qtbot.addWidget(form)
    form.name.setText("x")
    form._accept()
    assert "needs a \"command\"" in form.error.text() and form.result() == 0
    form.kind.setCurrentIndex(1)
    form.url.setText("http://127.0.0.1:9/mcp")
    form.headers.setPlainText("no equals sign")
    form._accept()
    assert "NAME=VALUE" in form.error.text()


def test_import_shows_what_it_found_and_takes_only_the_ticked(
        qtbot: Any, manager: McpManager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "user"
    claude = home / ".config/Claude/claude_desktop_config.json"
    claude.parent.mkdir(parents=True)
    claude.write_text(json.dumps({"mcpServers": {
        "time": {"command": "uvx", "args": ["mcp-server-time"]},
        "fetch": {"command": "uvx", "args": ["mcp-server-fetch"]}}}))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    save_server(McpServerConfig("time", command="other", enabled=False), manager.path)
    dialog = McpServersDialog(manager)
    qtbot.addWidget(dialog)
    seen: list[str] = []

    def ticking(found: Any, taken: Any, parent: Any) -> McpImportDialog:
        chooser = McpImportDialog(found, taken, parent)
        seen.extend(box.text() for box, _ in chooser.boxes)
        chooser.boxes[0][0].setChecked(True)  # only the first
        QTimer.singleShot(0, chooser.accept)
        return chooser

    dialog.import_dialog = ticking  # type: ignore[assignment]
    dialog.import_button.click()
    assert len(seen) == 2 and seen[0].startswith("claude-time — uvx mcp-server-time")
    assert [s.name for s in load_mcp_config(manager.path)] == ["time", "claude-time"]
    assert "Imported claude-time" in dialog.notice.text()


def test_window_asks_for_an_mcp_call_and_shows_the_server(
        qtbot: Any, manager: McpManager, hearth_home: Path, tiny_llama_gguf: Path) -> None:
    save_server(McpServerConfig("fx", command=sys.executable,
                                args=("-m", "tests.support.mcp_server"), cwd=str(ROOT)),
                manager.path)
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    engine = _WindowEngine(["[delete_everything(folder='old')]", "It is gone."])
    window = MainWindow(store, Settings(model=str(tiny_llama_gguf)),
                        engine_loader=lambda path, options, **kw: engine)
    qtbot.addWidget(window)
    window.tools.mcp_manager = manager
    window.show()
    qtbot.waitUntil(lambda: window.engine is not None, timeout=10_000)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert [a.text() for a in menu.actions()] == ["Tools for this &chat…", "&MCP servers…"]
    conv = window.new_conversation()
    save_tool_prefs(conv, ToolPrefs(enabled=["mcp:fx"], policy="all"))
    shown: list[str] = []

    def factory(call: ToolCall, tool: Tool, parent: Any) -> ToolApprovalDialog:
        dialog = ToolApprovalDialog(call, tool, parent)
        shown.append(dialog.findChildren(type(dialog.call_text))[0].toPlainText())
        shown.append(" ".join(label.text() for label in dialog.findChildren(
            __import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel)))
        QTimer.singleShot(30, dialog.once_button.click)
        return dialog

    window.tools.asker._factory = factory
    try:
        with qtbot.waitSignal(window.reply_finished, timeout=30_000):
            assert window.send("Delete the old folder")
        qtbot.waitUntil(lambda: not window.is_generating, timeout=5_000)
        # "all" runs everything without asking except what MCP calls destructive
        assert shown[0] == "delete_everything(folder='old')"
        assert "MCP server fx, tool delete_everything" in shown[1]
        assert "always asks" in shown[1]
        cards = [m.text() for m in window.chat_view.messages()]
        assert "`delete_everything(folder='old')` — ok" in cards[2]
        assert "MCP server fx, tool delete_everything" in cards[2]
        assert cards[3] == "It is gone."
        dialog = window.tools.open_mcp_servers()
        qtbot.waitUntil(lambda: "delete_everything" in dialog.tool_names(), timeout=5_000)
        assert dialog.servers.item(0).text() == "fx — ready"
        dialog.close()
    finally:
        QApplication.processEvents()
        window.close()
        store.close()


def test_a_chat_can_enable_an_mcp_server(qtbot: Any) -> None:
    from app.ui.tool_approval import ToolsDialog

    save_server(McpServerConfig("fx", command="x"))
    save_server(McpServerConfig("off", command="x", enabled=False))
    dialog = ToolsDialog(ToolPrefs(enabled=["mcp:fx"]))
    qtbot.addWidget(dialog)
    assert dialog.boxes["mcp:fx"].isChecked() and "mcp:off" not in dialog.boxes
    assert dialog.prefs().enabled == ["mcp:fx"]


def test_paste_an_mcp_servers_block(qtbot: Any, manager: McpManager) -> None:
    save_server(McpServerConfig("time", command="kept"), manager.path)
    dialog = McpServersDialog(manager)
    qtbot.addWidget(dialog)
    assert dialog.add_pasted("not json") == []
    assert "not JSON" in dialog.notice.text()
    pasted = json.dumps({"mcpServers": {
        "time": {"command": "uvx", "args": ["mcp-server-time"]},
        "docs": {"url": "http://127.0.0.1:8000/mcp", "disabled": True}}})
    assert dialog.add_pasted(pasted) == ["docs"]
    assert "Already here, left as they are: time" in dialog.notice.text()
    servers = {s.name: s for s in load_mcp_config(manager.path)}
    assert servers["time"].command == "kept" and servers["docs"].transport == "http"
    assert dialog.current_name() == "docs" and "Turned off" in dialog.state.text()
    # one entry copied out of a file, trailing comma and all
    assert dialog.add_pasted('"git": {"command": "uvx", "args": ["mcp-server-git"]},') == ["git"]


def test_a_server_that_cannot_start_keeps_the_question(
        qtbot: Any, manager: McpManager, hearth_home: Path, tiny_llama_gguf: Path) -> None:
    save_server(McpServerConfig("ghost", command="no-such-program-hearth"), manager.path)
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    engine = _WindowEngine(["No tools needed."])
    window = MainWindow(store, Settings(model=str(tiny_llama_gguf)),
                        engine_loader=lambda path, options, **kw: engine)
    qtbot.addWidget(window)
    window.tools.mcp_manager = manager
    window.show()
    qtbot.waitUntil(lambda: window.engine is not None, timeout=10_000)
    conv = window.new_conversation()
    save_tool_prefs(conv, ToolPrefs(enabled=["calculator", "mcp:ghost"], policy="read-only"))
    notices: list[str] = []
    window.notice_shown.connect(notices.append)
    try:
        with qtbot.waitSignal(window.reply_finished, timeout=30_000):
            assert window.send("Hello")
        qtbot.waitUntil(lambda: not window.is_generating, timeout=5_000)
        qtbot.waitUntil(lambda: any("ghost" in n for n in notices), timeout=5_000)
        assert any("could not be started" in n for n in notices)
        # the chat went on with the tools that did start
        assert [m.role for m in store.messages(conv)] == ["user", "assistant"]
        assert store.messages(conv)[1].content == "No tools needed."
    finally:
        window.close()
        store.close()
