"""Llama 3.2's zero-shot tool prompt, written exactly as Meta documents it.

``llama_models/llama3_2/text_prompt_format.md`` ("Zero shot function calling") lists the tools
as JSON in the system message, under a fixed instruction text, and the model answers with a
pythonic list of calls. The texts below are copied from that document character for character
(its typos included: the 1B and 3B models were tuned on them), and a test renders the
document's examples with them and compares byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from app.core.tools.base import Tool

__all__ = [
    "PYTHON_TAG",
    "SYSTEM_TOOL_INSTRUCTIONS",
    "system_tool_prompt",
    "tool_definitions",
    "user_tool_prompt",
]

# Meta's E2E example writes the assistant's call turn as <|python_tag|>[...]<|eot_id|>.
PYTHON_TAG = "<|python_tag|>"

SYSTEM_TOOL_INSTRUCTIONS = (
    "You are an expert in composing functions. You are given a question and a set of possible "
    "functions.\n"
    "Based on the question, you will need to make one or more function/tool calls to achieve "
    "the purpose.\n"
    "If none of the function can be used, point it out. If the given question lacks the "
    "parameters required by the function,\n"
    "also point it out. You should only return the function call in tools call sections.\n"
    "\n"
    "If you decide to invoke any of the function(s), you MUST put it in the format of "
    "[func_name1(params_name1=params_value1, params_name2=params_value2...), "
    "func_name2(params)]\n"
    "You SHOULD NOT include any other text in the response.\n"
    "\n"
    "Here is a list of functions in JSON format that you can invoke.\n"
    "\n"
)

_USER_TOOL_HEADER = "Here is a list of functions in JSON format that you can invoke:\n"
_USER_TOOL_FOOTER = (
    "\n\nShould you decide to return the function call(s),Put it in the format of "
    "[func1(params_name=params_value, params_name2=params_value2...), func2(params)]\n"
    "\n"
    "NO other text MUST be included."
)


def tool_definitions(tools: Iterable[Tool]) -> list[dict[str, Any]]:
    """The tools as Meta's prompt lists them: name, description, then the parameters with
    ``"type": "dict"``, ``required`` and ``properties`` in that order."""
    out = []
    for tool in tools:
        out.append(
            {
                "name": tool.name,
                "description": tool.description,
                "parameters": {
                    "type": "dict",
                    "required": tool.required,
                    "properties": tool.properties,
                },
            }
        )
    return out


def _tools_json(tools: Iterable[Tool]) -> str:
    return json.dumps(tool_definitions(tools), indent=4, ensure_ascii=False)


def system_tool_prompt(tools: Iterable[Tool], system_prompt: str | None = None) -> str:
    """The system message content that offers ``tools`` (Meta's system-message variant).

    A person's own system prompt follows on the next line, as llama-stack appends it
    (``SystemMessageBehavior.append``); without one the text is exactly Meta's.
    """
    text = SYSTEM_TOOL_INSTRUCTIONS + _tools_json(tools)
    if system_prompt and system_prompt.strip():
        text += "\n" + system_prompt.strip("\n")
    return text


def user_tool_prompt(question: str, tools: Iterable[Tool]) -> str:
    """The user message content for Meta's variant that offers the tools with the question."""
    return f"Questions: {question}\n{_USER_TOOL_HEADER}{_tools_json(tools)}{_USER_TOOL_FOOTER}"
