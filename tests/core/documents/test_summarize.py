"""Summaries end to end with the real SmolLM2-135M model: one pass, map-reduce with citations,
the document's language, cancelling, and follow-up questions reusing the document prefix."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.documents.citations import markers_in, repair_markers
from app.core.documents.conversation import citations_of, save_summary, summary_message
from app.core.documents.model import Document
from app.core.documents.readers import from_text, read_document
from app.core.documents.summarize import (
    PartSummary,
    Progress,
    SummaryCancelled,
    SummaryDone,
    SummaryEvent,
    SummaryResult,
    summarize,
)
from app.core.engine.base import CancelToken, DoneEvent, LoadOptions, SamplingParams, TokenEvent
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.session import ChatSession
from app.core.store import ConversationStore
from tests.support.documents import make_pdf

pytestmark = pytest.mark.slow

ENGLISH = """The town of Millbrook opened a new public library on Monday. The building has three
floors, a children's room, a café and two hundred computers that anyone can use for free.

The library cost twelve million dollars and took two years to build. Most of the money came
from the state, and the rest was raised by local families and businesses.

The mayor said the library will be open every day of the week, including evenings, so that
students and workers can use it after school and after their jobs."""

FRENCH = """La ville de Millbrook a ouvert une nouvelle bibliothèque publique lundi. Le bâtiment
compte trois étages, une salle pour les enfants, un café et deux cents ordinateurs que tout le
monde peut utiliser gratuitement.

La bibliothèque a coûté douze millions de dollars et sa construction a duré deux ans. La plus
grande partie de l'argent est venue de l'État, et le reste a été donné par les familles et les
entreprises de la ville.

Le maire a dit que la bibliothèque sera ouverte tous les jours de la semaine, y compris le soir,
pour que les élèves et les travailleurs puissent y venir après l'école et après leur travail."""

_STOPWORDS = {
    "en": {"the", "and", "is", "of", "to", "in", "a", "was", "for", "it", "that", "with"},
    "fr": {"le", "la", "les", "des", "est", "et", "une", "un", "du", "en", "pour", "dans",
           "sur", "a", "de", "que", "au", "été"},
}


def language_of(text: str) -> str:
    """The language whose common words the text uses most (a crude but honest check)."""
    tokens = re.findall(r"[a-zà-ÿ']+", text.lower())
    scores = {lang: sum(t in words for t in tokens) for lang, words in _STOPWORDS.items()}
    return max(scores, key=lambda k: scores[k])


def run(events: Iterator[SummaryEvent]) -> tuple[list[SummaryEvent], SummaryResult | None]:
    seen = list(events)
    done = [e for e in seen if isinstance(e, SummaryDone)]
    return seen, (done[0].result if done else None)


@pytest.fixture(scope="module")
def engine(smollm2_gguf: Path) -> Iterator[LlamaCppEngine]:
    with LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=2048)) as eng:
        yield eng


@pytest.fixture(scope="module")
def small_engine(smollm2_gguf: Path) -> Iterator[LlamaCppEngine]:
    """A 512-token context, so a page-long document needs map-reduce."""
    with LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=512)) as eng:
        yield eng


TOPICS = ["volcano", "submarine", "violin", "glacier", "beehive"]


def long_document() -> Document:
    """Five sections, each about one thing only, named in its heading and its sentences."""
    sections = []
    for i, topic in enumerate(TOPICS, 1):
        sentences = " ".join(
            f"The {topic} is the subject of fact {j} in this chapter. "
            f"Every {topic} described here was studied by the {topic} team in year {2000 + j}."
            for j in range(1, 6))
        sections.append(f"# Chapter {i}: the {topic}\n\n{sentences}")
    return from_text("\n\n".join(sections), "topics.md")


@pytest.fixture(scope="module")
def map_reduce_run(small_engine: LlamaCppEngine) -> tuple[list[SummaryEvent], SummaryResult]:
    events, result = run(summarize(small_engine, long_document(), "bullets"))
    assert result is not None
    return events, result


# -- one pass ----------------------------------------------------------------------------------


def test_short_english_document_in_one_pass(engine: LlamaCppEngine) -> None:
    events, result = run(summarize(engine, from_text(ENGLISH, "library.txt"), "short"))
    assert result is not None
    assert result.mode == "single" and result.calls == 1
    assert result.language == "en"
    assert len(result.text.split()) >= 5
    assert language_of(result.text) == "en"
    assert any(isinstance(e, TokenEvent) for e in events)  # the summary streams
    assert isinstance(events[-1], SummaryDone)


def test_short_french_document_is_summarized_in_french(engine: LlamaCppEngine) -> None:
    _, result = run(summarize(engine, from_text(FRENCH, "bibliotheque.txt"), "short"))
    assert result is not None
    assert result.language == "fr"
    assert "French" in result.request  # the instruction names the language
    assert len(result.text.split()) >= 5
    assert language_of(result.text) == "fr", result.text


def test_pdf_summary_cites_its_pages(engine: LlamaCppEngine, tmp_path: Path) -> None:
    paragraphs = ENGLISH.split("\n\n")
    path = make_pdf(tmp_path / "library.pdf", [p.replace("\n", " ") for p in paragraphs])
    _, result = run(summarize(engine, read_document(path), "bullets"))
    assert result is not None and result.mode == "single"
    cited = markers_in(result.text)
    assert cited, result.text
    labels = {c.n: c.label for c in result.citations}
    assert set(cited) == set(labels)
    assert all(labels[n] == f"page {n}" for n in cited)


def test_a_long_document_is_read_in_steps_with_progress(
        engine: LlamaCppEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    # Slices of 400 tokens instead of 2048, so a short document shows the same behaviour.
    monkeypatch.setattr("app.core.documents.summarize.READ_STEP_TOKENS", 400)
    paragraphs: list[str] = []
    while engine.count_tokens("\n\n".join(paragraphs)) < 1000:
        i = len(paragraphs)
        paragraphs.append(" ".join(f"In year {1900 + i} the harbour of town {i} moved "
                                   f"{j * i} crates of {['tea', 'salt', 'wool'][j % 3]}."
                                   for j in range(8)))
    events, result = run(summarize(engine, from_text("\n\n".join(paragraphs), "port.txt"),
                                   "short"))
    assert result is not None and result.mode == "single"
    reading = [e for e in events if isinstance(e, Progress) and e.stage == "reading"]
    assert [e.done for e in reading] == list(range(reading[0].total)) and len(reading) >= 2
    assert reading[0].eta_s is None and reading[-1].eta_s is not None
    assert "Reading the document: 50% of" in reading[-1].message
    # The final prompt found the document already read, slice by slice.
    assert result.calls == len(reading)
    assert result.stats.cached_tokens >= result.doc_tokens // 2
    assert result.first_token_s > 0 and result.text.strip()


# -- map-reduce --------------------------------------------------------------------------------


def test_map_reduce_summarizes_every_part_once(
        map_reduce_run: tuple[list[SummaryEvent], SummaryResult]) -> None:
    events, result = map_reduce_run
    assert result.mode == "map-reduce"
    parts = [e for e in events if isinstance(e, PartSummary)]
    n = parts[0].total
    assert n >= 3
    assert [p.n for p in parts] == list(range(1, n + 1))
    assert all(p.text.strip() for p in parts)
    # Progress said "part i of n" for each part, with an estimate once one part was timed.
    messages = [e.message for e in events if isinstance(e, Progress) and e.stage == "part"]
    assert [f"part {i} of {n}" in m for i, m in enumerate(messages, 1)] == [True] * n
    etas = [e.eta_s for e in events if isinstance(e, Progress) and e.stage == "part"]
    assert etas[0] is None and all(eta is not None and eta > 0 for eta in etas[1:])
    assert result.text.strip()
    # The person learns why, and that memory would allow a context for one pass.
    assert any(f"summarized in {n} parts" in x and "Memory allows" in x for x in result.notices)


def test_map_reduce_citations_point_to_the_right_parts(
        map_reduce_run: tuple[list[SummaryEvent], SummaryResult]) -> None:
    events, result = map_reduce_run
    parts = {e.n: e for e in events if isinstance(e, PartSummary)}
    cited = markers_in(result.text)
    assert cited, result.text
    assert {c.n for c in result.citations} == set(cited)
    for citation in result.citations:
        # The label is the part's own position, and the passage is that part's text.
        assert citation.label == parts[citation.n].label
        for heading in re.findall(r"“([^”]+)”", citation.label):
            assert heading in citation.passage
    # A point that names one topic cites a part about that topic.
    by_n = {c.n: c.passage for c in result.citations}
    for line in result.text.split("\n"):
        named = [t for t in TOPICS if t in line.lower()]
        if len(named) == 1 and markers_in(line):
            assert any(named[0] in by_n[n] for n in markers_in(line)), line


def test_citation_markers_are_repaired() -> None:
    sources = {1: "The volcano erupted in spring.", 2: "The submarine dived under the ice.",
               3: "The violin was made in Cremona."}
    text = ("- The volcano erupted [3]\n- A submarine went under the ice\n[2]\n"
            "- The violin comes from Cremona [9]")
    assert repair_markers(text, sources).split("\n") == [
        "- The volcano erupted [1]", "- A submarine went under the ice [2]",
        "- The violin comes from Cremona [3]"]


def test_cancel_mid_run_saves_nothing(small_engine: LlamaCppEngine, tmp_path: Path) -> None:
    cancel = CancelToken()
    seen: list[SummaryEvent] = []
    store = ConversationStore(tmp_path / "c.sqlite3")
    for event in summarize(small_engine, long_document(), "bullets", cancel):
        seen.append(event)
        if isinstance(event, SummaryDone):
            save_summary(store, event.result, "smollm2")
        if isinstance(event, PartSummary) and event.n == 1:
            cancel.cancel()
    assert isinstance(seen[-1], SummaryCancelled)
    assert [e.n for e in seen if isinstance(e, PartSummary)] == [1]
    assert store.list_conversations() == []


# -- follow-ups --------------------------------------------------------------------------------


def test_follow_up_reuses_the_document_prefix(engine: LlamaCppEngine, tmp_path: Path) -> None:
    _, result = run(summarize(engine, from_text(ENGLISH, "library.txt"), "short"))
    assert result is not None and result.mode == "single"
    first = result.stats
    with ConversationStore(tmp_path / "c.sqlite3") as store:
        conv_id = save_summary(store, result, "smollm2")
        conv = store.get(conv_id)
        assert conv is not None and conv.title == "Summary: library.txt"
        assert ENGLISH.split("\n")[0] in (conv.system_prompt or "")
        assert summary_message(store, conv_id) is not None

        session = ChatSession(store)
        pending = session.begin(conv_id, "How much did the library cost?",
                                SamplingParams(temperature=0, max_tokens=24), "smollm2")
        done = list(session.reply(engine, pending, CancelToken()))[-1]
        assert isinstance(done, DoneEvent)
        follow = done.stats
        # The document (and the instruction) were already evaluated: only the new turn is.
        assert follow.cached_tokens >= result.doc_tokens
        assert follow.prompt_tokens - follow.cached_tokens < first.prompt_tokens // 4
        assert done.text.strip()
        assert [m.role for m in store.messages(conv_id)] == [
            "user", "assistant", "user", "assistant"]


def test_stored_citations_round_trip(engine: LlamaCppEngine, tmp_path: Path) -> None:
    paragraphs = ENGLISH.split("\n\n")
    path = make_pdf(tmp_path / "library.pdf", [p.replace("\n", " ") for p in paragraphs])
    _, result = run(summarize(engine, read_document(path), "short"))
    assert result is not None
    with ConversationStore(tmp_path / "c.sqlite3") as store:
        conv_id = save_summary(store, result, None)
        message = summary_message(store, conv_id)
        assert message is not None and message.content == result.text
        stored = citations_of(message)
        assert stored == {c.n: c for c in result.citations}
