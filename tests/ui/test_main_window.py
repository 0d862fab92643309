"""The real window, driven with pytest-qt, on the real starter model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.engine.base import Stats
from app.core.settings import Settings
from app.core.store import ConversationStore
from app.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 60_000
REPLY_TIMEOUT_MS = 120_000


@pytest.fixture
def store(hearth_home: Path) -> ConversationStore:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


def make_window(qtbot, store: ConversationStore, model: Path, **settings: object) -> MainWindow:  # type: ignore[no-untyped-def]
    values: dict[str, object] = {"model": str(model), "n_ctx": 2048, "temperature": 0.0,
                                 "max_tokens": 24}
    values.update(settings)
    window = MainWindow(store, Settings(**values))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    if window.engine is None:
        with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
            pass
    return window


def send_and_wait(qtbot, window: MainWindow, text: str) -> Stats | None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.reply_finished, timeout=REPLY_TIMEOUT_MS) as blocker:
        assert window.send(text)
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    return blocker.args[0]


def test_send_a_message_and_see_the_streamed_reply(qtbot, store, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, smollm2_gguf)
    seen: list[str] = []
    window.chat_view.verticalScrollBar()  # the view exists
    with qtbot.waitSignal(window.reply_finished, timeout=REPLY_TIMEOUT_MS) as blocker:
        window.input.setPlainText("Which city is the capital of France?")
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.is_generating or bool(blocker.signal_triggered),
                        timeout=5_000)
        seen.append(window.send_button.text())
    stats = blocker.args[0]
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    assert window.input.toPlainText() == ""  # Enter sent it
    messages = window.chat_view.messages()
    assert [m.role for m in messages] == ["user", "assistant"]
    assert "Paris" in messages[1].text()
    assert "tok/s" in messages[1].status.text()
    assert stats.completion_tokens > 0
    assert "tok/s" in window.speed_status.text()
    stored = store.messages(window.conversation_id)
    assert [m.role for m in stored] == ["user", "assistant"]
    assert stored[1].content == messages[1].text()
    assert stored[1].status == "complete"
    # The conversation got a title from the question.
    assert store.get(window.conversation_id).title.startswith("Which city is the capital")


def test_shift_enter_makes_a_new_line(qtbot, store, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, smollm2_gguf)
    window.input.setFocus()
    qtbot.keyClicks(window.input, "line one")
    qtbot.keyClick(window.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.input, "line two")
    assert window.input.toPlainText() == "line one\nline two"
    assert not window.is_generating


def test_stop_mid_stream_keeps_what_was_shown(qtbot, store, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, smollm2_gguf, temperature=0.8, max_tokens=400)
    with qtbot.waitSignal(window.reply_finished, timeout=REPLY_TIMEOUT_MS) as blocker:
        assert window.send("Tell me a very long story about a dragon and a knight.")
        qtbot.waitUntil(lambda: len(window.chat_view.stream_text()) > 20, timeout=60_000)
        assert window.send_button.text() == "Stop"
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    stats = blocker.args[0]
    assert stats.stop_reason == "cancelled"
    assert stats.completion_tokens < 400
    shown = window.chat_view.messages()[-1].text()
    assert len(shown) > 20
    stored = store.messages(window.conversation_id)[-1]
    assert stored.status == "cancelled"
    assert stored.content == shown
    assert window.send_button.text() == "Send"


def test_regenerate_replaces_the_last_answer(qtbot, store, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, smollm2_gguf, temperature=1.0, max_tokens=16)
    send_and_wait(qtbot, window, "Give me a name for a cat.")
    last = window.chat_view.messages()[-1]
    assert last.regenerate_button.isVisible()
    with qtbot.waitSignal(window.reply_finished, timeout=REPLY_TIMEOUT_MS):
        qtbot.mouseClick(last.regenerate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    stored = store.messages(window.conversation_id)
    assert [m.role for m in stored] == ["user", "assistant"]
    assert [m.role for m in window.chat_view.messages()] == ["user", "assistant"]


def test_switch_conversations_and_find_them_after_restart(qtbot, store, smollm2_gguf,  # type: ignore[no-untyped-def]
                                                          hearth_home) -> None:
    window = make_window(qtbot, store, smollm2_gguf)
    send_and_wait(qtbot, window, "Which city is the capital of France?")
    first = window.conversation_id
    window.new_conversation()
    assert window.chat_view.messages() == []
    send_and_wait(qtbot, window, "Name a colour.")
    second = window.conversation_id
    assert first != second
    assert window.conversation_list.count() == 2
    # Click the first conversation in the list.
    item = next(window.conversation_list.item(i) for i in range(2)
                if window.conversation_list.item(i).data(Qt.ItemDataRole.UserRole) == first)
    rect = window.conversation_list.visualItemRect(item)
    qtbot.mouseClick(window.conversation_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert window.conversation_id == first
    assert window.chat_view.messages()[0].text() == "Which city is the capital of France?"
    window.rename_conversation(first, "Geography")
    window.close()
    store.close()

    # Restart: a new store and window over the same folder.
    reopened = ConversationStore(hearth_home / "conversations.sqlite3")
    try:
        window2 = make_window(qtbot, reopened, smollm2_gguf)
        titles = [window2.conversation_list.item(i).text()
                  for i in range(window2.conversation_list.count())]
        assert "Geography" in titles
        window2.search_box.setText("geograph")
        assert window2.conversation_list.count() == 1
        window2.open_conversation(first)
        roles = [m.role for m in window2.chat_view.messages()]
        assert roles == ["user", "assistant"]
        assert "Paris" in window2.chat_view.messages()[1].text()
        window2.close()
    finally:
        reopened.close()


def test_prompt_over_the_context_is_explained_and_nothing_is_lost(qtbot, store,  # type: ignore[no-untyped-def]
                                                                  smollm2_gguf) -> None:
    window = make_window(qtbot, store, smollm2_gguf, n_ctx=256)
    send_and_wait(qtbot, window, "Hello!")
    huge = "word " * 2000
    with qtbot.waitSignal(window.notice_shown, timeout=REPLY_TIMEOUT_MS) as notice:
        window.send(huge)
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    assert "256" in notice.args[0]
    assert window.notice.isVisible()
    stored = store.messages(window.conversation_id)
    assert [m.role for m in stored] == ["user", "assistant", "user"]
    assert stored[-1].content == huge and stored[-1].status == "error"
    # The chat goes on: the oversize message is not sent again.
    stats = send_and_wait(qtbot, window, "Are you there?")
    assert stats is not None and stats.completion_tokens > 0


def test_a_bad_model_file_keeps_the_current_model(qtbot, store, smollm2_gguf, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, smollm2_gguf)
    bogus = tmp_path / "broken.gguf"
    bogus.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\xff" * 20)
    with qtbot.waitSignal(window.model_failed, timeout=LOAD_TIMEOUT_MS) as failed:
        window.load_model(bogus)
    assert "broken.gguf" in failed.args[0]
    assert window.notice.isVisible()
    assert window.engine is not None
    stats = send_and_wait(qtbot, window, "Still there?")
    assert stats is not None and stats.completion_tokens > 0


def test_starter_model_banner_and_about(qtbot, store, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, smollm2_gguf)
    assert window.first_run.isVisible()
    assert "starter model" in window.first_run.text.text()
    assert window.first_run.button.text().startswith("Download Llama 3.2 ")
    from app.ui.about_dialog import AboutDialog

    about = AboutDialog(window)
    qtbot.addWidget(about)
    from PySide6.QtWidgets import QLabel, QTabWidget

    assert any("Built with Llama" in label.text() for label in about.findChildren(QLabel))
    tabs = about.findChild(QTabWidget)
    assert tabs.count() == 3
    assert "European Union" in tabs.widget(0).toPlainText()


def test_hostile_chat_template_shows_a_notice(qtbot, store, smollm2_gguf, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.support.models import copy_with_chat_template

    window = make_window(qtbot, store, smollm2_gguf)
    hostile = copy_with_chat_template(
        smollm2_gguf, tmp_path / "hostile.gguf", "{{ ''.__class__.__mro__ }}"
    )
    with qtbot.waitSignal(window.model_failed, timeout=LOAD_TIMEOUT_MS) as failed:
        window.load_model(hostile)
    assert "chat template" in failed.args[0]
    assert window.notice.isVisible() and "chat template" in window.notice.text()
    assert window.engine is not None and window.engine.info.path == smollm2_gguf


def test_settings_are_applied_saved_and_reload_the_model(qtbot, store, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    from app.core.settings import load_settings
    from app.ui.settings_dialog import SettingsDialog

    window = make_window(qtbot, store, smollm2_gguf)
    assert window.engine.info.n_ctx == 2048
    dialog = SettingsDialog(window.settings, window, model=window.engine.info.path)
    qtbot.addWidget(dialog)
    dialog.context.setValue(1024)
    dialog.temperature.setValue(0.3)
    dialog.system_prompt.setPlainText("Answer in one sentence.")
    with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
        window.apply_settings(dialog.result_settings())
    assert window.engine.info.n_ctx == 1024
    saved = load_settings()
    # Loading options are remembered for this model; other models keep the defaults.
    assert saved.load_options(smollm2_gguf).n_ctx == 1024
    assert saved.load_options(Path("/elsewhere/other.gguf")).n_ctx == saved.n_ctx != 1024
    assert saved.temperature == 0.3
    assert saved.system_prompt == "Answer in one sentence."
    # New chats carry the system prompt, and it is sent with the question.
    conv = window.new_conversation()
    assert store.get(conv).system_prompt == "Answer in one sentence."
    send_and_wait(qtbot, window, "Which city is the capital of France?")
    assert window.session.history(conv)[0].content == "Answer in one sentence."


def test_settings_hardware_page_shows_devices_and_cpu_features(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.core import hardware
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    text = dialog.hardware_view.toPlainText()
    report = hardware.hardware_report()
    assert all(feature in text for feature in report.cpu_features)
    assert all(d["name"] in text for d in report.devices)
    assert "physical" in text
