"""The MCP client against real servers: mcp-server-time and mcp-server-git from PyPI (stdio),
and the SDK-written fixture server (tests/support/mcp_server.py) for failures, results of every
kind, tools/list_changed and streamable HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest

from app.core.chat.message import Message
from app.core.engine.base import CancelToken
from app.core.tools.approval import Approver, Decision
from app.core.tools.base import Tool, ToolCall, ToolCancelledError, ToolRunError
from app.core.tools.catalog import ToolEnvironment, select_tools
from app.core.tools.loop import ToolLoop, ToolLoopDone, ToolResult
from app.core.tools.mcp import (
    McpManager,
    McpServerConfig,
    McpServerError,
    ServerState,
    save_server,
)
from tests.core.test_tools_loop import FakeEngine

ROOT = Path(__file__).resolve().parents[2]


def _fixture_server(**kw: Any) -> McpServerConfig:
    return McpServerConfig("fx", command=sys.executable, args=("-m", "tests.support.mcp_server"),
                           cwd=str(ROOT), **kw)


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[McpManager]:
    manager = McpManager(tmp_path / "mcp.json", logs=tmp_path / "logs")
    yield manager
    manager.close()


def _children(marker: str) -> list[psutil.Process]:
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if any(marker in part for part in child.cmdline()) and child.is_running() \
                    and child.status() != psutil.STATUS_ZOMBIE:
                found.append(child)
        except psutil.Error:
            continue
    return found


def _tools(manager: McpManager, *servers: str) -> dict[str, Tool]:
    found = manager.tools_for(servers)
    assert not found.problems, found.problems
    return {t.name: t for t in found.tools}


# -- real servers from PyPI ---------------------------------------------------------------------


def test_time_server_lists_calls_and_reports_errors(manager: McpManager) -> None:
    save_server(McpServerConfig("time", command=sys.executable,
                                args=("-m", "mcp_server_time", "--local-timezone", "UTC")),
                manager.path)
    tools = _tools(manager, "time")
    assert set(tools) == {"get_current_time", "convert_time"}
    now = tools["get_current_time"]
    assert now.read_only and not now.always_ask  # readOnlyHint, openWorldHint false
    assert now.source == "mcp:time" and now.origin == "MCP server time, tool get_current_time"
    assert "title" not in now.parameters["properties"]["timezone"]  # pydantic noise dropped
    result = now.run({"timezone": "Asia/Tokyo"}, CancelToken())
    assert result["timezone"] == "Asia/Tokyo" and result["datetime"].endswith("+09:00")
    converted = tools["convert_time"].run(
        {"source_timezone": "UTC", "time": "12:00", "target_timezone": "Europe/Paris"},
        CancelToken())
    assert converted["target"]["datetime"][11:16] in ("13:00", "14:00")
    with pytest.raises(ToolRunError, match="Invalid timezone"):
        now.run({"timezone": "Nowhere/Atlantis"}, CancelToken())
    assert manager.connection("time").state is ServerState.READY  # an error is not a crash
    # Hearth's own clock tools have the same names: the MCP ones get the server's in front
    both = select_tools("time,mcp:time", ToolEnvironment(mcp=manager))
    assert both.names() == ["get_current_time", "convert_time", "time_get_current_time",
                            "time_convert_time"]
    assert both["get_current_time"].source == "built-in"
    manager.close()
    assert not _children("mcp_server_time")  # the process is gone


def test_git_server_on_a_temporary_repository(manager: McpManager, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=T", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "notes.txt").write_text("first\n")
    subprocess.run([*git, "add", "notes.txt"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "Add the notes"], check=True)
    (repo / "notes.txt").write_text("first\nsecond\n")
    save_server(McpServerConfig("git", command=sys.executable,
                                args=("-m", "mcp_server_git", "--repository", str(repo))),
                manager.path)
    tools = _tools(manager, "git")
    assert {"git_status", "git_log", "git_diff_unstaged", "git_commit"} <= set(tools)
    assert tools["git_status"].read_only and not tools["git_status"].always_ask
    assert not tools["git_commit"].read_only  # changes the repository: asked
    status = tools["git_status"].run({"repo_path": str(repo)}, CancelToken())
    assert "notes.txt" in str(status)
    diff = tools["git_diff_unstaged"].run({"repo_path": str(repo)}, CancelToken())
    assert "+second" in str(diff)
    log = tools["git_log"].run({"repo_path": str(repo)}, CancelToken())
    assert "Add the notes" in str(log)
    # every schema of the server becomes a grammar llama.cpp's checker accepts
    from app.core.engine.gbnf import check_grammar
    from app.core.tools.grammar import tool_call_grammar

    check_grammar(tool_call_grammar(tools.values()))


# -- failures and results -----------------------------------------------------------------------


def test_fixture_server_failures_and_results(manager: McpManager) -> None:
    save_server(_fixture_server(timeout_s=2), manager.path)
    tools = _tools(manager, "fx")
    connection = manager.connection("fx")
    assert "fixture server up" in connection.log_text()  # its stderr, for the window
    assert tools["echo"].run({"text": "hi", "times": 2}, CancelToken()) == {"result": "hi hi"}
    # a tool that raises: its message, and the server stays up
    with pytest.raises(ToolRunError, match="boom: on purpose"):
        tools["boom"].run({"reason": "on purpose"}, CancelToken())
    assert connection.state is ServerState.READY
    # images and resources are described, not dropped
    picture = tools["picture"].run({}, CancelToken())
    assert picture[0]["type"] == "image" and picture[0]["mime_type"] == "image/png"
    assert picture[0]["bytes"] > 0
    assert picture[1] == {"type": "resource", "uri": "memo://note", "mime_type": "text/plain",
                          "text": "a note"}
    # a call that outlives the timeout: the server is stopped and the reason is kept
    started = time.monotonic()
    with pytest.raises(McpServerError, match="did not answer sleepy within 2 s"):
        tools["sleepy"].run({"seconds": 30}, CancelToken())
    assert time.monotonic() - started < 15
    assert connection.state is ServerState.FAILED and "sleepy" in (connection.error or "")
    assert not _children("tests.support.mcp_server")
    # the next call starts it again: the chat goes on
    assert tools["echo"].run({"text": "again"}, CancelToken()) == {"result": "again"}
    # a server that exits in the middle of a call
    with pytest.raises(McpServerError, match="exited during a call to die"):
        tools["die"].run({}, CancelToken())
    assert connection.state is ServerState.FAILED
    assert "exiting on purpose" in (connection.error or "")


def test_list_changed_updates_the_tools(manager: McpManager) -> None:
    save_server(_fixture_server(), manager.path)
    tools = _tools(manager, "fx")
    connection = manager.connection("fx")
    changed = threading.Event()
    connection.add_listener(lambda c: changed.set() if any(
        t.name == "fresh_tool" for t in c.tools) else None)
    assert tools["grow"].run({"name": "fresh_tool"}, CancelToken()) == {"result":
                                                                        "added fresh_tool"}
    assert changed.wait(10)
    assert "fresh_tool" in _tools(manager, "fx")


def test_stop_ends_a_running_call(manager: McpManager) -> None:
    save_server(_fixture_server(), manager.path)
    tools = _tools(manager, "fx")
    cancel = CancelToken()
    threading.Timer(0.3, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(ToolCancelledError):
        tools["sleepy"].run({"seconds": 20}, cancel)
    assert time.monotonic() - started < 3


def test_a_server_that_cannot_start_is_reported(manager: McpManager) -> None:
    save_server(McpServerConfig("ghost", command="no-such-program-hearth"), manager.path)
    save_server(McpServerConfig("time", command=sys.executable, args=("-m", "mcp_server_time")),
                manager.path)
    found = manager.tools_for(["ghost", "time"])
    assert [t.name for t in found.tools] == ["get_current_time", "convert_time"]
    assert len(found.problems) == 1 and "ghost" in found.problems[0]
    assert "could not be started" in found.problems[0] or "stopped" in found.problems[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def http_server() -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.mcp_server", "http", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        proc.kill()  # a sleeping tool thread would hold up a polite shutdown
        proc.wait(10)


def test_streamable_http_server(http_server: str, manager: McpManager) -> None:
    save_server(McpServerConfig("web", url=http_server, headers={"X-Test": "1"}, timeout_s=2),
                manager.path)
    tools = _tools(manager, "web")
    assert tools["echo"].run({"text": "over http"}, CancelToken()) == {"result": "over http"}
    with pytest.raises(ToolRunError, match="boom: remote"):
        tools["boom"].run({"reason": "remote"}, CancelToken())
    with pytest.raises(McpServerError, match="did not answer sleepy"):
        tools["sleepy"].run({"seconds": 20}, CancelToken())
    assert tools["echo"].run({"text": "back"}, CancelToken()) == {"result": "back"}
    assert "connecting to" in manager.connection("web").log_text()


# -- names, approvals, the loop -------------------------------------------------------------------


def test_colliding_names_are_prefixed_with_the_server(manager: McpManager) -> None:
    save_server(_fixture_server(), manager.path)
    save_server(McpServerConfig("other", command=sys.executable,
                                args=("-m", "tests.support.mcp_server"), cwd=str(ROOT)),
                manager.path)
    env = ToolEnvironment(mcp=manager)
    registry = select_tools("calculator,mcp:fx,mcp:other", env)
    names = registry.names()
    assert "echo" in names and "other_echo" in names and "calculate" in names
    assert registry["other_echo"].origin == "MCP server other, tool echo"


def test_annotations_map_onto_the_policies(manager: McpManager) -> None:
    save_server(_fixture_server(), manager.path)
    registry = select_tools("mcp:fx", ToolEnvironment(mcp=manager))
    asked: list[str] = []

    def ask(call: ToolCall, tool: Tool) -> Decision:
        asked.append(call.name)
        return Decision.ONCE

    engine = FakeEngine(["[echo(text='a'), grow(name='more'), delete_everything(folder='/')]",
                         "Done."])
    loop = ToolLoop(engine, registry, Approver("read-only", ask))
    events = list(loop.run([Message("user", "go")]))
    assert asked == ["grow", "delete_everything"]  # the read-only echo ran without asking
    # under "all", only the tool MCP's defaults call destructive still asks
    asked.clear()
    engine = FakeEngine(["[echo(text='a'), grow(name='more2'), delete_everything(folder='/')]",
                         "Done."])
    events = list(ToolLoop(engine, registry, Approver("all", ask)).run([Message("user", "go")]))
    assert asked == ["delete_everything"]
    results = [e.record for e in events if isinstance(e, ToolResult)]
    assert [r.status for r in results] == ["ok", "ok", "ok"]
    assert results[2].origin == "MCP server fx, tool delete_everything"
    assert isinstance(events[-1], ToolLoopDone)
    # the tool prompt carries the MCP schemas
    system = engine.requests[0].messages[0].content
    assert '"name": "delete_everything"' in system and '"folder"' in system


def test_servers_are_stopped_when_the_process_exits(tmp_path: Path) -> None:
    """No MCP server outlives Hearth, even when nobody closed the manager (atexit)."""
    script = (
        "import json, sys, psutil\n"
        "from pathlib import Path\n"
        "from app.core.tools.mcp import McpManager, McpServerConfig, save_server\n"
        f"path = Path({str(tmp_path / 'mcp.json')!r})\n"
        "save_server(McpServerConfig('time', command=sys.executable,"
        " args=('-m', 'mcp_server_time')), path)\n"
        "manager = McpManager(path)\n"
        "assert manager.tools_for(['time']).tools\n"
        "print(json.dumps([p.pid for p in psutil.Process().children(recursive=True)]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    pids = json.loads(done.stdout.strip().splitlines()[-1])
    assert pids  # the server was running as a child
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(psutil.pid_exists(p) and psutil.Process(p).status()
                                              != psutil.STATUS_ZOMBIE for p in pids):
        time.sleep(0.1)
    assert not [p for p in pids if psutil.pid_exists(p)
                and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]


def test_a_server_that_dies_while_idle_is_noticed(manager: McpManager) -> None:
    save_server(_fixture_server(), manager.path)
    tools = _tools(manager, "fx")
    connection = manager.connection("fx")
    changed = threading.Event()
    connection.add_listener(lambda c: changed.set() if c.state is ServerState.FAILED else None)
    (server,) = _children("tests.support.mcp_server")
    server.kill()
    assert changed.wait(15)  # found by the idle ping, without any call
    assert connection.error is not None and "fx exited" in connection.error
    assert "fixture server up" in connection.error  # its last words
    assert tools["echo"].run({"text": "back"}, CancelToken()) == {"result": "back"}
