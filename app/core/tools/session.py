"""Tool conversations saved like any other: every turn, including the tool results.

:class:`ToolChatSession` runs a :class:`ToolLoop` and writes each turn to the
:class:`ConversationStore` as it happens: the model's call turns and final answer as
``assistant`` messages (streamed answers saved while they grow, as :class:`ChatSession` does),
each tool result as an ``ipython`` message whose ``stats`` hold the call record (name,
arguments, status, result or error, duration, how it was approved) - the cards the window
shows, and what a later turn sends back to the model.

Which tools a conversation uses and its approval policy are kept per conversation in a small
JSON file next to the history (:func:`load_tool_prefs`, :func:`save_tool_prefs`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.core.engine.base import CancelToken, TokenEvent
from app.core.jsonfile import write_json_atomic
from app.core.paths import data_dir
from app.core.session import ChatSession, StreamingSave, save_user_turn
from app.core.store import ConversationStore
from app.core.tools.approval import ApprovalPolicy
from app.core.tools.loop import (
    AssistantTurn,
    LoopEvent,
    ToolLoop,
    ToolResult,
    ToolRoundStarted,
)

__all__ = ["ToolChatSession", "ToolPrefs", "load_tool_prefs", "save_tool_prefs"]

_prefs_lock = threading.Lock()


@dataclass(slots=True)
class ToolPrefs:
    """A conversation's tool choices: enabled tools or groups, policy, "always" answers, and
    the folders its file tools may use."""

    enabled: list[str] = field(default_factory=list)
    policy: str = ApprovalPolicy.READ_ONLY.value
    always: list[str] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)


def _prefs_path() -> Path:
    return data_dir() / "tool_prefs.json"


def _read_all(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def load_tool_prefs(conversation_id: int, path: Path | None = None) -> ToolPrefs:
    """The conversation's tool choices; defaults (no tools) when none were saved."""
    entry = _read_all(path or _prefs_path()).get(str(conversation_id))
    if not isinstance(entry, dict):
        return ToolPrefs()
    policy = entry.get("policy")
    if policy not in {p.value for p in ApprovalPolicy}:
        policy = ApprovalPolicy.READ_ONLY.value
    def names(key: str) -> list[str]:
        value = entry.get(key)
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
    return ToolPrefs(enabled=names("enabled"), policy=policy, always=names("always"),
                     folders=names("folders"))


def save_tool_prefs(conversation_id: int, prefs: ToolPrefs, path: Path | None = None) -> None:
    """Save the conversation's tool choices (atomically)."""
    path = path or _prefs_path()
    with _prefs_lock:
        data = _read_all(path)
        data[str(conversation_id)] = asdict(prefs)
        write_json_atomic(path, data, indent=1)


class ToolChatSession:
    """Turns "send this text" into a saved tool conversation."""

    def __init__(self, store: ConversationStore, *, save_interval: float = 0.25) -> None:
        self.store = store
        self.save_interval = save_interval

    def run(
        self,
        conversation_id: int,
        text: str | None,
        loop: ToolLoop,
        cancel: CancelToken,
        *,
        model: str = "",
    ) -> Iterator[LoopEvent]:
        """Save ``text`` as the user's turn (None: answer the last one again), run the loop,
        save every turn it produces, and re-yield its events."""
        if text is not None:
            save_user_turn(self.store, conversation_id, text)
        if model:
            self.store.set_model(conversation_id, model)
        history = ChatSession(self.store).history(conversation_id)
        current: int | None = None
        saver: StreamingSave | None = None
        try:
            for event in loop.run(history, cancel):
                if isinstance(event, ToolRoundStarted):
                    current = self.store.add_message(conversation_id, "assistant", "",
                                                     status="streaming").id
                    saver = StreamingSave(self.store, current, self.save_interval)
                elif isinstance(event, TokenEvent) and saver is not None and current is not None:
                    saver.add(event.text)
                elif isinstance(event, AssistantTurn) and current is not None:
                    stats: dict[str, Any] = event.stats.as_dict()
                    if event.calls:
                        stats["tool_calls"] = [
                            {"name": c.name, "arguments": c.arguments} for c in event.calls
                        ]
                    if event.status == "cancelled" and not event.message.content:
                        self.store.delete_messages_from(current)
                    else:
                        self.store.update_message(current, content=event.message.content,
                                                  status=event.status, stats=stats)
                    current = None
                elif isinstance(event, ToolResult):
                    self.store.add_message(conversation_id, "ipython", event.message.content,
                                           stats={"tool_call": event.record.as_dict()})
                yield event
        except BaseException:
            if current is not None and saver is not None:
                if saver.parts:
                    self.store.update_message(current, content=saver.text, status="cancelled")
                else:
                    self.store.delete_messages_from(current)
            raise
