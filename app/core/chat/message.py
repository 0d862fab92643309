"""One turn of a conversation, as every prompt format and the store see it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["system", "user", "assistant", "ipython"]


@dataclass(frozen=True, slots=True)
class Message:
    """A chat turn. ``ipython`` is Llama 3's role for tool results."""

    role: Role
    content: str
