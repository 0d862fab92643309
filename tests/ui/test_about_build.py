"""Help ▸ About names the build variant, as ``hearth doctor`` does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def _header(qtbot) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from app.ui.about_dialog import AboutDialog

    about = AboutDialog()
    qtbot.addWidget(about)
    return " ".join(label.text() for label in about.findChildren(QLabel))


def test_about_names_the_installed_variant(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    info = tmp_path / "build-info.json"
    info.write_text(json.dumps({"variant": "vulkan", "os": "linux", "arch": "x86_64"}))
    monkeypatch.setenv("HEARTH_BUILD_INFO", str(info))
    assert "Vulkan build for linux x86_64." in _header(qtbot)


def test_about_in_a_checkout(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("HEARTH_BUILD_INFO", raising=False)
    assert "Running from a source checkout." in _header(qtbot)
