"""One readable name per model file, wherever a person sees it (app.core.models.names)."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from app.core.models.gguf_file import read_gguf_info
from app.core.models.names import catalog_name, clean_file_name, display_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("file", "name"), [
    ("Llama-3.2-3B-Instruct-Q4_K_M.gguf", "Llama 3.2 3B Instruct"),
    ("llama-3.2-1b-instruct-q8_0.gguf", "Llama 3.2 1B Instruct"),  # any case
    ("Llama-3.2-1B-Instruct-f16.gguf", "Llama 3.2 1B Instruct"),
    ("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "Llama 3.1 8B Instruct"),
])
def test_catalog_files_get_the_catalog_name(file: str, name: str) -> None:
    assert catalog_name(file) == name
    assert display_name(Path("/anywhere") / file) == name


@pytest.mark.parametrize(("file", "name"), [
    ("SmolLM2-135M-Instruct.Q4_1.gguf", "SmolLM2 135M Instruct"),
    ("gemma-3-270m-it-Q4_K_M.gguf", "Gemma 3 270m it"),
    ("Llama-3.2-1B-Instruct-abliterated-Q4_K_M.gguf", "Llama 3.2 1B Instruct abliterated"),
    ("Qwen2.5-7B-Instruct-IQ4_XS-00001-of-00002.gguf", "Qwen2.5 7B Instruct"),
    ("my_model.gguf", "My model"),
])
def test_other_files_get_a_cleaned_file_name(file: str, name: str) -> None:
    assert catalog_name(file) is None
    assert clean_file_name(file) == name == display_name(file)


def test_the_metadata_name_is_never_shown(smollm2_gguf: Path, tmp_path: Path) -> None:
    """The starter file says "Smollm2 135M 8k Lc100K Mix1 Ep2" inside; people see the file's
    name, and a copy saved under a catalog file name shows the catalog's name."""
    raw = read_gguf_info(smollm2_gguf).name
    assert display_name(smollm2_gguf) == "SmolLM2 135M Instruct" != raw
    copy = tmp_path / "Llama-3.2-3B-Instruct-Q4_K_M.gguf"
    shutil.copyfile(smollm2_gguf, copy)
    assert display_name(copy) == "Llama 3.2 3B Instruct"


@pytest.mark.slow
def test_the_engine_and_the_cli_list_show_the_readable_name(
        smollm2_gguf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main
    from app.core.engine.base import LoadOptions
    from app.core.engine.llamacpp import LlamaCppEngine

    engine = LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=512))
    try:
        assert engine.info.name == "SmolLM2 135M Instruct"
    finally:
        engine.close()
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "SmolLM2 135M Instruct" in out and "Smollm2 135M 8k" not in out


def _imports(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module}


def test_models_modules_import_in_one_direction() -> None:
    """index ← registry ← local: the registry never reaches up into local (no import circle)."""
    models = ROOT / "app" / "core" / "models"
    assert "app.core.models.local" not in _imports(models / "registry.py")
    assert not {"app.core.models.local", "app.core.models.registry"} & _imports(
        models / "index.py")
    assert "app.core.models.registry" in _imports(models / "local.py")
