"""`hearth chat --tools`: usage errors without a model, the answer on stdout and one line
per call on stderr, approval on a terminal."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from app.cli.tools import add_tool_arguments, prepare_tools
from app.core.chat.message import Message
from app.core.engine.base import CancelToken, SamplingParams
from app.core.errors import HearthError
from tests.core.test_tools_loop import FakeEngine
from tests.test_cli import hearth


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_tool_arguments(parser)
    return parser.parse_args(list(argv))


def test_ask_without_a_terminal_is_a_usage_error() -> None:
    result = hearth("chat", "--tools", "calculator", "--approve", "ask", "-p", "hi", stdin="")
    assert result.returncode == 2
    assert "--approve ask needs a terminal" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(("argv", "message"), [
    (["--tools", "files"], "--allow-dir"),
    (["--tools", "calculator,nope"], "no tool or group named 'nope'"),
    (["--approve", "all"], "only apply with --tools"),
    (["--tools", "files", "--allow-dir", "/no/such/folder"], "does not exist"),
])
def test_setup_errors_are_one_line(argv: list[str], message: str) -> None:
    result = hearth("chat", *argv, "-p", "hi", stdin="")
    assert result.returncode == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cli_with_tools_runs_a_real_model(tiny_llama_gguf: Path) -> None:
    result = hearth("chat", "-m", str(tiny_llama_gguf), "--tools", "calculator,time",
                    "--approve", "read-only", "-p", "hi", "--max-tokens", "4", "--seed", "1",
                    "--json", stdin="")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["tool_calls"] == [] and data["completion_tokens"] >= 1


def test_answer_on_stdout_cards_on_stderr() -> None:
    err = io.StringIO()
    tools = prepare_tools(_args("--tools", "calculator"), stdin=io.StringIO(), stderr=err)
    assert tools is not None
    engine = FakeEngine(["[calculate(expression='6*7')]", "The answer is 42."])
    out = io.StringIO()
    history = [Message("user", "6 times 7?")]
    text, _stats = tools.answer(engine, history, SamplingParams(), CancelToken(), out)  # type: ignore
    assert text == "The answer is 42." and out.getvalue() == "The answer is 42."
    assert err.getvalue().startswith("[tool] calculate(expression='6*7') -> "
                                     '{"expression": "6*7", "result": 42}')
    assert [m.role for m in history] == ["user", "assistant", "ipython"]
    assert tools.records_json()[0]["result"] == {"expression": "6*7", "result": 42}


def test_terminal_approval_prompt() -> None:
    folder = Path.cwd()
    stdin = _Tty("n\n")
    err = io.StringIO()
    tools = prepare_tools(_args("--tools", "open", "--allow-dir", str(folder)), stdin=stdin,
                          stderr=err)
    assert tools is not None
    engine = FakeEngine(["[open_with_default_app(target='https://example.org')]", "OK."])
    tools.answer(engine, [Message("user", "open it")], SamplingParams(), CancelToken(),  # type: ignore
                 io.StringIO())
    shown = err.getvalue()
    assert "open_with_default_app(target='https://example.org')" in shown
    assert "[a] always" not in shown  # opening always asks, so "always" is not offered
    assert tools.records[0].status == "denied"


def test_non_interactive_read_only_denies_side_effects() -> None:
    err = io.StringIO()
    tools = prepare_tools(_args("--tools", "open"), stdin=io.StringIO(), stderr=err)
    assert tools is not None
    engine = FakeEngine(["[open_with_default_app(target='https://example.org')]", "OK."])
    tools.answer(engine, [Message("user", "x")], SamplingParams(), CancelToken(),  # type: ignore
                 io.StringIO())
    assert tools.records[0].approval == "unattended"
    assert "denied" in err.getvalue()


def test_max_rounds_is_checked() -> None:
    with pytest.raises(HearthError, match="between 1 and 32"):
        prepare_tools(_args("--tools", "calculator", "--max-tool-rounds", "0"),
                      stdin=io.StringIO(), stderr=io.StringIO())
