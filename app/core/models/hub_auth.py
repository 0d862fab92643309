"""The user's Hugging Face token, kept in the OS keychain and nowhere else.

Gated repos (Meta's own Llama repos, some community copies) need a token. Hearth stores it with
``keyring`` (Keychain, Credential Manager, Secret Service) so that it never lands in a settings
file, a log line or an error message; the functions here are the only way in and out.
"""

from __future__ import annotations

import os

from app.core.errors import HearthError

KEYRING_SERVICE = "hearth"
KEYRING_USERNAME = "huggingface"
TOKENS_URL = "https://huggingface.co/settings/tokens"


class KeychainError(HearthError):
    """The OS keychain is missing or refused to store or read the token."""


def _keyring():  # type: ignore[no-untyped-def]
    import keyring
    import keyring.errors

    return keyring


def _no_keychain_error(exc: Exception) -> KeychainError:
    return KeychainError(
        f"No usable system keychain to keep the Hugging Face token in ({type(exc).__name__}).",
        hint="Install a keychain service (for example gnome-keyring or KWallet on Linux), or "
        "set the HF_TOKEN environment variable for this session instead.",
    )


def set_token(token: str) -> None:
    """Store ``token`` in the keychain, replacing any previous one."""
    token = token.strip()
    if not token:
        raise HearthError("The token is empty.", hint=f"Create one at {TOKENS_URL}.")
    if any(c.isspace() for c in token):
        raise HearthError("A Hugging Face token has no spaces in it.",
                          hint=f"Copy it again from {TOKENS_URL}.")
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USERNAME, token)
    except keyring.errors.KeyringError as exc:  # NoKeyringError, PasswordSetError, ...
        raise _no_keychain_error(exc) from None


def clear_token() -> bool:
    """Remove the stored token; True when there was one."""
    keyring = _keyring()
    try:
        if keyring.get_password(KEYRING_SERVICE, KEYRING_USERNAME) is None:
            return False
        keyring.delete_password(KEYRING_SERVICE, KEYRING_USERNAME)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise _no_keychain_error(exc) from None
    return True


def stored_token() -> str | None:
    """The token in the keychain, or None (also when there is no usable keychain)."""
    keyring = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_USERNAME) or None
    except keyring.errors.KeyringError:
        return None


def get_token() -> str | None:
    """The token to send: the keychain's first, then ``HF_TOKEN`` from the environment."""
    return stored_token() or (os.environ.get("HF_TOKEN") or "").strip() or None


def token_source() -> str | None:
    """Where :func:`get_token` finds a token ("keychain", "HF_TOKEN"), never the token."""
    if stored_token():
        return "keychain"
    if (os.environ.get("HF_TOKEN") or "").strip():
        return "HF_TOKEN"
    return None
