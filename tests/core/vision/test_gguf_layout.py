"""Recognising Llama 3.2 Vision GGUF layouts, and refusing everything else clearly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.core.errors import ModelFileError
from app.core.vision.gguf_layout import SINGLE_NAMES, SPLIT_NAMES, open_mllama
from tests.support.vision_gguf import write_gguf

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
TEXT = DATA / "tiny-mllama-text.gguf"
PROJ = DATA / "tiny-mllama-mmproj.gguf"
SINGLE = DATA / "tiny-mllama-single.gguf"


def test_split_layout() -> None:
    files = open_mllama(TEXT, PROJ)
    assert files.layout == "split"
    assert files.vision_names == SPLIT_NAMES
    assert files.text_hparams.cross_layers == (1, 3)
    assert files.text_hparams.head_dim == 16
    assert files.vision.patches == 17
    assert files.vision.output_dim == 96
    assert files.projector.path == PROJ


def test_single_file_layout() -> None:
    files = open_mllama(SINGLE)
    assert files.layout == "single"
    assert files.vision_names == SINGLE_NAMES
    assert files.projector is files.text
    assert files.vision.intermediate_layers == (0, 2)


def test_text_half_alone_asks_for_the_projector() -> None:
    with pytest.raises(ModelFileError, match="only the text half") as err:
        open_mllama(TEXT)
    assert "mmproj" in str(err.value)


def test_projector_given_as_the_model() -> None:
    with pytest.raises(ModelFileError, match="projector, not the model"):
        open_mllama(PROJ)


def test_single_file_with_a_projector_is_refused() -> None:
    with pytest.raises(ModelFileError, match="already holds its vision part"):
        open_mllama(SINGLE, PROJ)


def test_plain_llama_as_projector(tmp_path: Path) -> None:
    llama = write_gguf(tmp_path / "llama.gguf", "llama", name="Llama 3.2 1B Instruct")
    with pytest.raises(ModelFileError, match=r"not a Llama 3.2 Vision projector: it is a "
                                             r"text-only model \(architecture “llama”\)"):
        open_mllama(TEXT, llama)


def test_plain_llama_as_model(tmp_path: Path) -> None:
    llama = write_gguf(tmp_path / "llama.gguf", "llama")
    with pytest.raises(ModelFileError, match=r"not a Llama 3\.2 Vision model"):
        open_mllama(llama, PROJ)


def test_text_file_as_its_own_projector() -> None:
    with pytest.raises(ModelFileError, match=r"not a Llama 3\.2 Vision projector"):
        open_mllama(TEXT, TEXT)


def test_truncated_projector(tmp_path: Path) -> None:
    cut = tmp_path / "cut-mmproj.gguf"
    cut.write_bytes(PROJ.read_bytes()[: PROJ.stat().st_size - 5000])
    with pytest.raises(ModelFileError, match="truncated"):
        open_mllama(TEXT, cut)


def test_not_a_gguf(tmp_path: Path) -> None:
    bogus = tmp_path / "model.gguf"
    bogus.write_text("hello")
    with pytest.raises(ModelFileError, match="not a GGUF"):
        open_mllama(bogus)


def test_missing_projector_file(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="no file"):
        open_mllama(TEXT, tmp_path / "absent.gguf")


def test_incomplete_projector(tmp_path: Path) -> None:
    """A projector with the vision keys but no tensors is named as incomplete."""
    import gguf
    import numpy as np

    path = tmp_path / "empty-mmproj.gguf"
    src = gguf.GGUFReader(PROJ)
    writer = gguf.GGUFWriter(str(path), "mllama")
    for field in src.fields.values():
        if field.name.startswith("mllama.vision."):
            value = field.contents()
            if isinstance(value, list):
                writer.add_array(field.name, value)
            elif isinstance(value, float):
                writer.add_float32(field.name, value)
            else:
                writer.add_uint32(field.name, value)
    writer.add_tensor("v.patch_embd.weight", np.zeros((32, 3, 4, 4), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(ModelFileError, match=r"has no tensor v\.position_embd\.weight"):
        open_mllama(TEXT, path)


def test_copy_keeps_layout(tmp_path: Path) -> None:
    """Files are recognised by content, not by name."""
    text = shutil.copy(TEXT, tmp_path / "a.gguf")
    proj = shutil.copy(PROJ, tmp_path / "b.gguf")
    assert open_mllama(text, proj).layout == "split"
