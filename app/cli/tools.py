"""``hearth chat --tools …``: local tools from a terminal.

``--tools calculator,files`` enables tool groups or single tools (``all`` for every built-in
one), ``--approve ask|read-only|all`` sets the policy (default ``read-only``: tools that only
look at things run at once, anything else is asked), ``--allow-dir PATH`` (repeatable)
approves a folder for the file tools, ``mcp:NAME`` adds the tools of an MCP server from
``mcp.json`` (``hearth mcp``). ``ask`` prompts on the terminal, so it is a usage error
(exit 2) when stdin is not a terminal; with the other policies a call that needs asking is
denied there instead. The answer goes to stdout; each tool call is one line on stderr, and
``--json`` adds the records as ``"tool_calls"``. ``--tool-choice required`` (or a tool's
name) makes the first answer a call, forced by the grammar from its first token; ``none``
offers no tools.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from app.cli.args import EXIT_USAGE
from app.core.chat.message import Message
from app.core.engine.base import CancelToken, Engine, SamplingParams, TokenEvent
from app.core.errors import HearthError
from app.core.tools.approval import ApprovalPolicy, Approver, Decision
from app.core.tools.base import Tool, ToolCall, ToolRegistry
from app.core.tools.budget import budget_for_context, fit_tools
from app.core.tools.catalog import BUILTIN_GROUPS, ToolEnvironment, select_tools
from app.core.tools.choice import ToolChoice
from app.core.tools.loop import (
    AssistantTurn,
    ToolCallRecord,
    ToolLoop,
    ToolLoopDone,
    ToolResult,
    ToolRoundStarted,
)

__all__ = ["CliTools", "add_tool_arguments", "prepare_tools"]



def add_tool_arguments(chat: argparse.ArgumentParser) -> None:
    """The tool options of ``hearth chat``."""
    group = chat.add_argument_group(
        "tools", "Let the model call local tools (Llama 3.2 zero-shot function calling).")
    group.add_argument(
        "--tools", metavar="LIST",
        help="comma-separated tool groups or names: " + ", ".join(BUILTIN_GROUPS)
        + ", all, a tool from your tools.json, or mcp:SERVER for an MCP server's tools "
        "(mcp:* for all of them)")
    group.add_argument(
        "--approve", choices=[p.value for p in ApprovalPolicy], default=None,
        help="which calls run without asking: ask (none), read-only (default: tools that only "
        "read), all (all but opening files and links)")
    group.add_argument("--allow-dir", action="append", default=[], metavar="PATH",
                       help="a folder the file tools may use (repeatable)")
    group.add_argument("--max-tool-rounds", type=int, default=4, metavar="N",
                       help="rounds of tool calls before the model must answer (default 4)")
    group.add_argument("--no-grammar", action="store_true",
                       help="do not constrain tool calls with a grammar")
    group.add_argument("--tool-choice", metavar="auto|none|required|NAME", default=None,
                       help="auto (default): the model decides; none: no tools; required: "
                       "the answer starts with a call; NAME: a call to that tool")


def _tty_ask(stdin: TextIO, stderr: TextIO) -> Callable[[ToolCall, Tool], Decision]:
    def ask(call: ToolCall, tool: Tool) -> Decision:
        options = "[y] once, [n] no" if tool.always_ask else \
            "[y] once, [a] always for this tool, [n] no"
        kind = "" if tool.read_only else " (it can change things)"
        origin = f"  from {tool.origin}\n" if tool.origin else ""
        effect = f"  {tool.effect}\n" if tool.effect else ""
        stderr.write(f"\nThe model wants to run a tool{kind}:\n  {call.display()}\n"
                     f"{origin}{effect}Allow? {options}: ")
        stderr.flush()
        line = stdin.readline()
        answer = line.strip().lower()
        if answer in {"y", "yes", "o", "once"}:
            return Decision.ONCE
        if answer in {"a", "always"} and not tool.always_ask:
            return Decision.ALWAYS
        if not line:
            stderr.write("\n")
        return Decision.DENY

    return ask


@dataclass
class CliTools:
    """The tools, the approver and the loop settings for one ``hearth chat``."""

    registry: ToolRegistry
    approver: Approver
    max_rounds: int = 4
    use_grammar: bool = True
    tool_choice: ToolChoice = field(default_factory=ToolChoice)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    records: list[ToolCallRecord] = field(default_factory=list)
    _left_out: tuple[str, ...] = ()

    def records_json(self) -> list[dict[str, Any]]:
        return [r.as_dict() for r in self.records]

    def answer(
        self,
        engine: Engine,
        history: list[Message],
        sampling: SamplingParams,
        cancel: CancelToken,
        out: TextIO,
        *,
        quiet: bool = False,
        on_other: Callable[[object], object] | None = None,
    ) -> tuple[str, dict[str, object]] | None:
        """Answer the last user turn with tools; call turns and results are added to
        ``history`` (the final answer is left for the caller to add). Events this loop does
        not show itself (the safety check's) go to ``on_other``."""
        registry = self._offered(engine, history)
        loop = ToolLoop(engine, registry, self.approver, sampling=sampling,
                        max_rounds=self.max_rounds, use_grammar=self.use_grammar,
                        tool_choice=self.tool_choice)
        held = ""  # text held back while it may still turn out to be a call
        streaming = False
        added: list[Message] = []
        for event in loop.run(list(history), cancel):
            if isinstance(event, ToolRoundStarted):
                held, streaming = "", False
            elif isinstance(event, TokenEvent):
                if streaming:
                    if not quiet:
                        out.write(event.text)
                        out.flush()
                    continue
                held += event.text
                stripped = held.lstrip()
                if stripped and not stripped.startswith(("[", "<", "{")):
                    streaming = True
                    if not quiet:
                        out.write(held)
                        out.flush()
            elif isinstance(event, AssistantTurn):
                if not event.final:
                    added.append(event.message)
                elif not streaming and not quiet:
                    out.write(held)
                    out.flush()
            elif isinstance(event, ToolResult):
                self.records.append(event.record)
                added.append(event.message)
                self._card(event.record)
            elif isinstance(event, ToolLoopDone):
                history[-1:] = [history[-1], *added]
                stats = event.stats.as_dict()
                if event.stop_reason in ("cancelled", "tool_limit"):
                    stats["stop_reason"] = event.stop_reason
                return event.text, stats
            elif on_other is not None:
                on_other(event)
        return None

    def _offered(self, engine: Engine, history: list[Message]) -> ToolRegistry:
        """The tools for this turn, within the tool prompt's token budget (said on stderr
        when some are left out)."""
        n_ctx = getattr(getattr(engine, "info", None), "n_ctx", 4096) or 4096
        count = getattr(engine, "count_tokens", None)
        question = history[-1].content if history else ""
        fitted = fit_tools(self.registry, question, budget_for_context(int(n_ctx)),
                           count if callable(count) else None)
        if fitted.left_out != self._left_out and fitted.notice():
            self.stderr.write(f"[tools] {fitted.notice()}\n")
            self.stderr.flush()
        self._left_out = fitted.left_out
        return fitted.registry

    def _card(self, record: ToolCallRecord) -> None:
        call = ToolCall(record.name, record.arguments).display() if record.name else \
            (record.source or "?")
        if record.origin:
            call += f" [{record.origin}]"
        if record.status == "ok":
            shown = json.dumps(record.result, ensure_ascii=False, default=str)
            if len(shown) > 200:
                shown = shown[:199] + "…"
            line = f"[tool] {call} -> {shown} ({record.duration_ms:.0f} ms)"
        else:
            line = f"[tool] {call} -> {record.status}: {record.error}"
        self.stderr.write(line + "\n")
        self.stderr.flush()


def prepare_tools(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    stderr: TextIO | None = None,
) -> CliTools | None:
    """The tools ``args`` ask for, or None without ``--tools``.

    ``--approve ask`` without a terminal on stdin exits 2 (like any usage error); unknown
    tools, a disabled user tool or ``files`` without ``--allow-dir`` raise HearthError.
    """
    stdin = stdin or sys.stdin
    stderr = stderr or sys.stderr
    if not args.tools:
        if args.approve or args.allow_dir or args.tool_choice:
            raise HearthError("--approve, --allow-dir and --tool-choice only apply with --tools.")
        return None
    policy = ApprovalPolicy(args.approve or ApprovalPolicy.READ_ONLY)
    interactive = stdin.isatty()
    if policy is ApprovalPolicy.ASK and not interactive:
        stderr.write("hearth: error: --approve ask needs a terminal to ask on, and stdin is "
                     "not one. Use --approve read-only or --approve all (calls that still "
                     "need asking are then denied).\n")
        raise SystemExit(EXIT_USAGE)
    if args.max_tool_rounds < 1 or args.max_tool_rounds > 32:
        raise HearthError("--max-tool-rounds must be between 1 and 32.")
    env = ToolEnvironment(allowed_dirs=list(args.allow_dir))
    registry = select_tools(args.tools, env)
    for notice in env.notices:  # an MCP server that did not start: the others still work
        stderr.write(f"[tools] {notice}\n")
    choice = ToolChoice.parse(args.tool_choice or "auto")
    choice.offered(registry)  # an unknown tool name is an error now, not after loading
    if choice.forced and args.no_grammar:
        raise HearthError("--tool-choice required or NAME needs the grammar; drop --no-grammar.")
    approver = Approver(policy, ask=_tty_ask(stdin, stderr) if interactive else None)
    return CliTools(registry, approver, max_rounds=args.max_tool_rounds,
                    use_grammar=not args.no_grammar, tool_choice=choice, stderr=stderr)
