"""Planning a summary by tokens: one pass when the document fits, otherwise parts.

Everything is counted with the model's own tokenizer, never guessed from characters. The
context a model can use is bounded twice: by what it was trained on and by the memory its KV
cache would take (:func:`max_context_for_memory`, from the same estimate that guards loading).
A document that does not fit is cut into chunks on its structure — pages and sections first,
then paragraphs, lines, sentences — with a little overlap so a point split across a boundary
is not lost; each chunk keeps the positions (pages or sections) a citation names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from app.core.documents.model import Document
from app.core.errors import InsufficientMemoryError
from app.core.models.gguf_file import GGUFInfo
from app.core.models.memory import check_fits, estimate_memory

Mode = Literal["single", "map-reduce"]
CountTokens = Callable[[str], int]

# Chunks larger than this are summarized worse by small models and make progress coarse.
MAX_CHUNK_TOKENS = 4096
# Tokens of the previous chunk repeated at the start of the next one (at most a tenth).
OVERLAP_TOKENS = 96
_MIN_CONTEXT = 256


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of the document summarized on its own; ``id`` is its citation number."""

    id: int
    passage: str  # the text this chunk stands for (what a citation shows)
    overlap: str  # the end of the previous chunk, given as context only
    label: str  # "pages 3–4", "“Results”", "paragraphs 4–9"
    tokens: int
    parts: tuple[int, ...]  # indexes of the document parts it covers

    @property
    def text(self) -> str:
        return f"…{self.overlap}\n\n{self.passage}" if self.overlap else self.passage


@dataclass(frozen=True, slots=True)
class Plan:
    """How a document will be summarized."""

    mode: Mode
    doc_tokens: int
    n_ctx: int
    chunks: tuple[Chunk, ...]
    chunk_budget: int


def max_context_for_memory(info: GGUFInfo, available: int, *, n_batch: int = 512,
                           n_gpu_layers: int = 0) -> int:
    """The largest context (tokens) whose KV cache still fits in ``available`` bytes, capped
    by the model's training context; 0 when even a small context does not fit."""
    ceiling = info.n_ctx_train or 131072

    def fits(n_ctx: int) -> bool:
        try:
            check_fits(info, n_ctx, available, n_batch, n_gpu_layers)
        except InsufficientMemoryError:
            return False
        return True

    if not fits(_MIN_CONTEXT):
        return 0
    if fits(ceiling):
        return ceiling
    lo, hi = _MIN_CONTEXT, ceiling  # fits(lo), not fits(hi)
    while hi - lo > 256:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return lo // 256 * 256


def context_for_document(doc_tokens: int, reserve: int, *, minimum: int, memory_limit: int
                         ) -> int:
    """The context to load for a document: room for all of it when memory allows (rounded up
    to a multiple of 1024), never below ``minimum`` nor above ``memory_limit``."""
    wanted = -(-(doc_tokens + reserve) // 1024) * 1024
    return max(min(max(wanted, minimum), memory_limit), min(minimum, memory_limit))


# Above this share of the free memory, Hearth asks before reloading a model with a larger
# context for a document (the rest of the computer would have little room left).
TIGHT_MEMORY_SHARE = 0.75


@dataclass(frozen=True, slots=True)
class ContextChoice:
    """The context to load a model with for one document, and what that costs in memory."""

    n_ctx: int  # the context to load (never below the one loaded now)
    current: int  # the context the model is loaded with now
    memory_limit: int  # the largest context memory allows (0: not even a small one)
    needed: int  # bytes the model needs with ``n_ctx`` (weights, KV cache, buffers)
    available: int  # bytes of memory free now
    whole_document: bool  # the document (by a character estimate) fits ``n_ctx`` at once
    fits_current: bool  # ...and already fits the context loaded now

    @property
    def reload(self) -> bool:
        """The document does not fit the loaded context, and a larger one is possible."""
        return self.n_ctx > self.current and not self.fits_current

    @property
    def tight(self) -> bool:
        """Reloading would take most of the free memory, or still not hold the document:
        worth asking the person first."""
        return self.needed > self.available * TIGHT_MEMORY_SHARE or not self.whole_document


def choose_context(doc: Document, info: GGUFInfo, reserve: int, *, current: int,
                   available: int, n_batch: int = 512) -> ContextChoice:
    """The context a model should have for ``doc``: room for all of it (plus ``reserve``
    tokens of instructions and answer) when memory allows, never less than ``current``. The
    same rule for the window and ``hearth summarize``; the plan, counted with the model's own
    tokenizer, later decides whether one pass really fits."""
    limit = max_context_for_memory(info, available, n_batch=n_batch)
    estimate = doc.n_chars // 3 + 1
    n_ctx = context_for_document(estimate, reserve, minimum=current,
                                 memory_limit=limit or current)
    needed = estimate_memory(info, n_ctx, n_batch).total
    return ContextChoice(n_ctx, current, limit, needed, available,
                         estimate + reserve <= n_ctx, estimate + reserve <= current)


@dataclass(frozen=True, slots=True)
class _Unit:
    """A paragraph (or a piece of a long one) with where it lies."""

    part: int
    number: int  # paragraph number in the whole document, from 1
    text: str
    tokens: int
    starts_part: bool


def plan_summary(doc: Document, count_tokens: CountTokens, n_ctx: int, *, fixed_tokens: int,
                 answer_tokens: int, map_fixed_tokens: int, map_answer_tokens: int,
                 max_chunk_tokens: int = MAX_CHUNK_TOKENS) -> Plan:
    """One pass if the whole document plus ``fixed_tokens`` (instructions and chat markup)
    plus ``answer_tokens`` fits ``n_ctx``; else chunks that fit one map prompt each."""
    units = _units(doc, count_tokens)
    doc_tokens = sum(u.tokens for u in units) + 2 * max(len(units) - 1, 0)
    if doc_tokens + fixed_tokens + answer_tokens <= n_ctx:
        chunk = Chunk(1, doc.text, "", _label(doc, units), doc_tokens,
                      tuple(sorted({u.part for u in units})))
        return Plan("single", doc_tokens, n_ctx, (chunk,), doc_tokens)
    budget = min(n_ctx - map_fixed_tokens - map_answer_tokens, max_chunk_tokens)
    if budget < 64:
        from app.core.errors import ContextOverflowError

        raise ContextOverflowError(
            f"The model's context ({n_ctx:,} tokens) is too small to summarize documents.",
            hint="Raise the context size in Settings.",
        )
    overlap = min(OVERLAP_TOKENS, budget // 10)
    pieces: list[_Unit] = []
    for unit in units:
        pieces.extend(_split_unit(unit, budget - overlap, count_tokens))
    chunks: list[Chunk] = []
    current: list[_Unit] = []
    size = 0
    carried = ""
    carried_tokens = 0

    def flush() -> None:
        nonlocal current, size, carried, carried_tokens
        if not current:
            return
        passage = "\n\n".join(u.text for u in current)
        chunks.append(Chunk(len(chunks) + 1, passage, carried, _label(doc, current),
                            size + carried_tokens, tuple(sorted({u.part for u in current}))))
        carried = _tail(current[-1].text, overlap, count_tokens)
        carried_tokens = count_tokens(carried) + 2 if carried else 0
        current, size = [], 0

    for piece in pieces:
        cost = piece.tokens + 2
        room = budget - carried_tokens
        # Prefer to cut where a page or section starts, once a chunk is reasonably full.
        if current and (size + cost > room or (piece.starts_part and size >= room * 0.6)):
            flush()
            room = budget - carried_tokens
        current.append(piece)
        size += cost
    flush()
    return Plan("map-reduce", doc_tokens, n_ctx, tuple(chunks), budget)


def _units(doc: Document, count_tokens: CountTokens) -> list[_Unit]:
    units: list[_Unit] = []
    number = 0
    for part in doc.parts:
        first = True
        head = f"# {part.heading}\n\n" if part.heading and part.page is None else ""
        for paragraph in part.paragraphs:
            number += 1
            text = head + paragraph if first else paragraph
            units.append(_Unit(part.index, number, text, count_tokens(text), first))
            first = False
        if first and head:  # a heading with nothing under it still belongs to the text
            units.append(_Unit(part.index, number, head.strip(), count_tokens(head), True))
    return units


def _split_unit(unit: _Unit, budget: int, count_tokens: CountTokens) -> list[_Unit]:
    """A paragraph longer than ``budget`` cut at lines, then sentences, then words."""
    if unit.tokens <= budget:
        return [unit]
    for pattern in (r"\n", r"(?<=[.!?。！？])\s+", r"\s+"):
        pieces = [p for p in re.split(pattern, unit.text) if p.strip()]
        if len(pieces) > 1:
            break
    else:  # one enormous "word"
        pieces = _cut_chars(unit, budget)
    out: list[_Unit] = []
    buf: list[str] = []
    size = 0
    for piece in pieces:
        tokens = count_tokens(piece) + 1
        if buf and size + tokens > budget:
            text = " ".join(buf)
            out.append(_Unit(unit.part, unit.number, text, count_tokens(text),
                             unit.starts_part and not out))
            buf, size = [], 0
        buf.append(piece)
        size += tokens
    if buf:
        text = " ".join(buf)
        out.append(_Unit(unit.part, unit.number, text, count_tokens(text),
                         unit.starts_part and not out))
    if len(out) == 1:  # the pieces did not add up below the budget: cut by characters
        out = [_Unit(unit.part, unit.number, text, count_tokens(text), unit.starts_part and i == 0)
               for i, text in enumerate(_cut_chars(unit, budget))]
    return [u for piece in out
            for u in (_split_unit(piece, budget, count_tokens) if piece.tokens > budget
                      else [piece])]


def _cut_chars(unit: _Unit, budget: int) -> list[str]:
    step = max(16, len(unit.text) * budget // max(unit.tokens, 1) * 9 // 10)
    return [unit.text[i:i + step] for i in range(0, len(unit.text), step)]


def _tail(text: str, max_tokens: int, count_tokens: CountTokens) -> str:
    """The last sentences of ``text`` that fit in ``max_tokens`` (the overlap)."""
    if max_tokens <= 0:
        return ""
    sentences = [s for s in re.split(r"(?<=[.!?。！？])\s+|\n+", text) if s.strip()]
    kept: list[str] = []
    size = 0
    for sentence in reversed(sentences):
        tokens = count_tokens(sentence) + 1
        if size + tokens > max_tokens:
            break
        kept.insert(0, sentence)
        size += tokens
    return " ".join(kept)


def _label(doc: Document, units: list[_Unit]) -> str:
    """Where ``units`` lie, the way a person looks it up: pages, sections or paragraphs."""
    parts = [doc.parts[i] for i in sorted({u.part for u in units})]
    if not units:
        return ""
    pages = [p.page for p in parts if p.page is not None]
    if pages:
        return f"page {pages[0]}" if pages[0] == pages[-1] else f"pages {pages[0]}–{pages[-1]}"
    headings = [p.heading for p in parts if p.heading]
    if headings:
        first, last = headings[0], headings[-1]
        return f"“{first}”" if first == last else f"“{first}” to “{last}”"
    first_n, last_n = units[0].number, units[-1].number
    return f"paragraph {first_n}" if first_n == last_n else f"paragraphs {first_n}–{last_n}"
