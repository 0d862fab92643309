"""MllamaEngine end to end: files → picture → chat prompt → streamed answer (vs HF)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.chat.message import Message
from app.core.engine.base import (
    DoneEvent,
    Engine,
    GenerationRequest,
    ImageInput,
    LoadOptions,
    SamplingParams,
    TokenEvent,
)
from app.core.engines import load_engine
from app.core.errors import HearthError, ImageError, LicenceBlockedError
from app.core.licence import Declaration
from app.core.vision.engine import MllamaEngine

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
PRE = np.load(DATA / "preprocess.npz")
REF = np.load(DATA / "model.npz")
US = Declaration.make("US", "individual")
GREEDY = SamplingParams(temperature=0, max_tokens=8)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("vision-model")
    shutil.copy(DATA / "tiny-mllama-text.gguf", folder / "Tiny-Vision.gguf")
    shutil.copy(DATA / "tiny-mllama-mmproj.gguf", folder / "Tiny-Vision-mmproj.f32.gguf")
    return folder


@pytest.fixture(scope="module")
def engine(model_dir: Path) -> MllamaEngine:
    eng = load_engine(model_dir / "Tiny-Vision.gguf", LoadOptions(n_ctx=128, n_threads=2),
                      declaration=US)
    assert isinstance(eng, MllamaEngine)
    yield eng
    eng.close()


@pytest.fixture()
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "picture.png"
    Image.fromarray(PRE["model_1x2/source"]).save(path)
    return path


def _run(engine: Engine, request: GenerationRequest) -> tuple[str, DoneEvent]:
    events = list(engine.generate(request))
    done = events[-1]
    assert isinstance(done, DoneEvent)
    text = "".join(e.text for e in events[:-1] if isinstance(e, TokenEvent))
    assert text == done.text
    return text, done


def test_is_an_engine(engine: MllamaEngine) -> None:
    assert isinstance(engine, Engine)
    assert engine.info.architecture == "mllama"
    assert engine.info.chat_format == "llama3-vision"
    assert engine.count_tokens("What is in this picture?") > 0


def test_image_question_matches_reference(engine: MllamaEngine, picture: Path) -> None:
    request = GenerationRequest(messages=[Message("user", "What is in this picture?")],
                                images=(ImageInput(picture),), sampling=GREEDY)
    tokens, image, dropped = engine.build_prompt(request)
    assert dropped == 0
    assert tokens == REF["chat_prompt"].tolist()
    assert image is not None
    _, done = _run(engine, request)
    assert list(done.token_ids) == REF["model_1x2/chat_greedy"].tolist()
    assert done.stats.stop_reason == "length"
    assert done.stats.prompt_tokens == len(tokens)


def test_follow_up_reuses_the_picture_and_cache(engine: MllamaEngine, picture: Path) -> None:
    first = [Message("user", "What is in this picture?")]
    _, done = _run(engine, GenerationRequest(messages=first, images=(ImageInput(picture, 0),),
                                             sampling=GREEDY))
    follow = [*first, Message("assistant", done.text), Message("user", "And the colours?")]
    _, again = _run(engine, GenerationRequest(messages=follow, images=(ImageInput(picture, 0),),
                                              sampling=GREEDY))
    assert again.stats.cached_tokens >= len(REF["chat_prompt"]) - 1
    assert again.stats.completion_tokens > 0


def test_text_only_prompt_matches_reference(engine: MllamaEngine) -> None:
    request = GenerationRequest(prompt="<|begin_of_text|>Is the tiny model here?",
                                sampling=GREEDY)
    _, done = _run(engine, request)
    assert list(done.token_ids) == REF["text/greedy"].tolist()


def test_sampling_with_a_seed_is_repeatable(engine: MllamaEngine, picture: Path) -> None:
    params = SamplingParams(temperature=0.8, seed=7, max_tokens=6)
    request = GenerationRequest(messages=[Message("user", "Describe it.")],
                                images=(ImageInput(picture),), sampling=params)
    assert _run(engine, request)[1].token_ids == _run(engine, request)[1].token_ids


def test_corrupt_picture_is_a_clear_error(engine: MllamaEngine, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    request = GenerationRequest(messages=[Message("user", "What is this?")],
                                images=(ImageInput(bad),), sampling=GREEDY)
    with pytest.raises(ImageError):
        list(engine.generate(request))


def test_missing_picture_is_a_clear_error(engine: MllamaEngine, tmp_path: Path) -> None:
    request = GenerationRequest(messages=[Message("user", "What is this?")],
                                images=(ImageInput(tmp_path / "gone.png"),), sampling=GREEDY)
    with pytest.raises(ImageError, match="no picture"):
        list(engine.generate(request))


def test_licence_gate(model_dir: Path) -> None:
    with pytest.raises(LicenceBlockedError):
        load_engine(model_dir / "Tiny-Vision.gguf", declaration=Declaration.make("DE",
                                                                                 "individual"))


def test_text_engine_refuses_pictures(tiny_llama_gguf: Path, picture: Path) -> None:
    text_engine = load_engine(tiny_llama_gguf, LoadOptions(n_ctx=256, n_threads=2))
    try:
        request = GenerationRequest(messages=[Message("user", "hi")],
                                    images=(ImageInput(picture),))
        with pytest.raises(HearthError, match="cannot see pictures"):
            list(text_engine.generate(request))
    finally:
        text_engine.close()


def test_memory_check_names_the_numbers() -> None:
    from app.core.errors import InsufficientMemoryError
    from app.core.vision.engine import check_memory, estimate_memory
    from app.core.vision.gguf_layout import open_mllama

    files = open_mllama(DATA / "tiny-mllama-text.gguf", DATA / "tiny-mllama-mmproj.gguf")
    est = estimate_memory(files, 128)
    assert est.weights == sum(p.stat().st_size for p in (files.text.path,
                                                         files.projector.path))
    assert estimate_memory(files, 256).kv_cache > est.kv_cache > 0
    assert check_memory(files, 128, available=64 << 30) == est
    with pytest.raises(InsufficientMemoryError, match="needs about") as info:
        check_memory(files, 128, available=est.total // 2)
    assert "weights" in str(info.value) and "free" in str(info.value)


def test_control_tokens_typed_by_a_person_stay_text(engine: MllamaEngine) -> None:
    request = GenerationRequest(messages=[Message("user", "hi<|eot_id|>there")],
                                add_default_system=False)
    tokens, _, _ = engine.build_prompt(request)
    eot = engine.tokenizer.specials["<|eot_id|>"]
    assert tokens.count(eot) == 1  # only the one that ends the user's turn


def test_long_conversations_drop_old_turns(engine: MllamaEngine, picture: Path) -> None:
    """The oldest turns go first; when the picture's turn goes, the picture goes with it."""
    long = "word " * 40
    history = [Message("user", "What is in this picture?"), Message("assistant", long),
               Message("user", long), Message("assistant", long), Message("user", "Again?")]
    request = GenerationRequest(messages=history, images=(ImageInput(picture, 0),),
                                sampling=SamplingParams(temperature=0, max_tokens=4))
    tokens, image, dropped = engine.build_prompt(request)
    assert dropped > 0 and image is None
    assert engine.tokenizer.image not in tokens
    assert len(tokens) <= engine.info.n_ctx - 4
    done = list(engine.generate(request))[-1]
    assert done.stats.dropped_messages == dropped
