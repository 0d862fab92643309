"""ToolChoice: auto / none / required / a named tool, as the grammar and the prompt take it."""

from __future__ import annotations

import pytest

from app.core.chat.message import Message
from app.core.engine.base import SamplingParams
from app.core.tools.approval import Approver
from app.core.tools.base import Tool, ToolConfigError, ToolRegistry, object_schema
from app.core.tools.choice import ToolChoice, call_sampling
from app.core.tools.grammar import TOOL_CALL_TRIGGER
from app.core.tools.loop import ToolLoop, ToolLoopDone
from tests.core.test_tools_loop import FakeEngine


def _tool(name: str) -> Tool:
    return Tool(name, f"The {name} tool.", object_schema({"x": {"type": "string"}}, ["x"]),
                run=lambda args, cancel: args)


TOOLS = ToolRegistry([_tool("alpha"), _tool("beta")])


def test_parse_and_str() -> None:
    assert ToolChoice.parse("auto") == ToolChoice()
    assert ToolChoice.parse(" required ").forced
    assert not ToolChoice.parse("none").forced
    named = ToolChoice.parse("beta")
    assert named == ToolChoice("named", "beta") and named.forced and str(named) == "beta"
    with pytest.raises(ToolConfigError):
        ToolChoice.parse("")
    with pytest.raises(ValueError):
        ToolChoice("named")


def test_offered_tools() -> None:
    assert ToolChoice().offered(TOOLS).names() == ["alpha", "beta"]
    assert ToolChoice("required").offered(TOOLS).names() == ["alpha", "beta"]
    assert ToolChoice("none").offered(TOOLS).names() == []
    assert ToolChoice("named", "beta").offered(TOOLS).names() == ["beta"]
    with pytest.raises(ToolConfigError, match="alpha, beta"):
        ToolChoice("named", "gamma").offered(TOOLS)
    with pytest.raises(ToolConfigError):
        ToolChoice("required").offered(ToolRegistry())


def test_call_sampling_triggers_or_forces() -> None:
    base = SamplingParams(temperature=0)
    auto = call_sampling(base, TOOLS, ToolChoice())
    assert auto.grammar and auto.grammar_trigger == TOOL_CALL_TRIGGER
    forced = call_sampling(base, TOOLS, ToolChoice("required"))
    assert forced.grammar == auto.grammar and forced.grammar_trigger is None
    named = call_sampling(base, ToolChoice("named", "beta").offered(TOOLS),
                          ToolChoice("named", "beta"))
    assert '"beta("' in (named.grammar or "") and '"alpha("' not in (named.grammar or "")
    assert call_sampling(base, ToolRegistry(), ToolChoice("none")).grammar is None


def test_the_loop_takes_a_tool_choice() -> None:
    engine = FakeEngine(["[beta(x='1')]", "Done."])
    loop = ToolLoop(engine, TOOLS, Approver("all"), tool_choice=ToolChoice("named", "beta"))
    events = list(loop.run([Message("user", "Go")]))
    assert isinstance(events[-1], ToolLoopDone)
    first = engine.requests[0]
    assert first.sampling.grammar_trigger is None  # forced from the first token
    assert "beta" in first.messages[0].content and "alpha" not in first.messages[0].content
    assert engine.requests[1].sampling.grammar_trigger == TOOL_CALL_TRIGGER

    engine = FakeEngine(["Hello."])
    list(ToolLoop(engine, TOOLS, Approver("all"), tool_choice=ToolChoice("none")).run(
        [Message("user", "Go")]))
    assert engine.requests[0].sampling.grammar is None
    assert engine.requests[0].add_default_system
