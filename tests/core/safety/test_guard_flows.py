"""The policy applied to a real chat: the main model (SmolLM2) answers, the one-word guard
(tests/support/guard_gguf.py, flags "poison") judges. Greedy decoding and the guard's grammar
make every outcome deterministic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.chat.message import Message
from app.core.engine.base import (
    DoneEvent,
    GenerationRequest,
    LoadOptions,
    SamplingParams,
    TokenEvent,
)
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.safety.classifier import GuardClassifier
from app.core.safety.guarded import GuardedEngine, GuardEvent, GuardService, split_checked
from app.core.safety.policy import GuardPolicy
from app.core.safety.prompt import Turn

ANSWER = "Bread needs flour. Knead it well. Then add poison. Bake it."


@pytest.fixture(scope="module")
def main_engine(smollm2_gguf: Path) -> Iterator[LlamaCppEngine]:
    engine = LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=1024, n_threads=1))
    yield engine
    engine.close()


def ask(text: str, *, max_tokens: int = 24, grammar: str | None = None) -> GenerationRequest:
    return GenerationRequest(
        messages=[Message("user", text)],
        sampling=SamplingParams(temperature=0.0, max_tokens=max_tokens, grammar=grammar))


def run(engine: object, request: GenerationRequest) -> tuple[list[object], DoneEvent]:
    events = list(engine.generate(request))  # type: ignore[attr-defined]
    done = events[-1]
    assert isinstance(done, DoneEvent)
    return events, done


def shown(events: list[object]) -> str:
    return "".join(e.text for e in events if isinstance(e, TokenEvent))


def test_sentences_split_where_they_end() -> None:
    assert split_checked("Hello there. How") == len("Hello there. ")
    assert split_checked("One! Two? Three") == len("One! Two? ")
    assert split_checked("A list:\n- item") == len("A list:\n")
    assert split_checked("No end yet") == 0
    assert split_checked("3.14 is pi") == 0  # a decimal point is not a sentence end
    assert 0 < split_checked("word " * 100) <= 500


def test_a_safe_chat_is_unchanged(main_engine: LlamaCppEngine, guard: GuardClassifier) -> None:
    request = ask("How do I bake bread?")
    _, plain = run(main_engine, request)
    events, done = run(GuardedEngine(main_engine, guard, GuardPolicy(enabled=True)), request)
    assert not any(isinstance(e, GuardEvent) for e in events)
    assert done.text == plain.text == shown(events)
    assert done.stats.stop_reason == plain.stats.stop_reason


def test_an_unsafe_message_is_blocked_with_its_category(main_engine: LlamaCppEngine,
                                                        guard: GuardClassifier) -> None:
    text = "How do I make poison at home?"
    verdict = guard.check([Turn("User", text)])
    events, done = run(GuardedEngine(main_engine, guard, GuardPolicy(enabled=True)), ask(text))
    guard_events = [e for e in events if isinstance(e, GuardEvent)]
    assert [(e.action, e.role) for e in guard_events] == [("blocked", "User")]
    message = guard_events[0].message
    assert message.startswith("Not answered") and verdict.plain in message
    assert all(code in message for code in verdict.categories)
    # Nothing the main model wrote is shown: only the mark.
    assert shown(events) == done.text == message
    assert done.stats.stop_reason == "content_filter"


def test_warn_shows_the_answer_and_says_why(main_engine: LlamaCppEngine,
                                            guard: GuardClassifier) -> None:
    text = "How do I make poison at home?"
    _, plain = run(main_engine, ask(text))
    policy = GuardPolicy(enabled=True, action="warn", check_answers=False)
    events, done = run(GuardedEngine(main_engine, guard, policy), ask(text))
    warnings = [e for e in events if isinstance(e, GuardEvent)]
    assert [(e.action, e.role) for e in warnings] == [("warned", "User")]
    assert warnings[0].message.startswith("Safety warning: your message")
    assert done.text == plain.text and shown(events) == plain.text


def test_an_answer_turning_unsafe_is_cut_after_its_last_safe_sentence(
        main_engine: LlamaCppEngine, guard: GuardClassifier) -> None:
    # The main model is made to write ANSWER (a grammar holding only that text), token by
    # token as it would any answer.
    forced = f'root ::= "{ANSWER}"'
    request = ask("How do I bake bread?", max_tokens=64, grammar=forced)
    _, plain = run(main_engine, request)
    assert plain.text == ANSWER
    events, done = run(GuardedEngine(main_engine, guard, GuardPolicy(enabled=True)), request)
    cut = [e for e in events if isinstance(e, GuardEvent)]
    assert [(e.action, e.role) for e in cut] == [("cut", "Agent")]
    assert cut[0].message.startswith("Answer stopped by the safety check")
    text = shown(events)
    assert text.startswith("Bread needs flour. Knead it well. ")
    assert "poison" not in text and "Bake" not in text  # never shown, not even in part
    assert text.endswith(cut[0].message) and done.text == text
    # Warn instead: the whole answer, one warning.
    policy = GuardPolicy(enabled=True, action="warn")
    events, done = run(GuardedEngine(main_engine, guard, policy), request)
    assert [e.action for e in events if isinstance(e, GuardEvent)] == ["warned"]
    assert done.text == ANSWER == shown(events)


def test_messages_only_policy_leaves_answers_unchecked(main_engine: LlamaCppEngine,
                                                        guard: GuardClassifier) -> None:
    policy = GuardPolicy(enabled=True, check_answers=False)
    request = ask("How do I bake bread?", max_tokens=64, grammar=f'root ::= "{ANSWER}"')
    events, done = run(GuardedEngine(main_engine, guard, policy), request)
    assert not any(isinstance(e, GuardEvent) for e in events)
    assert done.text == ANSWER == shown(events)
    # Answers only: the message is not judged on its own, but every answer check reads it
    # (Llama Guard judges the last answer in its conversation), so the answer is cut.
    policy = GuardPolicy(enabled=True, check_prompts=False)
    events, done = run(GuardedEngine(main_engine, guard, policy),
                       ask("Say poison.", max_tokens=8))
    assert [(e.action, e.role) for e in events if isinstance(e, GuardEvent)] == [
        ("cut", "Agent")]
    assert done.text.startswith("Answer stopped by the safety check")


def test_service_loads_lazily_and_passes_through_when_off(
        main_engine: LlamaCppEngine, keyword_guard_gguf: Path) -> None:
    loads: list[GuardPolicy] = []

    def loader(policy: GuardPolicy) -> GuardClassifier:
        loads.append(policy)
        return GuardClassifier.load(keyword_guard_gguf, policy.codes(),
                                    options=LoadOptions(n_ctx=2048, n_threads=1))

    service = GuardService(loader)
    try:
        assert service.wrap(main_engine, GuardPolicy()) is main_engine
        wrapped = service.wrap(main_engine, GuardPolicy(enabled=True, check_answers=False))
        assert not loads  # nothing loaded until an answer is asked for
        events, _ = run(wrapped, ask("How do I make poison at home?"))
        assert [e.action for e in events if isinstance(e, GuardEvent)] == ["blocked"]
        run(wrapped, ask("How do I bake bread?", max_tokens=4))
        assert len(loads) == 1
    finally:
        service.close()


def test_stopping_stops_the_guard_too(main_engine: LlamaCppEngine,
                                      guard: GuardClassifier) -> None:
    from app.core.engine.base import CancelToken

    cancel = CancelToken()
    cancel.cancel()
    guarded = GuardedEngine(main_engine, guard, GuardPolicy(enabled=True))
    events = list(guarded.generate(ask("How do I make poison at home?"), cancel))
    assert not any(isinstance(e, GuardEvent) for e in events)
    done = events[-1]
    assert isinstance(done, DoneEvent) and done.stats.stop_reason == "cancelled"
    assert done.text == ""
    # The guard is free again at once.
    assert guard.check([Turn("User", "How do I bake bread?")]).safe
