"""Speculative decoding in the window: the draft chosen in Settings (only compatible models
listed), and the acceptance readout in the status bar after a real answer."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from app.core.paths import models_dir
from app.core.settings import load_settings
from app.ui.settings_dialog import SettingsDialog
from tests.ui.test_main_window import LOAD_TIMEOUT_MS, make_window, send_and_wait, store

__all__ = ["store"]  # the fixture, shared with the main window tests


def test_status_bar_shows_draft_acceptance(qtbot, store, smollm2_gguf, pruned_smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    overrides = {str(smollm2_gguf): {"draft": str(pruned_smollm2_gguf)}}
    window = make_window(qtbot, store, smollm2_gguf, model_overrides=overrides, n_threads=1)
    assert window.engine.info.draft == "Smollm2 135m keep27"  # the file name, readable
    assert window.draft_status.isVisible()
    assert window.draft_status.text() == "Draft: Smollm2 135m keep27"
    stats = send_and_wait(qtbot, window, "Which city is the capital of France?")
    assert stats is not None and stats.drafted and stats.drafted > 0
    text = window.draft_status.text()
    match = re.fullmatch(r"Draft: (\d+)% accepted \((\d+)/(\d+)\)( · ~[\d.]+× plain)?", text)
    assert match, text
    assert (int(match[2]), int(match[3])) == (stats.accepted, stats.drafted)
    assert int(match[1]) == round(100 * stats.accepted / stats.drafted)
    assert stats.speedup is not None and match[4] == f" · ~{stats.speedup:.1f}× plain"
    last = window.chat_view.last_message()
    assert last is not None and "Paris" in last.text()


def test_settings_list_only_compatible_drafts_and_apply_one(  # type: ignore[no-untyped-def]
    qtbot, store, smollm2_gguf, pruned_smollm2_gguf, tiny_llama_gguf
) -> None:
    folder = models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    draft = Path(shutil.copy(pruned_smollm2_gguf, folder / "SmolLM2-pruned.gguf"))
    shutil.copy(tiny_llama_gguf, folder / "Tiny-Llama.gguf")  # another vocabulary
    window = make_window(qtbot, store, smollm2_gguf, n_threads=1)
    assert not window.draft_status.isVisible()
    dialog = SettingsDialog(window.settings, window, model=smollm2_gguf)
    qtbot.addWidget(dialog)
    assert dialog.draft is not None
    with qtbot.waitSignal(dialog.drafts_listed, timeout=20_000):
        pass
    items = [(dialog.draft.itemText(i), dialog.draft.itemData(i))
             for i in range(dialog.draft.count())]
    assert items == [("None", None), ("SmolLM2 pruned", str(draft))]
    dialog.draft.setCurrentIndex(1)
    with qtbot.waitSignal(window.model_loaded, timeout=LOAD_TIMEOUT_MS):
        window.apply_settings(dialog.result_settings())
    assert window.engine.info.draft is not None
    assert load_settings().draft_for(smollm2_gguf) == str(draft)
    assert window.draft_status.isVisible()


def test_a_missing_draft_leaves_the_model_running_with_a_notice(  # type: ignore[no-untyped-def]
    qtbot, store, smollm2_gguf, tmp_path
) -> None:
    gone = tmp_path / "deleted-draft.gguf"
    overrides = {str(smollm2_gguf): {"draft": str(gone)}}
    window = make_window(qtbot, store, smollm2_gguf, model_overrides=overrides, n_threads=1)
    assert window.engine is not None and window.engine.info.draft is None
    assert not window.draft_status.isVisible()
    assert window.notice.isVisible() and "draft model was not used" in window.notice.text()
    assert str(gone) in window.notice.text()
