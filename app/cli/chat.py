"""``hearth chat``: one streamed answer with --prompt, or a conversation in the terminal.

It consumes the same events as the window: tokens, the final stats, guard verdicts and tool calls.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from typing import TextIO

from app.cli.args import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_UNSAFE,
    positive_int,
    temperature,
    unit_float,
    with_load_flags,
)
from app.cli.draft import add_draft_arguments, draft_for, draft_json
from app.cli.guard import ChatGuard, add_guard_chat_arguments
from app.cli.licence import add_declaration_arguments, declaration_for_model
from app.cli.remote import remote_engine
from app.cli.tools import add_tool_arguments, prepare_tools
from app.core.errors import HearthError


def add_chat_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    chat = sub.add_parser(
        "chat",
        help="chat in the terminal (one answer with --prompt, or a conversation)",
        description="Chat with a local model. With --prompt, print one streamed answer; "
        "without it, start a conversation (type /exit to leave, /reset to start over).",
    )
    chat.add_argument("-m", "--model", help="a GGUF path or an installed model's name "
                      "(default: the starter model)")
    chat.add_argument("--remote", metavar="URL",
                      help="answer with a model on this OpenAI-compatible server (https, or "
                      "http on this computer or the local network; key from HEARTH_API_KEY)")
    chat.add_argument("-p", "--prompt", help="the message to answer ('-' reads stdin)")
    chat.add_argument("-s", "--system", help="system prompt")
    chat.add_argument("--temperature", type=temperature, default=None)
    chat.add_argument("--top-p", type=unit_float, default=None)
    chat.add_argument("--seed", type=int, default=None)
    chat.add_argument("--max-tokens", type=positive_int, default=None)
    chat.add_argument("--ctx", type=positive_int, default=None, help="context size in tokens")
    chat.add_argument("--threads", type=positive_int, default=None)
    chat.add_argument("--gpu-layers", type=int, default=None,
                      help="layers to offload to the GPU (0: CPU only, 999: all; "
                      "default: chosen from free GPU memory)")
    chat.add_argument("--json", action="store_true", help="print one JSON object at the end")
    add_declaration_arguments(chat)
    add_tool_arguments(chat)
    add_draft_arguments(chat)
    add_guard_chat_arguments(chat)


def cmd_chat(args: argparse.Namespace) -> int:
    from app.core.chat.message import Message
    from app.core.engine.base import CancelToken, DoneEvent, GenerationRequest, TokenEvent
    from app.core.engines import load_engine
    from app.core.models.registry import resolve_model
    from app.core.settings import load_settings

    settings = load_settings()
    if args.temperature is not None:
        settings.temperature = args.temperature
    if args.top_p is not None:
        settings.top_p = args.top_p
    if args.max_tokens is not None:
        settings.max_tokens = args.max_tokens
    system = args.system if args.system is not None else settings.system_prompt

    prompt = args.prompt
    if prompt == "-":
        prompt = sys.stdin.read()
    if prompt is not None and not prompt.strip():
        raise HearthError("The prompt is empty; give --prompt some text.")
    tools = prepare_tools(args)

    engine = remote_engine(args, settings)  # --remote URL or --model SERVER/MODEL
    if engine is None:
        path = resolve_model(args.model or settings.model)
        declaration = declaration_for_model(args, path)
        # The model's own overrides, else the defaults; then the flags.
        options = with_load_flags(settings.load_options(path), args)
        draft = draft_for(args, settings, path)
        engine = load_engine(path, options, declaration=declaration, draft=draft,
                             draft_max=args.draft_max)
    elif not args.json:
        print(f"hearth: note: {engine.info.offload}; your messages go to that computer.",
              file=sys.stderr)
    if engine.info.notice:
        print(f"hearth: note: {engine.info.notice}", file=sys.stderr)
    sampling = settings.sampling(seed=args.seed)
    history: list[Message] = [Message("system", system)] if system else []
    try:
        guard = ChatGuard(args, settings)
    except BaseException:
        engine.close()
        raise
    answering = guard.wrap(engine)

    def answer(out: TextIO) -> tuple[str, dict[str, object]] | None:
        cancel = CancelToken()
        request = GenerationRequest(messages=list(history), sampling=sampling)
        previous = signal.getsignal(signal.SIGINT)
        signal.signal(signal.SIGINT, lambda *_: cancel.cancel())
        try:
            if tools is not None:
                return tools.answer(answering, history, sampling, cancel, out, quiet=args.json,
                                    on_other=lambda event: guard.report(event, sys.stderr))
            for event in answering.generate(request, cancel):  # type: ignore[attr-defined]
                if guard.report(event, sys.stderr):
                    continue
                if isinstance(event, TokenEvent):
                    if not args.json:
                        out.write(event.text)
                        out.flush()
                elif isinstance(event, DoneEvent):
                    return event.text, event.stats.as_dict()
        except HearthError as exc:
            partial = getattr(exc, "partial", "")
            if partial and not args.json:
                out.write("\n[answer cut off]\n")
                out.flush()
            raise
        finally:
            signal.signal(signal.SIGINT, previous)
        return None

    try:
        if prompt is not None:
            history.append(Message("user", prompt))
            result = answer(sys.stdout)
            if result is None:
                return EXIT_ERROR
            text, stats = result
            if args.json:
                data = _chat_json(text, stats, engine.info.name)
                if tools is not None:
                    data["tool_calls"] = tools.records_json()
                if guard.policy.active:
                    data["guard"] = guard.events
                print(json.dumps(data, ensure_ascii=False, default=str))
            else:
                print()
                if stats.get("stop_reason") == "cancelled":
                    return EXIT_INTERRUPTED
            return EXIT_UNSAFE if any(e["action"] in ("blocked", "cut")
                                      for e in guard.events) else EXIT_OK
        return _repl(engine.info.name, history, answer, Message)
    finally:
        guard.close()
        engine.close()


def _chat_json(text: str, stats: dict[str, object], model: str) -> dict[str, object]:
    return {
        "text": text,
        "prompt_tokens": stats["prompt_tokens"],
        "completion_tokens": stats["completion_tokens"],
        "ttft_ms": round(float(stats["ttft_ms"]), 2),
        "tokens_per_s": round(float(stats["tokens_per_s"]), 2),
        "stop_reason": stats["stop_reason"],
        "cached_tokens": stats["cached_tokens"],
        "model": model,
        **draft_json(stats),
    }


def _repl(model_name, history, answer, message_cls) -> int:  # type: ignore[no-untyped-def]
    interactive = sys.stdin.isatty()
    if interactive:
        print(f"Chatting with {model_name}. /exit leaves, /reset starts over, "
              "Ctrl-C stops an answer.", file=sys.stderr)
    system = [m for m in history if m.role == "system"]
    while True:
        try:
            line = input(">>> " if interactive else "")
        except EOFError:
            return EXIT_OK
        except KeyboardInterrupt:
            print(file=sys.stderr)
            return EXIT_OK
        text = line.strip()
        if not text:
            continue
        if text in {"/exit", "/quit", "/bye"}:
            return EXIT_OK
        if text == "/reset":
            history[:] = system
            continue
        history.append(message_cls("user", line))
        try:
            result = answer(sys.stdout)
        except HearthError as exc:
            history.pop()
            print(f"hearth: error: {exc}", file=sys.stderr)
            continue
        print()
        if result is not None:
            history.append(message_cls("assistant", result[0]))
