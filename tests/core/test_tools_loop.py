"""The tool loop: approval policies, results as ipython turns, round cap, Stop, errors fed
back, saving to the store, and an end-to-end round on the tiny Llama 3.2."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from app.core.chat.formats import Llama3Format
from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationEvent,
    GenerationRequest,
    LoadOptions,
    Stats,
    TokenEvent,
)
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.store import ConversationStore
from app.core.tools.approval import ApprovalPolicy, Approver, Decision
from app.core.tools.base import Tool, ToolCall, ToolCancelledError, ToolRegistry, object_schema
from app.core.tools.loop import (
    AssistantTurn,
    ToolCallStarted,
    ToolLoop,
    ToolLoopDone,
    ToolResult,
    ToolRoundStarted,
)
from app.core.tools.prompt import PYTHON_TAG
from app.core.tools.session import (
    ToolChatSession,
    ToolPrefs,
    load_tool_prefs,
    save_tool_prefs,
)


class _Info:
    chat_format = "llama3"
    name = "fake"


class FakeEngine:
    """Answers from a script, one answer per generate(); records every request."""

    prompt_format = Llama3Format(default_system=False)
    info = _Info()

    def __init__(self, answers: Sequence[str]) -> None:
        self.answers = list(answers)
        self.requests: list[GenerationRequest] = []

    def generate(self, request: GenerationRequest, cancel: CancelToken | None = None
                 ) -> Iterator[GenerationEvent]:
        self.requests.append(request)
        text = self.answers.pop(0) if self.answers else "Done."
        for i in range(0, len(text), 4):
            yield TokenEvent(text[i:i + 4])
        yield DoneEvent(text, Stats(completion_tokens=len(text)))


calls_made: list[dict[str, Any]] = []


def _add(args: dict[str, Any], cancel: CancelToken) -> Any:
    calls_made.append(args)
    return {"sum": args["a"] + args["b"]}


ADD = Tool("add", "Add", object_schema({"a": {"type": "number"}, "b": {"type": "number"}},
                                       ["a", "b"]), run=_add)
DELETE = Tool("delete_note", "Delete a note", object_schema({"name": {"type": "string"}},
                                                             ["name"]),
              run=lambda args, cancel: calls_made.append(args) or "deleted", read_only=False)
OPEN = Tool("open_it", "Open", object_schema({}), run=lambda a, c: "opened", read_only=False,
            always_ask=True)


@pytest.fixture(autouse=True)
def _reset() -> None:
    calls_made.clear()


def _run(loop: ToolLoop, text: str = "What is 2 + 3?", cancel: CancelToken | None = None
         ) -> list[Any]:
    return list(loop.run([Message("user", text)], cancel))


# -- approval ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("policy", "tool", "asked"), [
    ("ask", ADD, True), ("ask", DELETE, True), ("ask", OPEN, True),
    ("read-only", ADD, False), ("read-only", DELETE, True), ("read-only", OPEN, True),
    ("all", ADD, False), ("all", DELETE, False), ("all", OPEN, True),
])
def test_policy_decides_who_is_asked(policy: str, tool: Tool, asked: bool) -> None:
    questions: list[str] = []

    def ask(call: ToolCall, t: Tool) -> Decision:
        questions.append(call.display())
        return Decision.ONCE

    approver = Approver(policy, ask)
    result = approver.approve(ToolCall(tool.name, {}), tool)
    assert result.approved
    assert bool(questions) == asked
    assert result.how == ("once" if asked else "auto")
    unattended = Approver(policy, None).approve(ToolCall(tool.name, {}), tool)
    assert unattended.approved is (not asked)
    if asked:
        assert unattended.how == "unattended"


def test_always_is_remembered_except_for_always_ask_tools() -> None:
    answers = iter([Decision.ALWAYS, Decision.ALWAYS, Decision.DENY])
    approver = Approver(ApprovalPolicy.ASK, lambda call, tool: next(answers))
    assert approver.approve(ToolCall("delete_note", {}), DELETE).how == "always"
    assert approver.approve(ToolCall("delete_note", {}), DELETE).how == "remembered"
    assert approver.approve(ToolCall("open_it", {}), OPEN).how == "once"  # not remembered
    assert not approver.approve(ToolCall("open_it", {}), OPEN).approved
    assert approver.always_allowed == {"delete_note"}


# -- the loop with a scripted engine -----------------------------------------------------------

def test_call_result_answer() -> None:
    engine = FakeEngine(["[add(a=2, b=3)]", "2 + 3 = 5."])
    loop = ToolLoop(engine, ToolRegistry([ADD]), Approver("read-only"))
    events = _run(loop)
    kinds = [type(e).__name__ for e in events if not isinstance(e, TokenEvent)]
    assert kinds == ["ToolRoundStarted", "AssistantTurn", "ToolCallStarted", "ToolResult",
                     "ToolRoundStarted", "AssistantTurn", "ToolLoopDone"]
    result = next(e for e in events if isinstance(e, ToolResult))
    assert result.record.status == "ok" and result.record.result == {"sum": 5}
    assert result.record.approval == "auto" and result.record.duration_ms >= 0
    assert result.message == Message("ipython", '{"sum": 5}')
    done = events[-1]
    assert isinstance(done, ToolLoopDone) and done.text == "2 + 3 = 5." and done.rounds == 2
    second = engine.requests[1].messages
    assert second[-2] == Message("assistant", PYTHON_TAG + "[add(a=2, b=3)]")
    assert second[-1] == Message("ipython", '{"sum": 5}')
    assert second[0].role == "system" and "\"name\": \"add\"" in second[0].content
    assert engine.requests[0].add_default_system is False
    assert engine.requests[0].sampling.grammar and engine.requests[0].sampling.grammar_trigger


def test_denied_and_unattended_calls_do_not_run() -> None:
    engine = FakeEngine(["[delete_note(name='x')]", "OK, I did not delete it."])
    loop = ToolLoop(engine, ToolRegistry([DELETE]),
                    Approver("read-only", lambda call, tool: Decision.DENY))
    events = _run(loop)
    result = next(e for e in events if isinstance(e, ToolResult))
    assert result.record.status == "denied" and calls_made == []
    assert "did not allow" in json.loads(result.message.content)["error"]
    engine = FakeEngine(["[delete_note(name='x')]", "OK."])
    events = _run(ToolLoop(engine, ToolRegistry([DELETE]), Approver("read-only", None)))
    result = next(e for e in events if isinstance(e, ToolResult))
    assert result.record.approval == "unattended" and calls_made == []


def test_the_approval_sees_the_exact_validated_arguments() -> None:
    seen: list[str] = []
    engine = FakeEngine(["[delete_note(name='draft \"1\"')]", "Deleted."])
    loop = ToolLoop(engine, ToolRegistry([DELETE]),
                    Approver("ask", lambda call, tool: seen.append(call.display())
                             or Decision.ONCE))
    _run(loop)
    assert seen == ["delete_note(name='draft \"1\"')"]
    assert calls_made == [{"name": 'draft "1"'}]


@pytest.mark.parametrize(("answer", "error"), [
    ("[rm(path='/')]", "no tool named 'rm'"),
    ("[add(a='two', b=3)]", "argument 'a'"),
    ("[add(a=1)]", "needs the argument 'b'"),
    ("[add(a=1, b=__import__('os'))]", "must be a literal"),
])
def test_bad_calls_are_fed_back_to_the_model(answer: str, error: str) -> None:
    engine = FakeEngine([answer, "Sorry."])
    events = _run(ToolLoop(engine, ToolRegistry([ADD]), Approver("all")))
    result = next(e for e in events if isinstance(e, ToolResult))
    assert result.record.status == "error" and error in result.record.error  # type: ignore
    assert error in json.loads(result.message.content)["error"]
    assert calls_made == []
    assert engine.requests[1].messages[-1] == result.message
    assert isinstance(events[-1], ToolLoopDone) and events[-1].text == "Sorry."


def test_round_cap() -> None:
    engine = FakeEngine(["[add(a=1, b=1)]"] * 10)
    events = _run(ToolLoop(engine, ToolRegistry([ADD]), Approver("all"), max_rounds=2))
    done = events[-1]
    assert isinstance(done, ToolLoopDone) and done.stop_reason == "tool_limit"
    assert len(engine.requests) == 3 and len(calls_made) == 2
    assert engine.requests[2].sampling.grammar is None  # the last answer is free text
    assert done.records[-1].status == "skipped"


def test_force_call_applies_the_grammar_from_the_first_token() -> None:
    engine = FakeEngine(["[add(a=1, b=1)]", "2"])
    _run(ToolLoop(engine, ToolRegistry([ADD]), Approver("all"), force_call=True))
    assert engine.requests[0].sampling.grammar_trigger is None
    assert engine.requests[1].sampling.grammar_trigger is not None


def test_no_tools_is_a_plain_chat() -> None:
    engine = FakeEngine(["[add(a=1, b=1)]"])
    events = _run(ToolLoop(engine, ToolRegistry(), Approver("all")))
    assert isinstance(events[-1], ToolLoopDone) and events[-1].rounds == 1
    assert engine.requests[0].add_default_system and engine.requests[0].sampling.grammar is None


def test_stop_cancels_a_running_tool() -> None:
    started = threading.Event()
    seen_cancel = threading.Event()

    def slow(args: dict[str, Any], cancel: CancelToken) -> Any:
        started.set()
        while not cancel.cancelled:
            time.sleep(0.01)
        seen_cancel.set()
        raise ToolCancelledError("stopped")

    tool = Tool("slow", "Slow", object_schema({}), run=slow, timeout_s=60)
    cancel = CancelToken()
    threading.Thread(target=lambda: started.wait(5) and cancel.cancel(), daemon=True).start()
    begin = time.monotonic()
    events = _run(ToolLoop(FakeEngine(["[slow()]", "never"]), ToolRegistry([tool]),
                           Approver("all")), cancel=cancel)
    assert time.monotonic() - begin < 3
    assert seen_cancel.wait(2)  # the tool saw its own token set
    result = next(e for e in events if isinstance(e, ToolResult))
    assert result.record.status == "cancelled"
    assert isinstance(events[-1], ToolLoopDone) and events[-1].stop_reason == "cancelled"


def test_a_tool_that_ignores_stop_or_hangs_is_abandoned() -> None:
    gate = threading.Event()
    tool = Tool("hang", "Hangs", object_schema({}), run=lambda a, c: gate.wait(30),
                timeout_s=0.3)
    begin = time.monotonic()
    events = _run(ToolLoop(FakeEngine(["[hang()]", "ok"]), ToolRegistry([tool]),
                           Approver("all")))
    gate.set()
    assert time.monotonic() - begin < 3
    result = next(e for e in events if isinstance(e, ToolResult))
    assert result.record.status == "error" and "longer than 0.3 s" in result.record.error


def test_tool_exceptions_become_error_results() -> None:
    tool = Tool("boom", "Fails", object_schema({}), run=lambda a, c: 1 / 0)
    events = _run(ToolLoop(FakeEngine(["[boom()]", "ok"]), ToolRegistry([tool]),
                           Approver("all")))
    result = next(e for e in events if isinstance(e, ToolResult))
    assert result.record.status == "error" and "ZeroDivisionError" in result.record.error


def test_long_results_are_capped() -> None:
    tool = Tool("big", "Big", object_schema({}), run=lambda a, c: "x" * 50_000,
                max_result_chars=1000)
    events = _run(ToolLoop(FakeEngine(["[big()]", "ok"]), ToolRegistry([tool]),
                           Approver("all")))
    result = next(e for e in events if isinstance(e, ToolResult))
    assert len(result.message.content) < 1100 and result.message.content.endswith("[truncated]")


# -- saving -----------------------------------------------------------------------------------

def test_session_saves_every_turn(tmp_path: Path) -> None:
    with ConversationStore(tmp_path / "c.sqlite3") as store:
        conv = store.create_conversation()
        engine = FakeEngine(["[add(a=2, b=3)]", "It is 5."])
        loop = ToolLoop(engine, ToolRegistry([ADD]), Approver("all"))
        list(ToolChatSession(store).run(conv.id, "2 + 3?", loop, CancelToken(), model="fake"))
        stored = store.messages(conv.id)
        assert [m.role for m in stored] == ["user", "assistant", "ipython", "assistant"]
        assert stored[1].content == PYTHON_TAG + "[add(a=2, b=3)]"
        assert stored[1].stats["tool_calls"] == [{"name": "add",  # type: ignore[index]
                                                  "arguments": {"a": 2, "b": 3}}]
        record = stored[2].stats["tool_call"]  # type: ignore[index]
        assert record["name"] == "add" and record["result"] == {"sum": 5}
        assert record["status"] == "ok" and "duration_ms" in record
        assert stored[3].content == "It is 5." and stored[3].status == "complete"
        # the next turn sends the whole exchange back
        engine2 = FakeEngine(["And 5 + 1 is 6."])
        loop2 = ToolLoop(engine2, ToolRegistry([ADD]), Approver("all"))
        list(ToolChatSession(store).run(conv.id, "Plus one?", loop2, CancelToken()))
        roles = [m.role for m in engine2.requests[0].messages]
        assert roles == ["system", "user", "assistant", "ipython", "assistant", "user"]


def test_tool_prefs_per_conversation() -> None:
    assert load_tool_prefs(7) == ToolPrefs()
    save_tool_prefs(7, ToolPrefs(enabled=["calculator"], policy="all", always=["x"]))
    save_tool_prefs(8, ToolPrefs(enabled=["files"]))
    assert load_tool_prefs(7) == ToolPrefs(["calculator"], "all", ["x"])
    assert load_tool_prefs(8).enabled == ["files"]


# -- end to end on the tiny random-weight Llama 3.2 ---------------------------------------------

class SpyEngine:
    """A real engine that remembers the prompts it was given."""

    def __init__(self, engine: LlamaCppEngine) -> None:
        self.engine = engine
        self.prompts: list[str] = []

    @property
    def info(self) -> Any:
        return self.engine.info

    @property
    def prompt_format(self) -> Any:
        return self.engine.prompt_format

    def generate(self, request: GenerationRequest, cancel: CancelToken | None = None
                 ) -> Iterator[GenerationEvent]:
        fmt = self.engine.prompt_format
        self.prompts.append(fmt.without_default_system().render(request.messages))
        return self.engine.generate(request, cancel)


def test_end_to_end_round_on_the_tiny_llama(tiny_llama_gguf: Path) -> None:
    with LlamaCppEngine(tiny_llama_gguf, LoadOptions(n_ctx=1024, check_memory=False)) as real:
        spy = SpyEngine(real)
        from app.core.engine.base import SamplingParams

        loop = ToolLoop(spy, ToolRegistry([ADD]), Approver("read-only"),  # type: ignore[arg-type]
                        sampling=SamplingParams(temperature=1.0, seed=1, max_tokens=120),
                        force_call=True, max_rounds=1, max_calls=1)
        events = _run(loop, "What is 2 + 3? Use the add tool.")
    turns = [e for e in events if isinstance(e, AssistantTurn)]
    assert turns[0].calls and turns[0].calls[0].name == "add" and not turns[0].final
    (result,) = [e for e in events if isinstance(e, ToolResult)]
    assert result.record.status == "ok"
    a, b = result.record.arguments["a"], result.record.arguments["b"]
    assert result.record.result == {"sum": a + b}
    assert turns[-1].final
    assert [type(e) for e in events].count(ToolRoundStarted) == 2
    assert any(isinstance(e, ToolCallStarted) for e in events)
    # the second round's prompt holds the call (after <|python_tag|>) and the ipython result
    second = spy.prompts[1]
    assert f"<|start_header_id|>assistant<|end_header_id|>\n\n{PYTHON_TAG}[add(" in second
    assert ("<|start_header_id|>ipython<|end_header_id|>\n\n"
            + json.dumps({"sum": a + b}) + "<|eot_id|>") in second
    assert second.endswith("<|start_header_id|>assistant<|end_header_id|>\n\n")
    assert isinstance(events[-1], ToolLoopDone)
