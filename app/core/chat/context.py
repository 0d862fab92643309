"""Fitting a conversation into the model's context window.

The model sees one prompt of at most ``n_ctx`` tokens, and the answer has to fit in the same
window. When a conversation grows past that, the oldest turns are left out of the prompt (they
stay in the saved conversation); the system prompt and the newest message always stay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.chat.formats import PromptFormat
from app.core.chat.message import Message
from app.core.errors import QT_TRANSLATE_NOOP, ContextOverflowError, EmptyPromptError

__all__ = ["FitResult", "fit_messages"]

# No token of Llama 3's vocabulary is longer than 128 characters, so text with more than
# 128 * n characters cannot be n tokens or fewer. Used only to skip rendering spans that
# obviously cannot fit (see fit_messages); it never decides that something fits.
_MAX_CHARS_PER_TOKEN = 128


@dataclass(frozen=True, slots=True)
class FitResult:
    """What :func:`fit_messages` kept.

    Attributes:
        messages: the messages to send, oldest first (the system message, if any, first).
        dropped: how many of the given messages were left out.
        prompt_tokens: tokens in ``prompt``, as counted by the ``count_tokens`` given.
        prompt: the rendered prompt, so the engine need not render it again.
    """

    messages: tuple[Message, ...]
    dropped: int
    prompt_tokens: int
    prompt: str


def fit_messages(
    messages: Sequence[Message],
    fmt: PromptFormat,
    count_tokens: Callable[[str], int],
    n_ctx: int,
    reserve: int,
) -> FitResult:
    """Keep as many of the newest turns as fit in ``n_ctx`` with ``reserve`` tokens to spare.

    ``count_tokens`` must count a rendered prompt the way the engine will tokenize it
    (special tokens parsed, plus any BOS the engine adds). ``reserve`` is the room kept for
    the answer.

    Turns are dropped whole, oldest first: a user message goes together with everything that
    answers it (assistant replies, tool results) up to the next user message, so the prompt
    never starts with an orphaned reply. A leading system message is never dropped.

    Cost: the common case - everything fits - is one render and one count. Otherwise the cut
    point is found by galloping back from the newest turn (keep 1, 2, 4, 8, ... turns) and
    then bisecting between the last size that fitted and the first that did not. That is
    O(log k) renders, each no bigger than about twice what finally fits, rather than one
    render per dropped turn (O(n^2) for long histories). Rendering whole candidate prompts
    instead of adding up per-message counts keeps the count exact for any template (templates
    may add text depending on the whole conversation), at the price of assuming that keeping
    more turns never makes the prompt shorter.

    Raises:
        EmptyPromptError: there is no message besides the system prompt, or the newest
            message is a user message with nothing but whitespace.
        ContextOverflowError: even the system prompt plus the newest turn does not fit, or
            ``reserve`` leaves no room at all. The message gives the numbers.
        TemplateError: from ``fmt``.
    """
    if n_ctx <= 0 or reserve < 0:
        raise ValueError(f"n_ctx must be positive and reserve not negative ({n_ctx}, {reserve})")
    all_messages = tuple(messages)
    head = all_messages[:1] if all_messages and all_messages[0].role == "system" else ()
    body = all_messages[len(head) :]
    if not body:
        raise EmptyPromptError.of(QT_TRANSLATE_NOOP("core", "There is nothing to send."),
                                  hint=QT_TRANSLATE_NOOP("core", "Type a message first."))
    if body[-1].role == "user" and not body[-1].content.strip():
        raise EmptyPromptError.of(QT_TRANSLATE_NOOP("core", "Your message is empty."),
                                  hint=QT_TRANSLATE_NOOP("core", "Type something to send."))

    budget = n_ctx - reserve
    if budget <= 0:
        raise ContextOverflowError.of(
            QT_TRANSLATE_NOOP("core", "The room kept for the answer ({reserve} tokens) fills "
                              "the model's whole context of {n_ctx} tokens."),
            hint=QT_TRANSLATE_NOOP("core", "Lower the answer length or raise the context size "
                                   "in Settings."),
            reserve=f"{reserve:,}", n_ctx=f"{n_ctx:,}",
        )

    # Turn boundaries: each user message starts a turn; anything before the first user
    # message (say, a greeting from the assistant) is a turn of its own.
    starts = [0] + [i for i, m in enumerate(body) if m.role == "user" and i > 0]
    turns = len(starts)
    # suffix_chars[i]: characters of content in body[i:], for the cheap pre-check.
    suffix_chars = [0] * (len(body) + 1)
    for i in range(len(body) - 1, -1, -1):
        suffix_chars[i] = suffix_chars[i + 1] + len(body[i].content)
    head_chars = sum(len(m.content) for m in head)

    measured: dict[int, tuple[int, str] | None] = {}

    def measure(kept_turns: int, *, force: bool = False) -> tuple[int, str] | None:
        """Tokens and text of the prompt keeping the newest ``kept_turns`` turns.

        None when the content alone is too long to possibly fit, so it is not rendered.
        """
        if kept_turns not in measured or (force and measured[kept_turns] is None):
            first = starts[turns - kept_turns]
            too_long = head_chars + suffix_chars[first] > _MAX_CHARS_PER_TOKEN * budget
            if too_long and not force:
                measured[kept_turns] = None
            else:
                text = fmt.render(head + body[first:])
                measured[kept_turns] = (count_tokens(text), text)
        return measured[kept_turns]

    def fits(kept_turns: int) -> bool:
        result = measure(kept_turns)
        return result is not None and result[0] <= budget

    if not fits(turns):
        if not fits(1):
            _check_newest_turn(head, body[starts[-1] :], count_tokens, n_ctx, reserve, measure)
        low, high = 1, turns  # fits(low) holds, fits(high) does not
        step = 2
        while step < high:
            if fits(step):
                low = step
                step *= 2
            else:
                high = step
                break
        while high - low > 1:
            middle = (low + high) // 2
            if fits(middle):
                low = middle
            else:
                high = middle
        kept_turns = low
    else:
        kept_turns = turns

    result = measured[kept_turns]
    assert result is not None  # fits() measured it
    tokens, text = result
    kept = head + body[starts[turns - kept_turns] :]
    return FitResult(
        messages=kept,
        dropped=len(all_messages) - len(kept),
        prompt_tokens=tokens,
        prompt=text,
    )


def _check_newest_turn(
    head: tuple[Message, ...],
    newest: Sequence[Message],
    count_tokens: Callable[[str], int],
    n_ctx: int,
    reserve: int,
    measure: Callable[..., tuple[int, str] | None],
) -> None:
    """Raise :class:`ContextOverflowError`, with numbers, unless the newest turn fits after all.

    ``measure(1)`` may have skipped rendering because of the character pre-check; then the
    message is counted on its own first, and rendered only if that leaves a chance.
    """
    budget = n_ctx - reserve
    message_tokens = count_tokens("\n".join(m.content for m in newest))
    minimal = measure(1) if message_tokens > budget else measure(1, force=True)
    if minimal is not None and minimal[0] <= budget:
        return
    if not head or message_tokens > budget:
        if not head and minimal is not None:
            # Without a system prompt the whole minimal prompt is "the message".
            message_tokens = max(message_tokens, minimal[0])
        raise ContextOverflowError.of(
            QT_TRANSLATE_NOOP("core", "Your message is {tokens} tokens but the model's context "
                              "holds {n_ctx} (with {reserve} kept for the answer)."),
            hint=QT_TRANSLATE_NOOP("core", "Shorten it or raise the context size in Settings."),
            tokens=f"{message_tokens:,}", n_ctx=f"{n_ctx:,}", reserve=f"{reserve:,}",
        )
    total = minimal[0] if minimal is not None else message_tokens + count_tokens(head[0].content)
    raise ContextOverflowError.of(
        QT_TRANSLATE_NOOP("core", "Your message and the system prompt together are {tokens} "
                          "tokens but the model's context holds {n_ctx} (with {reserve} kept "
                          "for the answer)."),
        hint=QT_TRANSLATE_NOOP("core", "Shorten them or raise the context size in Settings."),
        tokens=f"{total:,}", n_ctx=f"{n_ctx:,}", reserve=f"{reserve:,}",
    )
