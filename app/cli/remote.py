"""``hearth servers …`` and the remote parts of ``chat`` and ``models list``.

A server is added once (``hearth servers add URL [--name N] [--key]``; the key is read from a
prompt or stdin and kept in the keychain) and its models are then named ``SERVER/MODEL``:
``hearth chat --model gpu/meta-llama/Llama-3.2-90B-Vision-Instruct``. ``--remote URL`` talks to
a server without adding it (its key, if any, from ``HEARTH_API_KEY``).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import TYPE_CHECKING

from app.cli.args import EXIT_OK
from app.core.errors import HearthError

if TYPE_CHECKING:
    from app.core.engine.base import Engine
    from app.core.settings import Settings



def add_servers_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``servers add|list|remove|test``."""
    servers = sub.add_parser(
        "servers", help="OpenAI-compatible servers to use models from (vLLM, llama-server, "
        "Ollama, another Hearth)",
        description="Add a server that runs models too big for this computer. Only https, or "
        "plain http to this computer or your local network, is accepted. Remote servers are "
        "off until added.")
    actions = servers.add_subparsers(dest="servers_command", metavar="ACTION")
    p = actions.add_parser("add", help="add (or update) a server; checks that it answers")
    p.add_argument("url", help="its address, e.g. http://192.168.1.20:8000 or https://gpu.example")
    p.add_argument("--name", help="a short name for it (default: from the host name)")
    p.add_argument("--key", action="store_true",
                   help="ask for an API key (read from stdin when it is not a terminal)")
    p.add_argument("--timeout", type=float, default=None,
                   help="seconds to wait for the server between two pieces of an answer")
    p.add_argument("--tools", choices=("auto", "openai", "zero-shot"), default=None,
                   help="how tools are offered: OpenAI's form, Llama 3.2's zero-shot prompt, "
                   "or auto (OpenAI's, falling back when refused)")
    p.add_argument("--no-check", action="store_true", help="add it without reaching it")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("list", help="the servers added")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("remove", help="forget a server and its key")
    p.add_argument("name")
    p = actions.add_parser("test", help="reach a server and list its models")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")


def cmd_servers(args: argparse.Namespace) -> int:
    from app.core.models.servers import (
        add_server,
        get_server,
        list_servers,
        remove_server,
        try_server,
    )
    from app.core.settings import load_settings, save_settings

    settings = load_settings()
    action = args.servers_command or "list"
    if action == "add":
        key = None
        if args.key:
            key = (getpass.getpass("API key: ") if sys.stdin.isatty()
                   else sys.stdin.readline()).strip()
            if not key:
                raise HearthError("The API key is empty.")
        config = add_server(settings, args.url, name=args.name, key=key,
                            read_timeout=args.timeout, tool_mode=args.tools)
        info = None if args.no_check else try_server(config)
        save_settings(settings)
        if args.json:
            print(json.dumps({"name": config.name, "url": config.url,
                              "key": bool(config.api_key), **(_info_json(info) if info else {})}))
        else:
            print(f"Added {config.name}: {config.url}")
            if info is not None:
                _print_info(info, config.name)
        return EXIT_OK
    if action == "list":
        servers = list_servers(settings)
        if args.json:
            print(json.dumps([{"name": s.name, "url": s.url, "key": bool(s.api_key),
                               "read_timeout": s.read_timeout, "tools": s.tool_mode}
                              for s in servers]))
        elif not servers:
            print("No servers added. Add one with `hearth servers add URL`.")
        else:
            for s in servers:
                print(f"{s.name:16} {s.url}{'  (API key in keychain)' if s.api_key else ''}")
        return EXIT_OK
    if action == "remove":
        if not remove_server(settings, args.name):
            raise HearthError(f"There is no server named “{args.name}”.")
        save_settings(settings)
        print(f"Removed {args.name}.")
        return EXIT_OK
    if action == "test":
        config = get_server(settings, args.name)
        info = try_server(config)
        if args.json:
            print(json.dumps({"name": config.name, "url": config.url, **_info_json(info)}))
        else:
            _print_info(info, config.name)
        return EXIT_OK
    raise HearthError(f"Unknown action {action}.")


def _info_json(info) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"kind": info.kind, "latency_ms": round(info.latency_ms, 1), "n_ctx": info.n_ctx,
            "models": [{"id": m.id, "n_ctx": m.n_ctx} for m in info.models]}


def _print_info(info, name: str) -> None:  # type: ignore[no-untyped-def]
    print(f"{name} answers ({info.kind}, {info.latency_ms:.0f} ms) and serves "
          f"{len(info.models)} model(s):")
    for m in info.models:
        ctx = f"  ({m.n_ctx or info.n_ctx:,}-token context)" if (m.n_ctx or info.n_ctx) else ""
        print(f"  {name}/{m.id}{ctx}")


def list_remote_models(as_json: bool) -> int:
    """``hearth models list --remote``: every added server's models (unreachable ones noted)."""
    from app.core.models.servers import list_servers, try_server
    from app.core.remote import RemoteError
    from app.core.settings import load_settings

    rows: list[dict[str, object]] = []
    failures: list[dict[str, str]] = []
    for server in list_servers(load_settings()):
        try:
            info = try_server(server)
        except RemoteError as exc:
            failures.append({"server": server.name, "error": str(exc)})
            continue
        for m in info.models:
            rows.append({"name": f"{server.name}/{m.id}", "server": server.name,
                         "url": server.url, "kind": info.kind, "n_ctx": m.n_ctx or info.n_ctx})
    if as_json:
        print(json.dumps({"models": rows, "unreachable": failures}))
    else:
        if not rows and not failures:
            print("No servers added. Add one with `hearth servers add URL`.")
        for row in rows:
            ctx = f"{row['n_ctx']:,} ctx" if row["n_ctx"] else ""
            print(f"{row['name']:56} {row['kind']:16} {ctx}  (remote: {row['url']})")
        for f in failures:
            print(f"hearth: note: {f['error']}", file=sys.stderr)
    return EXIT_OK


def remote_engine(args: argparse.Namespace, settings: Settings) -> Engine | None:
    """The engine for ``--remote URL`` or ``--model SERVER/MODEL``; None for a local model."""
    from app.core.engines import check_remote_licence, load_remote
    from app.core.licence import FROM_SETTINGS
    from app.core.models.servers import parse_ref
    from app.core.remote import RemoteEngine, ServerConfig, check_server_url, probe_server

    url = getattr(args, "remote", None)
    if url:
        config = ServerConfig(check_server_url(url),
                              api_key=(os.environ.get("HEARTH_API_KEY") or "").strip() or None)
        info = probe_server(config)
        model = args.model
        if not model:
            if not info.models:
                raise HearthError(f"{config.label} serves no models.")
            model = info.models[0].id
        check_remote_licence(model)
        return RemoteEngine(config, model, server=info)
    name = args.model or settings.model
    if not name or os.path.exists(name):
        return None
    ref = parse_ref(name, settings)
    if ref is None:
        return None
    return load_remote(str(ref), declaration=FROM_SETTINGS, settings=settings)
