"""mcp.json in the mcpServers format, other apps' files, secrets in the keychain, and the
token budget of the tool prompt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.tools.base import Tool, ToolConfigError, ToolRegistry, object_schema
from app.core.tools.budget import budget_for_context, fit_tools
from app.core.tools.mcp import (
    KEYCHAIN_VALUE,
    McpServerConfig,
    external_config_paths,
    load_mcp_config,
    move_secrets_to_keychain,
    read_external_servers,
    remove_server,
    save_server,
    set_server_enabled,
)
from app.core.tools.mcp.config import resolve_secrets
from tests.support.keyring_backends import InMemoryKeyring

BLOCK = {
    "mcpServers": {
        "time": {"command": "uvx", "args": ["mcp-server-time"], "env": {"TZ": "UTC"}},
        "search": {"url": "http://127.0.0.1:8931/mcp",
                   "headers": {"Authorization": "Bearer s3cret"}, "alwaysAllow": ["x"]},
        "git": {"command": "uvx", "args": ["mcp-server-git"], "disabled": True,
                "timeout": 20},
    }
}


def test_the_block_other_apps_use_loads_as_is(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps(BLOCK))
    servers = {s.name: s for s in load_mcp_config(path)}
    assert servers["time"].transport == "stdio" and servers["time"].args == ("mcp-server-time",)
    assert servers["time"].env == {"TZ": "UTC"} and servers["time"].enabled
    assert servers["search"].transport == "http"
    assert servers["search"].headers == {"Authorization": "Bearer s3cret"}
    assert not servers["git"].enabled and servers["git"].timeout_s == 20
    # rewriting keeps keys Hearth does not know (another app's "alwaysAllow")
    set_server_enabled("git", True, path)
    raw = json.loads(path.read_text())["mcpServers"]
    assert raw["search"]["alwaysAllow"] == ["x"] and "disabled" not in raw["git"]
    remove_server("time", path)
    assert [s.name for s in load_mcp_config(path)] == ["search", "git"]


@pytest.mark.parametrize(("entry", "message"), [
    ({"args": ["x"]}, "needs a \"command\""),
    ({"command": "x", "args": "not a list"}, "\"args\" must be a list"),
    ({"url": "ftp://x"}, "http:// or https://"),
    ({"command": "x", "timeout": -1}, "\"timeout\""),
    ({"url": "http://x/sse", "type": "sse"}, "old SSE transport"),
])
def test_broken_entries_say_what_is_wrong(tmp_path: Path, entry: dict, message: str) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps({"mcpServers": {"bad": entry}}))
    with pytest.raises(ToolConfigError, match=message) as info:
        load_mcp_config(path)
    assert "'bad'" in info.value.message and str(path) in info.value.message


def test_not_json_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text("{mcpServers:")
    with pytest.raises(ToolConfigError, match="cannot be read"):
        load_mcp_config(path)


def test_import_finds_claude_desktop_and_lm_studio(tmp_path: Path) -> None:
    paths = external_config_paths(tmp_path)
    claude, lmstudio = paths["Claude Desktop"][0], paths["LM Studio"][0]
    assert claude.name == "claude_desktop_config.json" and lmstudio.name == "mcp.json"
    claude.parent.mkdir(parents=True)
    claude.write_text(json.dumps({"mcpServers": {"time": BLOCK["mcpServers"]["time"],
                                                 "broken": {"nothing": 1}},
                                  "globalShortcut": "x"}))
    lmstudio.parent.mkdir(parents=True)
    lmstudio.write_text(json.dumps({"mcpServers": {"search": BLOCK["mcpServers"]["search"]}}))
    found = read_external_servers(paths)
    assert [(app, s.name) for app, _, s in found] == [("Claude Desktop", "time"),
                                                       ("LM Studio", "search")]


def test_secrets_move_to_the_keychain(tmp_path: Path, memory_keyring: InMemoryKeyring) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps(BLOCK))
    search = {s.name: s for s in load_mcp_config(path)}["search"]
    assert search.secrets_in_file() == ["headers:Authorization"]
    assert move_secrets_to_keychain("search", path=path) == ["headers:Authorization"]
    assert "s3cret" not in path.read_text()
    stored = {s.name: s for s in load_mcp_config(path)}["search"]
    assert stored.headers == {"Authorization": KEYCHAIN_VALUE} and not stored.secrets_in_file()
    assert resolve_secrets(stored).headers == {"Authorization": "Bearer s3cret"}
    remove_server("search", path)
    assert memory_keyring.store == {}
    with pytest.raises(ToolConfigError, match="not in the system keychain"):
        resolve_secrets(stored)


def test_save_refuses_a_duplicate_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    save_server(McpServerConfig("a", command="x"), path)
    with pytest.raises(ToolConfigError, match="already"):
        save_server(McpServerConfig("a", command="y"), path, replace=False)
    with pytest.raises(ToolConfigError, match="cannot be an MCP server name"):
        from app.core.tools.mcp import server_from_json

        server_from_json("bad name!", {"command": "x"})


# -- the token budget ---------------------------------------------------------------------------


def _tool(name: str, description: str, source: str = "mcp:s") -> Tool:
    return Tool(name, description, object_schema({"value": {"type": "string",
                                                            "description": "x" * 200}}),
                run=lambda a, c: None, source=source)


def test_many_tools_are_cut_to_the_budget_by_relevance() -> None:
    tools = [_tool("calculate", "Evaluate arithmetic", source="built-in")]
    tools += [_tool(f"tool_{i}", f"Does thing number {i}") for i in range(30)]
    tools.append(_tool("weather_forecast", "The weather forecast for a city"))
    registry = ToolRegistry(tools)
    fitted = fit_tools(registry, "What is the weather in Paris?", 600)
    kept = fitted.registry.names()
    assert "calculate" in kept and "weather_forecast" in kept  # pinned, and the relevant one
    assert len(kept) < len(tools) and fitted.tokens <= 600
    assert set(fitted.left_out) | set(kept) == set(registry.names())
    notice = fitted.notice()
    assert notice is not None and f"{len(fitted.left_out)} tools were not offered" in notice
    roomy = fit_tools(registry, "hi", 100_000)
    assert roomy.registry.names() == registry.names() and roomy.notice() is None
    assert budget_for_context(2048) == 512 and budget_for_context(131072) == 6000


def test_pasted_blocks_in_every_shape() -> None:
    from app.core.tools.mcp import parse_pasted_servers

    block = {"time": {"command": "uvx", "args": ["mcp-server-time"]}}
    for text in (json.dumps({"mcpServers": block}), json.dumps({"servers": block}),
                 json.dumps(block), json.dumps(block)[1:-1] + ","):
        assert [s.name for s in parse_pasted_servers(text)] == ["time"]
    with pytest.raises(ToolConfigError, match="holds no servers"):
        parse_pasted_servers("[1, 2]")
