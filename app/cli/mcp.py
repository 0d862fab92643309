"""``hearth mcp …``: the MCP servers of ``mcp.json`` from a terminal.

``list``, ``add NAME -- COMMAND ARGS…`` or ``add NAME --url URL``, ``remove``, ``enable``,
``disable``, ``tools NAME`` (starts it and lists its tools with how they are approved),
``import`` (servers found in Claude Desktop's and LM Studio's files, asked one by one unless
``--yes``) and ``keychain NAME`` (moves the secrets of its env and headers to the keychain).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from app.cli.args import EXIT_USAGE
from app.core.errors import HearthError
from app.core.tools.mcp.bridge import approval_flags
from app.core.tools.mcp.config import (
    load_mcp_config,
    mcp_config_path,
    move_secrets_to_keychain,
    read_external_servers,
    remove_server,
    save_server,
    server_from_json,
    set_server_enabled,
)

__all__ = ["add_mcp_parser", "cmd_mcp"]



def add_mcp_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("mcp", help="MCP servers whose tools the model may call",
                            description="Manage the MCP servers in Hearth's mcp.json (the "
                            "mcpServers format of Claude Desktop, LM Studio and Cursor). Use "
                            "them with `hearth chat --tools mcp:NAME`.")
    mcp = parser.add_subparsers(dest="mcp_command", metavar="ACTION")
    listing = mcp.add_parser("list", help="the configured servers")
    listing.add_argument("--json", action="store_true")
    add = mcp.add_parser("add", help="add a stdio server (NAME -- COMMAND ARGS…) or an HTTP "
                         "server (NAME --url URL)")
    add.add_argument("name")
    add.add_argument("--url", help="a streamable-HTTP endpoint (http://…/mcp)")
    add.add_argument("--env", action="append", default=[], metavar="NAME=VALUE")
    add.add_argument("--header", action="append", default=[], metavar="NAME=VALUE")
    add.add_argument("--cwd", help="the folder a stdio server starts in")
    add.add_argument("--timeout", type=float, default=None, help="seconds a call may take")
    add.add_argument("server_command", nargs="*", metavar="COMMAND",
                     help="-- then the program and its arguments")
    for action, text in (("remove", "remove a server"), ("enable", "turn a server on"),
                         ("disable", "turn a server off"),
                         ("keychain", "move the secrets in its env and headers to the "
                          "system keychain")):
        one = mcp.add_parser(action, help=text)
        one.add_argument("name")
    tools = mcp.add_parser("tools", help="start a server and list its tools")
    tools.add_argument("name")
    tools.add_argument("--json", action="store_true")
    imp = mcp.add_parser("import", help="copy servers from Claude Desktop or LM Studio "
                         "(asked one by one)")
    imp.add_argument("--yes", action="store_true", help="import all without asking")


def _pairs(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise HearthError(f"{what} must look like NAME=VALUE, not {item!r}.")
        out[key] = value
    return out


def cmd_mcp(args: argparse.Namespace, *, stdin: TextIO | None = None,
            stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    action = args.mcp_command
    if action is None or action == "list":
        servers = load_mcp_config()
        if getattr(args, "json", False):
            stdout.write(json.dumps({"file": str(mcp_config_path()), "servers": [
                {"name": s.name, "enabled": s.enabled, "transport": s.transport,
                 "target": s.describe()} for s in servers]}, indent=1) + "\n")
            return 0
        if not servers:
            stdout.write(f"No MCP servers yet ({mcp_config_path()}). Add one with `hearth mcp "
                         "add NAME -- COMMAND ARGS…` or `hearth mcp import`.\n")
        for s in servers:
            state = "on " if s.enabled else "off"
            stdout.write(f"{state} {s.name:<16} {s.transport:<5} {s.describe()}\n")
        return 0
    if action == "add":
        command = list(args.server_command or [])
        if command[:1] == ["--"]:
            command = command[1:]
        if bool(command) == bool(args.url):
            raise HearthError("Give either a command after -- (a stdio server) or --url (an "
                              "HTTP server).")
        entry: dict[str, Any] = {"url": args.url} if args.url else \
            {"command": command[0], "args": command[1:]}
        if args.env:
            entry["env"] = _pairs(args.env, "--env")
        if args.header:
            entry["headers"] = _pairs(args.header, "--header")
        if args.cwd:
            entry["cwd"] = args.cwd
        if args.timeout is not None:
            entry["timeout"] = args.timeout
        server = server_from_json(args.name, entry)
        save_server(server, replace=False)
        stdout.write(f"Added {server.name}: {server.describe()}\n")
        secrets = server.secrets_in_file()
        if secrets:
            stdout.write(f"{', '.join(secrets)} look secret; `hearth mcp keychain {server.name}` "
                         "moves them to the system keychain.\n")
        return 0
    if action == "remove":
        remove_server(args.name)
        stdout.write(f"Removed {args.name}.\n")
        return 0
    if action in ("enable", "disable"):
        set_server_enabled(args.name, action == "enable")
        stdout.write(f"{args.name} is {'on' if action == 'enable' else 'off'}.\n")
        return 0
    if action == "keychain":
        moved = move_secrets_to_keychain(args.name)
        stdout.write(f"Moved to the keychain: {', '.join(moved)}.\n" if moved else
                     "Nothing that looks secret is left in the file.\n")
        return 0
    if action == "tools":
        return _tools(args, stdout)
    if action == "import":
        return _import(args, stdin, stdout, stderr)
    return EXIT_USAGE


def _tools(args: argparse.Namespace, stdout: TextIO) -> int:
    from app.core.tools.mcp.bridge import make_mcp_tools
    from app.core.tools.mcp.manager import default_manager

    manager = default_manager()
    connection = manager.connection(args.name)
    try:
        connection.start(timeout=min(60.0, connection.config.timeout_s))
        tools, problems = make_mcp_tools(connection)
    finally:
        manager.close()
    infos = {t.name: t for t in connection.tools}
    if args.json:
        stdout.write(json.dumps([{"name": t.name, "mcp_name": t.origin.rsplit(" ", 1)[-1],
                                  "description": t.description, "read_only": t.read_only,
                                  "always_ask": t.always_ask, "parameters": t.parameters}
                                 for t in tools], indent=1, ensure_ascii=False) + "\n")
        return 0
    for tool in tools:
        info = infos.get(tool.origin.rsplit(" ", 1)[-1])
        how = approval_flags(info).effect if info else ""
        stdout.write(f"{tool.name}: {tool.description.splitlines()[0] if tool.description else ''}"
                     f"\n    {how}\n")
    for problem in problems:
        stdout.write(problem + "\n")
    return 0


def _import(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    found = read_external_servers()
    if not found:
        stdout.write("No MCP servers were found in Claude Desktop's or LM Studio's files.\n")
        return 0
    if not args.yes and not stdin.isatty():
        stderr.write("hearth: error: importing asks about each server on a terminal; stdin "
                     "is not one. Add --yes to import them all.\n")
        for app, path, server in found:
            stderr.write(f"  {server.name} ({app}, {path}): {server.describe()}\n")
        return EXIT_USAGE
    existing = {s.name for s in load_mcp_config()}
    imported = 0
    for app, path, server in found:
        name = server.name
        if name in existing:
            name = f"{app.split()[0].lower()}-{name}"
        if name in existing:
            stdout.write(f"Skipped {server.name} from {app}: already in mcp.json.\n")
            continue
        if not args.yes:
            stdout.write(f"Import {server.name} from {app} ({path})?\n  {server.describe()}\n"
                         "[y/N]: ")
            stdout.flush()
            if stdin.readline().strip().lower() not in ("y", "yes"):
                continue
        from dataclasses import replace

        save_server(replace(server, name=name), replace=False)
        existing.add(name)
        imported += 1
        stdout.write(f"Imported {name}.\n")
    stdout.write(f"{imported} server(s) imported into {mcp_config_path()}.\n")
    return 0

