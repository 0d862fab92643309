"""``hearth serve``: the installed models over an OpenAI-compatible API on this computer.

``--host`` defaults to 127.0.0.1 (this computer only). Any other address needs an API key:
Hearth creates one the first time, keeps it in the system keychain and prints it once (or give
one with ``--api-key``). ``--model`` loads a model at start (requests may name any installed
model); ``--parallel N`` answers N requests at once where the engine supports it. Ctrl-C stops.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from typing import TYPE_CHECKING

from app.cli.args import EXIT_OK, positive_int, with_load_flags
from app.cli.licence import add_declaration_arguments, declaration_from_args
from app.core.licence import FROM_SETTINGS

if TYPE_CHECKING:
    from app.core.safety.policy import GuardPolicy
    from app.core.safety.serving import SafetyLayer



def add_serve_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.core.server import DEFAULT_HOST, DEFAULT_PORT

    serve = sub.add_parser(
        "serve", help="serve the installed models over an OpenAI-compatible API",
        description="Serve the installed models to other programs over the OpenAI API "
        "(/v1/chat/completions, /v1/completions, /v1/models). Ctrl-C stops.")
    serve.add_argument("--host", default=DEFAULT_HOST,
                       help=f"address to listen on (default {DEFAULT_HOST}: this computer "
                       "only; any other needs an API key)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=f"port (default {DEFAULT_PORT}; 0 picks a free one)")
    serve.add_argument("-m", "--model", help="the model to load now and use when a request "
                       "names none (default: the one chosen in Settings, else the starter)")
    serve.add_argument("--parallel", type=positive_int, default=1, metavar="N",
                       help="requests answered at once by a text model (default 1)")
    serve.add_argument("--max-queue", type=int, default=16, metavar="N",
                       help="requests that may wait for a slot before the server answers 503 "
                       "(default 16)")
    serve.add_argument("--api-key", help="require this key (Authorization: Bearer KEY)")
    serve.add_argument("--new-api-key", action="store_true",
                       help="replace the key kept in the keychain with a new one (shown once)")
    serve.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                       help="another name clients may use in the Host header (repeatable)")
    serve.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                       help="a web origin allowed to call the API from a browser (repeatable; "
                       "none by default)")
    serve.add_argument("--log-content", action="store_true",
                       help="log prompts and answers (off by default: only sizes are logged)")
    serve.add_argument("--ctx", type=positive_int, default=None, help="context size in tokens")
    serve.add_argument("--threads", type=positive_int, default=None)
    add_declaration_arguments(serve)
    from app.cli.guard import add_guard_chat_arguments

    add_guard_chat_arguments(serve)


def cmd_serve(args: argparse.Namespace) -> int:
    from app.core.server.auth import api_key_for
    from app.core.server.models import ModelHost, text_engine_factory, vision_engine_factory
    from app.core.server.runner import LocalServer, ServerConfig
    from app.core.settings import load_settings

    if not 0 <= args.port <= 65535:
        args.declaration_parser.error("--port must be between 0 and 65535")
    if args.max_queue < 0:
        args.declaration_parser.error("--max-queue cannot be negative")
    declaration = declaration_from_args(args) or FROM_SETTINGS
    settings = load_settings()

    def options_for(path):  # type: ignore[no-untyped-def]
        return with_load_flags(load_settings().load_options(path), args)

    key, created = api_key_for(args.host, args.api_key, renew=args.new_api_key)
    host = ModelHost(
        text_factory=text_engine_factory(parallel=args.parallel, max_queue=args.max_queue,
                                         declaration=declaration),
        vision_factory=vision_engine_factory(max_queue=args.max_queue,
                                             declaration=declaration),
        options_for=options_for,
        default_model=args.model or settings.model,
    )
    logging.getLogger("app.core.server").setLevel(logging.INFO)
    safety = safety_layer(args, settings)
    server = LocalServer(host, ServerConfig(
        host=args.host, port=args.port, api_key=key, cors_origins=tuple(args.cors_origin),
        extra_hosts=tuple(args.allowed_host), log_content=args.log_content,
        options={"safety": safety}))
    try:
        model = host.preload(args.model or settings.model)
        guard_name = safety.load() if safety.active else None
    except BaseException:
        server.close()
        raise
    print(f"Hearth serves {model.name} at {server.url}", flush=True)
    if guard_name is not None:
        print(f"Safety: {guard_name} checks {_checked(safety.policy)} "
              f"({'blocks' if safety.policy.action == 'block' else 'warns'}).", flush=True)
    if created:
        print(f"API key (shown once, kept in the keychain): {key}", flush=True)
    elif key:
        print("Clients need the API key (Authorization: Bearer KEY).", flush=True)
    print("Press Ctrl-C to stop.", file=sys.stderr, flush=True)
    # uvicorn re-raises Ctrl-C once it has shut down cleanly: that is the normal way out.
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    print("Stopped.", file=sys.stderr, flush=True)
    return EXIT_OK


def safety_layer(args: argparse.Namespace, settings: object) -> SafetyLayer:
    """The Settings policy, turned on by ``--guard``; its guard model from ``--guard-model``."""
    from app.core.safety.serving import SafetyLayer
    from app.core.settings import Settings

    assert isinstance(settings, Settings)
    policy = settings.guard_policy()
    if getattr(args, "guard", False):
        policy.enabled = True
    if getattr(args, "guard_model", None):
        policy.model = args.guard_model
    return SafetyLayer(policy)


def _checked(policy: GuardPolicy) -> str:
    if policy.check_prompts and policy.check_answers:
        return "messages and answers"
    return "messages" if policy.check_prompts else "answers"
