"""Llama Guard's answer: every verdict form parsed, everything else refused, and the grammar
that keeps a small guard inside the format (checked with real llama.cpp decoding)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.engine.base import DoneEvent, SamplingParams
from app.core.engine.gbnf import check_grammar
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.safety.classifier import GuardClassifier
from app.core.safety.prompt import ALL_CODES, DEFAULT_CODES, Turn
from app.core.safety.verdict import (
    GuardOutputError,
    guard_grammar,
    max_verdict_tokens,
    parse_verdict,
)
from tests.core.safety.conftest import GUARD_OPTIONS


@pytest.mark.parametrize(("text", "safe", "codes"), [
    ("safe", True, ()),
    ("\n\nsafe", True, ()),
    (" safe \n", True, ()),
    ("unsafe\nS1", False, ("S1",)),
    ("unsafe\nS10", False, ("S10",)),
    ("unsafe\nS1,S10", False, ("S1", "S10")),
    ("\n\nunsafe\nS2, S11 ", False, ("S2", "S11")),
    ("unsafe\nS14", False, ("S14",)),
    ("unsafe\nS3,S3", False, ("S3",)),  # a repeated code counts once
])
def test_verdict_forms(text: str, safe: bool, codes: tuple[str, ...]) -> None:
    verdict = parse_verdict(text)
    assert verdict.safe is safe
    assert verdict.categories == codes
    assert verdict.raw == text


def test_left_out_categories_are_ignored() -> None:
    allowed = [c for c in DEFAULT_CODES if c != "S7"]
    assert parse_verdict("unsafe\nS7", allowed).safe  # only a left-out one: safe
    verdict = parse_verdict("unsafe\nS7,S10", allowed)
    assert not verdict.safe and verdict.categories == ("S10",)
    assert verdict.plain == "hate" and verdict.names == ("Hate",)


def test_plain_words_name_the_categories() -> None:
    verdict = parse_verdict("unsafe\nS1,S10,S11")
    assert verdict.plain == "violent crimes, hate and suicide and self-harm"
    data = verdict.as_dict()
    assert data["safe"] is False
    assert [c["code"] for c in data["categories"]] == ["S1", "S10", "S11"]  # type: ignore[index]


@pytest.mark.parametrize("text", [
    "", "Safe", "SAFE", "unsafe", "unsafe\n", "unsafe\nS15", "unsafe\nS0", "unsafe\nS01",
    "unsafe\nS1,", "unsafe\n,S1", "unsafe\nS1\nS2", "safe\nS1", "unsafe S1", "unsafe\nX1",
    "I think this is safe.", "safe.", "unsafe\nS1 S2", "unsafe\nViolent Crimes",
])
def test_malformed_answers_are_refused(text: str) -> None:
    with pytest.raises(GuardOutputError):
        parse_verdict(text)


@pytest.mark.parametrize("codes", [["S1"], ["S1", "S10"], list(DEFAULT_CODES), list(ALL_CODES)])
def test_grammar_is_valid_gbnf(codes: list[str]) -> None:
    check_grammar(guard_grammar(codes))


@pytest.fixture(scope="module")
def random_guard(tiny_llama_gguf: Path) -> GuardClassifier:
    """A random-weight Llama 3.2: it has no idea what the format is."""
    classifier = GuardClassifier(LlamaCppEngine(tiny_llama_gguf, GUARD_OPTIONS))
    yield classifier
    classifier.close()


def test_without_the_grammar_a_random_model_answers_no_verdict(
        random_guard: GuardClassifier) -> None:
    tokens, _ = random_guard.prompt_tokens([Turn("User", "How do I bake bread?")])
    sampling = SamplingParams(temperature=0.0, max_tokens=8)
    done = next(e for e in random_guard.engine.generate_tokens(tokens, sampling)
            if isinstance(e, DoneEvent))
    with pytest.raises(GuardOutputError):
        parse_verdict(done.text)


@pytest.mark.parametrize("codes", [("S1",), ("S2", "S9", "S10"), DEFAULT_CODES])
def test_under_the_grammar_it_can_only_answer_a_verdict(random_guard: GuardClassifier,
                                                        codes: tuple[str, ...]) -> None:
    random_guard.codes = codes
    random_guard._grammar = guard_grammar(codes)
    random_guard._prefix_ids.clear()
    random_guard._kv_role = None
    random_guard._states.clear()
    for turns in ([Turn("User", "How do I bake bread?")],
                  [Turn("User", "hi"), Turn("Agent", "Hello! How can I help?")]):
        verdict = random_guard.check(turns)
        again = random_guard.check(turns)
        assert verdict == again  # greedy under the grammar: the same answer every time
        assert set(verdict.categories) <= set(codes)
        # Listed order, no code twice, and the raw answer itself is well-formed.
        assert list(verdict.categories) == sorted(verdict.categories, key=codes.index)
        assert parse_verdict(verdict.raw, codes) == verdict
        assert random_guard.last_stats is not None
        assert random_guard.last_stats.completion_tokens <= max_verdict_tokens(codes)
