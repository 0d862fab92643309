"""Who says yes to a tool call: the policy, and the person when the policy says "ask".

Policies (``hearth chat --approve``, and per conversation in the window):

* ``ask`` - every call is shown to the person first;
* ``read-only`` - tools that only look at things (calculator, clock, reading approved
  folders) run at once; anything with side effects is shown first;
* ``all`` - every call runs, except tools marked ``always_ask`` (opening files and links),
  which are always shown first.

The person answers once, "always for this tool" (remembered for the conversation), or deny.
When nobody can be asked (a script, a pipe), a call that needs asking is denied.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.core.tools.base import Tool, ToolCall

__all__ = ["ApprovalPolicy", "ApprovalResult", "Approver", "AskFunction", "Decision"]


class ApprovalPolicy(enum.StrEnum):
    ASK = "ask"
    READ_ONLY = "read-only"
    ALL = "all"


class Decision(enum.StrEnum):
    ONCE = "once"
    ALWAYS = "always"
    DENY = "deny"


AskFunction = Callable[[ToolCall, Tool], Decision]


@dataclass(frozen=True, slots=True)
class ApprovalResult:
    """``how``: auto (the policy), remembered (an earlier "always"), once, always, denied, or
    unattended (it needed asking and nobody could be asked)."""

    approved: bool
    how: str


class Approver:
    """Applies a policy, asks through ``ask`` when needed, remembers "always" answers."""

    def __init__(
        self,
        policy: ApprovalPolicy | str = ApprovalPolicy.READ_ONLY,
        ask: AskFunction | None = None,
        always: Iterable[str] = (),
    ) -> None:
        self.policy = ApprovalPolicy(policy)
        self.ask = ask
        self._always = set(always)
        self._lock = threading.Lock()

    @property
    def always_allowed(self) -> frozenset[str]:
        """Tools the person approved "always" (to keep with the conversation)."""
        with self._lock:
            return frozenset(self._always)

    def forget(self, tool_name: str | None = None) -> None:
        with self._lock:
            if tool_name is None:
                self._always.clear()
            else:
                self._always.discard(tool_name)

    def needs_asking(self, tool: Tool) -> bool:
        """Whether a call to ``tool`` would be put to the person."""
        if tool.always_ask:
            return True
        with self._lock:
            if tool.name in self._always:
                return False
        if self.policy is ApprovalPolicy.ALL:
            return False
        return not (self.policy is ApprovalPolicy.READ_ONLY and tool.read_only)

    def approve(self, call: ToolCall, tool: Tool) -> ApprovalResult:
        """Decide about one call (asking the person if the policy says so)."""
        if not self.needs_asking(tool):
            with self._lock:
                remembered = tool.name in self._always
            return ApprovalResult(True, "remembered" if remembered else "auto")
        if self.ask is None:
            return ApprovalResult(False, "unattended")
        decision = Decision(self.ask(call, tool))
        if decision is Decision.DENY:
            return ApprovalResult(False, "denied")
        if decision is Decision.ALWAYS and not tool.always_ask:
            with self._lock:
                self._always.add(tool.name)
            return ApprovalResult(True, "always")
        return ApprovalResult(True, "once")
