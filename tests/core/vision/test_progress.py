"""Reading a picture in steps: progress, cancel (between and inside steps), detail, disk cache.

All on the tiny reference model with real ggml computation; "full" must stay equal to the
reference (tests/data/mllama), "quick" reads one tile and still answers.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationRequest,
    ImageInput,
    LoadOptions,
    ProgressEvent,
    SamplingParams,
    TokenEvent,
    describe_progress,
)
from app.core.licence import Declaration
from app.core.vision.encoder import (
    ROWS_PER_STEP,
    VisionEncoder,
    _padding_flags,
    encoder_cost,
    row_blocks,
)
from app.core.vision.engine import MllamaEngine
from app.core.vision.feature_cache import FeatureCache
from app.core.vision.ggml import Backend
from app.core.vision.gguf_layout import open_mllama
from app.core.vision.preprocess import preprocess
from app.core.vision.weights import GGUFWeights

DATA = Path(__file__).resolve().parents[2] / "data" / "mllama"
PRE = np.load(DATA / "preprocess.npz")
REF = np.load(DATA / "model.npz")
US = Declaration.make("US", "individual")
GREEDY = SamplingParams(temperature=0, max_tokens=8)
QUESTION = [Message("user", "What is in this picture?")]


def _rel_error(got: np.ndarray, expected: np.ndarray) -> float:
    return float(np.abs(got - expected).max() / np.abs(expected).max())


@pytest.fixture(scope="module")
def encoder() -> VisionEncoder:
    files = open_mllama(DATA / "tiny-mllama-text.gguf", DATA / "tiny-mllama-mmproj.gguf")
    backend = Backend(threads=2)
    return VisionEncoder(GGUFWeights(files.projector.path, backend), files.vision,
                         files.vision_names, backend)


def _image(case: str = "model_1x2", max_tiles: int = 4):
    return preprocess(Image.fromarray(PRE[f"{case}/source"]), tile=int(PRE[f"{case}/tile"]),
                      max_tiles=max_tiles)


def _padded(patches: int) -> int:
    return (patches + 7) // 8 * 8


def _drain(steps):  # type: ignore[no-untyped-def]
    fractions = []
    while True:
        try:
            fractions.append(next(steps))
        except StopIteration as stop:
            return fractions, stop.value


def test_steps_report_rising_progress_and_equal_the_reference(encoder: VisionEncoder) -> None:
    fractions, features = _drain(encoder.steps(_image()))
    hp = encoder.hp
    # embedding, per layer K/V plus a step per block of query rows, then 4 projections
    blocks = len(row_blocks(_padding_flags(2, 4, hp.patches, _padded(hp.patches))))
    assert blocks >= -(-4 * _padded(hp.patches) // ROWS_PER_STEP)
    assert len(fractions) == 1 + (hp.layers + hp.global_layers) * (1 + blocks) + 4
    assert fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0)
    assert _rel_error(features.vision, REF["model_1x2/vision"]) <= 1e-4
    assert _rel_error(features.projected, REF["model_1x2/projected"]) <= 1e-4


def test_small_row_blocks_give_the_same_features(encoder: VisionEncoder,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows split across steps (and the projector across nodes) change nothing."""
    from app.core.vision import encoder as module

    monkeypatch.setattr(module, "ROWS_PER_STEP", 64)
    monkeypatch.setattr(module, "PROJECT_ROWS", 16)
    fractions, features = _drain(encoder.steps(_image()))
    hp = encoder.hp
    blocks = len(row_blocks(_padding_flags(2, 4, hp.patches, _padded(hp.patches))))
    assert blocks > 2
    assert len(fractions) == 1 + (hp.layers + hp.global_layers) * (1 + blocks) + 4
    assert _rel_error(features.vision, REF["model_1x2/vision"]) <= 1e-4
    assert _rel_error(features.projected, REF["model_1x2/projected"]) <= 1e-4


@pytest.mark.parametrize(("num_tiles", "tiles"), [(4, 4), (2, 4), (1, 4), (1, 1)])
def test_row_blocks_mask_only_rows_with_padding_queries(num_tiles: int, tiles: int) -> None:
    """The 11B shape: every row once, in order; unmasked blocks hold real queries only and
    whole 64-row query tiles; four real tiles leave 4 × 8 masked rows of 6432."""
    pad = _padding_flags(num_tiles, tiles, 1601, 1608)
    blocks = row_blocks(pad)
    assert [b[0] for b in blocks] == list(np.cumsum([0] + [b[1] for b in blocks[:-1]]))
    assert sum(n for _, n, _ in blocks) == len(pad)
    assert all(0 < n <= ROWS_PER_STEP for _, n, _ in blocks)
    for start, n, masked in blocks:
        rows = pad[start:start + n]
        if masked:
            assert rows.any()
        else:
            assert not rows.any() and n % 64 == 0
    masked_rows = sum(n for _, n, m in blocks if m)
    assert masked_rows == 8 * num_tiles + 1608 * (tiles - num_tiles)


@pytest.mark.parametrize("flash", [True, False])
def test_unmasked_row_blocks_give_the_reference_features(encoder: VisionEncoder, flash: bool,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """Real queries attend without a mask and match the reference. The tiny model's 17 real
    rows per tile are fewer than one 64-row tile, so the tile is made 8 rows here."""
    from app.core.vision import encoder as module

    monkeypatch.setattr(module, "QUERY_TILE", 8)
    hp = encoder.hp
    blocks = row_blocks(_padding_flags(2, 4, hp.patches, _padded(hp.patches)))
    assert any(not masked for _, _, masked in blocks)
    plain = VisionEncoder(encoder.w, hp, encoder.names, encoder.backend, flash_attention=flash)
    features = plain.encode(_image())
    assert _rel_error(features.vision, REF["model_1x2/vision"]) <= 1e-4
    assert _rel_error(features.projected, REF["model_1x2/projected"]) <= 1e-4


def test_cancel_between_steps_stops_the_encode(encoder: VisionEncoder) -> None:
    cancel = CancelToken()
    steps = encoder.steps(_image(), cancel)
    next(steps)
    next(steps)
    cancel.cancel()
    fractions, features = _drain(steps)
    assert features is None and len(fractions) <= 1


def test_cancel_inside_a_step_aborts_the_graph(encoder: VisionEncoder) -> None:
    """A set token stops ggml's CPU graph at its next node; the backend stays usable."""
    cancel = CancelToken()
    cancel.cancel()
    fractions, features = _drain(encoder.steps(_image(), cancel))
    assert features is None and fractions == []
    again = encoder.encode(_image())
    assert _rel_error(again.projected, REF["model_1x2/projected"]) <= 1e-4


def test_quick_detail_encodes_one_tile(encoder: VisionEncoder) -> None:
    quick = _image("model_1x2", max_tiles=1)
    assert quick.pixel_values.shape[0] == 1 and quick.num_tiles == 1
    features = encoder.encode(quick)
    assert features.projected.shape == (1, encoder.hp.patches, REF["model_1x2/projected"].shape[-1])
    assert np.isfinite(features.projected).all()
    full, one = encoder.cost(4), encoder.cost(1)
    assert one.total < full.total / 3


def test_flops_of_the_11b_shape() -> None:
    from app.core.vision.gguf_layout import VisionHParams

    hp = VisionHParams(hidden=1280, heads=16, ffn=5120, layers=32, global_layers=8,
                       image_size=560, patch_size=14, max_tiles=4, eps=1e-5,
                       intermediate_layers=(3, 7, 15, 23, 30))
    cost = encoder_cost(hp, 4, 4096)
    assert cost.attention == pytest.approx(4 * 6432**2 * 1280 * 40)  # ~8.5 TFLOP
    layers = 40 * 2 * 6432 * (4 * 1280**2 + 2 * 1280 * 5120)  # ~10.1 TFLOP
    assert cost.matmul == pytest.approx(layers + cost.embed + 4 * cost.project_tile)


# -- the engine ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("vision-progress")
    shutil.copy(DATA / "tiny-mllama-text.gguf", folder / "Tiny-Vision.gguf")
    shutil.copy(DATA / "tiny-mllama-mmproj.gguf", folder / "Tiny-Vision-mmproj.f32.gguf")
    return folder


def _engine(model_dir: Path) -> MllamaEngine:
    return MllamaEngine(model_dir / "Tiny-Vision.gguf", model_dir / "Tiny-Vision-mmproj.f32.gguf",
                        LoadOptions(n_ctx=128, n_threads=2), declaration=US)


@pytest.fixture(scope="module")
def engine(model_dir: Path) -> MllamaEngine:
    eng = _engine(model_dir)
    yield eng
    eng.close()


@pytest.fixture()
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "picture.png"
    Image.fromarray(PRE["model_1x2/source"]).save(path)
    return path


def _ask(engine: MllamaEngine, picture: Path, detail: str = "full",
         cancel: CancelToken | None = None) -> list[object]:
    request = GenerationRequest(messages=QUESTION, sampling=GREEDY,
                                images=(ImageInput(picture, detail=detail),))  # type: ignore[arg-type]
    return list(engine.generate(request, cancel))


def test_progress_comes_first_and_rises_to_one(engine: MllamaEngine, picture: Path) -> None:
    events = _ask(engine, picture)
    progress = [e for e in events if isinstance(e, ProgressEvent)]
    assert isinstance(events[0], ProgressEvent) and events[0].fraction == 0.0
    assert all(p.phase == "image" for p in progress)
    fractions = [p.fraction for p in progress]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(p.eta_s is not None for p in progress)
    first_token = next(i for i, e in enumerate(events) if isinstance(e, TokenEvent))
    assert first_token > events.index(progress[-1])
    done = events[-1]
    assert isinstance(done, DoneEvent)
    assert list(done.token_ids) == REF["model_1x2/chat_greedy"].tolist()
    assert describe_progress(ProgressEvent("image", 0.35, 150)) == \
        "Reading the picture… 35 % · about 2 min left"


def test_setting_the_picture_into_the_model_moves_the_bar(engine: MllamaEngine, picture: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """After the encode, the cross-attention K/V (seconds for the 11B) reports a step per
    layer: each layer done is followed by a higher fraction before the next layer starts."""
    timeline: list[object] = []
    real = engine.decoder.image_steps

    def recorded(states):  # type: ignore[no-untyped-def]
        for done in real(states):
            timeline.append(("layer", done))
            yield done

    monkeypatch.setattr(engine.decoder, "image_steps", recorded)
    engine._image_key = None
    for entry in engine.feature_cache.root.glob("*.feat"):
        entry.unlink()  # encode afresh
    request = GenerationRequest(messages=QUESTION, sampling=GREEDY,
                                images=(ImageInput(picture),))
    for event in engine.generate(request):
        if isinstance(event, ProgressEvent):
            timeline.append(event.fraction)
    layers = len(engine.files.text_hparams.cross_layers)
    marks = [i for i, item in enumerate(timeline) if isinstance(item, tuple)]
    assert len(marks) == layers
    before = timeline[marks[0] - 1]  # where the encode left the bar
    assert isinstance(before, float) and 0 < before < 1
    after = [timeline[i + 1] for i in marks]
    assert after == sorted(after) and after[0] > before and after[-1] == 1.0
    assert after[:-1] == pytest.approx(
        [before + (1 - before) * (i + 1) / layers for i in range(layers - 1)])


def test_cancel_while_reading_the_picture(engine: MllamaEngine, picture: Path) -> None:
    cancel = CancelToken()
    request = GenerationRequest(messages=QUESTION, sampling=GREEDY,
                                images=(ImageInput(picture),))
    events = []
    for event in engine.generate(request, cancel):
        events.append(event)
        if isinstance(event, ProgressEvent) and event.fraction > 0.2:
            cancel.cancel()
    done = events[-1]
    assert isinstance(done, DoneEvent) and done.stats.stop_reason == "cancelled"
    assert not any(isinstance(e, TokenEvent) for e in events)
    assert engine.decoder.n_image_tokens == 0
    # Nothing half-done is kept: the next question reads the picture again, correctly.
    done = _ask(engine, picture)[-1]
    assert engine.last_image_source == "encoded"
    assert list(done.token_ids) == REF["model_1x2/chat_greedy"].tolist()


def test_cancel_while_setting_the_picture_into_the_model(engine: MllamaEngine,
                                                        picture: Path) -> None:
    """Cancel after the encode, between the cross-attention layers: no half-set picture."""
    _ask(engine, picture)  # encoded once: the picture now comes from the disk
    engine._image_key = None
    engine.decoder.set_image(None)
    cancel = CancelToken()
    events = []
    request = GenerationRequest(messages=QUESTION, sampling=GREEDY,
                                images=(ImageInput(picture),))
    for event in engine.generate(request, cancel):
        events.append(event)
        if isinstance(event, ProgressEvent) and 0 < event.fraction < 1:
            cancel.cancel()
    assert engine.last_image_source == "disk"
    assert [e.fraction for e in events if isinstance(e, ProgressEvent)][-1] < 1
    done = events[-1]
    assert isinstance(done, DoneEvent) and done.stats.stop_reason == "cancelled"
    assert engine.decoder.n_image_tokens == 0 and engine.decoder.cross is None
    done = _ask(engine, picture)[-1]
    assert list(done.token_ids) == REF["model_1x2/chat_greedy"].tolist()


def test_quick_detail_reads_one_tile_and_answers(engine: MllamaEngine, picture: Path) -> None:
    events = _ask(engine, picture, "quick")
    done = events[-1]
    assert isinstance(done, DoneEvent) and done.stats.completion_tokens > 0
    assert engine.decoder.n_image_tokens == engine.files.vision.patches  # one tile
    events = _ask(engine, picture, "full")  # the detail is part of what is kept
    assert engine.decoder.n_image_tokens == 2 * engine.files.vision.patches
    assert list(events[-1].token_ids) == REF["model_1x2/chat_greedy"].tolist()


def test_a_new_engine_takes_the_picture_from_disk(model_dir: Path, picture: Path) -> None:
    first = _engine(model_dir)
    try:
        a = _ask(first, picture)[-1]
        assert first.last_image_source == "encoded"
    finally:
        first.close()
    again = _engine(model_dir)  # as after a restart
    try:
        moved = picture.with_name("copy.png")
        shutil.copy(picture, moved)  # the same bytes under another name
        events = _ask(again, moved)
        assert again.last_image_source == "disk"
        layers = len(again.files.text_hparams.cross_layers)
        # only the cross-attention K/V is left to do, a layer a step
        assert [e.fraction for e in events if isinstance(e, ProgressEvent)] == pytest.approx(
            [0.0] + [(i + 1) / layers for i in range(layers)])
        assert events[-1].token_ids == a.token_ids
        _ask(again, moved)
        assert again.last_image_source == "kept"  # regenerate: nothing read at all
    finally:
        again.close()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty"])
def test_damaged_cache_entries_are_encoded_again(engine: MllamaEngine, picture: Path,
                                                 damage: str) -> None:
    first = _ask(engine, picture)[-1]
    cache = engine.feature_cache
    (entry,) = list(cache.root.glob("*.feat"))
    data = bytearray(entry.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x40
    elif damage == "truncate":
        data = data[: len(data) - 17]
    else:
        data = bytearray()
    entry.write_bytes(bytes(data))
    engine._image_key = None  # forget the picture in memory, as a restart would
    again = _ask(engine, picture)[-1]
    assert engine.last_image_source == "encoded"
    assert again.token_ids == first.token_ids
    assert cache.get(entry.stem) is not None  # rewritten whole


def test_cache_is_bounded_least_recently_used_first(tmp_path: Path) -> None:
    cache = FeatureCache(tmp_path / "features", limit_bytes=3 * 4096 + 500)
    arrays = {k: np.full((32, 32), i, np.float32) for i, k in enumerate("abcd")}
    import os
    import time

    for i, key in enumerate("abc"):
        cache.put(key, arrays[key])
        os.utime(cache.root / f"{key}.feat", ns=(time.time_ns() - (10 - i) * 10**9,) * 2)
    assert cache.get("a") is not None  # a hit makes "a" the most recent
    cache.put("d", arrays["d"])
    assert cache.get("b") is None  # the least recently used went
    for key in "acd":
        np.testing.assert_array_equal(cache.get(key), arrays[key])
    assert cache.size_bytes() <= cache.limit_bytes
