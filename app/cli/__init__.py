"""The ``hearth`` command: the window by default, and the core from a terminal.

Every sub-command is a thin client of ``app.core`` in a module of its own (``app.cli.chat``,
``app.cli.models`` …): it consumes the same event streams as the window. Usage errors exit 2
(argparse), errors a person can fix exit 1 with one line on stderr.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.cli.args import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_USAGE
from app.cli.chat import add_chat_parser, cmd_chat
from app.cli.convert import add_convert_parser, cmd_convert
from app.cli.doctor import add_doctor_parser, cmd_doctor
from app.cli.guard import add_guard_parser, cmd_guard
from app.cli.image import add_image_parser, cmd_ask_image
from app.cli.licence import add_licence_parser, cmd_licence
from app.cli.mcp import add_mcp_parser, cmd_mcp
from app.cli.models import add_models_parser, cmd_models
from app.cli.remote import add_servers_parser, cmd_servers
from app.cli.serve import add_serve_parser, cmd_serve
from app.cli.summarize import add_summarize_parser, cmd_summarize
from app.core.errors import HearthError


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

    add_chat_parser(sub)
    add_licence_parser(sub)
    add_doctor_parser(sub)
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
            return cmd_chat(args)
        if args.command == "doctor":
            return cmd_doctor(args)
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
