"""The safety policy a person sets in Settings, and its password lock.

Off by default. When on, Hearth checks the person's messages, the answers, or both with Llama
Guard 3, and on "unsafe" either blocks (the message is not answered; an answer is cut at the
last checked sentence) or warns and shows. On a shared computer the policy can be locked with
a password: only a salted scrypt hash of it is stored, never the password.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
from dataclasses import dataclass, field, fields
from typing import Literal

from app.core.errors import HearthError
from app.core.safety.prompt import active_codes, check_codes

Action = Literal["block", "warn"]

# scrypt's cost: about 50 ms and 16 MiB on a laptop, so guessing is slow but unlocking is not.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": 32}


class PolicyLockedError(HearthError):
    """The safety settings are locked and the password given is wrong or missing."""


@dataclass(slots=True)
class GuardPolicy:
    """What Settings says about the safety layer (stored as a dict inside Settings)."""

    enabled: bool = False
    check_prompts: bool = True
    check_answers: bool = True
    action: Action = "block"
    excluded: list[str] = field(default_factory=list)  # category codes left out, e.g. ["S7"]
    model: str | None = None  # a GGUF path or installed name; None: Llama Guard 3 1B
    # Messages with a picture: judged by Llama Guard 3 11B Vision when installed and allowed
    # by the licence-region check (else the text guard judges the text, and says so).
    check_images: bool = True
    vision_model: str | None = None  # a GGUF path or installed name; None: the installed one
    lock_salt: str | None = None  # hex
    lock_hash: str | None = None  # hex scrypt(password, salt)

    # -- storage --------------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, raw: object) -> GuardPolicy:
        """Read the stored dict; wrong-typed or unknown entries fall back to the defaults."""
        policy = cls()
        if not isinstance(raw, dict):
            return policy
        for name in ("enabled", "check_prompts", "check_answers", "check_images"):
            if isinstance(raw.get(name), bool):
                setattr(policy, name, raw[name])
        if raw.get("action") in ("block", "warn"):
            policy.action = raw["action"]
        excluded = raw.get("excluded")
        if isinstance(excluded, list) and all(isinstance(c, str) for c in excluded):
            with contextlib.suppress(HearthError):
                policy.excluded = list(check_codes(excluded))
        for name in ("model", "vision_model", "lock_salt", "lock_hash"):
            if isinstance(raw.get(name), str):
                setattr(policy, name, raw[name])
        return policy

    def to_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    # -- what to check ----------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.enabled and (self.check_prompts or self.check_answers)

    def codes(self) -> tuple[str, ...]:
        """The categories listed in the guard's prompt (S1–S13 less the excluded ones)."""
        return active_codes(self.excluded)

    # -- the lock -------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return bool(self.lock_hash and self.lock_salt)

    def lock(self, password: str) -> None:
        """Lock the policy with ``password`` (at least 4 characters)."""
        if len(password) < 4:
            raise HearthError("Choose a password of at least 4 characters.")
        salt = os.urandom(16)
        self.lock_salt = salt.hex()
        self.lock_hash = _hash(password, salt).hex()

    def password_ok(self, password: str) -> bool:
        """True when ``password`` is the lock's (always True when not locked)."""
        if not self.locked:
            return True
        assert self.lock_salt is not None and self.lock_hash is not None
        try:
            salt = bytes.fromhex(self.lock_salt)
            expected = bytes.fromhex(self.lock_hash)
        except ValueError:
            return False
        return hmac.compare_digest(_hash(password, salt), expected)

    def unlock(self, password: str) -> None:
        """Remove the lock; PolicyLockedError when the password is wrong."""
        if not self.password_ok(password):
            raise PolicyLockedError("That is not the password of the safety settings.")
        self.lock_salt = self.lock_hash = None


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, **_SCRYPT)


def apply_change(current: GuardPolicy, new: GuardPolicy, password: str | None = None
                 ) -> GuardPolicy:
    """``new`` if the change is allowed: a locked policy changes only with its password.

    The lock itself travels: a locked policy stays locked with the same hash unless the
    change unlocks it (``new`` without a lock, with the right password).
    """
    if not current.locked:
        return new
    if password is None or not current.password_ok(password):
        raise PolicyLockedError("The safety settings are locked; enter their password to "
                                "change them.")
    return new
