"""Secrets in the OS keychain (Keychain, Credential Manager, Secret Service) and nowhere else.

The Hugging Face token, the API key of ``hearth serve``, the keys of added servers and the
secret values of MCP servers never land in a settings file, a log line or an error message: they
go through these three functions, under one service name, each with its own user name. Reading
never fails (no keychain reads as no secret, so the caller asks again or uses another source);
storing or forgetting without a usable keychain is one :class:`KeychainError` that says what to
install.
"""

from __future__ import annotations

from typing import Any

from app.core.errors import HearthError

SERVICE = "hearth"
INSTALL_HINT = "Install a keychain service (for example gnome-keyring or KWallet on Linux)."


class KeychainError(HearthError):
    """The OS keychain is missing, or refused to store or forget a secret."""


def _keyring() -> Any:
    # Imported when first needed: keyring looks for its backends on import (slow on Linux).
    import keyring
    import keyring.errors

    return keyring


def _no_keychain(exc: Exception, what: str, hint: str) -> KeychainError:
    return KeychainError(
        f"No usable system keychain to keep {what} in ({type(exc).__name__}).", hint=hint)


def get_secret(user: str, *, service: str = SERVICE) -> str | None:
    """The secret kept for ``user``; None when there is none or no usable keychain."""
    keyring = _keyring()
    try:
        return keyring.get_password(service, user) or None
    except keyring.errors.KeyringError:
        return None


def set_secret(user: str, value: str, *, what: str, hint: str = INSTALL_HINT,
               service: str = SERVICE) -> None:
    """Keep ``value`` for ``user``, replacing any earlier one. ``what`` names the secret for
    people ("the Hugging Face token"); ``hint`` says what to do without a keychain."""
    keyring = _keyring()
    try:
        keyring.set_password(service, user, value)
    except keyring.errors.KeyringError as exc:  # NoKeyringError, PasswordSetError, ...
        raise _no_keychain(exc, what, hint) from None


def delete_secret(user: str, *, what: str, hint: str = INSTALL_HINT,
                  service: str = SERVICE) -> bool:
    """Forget the secret of ``user``; True when there was one."""
    keyring = _keyring()
    try:
        keyring.delete_password(service, user)
    except keyring.errors.PasswordDeleteError:  # nothing kept under that name
        return False
    except keyring.errors.KeyringError as exc:
        raise _no_keychain(exc, what, hint) from None
    return True
