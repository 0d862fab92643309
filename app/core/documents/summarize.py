"""Summarizing a document: one pass when it fits, map-reduce with citations when it does not.

The flow is a generator of events, like the engine's, so the window and the CLI show the same
progress ("part 3 of 12", an ETA) and cancel the same way. Nothing is saved here: a finished
:class:`SummaryResult` is stored by :mod:`app.core.documents.conversation`, so a cancelled run
leaves nothing half-done behind.

Prompt layout: the document comes first (in the system message) and the instruction after it,
so the conversation that opens on the summary starts with the very same tokens and follow-up
questions reuse the evaluated document from the engine's KV cache.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.chat.message import Message
from app.core.documents.citations import Citation, markers_in, repair_markers
from app.core.documents.language import detect_language, language_name
from app.core.documents.model import Document
from app.core.documents.planner import Chunk, Plan, max_context_for_memory, plan_summary
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    Engine,
    GenerationRequest,
    SamplingParams,
    Stats,
    TokenEvent,
)
from app.core.errors import QT_TRANSLATE_NOOP, GenerationError
from app.core.progress import StepClock, eta_from_rate
from app.core.texts import CoreText, plain_params, render

Style = Literal["short", "bullets", "detailed"]
STYLES: tuple[Style, ...] = ("short", "bullets", "detailed")
STYLE_NAMES = {"short": "a short summary", "bullets": "bullet points",
               "detailed": "a detailed summary"}

# Longest answer per style; smaller contexts get at most a quarter of their size.
ANSWER_TOKENS = {"short": 160, "bullets": 400, "detailed": 900}


def context_reserve(style: Style) -> int:
    """Tokens a context needs beside the document: the answer, instructions and chat markup
    (what sizing a model's context for a document adds to the document itself)."""
    return ANSWER_TOKENS[style] + 1024 + 512


MAP_TOKENS = 200  # notes on one part
COMBINE_TOKENS = 320  # an intermediate combination of notes
MAX_LEVELS = 6
# A long single-pass document is read in slices of about this many tokens, for progress.
READ_STEP_TOKENS = 2048
MAX_READ_STEPS = 20
_BULLET_START = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)])\s*")

# Faithful and repeatable: greedy, with a light penalty against small models' loops.
SUMMARY_SAMPLING = SamplingParams(temperature=0.0, repeat_penalty=1.1)


# -- events ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Progress:
    """Where the run is: ``done`` of ``total`` steps, and the seconds probably left."""

    stage: Literal["planning", "reading", "part", "combine", "final"]
    done: int
    total: int
    message: str
    eta_s: float | None = None
    # The message's marked template and parameters, for the window's languages.
    template: str = field(default="", compare=False)
    params: dict[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, stage: Literal["planning", "reading", "part", "combine", "final"], done: int,
           total: int, template: str, eta_s: float | None = None, /, **params: object
           ) -> Progress:
        """Progress whose message is a marked template (see app.core.texts)."""
        values = plain_params(params)
        return cls(stage, done, total, render(template, values), eta_s, template, values)


@dataclass(frozen=True, slots=True)
class PartSummary:
    """The notes written for one part (map step)."""

    n: int
    total: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class SummaryResult:
    """A finished summary, with what the follow-up conversation needs."""

    document: str
    source: str | None
    style: Style
    language: str
    mode: Literal["single", "map-reduce"]
    text: str  # with [n] markers when there are citations
    citations: tuple[Citation, ...]
    request: str  # the instruction, shown as the person's message
    context: str  # the system prompt of the follow-up conversation (document first)
    stats: Stats  # of the generation that wrote the final text
    n_ctx: int
    doc_tokens: int
    calls: int
    prompt_tokens_total: int
    elapsed_s: float
    first_token_s: float  # from the start until the summary's first words appeared
    notices: tuple[str, ...] = field(default=())

    def citation(self, n: int) -> Citation | None:
        return next((c for c in self.citations if c.n == n), None)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json`` and for the stored message."""
        return {
            "document": self.document, "source": self.source, "style": self.style,
            "language": self.language, "mode": self.mode, "text": self.text,
            "citations": [c.as_dict() for c in self.citations],
            "n_ctx": self.n_ctx, "doc_tokens": self.doc_tokens, "calls": self.calls,
            "prompt_tokens_total": self.prompt_tokens_total,
            "elapsed_s": round(self.elapsed_s, 3), "notices": list(self.notices),
            "first_token_s": round(self.first_token_s, 3),
            "ttft_ms": round(self.stats.ttft_ms, 2),
        }


@dataclass(frozen=True, slots=True)
class SummaryDone:
    result: SummaryResult


@dataclass(frozen=True, slots=True)
class SummaryCancelled:
    message: str = CoreText(QT_TRANSLATE_NOOP("core", "Summary cancelled; nothing was saved."))


SummaryEvent = Progress | PartSummary | TokenEvent | SummaryDone | SummaryCancelled


# -- prompts -----------------------------------------------------------------------------------


def instruction(style: Style, name: str, language: str, *, cite: bool = False) -> str:
    """What the person asks for, in words the model follows and the chat shows."""
    if style == "short":
        text = f"Summarize “{name}” in two or three sentences (TL;DR)."
    elif style == "bullets":
        text = (f"Summarize “{name}” as bullet points: 4 to 8 short points, each on its own "
                "line starting with \"- \".")
    else:
        text = (f"Write a detailed summary of “{name}”: a short overview paragraph, then the "
                "main points in order as bullet points starting with \"- \".")
    text += f" Write in {language}."
    if cite:
        text += " End each point with the number of the part it comes from, like [2]."
    return text


def document_context(doc: Document, language: str) -> str:
    """The system prompt that holds the whole document (document first, then questions)."""
    return (
        "You answer questions about a document the user shared, using only what it says; "
        "when it does not say, tell them so. "
        f"Write in {language}.\n\nDocument: “{doc.name}”\n\n{doc.text}"
    )


def notes_context(name: str, notes: str, language: str) -> str:
    """The system prompt when the document is too long to quote: its notes, in order."""
    return (
        f"You answer questions about the document “{name}” the user shared. It is too long to "
        "quote here; below are notes on each of its parts, in order, with the part number in "
        "brackets. Use only these notes; when they do not say, tell the user so. "
        f"Write in {language}.\n\n{notes}"
    )


def _map_messages(chunk: Chunk, total: int, name: str, language: str) -> list[Message]:
    where = f" ({chunk.label})" if chunk.label else ""
    return [
        Message("system", "You write notes on one part of a longer document, using only facts "
                f"stated in it. Write in {language}."),
        Message("user", f"Part {chunk.id} of {total}{where} of “{name}”:\n\n{chunk.text}\n\n"
                "Write the key points of this part as 2 to 4 short bullet points starting "
                "with \"- \"."),
    ]


def _combine_messages(notes: str, name: str, language: str, ask: str) -> list[Message]:
    return [
        Message("system", "You combine notes on the parts of a document into one summary, "
                f"keeping their order. Write in {language}."),
        Message("user", f"Notes on the parts of “{name}”, in order; each point ends with "
                f"the number of its part in brackets:\n\n{notes}\n\n{ask}"),
    ]


# -- the run -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    """Notes standing for one or more parts, with the part numbers they cite."""

    ids: tuple[int, ...]
    text: str


def summarize(engine: Engine, doc: Document, style: Style = "bullets",
              cancel: CancelToken | None = None) -> Iterator[SummaryEvent]:
    """Summarize ``doc`` with ``engine``; ends with :class:`SummaryDone` or
    :class:`SummaryCancelled`. Raises HearthError when the model fails."""
    runner = _Run(engine, doc, style, cancel or CancelToken())
    yield from runner.run()


class _Run:
    def __init__(self, engine: Engine, doc: Document, style: Style, cancel: CancelToken
                 ) -> None:
        if style not in STYLES:
            raise ValueError(f"unknown summary style {style!r}")
        self.engine = engine
        self.doc = doc
        self.style = style
        self.cancel = cancel
        self.n_ctx = engine.info.n_ctx
        self.t0 = time.perf_counter()
        self.calls = 0
        self.prompt_tokens = 0
        self.cancelled = False
        self.first_token_s: float | None = None

    # A generator whose return value is the DoneEvent (None when cancelled).
    def _generate(self, messages: Sequence[Message], max_tokens: int, *, stream: bool = False
                  ) -> Iterator[TokenEvent]:
        request = GenerationRequest(
            messages=list(messages),
            sampling=SamplingParams(
                temperature=SUMMARY_SAMPLING.temperature,
                repeat_penalty=SUMMARY_SAMPLING.repeat_penalty, max_tokens=max_tokens,
            ),
        )
        done: DoneEvent | None = None
        for event in self.engine.generate(request, self.cancel):
            if isinstance(event, TokenEvent):
                if stream:
                    if self.first_token_s is None:
                        self.first_token_s = time.perf_counter() - self.t0
                    yield event
            elif isinstance(event, DoneEvent):
                done = event
        if done is None:
            raise GenerationError("The model stopped without finishing its answer.")
        self.calls += 1
        self.prompt_tokens += done.stats.prompt_tokens - done.stats.cached_tokens
        if done.stats.stop_reason == "cancelled" or self.cancel.cancelled:
            self.cancelled = True
        return done  # type: ignore[return-value]

    def _prompt_size(self, messages: Sequence[Message]) -> int:
        build = getattr(self.engine, "build_prompt", None)
        if build is not None:
            request = GenerationRequest(messages=list(messages),
                                        sampling=SamplingParams(max_tokens=1))
            return len(build(request)[0])
        return sum(self.engine.count_tokens(m.content) + 8 for m in messages) + 48

    def run(self) -> Iterator[SummaryEvent]:
        doc = self.doc
        yield Progress.of("planning", 0, 1, QT_TRANSLATE_NOOP("core", "Reading “{name}”…"),
                          name=doc.name)
        code = detect_language(doc.sample())
        self.language = code
        lang = language_name(code)
        self.lang = lang
        answer_tokens = min(ANSWER_TOKENS[self.style], self.n_ctx // 4)
        map_tokens = min(MAP_TOKENS, self.n_ctx // 8)
        # Room for the summary and a first follow-up question with its answer.
        followup = min(1024, self.n_ctx // 4) + 64
        empty = Document(doc.name, doc.kind, ())
        fixed = self._prompt_size([Message("system", document_context(empty, lang)),
                                   Message("user", instruction(self.style, doc.name, lang))])
        map_fixed = self._prompt_size(_map_messages(
            Chunk(999, "", "", "pages 999–999", 0, ()), 999, doc.name, lang)) + 8
        plan = plan_summary(doc, self.engine.count_tokens, self.n_ctx, fixed_tokens=fixed,
                            answer_tokens=answer_tokens + followup,
                            map_fixed_tokens=map_fixed, map_answer_tokens=map_tokens)
        self.plan = plan
        self.notices = list(doc.notes)
        if plan.mode == "map-reduce":
            needed = plan.doc_tokens + fixed + answer_tokens + followup
            self.notices.append(self._context_advice(needed))
        if self.cancel.cancelled:
            yield SummaryCancelled()
            return
        if plan.mode == "single":
            yield from self._single(plan, answer_tokens)
        else:
            yield from self._map_reduce(plan, answer_tokens, map_tokens)

    def _single(self, plan: Plan, answer_tokens: int) -> Iterator[SummaryEvent]:
        doc, lang = self.doc, self.lang
        context = document_context(doc, lang)
        ask = instruction(self.style, doc.name, lang)
        yield from self._read_in_steps(context, ask, plan.doc_tokens)
        if self.cancelled:
            yield SummaryCancelled()
            return
        yield Progress.of("final", 0, 1,
                          QT_TRANSLATE_NOOP("core", "Writing the summary of {tokens} tokens…"),
                          tokens=f"{plan.doc_tokens:,}")
        done = yield from self._generate([Message("system", context), Message("user", ask)],
                                         answer_tokens, stream=True)
        if self.cancelled:
            yield SummaryCancelled()
            return
        text = done.text.strip()
        citations: tuple[Citation, ...] = ()
        labelled = [p for p in doc.parts if p.paragraphs and p.label]
        if len(labelled) > 1:  # pages or sections: point each statement at its source
            sources = {i + 1: p.text for i, p in enumerate(doc.parts)}
            text = repair_markers(text, sources)
            used = set(markers_in(text))
            citations = tuple(Citation(i + 1, p.label, p.text)
                              for i, p in enumerate(doc.parts) if i + 1 in used)
        yield Progress.of("final", 1, 1, QT_TRANSLATE_NOOP("core", "Done."), 0.0)
        yield SummaryDone(self._result("single", text, citations, ask, context, done.stats))

    def _read_in_steps(self, context: str, ask: str, doc_tokens: int
                       ) -> Iterator[SummaryEvent]:
        """Evaluate a long document a slice at a time, so the person sees how far reading
        has got and how long is left. Each step asks for one token of a prompt holding the
        document up to a paragraph boundary; the engine keeps the shared prefix in its KV
        cache, so the final prompt only evaluates what is left (plus a few dozen tokens of
        instruction per step)."""
        steps = min(MAX_READ_STEPS, doc_tokens // READ_STEP_TOKENS)
        if steps < 2:
            yield Progress.of("reading", 0, 1,
                              QT_TRANSLATE_NOOP("core", "Reading the document ({tokens} tokens)…"),
                              tokens=f"{doc_tokens:,}")
            return
        start = context.index("\n\n", context.index("Document: ")) + 2
        started = time.perf_counter()

        def progress(i: int) -> Progress:
            done_tokens = doc_tokens * i // steps
            eta = eta_from_rate(done_tokens, doc_tokens, time.perf_counter() - started)
            return Progress.of("reading", i, steps,
                               QT_TRANSLATE_NOOP("core", "Reading the document: {percent}% of "
                                                 "{tokens} tokens…"),
                               eta, percent=100 * i // steps, tokens=f"{doc_tokens:,}")

        for i in range(1, steps):
            yield progress(i - 1)
            target = start + (len(context) - start) * i // steps
            cut = context.find("\n\n", target)
            if cut < 0:
                break
            yield from self._generate([Message("system", context[:cut]), Message("user", ask)],
                                      1)
            if self.cancelled:
                return
        yield progress(steps - 1)

    def _map_reduce(self, plan: Plan, answer_tokens: int, map_tokens: int
                    ) -> Iterator[SummaryEvent]:
        doc, lang = self.doc, self.lang
        chunks = plan.chunks
        n = len(chunks)
        ask_final = instruction(self.style, doc.name, lang, cite=True)
        combine_fixed = self._prompt_size(_combine_messages("", doc.name, lang, ask_final))
        inter_tokens = min(COMBINE_TOKENS, self.n_ctx // 6)
        group_budget = self.n_ctx - combine_fixed - max(inter_tokens, answer_tokens)
        est_combines = -(-(n * (map_tokens + 16)) // max(group_budget, 1))
        clock = StepClock(n + max(est_combines, 1) + (1 if est_combines > 1 else 0))

        items: list[_Item] = []
        sources: dict[int, str] = {}
        for chunk in chunks:
            if chunk.label:
                yield Progress.of("part", chunk.id - 1, n,
                                  QT_TRANSLATE_NOOP("core", "Summarizing part {n} of {total} "
                                                    "({label})…"),
                                  clock.eta(), n=chunk.id, total=n, label=chunk.label)
            else:
                yield Progress.of("part", chunk.id - 1, n,
                                  QT_TRANSLATE_NOOP("core", "Summarizing part {n} of {total}…"),
                                  clock.eta(),
                                  n=chunk.id, total=n)
            started = time.perf_counter()
            done = yield from self._generate(_map_messages(chunk, n, doc.name, lang),
                                             map_tokens)
            clock.record(time.perf_counter() - started)
            if self.cancelled:
                yield SummaryCancelled()
                return
            notes = done.text.strip() or _first_sentences(chunk.passage)
            sources[chunk.id] = f"{notes}\n{chunk.passage}"
            items.append(_Item((chunk.id,), _cited_notes(notes, chunk.id)))
            yield PartSummary(chunk.id, n, chunk.label, notes)
        levels = ["\n\n".join(i.text for i in items)]

        count = self.engine.count_tokens
        final_budget = self.n_ctx - combine_fixed - answer_tokens
        level = 0
        while (sum(count(i.text) + 2 for i in items) > final_budget and len(items) > 1
               and level < MAX_LEVELS):
            level += 1
            groups = _group(items, group_budget, count)
            if len(groups) == len(items):  # no two notes fit together: cannot shrink further
                break
            clock.total = clock.done + len(groups) + 1
            merged: list[_Item] = []
            for g, group in enumerate(groups, 1):
                if len(group) == 1:
                    merged.append(group[0])
                    continue
                yield Progress.of("combine", g - 1, len(groups),
                                  QT_TRANSLATE_NOOP("core", "Combining notes, step {level} ({n} of "
                                                    "{total})…"),
                                  clock.eta(), level=level, n=g, total=len(groups))
                ask = instruction("bullets", doc.name, lang, cite=True)
                started = time.perf_counter()
                done = yield from self._generate(
                    _combine_messages("\n\n".join(i.text for i in group), doc.name, lang, ask),
                    inter_tokens)
                clock.record(time.perf_counter() - started)
                if self.cancelled:
                    yield SummaryCancelled()
                    return
                ids = tuple(x for i in group for x in i.ids)
                text = repair_markers(done.text.strip(), {x: sources[x] for x in ids})
                if not markers_in(text):  # nothing usable came back: keep the notes' heads
                    text = "\n".join("\n".join(i.text.split("\n")[:2]) for i in group)
                merged.append(_Item(ids, text))
            items = merged
            levels.append("\n\n".join(i.text for i in items))

        notes = "\n\n".join(i.text for i in items)
        while count(notes) > final_budget and len(notes) > 200:  # verbose model: trim
            notes = notes[: len(notes) * 9 // 10]
        yield Progress.of("final", clock.done, clock.total,
                          QT_TRANSLATE_NOOP("core", "Writing the summary…"), clock.eta())
        done = yield from self._generate(_combine_messages(notes, doc.name, lang, ask_final),
                                         answer_tokens, stream=True)
        if self.cancelled:
            yield SummaryCancelled()
            return
        text = repair_markers(done.text.strip(), sources)
        used = set(markers_in(text))
        citations = tuple(Citation(c.id, c.label or f"part {c.id}", c.passage)
                          for c in chunks if c.id in used)
        # The follow-up conversation holds the most detailed notes that leave room to talk.
        context_notes = next((lv for lv in levels if count(lv) <= self.n_ctx // 2), levels[-1])
        context = notes_context(doc.name, context_notes, lang)
        yield Progress.of("final", clock.total, clock.total, QT_TRANSLATE_NOOP("core", "Done."),
                          0.0)
        yield SummaryDone(self._result("map-reduce", text, citations,
                                       instruction(self.style, doc.name, lang), context,
                                       done.stats))

    def _context_advice(self, needed: int) -> str:
        """Why the document went part by part, and whether a larger context would fit."""
        params = {"name": self.doc.name, "tokens": f"{self.plan.doc_tokens:,}",
                  "n_ctx": f"{self.n_ctx:,}", "parts": len(self.plan.chunks)}
        text = CoreText(QT_TRANSLATE_NOOP(
            "core", "“{name}” has {tokens} tokens, more than this model's {n_ctx}-token context "
            "holds with room to answer, so it was summarized in {parts} parts."), params)
        gguf = getattr(self.engine, "gguf", None)
        if gguf is None:
            return text
        from app.core import hardware
        from app.core.models.memory import estimate_memory

        # The KV cache of the loaded context is already taken from the free memory.
        available = hardware.available_memory() + estimate_memory(gguf, self.n_ctx).kv_cache
        limit = max_context_for_memory(gguf, available)
        if limit >= needed:
            text = CoreText(QT_TRANSLATE_NOOP(
                "core", "“{name}” has {tokens} tokens, more than this model's {n_ctx}-token "
                "context holds with room to answer, so it was summarized in {parts} parts. "
                "Memory allows a context of up to {limit} tokens: set the context size to "
                "{wanted} or more in Settings to summarize it in one pass."),
                {**params, "limit": f"{limit:,}", "wanted": f"{needed // 1024 * 1024 + 1024:,}"})
        return text

    def _result(self, mode: Literal["single", "map-reduce"], text: str,
                citations: tuple[Citation, ...], ask: str, context: str, stats: Stats
                ) -> SummaryResult:
        if not text:
            raise GenerationError("The model wrote an empty summary.",
                                  hint="Try again, or use a larger model.")
        return SummaryResult(
            document=self.doc.name, source=self.doc.source, style=self.style,
            language=self.language, mode=mode, text=text, citations=citations, request=ask,
            context=context, stats=stats, n_ctx=self.n_ctx, doc_tokens=self.plan.doc_tokens,
            calls=self.calls, prompt_tokens_total=self.prompt_tokens,
            elapsed_s=time.perf_counter() - self.t0, notices=tuple(self.notices),
            first_token_s=self.first_token_s or 0.0,
        )


def _group(items: list[_Item], budget: int, count: Any) -> list[list[_Item]]:
    """Consecutive items packed into groups of at most ``budget`` tokens (order kept)."""
    groups: list[list[_Item]] = []
    current: list[_Item] = []
    size = 0
    for item in items:
        tokens = count(item.text) + 2
        if current and size + tokens > budget:
            groups.append(current)
            current, size = [], 0
        current.append(item)
        size += tokens
    if current:
        groups.append(current)
    return groups


def _cited_notes(notes: str, n: int) -> str:
    """Notes as bullet points that each end with their part's marker: the very form the
    combining prompt asks for, so the model sees it before it writes."""
    lines = [_BULLET_START.sub("", line).strip() for line in notes.split("\n")]
    return "\n".join(f"- {line} [{n}]" for line in lines if line and not line.endswith(":"))


def _first_sentences(text: str, limit: int = 300) -> str:
    """Notes of last resort when a model wrote none: the start of the passage."""
    cut = text[:limit]
    end = max(cut.rfind(". "), cut.rfind(".\n"))
    return (cut[: end + 1] if end > 40 else cut).replace("\n", " ")
