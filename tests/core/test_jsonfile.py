"""Every JSON file Hearth rewrites (settings, model index, mcp.json, …) goes through one
atomic writer: a write that fails halfway leaves the old file whole and nothing beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.jsonfile import write_json_atomic


def test_replaces_the_file_and_creates_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "settings.json"
    write_json_atomic(path, {"name": "Zoë"}, indent=2)
    write_json_atomic(path, {"name": "Zoë", "n": 2}, indent=2, ensure_ascii=False)
    assert json.loads(path.read_text(encoding="utf-8")) == {"name": "Zoë", "n": 2}
    assert "Zoë" in path.read_text(encoding="utf-8") and path.read_text().endswith("}\n")
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "models" / "index.json"
    write_json_atomic(path, {"models": [1, 2]})
    with pytest.raises(TypeError):
        write_json_atomic(path, {"models": [1, object()]})  # fails after writing a part
    assert json.loads(path.read_text()) == {"models": [1, 2]}
    assert [p.name for p in path.parent.iterdir()] == ["index.json"]
