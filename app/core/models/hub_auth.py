"""The user's Hugging Face token, kept in the OS keychain and nowhere else.

Gated repos (Meta's own Llama repos, some community copies) need a token. Hearth stores it with
the OS keychain (``app.core.secrets``) so that it never lands in a settings file, a log line or
an error message; the functions here are the only way in and out.
"""

from __future__ import annotations

import os

from app.core.errors import HearthError
from app.core.secrets import INSTALL_HINT, KeychainError, delete_secret, get_secret, set_secret

__all__ = ["KEYRING_USERNAME", "TOKENS_URL", "KeychainError", "clear_token", "get_token",
           "set_token", "stored_token", "token_source"]  # KeychainError: what set_token raises

KEYRING_USERNAME = "huggingface"
TOKENS_URL = "https://huggingface.co/settings/tokens"
_WHAT = "the Hugging Face token"
_HINT = INSTALL_HINT[:-1] + ", or set the HF_TOKEN environment variable for this session instead."


def set_token(token: str) -> None:
    """Store ``token`` in the keychain, replacing any previous one."""
    token = token.strip()
    if not token:
        raise HearthError("The token is empty.", hint=f"Create one at {TOKENS_URL}.")
    if any(c.isspace() for c in token):
        raise HearthError("A Hugging Face token has no spaces in it.",
                          hint=f"Copy it again from {TOKENS_URL}.")
    set_secret(KEYRING_USERNAME, token, what=_WHAT, hint=_HINT)


def clear_token() -> bool:
    """Remove the stored token; True when there was one."""
    return delete_secret(KEYRING_USERNAME, what=_WHAT, hint=_HINT)


def stored_token() -> str | None:
    """The token in the keychain, or None (also when there is no usable keychain)."""
    return get_secret(KEYRING_USERNAME)


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
