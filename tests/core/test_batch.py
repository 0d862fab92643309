"""Continuous batching on real GGUF files: concurrent answers equal sequential ones, each slot
keeps its own sampler, grammar, stops and cancel, a full queue says busy, and a prompt read in
chunks beside decoding slots changes nothing in their answers."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationRequest,
    LoadOptions,
    SamplingParams,
    TokenEvent,
)
from app.core.engine.batch import BatchedEngine
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.errors import ContextOverflowError, ServerBusyError

# On SmolLM2 (Q4_1, CPU) batched and single evaluation give bit-identical logits for these
# answers (bench/server.py --logits: max |difference| 0 over 40 teacher-forced steps, smallest
# gap between the two best logits 0.029), so greedy answers must match token for token.
QUESTIONS = (
    "Which city is the capital of France?",
    "Name three colours of the rainbow.",
    "What is 12 plus 7?",
    "Write one sentence about the sea.",
)


# One thread: llama.cpp's threads wait for each other at every graph node, which a busy
# machine turns into long stalls; results are the same with any thread count.
SLOT_OPTIONS = LoadOptions(n_ctx=1024, n_batch=128, n_threads=1)


def greedy(max_tokens: int = 40, **kw: object) -> SamplingParams:
    return SamplingParams(temperature=0.0, max_tokens=max_tokens, **kw)  # type: ignore[arg-type]


def ask(text: str, sampling: SamplingParams) -> GenerationRequest:
    return GenerationRequest(messages=[Message("user", text)], sampling=sampling)


class Run:
    """One request's events, with the time each arrived."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.stamps: list[float] = []
        self.done: DoneEvent | None = None
        self.error: BaseException | None = None

    def consume(self, events: object, on_token: Callable[[int], None] | None = None) -> None:
        try:
            for event in events:  # type: ignore[attr-defined]
                if isinstance(event, TokenEvent):
                    self.pieces.append(event.text)
                    self.stamps.append(time.perf_counter())
                    if on_token is not None:
                        on_token(len(self.pieces))
                else:
                    assert isinstance(event, DoneEvent)
                    self.done = event
        except BaseException as exc:  # handed to the test thread
            self.error = exc

    @property
    def text(self) -> str:
        assert self.error is None, self.error
        assert self.done is not None
        assert "".join(self.pieces) == self.done.text
        return self.done.text


def run_one(engine: object, request: GenerationRequest, cancel: CancelToken | None = None
            ) -> Run:
    run = Run()
    run.consume(engine.generate(request, cancel))  # type: ignore[attr-defined]
    return run


def run_concurrently(engine: BatchedEngine, requests: list[GenerationRequest]) -> list[Run]:
    runs = [Run() for _ in requests]
    start = threading.Barrier(len(requests))

    def work(i: int) -> None:
        start.wait()
        runs[i].consume(engine.generate(requests[i]))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(requests))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    return runs


@pytest.fixture(scope="module")
def single(smollm2_gguf: Path) -> LlamaCppEngine:
    engine = LlamaCppEngine(smollm2_gguf, SLOT_OPTIONS)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def batched(smollm2_gguf: Path) -> BatchedEngine:
    engine = BatchedEngine(smollm2_gguf, SLOT_OPTIONS, n_parallel=4)
    yield engine
    engine.close()


def overlapped(runs: list[Run]) -> bool:
    """Whether every answer was still streaming when every other had started."""
    starts = [r.stamps[0] for r in runs]
    ends = [r.stamps[-1] for r in runs]
    return max(starts) < min(ends)


def test_info_is_one_slots_context(batched: BatchedEngine, single: LlamaCppEngine) -> None:
    assert batched.info.n_ctx == 1024
    assert batched.n_parallel == 4
    assert batched.count_tokens("Hello there") == single.count_tokens("Hello there")
    assert batched.prompt_format.name == single.prompt_format.name
    request = ask("Hi", greedy())
    assert batched.build_prompt(request) == single.build_prompt(request)


@pytest.mark.parametrize("model", ["smollm2", "tiny"])
def test_four_concurrent_greedy_answers_equal_sequential_ones(
    model: str, request: pytest.FixtureRequest, tiny_llama_gguf: Path
) -> None:
    if model == "smollm2":
        single_engine = request.getfixturevalue("single")
        engine = request.getfixturevalue("batched")
        requests = [ask(q, greedy()) for q in QUESTIONS]
    else:
        single_engine = LlamaCppEngine(tiny_llama_gguf, LoadOptions(n_ctx=512, n_threads=1))
        engine = BatchedEngine(tiny_llama_gguf, LoadOptions(n_ctx=512, n_threads=1), n_parallel=4)
        # Random weights: raw prompts, no end-of-turn token, so all four run the full length.
        requests = [GenerationRequest(prompt=f"Story {i}: once", sampling=greedy(48))
                    for i in range(4)]
    try:
        expected = [run_one(single_engine, r) for r in requests]
        runs = run_concurrently(engine, requests)
        for got, want in zip(runs, expected, strict=True):
            assert got.text == want.text
            assert got.done.token_ids == want.done.token_ids  # type: ignore[union-attr]
            assert got.done.stats.completion_tokens == want.done.stats.completion_tokens  # type: ignore[union-attr]
            assert got.done.stats.stop_reason == want.done.stats.stop_reason  # type: ignore[union-attr]
        assert overlapped(runs), "the four answers should have been decoded together"
        assert all(len(r.pieces) > 5 for r in runs)
    finally:
        if model == "tiny":
            engine.close()
            single_engine.close()


def test_seeds_and_temperatures_per_slot_are_reproducible(
    batched: BatchedEngine, single: LlamaCppEngine
) -> None:
    settings = [(0.7, 1), (1.0, 2), (0.9, 3), (1.3, 4)]
    requests = [ask("Tell me a short story about a cat.",
                    SamplingParams(temperature=t, seed=s, max_tokens=32, top_k=40, top_p=0.95))
                for t, s in settings]
    expected = [run_one(single, r).text for r in requests]
    first = [r.text for r in run_concurrently(batched, requests)]
    again = [r.text for r in run_concurrently(batched, list(reversed(requests)))]
    assert first == expected
    assert list(reversed(again)) == expected
    assert len(set(first)) > 1, "different seeds should give different stories"


def test_a_grammar_slot_beside_free_ones(batched: BatchedEngine, single: LlamaCppEngine
                                         ) -> None:
    grammar = 'root ::= "{\\"answer\\": \\"" [a-zA-Z ]+ "\\"}"'
    constrained = ask("What is the capital of France? Reply in JSON.",
                      greedy(24, grammar=grammar))
    free = [ask(q, greedy()) for q in QUESTIONS[1:]]
    expected = [run_one(single, r).text for r in [constrained, *free]]
    runs = run_concurrently(batched, [constrained, *free])
    assert [r.text for r in runs] == expected
    assert re.fullmatch(r'\{"answer": "[a-zA-Z ]+"\}', runs[0].text), runs[0].text
    assert not runs[1].text.startswith("{")


def test_stop_strings_end_only_their_own_answer(batched: BatchedEngine, single: LlamaCppEngine
                                                ) -> None:
    full = run_one(single, ask(QUESTIONS[0], greedy()))
    assert "Paris" in full.text
    stopped = ask(QUESTIONS[0], greedy(stop=("Paris",)))
    others = [ask(q, greedy()) for q in QUESTIONS[1:]]
    runs = run_concurrently(batched, [stopped, *others])
    assert runs[0].text == full.text[: full.text.index("Paris")]
    assert runs[0].done.stats.stop_reason == "stop"  # type: ignore[union-attr]
    assert [r.text for r in runs[1:]] == [run_one(single, q).text for q in others]


def test_cancel_frees_the_slot_while_the_others_go_on(smollm2_gguf: Path,
                                                      single: LlamaCppEngine) -> None:
    long = SamplingParams(temperature=0.0, max_tokens=120)
    stories = [GenerationRequest(prompt="Once upon a time", sampling=long),
               GenerationRequest(prompt="The old lighthouse keeper", sampling=long)]
    expected = run_one(single, stories[1]).text
    with BatchedEngine(smollm2_gguf, LoadOptions(n_ctx=512, n_threads=1), n_parallel=2,
                       max_queue=0) as engine:
        cancel = CancelToken()
        seen_at_cancel: list[int] = []

        def stop_after_five(n: int) -> None:
            if n == 5:
                seen_at_cancel.append(n)
                cancel.cancel()

        victim, other = Run(), Run()
        t1 = threading.Thread(target=victim.consume,
                              args=(engine.generate(stories[0], cancel), stop_after_five))
        t2 = threading.Thread(target=other.consume, args=(engine.generate(stories[1]),))
        t1.start()
        t2.start()
        t1.join(timeout=120)
        assert victim.done is not None and victim.done.stats.stop_reason == "cancelled"
        # At most the step already under way when the token was cancelled.
        assert victim.done.stats.completion_tokens <= 5 + 2
        # The slot is free again: a new request is admitted (the queue holds none).
        assert other.done is None, "the other answer should still be running"
        newcomer = run_one(engine, GenerationRequest(prompt="Hello", sampling=greedy(4)))
        assert newcomer.done is not None and newcomer.done.stats.completion_tokens == 4
        t2.join(timeout=300)
        assert other.text == expected
        assert engine.load() == {"slots": 2, "busy": 0, "waiting": 0}


def test_closing_the_stream_cancels_the_request(batched: BatchedEngine) -> None:
    events = batched.generate(GenerationRequest(prompt="Once upon a time",
                                                sampling=greedy(400)))
    next(iter(events))
    events.close()  # type: ignore[attr-defined]  # a client that went away
    deadline = time.monotonic() + 10
    while batched.load()["busy"] and time.monotonic() < deadline:
        time.sleep(0.01)
    assert batched.load()["busy"] == 0


def test_a_full_queue_says_busy_with_a_retry_time(tiny_llama_gguf: Path) -> None:
    with BatchedEngine(tiny_llama_gguf, LoadOptions(n_ctx=512, n_threads=1), n_parallel=1,
                       max_queue=1) as engine:
        long = GenerationRequest(prompt="Once", sampling=greedy(400))
        cancel_running, cancel_waiting = CancelToken(), CancelToken()
        running = engine.generate(long, cancel_running)
        waiting = engine.generate(long, cancel_waiting)
        with pytest.raises(ServerBusyError) as info:
            engine.generate(long)
        assert info.value.retry_after_s > 0
        assert "1 slots" in info.value.message or "slot" in info.value.message
        cancel_waiting.cancel()
        cancel_running.cancel()
        done = next(e for e in running if isinstance(e, DoneEvent))
        assert done.stats.stop_reason == "cancelled"
        done = next(e for e in waiting if isinstance(e, DoneEvent))
        assert done.stats.stop_reason == "cancelled" and done.stats.completion_tokens == 0
        # Room again once they are gone.
        assert run_one(engine, GenerationRequest(prompt="Hi", sampling=greedy(3))).done


def test_a_prompt_over_a_slots_context_gets_the_numbers(batched: BatchedEngine) -> None:
    prompt = " hello" * 1500
    with pytest.raises(ContextOverflowError) as info:
        batched.generate(GenerationRequest(prompt=prompt, sampling=greedy()))
    assert "1,024" in info.value.message and "1,50" in info.value.message


def test_a_slot_joining_in_chunks_leaves_the_others_alone(
    smollm2_gguf: Path, single: LlamaCppEngine
) -> None:
    # A prompt of ~840 tokens is read in chunks of n_batch=128 tokens, one chunk per step,
    # while the first answer keeps decoding a token per step. Both engines start with empty
    # caches: where a prompt's chunks start (after a reused prefix) changes llama.cpp's
    # numerics slightly (a short last chunk takes other kernels), as it does in llama-server.
    long_text = " ".join(f"Item {i} is a {['red', 'blue', 'green'][i % 3]} box." for i in range(90))
    joiner = ask(long_text + "\nHow many boxes are red?", greedy(16))
    first = GenerationRequest(prompt="Once upon a time", sampling=greedy(80))
    assert len(single.build_prompt(joiner)[0]) > 4 * 128
    single.truncate(0)
    expected_first = run_one(single, first).text
    single.truncate(0)
    expected_joiner = run_one(single, joiner).text
    batched = BatchedEngine(smollm2_gguf, SLOT_OPTIONS, n_parallel=2)

    a, b = Run(), Run()
    joined_at: list[float] = []

    def start_joiner(n: int) -> None:
        if n == 10:
            joined_at.append(time.perf_counter())
            threading.Thread(target=b.consume, args=(batched.generate(joiner),)).start()

    a.consume(batched.generate(first), start_joiner)
    deadline = time.monotonic() + 120
    while b.done is None and b.error is None and time.monotonic() < deadline:
        time.sleep(0.01)
    batched.close()
    assert a.text == expected_first
    assert b.text == expected_joiner
    # The first answer went on while the joiner read its prompt (several chunks).
    during = [t for t in a.stamps if joined_at[0] < t < b.stamps[0]]
    assert len(during) >= 3, len(during)


def test_follow_up_reuses_its_slots_cache(batched: BatchedEngine, single: LlamaCppEngine
                                          ) -> None:
    first = run_one(batched, ask(QUESTIONS[0], greedy()))
    follow = GenerationRequest(messages=[Message("user", QUESTIONS[0]),
                                         Message("assistant", first.text),
                                         Message("user", "And of Italy?")],
                               sampling=greedy())
    again = run_one(batched, follow)
    assert again.done.stats.cached_tokens > 20  # type: ignore[union-attr]
    single.truncate(0)
    assert again.text == run_one(single, follow).text
