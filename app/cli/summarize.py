"""``hearth summarize FILE``: a document's summary in the terminal, with its sources.

Progress ("part 3 of 12 · about 40 s left") goes to stderr so stdout holds only the summary
(or one JSON object with ``--json``). Ctrl-C cancels cleanly and saves nothing. A finished
summary is also kept as a conversation, so it can be opened in the window for follow-ups.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import signal
import sys

from app.cli.args import EXIT_INTERRUPTED, EXIT_OK, positive_int
from app.cli.licence import add_declaration_arguments, declaration_for_model
from app.cli.progress import ProgressLine
from app.core.documents.summarize import STYLES
from app.core.progress import time_left


def add_summarize_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "summarize",
        help="summarize a document (PDF, Word, web page, Markdown, text)",
        description="Summarize a document offline. Long documents are summarized part by part "
        "and each point cites the pages or sections it comes from. '-' reads text from stdin.",
    )
    parser.add_argument("file", help="the document, or '-' for text on stdin")
    parser.add_argument("--style", choices=STYLES, default="bullets",
                        help="short (TL;DR), bullets (default) or detailed")
    parser.add_argument("-m", "--model", help="a GGUF path or an installed model's name "
                        "(default: the model chosen in the window, else the starter model)")
    parser.add_argument("--ctx", type=positive_int, default=None,
                        help="context size in tokens (default: room for the whole document "
                        "when memory allows)")
    parser.add_argument("--threads", type=positive_int, default=None)
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    parser.add_argument("--no-save", action="store_true",
                        help="do not keep the summary as a conversation")
    add_declaration_arguments(parser)


def cmd_summarize(args: argparse.Namespace) -> int:
    from app.core import hardware
    from app.core.documents.conversation import describe, save_summary
    from app.core.documents.planner import choose_context
    from app.core.documents.readers import from_text, read_document
    from app.core.documents.summarize import (
        Progress,
        SummaryCancelled,
        SummaryDone,
        context_reserve,
        summarize,
    )
    from app.core.engine.base import CancelToken
    from app.core.engines import load_engine
    from app.core.errors import HearthError
    from app.core.models.gguf_file import read_gguf_info
    from app.core.models.registry import resolve_model
    from app.core.settings import load_settings

    cancel = CancelToken()
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda *_: cancel.cancel())
    progress = ProgressLine(sys.stderr)
    try:
        if args.file == "-":
            doc = from_text(sys.stdin.read(), "Text from stdin")
        else:
            progress.show(f"Reading {args.file}…")
            doc = read_document(args.file, cancel)
        for notice in doc.notes:
            progress.note(notice)
        if cancel.cancelled:
            return _cancelled(progress)

        settings = load_settings()
        path = resolve_model(args.model or settings.model)
        options = settings.load_options(path)
        if args.ctx is not None:
            options = dataclasses.replace(options, n_ctx=args.ctx)
        else:
            # Room for the whole document when memory allows (the window's rule too).
            choice = choose_context(doc, read_gguf_info(path), context_reserve(args.style),
                                    current=options.n_ctx,
                                    available=hardware.available_memory(),
                                    n_batch=options.n_batch)
            options = dataclasses.replace(options, n_ctx=choice.n_ctx)
        if args.threads is not None:
            options = dataclasses.replace(options, n_threads=args.threads)
        progress.show(f"Loading {path.name} ({options.n_ctx:,}-token context)…")
        engine = load_engine(path, options, declaration=declaration_for_model(args, path))
        try:
            if engine.info.notice:
                progress.note(engine.info.notice)
            result = None
            for event in summarize(engine, doc, args.style, cancel):
                if isinstance(event, Progress):
                    eta = f" · {time_left(event.eta_s)}" if event.eta_s else ""
                    progress.show(f"{event.message}{eta}")
                elif isinstance(event, SummaryCancelled):
                    return _cancelled(progress)
                elif isinstance(event, SummaryDone):
                    result = event.result
        finally:
            engine.close()
        if result is None:
            raise HearthError("The summary did not finish.")
        conversation_id = None
        if not args.no_save:
            from app.core.paths import data_dir
            from app.core.store import ConversationStore

            with ConversationStore(data_dir() / "conversations.sqlite3") as store:
                conversation_id = save_summary(store, result, str(path))
        progress.clear()
        if args.json:
            data = result.as_dict()
            data.update(model=engine.info.name, conversation_id=conversation_id)
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(result.text)
            if result.citations:
                print("\nSources:")
                for c in result.citations:
                    print(f"[{c.n}] {c.label}: “{_excerpt(c.passage)}”")
            progress.note(describe(result) + (
                "; saved as a conversation for follow-up questions." if conversation_id
                else "."))
        return EXIT_OK
    finally:
        signal.signal(signal.SIGINT, previous)


def _cancelled(progress: ProgressLine) -> int:
    progress.clear()
    progress.note("Summary cancelled; nothing was saved.")
    return EXIT_INTERRUPTED


def _excerpt(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
