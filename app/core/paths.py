"""Where Hearth keeps its files (platformdirs), overridable with ``HEARTH_HOME``.

``HEARTH_HOME`` puts data, settings and models under one folder: tests use it so they never
touch the user's real folders, and portable installs can use it too.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Hearth"


def _home() -> Path | None:
    value = os.environ.get("HEARTH_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Conversations and other user data."""
    home = _home()
    path = home / "data" if home else platformdirs.user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Settings."""
    home = _home()
    path = home / "config" if home else platformdirs.user_config_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    """Downloaded and imported GGUF files."""
    home = _home()
    path = home / "models" if home else data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home()
    path = home / "logs" if home else platformdirs.user_log_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Files Hearth can rebuild (e.g. encoded pictures); safe to delete."""
    home = _home()
    path = home / "cache" if home else platformdirs.user_cache_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path
