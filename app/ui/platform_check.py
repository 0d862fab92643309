"""Before the window opens on Linux: can Qt's X11 platform plugin load?

Since Qt 6.5 the xcb plugin needs ``libxcb-cursor0``, which many desktops lack. Without it Qt
prints a developer's message about "no Qt platform plugin could be initialized" and aborts
the process. Hearth tries to load the plugin's libraries first and, when one is missing, says
in one sentence what to install, then exits with 1.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

# The libraries Qt's xcb plugin needs that desktops may lack: Debian/Ubuntu and Fedora names.
XCB_PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
}
_CANNOT_OPEN = re.compile(r"([\w.+-]+\.so[.\d]*): cannot open shared object file")


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will pick its X11 plugin: asked for, or the default on an X11 session."""
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def xcb_plugin(environ: Mapping[str, str]) -> Path | None:
    """The xcb platform plugin file Qt would load, or None when there is none to check."""
    folders = [Path(p) for p in environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep)
               if p]
    if not folders:
        from PySide6.QtCore import QLibraryInfo

        plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
        folders = [Path(plugins) / "platforms"]
    return next((f / "libqxcb.so" for f in folders if (f / "libqxcb.so").is_file()), None)


def missing_library(plugin: Path) -> str | None:
    """The system library the plugin cannot find (its file name), or None when it loads.

    Qt's own libraries are not the system's business: when one of those is the problem, Qt
    is left to report it."""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        found = _CANNOT_OPEN.search(str(exc))
        if found and not found.group(1).startswith(("libQt", "libicu", "libpyside",
                                                    "libshiboken")):
            return found.group(1)
    return None


def install_sentence(library: str) -> str:
    """What a person reads: which library is missing and the command that installs it."""
    debian, fedora = XCB_PACKAGES.get(library, (None, None))
    how = (f"install it with `sudo apt install {debian}` (Debian, Ubuntu) or "
           f"`sudo dnf install {fedora}` (Fedora)" if debian else
           "install the package of your distribution that provides it")
    return (f"Hearth cannot open its window: Qt's X11 support needs {library}, which this "
            f"system lacks; {how}, then start Hearth again.")


def xcb_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """The sentence to print instead of opening the window, or None when all is well."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or not uses_xcb(env):
        return None
    plugin = xcb_plugin(env)
    if plugin is None:
        return None
    library = missing_library(plugin)
    return install_sentence(library) if library else None
