"""Planning by tokens with a real model's tokenizer: one pass or chunks, and the context that
memory allows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.documents.model import Document, Part, combine
from app.core.documents.planner import (
    choose_context,
    context_for_document,
    max_context_for_memory,
    plan_summary,
)
from app.core.documents.readers import from_text
from app.core.engine.base import LoadOptions
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.errors import ContextOverflowError
from app.core.models.gguf_file import read_gguf_info
from app.core.models.memory import HEADROOM_BYTES, estimate_memory

GIB = 1024**3


@pytest.fixture(scope="module")
def engine(smollm2_gguf: Path) -> Iterator[LlamaCppEngine]:
    with LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=512)) as eng:
        yield eng


def plan(doc: Document, engine: LlamaCppEngine, n_ctx: int):  # type: ignore[no-untyped-def]
    return plan_summary(doc, engine.count_tokens, n_ctx, fixed_tokens=60, answer_tokens=100,
                        map_fixed_tokens=60, map_answer_tokens=40)


def test_a_short_document_is_one_pass(engine: LlamaCppEngine) -> None:
    doc = from_text("A short note.\n\nWith two paragraphs.", "note.txt")
    p = plan(doc, engine, 512)
    assert p.mode == "single" and len(p.chunks) == 1
    assert p.doc_tokens == engine.count_tokens(doc.text)
    assert p.chunks[0].passage == doc.text


def test_a_long_document_is_cut_at_its_sections_in_order(engine: LlamaCppEngine) -> None:
    sections = [f"# Section {i}\n\n" + " ".join(f"Point {j} of section {i} is made here."
                                                for j in range(25)) for i in range(1, 7)]
    doc = from_text("\n\n".join(sections), "long.md")
    p = plan(doc, engine, 512)
    assert p.mode == "map-reduce"
    assert p.doc_tokens > 512
    assert [c.id for c in p.chunks] == list(range(1, len(p.chunks) + 1))
    for chunk in p.chunks:
        assert engine.count_tokens(chunk.text) <= p.chunk_budget + 8
    # Every paragraph is in exactly one passage, in order, and sections are never merged
    # with a neighbour when a chunk is already well filled.
    joined = "\n\n".join(c.passage for c in p.chunks)
    assert joined == doc.text  # the same text, in the same order, headings included
    for chunk in p.chunks:
        assert chunk.label.startswith("“Section")
    # The overlap repeats the end of the previous passage.
    for before, after in zip(p.chunks, p.chunks[1:], strict=False):
        assert after.overlap and before.passage.endswith(after.overlap)


def test_pages_are_labelled_by_page(engine: LlamaCppEngine) -> None:
    pages = tuple(Part(i, (" ".join(f"Line {j} on page {i + 1}." for j in range(40)),),
                       page=i + 1) for i in range(5))
    doc = Document("report.pdf", "pdf", pages)
    p = plan(doc, engine, 512)
    assert p.mode == "map-reduce"
    labels = [c.label for c in p.chunks]
    assert all(label.startswith("page") for label in labels)
    covered = [page for c in p.chunks for page in c.parts]
    assert sorted(set(covered)) == [0, 1, 2, 3, 4]


def test_a_giant_paragraph_is_split(engine: LlamaCppEngine) -> None:
    text = " ".join(f"Sentence number {i} goes on." for i in range(400))  # one paragraph
    p = plan(from_text(text, "wall.txt"), engine, 512)
    assert p.mode == "map-reduce" and len(p.chunks) > 2
    assert all(engine.count_tokens(c.text) <= p.chunk_budget + 8 for c in p.chunks)
    assert all(c.label == "paragraph 1" for c in p.chunks)
    no_words = "x" * 20000  # not even spaces to cut at
    p = plan(from_text(no_words, "x.txt"), engine, 512)
    assert "".join(c.passage.replace(" ", "") for c in p.chunks) == no_words


def test_a_context_too_small_is_refused(engine: LlamaCppEngine) -> None:
    doc = from_text("word " * 500, "w.txt")
    with pytest.raises(ContextOverflowError, match="too small"):
        plan_summary(doc, engine.count_tokens, 160, fixed_tokens=60, answer_tokens=40,
                     map_fixed_tokens=60, map_answer_tokens=40)


def test_max_context_follows_free_memory(smollm2_gguf: Path) -> None:
    info = read_gguf_info(smollm2_gguf)
    assert max_context_for_memory(info, 64 * GIB) == info.n_ctx_train
    # With just enough memory for a 4096-token context, that is what is offered.
    need = estimate_memory(info, 4096).total + HEADROOM_BYTES
    limit = max_context_for_memory(info, need)
    assert 3840 <= limit <= 4096
    assert max_context_for_memory(info, 10 * 1024**2) == 0


def test_context_for_document() -> None:
    assert context_for_document(10_000, 2_000, minimum=4096, memory_limit=131072) == 12288
    assert context_for_document(100, 2_000, minimum=4096, memory_limit=131072) == 4096
    assert context_for_document(500_000, 2_000, minimum=4096, memory_limit=32768) == 32768
    assert context_for_document(10_000, 2_000, minimum=4096, memory_limit=2048) == 2048


def test_choose_context_reloads_only_when_the_document_needs_it(smollm2_gguf: Path) -> None:
    """The window's and the CLI's rule: room for the whole document when memory allows,
    asked first when that takes most of the free memory or still cannot hold it."""
    info = read_gguf_info(smollm2_gguf)  # trained for 8,192 tokens
    short = from_text("A short note.\n\nTwo paragraphs.", "note.txt")
    choice = choose_context(short, info, 1936, current=4096, available=64 * GIB)
    assert not choice.reload and choice.fits_current
    long = from_text("\n\n".join(["Sentence number one of many says little."] * 300), "l.txt")
    roomy = choose_context(long, info, 1936, current=512, available=64 * GIB)
    assert roomy.reload and not roomy.tight and roomy.whole_document
    assert roomy.n_ctx % 1024 == 0 and 512 < roomy.n_ctx <= info.n_ctx_train
    assert roomy.needed == estimate_memory(info, roomy.n_ctx).total
    # Memory for a 2,048-token context only: larger helps, but asks first.
    squeezed = choose_context(long, info, 1936, current=512,
                              available=estimate_memory(info, 2048).total + HEADROOM_BYTES)
    assert squeezed.reload and squeezed.tight and not squeezed.whole_document
    assert 1792 <= squeezed.n_ctx <= 2048
    # Longer than the model was trained for: a larger context helps, but not for all of it.
    huge = from_text("\n\n".join(["Sentence number one of many says little."] * 3000), "h")
    capped = choose_context(huge, info, 1936, current=512, available=64 * GIB)
    assert capped.n_ctx == info.n_ctx_train and not capped.whole_document and capped.tight


def test_documents_combine_with_their_names_in_every_part() -> None:
    first = from_text("# Intro\n\nHello there.\n\n# End\n\nBye.", "a.md")
    second = from_text("Just text.", "b.txt")
    both = combine([first, second])
    assert both.name == "a.md, b.txt" and both.kind == "collection"
    assert [p.heading for p in both.parts] == ["a.md, Intro", "a.md, End", "b.txt"]
    assert [p.index for p in both.parts] == [0, 1, 2]
    assert "Hello there." in both.text and "Just text." in both.text
    assert combine([second]) is second
