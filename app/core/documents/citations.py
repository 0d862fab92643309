"""Citation markers: "[3]" after a point says it comes from part 3 of the document.

Models — small ones most — drop markers, invent numbers that do not exist or put the wrong
one. So markers are never trusted: each point of a summary keeps a marker only if that part
exists and shares words with it; a point without a usable marker gets the part it shares the
most words with. Word overlap is crude but cheap, language-neutral and easy to reason about.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

_MARKER = re.compile(r"\s*\[(\d{1,4}(?:\s*[,;–-]\s*\d{1,4})*)\]")
_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+(?=\S)")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Citation:
    """Part ``n`` of a document: where it is and the passage a click shows."""

    n: int
    label: str
    passage: str

    def as_dict(self) -> dict[str, object]:
        return {"n": self.n, "label": self.label, "passage": self.passage}


def words(text: str) -> set[str]:
    """Content words: lower-cased, at least four letters long, or numbers."""
    return {w for w in (m.group().lower() for m in _WORD.finditer(text))
            if len(w) >= 4 or w.isdigit()}


def markers_in(text: str) -> list[int]:
    """Every part number cited in ``text``, in order of appearance (ranges expanded)."""
    found: list[int] = []
    for match in _MARKER.finditer(text):
        for n in _expand(match.group(1)):
            if n not in found:
                found.append(n)
    return found


def _expand(group: str) -> list[int]:
    out: list[int] = []
    for item in re.split(r"\s*[,;]\s*", group):
        bounds = [int(x) for x in re.split(r"\s*[–-]\s*", item) if x]
        if len(bounds) == 2 and 0 < bounds[1] - bounds[0] < 50:
            out.extend(range(bounds[0], bounds[1] + 1))
        else:
            out.extend(bounds)
    return out


def repair_markers(text: str, sources: Mapping[int, str]) -> str:
    """Make every point of ``text`` end with markers of parts in ``sources`` that support it.

    ``sources`` maps a part number to the text it stands for (its notes and passage). A point
    is a bullet line, or a sentence of a prose line; headings and blank lines are kept as is,
    lines holding nothing but markers are dropped. Shared words are weighted by how rare they
    are among the sources, so words every part uses ("the region", "experts") decide nothing.
    """
    vocab = {n: words(src) for n, src in sources.items()}
    df: dict[str, int] = {}
    for vs in vocab.values():
        for w in vs:
            df[w] = df.get(w, 0) + 1
    n = len(vocab)
    weight = {w: math.log(n / c) if n > 1 else 1.0 for w, c in df.items()}
    out: list[str] = []
    last: list[int] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and not words(_MARKER.sub("", _BULLET.sub("", stripped))):
            continue  # "[3]" or "- [3]" alone: a marker with nothing to support
        if not stripped or stripped.startswith("#"):
            out.append(line)
            continue
        if _BULLET.match(line):
            fixed, last = _repair_point(line.rstrip(), vocab, weight, last)
            out.append(fixed)
        else:
            fixed_sentences = []
            for sentence in _SENTENCE_END.split(stripped):
                fixed, last = _repair_point(sentence, vocab, weight, last)
                if fixed:
                    fixed_sentences.append(fixed)
            out.append(" ".join(fixed_sentences))
    return "\n".join(out).strip("\n")


def _repair_point(point: str, vocab: Mapping[int, set[str]], weight: Mapping[str, float],
                  previous: list[int]) -> tuple[str, list[int]]:
    cited = markers_in(point)
    bare = _MARKER.sub("", point).rstrip()
    mine = words(bare)
    if not mine:  # a marker alone, or punctuation: nothing to support
        return bare.strip(), previous
    scores = {n: sum(weight[w] for w in mine & v) for n, v in vocab.items()}
    best = max(scores.values(), default=0.0)
    # A cited part is kept when it supports the point about as well as the best one does.
    keep = [n for n in cited if n in vocab and (scores[n] >= 0.5 * best or best == 0)]
    if not keep:
        if best > 0:
            keep = [min(n for n, s in scores.items() if s == best)]
        elif previous:
            keep = previous[:1]  # nothing in common with any part: the point before's part
    if not keep:
        return bare, previous
    trailing = ""
    if bare and bare[-1] in ".!?。！？":
        bare, trailing = bare[:-1], bare[-1]
    return f"{bare} {''.join(f'[{n}]' for n in keep)}{trailing}", keep


def strip_markers(text: str) -> str:
    """``text`` without its citation markers (for a reader that cannot follow them)."""
    return _MARKER.sub("", text)
