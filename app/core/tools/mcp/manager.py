"""The MCP servers of ``mcp.json``, their connections, and their tools for a conversation.

One :class:`McpManager` per process (:func:`default_manager`): the window's MCP servers dialog,
its chats and the CLI share its connections, so a server is started once and stays up while
it is used. Servers start on first use (a chat that enables ``mcp:NAME``, the dialog).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.paths import log_dir
from app.core.tools.base import Tool, ToolConfigError, ToolError
from app.core.tools.mcp.bridge import make_mcp_tools
from app.core.tools.mcp.client import McpConnection, McpRuntime, default_runtime
from app.core.tools.mcp.config import McpServerConfig, load_mcp_config, mcp_config_path

__all__ = ["McpManager", "McpTools", "default_manager"]


@dataclass(slots=True)
class McpTools:
    """The tools of the servers a conversation asked for, and what went wrong on the way."""

    tools: list[Tool] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class McpManager:
    """Connections to the configured servers, created on demand and kept."""

    def __init__(self, config_path: Path | None = None, *, logs: Path | None = None,
                 runtime: McpRuntime | None = None) -> None:
        self.config_path = config_path
        self._logs = logs
        self._runtime = runtime
        self._connections: dict[str, McpConnection] = {}
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self.config_path or mcp_config_path()

    def servers(self) -> list[McpServerConfig]:
        """Every server in the file (raises :class:`ToolConfigError` when it is broken)."""
        return load_mcp_config(self.path)

    def server(self, name: str) -> McpServerConfig:
        for server in self.servers():
            if server.name == name:
                return server
        known = ", ".join(s.name for s in self.servers()) or "none yet"
        raise ToolConfigError(f"There is no MCP server named {name!r} (servers: {known}). "
                              "Add it with `hearth mcp add` or in Tools ▸ MCP servers.")

    def log_path(self, name: str) -> Path:
        folder = (self._logs or log_dir()) / "mcp"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{name}.log"

    def connection(self, name: str) -> McpConnection:
        """The server's connection (not started); a changed entry in the file replaces it."""
        config = self.server(name)
        with self._lock:
            current = self._connections.get(name)
            if current is not None and current.config == config:
                return current
            fresh = McpConnection(config, log_path=self.log_path(name),
                                  runtime=self._runtime or default_runtime())
            if current is not None:
                for listener in list(current._listeners):
                    fresh.add_listener(listener)
                self._connections[name] = fresh
            else:
                self._connections[name] = fresh
        if current is not None:
            current.stop()
        return fresh

    def existing(self, name: str) -> McpConnection | None:
        with self._lock:
            return self._connections.get(name)

    def stop(self, name: str) -> None:
        connection = self.existing(name)
        if connection is not None:
            connection.stop()

    def forget(self, name: str) -> None:
        with self._lock:
            connection = self._connections.pop(name, None)
        if connection is not None:
            connection.stop()

    def tools_for(self, names: Iterable[str], taken: Iterable[str] = ()) -> McpTools:
        """Start the named servers (if needed) and return their tools.

        ``"*"`` means every enabled server. A disabled or unknown server raises
        :class:`ToolConfigError`; one that fails to start is reported in ``problems`` and the
        others are still offered.
        """
        wanted = list(dict.fromkeys(names))
        if "*" in wanted:
            wanted = [s.name for s in self.servers() if s.enabled] + \
                [n for n in wanted if n != "*"]
            wanted = list(dict.fromkeys(wanted))
        out = McpTools()
        used = set(taken)
        for name in wanted:
            config = self.server(name)
            if not config.enabled:
                raise ToolConfigError(f"The MCP server {name} is turned off; turn it on in "
                                      "Tools ▸ MCP servers (or remove \"disabled\" from "
                                      "mcp.json).")
            connection = self.connection(name)
            try:
                connection.start()
            except ToolError as exc:
                out.problems.append(exc.message)
                continue
            tools, problems = make_mcp_tools(connection, used)
            used.update(t.name for t in tools)
            out.tools += tools
            out.problems += problems
        return out

    def close(self) -> None:
        with self._lock:
            connections = list(self._connections.values())
            self._connections.clear()
        for connection in connections:
            connection.stop()


_default: McpManager | None = None
_default_lock = threading.Lock()


def default_manager() -> McpManager:
    """The process's manager (Hearth's own ``mcp.json``)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = McpManager()
        return _default
