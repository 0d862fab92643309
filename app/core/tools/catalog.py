"""Every tool Hearth offers, and picking the ones a conversation enables.

Built-in tools come in groups (``calculator``, ``time``, ``units``, ``files``, ``system``,
``open``); the user's own tools (``tools.json``) are added by name once enabled there. A
selection such as ``"calculator,files"`` (``hearth chat --tools``) may name groups or single
tools. ``mcp:NAME`` names an MCP server from ``mcp.json`` (all its tools; ``mcp:*`` for every
enabled server); the server is started when the selection is made.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.tools.base import Tool, ToolConfigError, ToolRegistry
from app.core.tools.builtin.calculator import calculator_tool
from app.core.tools.builtin.clock import Clock, clock_tools
from app.core.tools.builtin.files import FileAccess, file_tools
from app.core.tools.builtin.opener import Opener, open_tool
from app.core.tools.builtin.sysinfo import system_info_tool
from app.core.tools.builtin.units import units_tool
from app.core.tools.user_tools import UserToolSpec, load_user_tools, make_user_tool

if TYPE_CHECKING:
    from app.core.tools.mcp.manager import McpManager

__all__ = ["BUILTIN_GROUPS", "ToolEnvironment", "all_tools", "parse_selection", "select_tools"]

BUILTIN_GROUPS: dict[str, str] = {
    "calculator": "a safe calculator",
    "time": "the current date and time, time zones",
    "units": "unit conversion",
    "files": "list, search and read files in approved folders",
    "system": "memory, disk and battery",
    "open": "open a link or file with the default app (always asks)",
}


@dataclass(slots=True)
class ToolEnvironment:
    """What the built-in tools may touch, and hooks for tests."""

    allowed_dirs: Sequence[str | Path] = ()
    opener: Opener | None = None
    clock: Clock | None = None
    user_tools_file: Path | None = None
    mcp: McpManager | None = None  # None: the process's manager (Hearth's mcp.json)
    notices: list[str] = field(default_factory=list)  # what people should know (MCP problems)
    _access: FileAccess | None = field(default=None, init=False, repr=False)

    @property
    def access(self) -> FileAccess:
        if self._access is None:
            self._access = FileAccess(self.allowed_dirs)
        return self._access


def builtin_tools(env: ToolEnvironment) -> list[Tool]:
    """All built-in tools; file tools only when folders are approved."""
    tools = [calculator_tool(), *clock_tools(env.clock), units_tool(), system_info_tool()]
    if env.allowed_dirs:
        tools += file_tools(env.access)
    tools.append(open_tool(env.access if env.allowed_dirs else None, env.opener))
    return tools


def all_tools(env: ToolEnvironment) -> tuple[list[Tool], list[UserToolSpec]]:
    """Built-in tools, plus the user's tools: (usable tools, user tools still disabled)."""
    tools = builtin_tools(env)
    disabled = []
    for spec in load_user_tools(env.user_tools_file):
        if spec.enabled:
            tools.append(make_user_tool(spec))
        else:
            disabled.append(spec)
    return tools, disabled


def parse_selection(text: str | Iterable[str]) -> list[str]:
    """``"calculator, files"`` -> ``["calculator", "files"]`` (order kept, duplicates dropped)."""
    items = text.split(",") if isinstance(text, str) else list(text)
    return list(dict.fromkeys(item.strip() for item in items if item.strip()))


def select_tools(selection: str | Iterable[str], env: ToolEnvironment) -> ToolRegistry:
    """The tools a selection names (groups or tool names), ready for a :class:`ToolLoop`.

    Raises :class:`ToolConfigError` for an unknown name, a disabled user tool, or the file
    tools without an approved folder.
    """
    names = parse_selection(selection)
    servers = [n[4:].strip() or "*" for n in names if n.startswith("mcp:") or n == "mcp"]
    names = [n for n in names if not (n.startswith("mcp:") or n == "mcp")]
    if "all" in names:
        names = [n for n in BUILTIN_GROUPS if n != "files" or env.allowed_dirs] + \
            [n for n in names if n != "all"]
    if "files" in names and not env.allowed_dirs:
        raise ToolConfigError(
            "The files tools need at least one folder you approve (--allow-dir PATH)."
        )
    tools, disabled = all_tools(env)
    by_name = {t.name: t for t in tools}
    chosen: list[Tool] = []
    for name in names:
        if name in BUILTIN_GROUPS:
            chosen += [t for t in tools if t.group == name and t.source == "built-in"]
        elif name in by_name:
            chosen.append(by_name[name])
        elif any(spec.name == name for spec in disabled):
            raise ToolConfigError(
                f"The tool {name} is disabled. Set \"enabled\": true for it in its tools file "
                "to use it."
            )
        else:
            known = ", ".join([*BUILTIN_GROUPS, *(t.name for t in tools if t.source == "user")])
            raise ToolConfigError(f"There is no tool or group named {name!r} (known: {known}).")
    unique = {t.name: t for t in chosen}
    if servers:
        from app.core.tools.mcp.manager import default_manager

        manager = env.mcp or default_manager()
        found = manager.tools_for(servers, taken=unique)
        env.notices += found.problems
        unique.update((t.name, t) for t in found.tools)
    return ToolRegistry(unique.values())
