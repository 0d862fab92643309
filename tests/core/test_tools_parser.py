"""Reading calls out of model text: Meta's examples, the JSON form, hostile strings."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from llama_models.llama3.tool_utils import parse_python_list_for_function_calls

from app.core.tools.base import (
    Tool,
    ToolArgumentError,
    ToolCall,
    ToolCallParseError,
    ToolRegistry,
    UnknownToolError,
    object_schema,
)
from app.core.tools.parser import looks_like_call, parse_tool_calls

META_EXAMPLES = [
    "[get_weather(city='San Francisco', metric='celsius'), "
    "get_weather(city='Seattle', metric='celsius')]",
    "[get_user_info(user_id=7890, special='black')]",
    '[get_weather(city="San Francisco", metric="celsius")]',
]


@pytest.mark.parametrize("text", META_EXAMPLES)
def test_metas_examples_parse_like_metas_own_parser(text: str) -> None:
    parsed = parse_tool_calls(text + "<|eot_id|>")
    assert parsed.format == "pythonic"
    assert parsed.text == ""
    assert [(c.name, c.arguments) for c in parsed.calls] == \
        parse_python_list_for_function_calls(text)


def test_python_tag_and_nested_literals() -> None:
    parsed = parse_tool_calls(
        "<|python_tag|>[f(a=[1, -2.5, None, True], b={'k': (1, 2)}, c=false, d=null)]")
    (call,) = parsed.calls
    assert call.arguments == {"a": [1, -2.5, None, True], "b": {"k": [1, 2]}, "c": False,
                              "d": None}
    assert call.display() == "f(a=[1, -2.5, None, True], b={'k': [1, 2]}, c=False, d=None)"


def test_text_mixed_with_calls() -> None:
    parsed = parse_tool_calls("Sure, let me check. [get_time(zone='UTC')] One moment.")
    assert [c.name for c in parsed.calls] == ["get_time"]
    assert parsed.text == "Sure, let me check. One moment."
    fenced = parse_tool_calls("```python\n[get_time(zone='UTC')]\n```")
    assert fenced.calls and fenced.text == ""
    trailing = parse_tool_calls("[get_time(zone='UTC')] and that is it")
    assert trailing.calls and trailing.text == "and that is it"


def test_plain_answers_and_prose_brackets_are_not_calls() -> None:
    for text in ("Paris is the capital of France.", "See [1] and [note(s)] for more.",
                 "[1, 2, 3]", "", "   "):
        parsed = parse_tool_calls(text)
        assert parsed.calls == []
    assert not looks_like_call("The list [a, b]")
    assert looks_like_call("  <|python_tag|>[f(")


def test_llama31_json_forms() -> None:
    one = parse_tool_calls('{"name": "get_weather", "parameters": {"city": "Paris"}}')
    assert one.format == "json"
    assert one.calls == [ToolCall("get_weather", {"city": "Paris"}, one.calls[0].source)]
    typed = parse_tool_calls('<|python_tag|>{"type": "function", "name": "f", '
                             '"parameters": {"x": 1}}<|eom_id|>')
    assert typed.calls[0].arguments == {"x": 1}
    several = parse_tool_calls('{"name": "a", "parameters": {}}; {"name": "b", "arguments": {}}')
    assert [c.name for c in several.calls] == ["a", "b"]
    listed = parse_tool_calls('[{"name": "a", "parameters": {"q": [1, 2]}}]')
    assert listed.calls[0].arguments == {"q": [1, 2]}
    tag = parse_tool_calls('<function=spotify>{"song": "x"}</function>')
    assert tag.format == "function_tag" and tag.calls[0].arguments == {"song": "x"}
    assert parse_tool_calls('{"answer": 42}').calls == []  # JSON, but not a call
    with pytest.raises(ToolCallParseError, match="JSON object"):
        parse_tool_calls('{"name": "a", "parameters": [1]}')
    with pytest.raises(ToolCallParseError, match="valid JSON"):
        parse_tool_calls('{"name": "a", "parameters": {')


HOSTILE = [
    ("[__import__('os').system('touch CANARY')]", "attribute access"),
    ("[os.system('touch CANARY')]", "attribute access"),
    ("[f(a=__import__('os').system('touch CANARY'))]", "not a call"),
    ("[f(a=open('CANARY', 'w'))]", "not a call"),
    ("[f(a=lambda: 1)]", "lambda"),
    ("[(lambda: 1)()]", "not a tool name"),
    ("[f()()]", "not a tool name"),
    ("[f(a=g())]", "not a call"),
    ("[f(a=x.y)]", "attribute access"),
    ("[f(a=x)]", "the name 'x'"),
    ("[f(a=9**9**9)]", "arithmetic"),
    ("[f(a=1+1)]", "arithmetic"),
    ("[f(a='x'*10**9)]", "arithmetic"),
    ("[f(a=[i for i in range(10**9)])]", "comprehension"),
    ("[f(a={1, 2})]", "a set"),
    ("[f(a=f'{x}')]", "f-string"),
    ("[f(a=b'x')]", "bytes"),
    ("[f(a=1j)]", "complex"),
    ("[f(a=...)]", "..."),
    ("[f(a=1e999)]", "not finite"),
    ("[f(a=" + "9" * 41 + ")]", "too large"),
    ("[f(a=" + "1" * 5000 + ")]", "too large"),
    ("[f(a='" + "x" * 9000 + "')]", "too long"),
    ("[f(a=" + "[" * 50 + "]" * 50 + ")]", "nested too deeply"),
    ("[f(a=" + "[" * 300 + "]" * 300 + ")]", "not valid"),
    ("[f(" + "-" * 30000 + "1)]", "too long"),
    ("[f(1)]", "positional"),
    ("[f(*a)]", "positional"),
    ("[f(**kw)]", "\\*\\*arguments"),
    ("[f(a=1, a=2)]", "given twice"),
    ("[f(a={**x})]", "\\*\\*"),
    ("[f(a={1: 2})]", "keys"),
    ("[f(a=(yield))]", "Yield expression"),
    ("[f(a=1)", "not valid"),
    ("[f(a=1), 2]", "not a call"),
    ("[f(a=1 if x else 2)]", "conditional"),
    ("[f(a=x[0])]", "subscript"),
    ("[f(a=(b:=1))]", "assignment"),
    ("[" + ", ".join(["f()"] * 17) + "]", "Too many"),
]


@pytest.mark.parametrize(("text", "why"), HOSTILE)
def test_hostile_strings_are_refused_and_nothing_runs(
    text: str, why: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    def forbidden(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the parser must never evaluate")

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    monkeypatch.setattr(builtins, "__import__", _guarded_import(builtins.__import__))
    with pytest.raises(ToolCallParseError, match=why):
        parse_tool_calls(text)
    assert not (tmp_path / "CANARY").exists()


def _guarded_import(real: Any) -> Any:
    def guarded(name: str, *args: Any, **kwargs: Any) -> Any:
        if name in ("os", "subprocess", "shutil"):
            raise AssertionError(f"the parser must not import {name}")
        return real(name, *args, **kwargs)

    return guarded


@settings(max_examples=300, deadline=1000)
@given(st.text(alphabet="[]()=,'\" abfx0123456789._-+*{}:lambda", max_size=80))
def test_parser_never_crashes_on_call_like_noise(noise: str) -> None:
    try:
        parsed = parse_tool_calls("[f(" + noise)
    except ToolCallParseError:
        return
    for call in parsed.calls:
        assert isinstance(call.arguments, dict)


# -- schema validation ------------------------------------------------------------------------

WEATHER = Tool(
    "get_weather", "Weather",
    object_schema({"city": {"type": "string"},
                   "metric": {"type": "string", "enum": ["celsius", "fahrenheit"],
                              "default": "celsius"},
                   "days": {"type": "integer", "minimum": 1, "maximum": 7},
                   "tags": {"type": "array", "items": {"type": "string"}}},
                  required=["city"]),
    run=lambda args, cancel: args,
)
REGISTRY = ToolRegistry([WEATHER])


def _validate(text: str) -> dict[str, Any]:
    (call,) = parse_tool_calls(text).calls
    return REGISTRY.validate(call)


def test_valid_call_gets_defaults() -> None:
    assert _validate("[get_weather(city='Oslo')]") == {"city": "Oslo", "metric": "celsius"}


@pytest.mark.parametrize(("text", "message"), [
    ("[get_weather(city=5)]", "argument 'city': 5 is not of type 'string'"),
    ("[get_weather()]", "needs the argument 'city'"),
    ("[get_weather(city='Oslo', metric='kelvin')]", "argument 'metric': 'kelvin' is not one"),
    ("[get_weather(city='Oslo', days=0)]", "argument 'days': 0 is less than the minimum"),
    ("[get_weather(city='Oslo', days=True)]", "argument 'days': True is not of type"),
    ("[get_weather(city='Oslo', days=2.5)]", "argument 'days'"),
    ("[get_weather(city='Oslo', tags=['a', 1])]", "argument 'tags' at 1"),
    ("[get_weather(city='Oslo', country='NO')]", "has no argument 'country'"),
])
def test_schema_errors_name_the_argument(text: str, message: str) -> None:
    with pytest.raises(ToolArgumentError) as info:
        _validate(text)
    assert message in str(info.value)


def test_unknown_tool() -> None:
    with pytest.raises(UnknownToolError, match=r"no tool named 'rm_rf'.*get_weather"):
        _validate("[rm_rf(path='/')]")
