"""The conversation store against real SQLite files: persistence, crash safety, threads."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from app.core.chat.message import Message
from app.core.errors import HearthError
from app.core.store import (
    DEFAULT_TITLE,
    SCHEMA_VERSION,
    Conversation,
    ConversationStore,
    StoredMessage,
    default_store_path,
    make_title,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "conversations.sqlite3"


@pytest.fixture
def store(db_path: Path):
    s = ConversationStore(db_path)
    yield s
    s.close()


def _raw(path: Path) -> sqlite3.Connection:
    """A plain connection, to check what is really on disk without going through the store."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


# --- opening -------------------------------------------------------------------------------


def test_fresh_file_gets_schema_wal_and_foreign_keys(db_path: Path) -> None:
    with ConversationStore(db_path) as s:
        assert s.path == db_path
        conn = s._connection()
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        # NORMAL is 1.
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1
    raw = _raw(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"conversations", "messages"} <= tables
    finally:
        raw.close()


def test_reopening_does_not_rerun_migrations(db_path: Path) -> None:
    with ConversationStore(db_path) as s:
        conv = s.create_conversation("kept")
    # A second migration run would fail on CREATE TABLE or wipe data; neither may happen.
    with ConversationStore(db_path) as s:
        assert s.get(conv.id) == conv


@pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="only Linux (XDG_DATA_HOME) lets the test redirect the user data folder",
)
def test_default_store_path_is_in_user_data_dir_and_creates_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = default_store_path()
    assert path == tmp_path / "xdg" / "Hearth" / "conversations.sqlite3"
    assert path.parent.is_dir()


def test_corrupt_file_raises_hearth_error_and_is_kept(db_path: Path) -> None:
    garbage = os.urandom(8192)
    db_path.write_bytes(garbage)
    with pytest.raises(HearthError) as info:
        ConversationStore(db_path)
    err = info.value
    assert str(db_path) in err.message
    assert "damaged" in err.message
    assert err.hint and "left exactly as it was" in err.hint
    assert db_path.read_bytes() == garbage
    assert not Path(f"{db_path}-wal").exists()


def test_unreadable_path_raises_hearth_error(tmp_path: Path) -> None:
    directory = tmp_path / "a-directory"
    directory.mkdir()
    with pytest.raises(HearthError) as info:
        ConversationStore(directory)
    assert str(directory) in info.value.message
    assert info.value.hint


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(HearthError, match="newer version"):
        ConversationStore(db_path)
    assert db_path.read_bytes() == before


# --- conversations -------------------------------------------------------------------------


def test_create_get_rename_delete(store: ConversationStore) -> None:
    conv = store.create_conversation(model="llama-3.2-1b", system_prompt="Be brief.")
    assert isinstance(conv, Conversation)
    assert conv.title == DEFAULT_TITLE
    assert conv.created_at == conv.updated_at
    assert store.get(conv.id) == conv

    store.rename(conv.id, "  Trip planning  ")
    renamed = store.get(conv.id)
    assert renamed is not None
    assert renamed.title == "Trip planning"
    assert renamed.updated_at > conv.updated_at
    assert renamed.model == "llama-3.2-1b"
    assert renamed.system_prompt == "Be brief."

    with pytest.raises(ValueError):
        store.rename(conv.id, "   ")

    store.delete(conv.id)
    assert store.get(conv.id) is None
    assert store.list_conversations() == []


def test_unknown_ids_get_none_everything_else_keyerror(store: ConversationStore) -> None:
    assert store.get(999) is None
    for call in (
        lambda: store.rename(999, "x"),
        lambda: store.delete(999),
        lambda: store.messages(999),
        lambda: store.add_message(999, "user", "hi"),
        lambda: store.update_message(999, content="x"),
        lambda: store.delete_messages_from(999),
        lambda: store.set_model(999, "m"),
        lambda: store.set_system_prompt(999, "s"),
        lambda: store.auto_title(999, "hello"),
        lambda: store.export_markdown(999),
        lambda: store.export_json(999),
    ):
        with pytest.raises(KeyError):
            call()


def test_delete_cascades_to_messages(store: ConversationStore, db_path: Path) -> None:
    doomed = store.create_conversation("doomed")
    kept = store.create_conversation("kept")
    store.add_message(doomed.id, "user", "one")
    store.add_message(doomed.id, "assistant", "two")
    store.add_message(kept.id, "user", "stays")

    store.delete(doomed.id)

    raw = _raw(db_path)
    try:
        rows = raw.execute("SELECT conversation_id, content FROM messages").fetchall()
    finally:
        raw.close()
    assert [(r["conversation_id"], r["content"]) for r in rows] == [(kept.id, "stays")]


def test_list_orders_by_updated_at_and_respects_limit(store: ConversationStore) -> None:
    a = store.create_conversation("a")
    b = store.create_conversation("b")
    c = store.create_conversation("c")
    assert [x.id for x in store.list_conversations()] == [c.id, b.id, a.id]

    store.add_message(a.id, "user", "bump a")
    assert [x.id for x in store.list_conversations()] == [a.id, c.id, b.id]

    store.set_model(b.id, "llama-3.2-3b")
    assert [x.id for x in store.list_conversations()] == [b.id, a.id, c.id]
    assert [x.id for x in store.list_conversations(limit=2)] == [b.id, a.id]
    assert store.list_conversations(limit=0) == []

    updated = [x.updated_at for x in store.list_conversations()]
    assert updated == sorted(updated, reverse=True)
    assert len(set(updated)) == 3


def test_set_model_and_system_prompt(store: ConversationStore) -> None:
    conv = store.create_conversation()
    store.set_model(conv.id, "llama-3.2-3b-instruct-q4")
    store.set_system_prompt(conv.id, "You are a pirate.")
    got = store.get(conv.id)
    assert got is not None
    assert (got.model, got.system_prompt) == ("llama-3.2-3b-instruct-q4", "You are a pirate.")
    store.set_system_prompt(conv.id, "")
    got = store.get(conv.id)
    assert got is not None
    assert got.system_prompt is None


# --- search --------------------------------------------------------------------------------


def test_search_titles_and_contents_case_insensitive(store: ConversationStore) -> None:
    recipes = store.create_conversation("Pasta Recipes")
    physics = store.create_conversation("Homework")
    store.add_message(physics.id, "user", "Explain the PHOTOELECTRIC effect")
    store.create_conversation("Unrelated")

    assert [c.id for c in store.search("pasta")] == [recipes.id]
    assert [c.id for c in store.search("photoelectric")] == [physics.id]
    assert [c.id for c in store.search("HOMEWORK")] == [physics.id]
    assert [c.id for c in store.search("effect")] == [physics.id]
    assert store.search("nothing like this") == []


def test_search_returns_each_conversation_once_most_recent_first(
    store: ConversationStore,
) -> None:
    old = store.create_conversation("cats one")
    new = store.create_conversation("other")
    for _ in range(3):
        store.add_message(new.id, "user", "cats cats cats")
    assert [c.id for c in store.search("cats")] == [new.id, old.id]


def test_search_treats_like_wildcards_literally(store: ConversationStore) -> None:
    percent = store.create_conversation("Discount 50% off")
    underscore = store.create_conversation("snake_case names")
    backslash = store.create_conversation("C:\\temp path")
    plain = store.create_conversation("Discount 50 dollars, snakeXcase")

    assert [c.id for c in store.search("50%")] == [percent.id]
    assert [c.id for c in store.search("%")] == [percent.id]
    assert [c.id for c in store.search("e_c")] == [underscore.id]
    assert [c.id for c in store.search("_")] == [underscore.id]
    assert [c.id for c in store.search("\\t")] == [backslash.id]
    assert plain.id not in {c.id for c in store.search("50%")}


def test_search_non_ascii(store: ConversationStore) -> None:
    german = store.create_conversation("Ärger mit der Straße")
    russian = store.create_conversation("Разговор")
    store.add_message(russian.id, "user", "Привет, МИР")
    japanese = store.create_conversation("日本語")
    store.add_message(japanese.id, "assistant", "こんにちは 🌸 世界")

    assert [c.id for c in store.search("ärger")] == [german.id]
    assert [c.id for c in store.search("ÄRGER")] == [german.id]
    assert [c.id for c in store.search("STRASSE")] == [german.id]
    assert [c.id for c in store.search("мир")] == [russian.id]
    assert [c.id for c in store.search("🌸 世")] == [japanese.id]
    # A decomposed "a" + combining diaeresis finds the composed "Ä".
    assert [c.id for c in store.search("a\u0308rger")] == [german.id]


def test_blank_search_lists_everything(store: ConversationStore) -> None:
    a = store.create_conversation("a")
    b = store.create_conversation("b")
    assert [c.id for c in store.search("  ")] == [b.id, a.id]


# --- messages ------------------------------------------------------------------------------


def test_messages_in_order_with_stats_and_to_message(store: ConversationStore) -> None:
    conv = store.create_conversation()
    u = store.add_message(conv.id, "user", "Hi")
    a = store.add_message(
        conv.id, "assistant", "Hello!", stats={"tokens": 3, "tokens_per_second": 41.5}
    )
    t = store.add_message(conv.id, "ipython", '{"result": 4}')
    msgs = store.messages(conv.id)
    assert msgs == [u, a, t]
    assert all(isinstance(m, StoredMessage) for m in msgs)
    assert msgs[1].stats == {"tokens": 3, "tokens_per_second": 41.5}
    assert msgs[0].stats is None
    assert [m.to_message() for m in msgs] == [
        Message("user", "Hi"),
        Message("assistant", "Hello!"),
        Message("ipython", '{"result": 4}'),
    ]


def test_add_message_rejects_bad_role_and_status(store: ConversationStore) -> None:
    conv = store.create_conversation()
    with pytest.raises(ValueError):
        store.add_message(conv.id, "robot", "x")
    with pytest.raises(ValueError):
        store.add_message(conv.id, "user", "x", status="done")
    msg = store.add_message(conv.id, "user", "x")
    with pytest.raises(ValueError):
        store.update_message(msg.id, status="finished")
    assert store.messages(conv.id) == [msg]


def test_messages_survive_restart(db_path: Path) -> None:
    text = "Multi-line\n\n```python\nprint('ünïcödé')\n```\n  trailing spaces  "
    s = ConversationStore(db_path)
    conv = s.create_conversation("Persistent", model="m", system_prompt="sys")
    s.add_message(conv.id, "user", text)
    s.add_message(conv.id, "assistant", "ok", stats={"tokens": 1})
    before = s.messages(conv.id)
    meta = s.get(conv.id)
    s.close()

    with ConversationStore(db_path) as reopened:
        assert reopened.get(conv.id) == meta
        assert reopened.messages(conv.id) == before
        assert reopened.messages(conv.id)[0].content == text


def test_streaming_update_then_finish(store: ConversationStore) -> None:
    conv = store.create_conversation()
    msg = store.add_message(conv.id, "assistant", "", status="streaming")
    store.update_message(msg.id, content="Hel")
    store.update_message(msg.id, content="Hello")
    mid = store.messages(conv.id)[0]
    assert (mid.content, mid.status, mid.stats) == ("Hello", "streaming", None)

    final = store.update_message(msg.id, status="complete", stats={"tokens": 2})
    assert (final.content, final.status, final.stats) == ("Hello", "complete", {"tokens": 2})
    assert store.messages(conv.id) == [final]


def test_recover_interrupted(db_path: Path) -> None:
    with ConversationStore(db_path) as s:
        conv = s.create_conversation()
        done = s.add_message(conv.id, "assistant", "finished")
        half = s.add_message(conv.id, "assistant", "half a sen", status="streaming")
        other = s.create_conversation()
        half2 = s.add_message(other.id, "assistant", "also cut", status="streaming")
        failed = s.add_message(other.id, "assistant", "", status="error")
        order_before = [c.id for c in s.list_conversations()]

    with ConversationStore(db_path) as s:
        assert s.recover_interrupted() == 2
        by_id = {m.id: m for c in (conv.id, other.id) for m in s.messages(c)}
        assert by_id[half.id].status == "cancelled"
        assert by_id[half.id].content == "half a sen"
        assert by_id[half2.id].status == "cancelled"
        assert by_id[done.id].status == "complete"
        assert by_id[failed.id].status == "error"
        # Recovery is not user activity: the sidebar order stays as it was.
        assert [c.id for c in s.list_conversations()] == order_before
        assert s.recover_interrupted() == 0


def test_regenerate_via_delete_messages_from(store: ConversationStore) -> None:
    conv = store.create_conversation()
    other = store.create_conversation()
    u1 = store.add_message(conv.id, "user", "q1")
    a1 = store.add_message(conv.id, "assistant", "a1")
    u2 = store.add_message(conv.id, "user", "q2")
    # Interleaved messages of another chat get ids after a2's predecessors; they must survive.
    o1 = store.add_message(other.id, "user", "other chat")
    a2 = store.add_message(conv.id, "assistant", "bad answer")
    o2 = store.add_message(other.id, "assistant", "other reply")

    assert store.delete_messages_from(a2.id) == 1
    assert store.messages(conv.id) == [u1, a1, u2]
    new = store.add_message(conv.id, "assistant", "better answer")
    assert [m.content for m in store.messages(conv.id)] == ["q1", "a1", "q2", "better answer"]
    assert new.id > a2.id

    # "Edit and resend" from the second user turn removes it and everything after.
    assert store.delete_messages_from(u2.id) == 2
    assert store.messages(conv.id) == [u1, a1]
    assert store.messages(other.id) == [o1, o2]


# --- titles --------------------------------------------------------------------------------


def test_make_title_rules() -> None:
    assert make_title("  hello   there \n second line") == "hello there"
    assert make_title("\n\n   \n  real\tfirst  line") == "real first line"
    assert make_title("   \n\t ") is None
    exact = "x" * 60
    assert make_title(exact) == exact
    long = "word " * 30
    title = make_title(long)
    assert title is not None
    assert len(title) <= 60
    assert title.endswith("…")
    assert title.startswith("word word")


def test_auto_title_only_replaces_default(store: ConversationStore) -> None:
    conv = store.create_conversation()
    assert store.auto_title(conv.id, "How do I   bake\nsourdough bread?") is True
    got = store.get(conv.id)
    assert got is not None
    assert got.title == "How do I bake"

    assert store.auto_title(conv.id, "Something else") is False
    got = store.get(conv.id)
    assert got is not None
    assert got.title == "How do I bake"

    named = store.create_conversation("My own name")
    assert store.auto_title(named.id, "first message") is False
    got = store.get(named.id)
    assert got is not None
    assert got.title == "My own name"

    blank = store.create_conversation()
    assert store.auto_title(blank.id, "   \n  ") is False
    got = store.get(blank.id)
    assert got is not None
    assert got.title == DEFAULT_TITLE

    long_conv = store.create_conversation()
    store.auto_title(long_conv.id, "a" * 200)
    got = store.get(long_conv.id)
    assert got is not None
    assert got.title == "a" * 59 + "…"


# --- export --------------------------------------------------------------------------------


def test_export_markdown(store: ConversationStore) -> None:
    conv = store.create_conversation("Rust vs Go", model="llama-3.2-3b")
    store.add_message(conv.id, "user", "Which is *faster*?\n\n# not a heading of ours")
    store.add_message(
        conv.id, "assistant", "It depends.", stats={"tokens": 3, "tokens_per_second": 20.0}
    )
    store.add_message(conv.id, "assistant", "Partial", status="cancelled")

    md = store.export_markdown(conv.id)
    assert md.startswith("# Rust vs Go\n")
    assert "llama-3.2-3b" in md
    assert "## User\n\nWhich is *faster*?\n\n# not a heading of ours\n" in md
    assert "## Assistant\n\nIt depends.\n" in md
    assert "tokens: 3" in md and "tokens_per_second: 20.0" in md
    assert "## Assistant (cancelled)\n\nPartial\n" in md
    assert md.index("## User") < md.index("## Assistant\n") < md.index("(cancelled)")


def test_export_json(store: ConversationStore) -> None:
    conv = store.create_conversation("Export me", model="m", system_prompt="Be kind.")
    u = store.add_message(conv.id, "user", "héllo 🌍")
    a = store.add_message(conv.id, "assistant", "hi", stats={"tokens": 1})

    data = store.export_json(conv.id)
    round_tripped = json.loads(json.dumps(data))
    assert round_tripped == data
    assert data["format"] == "hearth-conversation"
    assert data["format_version"] == 1
    assert data["id"] == conv.id
    assert data["title"] == "Export me"
    assert data["model"] == "m"
    assert data["system_prompt"] == "Be kind."
    assert data["created_at"] == conv.created_at
    assert [m["id"] for m in data["messages"]] == [u.id, a.id]
    assert data["messages"][0]["content"] == "héllo 🌍"
    assert data["messages"][0]["role"] == "user"
    assert data["messages"][1]["stats"] == {"tokens": 1}
    assert data["messages"][1]["status"] == "complete"


# --- threads and processes -----------------------------------------------------------------


def test_concurrent_writes_from_two_threads(store: ConversationStore) -> None:
    conv = store.create_conversation()
    n = 200
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def gui_thread() -> None:
        try:
            start.wait()
            for i in range(n):
                store.add_message(conv.id, "user", f"gui {i}")
                store.list_conversations()
                store.search("gui")
        except BaseException as exc:
            errors.append(exc)

    streamed = {"final": ""}

    def worker_thread() -> None:
        try:
            start.wait()
            msg = store.add_message(conv.id, "assistant", "", status="streaming")
            text = ""
            for i in range(n):
                text += f"t{i} "
                store.update_message(msg.id, content=text)
                store.add_message(conv.id, "ipython", f"worker {i}")
            store.update_message(msg.id, status="complete")
            streamed["final"] = text
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=gui_thread), threading.Thread(target=worker_thread)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    assert errors == []

    msgs = store.messages(conv.id)
    assert len(msgs) == 2 * n + 1
    gui = [m.content for m in msgs if m.role == "user"]
    worker = [m.content for m in msgs if m.role == "ipython"]
    assert gui == [f"gui {i}" for i in range(n)]
    assert worker == [f"worker {i}" for i in range(n)]
    (reply,) = [m for m in msgs if m.role == "assistant"]
    assert reply.content == streamed["final"]
    assert reply.status == "complete"
    assert [m.id for m in msgs] == sorted(m.id for m in msgs)


def test_write_from_another_thread_persists(db_path: Path) -> None:
    """A write from a thread that did not open the store survives closing and reopening."""
    s = ConversationStore(db_path)
    conv = s.create_conversation()
    result: list[int] = []
    t = threading.Thread(target=lambda: result.append(s.add_message(conv.id, "user", "bg").id))
    t.start()
    t.join(timeout=30)
    s.close()
    with ConversationStore(db_path) as reopened:
        assert [m.id for m in reopened.messages(conv.id)] == result


_WRITER = textwrap.dedent(
    """
    import sys
    from app.core.store import ConversationStore

    store = ConversationStore(sys.argv[1])
    conv = store.create_conversation("crash test")
    store.add_message(conv.id, "user", "tell me a long story")
    msg = store.add_message(conv.id, "assistant", "", status="streaming")
    print(conv.id, msg.id, flush=True)
    text = ""
    i = 0
    while True:
        text += f"chunk{i} "
        store.update_message(msg.id, content=text)
        print(i, flush=True)  # chunk i is committed
        i += 1
    """
)


def test_streaming_reply_survives_sigkill_of_writer(db_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    )
    try:
        assert proc.stdout is not None
        header = proc.stdout.readline().split()
        assert len(header) == 2, proc.stderr.read() if proc.stderr else ""
        conv_id, msg_id = map(int, header)
        last_committed = -1
        while last_committed < 50:
            line = proc.stdout.readline()
            assert line, f"writer died early: {proc.stderr.read() if proc.stderr else ''}"
            last_committed = int(line)
        proc.kill()  # SIGKILL on POSIX: no cleanup, no close(), mid-write
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
    if os.name == "posix":
        import signal

        assert proc.returncode == -signal.SIGKILL
    # The writer never closed its connection, so the data may still be only in the WAL.
    assert Path(f"{db_path}-wal").exists()

    with ConversationStore(db_path) as s:
        (user, reply) = s.messages(conv_id)
        assert reply.id == msg_id
        assert user.content == "tell me a long story"
        assert reply.status == "streaming"
        # Everything reported as committed is there, and the text is never torn mid-chunk.
        chunks = reply.content.split()
        assert len(chunks) >= last_committed + 1
        assert reply.content == "".join(f"chunk{i} " for i in range(len(chunks)))

        assert s.recover_interrupted() == 1
        (_, recovered) = s.messages(conv_id)
        assert recovered.status == "cancelled"
        assert recovered.content == reply.content
