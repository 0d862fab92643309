"""A conversation being answered: the store and an engine, glued so nothing shown is lost.

The window and the self-test run :meth:`ChatSession.reply` on a worker thread. It saves the user
message before generation starts, saves the streamed answer every ``save_interval`` seconds
while it grows, and marks it complete, cancelled or failed at the end — so a crash or a kill
loses at most the last fraction of a second, never a whole turn.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    Engine,
    GenerationEvent,
    GenerationRequest,
    SamplingParams,
    TokenEvent,
)
from app.core.errors import QT_TRANSLATE_NOOP, EmptyPromptError, HearthError
from app.core.store import ConversationStore, StoredMessage


@dataclass(frozen=True, slots=True)
class PendingReply:
    """What :meth:`ChatSession.begin` saved: the user's turn and the empty answer to fill."""

    conversation_id: int
    user_message: StoredMessage | None
    assistant_message: StoredMessage
    request: GenerationRequest


class StreamingSave:
    """A growing answer saved to the store at most every ``interval`` seconds."""

    def __init__(self, store: ConversationStore, message_id: int, interval: float) -> None:
        self.store = store
        self.message_id = message_id
        self.interval = interval
        self.parts: list[str] = []
        self._last = time.monotonic()

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add(self, piece: str) -> None:
        self.parts.append(piece)
        now = time.monotonic()
        if now - self._last >= self.interval:
            self.store.update_message(self.message_id, content=self.text)
            self._last = now


def save_user_turn(store: ConversationStore, conversation_id: int, text: str) -> StoredMessage:
    """Store what the person typed (and name the chat after its first message)."""
    if not text.strip():
        raise EmptyPromptError.of(
            QT_TRANSLATE_NOOP("core", "There is nothing to send; type a message first."))
    message = store.add_message(conversation_id, "user", text)
    store.auto_title(conversation_id, text)
    return message


class ChatSession:
    """Turns "send this text" into stored messages and a generation request."""

    def __init__(self, store: ConversationStore, *, save_interval: float = 0.25) -> None:
        self.store = store
        self.save_interval = save_interval

    def history(self, conversation_id: int) -> list[Message]:
        """The messages to send: system prompt first, failed or empty turns left out."""
        return [message for _, message in self._sent(conversation_id)]

    def history_ids(self, conversation_id: int) -> list[int | None]:
        """The stored id of each message :meth:`history` sends (None for the system prompt)."""
        return [message_id for message_id, _ in self._sent(conversation_id)]

    def _sent(self, conversation_id: int) -> list[tuple[int | None, Message]]:
        conv = self.store.get(conversation_id)
        if conv is None:
            raise KeyError(conversation_id)
        sent: list[tuple[int | None, Message]] = []
        if conv.system_prompt:
            sent.append((None, Message("system", conv.system_prompt)))
        for stored in self.store.messages(conversation_id):
            if stored.status == "error" or (stored.role == "assistant" and not stored.content):
                continue
            sent.append((stored.id, stored.to_message()))
        return sent

    def begin(
        self, conversation_id: int, text: str | None, sampling: SamplingParams, model: str
    ) -> PendingReply:
        """Save the user's text (None: regenerate the last answer) and an empty answer."""
        user_message = None
        if text is not None:
            user_message = save_user_turn(self.store, conversation_id, text)
        else:
            stored = self.store.messages(conversation_id)
            while stored and stored[-1].role == "assistant":
                self.store.delete_messages_from(stored[-1].id)
                stored.pop()
            if not stored or stored[-1].role != "user":
                raise HearthError.of(
                    QT_TRANSLATE_NOOP("core", "There is no question to answer again."))
        self.store.set_model(conversation_id, model)
        messages = self.history(conversation_id)
        assistant = self.store.add_message(conversation_id, "assistant", "", status="streaming")
        return PendingReply(
            conversation_id, user_message, assistant,
            GenerationRequest(messages=messages, sampling=sampling),
        )

    def reply(
        self, engine: Engine, pending: PendingReply, cancel: CancelToken
    ) -> Iterator[GenerationEvent]:
        """Run the engine, saving the answer as it streams; re-yields the engine's events."""
        msg_id = pending.assistant_message.id
        saver = StreamingSave(self.store, msg_id, self.save_interval)
        try:
            for event in engine.generate(pending.request, cancel):
                if isinstance(event, TokenEvent):
                    saver.add(event.text)
                elif isinstance(event, DoneEvent):
                    status = "cancelled" if event.stats.stop_reason == "cancelled" else "complete"
                    self.store.update_message(
                        msg_id, content=event.text, status=status, stats=event.stats.as_dict()
                    )
                yield event
        except BaseException as exc:
            if saver.parts:
                # Kept and marked: "interrupted" when the engine failed midway (a server that
                # dropped the stream), with its sentence; else stopped.
                stats = ({"stop_reason": "interrupted", "error": str(exc)}
                         if isinstance(exc, HearthError) else None)
                self.store.update_message(msg_id, content=saver.text, status="cancelled",
                                          stats=stats)
            else:
                # Nothing was generated (e.g. the prompt did not fit): drop the empty answer and
                # keep the user's text, marked so it is shown but not sent again.
                self.store.delete_messages_from(msg_id)
                if pending.user_message is not None:
                    self.store.update_message(pending.user_message.id, status="error")
            raise
