"""Pictures and the safety policy in the window (pytest-qt, real models): Settings → Safety says
whether pictures will be checked, and a message with a picture is judged by the vision guard
(the tiny Llama Guard 3 Vision stand-in of tests/support/vision_guard_gguf.py), or shown as
not checked when there is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import paths
from app.core.licence import Declaration, store_declaration
from app.core.safety.policy import GuardPolicy
from app.core.settings import Settings
from app.core.store import ConversationStore
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.support.guard_gguf import keyword_guard_path
from tests.support.vision_guard_gguf import vision_guard_path
from tests.ui.test_image_attach import (
    LOAD_TIMEOUT_MS,
    REPLY_TIMEOUT_MS,
    US,
    drop,
    files,
    picture,  # noqa: F401 (a fixture)
    vision_model,  # noqa: F401 (a fixture)
)


@pytest.fixture
def store(hearth_home: Path) -> ConversationStore:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


def test_safety_page_says_whether_pictures_are_checked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    page = dialog.safety
    assert page.check_images.isChecked()  # on by default (used only when installed)
    assert page.vision_status.text() == (
        "Pictures are not checked: Llama Guard 3 11B Vision is not installed (the text of a "
        "message with a picture is).")
    store_declaration(US)
    vision_guard_path(paths.models_dir())
    again = SettingsDialog(Settings())
    qtbot.addWidget(again)
    assert again.safety.vision_status.text() == (
        "Pictures are checked by Llama Guard 3 11B Vision "
        "(Llama-Guard-3-11B-Vision-Q4_K_M.gguf).")
    store_declaration(Declaration.make("NL", "company", company_country="NL"))
    eu = SettingsDialog(Settings())
    qtbot.addWidget(eu)
    assert eu.safety.vision_status.text().startswith(
        "Pictures are not checked: Hearth will not load Llama-Guard-3-11B-Vision-Q4_K_M.gguf")
    eu.safety.check_images.setChecked(False)
    assert eu.safety.vision_status.text().startswith("Pictures are not checked (the text")
    eu.safety.vision_model.setText("/models/guard-vision.gguf")
    policy = eu.result_settings().guard_policy()
    assert policy.check_images is False and policy.vision_model == "/models/guard-vision.gguf"


def make_window(qtbot, store: ConversationStore, model: Path, policy: GuardPolicy  # type: ignore[no-untyped-def]
                ) -> MainWindow:
    store_declaration(US)
    settings = Settings(model=str(model), n_ctx=256, temperature=0.0, max_tokens=8,
                        system_prompt="", licence_declaration=US.to_dict(),
                        guard=policy.to_dict())
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    if window.engine is None:
        with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
            pass
    return window


def ask_with_picture(qtbot, window: MainWindow, image: Path, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    notices: list[str] = []
    window.notice_shown.connect(notices.append)
    assert drop(window.input, files(image))
    with qtbot.waitSignal(window.reply_finished, timeout=REPLY_TIMEOUT_MS):
        assert window.send(text)
    qtbot.waitUntil(lambda: not window.is_generating, timeout=10_000)
    return notices


def test_picture_message_blocked_by_the_vision_guard(qtbot, store, vision_model, picture,  # noqa: F811
                                                     model_cache) -> None:  # type: ignore[no-untyped-def]
    vision_guard_path(paths.models_dir())  # installed
    policy = GuardPolicy(enabled=True, check_answers=False,
                         model=str(keyword_guard_path(model_cache)))
    window = make_window(qtbot, store, vision_model, policy)
    notices = ask_with_picture(qtbot, window, picture, "What is in this picture?")
    assert len(notices) == 1 and notices[0].startswith("Not answered: the safety check found")
    _user, answer = window.chat_view.messages()
    assert answer.text() == notices[0]  # the mark, nothing of the model's answer
    assert store.messages(window.conversation_id)[0].status == "error"
    window.close()


def test_picture_not_checked_is_said_in_the_window(qtbot, store, vision_model, picture,  # noqa: F811
                                                   model_cache) -> None:  # type: ignore[no-untyped-def]
    policy = GuardPolicy(enabled=True, check_answers=False,
                         model=str(keyword_guard_path(model_cache)))
    window = make_window(qtbot, store, vision_model, policy)
    notices = ask_with_picture(qtbot, window, picture, "What is in this picture?")
    assert notices == ["The picture was not checked by the safety model: Llama Guard 3 11B "
                       "Vision is not installed."]
    _user, answer = window.chat_view.messages()
    assert answer.text() and not answer.text().startswith("Not answered")  # the text passed
    window.close()
