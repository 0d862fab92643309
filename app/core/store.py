"""The conversation store: every chat Hearth has had, in one SQLite file.

Why SQLite in WAL mode: each streamed token batch can be committed cheaply while the window
keeps reading, and a committed write survives the process being killed (with
``synchronous=NORMAL`` only a power cut or OS crash can lose the last transactions, never
corrupt the file). So a crash during generation loses nothing already shown.

Threading: the window writes from the GUI thread while a worker thread streams a reply. The
store holds **one** connection opened with ``check_same_thread=False`` and serializes every
operation with a re-entrant lock. Each operation is short, so contention is negligible, and a
single connection means a thread always sees every write, including its own.

Unknown ids: :meth:`ConversationStore.get` returns ``None`` for an unknown conversation (it is
the lookup). Every other method that takes a conversation or message id raises
:class:`KeyError` when that id does not exist.

Damaged files: opening a file that is not a readable SQLite database raises
:class:`~app.core.errors.HearthError` naming the path. The file is never deleted or rewritten,
so the person can keep it and try to recover it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from os import PathLike
from pathlib import Path
from typing import Any, Final, Literal, cast, get_args

import platformdirs

from app.core.chat.message import Message, Role
from app.core.errors import HearthError

__all__ = [
    "DEFAULT_TITLE",
    "MESSAGE_STATUSES",
    "SCHEMA_VERSION",
    "Conversation",
    "ConversationStore",
    "MessageStatus",
    "StoredMessage",
    "default_store_path",
    "make_title",
    "migrate",
]

DEFAULT_TITLE: Final = "New chat"
TITLE_MAX_CHARS: Final = 60

MessageStatus = Literal["complete", "streaming", "cancelled", "error"]
MESSAGE_STATUSES: Final[tuple[str, ...]] = get_args(MessageStatus)
_ROLES: Final[tuple[str, ...]] = get_args(Role)

# SQLite's primary result codes for "this file is damaged / not a database".
_SQLITE_CORRUPT: Final = 11
_SQLITE_NOTADB: Final = 26


def default_store_path() -> Path:
    """Where the history lives for this user; the folder is created so the first run works."""
    directory = platformdirs.user_data_path("Hearth", appauthor=False)
    directory.mkdir(parents=True, exist_ok=True)
    return directory / "conversations.sqlite3"


# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True)
class Conversation:
    """One chat as listed in the sidebar. Timestamps are Unix seconds."""

    id: int
    title: str
    created_at: float
    updated_at: float
    model: str | None
    system_prompt: str | None


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """A persisted turn plus what the UI needs to show it (status, generation stats)."""

    id: int
    conversation_id: int
    role: str
    content: str
    created_at: float
    status: str
    stats: dict[str, Any] | None

    def to_message(self) -> Message:
        """The bare turn, as the prompt formatters consume it."""
        return Message(role=cast(Role, self.role), content=self.content)


# --------------------------------------------------------------------------------------------
# Schema and migrations


def _migrate_0_to_1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE conversations (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            title         TEXT    NOT NULL,
            created_at    REAL    NOT NULL,
            updated_at    REAL    NOT NULL,
            model         TEXT,
            system_prompt TEXT
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE messages (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id INTEGER NOT NULL
                            REFERENCES conversations(id) ON DELETE CASCADE,
            role            TEXT    NOT NULL,
            content         TEXT    NOT NULL,
            created_at      REAL    NOT NULL,
            status          TEXT    NOT NULL DEFAULT 'complete',
            stats           TEXT
        )
        """
    )
    conn.execute("CREATE INDEX messages_by_conversation ON messages(conversation_id, id)")
    conn.execute("CREATE INDEX messages_by_status ON messages(status)")
    conn.execute("CREATE INDEX conversations_by_update ON conversations(updated_at)")


# _MIGRATIONS[n] upgrades a database from schema version n to n + 1. Append new steps (for
# example an ``ALTER TABLE ... ADD COLUMN``); never edit a released one.
_MIGRATIONS: Final[tuple[Callable[[sqlite3.Connection], None], ...]] = (_migrate_0_to_1,)
SCHEMA_VERSION: Final = len(_MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring ``conn``'s schema up to :data:`SCHEMA_VERSION`; returns the version found.

    Each step runs in its own transaction together with the ``user_version`` bump, so an
    interrupted upgrade leaves the file at the last complete version. ``conn`` must be in
    autocommit mode (``isolation_level=None``). A file from a newer Hearth raises
    :class:`HearthError` instead of being touched.
    """
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise _NewerSchemaError(found)
    for version in range(found, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            _MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return found


class _NewerSchemaError(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


# --------------------------------------------------------------------------------------------
# Helpers


def _fold(text: str | None) -> str:
    """Case- and compatibility-insensitive form, so "STRASSE" finds "Straße" and "ﬁ" finds "fi"."""
    if text is None:
        return ""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def _like_escape(text: str) -> str:
    r"""Escape LIKE's wildcards so a query of "50%" or "a_b" matches literally (ESCAPE '\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def make_title(text: str) -> str | None:
    """A sidebar title from a message: first non-blank line, spaces collapsed, at most 60 chars.

    Returns ``None`` when the text has nothing printable to make a title from.
    """
    for line in text.splitlines():
        collapsed = " ".join(line.split())
        if collapsed:
            if len(collapsed) <= TITLE_MAX_CHARS:
                return collapsed
            return collapsed[: TITLE_MAX_CHARS - 1].rstrip() + "…"
    return None


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def _damaged_error(path: Path, exc: BaseException) -> HearthError:
    return HearthError(
        f"Hearth could not read its conversation history at {path}: the file is damaged or is "
        f"not a Hearth database ({exc}).",
        hint="The file has been left exactly as it was. Move or rename it, then start Hearth "
        "again to begin a new, empty history; keep the old file if you want to try to recover "
        "it.",
    )


def _row_to_conversation(row: sqlite3.Row) -> Conversation:
    return Conversation(
        id=row["id"],
        title=row["title"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        model=row["model"],
        system_prompt=row["system_prompt"],
    )


def _row_to_message(row: sqlite3.Row) -> StoredMessage:
    stats = row["stats"]
    return StoredMessage(
        id=row["id"],
        conversation_id=row["conversation_id"],
        role=row["role"],
        content=row["content"],
        created_at=row["created_at"],
        status=row["status"],
        stats=json.loads(stats) if stats is not None else None,
    )


def _check_role(role: str) -> None:
    if role not in _ROLES:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(_ROLES)}")


def _check_status(status: str) -> None:
    if status not in MESSAGE_STATUSES:
        raise ValueError(
            f"unknown message status {status!r}; expected one of {', '.join(MESSAGE_STATUSES)}"
        )


def _dump_stats(stats: dict[str, Any]) -> str:
    if not isinstance(stats, dict):
        raise TypeError(f"stats must be a dict, not {type(stats).__name__}")
    return json.dumps(stats, ensure_ascii=False, allow_nan=False)


# --------------------------------------------------------------------------------------------
# The store

_CONVERSATION_COLUMNS: Final = "id, title, created_at, updated_at, model, system_prompt"
_MESSAGE_COLUMNS: Final = "id, conversation_id, role, content, created_at, status, stats"


class ConversationStore:
    """Persistent chats and their messages, safe to share between the GUI and worker threads.

    Use as a context manager or call :meth:`close`; an unclosed store is still consistent on
    disk, because every method commits before it returns.
    """

    def __init__(self, path: str | PathLike[str]) -> None:
        """Open (creating if needed) and upgrade the database at ``path``.

        Raises :class:`HearthError` if the file cannot be opened or is not a usable database;
        the file is left untouched in that case.
        """
        self._path = Path(path)
        self._lock = threading.RLock()
        self._last_ts = 0.0
        try:
            conn = sqlite3.connect(
                self._path, timeout=10.0, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise self._open_error(exc) from exc
        try:
            conn.row_factory = sqlite3.Row
            # Read before anything writes: a file of random bytes or from a newer Hearth fails
            # here, untouched (even switching to WAL would rewrite its header).
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            if found > SCHEMA_VERSION:
                raise _NewerSchemaError(found)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.create_function("hearth_fold", 1, _fold, deterministic=True)
            migrate(conn)
        except _NewerSchemaError as exc:
            conn.close()
            raise HearthError(
                f"The conversation history at {self._path} was written by a newer version of "
                f"Hearth (schema {exc.version}; this version understands up to "
                f"{SCHEMA_VERSION}).",
                hint="Update Hearth to open it. The file has been left as it was.",
            ) from None
        except sqlite3.Error as exc:
            conn.close()
            raise self._open_error(exc) from exc
        self._conn: sqlite3.Connection | None = conn

    def _open_error(self, exc: sqlite3.Error) -> HearthError:
        if isinstance(exc, sqlite3.DatabaseError) and _is_corruption(exc):
            return _damaged_error(self._path, exc)
        return HearthError(
            f"Hearth could not open its conversation history at {self._path} ({exc}).",
            hint="Check that the file and its folder exist, are readable and writable, and are "
            "not on a read-only or network drive. The file has been left as it was.",
        )

    # -- plumbing ----------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        """The database file, for the About dialog and error messages."""
        return self._path

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the WAL back into the main file."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> ConversationStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the conversation store is closed")
        return self._conn

    def _now(self) -> float:
        # Strictly increasing within this process, so "most recently updated first" is
        # deterministic even for changes made within the clock's resolution.
        now = time.time()
        if now <= self._last_ts:
            now = self._last_ts + 1e-6
        self._last_ts = now
        return now

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._connection()
            except sqlite3.DatabaseError as exc:
                if _is_corruption(exc):
                    raise _damaged_error(self._path, exc) from exc
                raise

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One atomic transaction, taken IMMEDIATE so another Hearth process cannot deadlock it."""
        with self._lock:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.DatabaseError as exc:
                if _is_corruption(exc):
                    raise _damaged_error(self._path, exc) from exc
                raise

    @staticmethod
    def _require_conversation(conn: sqlite3.Connection, conv_id: int) -> None:
        if conn.execute("SELECT 1 FROM conversations WHERE id = ?", (conv_id,)).fetchone() is None:
            raise KeyError(conv_id)

    def _touch(self, conn: sqlite3.Connection, conv_id: int, now: float) -> None:
        conn.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conv_id))

    def _set_field(self, conv_id: int, column: str, value: str | None) -> None:
        with self._write() as conn:
            cur = conn.execute(
                f"UPDATE conversations SET {column} = ?, updated_at = ? WHERE id = ?",
                (value, self._now(), conv_id),
            )
            if cur.rowcount == 0:
                raise KeyError(conv_id)

    # -- conversations -----------------------------------------------------------------------

    def create_conversation(
        self,
        title: str = DEFAULT_TITLE,
        model: str | None = None,
        system_prompt: str | None = None,
    ) -> Conversation:
        """Start an empty chat; it becomes the most recently updated one.

        A blank ``title`` becomes :data:`DEFAULT_TITLE`, so :meth:`auto_title` can name it later.
        """
        title = title.strip() or DEFAULT_TITLE
        with self._write() as conn:
            now = self._now()
            cur = conn.execute(
                "INSERT INTO conversations (title, created_at, updated_at, model, system_prompt)"
                " VALUES (?, ?, ?, ?, ?)",
                (title, now, now, model, system_prompt),
            )
            conv_id = cur.lastrowid
        assert conv_id is not None
        return Conversation(conv_id, title, now, now, model, system_prompt)

    def get(self, conv_id: int) -> Conversation | None:
        """The conversation, or ``None`` if there is none with this id (never raises KeyError)."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", (conv_id,)
            ).fetchone()
        return _row_to_conversation(row) if row is not None else None

    def rename(self, conv_id: int, title: str) -> None:
        """Give a chat the title a person typed (surrounding whitespace dropped).

        Raises ValueError for a blank title and KeyError for an unknown id.
        """
        title = title.strip()
        if not title:
            raise ValueError("a conversation title cannot be blank")
        self._set_field(conv_id, "title", title)

    def set_model(self, conv_id: int, model: str | None) -> None:
        """Remember which model this chat uses, so reopening it reselects that model."""
        self._set_field(conv_id, "model", model)

    def set_system_prompt(self, conv_id: int, text: str | None) -> None:
        """Store this chat's system prompt (``None`` or ``""`` clears it)."""
        self._set_field(conv_id, "system_prompt", text or None)

    def delete(self, conv_id: int) -> None:
        """Delete a chat and, through the foreign key's cascade, all of its messages."""
        with self._write() as conn:
            cur = conn.execute("DELETE FROM conversations WHERE id = ?", (conv_id,))
            if cur.rowcount == 0:
                raise KeyError(conv_id)

    def list_conversations(self, limit: int | None = None) -> list[Conversation]:
        """Chats for the sidebar, most recently updated first (ties: newest id first)."""
        if limit is not None and limit < 0:
            raise ValueError("limit must be non-negative")
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_CONVERSATION_COLUMNS} FROM conversations"
                " ORDER BY updated_at DESC, id DESC LIMIT ?",
                (-1 if limit is None else limit,),
            ).fetchall()
        return [_row_to_conversation(r) for r in rows]

    def search(self, query: str) -> list[Conversation]:
        """Chats whose title or any message contains ``query``, most recently updated first.

        Matching is a case-insensitive substring test that also folds Unicode case ("Straße"
        matches "STRASSE"); ``%``, ``_`` and ``\\`` in the query match literally. A blank query
        returns every conversation, like a cleared search box.
        """
        if not query.strip():
            return self.list_conversations()
        pattern = "%" + _like_escape(_fold(query)) + "%"
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_CONVERSATION_COLUMNS} FROM conversations AS c"
                " WHERE hearth_fold(c.title) LIKE :p ESCAPE '\\'"
                " OR EXISTS (SELECT 1 FROM messages AS m WHERE m.conversation_id = c.id"
                "            AND hearth_fold(m.content) LIKE :p ESCAPE '\\')"
                " ORDER BY c.updated_at DESC, c.id DESC",
                {"p": pattern},
            ).fetchall()
        return [_row_to_conversation(r) for r in rows]

    def auto_title(self, conv_id: int, first_user_text: str) -> bool:
        """Name a chat after its first user message, unless someone already named it.

        Only a chat still titled :data:`DEFAULT_TITLE` changes. Returns whether it did.
        Raises KeyError for an unknown id.
        """
        title = make_title(first_user_text)
        with self._write() as conn:
            self._require_conversation(conn, conv_id)
            if title is None:
                return False
            cur = conn.execute(
                "UPDATE conversations SET title = ?, updated_at = ? WHERE id = ? AND title = ?",
                (title, self._now(), conv_id, DEFAULT_TITLE),
            )
            return cur.rowcount == 1

    # -- messages ----------------------------------------------------------------------------

    def messages(self, conv_id: int) -> list[StoredMessage]:
        """A chat's turns in the order they were added. Raises KeyError for an unknown id."""
        with self._read() as conn:
            self._require_conversation(conn, conv_id)
            rows = conn.execute(
                f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY id",
                (conv_id,),
            ).fetchall()
        return [_row_to_message(r) for r in rows]

    def add_message(
        self,
        conv_id: int,
        role: str,
        content: str,
        status: str = "complete",
        stats: dict[str, Any] | None = None,
    ) -> StoredMessage:
        """Append a turn; use ``status="streaming"`` for a reply that is still being generated.

        Raises KeyError for an unknown conversation and ValueError for an unknown role/status.
        """
        _check_role(role)
        _check_status(status)
        stats_json = _dump_stats(stats) if stats is not None else None
        with self._write() as conn:
            self._require_conversation(conn, conv_id)
            now = self._now()
            cur = conn.execute(
                "INSERT INTO messages (conversation_id, role, content, created_at, status, stats)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (conv_id, role, content, now, status, stats_json),
            )
            msg_id = cur.lastrowid
            self._touch(conn, conv_id, now)
        assert msg_id is not None
        stored_stats = json.loads(stats_json) if stats_json is not None else None
        return StoredMessage(msg_id, conv_id, role, content, now, status, stored_stats)

    def update_message(
        self,
        msg_id: int,
        content: str | None = None,
        status: str | None = None,
        stats: dict[str, Any] | None = None,
    ) -> StoredMessage:
        """Save a streaming reply's progress (or its final state); committed before returning.

        Call it as tokens arrive so that a crash or kill loses nothing already shown. Arguments
        left as ``None`` keep their stored value. Returns the updated message; raises KeyError
        for an unknown id.
        """
        if status is not None:
            _check_status(status)
        stats_json = _dump_stats(stats) if stats is not None else None
        with self._write() as conn:
            row = conn.execute(
                "SELECT conversation_id FROM messages WHERE id = ?", (msg_id,)
            ).fetchone()
            if row is None:
                raise KeyError(msg_id)
            conn.execute(
                "UPDATE messages SET content = coalesce(?, content),"
                " status = coalesce(?, status), stats = coalesce(?, stats) WHERE id = ?",
                (content, status, stats_json, msg_id),
            )
            self._touch(conn, row["conversation_id"], self._now())
            updated = conn.execute(
                f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE id = ?", (msg_id,)
            ).fetchone()
        return _row_to_message(updated)

    def delete_messages_from(self, msg_id: int) -> int:
        """Delete this message and every later one in its chat ("regenerate", "edit and resend").

        Other conversations are untouched. Returns how many messages were deleted; raises
        KeyError for an unknown id.
        """
        with self._write() as conn:
            row = conn.execute(
                "SELECT conversation_id FROM messages WHERE id = ?", (msg_id,)
            ).fetchone()
            if row is None:
                raise KeyError(msg_id)
            conv_id = row["conversation_id"]
            cur = conn.execute(
                "DELETE FROM messages WHERE conversation_id = ? AND id >= ?", (conv_id, msg_id)
            )
            self._touch(conn, conv_id, self._now())
            return cur.rowcount

    def recover_interrupted(self) -> int:
        """At startup, mark replies left "streaming" by a crash as "cancelled", keeping the text.

        Call it before anything starts generating: it cannot tell a reply that another running
        Hearth process is streaming from one orphaned by a crash. Returns how many changed.
        """
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE messages SET status = 'cancelled' WHERE status = 'streaming'"
            )
            return cur.rowcount

    # -- export ------------------------------------------------------------------------------

    def _require(self, conv_id: int) -> Conversation:
        conv = self.get(conv_id)
        if conv is None:
            raise KeyError(conv_id)
        return conv

    def export_markdown(self, conv_id: int) -> str:
        """The chat as a Markdown document a person can read or share; contents are verbatim.

        Raises KeyError for an unknown id.
        """
        with self._lock:  # one consistent snapshot of the conversation and its messages
            conv = self._require(conv_id)
            msgs = self.messages(conv_id)
        title = " ".join(conv.title.split()) or DEFAULT_TITLE
        parts = [f"# {title}", ""]
        if conv.model:
            parts += [f"*Model: {conv.model}*", ""]
        if conv.system_prompt:
            parts += ["## System prompt", "", conv.system_prompt, ""]
        for msg in msgs:
            heading = f"## {msg.role.capitalize()}"
            if msg.status != "complete":
                heading += f" ({msg.status})"
            parts += [heading, "", msg.content, ""]
            if msg.role == "assistant" and msg.stats:
                line = " · ".join(f"{key}: {value}" for key, value in msg.stats.items())
                parts += [f"*{line}*", ""]
        return "\n".join(parts)

    def export_json(self, conv_id: int) -> dict[str, Any]:
        """The chat as plain JSON-serializable data, for backups and other tools.

        Raises KeyError for an unknown id.
        """
        with self._lock:
            conv = self._require(conv_id)
            msgs = self.messages(conv_id)
        data: dict[str, Any] = {"format": "hearth-conversation", "format_version": 1}
        data.update(asdict(conv))
        data["messages"] = [
            {k: v for k, v in asdict(m).items() if k != "conversation_id"} for m in msgs
        ]
        return data
