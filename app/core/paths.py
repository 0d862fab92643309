"""Where Hearth keeps its files (platformdirs), overridable with ``HEARTH_HOME``.

``HEARTH_HOME`` puts data, settings and models under one folder: tests use it so they never
touch the user's real folders, and portable installs can use it too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

APP_NAME = "Hearth"


def _home() -> Path | None:
    value = os.environ.get("HEARTH_HOME")
    return Path(value).expanduser() if value else None


def _folder(name: str, default: Callable[[], Path]) -> Path:
    """``HEARTH_HOME/name`` when set, else the platform's folder; created when missing."""
    home = _home()
    path = home / name if home else default()
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Conversations and other user data."""
    return _folder("data", lambda: platformdirs.user_data_path(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Settings."""
    return _folder("config", lambda: platformdirs.user_config_path(APP_NAME, appauthor=False))


def models_dir() -> Path:
    """Downloaded and imported GGUF files."""
    return _folder("models", lambda: data_dir() / "models")


def log_dir() -> Path:
    return _folder("logs", lambda: platformdirs.user_log_path(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Files Hearth can rebuild (e.g. encoded pictures); safe to delete."""
    return _folder("cache", lambda: platformdirs.user_cache_path(APP_NAME, appauthor=False))
