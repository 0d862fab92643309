"""The vision engine on a GPU device (lavapipe in the Vulkan lane) against the references.

Tolerances (the CPU tests hold 1e-4 relative for features and 1e-3 absolute for logits):
a device sums in other orders and its matrix kernels may round activations to F16, so the
encoder's features are held to 2e-3 of their largest magnitude and the decoder's logits to
1e-2 (the tiny model's logits span about ±0.6, its greedy choices are ≥ 0.02 apart). Greedy
tokens must equal the reference exactly.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.chat.message import Message
from app.core.engine.base import (
    DoneEvent,
    GenerationRequest,
    ImageInput,
    LoadOptions,
    SamplingParams,
)
from app.core.engines import load_engine
from app.core.licence import Declaration
from app.core.vision.decoder import TextDecoder, fix_up
from app.core.vision.encoder import VisionEncoder
from app.core.vision.engine import MllamaEngine
from app.core.vision.ggml import Backend, buffer_backend
from app.core.vision.gguf_layout import MllamaFiles, open_mllama
from app.core.vision.preprocess import preprocess
from app.core.vision.weights import GGUFWeights

pytestmark = pytest.mark.gpu

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
PRE = np.load(DATA / "preprocess.npz")
REF = np.load(DATA / "model.npz")
US = Declaration.make("US", "individual")
FEATURE_TOL = 2e-3  # relative to the reference's largest magnitude
LOGIT_TOL = 1e-2  # absolute


def _rel_error(got: np.ndarray, expected: np.ndarray) -> float:
    return float(np.abs(got - expected).max() / np.abs(expected).max())


@pytest.fixture(scope="module")
def device(gpu_device: object) -> Backend:
    backend = Backend(gpu=True, threads=2)
    assert backend.on_device, backend.failure
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def files() -> MllamaFiles:
    return open_mllama(DATA / "tiny-mllama-text.gguf", DATA / "tiny-mllama-mmproj.gguf")


@pytest.fixture(scope="module")
def encoder(device: Backend, files: MllamaFiles) -> VisionEncoder:
    weights = GGUFWeights(files.projector.path, device)
    return VisionEncoder(weights, files.vision, files.vision_names, device)


def _states(encoder: VisionEncoder, case: str) -> np.ndarray:
    features = encoder.encode(preprocess(Image.fromarray(PRE[f"{case}/source"]), tile=16))
    projected = features.projected[: features.num_tiles]
    return projected.reshape(-1, projected.shape[-1])


@pytest.mark.parametrize("case", ["model_1x2", "model_1x1"])
def test_image_is_encoded_on_the_device(encoder: VisionEncoder, device: Backend,
                                        case: str) -> None:
    assert encoder.w.bytes_by_backend().keys() == {device.device_name}
    image = preprocess(Image.fromarray(PRE[f"{case}/source"]), tile=int(PRE[f"{case}/tile"]))
    features = encoder.encode(image)
    vision = _rel_error(features.vision, REF[f"{case}/vision"])
    projected = _rel_error(features.projected, REF[f"{case}/projected"])
    print(f"\n{case}: relative error vision {vision:.2e}, projected {projected:.2e}")
    assert vision <= FEATURE_TOL and projected <= FEATURE_TOL


def _greedy(decoder: TextDecoder, logits: np.ndarray, steps: int) -> list[int]:
    out = [int(logits[-1].argmax())]
    for _ in range(steps - 1):
        out.append(int(decoder.eval([out[-1]])[-1].argmax()))
    return out


@pytest.mark.parametrize("layers", ["all", "half"])
def test_decoder_on_the_device_matches_the_reference(device: Backend, files: MllamaFiles,
                                                     encoder: VisionEncoder,
                                                     layers: str) -> None:
    n = files.text_hparams.layers
    on = (lambda _i: True) if layers == "all" else (lambda i: i >= n // 2)
    weights = GGUFWeights(files.text.path, device, fix_up,
                          on_device=lambda name: not name.startswith("blk.")
                          or on(int(name.split(".")[1])))
    decoder = TextDecoder(weights, files.text_hparams, device, n_ctx=64, layer_on_device=on)
    try:
        for case in ("model_1x2", "model_1x1"):
            decoder.set_image(_states(encoder, case))
            for i in range(n):
                where = device.device_name if on(i) else "CPU"
                if i in files.text_hparams.cross_layers:
                    assert buffer_backend(decoder.cross[f"k{i}"]) == where
                    assert buffer_backend(decoder.cross[f"vt{i}"]) == where
                else:
                    assert buffer_backend(decoder.cache[f"k{i}"]) == where
                    assert buffer_backend(decoder.cache[f"v{i}"]) == where
                assert weights.where(f"blk.{i}.ffn_up.weight") == where
            decoder.reset()
            logits = decoder.eval(REF["prompt"].tolist(), all_logits=True)
            err = float(np.abs(logits - REF[f"{case}/logits"]).max())
            print(f"\n{layers} layers, {case}: max |Δlogit| {err:.2e}")
            assert err <= LOGIT_TOL
            assert _greedy(decoder, logits, 8) == REF[f"{case}/greedy"].tolist()
        decoder.set_image(None)
        decoder.reset()
        logits = decoder.eval(REF["text_prompt"].tolist(), all_logits=True)
        assert float(np.abs(logits - REF["text/logits"]).max()) <= LOGIT_TOL
        assert _greedy(decoder, logits, 8) == REF["text/greedy"].tolist()
    finally:
        decoder.close()
        weights.close()


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("vision-model")
    shutil.copy(DATA / "tiny-mllama-text.gguf", folder / "Tiny-Vision.gguf")
    shutil.copy(DATA / "tiny-mllama-mmproj.gguf", folder / "Tiny-Vision-mmproj.f32.gguf")
    return folder


@pytest.fixture()
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "picture.png"
    Image.fromarray(PRE["model_1x2/source"]).save(path)
    return path


def _answer(engine: MllamaEngine, picture: Path) -> DoneEvent:
    request = GenerationRequest(messages=[Message("user", "What is in this picture?")],
                                images=(ImageInput(picture),),
                                sampling=SamplingParams(temperature=0, max_tokens=8))
    return [e for e in engine.generate(request) if isinstance(e, DoneEvent)][-1]


@pytest.mark.parametrize("n_gpu_layers", [None, 999, 2])
def test_engine_on_the_device(model_dir: Path, picture: Path, gpu_device: object,
                              n_gpu_layers: int | None) -> None:
    engine = load_engine(model_dir / "Tiny-Vision.gguf",
                         LoadOptions(n_ctx=128, n_threads=2, n_gpu_layers=n_gpu_layers),
                         declaration=US)
    assert isinstance(engine, MllamaEngine)
    try:
        n = engine.files.text_hparams.layers
        name = engine.backend.device_name
        info = engine.info
        assert info.notice is None
        placed = engine.placement_bytes()
        if n_gpu_layers == 2:  # two of the tiny model's 5 blocks; the output stays on the CPU
            assert info.n_gpu_layers == 2
            assert engine.placement.layers == frozenset(range(n - 2, n))
            assert f"2 of {n + 1} layers on {name}" in info.offload
            assert "the rest on the CPU" in info.offload
            assert placed[name] > 0 and placed["CPU"] > 0
        else:  # all of it fits: the plan puts everything on the device
            assert info.n_gpu_layers == n + 1
            assert f"all {n + 1} layers on {name}" in info.offload
            assert set(placed) == {name}
        assert engine.placement.vision
        assert engine.encoder.w.bytes_by_backend().keys() == {name}
        done = _answer(engine, picture)
        assert list(done.token_ids) == REF["model_1x2/chat_greedy"].tolist()
    finally:
        engine.close()


def test_ask_image_json_says_what_went_where(model_dir: Path, picture: Path,
                                             gpu_device: object, hearth_home: Path) -> None:
    env = dict(os.environ, HEARTH_HOME=str(hearth_home))
    out = subprocess.run(
        [sys.executable, "-m", "app", "ask-image", str(picture), "-p", "What is in this picture?",
         "--model", str(model_dir / "Tiny-Vision.gguf"), "--max-tokens", "4", "--temperature",
         "0", "--gpu-layers", "2", "--json", "--domicile", "US", "--as", "individual"],
        env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["n_gpu_layers"] == 2
    assert "the rest on the CPU" in data["offload"]
    assert data["placement"]["CPU"] > 0 and len(data["placement"]) == 2


_FALLBACK = """
import sys
from app.core.engine.base import LoadOptions
from app.core.engines import load_engine
from app.core.licence import Declaration
from app.core.engines import load_engine
engine = load_engine(sys.argv[1], LoadOptions(n_ctx=128, n_threads=2, n_gpu_layers=999),
                     declaration=Declaration.make("US", "individual"))
print("LAYERS", engine.info.n_gpu_layers, engine.backend.on_device)
print("NOTICE", engine.info.notice)
engine.close()
"""


def test_a_device_that_cannot_load_falls_back_to_the_cpu(model_dir: Path,
                                                         gpu_device: object) -> None:
    if not str(getattr(gpu_device, "name", "")).startswith("Vulkan"):
        pytest.skip("the allocation limit is a Vulkan setting")
    # ggml's knob for drivers with small allocation limits: nothing above 1 KiB fits.
    env = dict(os.environ, GGML_VK_FORCE_MAX_ALLOCATION_SIZE="1024")
    out = subprocess.run([sys.executable, "-c", _FALLBACK, str(model_dir / "Tiny-Vision.gguf")],
                         env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert "LAYERS 0 False" in out.stdout
    assert "NOTICE The GPU could not be used" in out.stdout
    assert "runs on the CPU" in out.stdout
