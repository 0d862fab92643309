"""A finished summary becomes a conversation about the document.

The conversation's system prompt is the document itself (or, for a document too long to
quote, its notes), the person's turn is the instruction and the answer is the summary — the
same messages, in the same order, the summary was generated from. Asking a follow-up in that
conversation therefore sends a prompt that starts with exactly the tokens already in the
engine's KV cache, and only the new question is evaluated.

The citations travel in the answer's stats (``stats["summary"]``), so they survive restarts and
exports without a schema change. The conversation is written only once the summary is done,
and removed again if writing it fails half-way.
"""

from __future__ import annotations

from typing import Any

from app.core.documents.citations import Citation
from app.core.documents.summarize import STYLE_NAMES, SummaryResult
from app.core.store import ConversationStore, StoredMessage

SUMMARY_KEY = "summary"


def save_summary(store: ConversationStore, result: SummaryResult, model: str | None) -> int:
    """Store ``result`` as a new conversation; returns its id."""
    conv = store.create_conversation(title=f"Summary: {result.document}", model=model,
                                     system_prompt=result.context)
    try:
        store.add_message(conv.id, "user", result.request)
        stats: dict[str, Any] = result.stats.as_dict()
        stats[SUMMARY_KEY] = {
            "document": result.document, "source": result.source, "style": result.style,
            "language": result.language, "mode": result.mode, "n_ctx": result.n_ctx,
            "doc_tokens": result.doc_tokens, "calls": result.calls,
            "elapsed_s": round(result.elapsed_s, 3), "notices": list(result.notices),
            "citations": [c.as_dict() for c in result.citations],
        }
        store.add_message(conv.id, "assistant", result.text, stats=stats)
    except BaseException:
        store.delete(conv.id)
        raise
    return conv.id


def summary_message(store: ConversationStore, conversation_id: int) -> StoredMessage | None:
    """The answer holding the summary in a document conversation, if this is one."""
    try:
        messages = store.messages(conversation_id)
    except KeyError:
        return None
    return next((m for m in messages if m.role == "assistant" and m.stats
                 and isinstance(m.stats.get(SUMMARY_KEY), dict)), None)


def citations_of(message: StoredMessage) -> dict[int, Citation]:
    """The citations stored with a summary answer, by number."""
    data = (message.stats or {}).get(SUMMARY_KEY) or {}
    out: dict[int, Citation] = {}
    for item in data.get("citations", []):
        try:
            out[int(item["n"])] = Citation(int(item["n"]), str(item["label"]),
                                           str(item["passage"]))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def describe(result: SummaryResult) -> str:
    """One line about how the summary was made, for the status line and the CLI."""
    how = "in one pass" if result.mode == "single" else \
        f"from {result.calls - 1} model calls over its parts"
    return (f"{STYLE_NAMES[result.style].capitalize()} of a {result.doc_tokens:,}-token "
            f"document, {how}, in {result.elapsed_s:.1f} s")
