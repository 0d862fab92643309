"""Which build this is: a source checkout, or an installer's recorded variant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.build_info import build_info, variant_label
from app.core.doctor import doctor_report, format_doctor


def test_a_checkout_reports_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HEARTH_BUILD_INFO", raising=False)
    info = build_info()
    assert info == {"variant": "source", "frozen": False}
    assert variant_label(info) == "running from a source checkout"


def test_an_installer_build_reports_its_variant(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "build-info.json"
    path.write_text(json.dumps({"variant": "cuda", "os": "windows", "arch": "x86_64",
                                "llama_cpp_python": "0.3.36"}))
    monkeypatch.setenv("HEARTH_BUILD_INFO", str(path))
    info = build_info()
    assert info["variant"] == "cuda" and info["frozen"] is False
    assert variant_label(info) == "NVIDIA CUDA build for windows x86_64"
    report = doctor_report()
    assert report["build"]["variant"] == "cuda"  # type: ignore[index]
    assert "Build:                NVIDIA CUDA build for windows x86_64" in format_doctor(report)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]"])
def test_a_damaged_build_info_is_reported_not_fatal(tmp_path: Path, content: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "build-info.json"
    path.write_text(content)
    monkeypatch.setenv("HEARTH_BUILD_INFO", str(path))
    info = build_info()
    assert info["variant"] == "unknown" and str(path) in str(info["error"])
    assert variant_label(info) == "unknown build"
