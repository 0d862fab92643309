"""The tool loop: the model calls, the person approves, the tool runs, the model continues.

One round is: generate (streamed; with tools enabled a grammar forces any call to be
well-formed), parse the answer, and for each call: check it against the tool's schema, ask the
:class:`Approver`, run the tool on a worker thread (with the cancel token, a timeout and an
output cap), and append an ``ipython`` turn holding the result as JSON - exactly the shape of
Meta's zero-shot E2E example. Then the next round starts from the longer conversation. An
answer without calls ends the loop; so does Stop (which also stops a running tool) and the
round cap (after it, one last answer is generated with the grammar off and calls in it are not
run).

Everything is reported as events, so the window, the CLI and the store can follow along:
:class:`ToolRoundStarted`, the engine's :class:`TokenEvent` s, :class:`AssistantTurn`,
:class:`ToolCallStarted`, :class:`ToolResult`, and finally :class:`ToolLoopDone`.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    Engine,
    GenerationRequest,
    ProgressEvent,
    SamplingParams,
    Stats,
    TokenEvent,
)
from app.core.tools.approval import Approver
from app.core.tools.base import (
    Tool,
    ToolCall,
    ToolCallParseError,
    ToolCancelledError,
    ToolError,
    ToolRegistry,
)
from app.core.tools.choice import ToolChoice
from app.core.tools.grammar import TOOL_CALL_TRIGGER, tool_call_grammar
from app.core.tools.parser import MAX_CALLS, parse_tool_calls
from app.core.tools.prompt import PYTHON_TAG, system_tool_prompt, tool_definitions

__all__ = [
    "AssistantTurn",
    "LoopEvent",
    "ToolCallRecord",
    "ToolCallStarted",
    "ToolLoop",
    "ToolLoopDone",
    "ToolResult",
    "ToolRoundStarted",
]

Status = Literal["ok", "error", "denied", "cancelled", "skipped"]


@dataclass(frozen=True, slots=True)
class ToolCallRecord:
    """What happened to one call: what the cards show and the store keeps."""

    name: str
    arguments: dict[str, Any]
    status: Status
    result: Any = None
    error: str | None = None
    duration_ms: float = 0.0
    approval: str = ""
    round: int = 0
    source: str = ""
    origin: str = ""  # the tool's origin (an MCP server and its tool name), for the cards

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class ToolRoundStarted:
    round: int


@dataclass(frozen=True, slots=True)
class AssistantTurn:
    """The model finished one answer. ``final``: no calls to run (the loop ends with it)."""

    message: Message
    stats: Stats
    calls: tuple[ToolCall, ...] = ()
    final: bool = False
    status: Literal["complete", "cancelled"] = "complete"
    round: int = 0


@dataclass(frozen=True, slots=True)
class ToolCallStarted:
    """A valid call is about to be approved and run (the window shows a pending card)."""

    call: ToolCall
    tool: Tool
    round: int


@dataclass(frozen=True, slots=True)
class ToolResult:
    """A call was handled; ``message`` is the ``ipython`` turn added to the conversation."""

    record: ToolCallRecord
    message: Message


@dataclass(frozen=True, slots=True)
class ToolLoopDone:
    text: str
    stop_reason: str  # the last generation's, or "cancelled", or "tool_limit"
    rounds: int
    records: tuple[ToolCallRecord, ...] = ()
    stats: Stats = field(default_factory=Stats)


LoopEvent = ToolRoundStarted | TokenEvent | AssistantTurn | ToolCallStarted | ToolResult | \
    ToolLoopDone | ProgressEvent


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


class ToolLoop:
    """Runs conversations with tools on one engine.

    Args:
        engine: any :class:`Engine`; grammars need :class:`LlamaCppEngine`.
        tools: the tools enabled for this conversation.
        approver: the policy and the person (see :mod:`approval`).
        sampling: how to sample every round (a grammar is added per round).
        max_rounds: how many rounds of calls may run before the model must answer.
        use_grammar: constrain calls with a grammar once the model writes ``[``.
        force_call: the first round must be a call (the grammar applies from the first token).
        max_calls: how many calls one answer may hold (the grammar enforces it).
        tool_choice: OpenAI's choice (see :mod:`choice`): ``none`` offers no tools,
            ``required`` and a tool's name force the first round to be a call (to that tool).
    """

    def __init__(
        self,
        engine: Engine,
        tools: ToolRegistry,
        approver: Approver,
        *,
        sampling: SamplingParams | None = None,
        max_rounds: int = 4,
        use_grammar: bool = True,
        force_call: bool = False,
        max_calls: int = MAX_CALLS,
        tool_choice: ToolChoice | None = None,
    ) -> None:
        if tool_choice is not None:
            tools = tool_choice.offered(tools)
            force_call = force_call or tool_choice.forced
        self.engine = engine
        self.tools = tools
        self.approver = approver
        self.sampling = sampling or SamplingParams()
        self.max_rounds = max(1, max_rounds)
        self.use_grammar = use_grammar and len(tools) > 0
        self.force_call = force_call and self.use_grammar
        self._grammar = tool_call_grammar(tools, max_calls) if self.use_grammar else None
        # Engines on a server place the tools themselves (OpenAI's form, or Meta's prompt).
        self._hands_tools = bool(getattr(engine, "takes_tool_definitions", False))
        fmt = getattr(engine, "prompt_format", None)
        self._python_tag = getattr(fmt, "name", getattr(engine.info, "chat_format", "")) \
            == "llama3"

    # -- prompt -------------------------------------------------------------------------------

    def prompt_messages(self, history: Sequence[Message]) -> list[Message]:
        """``history`` with the system message that offers the tools (Meta's text), the
        person's own system prompt kept after it."""
        messages = list(history)
        if not len(self.tools) or self._hands_tools:
            return messages
        system = None
        if messages and messages[0].role == "system":
            system = messages.pop(0).content
        return [Message("system", system_tool_prompt(self.tools, system)), *messages]

    def call_turn(self, text: str) -> Message:
        """The assistant turn as it goes back into the prompt (Meta: ``<|python_tag|>[...]``)."""
        text = text.strip()
        if text.startswith(PYTHON_TAG):
            text = text[len(PYTHON_TAG):].lstrip()
        return Message("assistant", (PYTHON_TAG + text) if self._python_tag else text)

    def _sampling(self, round_no: int, final: bool) -> SamplingParams:
        if self._grammar is None or final:
            return dataclasses.replace(self.sampling, grammar=None, grammar_trigger=None)
        trigger = None if (self.force_call and round_no == 1) else TOOL_CALL_TRIGGER
        return dataclasses.replace(self.sampling, grammar=self._grammar, grammar_trigger=trigger)

    # -- the loop -----------------------------------------------------------------------------

    def run(self, history: Sequence[Message], cancel: CancelToken | None = None
            ) -> Iterator[LoopEvent]:
        """Answer the last user turn of ``history``, calling tools as the model asks."""
        cancel = cancel or CancelToken()
        conversation = self.prompt_messages(history)
        records: list[ToolCallRecord] = []
        stats = Stats()
        round_no = 0
        while True:
            round_no += 1
            final = round_no > self.max_rounds
            yield ToolRoundStarted(round_no)
            request = GenerationRequest(
                messages=list(conversation),
                sampling=self._sampling(round_no, final),
                add_default_system=not len(self.tools),
                tools=tuple(tool_definitions(self.tools)) if self._hands_tools else (),
            )
            done: DoneEvent | None = None
            for event in self.engine.generate(request, cancel):
                if isinstance(event, DoneEvent):
                    done = event
                else:
                    yield event
            if done is None:  # an engine that ended without a DoneEvent
                done = DoneEvent("", Stats(stop_reason="cancelled"))
            stats = done.stats
            text = done.text
            if stats.stop_reason == "cancelled" or cancel.cancelled:
                yield AssistantTurn(Message("assistant", text), stats, final=True,
                                    status="cancelled", round=round_no)
                yield ToolLoopDone(text, "cancelled", round_no, tuple(records), stats)
                return
            try:
                parsed = parse_tool_calls(text) if len(self.tools) else None
            except ToolCallParseError as exc:
                # Tell the model what was wrong, as a tool result, and let it try again.
                turn = self.call_turn(text)
                yield AssistantTurn(turn, stats, round=round_no)
                record = ToolCallRecord("", {}, "error", error=exc.message, round=round_no,
                                        source=text.strip()[:500])
                records.append(record)
                message = Message("ipython", _json({"error": exc.message}))
                yield ToolResult(record, message)
                conversation += [turn, message]
                if final:
                    yield ToolLoopDone(text, "tool_limit", round_no, tuple(records), stats)
                    return
                continue
            if parsed is None or not parsed.calls:
                yield AssistantTurn(Message("assistant", text), stats, final=True,
                                    round=round_no)
                yield ToolLoopDone(text, stats.stop_reason, round_no, tuple(records), stats)
                return
            if final:
                for call in parsed.calls:
                    record = ToolCallRecord(call.name, call.arguments, "skipped",
                                            error="The limit of tool rounds was reached.",
                                            round=round_no, source=call.source)
                    records.append(record)
                yield AssistantTurn(Message("assistant", text), stats, tuple(parsed.calls),
                                    final=True, round=round_no)
                yield ToolLoopDone(text, "tool_limit", round_no, tuple(records), stats)
                return
            turn = self.call_turn(text)
            yield AssistantTurn(turn, stats, tuple(parsed.calls), round=round_no)
            conversation.append(turn)
            for call in parsed.calls:
                record, message = yield from self._handle(call, round_no, cancel)
                records.append(record)
                conversation.append(message)
                yield ToolResult(record, message)
                if record.status == "cancelled":
                    yield ToolLoopDone(text, "cancelled", round_no, tuple(records), stats)
                    return

    def _handle(self, call: ToolCall, round_no: int, cancel: CancelToken
                ) -> Iterator[LoopEvent]:
        """Validate, approve and run one call; returns (record, ipython message)."""

        def finish(status: Status, *, result: Any = None, error: str | None = None,
                   approval: str = "", started: float | None = None,
                   arguments: dict[str, Any] | None = None
                   ) -> tuple[ToolCallRecord, Message]:
            duration = (time.perf_counter() - started) * 1000 if started else 0.0
            record = ToolCallRecord(call.name, arguments if arguments is not None
                                    else call.arguments, status, result, error,
                                    round(duration, 2), approval, round_no, call.source,
                                    tool.origin if tool else "")
            if status == "ok":
                content = _json(result)
                limit = tool.max_result_chars if tool else 8000
                if len(content) > limit:
                    content = content[:limit] + " …[truncated]"
            else:
                content = _json({"error": error})
            return record, Message("ipython", content)

        tool = self.tools.get(call.name)
        try:
            arguments = self.tools.validate(call)
        except ToolError as exc:
            return finish("error", error=exc.message)
        assert tool is not None
        yield ToolCallStarted(ToolCall(call.name, arguments, call.source), tool, round_no)
        if cancel.cancelled:
            return finish("cancelled", error="Stopped before it ran.", arguments=arguments)
        decision = self.approver.approve(ToolCall(call.name, arguments, call.source), tool)
        if not decision.approved:
            reason = ("The user did not allow this call." if decision.how == "denied" else
                      "This call needs the user's approval and nobody could be asked, so it "
                      "was not run.")
            return finish("denied", error=reason, approval=decision.how, arguments=arguments)
        if cancel.cancelled:
            return finish("cancelled", error="Stopped before it ran.", approval=decision.how,
                          arguments=arguments)
        started = time.perf_counter()
        status, result, error = _run_with_limits(tool, arguments, cancel)
        return finish(status, result=result, error=error, approval=decision.how,
                      started=started, arguments=arguments)


def _run_with_limits(tool: Tool, arguments: dict[str, Any], cancel: CancelToken
                     ) -> tuple[Status, Any, str | None]:
    """Run the tool on its own thread; give up on it at Stop or after its timeout.

    The tool gets its own cancel token, set in both cases, so a tool that polls it (the file
    search, user programs, which are then killed) ends promptly; one that does not is left to
    finish on its daemon thread and its result is ignored.
    """
    box: dict[str, Any] = {}
    token = CancelToken()

    def target() -> None:
        try:
            box["result"] = tool.run(arguments, token)
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=target, name=f"tool-{tool.name}", daemon=True)
    thread.start()
    deadline = time.monotonic() + tool.timeout_s
    while thread.is_alive():
        thread.join(0.02)
        if cancel.cancelled:
            token.cancel()
            thread.join(1.0)
            return "cancelled", None, "Stopped by the user."
        if time.monotonic() > deadline:
            token.cancel()
            thread.join(1.0)
            return "error", None, f"{tool.name} took longer than {tool.timeout_s:g} s."
    if "error" in box:
        exc = box["error"]
        if isinstance(exc, ToolCancelledError):
            return "cancelled", None, exc.message
        if isinstance(exc, ToolError):
            return "error", None, exc.message
        return "error", None, f"{tool.name} failed: {type(exc).__name__}: {exc}"
    return "ok", box.get("result"), None
