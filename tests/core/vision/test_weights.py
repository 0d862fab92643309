"""GGUFWeights: tensors copied from the file into backend memory."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from app.core.errors import ModelFileError
from app.core.vision.ggml import Backend, get_data
from app.core.vision.weights import GGUFWeights

TEXT = Path(__file__).resolve().parents[2] / "data" / "mllama" / "tiny-mllama-text.gguf"


def test_tensors_hold_the_file_bytes() -> None:
    import gguf

    reader = gguf.GGUFReader(TEXT)
    weights = GGUFWeights(TEXT, Backend())
    f32 = [t for t in reader.tensors if t.tensor_type == gguf.GGMLQuantizationType.F32]
    assert f32 and set(weights.names) == {t.name for t in reader.tensors}
    for t in f32:
        assert np.array_equal(get_data(weights[t.name]).reshape(-1), np.asarray(t.data).reshape(-1))
    weights.close()


def test_a_truncated_file_is_refused_by_name(tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    shutil.copy(TEXT, cut)
    os.truncate(cut, TEXT.stat().st_size - 1000)
    with pytest.raises(ModelFileError, match="truncated"):
        GGUFWeights(cut, Backend())
