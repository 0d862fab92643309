"""Servers as a place models come from: the ones the person added, their keys in the keychain.

Remote servers are off until added. Each has a short name (``gpu``) so a model is named
``gpu/meta-llama/Llama-3.2-90B-Vision-Instruct`` on the command line and ``remote:gpu/…`` in
settings. The address and timeouts live in settings (``Settings.servers``); the optional API
key lives in the OS keychain (service ``hearth``, user ``server:<name>``), never in a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.core.errors import HearthError
from app.core.remote import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_READ_TIMEOUT,
    RemoteError,
    ServerConfig,
    ServerInfo,
    check_server_url,
    probe_server,
)
from app.core.secrets import delete_secret, get_secret, set_secret
from app.core.settings import Settings

REMOTE_PREFIX = "remote:"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


@dataclass(frozen=True, slots=True)
class RemoteRef:
    """A model on a registered server: ``server/model`` (the model id may hold slashes)."""

    server: str
    model: str

    def __str__(self) -> str:
        return f"{REMOTE_PREFIX}{self.server}/{self.model}"

    @property
    def label(self) -> str:
        return f"{self.model} on {self.server}"


def _key_user(name: str) -> str:
    return f"server:{name}"


def set_api_key(name: str, key: str | None) -> None:
    """Keep (or, with None/empty, forget) a server's API key in the keychain."""
    what = "the server's API key"
    if key and key.strip():
        if any(c.isspace() for c in key.strip()):
            raise HearthError("An API key has no spaces in it; copy it again.")
        set_secret(_key_user(name), key.strip(), what=what)
    else:
        delete_secret(_key_user(name), what=what)


def api_key(name: str) -> str | None:
    """The server's key from the keychain (None without one or without a keychain)."""
    return get_secret(_key_user(name))


def suggest_name(url: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A short name from the host: ``gpu-box.local:8000`` → ``gpu-box``."""
    host = urlsplit(url).hostname or "server"
    base = host.split(".")[0] if not host.replace(".", "").isdigit() else host.replace(".", "-")
    base = re.sub(r"[^A-Za-z0-9_.-]", "-", base).strip("-")[:32] or "server"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def list_servers(settings: Settings) -> list[ServerConfig]:
    """The registered servers, with their keys from the keychain."""
    out = []
    for entry in settings.servers:
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("url"):
            continue
        name = str(entry["name"])
        out.append(ServerConfig(
            url=str(entry["url"]), api_key=api_key(name), name=name,
            connect_timeout=float(entry.get("connect_timeout") or DEFAULT_CONNECT_TIMEOUT),
            read_timeout=float(entry.get("read_timeout") or DEFAULT_READ_TIMEOUT),
            tool_mode=entry.get("tool_mode") if entry.get("tool_mode") in (
                "auto", "openai", "zero-shot") else "auto",  # type: ignore[arg-type]
        ))
    return out


def get_server(settings: Settings, name: str) -> ServerConfig:
    for server in list_servers(settings):
        if server.name == name:
            return server
    names = ", ".join(s.name for s in list_servers(settings)) or "none yet"
    raise RemoteError(f"There is no server named “{name}” (added: {names}).",
                      hint="Add one with `hearth servers add URL` or in Settings ▸ Servers.")


def add_server(settings: Settings, url: str, *, name: str | None = None,
               key: str | None = None, read_timeout: float | None = None,
               tool_mode: str | None = None) -> ServerConfig:
    """Register a server (the caller saves the settings); replaces one of the same name."""
    root = check_server_url(url)
    taken = {str(e.get("name")) for e in settings.servers if isinstance(e, dict)}
    if name is not None:
        name = name.strip()
        if not _NAME.match(name):
            raise HearthError(f"“{name}” cannot be a server name: use letters, digits, - _ or "
                              ". (up to 40).")
    else:
        same = [e for e in settings.servers if isinstance(e, dict) and e.get("url") == root]
        name = str(same[0]["name"]) if same else suggest_name(root, taken)
    if tool_mode is not None and tool_mode not in ("auto", "openai", "zero-shot"):
        raise HearthError("The tool form is one of auto, openai, zero-shot.")
    entry: dict[str, object] = {"name": name, "url": root}
    if read_timeout:
        entry["read_timeout"] = float(read_timeout)
    if tool_mode and tool_mode != "auto":
        entry["tool_mode"] = tool_mode
    settings.servers = [e for e in settings.servers
                        if not (isinstance(e, dict) and e.get("name") == name)] + [entry]
    if key is not None:
        set_api_key(name, key)
    return get_server(settings, name)


def remove_server(settings: Settings, name: str) -> bool:
    """Forget a server and its key; True when there was one (the caller saves settings)."""
    before = len(settings.servers)
    settings.servers = [e for e in settings.servers
                        if not (isinstance(e, dict) and e.get("name") == name)]
    if len(settings.servers) == before:
        return False
    set_api_key(name, None)
    if settings.model and settings.model.startswith(f"{REMOTE_PREFIX}{name}/"):
        settings.model = None
    return True


def parse_ref(text: str, settings: Settings) -> RemoteRef | None:
    """``remote:server/model`` or ``server/model`` with a registered ``server``; else None."""
    body = text[len(REMOTE_PREFIX):] if text.startswith(REMOTE_PREFIX) else text
    server, sep, model = body.partition("/")
    if not sep or not model:
        if text.startswith(REMOTE_PREFIX):
            raise HearthError(f"“{text}” names no model; write {REMOTE_PREFIX}SERVER/MODEL.")
        return None
    names = {s.name for s in list_servers(settings)}
    if server in names:
        return RemoteRef(server, model)
    if text.startswith(REMOTE_PREFIX):
        get_server(settings, server)  # raises: no such server
    return None


def try_server(config: ServerConfig) -> ServerInfo:
    """Reach the server and list its models (raises :class:`RemoteError` with a sentence)."""
    return probe_server(config)
