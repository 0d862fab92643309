"""`hearth mcp …` and `hearth chat --tools mcp:NAME`, with the real mcp-server-time, and a full
round on SmolLM2 with the call forced: call -> approval -> result -> answer."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import pytest

from app.cli.tools import add_tool_arguments, prepare_tools
from app.core.chat.message import Message
from app.core.engine.base import CancelToken, LoadOptions, SamplingParams
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.tools.approval import Approver, Decision
from app.core.tools.base import Tool, ToolCall
from app.core.tools.catalog import ToolEnvironment, select_tools
from app.core.tools.loop import (
    AssistantTurn,
    ToolCallStarted,
    ToolLoop,
    ToolLoopDone,
    ToolResult,
)
from app.core.tools.mcp import McpManager, McpServerConfig, load_mcp_config, save_server
from tests.core.test_tools_loop import FakeEngine
from tests.test_cli import hearth

TIME_ARGS = ["-m", "mcp_server_time", "--local-timezone", "UTC"]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_tool_arguments(parser)
    return parser.parse_args(list(argv))


def test_add_list_tools_disable_remove(hearth_home: Path) -> None:
    added = hearth("mcp", "add", "time", "--", sys.executable, *TIME_ARGS)
    assert added.returncode == 0, added.stderr
    assert "Added time" in added.stdout
    listed = hearth("mcp", "list", "--json")
    data = json.loads(listed.stdout)
    assert data["servers"] == [{"name": "time", "enabled": True, "transport": "stdio",
                                "target": " ".join([sys.executable, *TIME_ARGS])}]
    tools = hearth("mcp", "tools", "time", "--json")
    assert tools.returncode == 0, tools.stderr
    names = {t["name"]: t for t in json.loads(tools.stdout)}
    assert set(names) == {"get_current_time", "convert_time"}
    assert names["get_current_time"]["read_only"] is True
    assert hearth("mcp", "disable", "time").returncode == 0
    off = hearth("chat", "--tools", "mcp:time", "-p", "hi", stdin="")
    assert off.returncode == 1 and "turned off" in off.stderr
    assert len(off.stderr.strip().splitlines()) == 1
    assert hearth("mcp", "remove", "time").returncode == 0
    assert load_mcp_config() == []


def test_add_an_http_server_with_a_secret(hearth_home: Path) -> None:
    result = hearth("mcp", "add", "web", "--url", "http://127.0.0.1:9/mcp", "--header",
                    "Authorization=Bearer x")
    assert result.returncode == 0 and "headers:Authorization look secret" in result.stdout
    both = hearth("mcp", "add", "bad")
    assert both.returncode == 1 and "either a command" in both.stderr


def test_unknown_server_is_one_line() -> None:
    result = hearth("chat", "--tools", "mcp:nowhere", "-p", "hi", stdin="")
    assert result.returncode == 1
    assert "no MCP server named 'nowhere'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_import_asks_and_never_writes_silently(hearth_home: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "user"
    claude = home / ".config/Claude/claude_desktop_config.json"
    claude.parent.mkdir(parents=True)
    claude.write_text(json.dumps({"mcpServers": {
        "time": {"command": sys.executable, "args": TIME_ARGS},
        "fs": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem"]}}}))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    refused = hearth("mcp", "import", stdin="")
    assert refused.returncode == 2 and "asks about each server" in refused.stderr
    assert "time (Claude Desktop" in refused.stderr and load_mcp_config() == []
    from app.cli.mcp import cmd_mcp

    out = io.StringIO()
    assert cmd_mcp(argparse.Namespace(mcp_command="import", yes=False), stdin=_Tty("y\nn\n"),
                   stdout=out) == 0
    assert "Import time from Claude Desktop" in out.getvalue()
    assert [s.name for s in load_mcp_config()] == ["time"]


def test_cli_asks_with_the_server_tool_and_arguments(hearth_home: Path) -> None:
    save_server(McpServerConfig("time", command=sys.executable, args=tuple(TIME_ARGS)))
    err = io.StringIO()
    tools = prepare_tools(_args("--tools", "mcp:time", "--approve", "ask"),
                          stdin=_Tty("y\n"), stderr=err)
    assert tools is not None
    engine = FakeEngine(["[get_current_time(timezone='Asia/Tokyo')]", "It is late in Tokyo."])
    out = io.StringIO()
    text, _ = tools.answer(engine, [Message("user", "Time in Tokyo?")],  # type: ignore[misc]
                           SamplingParams(), CancelToken(), out)
    shown = err.getvalue()
    assert "get_current_time(timezone='Asia/Tokyo')" in shown
    assert "from MCP server time, tool get_current_time" in shown and "Allow?" in shown
    assert "[tool] get_current_time(timezone='Asia/Tokyo') [MCP server time" in shown
    record = tools.records[0]
    assert record.status == "ok" and record.approval == "once"
    assert record.result["timezone"] == "Asia/Tokyo"
    assert text == "It is late in Tokyo."


def test_full_round_on_smollm2_with_the_call_forced(smollm2_gguf: Path, tmp_path: Path) -> None:
    manager = McpManager(tmp_path / "mcp.json", logs=tmp_path / "logs")
    save_server(McpServerConfig("time", command=sys.executable, args=tuple(TIME_ARGS)),
                manager.path)
    try:
        registry = select_tools("mcp:time", ToolEnvironment(mcp=manager)).subset(
            ["get_current_time"])
        asked: list[tuple[str, str]] = []

        def ask(call: ToolCall, tool: Tool) -> Decision:
            asked.append((call.display(), tool.origin))
            return Decision.ONCE

        with LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=2048, check_memory=False)) as engine:
            # force_call: the call grammar applies from the first token (no trigger), so the
            # first round is a call whatever the model would have said.
            loop = ToolLoop(engine, registry, Approver("ask", ask),
                            sampling=SamplingParams(temperature=0.0, seed=1, max_tokens=60),
                            force_call=True, max_rounds=1, max_calls=1)
            events = list(loop.run([Message("user", "What time is it in UTC?")]))
    finally:
        manager.close()
    started = [e for e in events if isinstance(e, ToolCallStarted)]
    results = [e for e in events if isinstance(e, ToolResult)]
    turns = [e for e in events if isinstance(e, AssistantTurn)]
    assert len(started) == 1 and started[0].call.name == "get_current_time"
    assert asked and asked[0][1] == "MCP server time, tool get_current_time"
    record = results[0].record
    assert record.approval == "once" and record.origin == asked[0][1]
    # the time server answered: a result, or its own error for a zone the model made up
    assert record.status in ("ok", "error")
    if record.status == "ok":
        assert "datetime" in record.result
    else:
        assert "timezone" in (record.error or "").lower()
    assert results[0].message.role == "ipython"
    assert turns[-1].final and turns[-1].message.content.strip()  # the answer after the result
    assert isinstance(events[-1], ToolLoopDone) and events[-1].rounds == 2


def test_many_tools_are_cut_to_the_budget_and_the_cli_says_so() -> None:
    from app.cli.tools import CliTools
    from app.core.tools.base import ToolRegistry, object_schema

    many = [Tool(f"tool_{i}", f"Does thing number {i} " + "with words " * 40,
                 object_schema({"value": {"type": "string", "description": "v" * 300}}),
                 run=lambda a, c: "x", source="mcp:big") for i in range(40)]
    many.append(Tool("weather_forecast", "The weather forecast for a city",
                     object_schema({"city": {"type": "string"}}), run=lambda a, c: "sunny",
                     source="mcp:big"))
    err = io.StringIO()
    tools = CliTools(ToolRegistry(many), Approver("all"), stderr=err)
    engine = FakeEngine(["[weather_forecast(city='Oslo')]", "Sunny in Oslo."])
    text, _ = tools.answer(engine, [Message("user", "What is the weather forecast in Oslo?")],  # type: ignore[misc]
                           SamplingParams(), CancelToken(), io.StringIO())
    assert text == "Sunny in Oslo."
    assert "tools were not offered to the model this turn" in err.getvalue()
    system = engine.requests[0].messages[0].content
    assert '"name": "weather_forecast"' in system and system.count('"name": "tool_') < 40
    assert tools.records[0].status == "ok"
