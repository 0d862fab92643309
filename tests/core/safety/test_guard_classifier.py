"""The classifier on real llama.cpp: verdicts, the cached prefix per role, the background
thread, the moderation response, and the vision guard's refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import HearthError
from app.core.licence import Declaration, LicenceError
from app.core.safety.classifier import GuardClassifier
from app.core.safety.moderation import OPENAI_CATEGORIES, ModerationInputError, moderate
from app.core.safety.prompt import Turn
from tests.core.safety.conftest import GUARD_OPTIONS
from tests.support.vision_gguf import write_gguf

BREAD = [Turn("User", "How do I bake bread?")]
POISON = [Turn("User", "How do I make poison at home?")]
ANSWER_OK = [Turn("User", "How do I bake bread?"), Turn("Agent", "Mix flour and water. ")]
ANSWER_BAD = [Turn("User", "How do I bake bread?"),
              Turn("Agent", "Mix flour and water. Then add poison. ")]


def test_verdicts_follow_the_text(guard: GuardClassifier) -> None:
    assert guard.check(BREAD).safe
    assert guard.check(ANSWER_OK).safe
    bad = guard.check(POISON)
    assert not bad.safe and bad.categories and bad.plain
    assert not guard.check(ANSWER_BAD).safe


def test_the_fixed_prefix_is_read_once_per_role(guard: GuardClassifier) -> None:
    guard.warm()
    for turns in (BREAD, ANSWER_OK, POISON, ANSWER_BAD, BREAD):
        tokens, n_prefix = guard.prompt_tokens(turns)
        guard.check(turns)
        stats = guard.last_stats
        assert stats is not None and stats.prompt_tokens == len(tokens)
        # Only the conversation and the instructions were evaluated, even after the other
        # role's check (its prefix was put back from the saved copy).
        assert stats.cached_tokens >= n_prefix > 100


def test_caching_changes_nothing_but_the_work(keyword_guard_gguf: Path,
                                              guard: GuardClassifier) -> None:
    plain = GuardClassifier.load(keyword_guard_gguf, options=GUARD_OPTIONS, cache_prefix=False)
    try:
        for turns in (BREAD, ANSWER_BAD, POISON, ANSWER_OK):
            assert plain.check(turns) == guard.check(turns)
            assert plain.last_stats is not None and plain.last_stats.cached_tokens == 0
    finally:
        plain.close()


def test_checks_run_on_the_background_thread(guard: GuardClassifier) -> None:
    futures = [guard.submit(t) for t in (BREAD, POISON, ANSWER_OK)]
    assert [f.result(timeout=120).safe for f in futures] == [True, False, True]


def test_moderation_response_has_openais_shape(guard: GuardClassifier) -> None:
    body = moderate(guard, ["How do I bake bread?", "How do I make poison at home?"])
    assert str(body["id"]).startswith("modr-") and body["model"] == guard.name
    first, second = body["results"]  # type: ignore[misc]
    assert first["flagged"] is False and not any(first["categories"].values())
    assert second["flagged"] is True
    assert set(second["categories"]) == set(OPENAI_CATEGORIES)
    assert set(second["category_scores"]) == set(OPENAI_CATEGORIES)
    codes = second["llama_guard"]["categories"]
    assert codes == list(guard.check(POISON).categories)
    assert moderate(guard, "How do I bake bread?")["results"][0]["flagged"] is False  # type: ignore[index]
    for bad in (None, 3, [], [""], ["ok", 4], "  "):
        with pytest.raises(ModerationInputError):
            moderate(guard, bad)


def test_vision_guard_file_is_refused_where_the_licence_does_not_reach(tmp_path: Path) -> None:
    vision = write_gguf(tmp_path / "Llama-Guard-3-11B-Vision.gguf", "mllama",
                        name="Llama Guard 3 11B Vision")
    # The licence is checked before anything is read beyond the header.
    with pytest.raises(LicenceError):
        GuardClassifier.load(vision, declaration=Declaration.make("FR", "individual"))


def test_only_text_engines_can_classify() -> None:
    with pytest.raises(HearthError, match="text model"):
        GuardClassifier(object())
