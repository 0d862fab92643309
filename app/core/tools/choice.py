"""Which tools the model may, or must, call in an answer: OpenAI's ``tool_choice``.

* ``auto`` - the model decides; a call is made well-formed once it writes ``[`` (the grammar
  waits for that trigger).
* ``none`` - no tools are offered and nothing is parsed as a call.
* ``required`` - the answer must be a call to one of the tools: the grammar applies from the
  first token, so the model cannot answer in prose.
* a tool's name - as ``required``, with only that tool offered and allowed.

The server (``tool_choice`` in a request), ``hearth chat --tool-choice`` and the tool loop all
take this one value.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

from app.core.engine.base import SamplingParams
from app.core.tools.base import ToolConfigError, ToolRegistry
from app.core.tools.grammar import TOOL_CALL_TRIGGER, tool_call_grammar
from app.core.tools.parser import MAX_CALLS

__all__ = ["ToolChoice", "call_sampling"]

Mode = Literal["auto", "none", "required", "named"]


@dataclass(frozen=True, slots=True)
class ToolChoice:
    """``auto`` (default), ``none``, ``required``, or ``named`` with the tool's ``name``."""

    mode: Mode = "auto"
    name: str | None = None

    def __post_init__(self) -> None:
        if (self.mode == "named") != bool(self.name):
            raise ValueError("a named tool choice needs a name, and only it does")

    @classmethod
    def parse(cls, text: str) -> ToolChoice:
        """``auto``, ``none``, ``required`` or a tool name (what ``--tool-choice`` accepts)."""
        value = text.strip()
        if value in ("auto", "none", "required"):
            return cls(value)  # type: ignore[arg-type]
        if not value:
            raise ToolConfigError("--tool-choice needs auto, none, required or a tool's name.")
        return cls("named", value)

    @property
    def forced(self) -> bool:
        """The answer must be a call (the grammar applies from the first token)."""
        return self.mode in ("required", "named")

    def __str__(self) -> str:
        return self.name if self.mode == "named" and self.name else self.mode

    def offered(self, tools: ToolRegistry) -> ToolRegistry:
        """The tools the prompt lists and the grammar allows under this choice.

        Raises :class:`ToolConfigError` for a named tool that is not among ``tools``, and for
        ``required`` without any tool.
        """
        if self.mode == "none":
            return ToolRegistry()
        if self.mode == "named":
            if self.name not in tools:
                known = ", ".join(tools.names()) or "none"
                raise ToolConfigError(
                    f"The tool choice names {self.name!r}, which is not among the tools "
                    f"(tools: {known})."
                )
            return tools.subset([self.name or ""])
        if self.mode == "required" and not len(tools):
            raise ToolConfigError("A call is required, but no tools were given.")
        return tools


def call_sampling(base: SamplingParams, tools: ToolRegistry, choice: ToolChoice, *,
                  max_calls: int = MAX_CALLS) -> SamplingParams:
    """``base`` with the tool-call grammar for ``tools`` (already :meth:`ToolChoice.offered`):
    triggered by ``[`` under ``auto``, from the first token when the choice forces a call,
    and none at all without tools."""
    if not len(tools):
        return dataclasses.replace(base, grammar=None, grammar_trigger=None)
    trigger = None if choice.forced else TOOL_CALL_TRIGGER
    return dataclasses.replace(base, grammar=tool_call_grammar(tools, max_calls),
                               grammar_trigger=trigger)
