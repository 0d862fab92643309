"""Local tools for Llama 3.2's zero-shot function calling (Qt-free).

``base`` (tools, calls, registry, schema checks), ``prompt`` (Meta's tool prompt), ``parser``
(reading calls, literals only), ``grammar`` (GBNF that forces well-formed calls),
``choice`` (auto/none/required/named, OpenAI's ``tool_choice``), ``approval`` (the user's
policy), ``loop`` (call -> approve -> run -> ipython -> continue), ``builtin`` and
``user_tools`` (what can be called), ``catalog`` (choosing), ``session`` (saving tool turns
with the conversation).
"""

from app.core.tools.approval import ApprovalPolicy, ApprovalResult, Approver, Decision
from app.core.tools.base import (
    Tool,
    ToolArgumentError,
    ToolCall,
    ToolCallParseError,
    ToolCancelledError,
    ToolConfigError,
    ToolError,
    ToolRegistry,
    ToolRunError,
    UnknownToolError,
    object_schema,
)
from app.core.tools.catalog import BUILTIN_GROUPS, ToolEnvironment, select_tools
from app.core.tools.choice import ToolChoice, call_sampling
from app.core.tools.grammar import TOOL_CALL_TRIGGER, tool_call_grammar
from app.core.tools.loop import (
    AssistantTurn,
    ToolCallRecord,
    ToolCallStarted,
    ToolLoop,
    ToolLoopDone,
    ToolResult,
    ToolRoundStarted,
)
from app.core.tools.parser import ParsedResponse, parse_tool_calls
from app.core.tools.prompt import system_tool_prompt, user_tool_prompt

__all__ = [
    "BUILTIN_GROUPS",
    "TOOL_CALL_TRIGGER",
    "ApprovalPolicy",
    "ApprovalResult",
    "Approver",
    "AssistantTurn",
    "Decision",
    "ParsedResponse",
    "Tool",
    "ToolArgumentError",
    "ToolCall",
    "ToolCallParseError",
    "ToolCallRecord",
    "ToolCallStarted",
    "ToolCancelledError",
    "ToolChoice",
    "ToolConfigError",
    "ToolEnvironment",
    "ToolError",
    "ToolLoop",
    "ToolLoopDone",
    "ToolRegistry",
    "ToolResult",
    "ToolRoundStarted",
    "ToolRunError",
    "UnknownToolError",
    "call_sampling",
    "object_schema",
    "parse_tool_calls",
    "select_tools",
    "system_tool_prompt",
    "tool_call_grammar",
    "user_tool_prompt",
]
