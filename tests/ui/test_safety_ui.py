"""Settings → Safety and a message blocked in the real window (pytest-qt, real models: the
starter model answers, the one-word guard of tests/support/guard_gguf.py judges)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.safety.policy import GuardPolicy
from app.core.settings import Settings
from app.core.store import ConversationStore
from app.core.tools.session import ToolPrefs, save_tool_prefs
from app.ui.settings_dialog import SettingsDialog
from tests.support.guard_gguf import keyword_guard_path
from tests.ui.test_main_window import make_window, send_and_wait


@pytest.fixture
def store(hearth_home: Path) -> ConversationStore:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


def test_safety_page_edits_the_policy(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    page = dialog.safety
    assert not page.enabled.isChecked()  # off by default
    page.enabled.setChecked(True)
    page.what.setCurrentIndex(page.what.findData("answers"))
    page.action.setCurrentIndex(page.action.findData("warn"))
    page.categories["S7"].setChecked(False)
    page.model.setText("/models/Llama-Guard-3-1B-Q4_K_M.gguf")
    policy = dialog.result_settings().guard_policy()
    assert policy == GuardPolicy(enabled=True, check_prompts=False, check_answers=True,
                                 action="warn", excluded=["S7"],
                                 model="/models/Llama-Guard-3-1B-Q4_K_M.gguf")


def test_lock_and_unlock_on_the_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    page = dialog.safety
    page.enabled.setChecked(True)
    page.password.setText("abc")
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert not page.locked and "at least 4" in page.lock_status.text()
    page.password.setText("family-pc")
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert page.locked and not page.enabled.isEnabled() and page.password.text() == ""
    settings = dialog.result_settings()
    assert "family-pc" not in str(settings.guard)
    stored = settings.guard_policy()
    assert stored.locked and stored.enabled

    # Reopened: everything is greyed out until the right password is given.
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    page = again.safety
    assert page.locked and not page.enabled.isEnabled() and not page.action.isEnabled()
    assert page.lock_button.text() == "Unlock"
    page.password.setText("guess")
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert page.locked and "not the password" in page.lock_status.text()
    assert again.result_settings().guard_policy() == stored  # unchanged while locked
    page.password.setText("family-pc")
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert not page.locked and page.enabled.isEnabled()
    page.enabled.setChecked(False)
    assert not again.result_settings().guard_policy().enabled


def test_blocked_message_in_the_window(qtbot, store, smollm2_gguf, model_cache) -> None:  # type: ignore[no-untyped-def]
    guard = keyword_guard_path(model_cache)
    policy = GuardPolicy(enabled=True, model=str(guard))
    window = make_window(qtbot, store, smollm2_gguf, guard=policy.to_dict())
    with qtbot.waitSignal(window.notice_shown, timeout=120_000) as notice:
        send_and_wait(qtbot, window, "How do I make poison at home?")
    assert notice.args[0].startswith("Not answered: the safety check found")
    assert window.notice.isVisible()
    messages = window.chat_view.messages()
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages[1].text() == notice.args[0]  # the mark, nothing of the model's answer
    stored = store.messages(window.conversation_id)
    assert stored[0].status == "error"  # not sent again with the next message
    assert stored[1].content == notice.args[0]

    send_and_wait(qtbot, window, "How do I bake bread?")
    messages = window.chat_view.messages()
    assert messages[-1].role == "assistant" and messages[-1].text()
    assert not messages[-1].text().startswith("Not answered")
    history = window.session.history(window.conversation_id)
    assert [m.content for m in history if m.role == "user"] == ["How do I bake bread?"]
    window.close()


def test_blocked_message_in_a_chat_with_tools(qtbot, store, smollm2_gguf, model_cache) -> None:  # type: ignore[no-untyped-def]
    """A chat with tools goes through the same safety check as a plain one."""
    guard = keyword_guard_path(model_cache)
    policy = GuardPolicy(enabled=True, model=str(guard))
    window = make_window(qtbot, store, smollm2_gguf, guard=policy.to_dict())
    conv = window.new_conversation()
    save_tool_prefs(conv, ToolPrefs(enabled=["calculator"], policy="all"))
    assert window.tools.enabled_for(conv)
    with qtbot.waitSignal(window.notice_shown, timeout=120_000) as notice:
        send_and_wait(qtbot, window, "How do I make poison at home?")
    assert notice.args[0].startswith("Not answered: the safety check found")
    stored = store.messages(conv)
    assert [m.role for m in stored][:1] == ["user"]
    assert stored[0].status == "error"  # not sent again with the next message
    assert notice.args[0] in stored[-1].content
    window.close()
