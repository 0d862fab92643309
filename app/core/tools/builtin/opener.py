"""Open a web link or a file with the default application - always after asking.

Opening hands something to another program, so this tool has side effects: it is never
auto-approved (``always_ask``), whatever the approval policy. Links must be ``http``,
``https`` or ``mailto``; files must be inside the approved folders (see :class:`FileAccess`)
and must not be programs or scripts, which "opening" would run.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.core.engine.base import CancelToken
from app.core.tools.base import Tool, ToolRunError, object_schema
from app.core.tools.builtin.files import FileAccess

__all__ = ["Opener", "default_opener", "open_tool"]

Opener = Callable[[str], None]

_URL_SCHEMES = {"http", "https", "mailto"}
# Opening these runs them (or installs or links to something that runs).
_RUNNABLE = {
    ".app", ".appimage", ".bat", ".bin", ".cmd", ".com", ".command", ".cpl", ".desktop",
    ".exe", ".gadget", ".hta", ".inf", ".ins", ".jar", ".js", ".jse", ".lnk", ".msc", ".msi",
    ".msp", ".pif", ".pkg", ".ps1", ".psm1", ".py", ".pyw", ".reg", ".run", ".scf", ".scr",
    ".sh", ".url", ".vb", ".vbe", ".vbs", ".ws", ".wsf", ".wsh", ".deb", ".rpm", ".dmg",
}


def default_opener(target: str) -> None:
    """Hand ``target`` (a URL or an absolute path) to the desktop; no shell involved."""
    if urlsplit(target).scheme in _URL_SCHEMES:
        if not webbrowser.open(target):
            raise ToolRunError("No web browser could be found.")
        return
    if sys.platform == "win32":
        os.startfile(target)  # type: ignore[attr-defined]
        return
    program = "open" if sys.platform == "darwin" else "xdg-open"
    try:
        subprocess.Popen([program, target], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    except OSError as exc:
        raise ToolRunError(f"The file could not be opened ({exc.strerror}).") from None


def check_target(target: str, access: FileAccess | None) -> tuple[str, str]:
    """``("url" | "file", what to open)``, or :class:`ToolRunError` saying why not."""
    target = str(target).strip()
    if not target or "\x00" in target or len(target) > 2048:
        raise ToolRunError("That is not a link or a file.")
    parts = urlsplit(target)
    if parts.scheme and len(parts.scheme) > 1:  # "C:" is a drive, not a scheme
        if parts.scheme.lower() not in _URL_SCHEMES:
            raise ToolRunError(f"Only http, https and mailto links can be opened, not "
                               f"{parts.scheme}:.")
        if parts.scheme.lower() != "mailto" and not parts.netloc:
            raise ToolRunError("That link has no address.")
        return "url", target
    if access is None or not access.roots:
        raise ToolRunError("Files can only be opened from folders the user approved, and "
                           "none are.")
    path = access.resolve(target)
    if path.suffix.lower() in _RUNNABLE:
        raise ToolRunError(f"{path.name} is a program or script; Hearth does not open those.")
    if path.is_file() and os.name == "posix" and os.stat(path).st_mode & stat.S_IXUSR:
        raise ToolRunError(f"{path.name} is executable; Hearth does not open it.")
    return "file", str(path)


def open_tool(access: FileAccess | None = None, opener: Opener | None = None) -> Tool:
    """The ``open_with_default_app`` tool; ``opener`` replaces the desktop in tests."""
    open_with = opener or default_opener

    def run(arguments: dict[str, Any], _cancel: CancelToken) -> dict[str, Any]:
        kind, what = check_target(arguments["target"], access)
        open_with(what)
        shown = access.display(Path(what)) if kind == "file" and access else what
        return {"opened": shown, "kind": kind}

    return Tool(
        name="open_with_default_app",
        description="Open a web link (http, https, mailto) or a file from the shared folders "
        "with the user's default application. The user is always asked first.",
        parameters=object_schema(
            {"target": {"type": "string",
                        "description": "The link, or the file's path in the shared folders"}},
            required=["target"],
        ),
        run=run,
        read_only=False,
        always_ask=True,
        group="open",
        timeout_s=15.0,
    )
