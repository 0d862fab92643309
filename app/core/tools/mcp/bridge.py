"""MCP tools as Hearth :class:`Tool` s: names the model can write, schemas, approval flags.

* Names: the model writes calls as ``name(arg=value)``, so a tool name must be an identifier.
  An MCP tool keeps its own name when it can (``get_current_time``); characters such as ``-``
  or ``.`` become ``_``; when two enabled tools would share a name, the MCP one is prefixed
  with its server (``git_status`` from server ``work`` becomes ``work_git_status``).
  Argument names are mapped the same way and back when the call is made.
* Approval: the server's annotations are hints, mapped onto Hearth's policies. A tool marked
  ``readOnlyHint`` (and not ``openWorldHint``: it would reach outside this computer) is
  read-only, so the ``read-only`` policy runs it at once. Anything else asks under ``ask`` and
  ``read-only``; a tool that is not read-only and not explicitly ``destructiveHint: false``
  (MCP's default is destructive) asks even under ``all``.
"""

from __future__ import annotations

import copy
import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.core.engine.base import CancelToken
from app.core.tools.base import NAME_RE, Tool, ToolConfigError
from app.core.tools.mcp.client import McpConnection, McpToolInfo

__all__ = ["ApprovalFlags", "approval_flags", "identifier", "make_mcp_tools"]


@dataclass(frozen=True, slots=True)
class ApprovalFlags:
    read_only: bool
    always_ask: bool
    effect: str  # one phrase for the approval dialog and the CLI prompt


def approval_flags(info: McpToolInfo) -> ApprovalFlags:
    """How Hearth's policies treat a tool, from its MCP annotations."""
    read_only = info.read_only is True and info.open_world is not True
    if read_only:
        return ApprovalFlags(True, False, "The server says it only reads information.")
    if info.read_only is True:
        return ApprovalFlags(False, False, "The server says it only reads, but it reaches "
                             "outside this computer.")
    if info.destructive is False:
        return ApprovalFlags(False, False, "The server says it can change things but does not "
                             "delete or overwrite them.")
    return ApprovalFlags(False, True, "It can change or delete things (the server does not "
                         "say otherwise), so it always asks.")


def identifier(text: str) -> str:
    """``text`` as a Python identifier (what the grammar and the parser accept)."""
    name = re.sub(r"\W", "_", text, flags=re.ASCII).strip("_") or "tool"
    if name[0].isdigit():
        name = "t_" + name
    if keyword.iskeyword(name):
        name += "_"
    return name[:64]


def _strip_titles(node: Any) -> Any:
    """Schemas without pydantic's ``title`` keys (they cost prompt tokens and say nothing)."""
    if isinstance(node, dict):
        return {k: _strip_titles(v) for k, v in node.items()
                if not (k == "title" and isinstance(v, str))}
    if isinstance(node, list):
        return [_strip_titles(v) for v in node]
    return node


def _schema_and_names(info: McpToolInfo) -> tuple[dict[str, Any], dict[str, str]]:
    """The tool's schema with identifier argument names, and hearth name -> MCP name."""
    schema = _strip_titles(copy.deepcopy(info.input_schema or {}))
    schema.pop("$schema", None)
    if schema.get("type") is None:
        schema["type"] = "object"
    properties = schema.get("properties") or {}
    if not isinstance(properties, dict):
        properties = {}
    mapping: dict[str, str] = {}
    renamed: dict[str, Any] = {}
    for original, spec in properties.items():
        name = original if NAME_RE.match(original) and not keyword.iskeyword(original) \
            else identifier(original)
        while name in renamed:
            name += "_"
        mapping[name] = original
        renamed[name] = spec
    back = {v: k for k, v in mapping.items()}
    schema["properties"] = renamed
    schema["required"] = [back[r] for r in schema.get("required", []) or [] if r in back]
    return schema, mapping


def make_mcp_tools(connection: McpConnection, taken: Iterable[str] = ()
                   ) -> tuple[list[Tool], list[str]]:
    """The server's tools as Hearth tools, and a sentence for each one that could not be
    offered (a schema Hearth cannot use). ``taken``: names already used by other tools."""
    used = set(taken)
    server = connection.name
    tools: list[Tool] = []
    problems: list[str] = []
    for info in connection.tools:
        name = identifier(info.name)
        if name in used:
            name = identifier(f"{server}_{info.name}")
        while name in used:
            name = name[:62] + "_2"
        schema, mapping = _schema_and_names(info)
        flags = approval_flags(info)
        try:
            tool = Tool(
                name=name,
                description=info.description or info.title or info.name,
                parameters=schema,
                run=_runner(connection, info.name, mapping),
                read_only=flags.read_only,
                always_ask=flags.always_ask,
                group=f"mcp:{server}",
                timeout_s=connection.config.timeout_s + 10,
                max_result_chars=12000,
                source=f"mcp:{server}",
                origin=f"MCP server {server}, tool {info.name}",
                effect=flags.effect,
            )
        except ToolConfigError as exc:
            problems.append(f"{server}: {info.name} was left out: {exc.message}")
            continue
        used.add(name)
        tools.append(tool)
    return tools, problems


def _runner(connection: McpConnection, mcp_name: str, mapping: dict[str, str]):  # type: ignore[no-untyped-def]
    def run(arguments: dict[str, Any], cancel: CancelToken) -> Any:
        sent = {mapping.get(k, k): v for k, v in arguments.items()}
        return connection.call(mcp_name, sent, cancel=cancel)

    return run
