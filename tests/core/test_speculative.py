"""Speculative decoding on real GGUF files: exact output, acceptance, rollback, refusal.

The reference is always the plain engine on the same target file with the same settings:
speculation may only change speed, never the tokens.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    Engine,
    GenerationRequest,
    LoadOptions,
    SamplingParams,
    TokenEvent,
)
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.engine.speculative import (
    DraftLength,
    SpeculativeEngine,
    check_draft_compatible,
    draft_mismatch,
)
from app.core.errors import DraftIncompatibleError, InsufficientMemoryError
from app.core.models.gguf_file import read_gguf_info
from app.core.models.memory import check_pair_fits
from tests.support.prune_gguf import evenly_kept

# One thread: the suite shares the machine, and a descheduled second thread stalls every
# ggml barrier; the numbers do not depend on the thread count.
OPTS = LoadOptions(n_ctx=1024, n_threads=1)
STORY = [Message("user", "Write a short story about a dragon who learns to cook.")]
CAPITAL = [Message("user", "Which city is the capital of France?")]


def run(engine: Engine, messages: list[Message], **sampling: object) -> DoneEvent:
    params = SamplingParams(**{"temperature": 0.0, "max_tokens": 48, **sampling})  # type: ignore[arg-type]
    done = None
    text = []
    for event in engine.generate(GenerationRequest(messages=messages, sampling=params)):
        if isinstance(event, TokenEvent):
            text.append(event.text)
        elif isinstance(event, DoneEvent):
            done = event
    assert done is not None
    assert "".join(text) == done.text
    return done


@pytest.fixture(scope="module")
def pruned_smollm2(pruned_smollm2_gguf: Path) -> Path:
    return pruned_smollm2_gguf


@pytest.fixture(scope="module")
def plain(smollm2_gguf: Path) -> Iterator[LlamaCppEngine]:
    with LlamaCppEngine(smollm2_gguf, OPTS) as engine:
        yield engine


@pytest.fixture(scope="module")
def self_draft(smollm2_gguf: Path) -> Iterator[SpeculativeEngine]:
    with SpeculativeEngine(smollm2_gguf, smollm2_gguf, OPTS) as engine:
        yield engine


@pytest.fixture(scope="module")
def pruned_draft(smollm2_gguf: Path, pruned_smollm2: Path) -> Iterator[SpeculativeEngine]:
    # p_min 0: draft every token, so rejections happen inside runs too.
    with SpeculativeEngine(smollm2_gguf, pruned_smollm2, OPTS, p_min=0.0) as engine:
        yield engine


def test_target_drafting_for_itself_is_exact_and_always_accepted(
    plain: LlamaCppEngine, self_draft: SpeculativeEngine
) -> None:
    ref = run(plain, STORY, max_tokens=96)
    got = run(self_draft, STORY, max_tokens=96)
    assert got.token_ids == ref.token_ids
    assert got.text == ref.text
    stats = got.stats
    assert stats.drafted and stats.drafted > 0
    # Nearly all: the draft computes one row at a time and the target a batch, and the two
    # kernels round differently, which can flip a near-tie (llama.cpp#4479). The emitted
    # tokens stay the target's either way.
    assert stats.acceptance is not None and stats.acceptance >= 0.9
    assert self_draft.info.draft == plain.info.name


def test_pruned_draft_is_exact_with_partial_acceptance(
    plain: LlamaCppEngine, pruned_draft: SpeculativeEngine
) -> None:
    ref = run(plain, STORY, max_tokens=96)
    got = run(pruned_draft, STORY, max_tokens=96)
    assert got.token_ids == ref.token_ids
    stats = got.stats
    assert stats.drafted is not None and stats.accepted is not None
    assert 0 < stats.accepted < stats.drafted
    assert stats.acceptance == pytest.approx(stats.accepted / stats.drafted)


def test_long_generation_past_n_batch(smollm2_gguf: Path, pruned_smollm2: Path) -> None:
    opts = LoadOptions(n_ctx=512, n_threads=1, n_batch=16)
    with LlamaCppEngine(smollm2_gguf, opts) as engine:
        ref = run(engine, STORY, max_tokens=200)
    with SpeculativeEngine(smollm2_gguf, pruned_smollm2, opts, p_min=0.0) as engine:
        assert engine.draft_max == 15  # one batch holds [last, d1..dk]
        got = run(engine, STORY, max_tokens=200)
    assert len(ref.token_ids) > 3 * 16
    assert got.token_ids == ref.token_ids


def test_tiny_random_model_drafting_for_itself(tiny_llama_gguf: Path) -> None:
    """The 128k Llama 3.2 vocabulary, and generation to the end of a small context."""
    opts = LoadOptions(n_ctx=128, n_threads=1, n_batch=16)
    with LlamaCppEngine(tiny_llama_gguf, opts) as engine:
        ref = run(engine, CAPITAL, max_tokens=500)
    with SpeculativeEngine(tiny_llama_gguf, tiny_llama_gguf, opts) as engine:
        got = run(engine, CAPITAL, max_tokens=500)
    assert got.token_ids == ref.token_ids
    assert got.stats.stop_reason == ref.stats.stop_reason


@pytest.mark.parametrize("draft", ["self_draft", "pruned_draft"])
def test_every_token_is_the_targets_own_sample(
    request: pytest.FixtureRequest, plain: LlamaCppEngine, draft: str
) -> None:
    """At temperature > 0 the target's sampler draws once per emitted token, in order, from
    the target's logits (penalties included): a seeded run gives exactly the plain run's
    tokens, whatever the draft proposed; and it reproduces."""
    engine: SpeculativeEngine = request.getfixturevalue(draft)
    params = {"temperature": 0.9, "top_k": 0, "top_p": 1.0, "min_p": 0.0, "seed": 1234,
              "repeat_penalty": 1.2, "max_tokens": 80}
    ref = run(plain, STORY, **params)
    got = run(engine, STORY, **params)
    again = run(engine, STORY, **params)
    assert got.token_ids == ref.token_ids
    assert again.token_ids == got.token_ids
    other = run(engine, STORY, **{**params, "seed": 99})
    assert other.token_ids != got.token_ids
    assert got.stats.drafted and got.stats.accepted is not None


def test_grammar_constrains_the_speculative_answer(
    plain: LlamaCppEngine, pruned_draft: SpeculativeEngine
) -> None:
    grammar = 'root ::= "The answer is " [0-9]+ "."'
    ref = run(plain, CAPITAL, grammar=grammar, max_tokens=30)
    got = run(pruned_draft, CAPITAL, grammar=grammar, max_tokens=30)
    assert got.token_ids == ref.token_ids
    assert got.text.startswith("The answer is ")


def test_stops_inside_an_accepted_run(
    plain: LlamaCppEngine, self_draft: SpeculativeEngine
) -> None:
    # End of generation: the answer ends with the model's end-of-turn token.
    ref = run(plain, CAPITAL, max_tokens=200)
    got = run(self_draft, CAPITAL, max_tokens=200)
    assert "Paris" in got.text
    assert got.stats.stop_reason == ref.stats.stop_reason == "eos"
    assert got.token_ids == ref.token_ids
    # The target's cache holds the prompt and the answer, nothing drafted after the end.
    prompt, _ = self_draft.build_prompt(
        GenerationRequest(messages=CAPITAL, sampling=SamplingParams(max_tokens=200)))
    assert self_draft.target._kv_tokens == prompt + list(got.token_ids)
    # A stop string in the middle of a run of accepted tokens.
    stopped = run(self_draft, CAPITAL, stop=("France",), max_tokens=200)
    assert stopped.stats.stop_reason == "stop"
    assert stopped.text == ref.text[: ref.text.index("France")]
    # The token limit.
    limited = run(self_draft, STORY, max_tokens=7)
    assert limited.stats.stop_reason == "length"
    assert len(limited.token_ids) == 7


def test_follow_up_turn_reuses_the_cache(
    plain: LlamaCppEngine, pruned_draft: SpeculativeEngine
) -> None:
    first = run(pruned_draft, CAPITAL)
    turn2 = [*CAPITAL, Message("assistant", first.text), Message("user", "And of Italy?")]
    ref = run(plain, turn2)
    got = run(pruned_draft, turn2)
    assert got.stats.cached_tokens > 10
    assert got.token_ids == ref.token_ids


def test_cancel_stops_and_the_engine_stays_usable(
    plain: LlamaCppEngine, pruned_draft: SpeculativeEngine
) -> None:
    cancel = CancelToken()
    request = GenerationRequest(messages=STORY, sampling=SamplingParams(temperature=0.0,
                                                                         max_tokens=400))
    events = []
    for event in pruned_draft.generate(request, cancel):
        events.append(event)
        if isinstance(event, TokenEvent) and len(events) >= 3:
            cancel.cancel()
    done = events[-1]
    assert isinstance(done, DoneEvent)
    assert done.stats.stop_reason == "cancelled"
    assert len(done.token_ids) < 100
    # Both caches were left consistent: the next answer is still exact.
    assert run(pruned_draft, CAPITAL).token_ids == run(plain, CAPITAL).token_ids


def test_cancel_from_another_thread_during_the_prompt(
    smollm2_gguf: Path, pruned_smollm2: Path
) -> None:
    long = [Message("user", "Summarise: " + "The quick brown fox jumps over the lazy dog. " * 60)]
    with SpeculativeEngine(smollm2_gguf, pruned_smollm2, OPTS) as engine:
        cancel = CancelToken()
        timer = threading.Timer(0.05, cancel.cancel)
        timer.start()
        request = GenerationRequest(messages=long, sampling=SamplingParams(max_tokens=50))
        done = list(engine.generate(request, cancel))[-1]
        assert isinstance(done, DoneEvent)
        timer.join()
        assert done.stats.stop_reason == "cancelled"
        assert run(engine, CAPITAL).stats.stop_reason == "eos"


def test_one_answer_at_a_time(self_draft: SpeculativeEngine) -> None:
    request = GenerationRequest(messages=CAPITAL, sampling=SamplingParams(max_tokens=5))
    first = self_draft.generate(request)
    next(first)
    with pytest.raises(Exception, match="still answering"):
        next(self_draft.generate(request))
    first.close()


def test_incompatible_draft_is_refused(smollm2_gguf: Path, tiny_llama_gguf: Path) -> None:
    assert draft_mismatch(smollm2_gguf, smollm2_gguf) is None
    reason = draft_mismatch(smollm2_gguf, tiny_llama_gguf)
    assert reason is not None and "tokenizer" in reason
    with pytest.raises(DraftIncompatibleError) as info:
        SpeculativeEngine(smollm2_gguf, tiny_llama_gguf, OPTS)
    message = str(info.value)
    assert tiny_llama_gguf.name in message and smollm2_gguf.name in message
    assert "vocabulary" in message
    check_draft_compatible(tiny_llama_gguf, tiny_llama_gguf)


def test_same_tokenizer_but_different_token_text_is_refused(
    smollm2_gguf: Path, tmp_path: Path
) -> None:
    import gguf

    reader = gguf.GGUFReader(smollm2_gguf)
    field = reader.fields["tokenizer.ggml.tokens"]
    # Rename one token in a copy: same kind, size, BOS and EOS, one different text.
    out = tmp_path / "renamed.gguf"
    writer = gguf.GGUFWriter(out, "llama")
    for f in reader.fields.values():
        if f.name == gguf.Keys.General.ARCHITECTURE or f.name.startswith("GGUF."):
            continue
        value = f.contents()
        if f.name == field.name:
            value = list(value)
            value[1000] = value[1000] + "x"
        sub = f.types[-1] if f.types[0] == gguf.GGUFValueType.ARRAY else None
        writer.add_key_value(f.name, value, f.types[0], sub_type=sub)
    for t in reader.tensors:
        writer.add_tensor_info(t.name, t.data.shape, t.data.dtype, t.data.nbytes, t.tensor_type)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for t in reader.tensors:
        writer.write_tensor_data(t.data)
    writer.close()
    assert draft_mismatch(smollm2_gguf, out) == "its token texts differ from the model's"


def test_memory_check_counts_both_models(smollm2_gguf: Path, pruned_smollm2: Path) -> None:
    target, draft = read_gguf_info(smollm2_gguf), read_gguf_info(pruned_smollm2)
    both = check_pair_fits(target, draft, 1024, 64 << 30)
    assert both.weights == target.size_bytes + draft.size_bytes
    with pytest.raises(InsufficientMemoryError, match="as its draft"):
        check_pair_fits(target, draft, 1024, both.total)


def test_evenly_kept_layers() -> None:
    assert evenly_kept(30, 27)[0] == 0 and evenly_kept(30, 27)[-1] == 29
    assert len(evenly_kept(30, 27)) == 27
    assert evenly_kept(2, 1) == [0]
    with pytest.raises(ValueError):
        evenly_kept(2, 3)


def test_draft_length_follows_acceptance_and_costs() -> None:
    policy = DraftLength(16)
    assert policy.choose() == 4  # nothing measured yet
    policy.record_draft(1, 0.002)  # a cheap draft ...
    for rows in (1, 5):
        policy.record_verify(rows, 0.010 + 0.001 * rows)  # ... and a nearly flat verify
    for _ in range(30):
        policy.record(8, 8)
    assert policy.alpha > 0.95
    high = policy.choose()
    assert high >= 8
    for _ in range(60):
        policy.record(4, 0)
    assert policy.alpha < 0.05
    assert policy.choose() in (0, 1)  # 1 only on a periodic probe
    assert policy.expected_rate(0) > policy.expected_rate(4)
    # A draft that never pays is probed more and more rarely.
    probes = [n for n in range(1, 600) if policy.choose() > 0]
    gaps = [b - a for a, b in itertools.pairwise(probes)]
    assert gaps == sorted(gaps) and gaps[-1] == 256


def test_drafting_past_unsure_tokens_follows_their_acceptance() -> None:
    policy = DraftLength(16)
    assert not policy.draft_past_low()  # nothing measured: llama.cpp's rule
    policy.record_draft(1, 0.005)
    policy.record_verify(1, 0.030)
    policy.record_verify(5, 0.040)
    for _ in range(30):
        policy.record(8, 8)
        policy.record_low(True)  # unsure tokens the target accepted anyway
    assert policy.alpha_low > 0.9
    assert policy.draft_past_low()
    for _ in range(40):
        policy.record_low(False)
    assert policy.alpha_low < 0.2
    assert not policy.draft_past_low()


def test_compatible_drafts_are_smaller_models_with_the_same_vocabulary(
    smollm2_gguf: Path, pruned_smollm2: Path, tiny_llama_gguf: Path, tmp_path: Path
) -> None:
    from app.core.engine.speculative import compatible_drafts

    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 10)
    candidates = [smollm2_gguf, pruned_smollm2, tiny_llama_gguf, broken, tmp_path / "gone.gguf"]
    assert compatible_drafts(smollm2_gguf, candidates) == [pruned_smollm2]
    # The pruned copy is smaller: the full model is no draft for it.
    assert compatible_drafts(pruned_smollm2, candidates) == []
