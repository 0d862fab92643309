"""``mcp.json``: the MCP servers Hearth may start, in the ``mcpServers`` format other apps use.

The same block people paste between Claude Desktop, LM Studio, Cursor and VS Code::

    {"mcpServers": {
        "time": {"command": "uvx", "args": ["mcp-server-time"], "env": {"TZ": "UTC"}},
        "search": {"url": "http://127.0.0.1:8931/mcp", "headers": {"Authorization": "Bearer …"}},
        "git": {"command": "uvx", "args": ["mcp-server-git"], "disabled": true}
    }}

A server is stdio (``command``, ``args``, ``env``, ``cwd``) or streamable HTTP (``url``,
``headers``). ``disabled`` (Cline's and Cursor's key) turns it off; ``timeout`` (seconds) bounds
each call. Unknown keys are kept as they are when Hearth rewrites the file.

Secrets: a value in ``env`` or ``headers`` may be moved to the system keychain
(:func:`move_secrets_to_keychain`); the file then holds :data:`KEYCHAIN_VALUE` in its place and
the real value is read back only when the server is started.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.jsonfile import write_json_atomic
from app.core.paths import config_dir
from app.core.secrets import KeychainError, delete_secret, get_secret, set_secret
from app.core.tools.base import ToolConfigError

__all__ = [
    "DEFAULT_TIMEOUT_S",
    "KEYCHAIN_VALUE",
    "SECRET_NAME_RE",
    "McpServerConfig",
    "external_config_paths",
    "load_mcp_config",
    "mcp_config_path",
    "move_secrets_to_keychain",
    "parse_pasted_servers",
    "read_external_servers",
    "remove_server",
    "resolve_secrets",
    "save_server",
    "set_server_enabled",
]

DEFAULT_TIMEOUT_S = 60.0
KEYCHAIN_VALUE = "<keychain>"
# Not app.core.secrets.SERVICE: the secrets people already moved to the keychain live here.
KEYRING_SERVICE = "Hearth MCP servers"
# Names that usually hold secrets: what "move secrets to the keychain" picks by default.
SECRET_NAME_RE = re.compile(r"(?i)(token|secret|key|password|passwd|auth|credential|cookie)")
SERVER_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\Z")


def mcp_config_path() -> Path:
    """Hearth's own ``mcp.json`` (next to ``tools.json`` and the settings)."""
    return config_dir() / "mcp.json"


@dataclass(frozen=True, slots=True)
class McpServerConfig:
    """One entry of ``mcpServers``, checked."""

    name: str
    command: str | None = None
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    cwd: str | None = None
    url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    enabled: bool = True
    timeout_s: float = DEFAULT_TIMEOUT_S
    extra: dict[str, Any] = field(default_factory=dict)  # keys Hearth does not use, kept

    @property
    def transport(self) -> str:
        return "http" if self.url else "stdio"

    def describe(self) -> str:
        """``uvx mcp-server-time`` or the URL: what the server list shows."""
        if self.url:
            return self.url
        return " ".join([self.command or "", *self.args]).strip()

    def secrets_in_file(self) -> list[str]:
        """``env:NAME`` / ``headers:NAME`` entries that look secret and are still in the file."""
        found = [f"env:{k}" for k, v in self.env.items()
                 if v != KEYCHAIN_VALUE and SECRET_NAME_RE.search(k)]
        found += [f"headers:{k}" for k, v in self.headers.items()
                  if v != KEYCHAIN_VALUE and (SECRET_NAME_RE.search(k) or k.lower() in
                                              {"authorization", "x-api-key"})]
        return found

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.extra)
        if self.url:
            out["url"] = self.url
            if self.headers:
                out["headers"] = dict(self.headers)
        else:
            out["command"] = self.command
            if self.args:
                out["args"] = list(self.args)
            if self.env:
                out["env"] = dict(self.env)
            if self.cwd:
                out["cwd"] = self.cwd
        if not self.enabled:
            out["disabled"] = True
        else:
            out.pop("disabled", None)
        if self.timeout_s != DEFAULT_TIMEOUT_S:
            out["timeout"] = self.timeout_s
        return out


def _str_map(value: Any, where: str, key: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise ToolConfigError(f"{where}: \"{key}\" must map names to text.")
    return {k: v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}


def server_from_json(name: str, entry: Any, where: str = "") -> McpServerConfig:
    """One ``mcpServers`` entry as a :class:`McpServerConfig` (a clear error when broken)."""
    where = where or f"The MCP server {name!r}"
    if not isinstance(name, str) or not SERVER_NAME_RE.match(name):
        raise ToolConfigError(f"{name!r} cannot be an MCP server name: use letters, digits, "
                              "'-', '_' or '.' (at most 64 characters).")
    if not isinstance(entry, dict):
        raise ToolConfigError(f"{where} must be an object.")
    command, url = entry.get("command"), entry.get("url") or entry.get("serverUrl")
    if url is not None and (not isinstance(url, str) or not re.match(r"https?://", url)):
        raise ToolConfigError(f"{where}: \"url\" must be an http:// or https:// address.")
    if url is None and (not isinstance(command, str) or not command.strip()):
        raise ToolConfigError(f"{where} needs a \"command\" (a program to start) or a \"url\".")
    args = entry.get("args", [])
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        raise ToolConfigError(f"{where}: \"args\" must be a list of strings.")
    cwd = entry.get("cwd")
    if cwd is not None and not isinstance(cwd, str):
        raise ToolConfigError(f"{where}: \"cwd\" must be a folder path.")
    timeout = entry.get("timeout", DEFAULT_TIMEOUT_S)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) \
            or not 0 < timeout <= 3600:
        raise ToolConfigError(f"{where}: \"timeout\" must be a number of seconds (1 to 3600).")
    known = {"command", "args", "env", "cwd", "url", "serverUrl", "headers", "disabled",
             "timeout"}
    kind = entry.get("type") or entry.get("transport")
    if isinstance(kind, str) and kind.lower() == "sse":
        raise ToolConfigError(f"{where} uses the old SSE transport; Hearth speaks stdio and "
                              "streamable HTTP.")
    return McpServerConfig(
        name=name,
        command=command.strip() if isinstance(command, str) and not url else None,
        args=tuple(args) if not url else (),
        env=_str_map(entry.get("env"), where, "env"),
        cwd=cwd,
        url=url,
        headers=_str_map(entry.get("headers"), where, "headers"),
        enabled=entry.get("disabled") is not True,
        timeout_s=float(timeout),
        extra={k: v for k, v in entry.items() if k not in known},
    )


def parse_pasted_servers(text: str) -> list[McpServerConfig]:
    """Servers from a pasted block: ``{"mcpServers": {…}}``, VS Code's ``{"servers": {…}}``,
    the bare ``{"name": {…}}`` mapping, or one ``"name": {…}`` entry as copied from a file."""
    text = text.strip().rstrip(",")
    try:
        raw = json.loads(text)
    except ValueError:
        try:
            raw = json.loads("{" + text + "}")
        except ValueError:
            raise ToolConfigError("The pasted text is not JSON: paste the \"mcpServers\" block "
                                  "of another app's settings.") from None
    if isinstance(raw, dict):
        for key in ("mcpServers", "servers"):
            if isinstance(raw.get(key), dict):
                raw = raw[key]
                break
    if not isinstance(raw, dict) or not raw or not all(isinstance(v, dict)
                                                       for v in raw.values()):
        raise ToolConfigError("The pasted JSON holds no servers: it should look like "
                              "{\"mcpServers\": {\"name\": {\"command\": …}}}.")
    return [server_from_json(name, entry) for name, entry in raw.items()]


def _read_raw(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"mcpServers": {}}
    except (OSError, ValueError) as exc:
        raise ToolConfigError(f"The MCP servers file {path} cannot be read: {exc}.") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("mcpServers", {}), dict):
        raise ToolConfigError(f"The MCP servers file {path} must hold {{\"mcpServers\": {{…}}}}.")
    raw.setdefault("mcpServers", {})
    return raw


def load_mcp_config(path: Path | None = None) -> list[McpServerConfig]:
    """Every server in ``mcp.json`` (enabled or not), in file order; none without a file."""
    path = path or mcp_config_path()
    raw = _read_raw(path)
    return [server_from_json(name, entry, f"The MCP server {name!r} in {path}")
            for name, entry in raw["mcpServers"].items()]


def _write_raw(path: Path, raw: dict[str, Any]) -> None:
    write_json_atomic(path, raw, indent=2, ensure_ascii=False)


def save_server(server: McpServerConfig, path: Path | None = None, *,
                replace: bool = True) -> None:
    """Add or replace one server in ``mcp.json`` (other entries and keys untouched)."""
    path = path or mcp_config_path()
    raw = _read_raw(path)
    if not replace and server.name in raw["mcpServers"]:
        raise ToolConfigError(f"There is already an MCP server named {server.name}.")
    raw["mcpServers"][server.name] = server.to_json()
    _write_raw(path, raw)


def remove_server(name: str, path: Path | None = None) -> None:
    path = path or mcp_config_path()
    raw = _read_raw(path)
    entry = raw["mcpServers"].pop(name, None)
    if entry is None:
        raise ToolConfigError(f"There is no MCP server named {name}.")
    _write_raw(path, raw)
    with contextlib.suppress(ToolConfigError):
        _forget_secrets(server_from_json(name, entry))


def set_server_enabled(name: str, enabled: bool, path: Path | None = None) -> None:
    servers = {s.name: s for s in load_mcp_config(path)}
    if name not in servers:
        raise ToolConfigError(f"There is no MCP server named {name}.")
    from dataclasses import replace

    save_server(replace(servers[name], enabled=enabled), path)


# -- the keychain ------------------------------------------------------------------------------


def _username(server: str, where: str) -> str:
    return f"{server}/{where}"


def move_secrets_to_keychain(name: str, which: Iterable[str] | None = None,
                             path: Path | None = None) -> list[str]:
    """Store the chosen ``env:NAME`` / ``headers:NAME`` values in the keychain and leave
    :data:`KEYCHAIN_VALUE` in the file. ``which`` defaults to the names that look secret.
    Returns what was moved."""
    path = path or mcp_config_path()
    servers = {s.name: s for s in load_mcp_config(path)}
    if name not in servers:
        raise ToolConfigError(f"There is no MCP server named {name}.")
    server = servers[name]
    chosen = list(which) if which is not None else server.secrets_in_file()
    env, headers = dict(server.env), dict(server.headers)
    moved = []
    for item in chosen:
        kind, _, key = item.partition(":")
        table = env if kind == "env" else headers if kind == "headers" else None
        if table is None or key not in table:
            raise ToolConfigError(f"{name} has no {item}.")
        if table[key] == KEYCHAIN_VALUE:
            continue
        try:
            set_secret(_username(name, item), table[key], what=f"the secret {item} of {name}",
                       service=KEYRING_SERVICE)
        except KeychainError as exc:
            raise ToolConfigError(f"{exc.message} It stays in the file.", hint=exc.hint) from None
        table[key] = KEYCHAIN_VALUE
        moved.append(item)
    from dataclasses import replace

    save_server(replace(server, env=env, headers=headers), path)
    return moved


def resolve_secrets(server: McpServerConfig) -> McpServerConfig:
    """The server with :data:`KEYCHAIN_VALUE` placeholders replaced by the keychain's values."""
    if KEYCHAIN_VALUE not in (*server.env.values(), *server.headers.values()):
        return server

    def fill(table: dict[str, str], kind: str) -> dict[str, str]:
        out = {}
        for key, value in table.items():
            if value == KEYCHAIN_VALUE:
                value = get_secret(_username(server.name, f"{kind}:{key}"),
                                   service=KEYRING_SERVICE)
                if value is None:
                    raise ToolConfigError(f"The secret {kind}:{key} of the MCP server "
                                          f"{server.name} is not in the system keychain any "
                                          "more; enter it again.")
            out[key] = value
        return out

    from dataclasses import replace

    return replace(server, env=fill(server.env, "env"), headers=fill(server.headers, "headers"))


def _forget_secrets(server: McpServerConfig) -> None:
    """Delete the keychain entries a removed server had (best effort)."""
    items = [f"env:{k}" for k, v in server.env.items() if v == KEYCHAIN_VALUE]
    items += [f"headers:{k}" for k, v in server.headers.items() if v == KEYCHAIN_VALUE]
    if not items:
        return
    for item in items:
        with contextlib.suppress(KeychainError):
            delete_secret(_username(server.name, item), what=f"the secret {item}",
                          service=KEYRING_SERVICE)


# -- other apps' files ---------------------------------------------------------------------


def external_config_paths(home: Path | None = None) -> dict[str, list[Path]]:
    """Where Claude Desktop and LM Studio keep their ``mcpServers`` block on this system."""
    home = home or Path.home()
    if sys.platform == "darwin":
        claude = [home / "Library/Application Support/Claude/claude_desktop_config.json"]
    elif sys.platform == "win32":
        appdata = Path(os.environ.get("APPDATA") or home / "AppData/Roaming")
        claude = [appdata / "Claude/claude_desktop_config.json"]
    else:
        xdg = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
        claude = [xdg / "Claude/claude_desktop_config.json"]
    lmstudio = [home / ".lmstudio/mcp.json", home / ".cache/lm-studio/mcp.json"]
    return {"Claude Desktop": claude, "LM Studio": lmstudio}


def read_external_servers(paths: dict[str, list[Path]] | None = None
                          ) -> list[tuple[str, Path, McpServerConfig]]:
    """Servers found in other apps' config files: (app, file, server). Broken entries are
    skipped; nothing is written (importing is the caller's, after asking)."""
    found = []
    for app, candidates in (paths or external_config_paths()).items():
        for path in candidates:
            try:
                raw = _read_raw(path)
            except ToolConfigError:
                continue
            if not path.exists():
                continue
            for name, entry in raw["mcpServers"].items():
                try:
                    found.append((app, path, server_from_json(name, entry)))
                except ToolConfigError:
                    continue
    return found
