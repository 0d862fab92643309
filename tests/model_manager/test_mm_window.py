"""The model manager window, driven with pytest-qt against the local fake Hub."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.models.catalog import load_catalog
from app.core.models.registry import installed_models
from app.core.settings import Settings
from app.ui.model_manager import ModelManager
from tests.support.hub_server import FakeHub
from tests.support.model_manager import FILE, REPO

TIMEOUT_MS = 60_000


@pytest.fixture
def test_catalog(tmp_path: Path, tiny_llama_gguf: Path):  # type: ignore[no-untyped-def]
    """A catalog whose one entry lives on the fake Hub."""
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps({"schema": 1, "models": [{
        "id": "tiny-llama", "name": "Tiny Llama 3.2", "repo": REPO, "licence": "text",
        "capabilities": ["text"], "parameters": 1_235_814_400, "context_length": 131072,
        "default_quant": "F16",
        "quantizations": [{"quant": "F16", "file": FILE, "size": tiny_llama_gguf.stat().st_size}],
    }]}))
    return load_catalog(path, use_cache=False)


def manager(qtbot, test_catalog) -> ModelManager:  # type: ignore[no-untyped-def]
    window = ModelManager(Settings(n_ctx=4096), catalog=test_catalog)
    qtbot.addWidget(window)
    window.show()
    return window


def test_catalog_shows_size_and_fit(qtbot, test_catalog, hub: FakeHub, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    window = manager(qtbot, test_catalog)
    assert window.catalog_table.rowCount() == 1
    assert window.catalog_table.item(0, 0).text() == "Tiny Llama 3.2"
    assert "MB" in window.catalog_table.item(0, 2).text()
    assert window.fit_of("tiny-llama") in {"green", "yellow"}
    assert "This computer" in window.machine_label.text()


def test_download_shows_progress_then_installs(qtbot, test_catalog, hub: FakeHub,
                                               memory_keyring) -> None:  # type: ignore[no-untyped-def]
    hub.throttle_bps = 8_000_000  # ~3 s for the 24 MB file: progress is visible
    window = manager(qtbot, test_catalog)
    row = window.download_catalog("tiny-llama")
    assert row is not None
    qtbot.waitUntil(lambda: 200 < row.bar.value() < 1000, timeout=TIMEOUT_MS)
    assert "MB/s" in row.status.text() and "left" in row.status.text()
    with qtbot.waitSignal(window.installed_changed, timeout=TIMEOUT_MS):
        pass
    assert row.bar.value() == 1000
    assert row.status.text() == "Verified and installed"
    assert any(p.name == FILE for p in window.installed_paths())
    assert any(m.path.name == FILE for m in installed_models())


def test_pause_resume_and_cancel(qtbot, test_catalog, hub: FakeHub, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    hub.throttle_bps = 4_000_000
    window = manager(qtbot, test_catalog)
    row = window.download_catalog("tiny-llama")
    qtbot.waitUntil(lambda: row.bar.value() > 100, timeout=TIMEOUT_MS)
    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not row.running, timeout=TIMEOUT_MS)
    assert row.status.text().startswith("Paused at")
    assert row.pause_button.text() == "Resume"
    paused_at = row.bar.value()
    hub.clear_log()
    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)  # resume
    qtbot.waitUntil(lambda: row.bar.value() > paused_at, timeout=TIMEOUT_MS)
    # The resumed request asked for the rest of the file only.
    gets = hub.file_gets(FILE)
    assert gets and gets[0].range_start and gets[0].range_start > 0
    with qtbot.waitSignal(row.finished, timeout=TIMEOUT_MS) as finished:
        qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is None
    assert row.status.text() == "Cancelled"
    assert not any(m.path.name == FILE for m in installed_models())
    assert not list((window_models_dir() / ".downloads").glob("*.part"))


def window_models_dir() -> Path:
    from app.core.paths import models_dir

    return models_dir()


def test_import_and_delete(qtbot, test_catalog, hub: FakeHub, tiny_llama_gguf: Path,  # type: ignore[no-untyped-def]
                           tmp_path: Path) -> None:
    import shutil

    window = manager(qtbot, test_catalog)
    mine = tmp_path / "My-Model.gguf"
    shutil.copy(tiny_llama_gguf, mine)
    with qtbot.waitSignal(window.installed_changed, timeout=TIMEOUT_MS):
        window.import_files([mine])
    assert mine in window.installed_paths()
    with qtbot.waitSignal(window.model_chosen, timeout=5_000) as chosen:
        row = window.installed_paths().index(mine)
        use = window.installed_table.cellWidget(row, 3).findChildren(type(window.import_button))[0]
        qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert chosen.args[0] == mine
    window.delete_model(mine)
    assert mine not in window.installed_paths()
    assert mine.exists()  # an imported file is only forgotten, never deleted
