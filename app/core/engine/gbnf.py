"""Check a GBNF grammar before llama.cpp sees it.

llama.cpp's own grammar parser reports most mistakes by returning NULL, which the engine turns
into an error. A few it does not survive: a repetition such as ``"a"{3,1}`` (maximum below
minimum) makes it loop until the process runs out of memory, and a huge bound such as
``{0,99999999}`` expands into that many rules. This module parses the grammar with the same
rules as ``llama-grammar.cpp`` (names, literals, character classes, groups, ``* + ?``,
``{m}``, ``{m,}``, ``{m,n}``, comments) and refuses those cases, undefined rules and a missing
``root`` with a :class:`GrammarError` that says where. Token references (``<...>``, ``!``)
are not needed by Hearth and are refused.
"""

from __future__ import annotations

from app.core.errors import HearthError

__all__ = ["MAX_GRAMMAR_CHARS", "MAX_REPEAT", "GrammarError", "check_grammar"]

MAX_GRAMMAR_CHARS = 200_000
MAX_REPEAT = 1_000  # largest {m,n} bound
MAX_TOTAL_REPEAT = 50_000  # sum of all bounds, which is about how many rules they expand to


class GrammarError(HearthError):
    """The grammar given for constrained decoding is not valid GBNF (or too large)."""


def _is_word_char(c: str) -> bool:
    # llama.cpp: a-z, A-Z, 0-9 and '-' (no underscore)
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9") or c == "-"


class _Checker:
    def __init__(self, src: str) -> None:
        self.src = src
        self.n = len(src)
        self.defined: set[str] = set()
        self.used: dict[str, int] = {}
        self.total_repeat = 0

    def fail(self, pos: int, what: str) -> GrammarError:
        line = self.src.count("\n", 0, pos) + 1
        near = self.src[pos: pos + 20].split("\n", 1)[0]
        return GrammarError(f"The grammar is not valid: {what} (line {line}, near {near!r}).")

    def peek(self, pos: int) -> str:
        return self.src[pos] if pos < self.n else ""

    def space(self, pos: int, newline_ok: bool) -> int:
        while pos < self.n:
            c = self.src[pos]
            if c == "#":
                while pos < self.n and self.src[pos] not in "\r\n":
                    pos += 1
            elif c in " \t" or (newline_ok and c in "\r\n"):
                pos += 1
            else:
                break
        return pos

    def name(self, pos: int) -> tuple[str, int]:
        end = pos
        while end < self.n and _is_word_char(self.src[end]):
            end += 1
        if end == pos:
            raise self.fail(pos, "expecting a rule name")
        return self.src[pos:end], end

    def integer(self, pos: int) -> tuple[int, int]:
        end = pos
        while end < self.n and self.src[end].isdigit() and self.src[end].isascii():
            end += 1
        if end == pos:
            raise self.fail(pos, "expecting an integer")
        if end - pos > 9:
            raise self.fail(pos, f"a repetition count above {MAX_REPEAT}")
        return int(self.src[pos:end]), end

    def char(self, pos: int) -> int:
        """Skip one (possibly escaped) character; returns the position after it."""
        if pos >= self.n:
            raise self.fail(pos, "unexpected end of input")
        if self.src[pos] != "\\":
            return pos + 1
        esc = self.peek(pos + 1)
        sizes = {"x": 2, "u": 4, "U": 8}
        if esc in sizes:
            digits = self.src[pos + 2: pos + 2 + sizes[esc]]
            if len(digits) != sizes[esc] or any(d not in "0123456789abcdefABCDEF"
                                                for d in digits):
                raise self.fail(pos, f"expecting {sizes[esc]} hex digits after \\{esc}")
            return pos + 2 + sizes[esc]
        if esc in ('"', "[", "]", "\\", "n", "r", "t"):
            return pos + 2
        if not esc:
            raise self.fail(pos, "unexpected end of input")
        raise self.fail(pos, f"unknown escape \\{esc}")

    def sequence(self, pos: int, nested: bool) -> int:
        have_item = False
        while pos < self.n:
            c = self.src[pos]
            if c == '"':
                pos += 1
                while self.peek(pos) != '"':
                    if pos >= self.n:
                        raise self.fail(pos, "a text literal is not closed")
                    pos = self.char(pos)
                pos = self.space(pos + 1, nested)
                have_item = True
            elif c == "[":
                start = pos
                pos += 1
                if self.peek(pos) == "^":
                    pos += 1
                while self.peek(pos) != "]":
                    if pos >= self.n:
                        raise self.fail(start, "a character class is not closed")
                    pos = self.char(pos)
                    if self.peek(pos) == "-" and self.peek(pos + 1) not in ("]", ""):
                        pos = self.char(pos + 1)
                pos = self.space(pos + 1, nested)
                have_item = True
            elif _is_word_char(c):
                ref, end = self.name(pos)
                self.used.setdefault(ref, pos)
                pos = self.space(end, nested)
                have_item = True
            elif c == "(":
                pos = self.space(pos + 1, True)
                pos = self.alternates(pos, nested=True)
                if self.peek(pos) != ")":
                    raise self.fail(pos, "expecting ')'")
                pos = self.space(pos + 1, nested)
                have_item = True
            elif c == ".":
                pos = self.space(pos + 1, nested)
                have_item = True
            elif c in "*+?":
                if not have_item:
                    raise self.fail(pos, f"'{c}' follows nothing")
                pos = self.space(pos + 1, nested)
            elif c == "{":
                if not have_item:
                    raise self.fail(pos, "'{' follows nothing")
                start = pos
                pos = self.space(pos + 1, nested)
                low, pos = self.integer(pos)
                pos = self.space(pos, nested)
                high: int | None = low
                if self.peek(pos) == ",":
                    pos = self.space(pos + 1, nested)
                    if self.peek(pos).isdigit():
                        high, pos = self.integer(pos)
                        pos = self.space(pos, nested)
                    else:
                        high = None
                if self.peek(pos) != "}":
                    raise self.fail(pos, "expecting '}'")
                if high is not None and high < low:
                    raise self.fail(start, f"a repetition {{{low},{high}}} with its maximum "
                                    "below its minimum")
                if max(low, high or 0) > MAX_REPEAT:
                    raise self.fail(start, f"a repetition count above {MAX_REPEAT}")
                self.total_repeat += max(low, high or 0) + 1
                if self.total_repeat > MAX_TOTAL_REPEAT:
                    raise self.fail(start, "too many repetitions in total")
                pos = self.space(pos + 1, nested)
            elif c in "<!":
                raise self.fail(pos, "token references are not supported")
            else:
                break
        return pos

    def alternates(self, pos: int, nested: bool) -> int:
        pos = self.sequence(pos, nested)
        while self.peek(pos) == "|":
            pos = self.space(pos + 1, True)
            pos = self.sequence(pos, nested)
        return pos

    def rule(self, pos: int) -> int:
        name, pos = self.name(pos)
        pos = self.space(pos, False)
        if self.src[pos: pos + 3] != "::=":
            raise self.fail(pos, "expecting ::=")
        pos = self.space(pos + 3, True)
        pos = self.alternates(pos, nested=False)
        if self.peek(pos) == "\r":
            pos += 2 if self.peek(pos + 1) == "\n" else 1
        elif self.peek(pos) == "\n":
            pos += 1
        elif pos < self.n:
            raise self.fail(pos, "expecting a newline or the end")
        self.defined.add(name)
        return self.space(pos, True)

    def run(self) -> None:
        pos = self.space(0, True)
        while pos < self.n:
            pos = self.rule(pos)
        for ref, where in self.used.items():
            if ref not in self.defined:
                raise self.fail(where, f"the rule {ref!r} is used but never defined")
        if "root" not in self.defined:
            raise GrammarError("The grammar is not valid: it has no 'root' rule.")


def check_grammar(grammar: str) -> None:
    """Raise :class:`GrammarError` unless ``grammar`` is GBNF that llama.cpp can take safely."""
    if len(grammar) > MAX_GRAMMAR_CHARS:
        raise GrammarError(
            f"The grammar is too large ({len(grammar):,} characters; at most "
            f"{MAX_GRAMMAR_CHARS:,})."
        )
    if "\x00" in grammar:
        raise GrammarError("The grammar is not valid: it contains a NUL character.")
    _Checker(grammar).run()
