"""The tool prompt is Meta's, byte for byte: rendered against text_prompt_format.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import llama_models
import pytest

from app.core.chat.formats import Llama3Format
from app.core.chat.message import Message
from app.core.tools.base import Tool, ToolConfigError
from app.core.tools.loop import ToolLoop
from app.core.tools.prompt import PYTHON_TAG, system_tool_prompt, tool_definitions, user_tool_prompt

DOC = Path(llama_models.__file__).parent / "llama3_2" / "text_prompt_format.md"


def _section_prompt(title: str) -> str:
    """The "Input Prompt Format" block of a section of Meta's document."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split(f"## {title}\n", 1)[1]
    block = re.search(r"##### Input Prompt Format\n```\n(.*?)```", section, re.S)
    assert block is not None
    return block.group(1)[:-1]  # the newline before the closing fence is not the prompt's


WEATHER = Tool(
    name="get_weather",
    description="Get weather info for places",
    parameters={
        "type": "dict",
        "required": ["city"],
        "properties": {
            "city": {"type": "string",
                     "description": "The name of the city to get the weather for"},
            "metric": {"type": "string",
                       "description": "The metric for weather. Options are: celsius, "
                       "fahrenheit",
                       "default": "celsius"},
        },
    },
    run=lambda args, cancel: "25 C",
)


def test_system_prompt_matches_metas_zero_shot_example() -> None:
    expected = _section_prompt("Zero shot function calling")
    fmt = Llama3Format(default_system=False)
    rendered = fmt.render([Message("system", system_tool_prompt([WEATHER])),
                           Message("user", "What is the weather in SF and Seattle?")])
    assert rendered == expected


def test_e2e_round_trip_matches_metas_example() -> None:
    """Call turn with <|python_tag|>, the result in an ipython turn, as the loop writes them."""
    expected = _section_prompt("Zero shot function calling E2E format")

    class _Info:
        chat_format = "llama3"

    class _Engine:
        prompt_format = Llama3Format(default_system=False)
        info = _Info()

    from app.core.tools.approval import Approver
    from app.core.tools.base import ToolRegistry

    loop = ToolLoop(_Engine(), ToolRegistry([WEATHER]), Approver("all"))  # type: ignore[arg-type]
    messages = loop.prompt_messages([Message("user", "What is the weather in SF?")])
    messages += [loop.call_turn('[get_weather(city="San Francisco", metric="celsius")]'),
                 Message("ipython", json.dumps("25 C"))]
    assert Llama3Format(default_system=False).render(messages) == expected


def test_python_tag_is_a_control_token_only_at_the_start_of_an_assistant_turn() -> None:
    fmt = Llama3Format(default_system=False)
    segments = fmt.render_segments([Message("user", PYTHON_TAG + "hi"),
                                    Message("assistant", PYTHON_TAG + "[f()]")])
    assert (PYTHON_TAG, True) in segments
    assert (PYTHON_TAG + "hi", False) in segments  # a user cannot inject the control token


def test_user_message_variant_has_metas_wording() -> None:
    expected = _section_prompt("Zero shot function calling with user message")
    user_tool = Tool(
        name="get_user_info",
        description="Retrieve details for a specific user by their unique identifier. Note "
        "that the provided function is in Python 3 syntax.",
        parameters={"type": "dict", "required": ["user_id"], "properties": {
            "user_id": {"type": "integer", "description": "The unique identifier of the user. "
                        "It is used to fetch the specific user details from the database."},
            "special": {"type": "string", "description": "Any special information or "
                        "parameters that need to be considered while fetching user details.",
                        "default": "none"}}},
        run=lambda args, cancel: {},
    )
    question = ("Can you retrieve the details for the user with the ID 7890, who has black as "
                "their special request?")
    ours = Llama3Format(default_system=False).render(
        [Message("user", user_tool_prompt(question, [user_tool]))])
    # Meta's example indents its JSON by hand (unevenly); compare the JSON as data, and every
    # other character exactly.
    json_re = re.compile(r"\n\[\n.*\n\]\n", re.S)
    assert json_re.sub("\nJSON\n", ours) == json_re.sub("\nJSON\n", expected)
    assert json.loads(json_re.search(ours).group(0)) == \
        json.loads(json_re.search(expected).group(0))  # type: ignore[union-attr]


def test_user_system_prompt_follows_the_tool_text() -> None:
    text = system_tool_prompt([WEATHER], "Answer in French.")
    assert text.startswith("You are an expert in composing functions.")
    assert text.endswith("]\nAnswer in French.")


def test_definitions_use_dict_and_metas_key_order() -> None:
    (entry,) = tool_definitions([WEATHER])
    assert list(entry) == ["name", "description", "parameters"]
    assert list(entry["parameters"]) == ["type", "required", "properties"]
    assert entry["parameters"]["type"] == "dict"


@pytest.mark.parametrize("name", ["2fast", "with space", "class", "a" * 65, "os.system"])
def test_bad_tool_names_are_refused(name: str) -> None:
    with pytest.raises(ToolConfigError):
        Tool(name=name, description="", parameters={"type": "object"}, run=lambda a, c: 0)


def test_argument_names_must_be_identifiers_and_schema_valid() -> None:
    with pytest.raises(ToolConfigError, match="argument name"):
        Tool("t", "", {"type": "object", "properties": {"not-ok": {"type": "string"}}},
             run=lambda a, c: 0)
    with pytest.raises(ToolConfigError, match="JSON schema"):
        Tool("t", "", {"type": "object", "properties": {"x": {"type": "strung"}}},
             run=lambda a, c: 0)
    with pytest.raises(ToolConfigError, match="required"):
        Tool("t", "", {"type": "object", "required": ["y"], "properties": {}},
             run=lambda a, c: 0)
