"""Local models: import, discovery in the HF cache and LM Studio's folder, delete, details."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.errors import HearthError, ModelFileError
from app.core.models import index, local
from app.core.models.registry import installed_models, resolve_model
from app.core.paths import models_dir
from tests.support.hub_server import FakeHub
from tests.support.model_manager import FILE, REPO


def names() -> list[str]:
    return [m.name for m in installed_models()]


def test_import_by_reference_and_by_copy(tiny_llama_gguf: Path, tmp_path: Path) -> None:
    src = tmp_path / "elsewhere" / "Tiny-Ref.gguf"
    src.parent.mkdir()
    src.write_bytes(tiny_llama_gguf.read_bytes())
    ref = local.import_model(src)
    assert ref.path == src and "Tiny-Ref" in names()
    assert resolve_model("Tiny-Ref") == src
    assert not (models_dir() / src.name).exists()  # nothing copied

    copy_src = tmp_path / "elsewhere" / "Tiny-Copy.gguf"
    copy_src.write_bytes(tiny_llama_gguf.read_bytes())
    copied = local.import_model(copy_src, copy=True)
    assert copied.path == models_dir() / "Tiny-Copy.gguf" and copied.path.exists()
    assert index.index_entry(copied.path).kind == "copied"  # type: ignore[union-attr]
    assert not list((models_dir() / ".downloads").glob("*.part"))

    # Deleting a reference forgets it and keeps the file; deleting a copy removes it.
    local.delete_model(local.plan_delete("Tiny-Ref"))
    assert src.exists() and "Tiny-Ref" not in names()
    plan = local.plan_delete("Tiny-Copy")
    assert not plan.forget_only and plan.size == tiny_llama_gguf.stat().st_size
    local.delete_model(plan)
    assert not copied.path.exists() and "Tiny-Copy" not in names()


def test_import_refuses_what_is_not_a_model(tmp_path: Path, tiny_llama_gguf: Path) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"PK\x03\x04 not a model")
    with pytest.raises(ModelFileError, match="not a GGUF"):
        local.import_model(bogus)
    truncated = tmp_path / "cut.gguf"
    truncated.write_bytes(tiny_llama_gguf.read_bytes()[: 1024 * 1024])
    with pytest.raises(ModelFileError, match="truncated"):
        local.import_model(truncated)
    projector = tmp_path / "x-mmproj-f16.gguf"
    projector.write_bytes(tiny_llama_gguf.read_bytes())
    with pytest.raises(ModelFileError, match="projector"):
        local.import_model(projector)
    assert names() == [m.name for m in installed_models() if m.starter]


def test_starter_model_cannot_be_deleted() -> None:
    with pytest.raises(HearthError, match="starter"):
        local.plan_delete("smollm2-135m")


def test_hf_cache_scan_finds_a_real_cache_download(hub: FakeHub, tmp_path: Path) -> None:
    from huggingface_hub import hf_hub_download

    cache = tmp_path / "hf-cache"
    path = Path(hf_hub_download(REPO, FILE, cache_dir=cache, endpoint=hub.url, token=False))
    assert path.is_symlink()  # snapshots/<commit>/<file> -> blobs/<sha256>

    found = local.discover_models(hf_cache=cache, lmstudio=[])
    assert [(f.path, f.origin, f.repo, f.installed) for f in found] == [
        (path, "hf-cache", REPO, False)]
    added = local.add_found(found)
    assert [m.path for m in added] == [path]
    assert Path(FILE).stem in names() and resolve_model(Path(FILE).stem) == path
    # Found again, it is marked installed; a second add does nothing.
    again = local.discover_models(hf_cache=cache, lmstudio=[])
    assert again[0].installed and local.add_found(again) == []


def test_lmstudio_folder_is_found_from_home(hub: FakeHub, tiny_llama_gguf: Path) -> None:
    # The hub fixture points HOME at a temporary folder; LM Studio keeps publisher/repo/file.
    folder = Path.home() / ".lmstudio" / "models" / "lmstudio-community" / "Tiny-GGUF"
    folder.mkdir(parents=True)
    (folder / "tiny-Q4_K_M.gguf").symlink_to(tiny_llama_gguf)
    (folder / "mmproj-tiny-f16.gguf").write_bytes(b"GGUF")
    os.environ["HF_HUB_CACHE"] = str(Path.home() / "no-cache")
    try:
        found = local.discover_models()
    finally:
        del os.environ["HF_HUB_CACHE"]
    assert len(found) == 1
    assert found[0].origin == "lm-studio" and found[0].repo == "lmstudio-community/Tiny-GGUF"
    assert found[0].projector == folder / "mmproj-tiny-f16.gguf"


def test_model_details_read_the_gguf_header(tiny_llama_gguf: Path) -> None:
    model = local.import_model(tiny_llama_gguf)
    d = local.model_details(model.name)
    assert d["architecture"] == "llama" and d["kind"] == "reference"
    assert d["quantization"] == "F16"
    assert d["context_length"] > 0 and d["layers"] > 0
    assert d["chat_template"] and "start_header_id" in d["chat_template"]
    # Parameters are summed from the tensor shapes; llama.cpp, loading the file, agrees.
    import llama_cpp

    loaded = llama_cpp.llama_model_load_from_file(str(tiny_llama_gguf).encode(),
                                                  llama_cpp.llama_model_default_params())
    try:
        assert d["parameters"] == llama_cpp.llama_model_n_params(loaded)
    finally:
        llama_cpp.llama_model_free(loaded)


def test_partials_and_projectors_are_not_listed_as_models(tiny_llama_gguf: Path) -> None:
    root = models_dir()
    (root / ".downloads").mkdir(exist_ok=True)
    (root / ".downloads" / "x.gguf").symlink_to(tiny_llama_gguf)
    (root / "vision").mkdir()
    (root / "vision" / "Tiny-Vision.gguf").symlink_to(tiny_llama_gguf)
    (root / "vision" / "Tiny-Vision-mmproj-f16.gguf").symlink_to(tiny_llama_gguf)
    assert [n for n in names() if n != "smollm2-135m"] == ["Tiny-Vision"]
