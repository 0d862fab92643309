"""Fitting conversations into the context window.

Why: once a chat outgrows the context, the oldest turns must go - whole turns, never the
system prompt - and a message that can never fit must be explained with numbers. Long chats
must stay fast. A whitespace "tokenizer" keeps the arithmetic visible; no model is needed.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence

import pytest

from app.core.chat.context import FitResult, fit_messages
from app.core.chat.formats import ChatMLFormat, JinjaTemplateFormat, Llama3Format
from app.core.chat.message import Message
from app.core.errors import ContextOverflowError, EmptyPromptError


def count_words(text: str) -> int:
    return len(text.split())


class CountingFormat:
    """ChatML that records what it was asked to render."""

    name = "counting"
    stop_strings = ("<|im_end|>",)
    adds_bos = False

    def __init__(self) -> None:
        self.inner = ChatMLFormat()
        self.rendered_sizes: list[int] = []

    def render(self, messages: Sequence[Message], *, add_generation_prompt: bool = True) -> str:
        self.rendered_sizes.append(len(messages))
        return self.inner.render(messages, add_generation_prompt=add_generation_prompt)


def words(n: int, word: str = "w") -> str:
    return " ".join([word] * n)


def tokens_of(messages: Sequence[Message]) -> int:
    return count_words(ChatMLFormat().render(messages))


def conversation(turns: int, user_words: int = 10, reply_words: int = 10) -> list[Message]:
    messages = [Message("system", "Be helpful.")]
    for i in range(turns):
        messages.append(Message("user", words(user_words, f"u{i}")))
        messages.append(Message("assistant", words(reply_words, f"a{i}")))
    messages.append(Message("user", "And now?"))
    return messages


def fit(messages: Sequence[Message], n_ctx: int, reserve: int = 0) -> FitResult:
    return fit_messages(messages, ChatMLFormat(), count_words, n_ctx, reserve)


def test_everything_fits() -> None:
    messages = conversation(3)
    result = fit(messages, n_ctx=10_000, reserve=512)
    assert result.messages == tuple(messages)
    assert result.dropped == 0
    assert result.prompt == ChatMLFormat().render(messages)
    assert result.prompt_tokens == count_words(result.prompt)


def test_dropping_oldest_turns_keeps_the_system_prompt() -> None:
    messages = conversation(5)
    # Room for the system prompt and the last two exchanges plus the new question.
    kept = [messages[0], *messages[-5:]]
    n_ctx = tokens_of(kept) + 100
    result = fit(messages, n_ctx=n_ctx, reserve=100)

    assert result.messages == tuple(kept)
    assert result.dropped == len(messages) - len(kept)
    assert result.messages[0].role == "system"
    assert result.prompt_tokens == tokens_of(kept) <= n_ctx - 100


def test_a_user_turn_is_dropped_together_with_its_reply() -> None:
    messages = [
        Message("system", "sys"),
        Message("user", words(200)),
        Message("assistant", "short"),
        Message("user", "last question"),
    ]
    # The reply and the last question would fit without the long question before them,
    # but a reply must not stay without its question.
    without_old_question = [messages[0], messages[2], messages[3]]
    n_ctx = tokens_of(without_old_question) + 1
    result = fit(messages, n_ctx=n_ctx)

    assert result.messages == (messages[0], messages[3])
    assert result.dropped == 2


def test_tool_results_go_with_their_turn() -> None:
    messages = [
        Message("user", "weather?"),
        Message("assistant", "calling"),
        Message("ipython", words(50)),
        Message("assistant", "sunny"),
        Message("user", "thanks"),
    ]
    result = fit(messages, n_ctx=tokens_of(messages) - 1)
    assert result.messages == (messages[-1],)


def test_leading_replies_without_a_question_form_their_own_turn() -> None:
    messages = [
        Message("system", "sys"),
        Message("assistant", words(50, "greeting")),
        Message("user", "hi"),
    ]
    result = fit(messages, n_ctx=tokens_of([messages[0], messages[2]]))
    assert result.messages == (messages[0], messages[2])


def test_fits_exactly_at_the_boundary() -> None:
    messages = conversation(4)
    needed = tokens_of(messages)

    exact = fit(messages, n_ctx=needed + 256, reserve=256)
    assert exact.dropped == 0
    assert exact.prompt_tokens + 256 == needed + 256

    one_short = fit(messages, n_ctx=needed + 255, reserve=256)
    assert one_short.dropped == 2


def test_a_single_oversize_message_is_explained_with_numbers() -> None:
    message = Message("user", words(9_811))
    tokens = tokens_of([message])
    with pytest.raises(ContextOverflowError) as caught:
        fit([message], n_ctx=4096, reserve=512)
    assert str(caught.value) == (
        f"Your message is {tokens:,} tokens but the model's context holds 4,096 "
        "(with 512 kept for the answer). Shorten it or raise the context size in Settings."
    )
    assert caught.value.hint == "Shorten it or raise the context size in Settings."


def test_an_oversize_message_is_explained_even_with_a_system_prompt_and_history() -> None:
    messages = [*conversation(3)[:-1], Message("user", words(5_000))]
    with pytest.raises(ContextOverflowError, match=r"^Your message is 5,000 tokens .* 4,096"):
        fit(messages, n_ctx=4096, reserve=512)


def test_system_prompt_and_message_too_big_together() -> None:
    messages = [Message("system", words(3_000)), Message("user", words(1_000))]
    total = tokens_of(messages)
    with pytest.raises(ContextOverflowError) as caught:
        fit(messages, n_ctx=4096, reserve=512)
    assert str(caught.value).startswith(
        f"Your message and the system prompt together are {total:,} tokens but the model's "
        "context holds 4,096 (with 512 kept for the answer)."
    )


def test_reserve_that_fills_the_context_is_explained() -> None:
    with pytest.raises(ContextOverflowError, match="4,096"):
        fit([Message("user", "hi")], n_ctx=4096, reserve=4096)


@pytest.mark.parametrize("content", ["", "   ", "\n\t \n"])
def test_empty_prompt(content: str) -> None:
    with pytest.raises(EmptyPromptError):
        fit([Message("system", "sys"), Message("user", content)], n_ctx=4096)


def test_nothing_to_send() -> None:
    with pytest.raises(EmptyPromptError):
        fit([], n_ctx=4096)
    with pytest.raises(EmptyPromptError):
        fit([Message("system", "sys")], n_ctx=4096)


def test_works_with_the_llama3_default_system_prompt() -> None:
    fmt = Llama3Format()
    messages = [
        Message("user", words(100, "old")),
        Message("assistant", "ok"),
        Message("user", "hi"),
    ]
    minimal_tokens = count_words(fmt.render(messages[-1:]))
    result = fit_messages(messages, fmt, count_words, n_ctx=minimal_tokens + 10, reserve=0)
    # The preamble is rendered (and counted) but the original messages are what is kept.
    assert result.messages == (messages[-1],)
    assert "Cutting Knowledge Date" in result.prompt
    assert result.prompt_tokens == minimal_tokens


def test_works_with_a_gguf_template() -> None:
    fmt = JinjaTemplateFormat(
        "{% for m in messages %}[{{ m.role }}] {{ m.content }}\n{% endfor %}",
        bos_token="",
        eos_token="",
    )
    messages = conversation(10)
    result = fit_messages(messages, fmt, count_words, n_ctx=60, reserve=10)
    assert result.messages[0] == messages[0] and result.messages[-1] == messages[-1]
    assert result.dropped > 0
    assert result.prompt_tokens == count_words(fmt.render(result.messages)) <= 50


def naive_fit(messages: list[Message], budget: int) -> tuple[Message, ...] | None:
    """Drop one turn at a time, re-rendering every time: slow but obviously right."""
    head = messages[:1] if messages[0].role == "system" else []
    body = messages[len(head) :]
    starts = [0] + [i for i, m in enumerate(body) if m.role == "user" and i > 0]
    for start in starts:
        candidate = [*head, *body[start:]]
        if tokens_of(candidate) <= budget:
            return tuple(candidate)
    return None


def test_matches_the_naive_algorithm_on_random_conversations() -> None:
    rng = random.Random(1234)
    for _ in range(300):
        messages = [Message("system", words(rng.randint(1, 20)))] if rng.random() < 0.7 else []
        for _turn in range(rng.randint(0, 12)):
            messages.append(Message("user", words(rng.randint(1, 40))))
            for _reply in range(rng.randint(0, 2)):
                role = rng.choice(["assistant", "ipython"])
                messages.append(Message(role, words(rng.randint(1, 40))))
        messages.append(Message("user", words(rng.randint(1, 40))))
        n_ctx = rng.randint(20, 400)
        reserve = rng.randint(0, 19)

        expected = naive_fit(messages, n_ctx - reserve)
        if expected is None:
            with pytest.raises(ContextOverflowError):
                fit(messages, n_ctx=n_ctx, reserve=reserve)
        else:
            result = fit(messages, n_ctx=n_ctx, reserve=reserve)
            assert result.messages == expected
            assert result.dropped == len(messages) - len(expected)


@pytest.mark.timeout(60)
def test_a_2000_turn_conversation_fits_quickly() -> None:
    messages = conversation(2000, user_words=30, reply_words=60)
    fmt = CountingFormat()

    started = time.perf_counter()
    result = fit_messages(messages, fmt, count_words, n_ctx=4096, reserve=512)
    elapsed = time.perf_counter() - started

    assert elapsed < 2.0
    # One full render, then O(log n) renders no larger than about twice what fits.
    assert len(fmt.rendered_sizes) <= 2 * 11 + 2
    assert sorted(fmt.rendered_sizes)[-2] <= 2 * len(result.messages) + 2
    # Maximal: one more turn would not have fitted.
    kept_from = len(messages) - len(result.messages) + 1
    assert result.prompt_tokens <= 4096 - 512
    assert tokens_of([messages[0], *messages[kept_from - 2 :]]) > 4096 - 512
    assert result.messages[1].role == "user"


def test_huge_old_messages_are_never_rendered() -> None:
    """Text far beyond what any tokenizer could squeeze into the window is skipped unrendered."""
    messages = [
        Message("user", words(3_000_000)),
        Message("assistant", "ok"),
        Message("user", "short question"),
    ]
    fmt = CountingFormat()
    result = fit_messages(messages, fmt, count_words, n_ctx=4096, reserve=512)
    assert result.messages == (messages[-1],)
    assert fmt.rendered_sizes == [1]
