"""Keeping the tool prompt within a token budget when many tools are enabled.

Every enabled tool is written into the system message as JSON (``prompt.py``). A few MCP
servers can bring dozens of tools: thousands of tokens that crowd out the conversation in a
small context window, and more choice than a 1B or 3B model handles well. :func:`fit_tools`
keeps Hearth's own tools (the person picked them one by one) and offers the MCP tools that
best match the question, by the words they share with it, until the budget is spent; it
returns the rest so the window and the CLI can say which were left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from app.core.tools.base import Tool, ToolRegistry
from app.core.tools.prompt import tool_definitions

__all__ = ["ToolBudget", "budget_for_context", "fit_tools"]

_WORD = re.compile(r"[a-z0-9]{3,}")


@dataclass(frozen=True, slots=True)
class ToolBudget:
    registry: ToolRegistry
    left_out: tuple[str, ...] = ()
    tokens: int = 0
    budget: int = 0

    def notice(self) -> str | None:
        """One sentence for the person when tools were left out, else None."""
        if not self.left_out:
            return None
        shown = ", ".join(self.left_out[:8]) + (" …" if len(self.left_out) > 8 else "")
        return (f"{len(self.left_out)} tools were not offered to the model this turn, to keep "
                f"the tool list within {self.budget} tokens: {shown}. Ask about them by name, "
                "or enable fewer MCP servers.")


def budget_for_context(n_ctx: int) -> int:
    """A quarter of the context window, between 512 and 6000 tokens."""
    return max(512, min(6000, n_ctx // 4))


def _estimate(text: str) -> int:
    return len(text) // 3 + 1  # JSON with short keys: about three characters a token


def _words(text: str) -> set[str]:
    words = set(_WORD.findall(text.lower().replace("_", " ")))
    return words | {w[:-1] for w in words if w.endswith("s") and len(w) > 3}


def fit_tools(registry: ToolRegistry, question: str, budget_tokens: int,
              count_tokens: Callable[[str], int] | None = None) -> ToolBudget:
    """The tools to offer for ``question`` within ``budget_tokens`` of tool JSON."""
    count = count_tokens or _estimate
    tools = list(registry)

    def cost(tool: Tool) -> int:
        return count(json.dumps(tool_definitions([tool]), indent=4, ensure_ascii=False))

    costs = {t.name: cost(t) for t in tools}
    total = sum(costs.values())
    if total <= budget_tokens:
        return ToolBudget(registry, (), total, budget_tokens)
    pinned = [t for t in tools if not t.source.startswith("mcp:")]
    asked = _words(question)

    def score(tool: Tool) -> tuple[int, int]:
        words = _words(f"{tool.name} {tool.description} {tool.source[4:]}")
        name_words = _words(tool.name)
        return (2 * len(asked & name_words) + len(asked & words), -costs[tool.name])

    candidates = sorted((t for t in tools if t.source.startswith("mcp:")), key=score,
                        reverse=True)
    used = sum(costs[t.name] for t in pinned)
    keep = {t.name for t in pinned}
    for tool in candidates:
        if used + costs[tool.name] <= budget_tokens:
            keep.add(tool.name)
            used += costs[tool.name]
    left_out = tuple(t.name for t in tools if t.name not in keep)
    return ToolBudget(registry.subset(keep), left_out, used, budget_tokens)
