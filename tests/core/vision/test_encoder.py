"""The ggml vision encoder and projector against HF transformers (tests/data/mllama)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.vision.encoder import VisionEncoder, attention_mask
from app.core.vision.ggml import GGML_VERSION, Allocator, Backend, Graph, lib, library_dir
from app.core.vision.gguf_layout import open_mllama
from app.core.vision.preprocess import preprocess
from app.core.vision.weights import GGUFWeights

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
PRE = np.load(DATA / "preprocess.npz")
REF = np.load(DATA / "model.npz")
LAYOUTS = {
    "split": (DATA / "tiny-mllama-text.gguf", DATA / "tiny-mllama-mmproj.gguf"),
    "single": (DATA / "tiny-mllama-single.gguf", None),
}


def _rel_error(got: np.ndarray, expected: np.ndarray) -> float:
    return float(np.abs(got - expected).max() / np.abs(expected).max())


@pytest.fixture(scope="module")
def backend() -> Backend:
    return Backend(threads=2)


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def encoder(request: pytest.FixtureRequest, backend: Backend) -> VisionEncoder:
    files = open_mllama(*LAYOUTS[request.param])
    weights = GGUFWeights(files.projector.path, backend)
    return VisionEncoder(weights, files.vision, files.vision_names, backend)


def test_uses_llama_cpp_pythons_ggml() -> None:
    assert lib().ggml_version().decode() == GGML_VERSION
    assert (library_dir() / "libggml-base.so").exists() or any(library_dir().glob("*ggml*"))


@pytest.mark.parametrize("case", ["model_1x2", "model_1x1"])
def test_features_match_reference(encoder: VisionEncoder, case: str) -> None:
    image = preprocess(Image.fromarray(PRE[f"{case}/source"]), tile=int(PRE[f"{case}/tile"]))
    features = encoder.encode(image)
    assert features.num_tiles == int(PRE[f"{case}/aspect_ratio_mask"].sum())
    assert features.vision.shape == REF[f"{case}/vision"].shape
    assert _rel_error(features.vision, REF[f"{case}/vision"]) <= 1e-4
    assert _rel_error(features.projected, REF[f"{case}/projected"]) <= 1e-4


def test_padding_mask_only_separates_padding_from_padding() -> None:
    mask = attention_mask(num_tiles=1, max_tiles=2, patches=3, padded=4)
    real = [0, 1, 2]
    assert np.isfinite(mask[np.ix_(real, range(8))]).all()  # real queries see every key
    pad = [3, 4, 5, 6, 7]
    assert np.isneginf(mask[np.ix_(pad, pad)]).all()
    assert (mask[np.ix_(pad, real)] == 0).all()


def test_wrong_tile_size_is_refused(encoder: VisionEncoder) -> None:
    image = preprocess(Image.fromarray(PRE["model_1x1/source"]), tile=8)
    with pytest.raises(ValueError, match="model expects"):
        encoder.encode(image)


def test_unfused_attention_gives_the_same_features(backend: Backend) -> None:
    """The plain softmax path (scores materialised) agrees with the fused default."""
    files = open_mllama(*LAYOUTS["split"])
    weights = GGUFWeights(files.projector.path, backend)
    plain = VisionEncoder(weights, files.vision, files.vision_names, backend,
                          flash_attention=False)
    image = preprocess(Image.fromarray(PRE["model_1x2/source"]), tile=16)
    features = plain.encode(image)
    assert _rel_error(features.projected, REF["model_1x2/projected"]) <= 1e-4


def test_graphs_sharing_an_allocator_keep_its_memory(backend: Backend) -> None:
    """The steps of an encode share one compute memory: graphs of other shapes reuse it (it
    grows when one needs more) and each still computes its own result."""
    g = lib()
    rng = np.random.default_rng(0)
    big, small = rng.standard_normal((64, 256), dtype=np.float32), np.ones((4, 8), np.float32)
    with Allocator(backend) as alloc:
        sizes = []
        for array, factor in ((small, 3.0), (big, 2.0), (small, 5.0), (big, -1.0)):
            with Graph(backend, max_nodes=16, allocator=alloc) as graph:
                x = graph.input(array, "x")
                (out,) = graph.compute(g.ggml_scale(graph.ctx, g.ggml_add(graph.ctx, x, x),
                                                    factor))
                sizes.append(graph.compute_bytes())
            np.testing.assert_allclose(out, 2 * factor * array, rtol=1e-6)
        assert sizes[1] > sizes[0] and sizes[2] == sizes[3] == sizes[1]
