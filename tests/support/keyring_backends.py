"""Real ``keyring`` backends for tests: one in memory, one in a JSON file for subprocesses.

Why: the token code must run through keyring's real API (``set_keyring`` /
``PYTHON_KEYRING_BACKEND``) without touching the developer's own keychain. The file backend
lets a ``hearth models login`` subprocess store a token that a later ``pull`` subprocess reads;
its path comes from ``HEARTH_TEST_KEYRING_FILE``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class InMemoryKeyring(KeyringBackend):
    """Only ever used when a test installs it with ``keyring.set_keyring``."""

    @properties.classproperty
    def priority(cls) -> float:
        # Not viable for keyring's automatic choice: every subclass of KeyringBackend that is
        # imported takes part in it, and a test backend must never become the default.
        raise RuntimeError("test backend; install it with keyring.set_keyring()")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class FileKeyring(KeyringBackend):
    """Viable only where ``HEARTH_TEST_KEYRING_FILE`` is set (the CLI subprocesses)."""

    @properties.classproperty
    def priority(cls) -> float:
        if "HEARTH_TEST_KEYRING_FILE" not in os.environ:
            raise RuntimeError("HEARTH_TEST_KEYRING_FILE is not set")
        return 1

    @property
    def path(self) -> Path:
        return Path(os.environ["HEARTH_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self.path.write_text(json.dumps(data), encoding="utf-8")
