"""The window with models on a server: Settings ▸ Servers, the picker, the badge, Stop, failures.

Real widgets (pytest-qt), real HTTP servers on 127.0.0.1: the misbehaving test server for Stop
and a stream that drops, and llama-cpp-python's own OpenAI server with SmolLM2 for a real
answer. The API key goes through keyring's real API into an in-memory backend.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.settings import Settings, settings_path
from app.core.store import ConversationStore
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.support.remote_servers import FaultServer, LlamaCppServer

TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def faults() -> Iterator[FaultServer]:
    server = FaultServer(api_key="sk-lab-key")
    yield server
    server.close()


@pytest.fixture
def store(hearth_home: Path) -> Iterator[ConversationStore]:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


def window_with_server(qtbot, store, url: str, name: str, key: str | None) -> MainWindow:  # type: ignore[no-untyped-def]
    """Add the server the way a person does: Settings ▸ Servers, Add (which tests it), OK."""
    window = MainWindow(store, Settings(temperature=0.0, max_tokens=16), autoload=False)
    qtbot.addWidget(window)
    window.show()
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    page = dialog.servers_page
    dialog.tabs.setCurrentWidget(page)
    page.url.setText(url)
    page.name.setText(name)
    if key:
        page.key.setText(key)
    with qtbot.waitSignal(page.tested, timeout=TIMEOUT_MS) as tested:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert not isinstance(tested.args[1], str), tested.args[1]
    assert page.models.count() >= 1
    with qtbot.waitSignal(window.remote_models_listed, timeout=TIMEOUT_MS):
        window.apply_settings(dialog.result_settings())
    return window


def pick(qtbot, window: MainWindow, data: str) -> None:  # type: ignore[no-untyped-def]
    index = window.model_picker.findData(data)
    assert index >= 0, [window.model_picker.itemText(i)
                        for i in range(window.model_picker.count())]
    assert "(remote)" in window.model_picker.itemText(index)
    with qtbot.waitSignal(window.model_loaded, timeout=TIMEOUT_MS):
        window.model_picker.setCurrentIndex(index)
        window.model_picker.activated.emit(index)


def test_add_a_server_pick_its_model_and_see_the_badge(qtbot, store, faults,  # type: ignore[no-untyped-def]
                                                       memory_keyring) -> None:
    window = window_with_server(qtbot, store, faults.url, "lab", "sk-lab-key")
    # The key is in the keychain, never in the settings file.
    assert memory_keyring.store[("hearth", "server:lab")] == "sk-lab-key"
    saved = settings_path().read_text(encoding="utf-8")
    assert "sk-lab-key" not in saved
    assert json.loads(saved)["servers"] == [{"name": "lab", "url": faults.url}]
    assert not window.remote_badge.isVisible()

    pick(qtbot, window, "remote:lab/ok")
    assert window.remote_badge.isVisible()
    assert f"127.0.0.1:{faults.port}" in window.remote_badge.text()
    assert "another computer" in window.remote_badge.toolTip()
    assert "on 127.0.0.1" in window.model_status.text()
    with qtbot.waitSignal(window.reply_finished, timeout=TIMEOUT_MS) as done:
        assert window.send("Hi")
    assert done.args[0].completion_tokens == 5
    qtbot.waitUntil(lambda: not window.is_generating)
    assert window.chat_view.messages()[-1].text() == "hello world from the server"
    assert window.settings.model == "remote:lab/ok"


def test_stop_closes_the_servers_stream(qtbot, store, faults, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    window = window_with_server(qtbot, store, faults.url, "lab", "sk-lab-key")
    pick(qtbot, window, "remote:lab/endless")
    faults.disconnected.clear()
    with qtbot.waitSignal(window.reply_finished, timeout=TIMEOUT_MS) as done:
        assert window.send("Go on forever")
        qtbot.waitUntil(lambda: "more more" in window.chat_view.messages()[-1].text(),
                        timeout=TIMEOUT_MS)
        assert window.send_button.text() == "Stop"
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert done.args[0].stop_reason == "cancelled"
    assert faults.disconnected.wait(5)
    qtbot.waitUntil(lambda: not window.is_generating)
    stored = store.messages(window.conversation_id)
    assert stored[-1].status == "cancelled" and stored[-1].content.startswith(" more")


def test_a_dropped_stream_keeps_the_partial_answer(qtbot, store, faults,  # type: ignore[no-untyped-def]
                                                   memory_keyring) -> None:
    window = window_with_server(qtbot, store, faults.url, "lab", "sk-lab-key")
    pick(qtbot, window, "remote:lab/drop")
    with qtbot.waitSignal(window.reply_finished, timeout=TIMEOUT_MS) as done:
        assert window.send("What is the answer?")
    assert done.args[0] is None
    qtbot.waitUntil(lambda: not window.is_generating)
    assert window.notice.isVisible()
    assert "closed the connection before the answer was complete" in window.notice.text()
    stored = store.messages(window.conversation_id)
    assert stored[-1].content == "The answer is forty" and stored[-1].status == "cancelled"
    shown = window.chat_view.messages()[-1]
    assert shown.text() == "The answer is forty"
    assert shown.status.text() == "cut off: the answer did not arrive in full"
    assert stored[-1].stats["stop_reason"] == "interrupted"


def test_a_picture_goes_to_the_server_as_a_data_url(qtbot, store, faults, tmp_path,  # type: ignore[no-untyped-def]
                                                    memory_keyring) -> None:
    import base64

    from PIL import Image

    window = window_with_server(qtbot, store, faults.url, "lab", "sk-lab-key")
    pick(qtbot, window, "remote:lab/ok")
    picture = tmp_path / "cat.png"
    Image.new("RGB", (40, 30), (10, 200, 30)).save(picture)
    assert window.image_bar.attach(picture)
    with qtbot.waitSignal(window.reply_finished, timeout=TIMEOUT_MS) as done:
        assert window.send("What is in this picture?")
    assert done.args[0] is not None
    content = faults.requests[-1]["messages"][-1]["content"]
    assert content[0] == {"type": "text", "text": "What is in this picture?"}
    url = content[1]["image_url"]["url"]
    assert base64.b64decode(url.split(",", 1)[1]) == picture.read_bytes()


def test_a_wrong_key_is_one_sentence_in_settings(qtbot, store, faults,  # type: ignore[no-untyped-def]
                                                 memory_keyring) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    page = dialog.servers_page
    page.url.setText(faults.url)
    page.key.setText("sk-wrong")
    with qtbot.waitSignal(page.tested, timeout=TIMEOUT_MS) as tested:
        page.add()
    assert isinstance(tested.args[1], str)
    assert "refused the API key" in page.status.text()
    page.url.setText("http://example.com:8000")
    page.add()
    assert "unencrypted" in page.status.text()


@pytest.mark.slow
def test_a_real_answer_from_llama_cpp_server(qtbot, store, smollm2_gguf,  # type: ignore[no-untyped-def]
                                             memory_keyring) -> None:
    server = LlamaCppServer(smollm2_gguf, alias="smollm2", n_ctx=4096)
    try:
        window = window_with_server(qtbot, store, server.url, "box", None)
        pick(qtbot, window, "remote:box/smollm2")
        with qtbot.waitSignal(window.reply_finished, timeout=120_000) as done:
            assert window.send("What is the capital of France?")
        stats = done.args[0]
        assert stats is not None and stats.completion_tokens > 0
        qtbot.waitUntil(lambda: not window.is_generating)
        answer = window.chat_view.messages()[-1].text()
        assert answer.strip()
        # Regenerate (greedy) gives the same answer again, through the same server.
        with qtbot.waitSignal(window.reply_finished, timeout=120_000):
            window.regenerate()
        qtbot.waitUntil(lambda: not window.is_generating)
        assert window.chat_view.messages()[-1].text() == answer
        window.close()
    finally:
        server.close()


def test_local_tools_run_here_with_approval(qtbot, store, faults, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    """The server asks for a call (OpenAI tool_calls); the person approves it in the same
    dialog as for local models; the calculator runs on this computer; the result goes back."""
    from PySide6.QtCore import QTimer

    from app.core.tools.session import ToolPrefs, save_tool_prefs
    from app.ui.tool_approval import ToolApprovalDialog

    window = window_with_server(qtbot, store, faults.url, "lab", "sk-lab-key")
    pick(qtbot, window, "remote:lab/tools")
    conv = window.new_conversation()
    save_tool_prefs(conv, ToolPrefs(enabled=["calculator"], policy="ask"))
    asked: list[str] = []

    def factory(call, tool, parent):  # type: ignore[no-untyped-def]
        asked.append(call.display())
        dialog = ToolApprovalDialog(call, tool, parent)
        QTimer.singleShot(30, dialog.once_button.click)
        return dialog

    window.tools.asker._factory = factory
    with qtbot.waitSignal(window.reply_finished, timeout=TIMEOUT_MS):
        assert window.send("What is 6 times 7?")
    qtbot.waitUntil(lambda: not window.is_generating)
    assert asked == ["calculate(expression='6*7')"]
    shown = window.chat_view.messages()
    assert [m.role for m in shown] == ["user", "assistant", "ipython", "assistant"]
    assert "`calculate(expression='6*7')` — ok" in shown[2].text()
    assert shown[3].text() == "The result is 42."
    sent = faults.requests[-1]["messages"]
    assert sent[-1]["role"] == "tool" and json.loads(sent[-1]["content"])["result"] == 42
