"""The ggml text decoder (self + cross attention, KV cache) against HF transformers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.vision.decoder import TextDecoder, fix_up, permute_norm
from app.core.vision.encoder import VisionEncoder
from app.core.vision.ggml import Backend
from app.core.vision.gguf_layout import MllamaFiles, open_mllama
from app.core.vision.preprocess import preprocess
from app.core.vision.weights import GGUFWeights

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
PRE = np.load(DATA / "preprocess.npz")
REF = np.load(DATA / "model.npz")


@pytest.fixture(scope="module")
def backend() -> Backend:
    return Backend(threads=2)


@pytest.fixture(scope="module")
def files() -> MllamaFiles:
    return open_mllama(DATA / "tiny-mllama-text.gguf", DATA / "tiny-mllama-mmproj.gguf")


@pytest.fixture(scope="module")
def decoder(files: MllamaFiles, backend: Backend) -> TextDecoder:
    return TextDecoder(GGUFWeights(files.text.path, backend, fix_up), files.text_hparams,
                       backend, n_ctx=64)


def _image_states(files: MllamaFiles, backend: Backend, case: str) -> np.ndarray:
    encoder = VisionEncoder(GGUFWeights(files.projector.path, backend), files.vision,
                            files.vision_names, backend)
    features = encoder.encode(preprocess(Image.fromarray(PRE[f"{case}/source"]), tile=16))
    projected = features.projected[: features.num_tiles]
    return projected.reshape(-1, projected.shape[-1])


def _greedy(decoder: TextDecoder, logits: np.ndarray, steps: int) -> list[int]:
    out = [int(logits[-1].argmax())]
    for _ in range(steps - 1):
        out.append(int(decoder.eval([out[-1]])[-1].argmax()))
    return out


def test_the_image_is_set_a_cross_layer_at_a_time(decoder: TextDecoder, files: MllamaFiles,
                                                  backend: Backend) -> None:
    """Each cross-attention layer's K/V is one step with its share; stopped before the last,
    no image is set (and its memory goes); run through, the logits are the reference's."""
    states = _image_states(files, backend, "model_1x2")
    layers = len(files.text_hparams.cross_layers)
    assert layers >= 2
    steps = decoder.image_steps(states)
    assert next(steps) == pytest.approx(1 / layers)
    steps.close()
    assert decoder.cross is None and decoder.n_image_tokens == 0
    assert list(decoder.image_steps(states)) == pytest.approx(
        [(i + 1) / layers for i in range(layers)])
    assert decoder.n_image_tokens == states.shape[0]
    decoder.reset()
    logits = decoder.eval(REF["prompt"].tolist(), all_logits=True)
    assert float(np.abs(logits - REF["model_1x2/logits"]).max()) <= 1e-3
    decoder.set_image(None)


@pytest.mark.parametrize("case", ["model_1x2", "model_1x1"])
def test_image_prompt_logits_and_greedy(decoder: TextDecoder, files: MllamaFiles,
                                        backend: Backend, case: str) -> None:
    decoder.set_image(_image_states(files, backend, case))
    decoder.reset()
    logits = decoder.eval(REF["prompt"].tolist(), all_logits=True)
    assert float(np.abs(logits - REF[f"{case}/logits"]).max()) <= 1e-3
    assert _greedy(decoder, logits, 8) == REF[f"{case}/greedy"].tolist()


def test_text_only_path(decoder: TextDecoder) -> None:
    decoder.set_image(None)
    decoder.reset()
    logits = decoder.eval(REF["text_prompt"].tolist(), all_logits=True)
    assert float(np.abs(logits - REF["text/logits"]).max()) <= 1e-3
    assert _greedy(decoder, logits, 8) == REF["text/greedy"].tolist()


def test_kv_cache_matches_a_full_recompute(decoder: TextDecoder) -> None:
    decoder.set_image(None)
    prompt = REF["text_prompt"].tolist()
    decoder.reset()
    decoder.eval(prompt[:4])
    stepped = decoder.eval(prompt[4:], all_logits=True)[-1]
    decoder.reset()
    whole = decoder.eval(prompt)[-1]
    assert np.allclose(stepped, whole, atol=1e-5)


def test_cross_norm_weights_need_the_rope_permutation(files: MllamaFiles,
                                                      backend: Backend) -> None:
    """Loading without the fix-up gives different logits: the permutation is load-bearing."""
    raw = TextDecoder(GGUFWeights(files.text.path, backend), files.text_hparams, backend,
                      n_ctx=64)
    raw.set_image(_image_states(files, backend, "model_1x2"))
    logits = raw.eval(REF["prompt"].tolist(), all_logits=True)
    assert float(np.abs(logits - REF["model_1x2/logits"]).max()) > 1e-2
    assert permute_norm(np.arange(8.0)).tolist() == [0, 4, 1, 5, 2, 6, 3, 7]


def test_text_before_the_image_skips_cross_attention(decoder: TextDecoder, files: MllamaFiles,
                                                     backend: Backend) -> None:
    """Rows flagged as before the image get exactly the text-only result (Meta's rule)."""
    prompt = REF["text_prompt"].tolist()
    decoder.set_image(None)
    decoder.reset()
    plain = decoder.eval(prompt, all_logits=True)
    decoder.set_image(_image_states(files, backend, "model_1x1"))
    decoder.reset()
    flagged = decoder.eval(prompt, image_rows=[False] * len(prompt), all_logits=True)
    assert np.allclose(plain, flagged, atol=1e-6)


def test_context_overflow_is_refused(decoder: TextDecoder) -> None:
    decoder.reset()
    with pytest.raises(ValueError, match="exceed the context"):
        decoder.eval([5] * 65)


def test_unfused_attention_gives_the_same_logits(files: MllamaFiles, backend: Backend) -> None:
    plain = TextDecoder(GGUFWeights(files.text.path, backend, fix_up), files.text_hparams,
                        backend, n_ctx=64, flash_attention=False)
    plain.set_image(_image_states(files, backend, "model_1x2"))
    logits = plain.eval(REF["prompt"].tolist(), all_logits=True)
    assert float(np.abs(logits - REF["model_1x2/logits"]).max()) <= 1e-3
    assert _greedy(plain, logits, 8) == REF["model_1x2/greedy"].tolist()


def test_cross_attention_in_query_blocks_matches_the_reference(
        decoder: TextDecoder, files: MllamaFiles, backend: Backend,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A long prompt is attended to the image in blocks of rows; the blocks join seamlessly."""
    prompt = REF["prompt"].tolist()
    assert len(prompt) > 3
    monkeypatch.setattr(decoder, "CROSS_ROWS", 3)
    decoder.set_image(_image_states(files, backend, "model_1x2"))
    decoder.reset()
    logits = decoder.eval(prompt, all_logits=True)
    assert float(np.abs(logits - REF["model_1x2/logits"]).max()) <= 1e-3
