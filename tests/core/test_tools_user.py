"""User-defined tools: argv without a shell, disabled until enabled, timeouts, Stop, caps."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psutil
import pytest

from app.core.engine.base import CancelToken
from app.core.tools.base import ToolArgumentError, ToolCancelledError, ToolConfigError, ToolRunError
from app.core.tools.catalog import ToolEnvironment, select_tools
from app.core.tools.user_tools import (
    build_argv,
    load_user_tools,
    make_user_tool,
    set_user_tool_enabled,
    user_tools_path,
)

ECHO_ARGV = "import json, sys; print(json.dumps(sys.argv[1:]))"


def _write(tools: list[dict[str, Any]], path: Path | None = None) -> Path:
    path = path or user_tools_path()
    path.write_text(json.dumps({"tools": tools}), encoding="utf-8")
    return path


def _echo_tool(**extra: Any) -> dict[str, Any]:
    entry = {
        "name": "echo_args",
        "description": "Print the arguments",
        "parameters": {"type": "object", "required": ["text"], "properties": {
            "text": {"type": "string"}, "count": {"type": "integer"},
            "words": {"type": "array", "items": {"type": "string"}}}},
        "action": {"program": sys.executable,
                   "args": ["-c", ECHO_ARGV, "--", "{text}", "--count={count}", "{words}",
                            "{{literal}}"]},
        "enabled": True,
    }
    entry.update(extra)
    return entry


def test_arguments_are_separate_argv_items_never_a_shell(tmp_path: Path) -> None:
    _write([_echo_tool()])
    (spec,) = load_user_tools()
    tool = make_user_tool(spec)
    hostile = "x; touch CANARY && $(touch CANARY2) `id` | rm -rf ~ > out 'quoted' \"dq\""
    result = tool.run({"text": hostile, "count": 3, "words": ["a b", "c"]}, CancelToken())
    assert result["exit_code"] == 0
    assert json.loads(result["output"]) == ["--", hostile, "--count=3", "a b", "c", "{literal}"]
    assert not list(Path.cwd().glob("CANARY*")) and not list(tmp_path.glob("CANARY*"))


def test_missing_optional_values_drop_their_items() -> None:
    _write([_echo_tool()])
    (spec,) = load_user_tools()
    assert build_argv(spec, {"text": "hi"}) == ["-c", ECHO_ARGV, "--", "hi", "{literal}"]


def test_values_that_look_like_options_are_refused_unless_allowed() -> None:
    _write([_echo_tool()])
    (spec,) = load_user_tools()
    with pytest.raises(ToolArgumentError, match="starts with '-'"):
        build_argv(spec, {"text": "--output=/etc/passwd"})
    assert "-5" in build_argv(spec, {"text": "x", "words": ["a"], "count": -5})[-3]
    _write([_echo_tool(allow_option_values=True)])
    (spec,) = load_user_tools()
    assert "--v" in build_argv(spec, {"text": "--v"})


def test_tools_are_disabled_until_enabled() -> None:
    _write([_echo_tool(enabled=False)])
    env = ToolEnvironment()
    with pytest.raises(ToolConfigError, match="disabled"):
        select_tools("echo_args", env)
    set_user_tool_enabled("echo_args", True)
    assert select_tools("echo_args", env).names() == ["echo_args"]
    tool = select_tools("echo_args", env)["echo_args"]
    assert tool.read_only is False and tool.source == "user"  # asks under read-only


@pytest.mark.parametrize(("entry", "why"), [
    ({"name": "x"}, "action"),
    ({"name": "bad name", "description": "", "action": {"program": "ls"}}, "tool name"),
    ({"name": "x", "description": "", "action": {"program": "ls", "args": ["{nope}"]}},
     "not one of its parameters"),
    ({"name": "x", "description": "", "action": {"program": "ls", "args": "-l"}},
     "list of strings"),
    ({"name": "x", "description": "", "action": {"program": "ls"}, "timeout_s": 0},
     "timeout_s"),
    ({"name": "x", "description": "", "action": {"program": "ls"},
      "parameters": {"type": "object", "properties": {"a": {"type": "nope"}}}}, "JSON schema"),
])
def test_broken_entries_are_clear_errors(entry: dict[str, Any], why: str) -> None:
    path = _write([entry])
    with pytest.raises(ToolConfigError, match=why) as info:
        load_user_tools()
    assert str(path) in str(info.value)


def test_broken_file_is_a_clear_error() -> None:
    user_tools_path().write_text("{not json", encoding="utf-8")
    with pytest.raises(ToolConfigError, match="cannot be read"):
        load_user_tools()
    user_tools_path().unlink()
    assert load_user_tools() == []


def _sleeper(timeout: float = 30) -> Any:
    _write([{"name": "sleeper", "description": "Sleeps",
             "parameters": {"type": "object", "properties": {}},
             "action": {"program": sys.executable,
                        "args": ["-c", "import os, time; print(os.getpid(), flush=True); "
                                 "time.sleep(60)"]},
             "timeout_s": timeout, "enabled": True}])
    (spec,) = load_user_tools()
    return make_user_tool(spec)


def _children_of_this_process() -> set[int]:
    return {p.pid for p in psutil.Process().children(recursive=True)}


def test_timeout_kills_the_program() -> None:
    tool = _sleeper(timeout=0.5)
    before = _children_of_this_process()
    start = time.monotonic()
    with pytest.raises(ToolRunError, match=r"longer than 0\.5 s"):
        tool.run({}, CancelToken())
    assert time.monotonic() - start < 5
    assert _children_of_this_process() <= before


def test_stop_kills_the_program() -> None:
    tool = _sleeper()
    cancel = CancelToken()
    threading.Timer(0.3, cancel.cancel).start()
    before = _children_of_this_process()
    start = time.monotonic()
    with pytest.raises(ToolCancelledError, match="stopped"):
        tool.run({}, cancel)
    assert time.monotonic() - start < 5
    assert _children_of_this_process() <= before


def test_output_is_capped() -> None:
    _write([{"name": "chatty", "description": "Talks a lot",
             "parameters": {"type": "object", "properties": {}},
             "action": {"program": sys.executable, "args": ["-c", "print('y' * 10**6)"]},
             "max_output_chars": 100, "enabled": True}])
    (spec,) = load_user_tools()
    result = make_user_tool(spec).run({}, CancelToken())
    assert len(result["output"]) == 100 and result["truncated"] is True


def test_missing_program() -> None:
    _write([{"name": "ghost", "description": "", "action": {"program": "no-such-program-xyz"},
             "enabled": True}])
    (spec,) = load_user_tools()
    with pytest.raises(ToolRunError, match="was not found"):
        make_user_tool(spec).run({}, CancelToken())


@pytest.mark.skipif(os.name != "nt", reason="Windows batch files only")
def test_batch_files_are_refused_on_windows(tmp_path: Path) -> None:
    bat = tmp_path / "x.bat"
    bat.write_text("@echo off\n")
    _write([{"name": "bat", "description": "", "action": {"program": str(bat)},
             "enabled": True}])
    (spec,) = load_user_tools()
    with pytest.raises(ToolRunError, match="batch file"):
        make_user_tool(spec).run({}, CancelToken())
