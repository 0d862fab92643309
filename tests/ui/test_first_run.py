"""First launch as a new user sees it: the starter model answers, the banner offers the
Llama 3.2 model that suits this computer in one button, downloads it in place from the Hub
(the local stand-in server) and switches to it once it is verified.

The "downloaded model" is the real SmolLM2 GGUF served under the catalog's repo and file
names, so the answer at the end comes from real inference on the downloaded file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt

from app.core.models.catalog import load_catalog
from app.core.models.names import display_name
from app.core.models.recommend import recommend_model
from app.core.settings import Settings
from app.core.store import ConversationStore
from app.ui.main_window import MainWindow
from tests.support.hub_server import FakeHub
from tests.support.keyring_backends import InMemoryKeyring

TIMEOUT_MS = 180_000
GB = 1_000_000_000


@pytest.fixture
def llama_hub(smollm2_gguf: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
              ) -> Iterator[FakeHub]:
    """The Hub stand-in with the catalog's Llama 3.2 1B and 3B repos (SmolLM2 inside)."""
    server = FakeHub().start()
    catalog = load_catalog(use_cache=False)
    for model_id in ("llama-3.2-3b-instruct", "llama-3.2-1b-instruct"):
        model = catalog.get(model_id)
        server.add_repo(model.repo, {model.quant().model_file.name: smollm2_gguf})
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for var in ("HF_TOKEN", "HF_HUB_OFFLINE", "HF_HUB_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(var, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(InMemoryKeyring())
    yield server
    keyring.set_keyring(previous)
    server.stop()


@pytest.fixture
def store(hearth_home: Path) -> Iterator[ConversationStore]:
    store = ConversationStore(hearth_home / "conversations.sqlite3")
    yield store
    store.close()


def first_launch(qtbot, store: ConversationStore) -> MainWindow:  # type: ignore[no-untyped-def]
    """A new user's window: no model chosen yet, so the starter model loads."""
    window = MainWindow(store, Settings(temperature=0.0, max_tokens=16))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.model_loaded, timeout=TIMEOUT_MS):
        pass
    return window


def test_recommendation_follows_free_memory() -> None:
    catalog = load_catalog(use_cache=False)
    roomy = recommend_model(catalog, 4096, 16 * GB)
    assert roomy is not None and roomy.model.id == "llama-3.2-3b-instruct"
    assert roomy.label == "Llama 3.2 3B Instruct · 2.0 GB"
    short = recommend_model(catalog, 4096, 3 * GB)
    assert short is not None and short.model.id == "llama-3.2-1b-instruct"
    assert short.label == "Llama 3.2 1B Instruct · 807.7 MB"
    # A long context needs more memory: the same machine gets the smaller model.
    long = recommend_model(catalog, 131072, 16 * GB)
    assert long is not None and long.model.id == "llama-3.2-1b-instruct"
    hopeless = recommend_model(catalog, 4096, 1 * GB)
    assert hopeless is not None and hopeless.model.id == "llama-3.2-1b-instruct"
    assert hopeless.fit.fit == "red"


@pytest.mark.slow
def test_three_clicks_from_first_launch_to_an_answer_from_llama(
        qtbot, store: ConversationStore, llama_hub: FakeHub) -> None:  # type: ignore[no-untyped-def]
    clicks = 0

    def click(button) -> None:  # type: ignore[no-untyped-def]
        nonlocal clicks
        assert button.isVisible() and button.isEnabled(), button.text()
        clicks += 1
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    llama_hub.throttle_bps = 40_000_000  # ~2.5 s for the 94 MB file: progress is visible
    window = first_launch(qtbot, store)
    banner = window.first_run
    assert banner.isVisible() and "starter model" in banner.text.text()
    choice = banner.recommendation
    assert choice is not None
    assert banner.button.text() == f"Download {choice.label}"
    assert choice.model.name in {"Llama 3.2 3B Instruct", "Llama 3.2 1B Instruct"}

    click(banner.button)  # 1: download
    row = banner.row
    assert row is not None and not banner.button.isVisible()
    qtbot.waitUntil(lambda: 0 < row.bar.value() < 1000, timeout=TIMEOUT_MS)
    assert window.send_button.isEnabled()  # the starter model still answers meanwhile
    with qtbot.waitSignal(window.model_loaded, timeout=TIMEOUT_MS) as loaded:
        pass
    assert loaded.args == [choice.model.name]
    assert window.engine is not None and window.engine.info.name == choice.model.name
    assert choice.model.name in window.model_status.text()
    assert window.windowTitle() == f"{choice.model.name} — Hearth"
    assert row.status.text() == "Verified and installed"
    assert not banner.isVisible()  # no longer on the starter model
    assert display_name(window.model_picker.currentData()) == choice.model.name

    qtbot.keyClicks(window.input, "What is the capital of France?")
    with qtbot.waitSignal(window.reply_finished, timeout=TIMEOUT_MS) as reply:
        click(window.send_button)  # 2: send
    stats = reply.args[0]
    assert stats is not None and stats.completion_tokens > 0
    stored = window.store.messages(window.conversation_id)
    assert stored[-1].role == "assistant" and stored[-1].content.strip()
    assert clicks <= 3
    gets = llama_hub.file_gets(choice.file_name)
    assert gets and gets[-1].status in {200, 206}


@pytest.mark.slow
def test_cancel_in_the_banner_brings_the_button_back(
        qtbot, store: ConversationStore, llama_hub: FakeHub) -> None:  # type: ignore[no-untyped-def]
    llama_hub.throttle_bps = 4_000_000  # slow enough to cancel half way
    window = first_launch(qtbot, store)
    banner = window.first_run
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    row = banner.row
    assert row is not None
    qtbot.waitUntil(lambda: row.bar.value() > 0, timeout=TIMEOUT_MS)
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.button.isVisible(), timeout=TIMEOUT_MS)
    assert banner.row is None
    assert window.engine is not None and window.engine.info.name == "SmolLM2 135M Instruct"
