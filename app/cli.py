"""The ``hearth`` command: the window by default, and the core from a terminal.

Every sub-command is a thin client of ``app.core``: it consumes the same event streams as the
window. Usage errors exit 2 (argparse), errors a person can fix exit 1 with one line on stderr.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app import __version__
from app.cli_args import positive_int, temperature, unit_float
from app.cli_convert import add_convert_parser, cmd_convert
from app.cli_draft import add_draft_arguments, draft_for, draft_json
from app.cli_guard import (
    EXIT_UNSAFE,
    ChatGuard,
    add_guard_chat_arguments,
    add_guard_parser,
    cmd_guard,
)
from app.cli_image import add_image_parser, cmd_ask_image
from app.cli_licence import (
    add_declaration_arguments,
    add_licence_parser,
    cmd_licence,
    declaration_for_model,
)
from app.cli_mcp import add_mcp_parser, cmd_mcp
from app.cli_models import add_models_parser, cmd_models
from app.cli_remote import add_servers_parser, cmd_servers, remote_engine
from app.cli_serve import add_serve_parser, cmd_serve
from app.cli_summarize import add_summarize_parser, cmd_summarize
from app.cli_tools import add_tool_arguments, prepare_tools
from app.core.errors import HearthError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hearth",
        description="Hearth: a private, offline assistant for Llama 3.2. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Hearth {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start the app headless, load a small model, generate a few tokens, and exit",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log llama.cpp's output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

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

    add_licence_parser(sub)

    doctor = sub.add_parser("doctor", help="versions, backends, devices, CPU features, folders")
    doctor.add_argument("--json", action="store_true")

    add_models_parser(sub)
    add_servers_parser(sub)
    add_summarize_parser(sub)
    add_image_parser(sub)
    add_convert_parser(sub)
    add_mcp_parser(sub)
    add_serve_parser(sub)
    add_guard_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    model_file = _opened_model_file(sys.argv[1:] if argv is None else argv)
    if model_file is not None:  # `hearth FILE.gguf`: what a file manager runs on a double-click
        _setup_logging(False)
        from app.ui.main import run_app

        return run_app(model_file)
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    try:
        if args.self_test:
            from app.ui.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from app.ui.main import run_app

            return run_app()
        if args.command == "chat":
            return _cmd_chat(args)
        if args.command == "doctor":
            return _cmd_doctor(args)
        if args.command in {"licence", "license"}:
            return cmd_licence(args)
        if args.command == "models":
            return cmd_models(args)
        if args.command == "servers":
            return cmd_servers(args)
        if args.command == "summarize":
            return cmd_summarize(args)
        if args.command == "ask-image":
            return cmd_ask_image(args)
        if args.command == "convert-vision":
            return cmd_convert(args)
        if args.command == "mcp":
            return cmd_mcp(args)
        if args.command == "serve":
            return cmd_serve(args)
        if args.command == "guard":
            return cmd_guard(args)
    except HearthError as exc:
        print(f"hearth: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    parser.print_usage(sys.stderr)
    return EXIT_USAGE


def _opened_model_file(argv: Sequence[str]) -> Path | None:
    if len(argv) == 1 and argv[0].lower().endswith(".gguf") and Path(argv[0]).is_file():
        return Path(argv[0])
    return None


def gui_main() -> int:
    """Entry point for the double-clickable launcher (no console on Windows)."""
    _setup_logging(False)
    from app.ui.main import run_app

    return run_app()


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not verbose:
        # llama.cpp's own warnings are for developers; errors reach people as HearthError.
        logging.getLogger("app.core.engine").setLevel(logging.ERROR)


# -- chat --------------------------------------------------------------------------------------


def _cmd_chat(args: argparse.Namespace) -> int:
    from app.core.chat.message import Message
    from app.core.engine.base import CancelToken, DoneEvent, GenerationRequest, TokenEvent
    from app.core.engine.loader import load_engine
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
        options = settings.load_options(path)  # the model's own overrides, else the defaults
        flags = {"n_ctx": args.ctx, "n_threads": args.threads, "n_gpu_layers": args.gpu_layers}
        options = dataclasses.replace(options, **{k: v for k, v in flags.items()
                                                  if v is not None})
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


# -- doctor and models -------------------------------------------------------------------------


def _cmd_doctor(args: argparse.Namespace) -> int:
    from app.core.doctor import doctor_report, format_doctor

    report = doctor_report()
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print(format_doctor(report))
    return EXIT_OK
