"""Llama Guard's answer: "safe", or "unsafe" and a line of category codes.

The grammar makes a small or quantized guard unable to answer anything else: ``safe``, or
``unsafe`` followed by a newline and one or more of the listed codes, comma-separated (no
more codes than are listed). The parser still refuses everything outside that shape (a guard
run without the grammar, a remote one, a cut-off answer) rather than guessing.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.core.engine.base import DoneEvent, Stats
from app.core.errors import HearthError
from app.core.safety.prompt import CATEGORIES, PLAIN_WORDS, describe


class GuardOutputError(HearthError):
    """The guard answered something that is not a Llama Guard verdict."""


class GuardStopped(HearthError):
    """A check was cancelled before the guard answered."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """Safe, or unsafe with the categories it names (codes such as "S1")."""

    safe: bool
    categories: tuple[str, ...] = ()
    raw: str = ""
    elapsed_ms: float = field(default=0.0, compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(CATEGORIES[c] for c in self.categories)

    @property
    def plain(self) -> str:
        """The categories in plain words ("violent crimes and hate")."""
        return describe(self.categories)

    def as_dict(self) -> dict[str, object]:
        return {
            "safe": self.safe,
            "categories": [
                {"code": c, "name": CATEGORIES[c], "plain": PLAIN_WORDS[c]}
                for c in self.categories
            ],
            "raw": self.raw,
            "elapsed_ms": round(self.elapsed_ms, 2),
        }


_LINE = re.compile(r"^S(?:1[0-4]|[1-9])$")


def parse_verdict(text: str, allowed: Sequence[str] | None = None) -> Verdict:
    """The verdict in ``text``; GuardOutputError if it is not one.

    Accepted: optional blank lines or spaces around, then ``safe``, or ``unsafe`` + newline +
    codes separated by commas (spaces around a code tolerated). A code the policy left out
    (not in ``allowed``) is ignored; when only such codes are named the answer is safe, as in
    Meta's reference.
    """
    body = text.strip()
    lines = body.split("\n")
    if lines == ["safe"]:
        return Verdict(True, (), text)
    if len(lines) != 2 or lines[0].rstrip() != "unsafe":
        raise GuardOutputError(f"The safety model gave an answer that is not a verdict: "
                               f"{_shown(text)}.")
    codes = [c.strip() for c in lines[1].split(",")]
    bad = [c for c in codes if not _LINE.match(c)]
    if bad:
        raise GuardOutputError(f"The safety model named an unknown category: {_shown(text)}.")
    unique = tuple(dict.fromkeys(codes))
    if allowed is not None:
        unique = tuple(c for c in unique if c in allowed)
        if not unique:
            return Verdict(True, (), text)
    return Verdict(False, unique, text)


def verdict_of(events: Iterable[object], codes: Sequence[str], started: float
               ) -> tuple[Verdict, Stats]:
    """The verdict a guard's generation ends with, timed from ``started`` (a perf_counter
    reading), and its stats; GuardStopped when it was cancelled. Shared by the text guard and
    the picture guard, which differ only in how they prompt and constrain the model."""
    done: DoneEvent | None = None
    for event in events:
        if isinstance(event, DoneEvent):
            done = event
    if done is None or done.stats.stop_reason == "cancelled":
        raise GuardStopped("The safety check was stopped.")
    verdict = parse_verdict(done.text, codes)
    return Verdict(verdict.safe, verdict.categories, verdict.raw,
                   (time.perf_counter() - started) * 1000), done.stats


def _shown(text: str) -> str:
    return repr(text[:60] + ("…" if len(text) > 60 else ""))


def guard_grammar(codes: Sequence[str]) -> str:
    """GBNF that admits exactly the verdicts over ``codes``: ``safe``, or ``unsafe``, a newline
    and one or more codes in the listed order, each at most once (so a small guard cannot
    repeat a code until its token budget runs out)."""
    if not codes:
        raise ValueError("no categories")
    rules = ['root ::= "safe" | "unsafe\\n" after0']
    n = len(codes)
    # after{i}: one code from position i on, then optionally more after it.
    for i in range(n):
        alts = []
        for j in range(i, n):
            more = f' ("," after{j + 1})?' if j + 1 < n else ""
            alts.append(f'"{codes[j]}"{more}')
        rules.append(f"after{i} ::= " + " | ".join(alts))
    return "\n".join(rules) + "\n"


def max_verdict_tokens(codes: Sequence[str]) -> int:
    """A token budget that any verdict over ``codes`` fits (a code and its comma take at most
    4 tokens, whatever the vocabulary)."""
    return 6 + 4 * len(codes)


class VerdictLanguage:
    """The verdicts over ``codes`` as a prefix-checkable language (the same set as
    :func:`guard_grammar`): ``safe``, or ``unsafe``, a newline and one or more codes in the
    listed order, each at most once, comma-separated. Used by engines without llama.cpp's
    grammar sampler (:class:`app.core.vision.constraint.LanguageConstraint`)."""

    def __init__(self, codes: Sequence[str]) -> None:
        if not codes:
            raise ValueError("no categories")
        self.codes = tuple(codes)
        self._index = {c: i for i, c in enumerate(self.codes)}
        self.alphabet = frozenset(b"safeun\n,".join(c.encode() for c in self.codes)
                                  + b"safeun\n,")

    def _split(self, data: bytes) -> tuple[str, list[str]] | None:
        try:
            text = data.decode("ascii")
        except UnicodeDecodeError:
            return None
        if not text.startswith(_UNSAFE_HEAD):
            return text, []
        return text, text[len(_UNSAFE_HEAD):].split(",")

    def _last_complete(self, parts: list[str]) -> int | None:
        """The index of the last code of ``parts`` (all complete, in order), None if they
        are not."""
        last = -1
        for part in parts:
            index = self._index.get(part)
            if index is None or index <= last:
                return None
            last = index
        return last

    def is_prefix(self, data: bytes) -> bool:
        split = self._split(data)
        if split is None:
            return False
        text, parts = split
        if not parts:
            return "safe".startswith(text) or _UNSAFE_HEAD.startswith(text)
        last = self._last_complete(parts[:-1])
        if last is None:
            return False
        return any(code.startswith(parts[-1]) for code in self.codes[last + 1:])

    def is_complete(self, data: bytes) -> bool:
        split = self._split(data)
        if split is None:
            return False
        text, parts = split
        if not parts:
            return text == "safe"
        return self._last_complete(parts) is not None


_UNSAFE_HEAD = "unsafe\n"


def verdict_language(codes: Sequence[str]) -> VerdictLanguage:
    """The verdict language over ``codes`` (see :class:`VerdictLanguage`)."""
    return VerdictLanguage(codes)
