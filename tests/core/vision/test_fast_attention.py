"""Hearth's CPU attention kernel for the vision encoder (app/core/vision/_attention.c).

Every flavour this CPU can run is checked against float64 numpy attention on odd shapes
(channels, queries and keys that fill no register block), with masks, one and several
threads, and through the encoder on the tiny reference model. Speed is measured by
bench/mllama.py, not here.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.vision import fast_attention
from app.core.vision.encoder import VisionEncoder
from app.core.vision.ggml import Backend
from app.core.vision.gguf_layout import open_mllama
from app.core.vision.preprocess import preprocess
from app.core.vision.weights import GGUFWeights

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
REF = np.load(DATA / "model.npz")
FLAVOURS = {2: "avx512", 1: "avx2"}


def _kernel(isa: int) -> fast_attention.AttentionKernel:
    kern = fast_attention.available_kernel(isa)
    if kern is None:
        pytest.skip(f"this CPU (or build) has no {fast_attention.ISA_NAMES[isa]} kernel")
    return kern


def _problem(heads: int, n: int, keys: int, d: int, seed: int = 0, spread: float = 1.0
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    q = rng.standard_normal((heads, n, d), dtype=np.float32) * spread
    k = rng.standard_normal((heads, keys, d), dtype=np.float32)
    v = rng.standard_normal((heads, keys, d), dtype=np.float32)
    return q, k, v


def _rel(got: np.ndarray, expected: np.ndarray) -> float:
    return float(np.abs(got - expected).max() / max(np.abs(expected).max(), 1e-30))


@pytest.mark.skipif(not (sys.platform.startswith("linux") and platform.machine() == "x86_64"),
                    reason="the kernel is built and used on x86-64 (checked here on Linux)")
def test_the_extension_is_built_and_its_tensor_layout_matches_libggml() -> None:
    """setup.py marks the extension optional (an install without a compiler still works), so
    a build that silently dropped it would only show as slow pictures: fail instead."""
    assert fast_attention.built()
    assert fast_attention._layout_matches(fast_attention._library())


@pytest.mark.parametrize("isa", sorted(FLAVOURS), ids=FLAVOURS.get)
@pytest.mark.parametrize(("heads", "n", "keys", "d"), [
    (16, 130, 700, 80),  # the 11B's head size; queries and keys that fill no block
    (3, 37, 101, 24),
    (2, 64, 96, 80),  # exactly whole blocks
    (2, 5, 13, 7),  # channels below one register block
    (1, 1, 1, 8),  # one query, one key
])
@pytest.mark.parametrize("threads", [1, 2])
def test_the_kernel_equals_float64_attention(isa: int, heads: int, n: int, keys: int, d: int,
                                             threads: int) -> None:
    kern = _kernel(isa)
    q, k, v = _problem(heads, n, keys, d, seed=n + keys)
    scale = 1 / np.sqrt(d)
    got = fast_attention.run(kern, q, k, v, scale, threads=threads)
    assert got.shape == (heads, n, d)
    assert _rel(got, fast_attention.reference(q, k, v, scale)) < 2e-6


@pytest.mark.parametrize("isa", sorted(FLAVOURS), ids=FLAVOURS.get)
def test_masked_keys_get_no_weight_and_a_row_that_sees_nothing_is_zero(isa: int) -> None:
    kern = _kernel(isa)
    q, k, v = _problem(2, 40, 150, 16, seed=3)
    mask = np.zeros((40, 150), np.float32)
    mask[30:, 100:] = -np.inf  # padding queries kept off padding keys, as the encoder's
    mask[7, :] = -np.inf  # a query that may see nothing
    got = fast_attention.run(kern, q, k, v, 0.25, mask)
    expected = fast_attention.reference(q, k, v, 0.25, mask)
    assert _rel(got, expected) < 2e-6
    assert not got[:, 7].any()
    # the masked keys' values do not leak in: change them, the answer stays
    v2 = v.copy()
    v2[:, 100:] += 1000
    again = fast_attention.run(kern, q, k, v2, 0.25, mask)
    np.testing.assert_array_equal(again[:, 30:], got[:, 30:])
    assert np.abs(again[:, :30] - got[:, :30]).max() > 1  # ...and do count where not masked


@pytest.mark.parametrize("isa", sorted(FLAVOURS), ids=FLAVOURS.get)
def test_large_scores_stay_finite_and_exact(isa: int) -> None:
    """Scores in the hundreds: the running maximum must keep every exponential in range
    (exp(200) overflows float32). The tolerance is float32's own: a score of ~200 summed over
    32 channels carries ~1e-5 of rounding, which the exponential passes on to the weights."""
    kern = _kernel(isa)
    q, k, v = _problem(2, 70, 300, 32, seed=5, spread=30.0)
    got = fast_attention.run(kern, q, k, v, 1.0)
    assert np.isfinite(got).all()
    assert _rel(got, fast_attention.reference(q, k, v, 1.0)) < 1e-4


def test_the_choice_can_be_turned_to_ggml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_VISION_ATTENTION", "ggml")
    assert fast_attention.kernel() is None
    monkeypatch.setenv("HEARTH_VISION_ATTENTION", "")
    assert fast_attention.kernel() == fast_attention.available_kernel()


def test_a_kernel_that_fails_its_check_is_set_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    """A kernel off the reference (a miscompile, a CPU misreporting its features) must not
    read pictures: it is checked once before use, and ggml's kernel takes over."""
    if fast_attention.cpu_isa() == 0:
        pytest.skip("no flavour of the kernel runs on this CPU")
    from app.ui.selftest import check_attention

    calls = []

    def off(kern: fast_attention.AttentionKernel) -> float:
        calls.append(kern.isa)
        return 0.5

    fast_attention._checked.cache_clear()
    monkeypatch.setattr(fast_attention, "self_check", off)
    try:
        assert fast_attention.kernel() is None
        assert fast_attention.available_kernel(1) is None
        text = fast_attention.describe()
        assert text.startswith("ggml's flash attention (Hearth's ")
        assert "failed its check (5.0e-01 from float64 attention)" in text
        with pytest.raises(RuntimeError, match="failed its check"):
            check_attention()
        fast_attention.available_kernel()
        best = fast_attention.cpu_isa()
        assert calls == ([best, 1] if best != 1 else [1])  # once per flavour, then remembered
    finally:
        fast_attention._checked.cache_clear()
    monkeypatch.undo()
    kern = fast_attention.kernel()
    assert kern is not None and fast_attention.describe() == f"Hearth's kernel, {kern.name}"
    assert check_attention().startswith(f"{kern.name} kernel, ")


def test_a_check_that_cannot_run_is_a_failed_check(monkeypatch: pytest.MonkeyPatch) -> None:
    if fast_attention.cpu_isa() == 0:
        pytest.skip("no flavour of the kernel runs on this CPU")

    def broken(kern: fast_attention.AttentionKernel) -> float:
        raise MemoryError("no room for the check's graph")

    fast_attention._checked.cache_clear()
    monkeypatch.setattr(fast_attention, "self_check", broken)
    try:
        kern, note = fast_attention.flavour()
        assert kern is None and "MemoryError: no room for the check's graph" in note
    finally:
        fast_attention._checked.cache_clear()


@pytest.fixture(scope="module")
def tiny() -> tuple:
    files = open_mllama(DATA / "tiny-mllama-text.gguf", DATA / "tiny-mllama-mmproj.gguf")
    backend = Backend(threads=2)
    return GGUFWeights(files.projector.path, backend), files, backend


@pytest.mark.parametrize("choice", ["default", "avx2", "ggml"])
def test_the_encoder_matches_the_reference_with_each_kernel(tiny: tuple, choice: str) -> None:
    """The tiny model's features (two of four tiles real: masked and unmasked row blocks)
    equal the reference's with Hearth's kernel in each flavour and with ggml's."""
    weights, files, backend = tiny
    encoder = VisionEncoder(weights, files.vision, files.vision_names, backend)
    assert encoder.kernel == fast_attention.kernel()
    if choice == "ggml":
        encoder.kernel = None
    elif choice == "avx2":
        encoder.kernel = _kernel(1)
    pre = np.load(DATA / "preprocess.npz")
    image = preprocess(Image.fromarray(pre["model_1x2/source"]), tile=int(pre["model_1x2/tile"]),
                       max_tiles=4)
    features = encoder.encode(image)
    assert _rel(features.vision, REF["model_1x2/vision"]) <= 1e-4
    assert _rel(features.projected, REF["model_1x2/projected"]) <= 1e-4
