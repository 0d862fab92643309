"""Read tool calls out of a model's answer, without ever running what it wrote.

Llama 3.2 answers with a pythonic list, ``[get_weather(city='Paris', metric='celsius')]``;
Llama 3.1/3.3 (8B and up) with JSON, ``{"name": "get_weather", "parameters": {...}}``. The
pythonic form is parsed by :func:`ast.parse` and then read node by node: only literal values
(strings, numbers, ``True``/``False``/``None``, lists, tuples and dicts of those) are accepted,
so a hostile answer - ``[__import__('os').system('rm -rf ~')]``, a lambda, attribute access, a
nested call, ``9**9**9`` - is a :class:`ToolCallParseError`, never an evaluation. Sizes are
bounded before and during parsing (text length, number of calls, nesting depth, string and
number size).

The arguments are only checked for shape here; their types against each tool's JSON schema
are checked by :meth:`ToolRegistry.validate`.
"""

from __future__ import annotations

import ast
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.tools.base import ToolCall, ToolCallParseError
from app.core.tools.prompt import PYTHON_TAG

__all__ = ["MAX_CALL_TEXT", "ParsedResponse", "looks_like_call", "parse_tool_calls"]

MAX_CALL_TEXT = 16_000  # characters of a call list; real calls are a few hundred
MAX_CALLS = 16
MAX_DEPTH = 12  # nesting of lists and dicts inside one argument
MAX_NODES = 4_000
MAX_STRING = 8_000
MAX_INT_DIGITS = 40  # plenty for any real argument; big numbers belong in strings

_END_MARKERS = ("<|eot_id|>", "<|eom_id|>", "<|end_of_text|>")
_CALL_START = re.compile(r"\[\s*[A-Za-z_][A-Za-z0-9_]*\s*\(")
# Starts like a call list even if not a valid one: [os.system(...)], [(lambda: 0)()].
_CALL_START_LOOSE = re.compile(
    r"\[\s*(?:[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*|\(\s*lambda\b[^\]]*?\))\s*\("
)
_FUNCTION_TAG = re.compile(r"<function=([A-Za-z_][A-Za-z0-9_]*)>(\{.*?\})</function>", re.S)
_JSON_NAMES = {"true": True, "false": False, "null": None}

Format = Literal["pythonic", "json", "function_tag", "none"]


@dataclass(frozen=True, slots=True)
class ParsedResponse:
    """The calls found in an answer, and the answer's other text (stripped)."""

    calls: list[ToolCall] = field(default_factory=list)
    text: str = ""
    format: Format = "none"


def _clean(text: str) -> str:
    text = text.strip()
    if text.startswith(PYTHON_TAG):
        text = text[len(PYTHON_TAG):].lstrip()
    for marker in _END_MARKERS:
        if text.endswith(marker):
            text = text[: -len(marker)].rstrip()
    return text


def looks_like_call(text: str) -> bool:
    """True when ``text`` starts the way a pythonic call list does (``[name(``)."""
    return _CALL_START.match(_clean(text)) is not None


def parse_tool_calls(text: str) -> ParsedResponse:
    """Find the tool calls in a model's answer.

    * An answer that starts like a call list (``[name(``) must be one, optionally followed by
      text; otherwise :class:`ToolCallParseError` says what is wrong with it.
    * An answer that is a JSON object (or list of them) with a ``"name"`` is the Llama 3.1
      form; ``<function=name>{...}</function>`` is accepted too.
    * Otherwise the first well-formed call list inside the text is used (models sometimes say
      "Sure! [f(x=1)]" or wrap the call in a code fence), with the rest kept as ``text``.
      Brackets in prose that do not parse are just text.
    """
    cleaned = _clean(text)
    if not cleaned:
        return ParsedResponse(text="")
    if _CALL_START_LOOSE.match(cleaned):
        try:
            return ParsedResponse(_parse_call_list(cleaned), "", "pythonic")
        except ToolCallParseError as strict_error:
            found = _find_embedded(cleaned, must_start_at_zero=True)
            if found is None:
                raise strict_error from None
            return found
    if cleaned.startswith("{") or re.match(r"\[\s*\{", cleaned):
        parsed = _parse_json_calls(cleaned)
        if parsed is not None:
            return parsed
    tag_calls = [m for m in _FUNCTION_TAG.finditer(cleaned)][:MAX_CALLS]
    if tag_calls:
        calls = []
        for match in tag_calls:
            arguments = _json_arguments(match.group(1), match.group(2))
            calls.append(ToolCall(match.group(1), arguments, match.group(0)))
        rest = _FUNCTION_TAG.sub("", cleaned).strip()
        return ParsedResponse(calls, rest, "function_tag")
    found = _find_embedded(cleaned, must_start_at_zero=False)
    if found is not None:
        return found
    return ParsedResponse(text=cleaned)


def _find_embedded(text: str, *, must_start_at_zero: bool) -> ParsedResponse | None:
    """The first ``[name(...)...]`` inside ``text`` that parses, trying each closing ``]``."""
    starts = 0
    for match in _CALL_START.finditer(text):
        if must_start_at_zero and match.start() != 0:
            break
        starts += 1
        if starts > 8:
            break
        tries = 0
        end = match.start()
        while tries < 64:
            end = text.find("]", end + 1)
            if end < 0 or end - match.start() >= MAX_CALL_TEXT:
                break
            tries += 1
            candidate = text[match.start(): end + 1]
            try:
                calls = _parse_call_list(candidate)
            except ToolCallParseError:
                continue
            rest = (text[: match.start()].rstrip() + " " + text[end + 1:].lstrip()).strip()
            rest = rest.replace("```python", "").replace("```", "").strip()
            return ParsedResponse(calls, rest, "pythonic")
    return None


# -- pythonic ---------------------------------------------------------------------------------


def _parse_call_list(text: str) -> list[ToolCall]:
    if len(text) > MAX_CALL_TEXT:
        raise ToolCallParseError(
            f"The tool call is too long ({len(text):,} characters; at most {MAX_CALL_TEXT:,})."
        )
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        detail = exc.msg if getattr(exc, "msg", None) else str(exc)
        if "digits" in detail and "limit" in detail:
            raise ToolCallParseError("The tool call holds a number that is too large.") \
                from None
        raise ToolCallParseError(f"The tool call is not valid: {detail}.") from None
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        raise ToolCallParseError(
            f"The tool call could not be read ({type(exc).__name__}: it is too large or too "
            "deeply nested)."
        ) from None
    body = tree.body
    if not isinstance(body, ast.List):
        raise ToolCallParseError("Tool calls must be a list: [tool_name(argument=value)].")
    if not body.elts:
        raise ToolCallParseError("The list of tool calls is empty.")
    if len(body.elts) > MAX_CALLS:
        raise ToolCallParseError(f"Too many tool calls at once ({len(body.elts)}; at most "
                                 f"{MAX_CALLS}).")
    budget = [MAX_NODES]
    calls = []
    for index, node in enumerate(body.elts, 1):
        calls.append(_read_call(node, index, text, budget))
    return calls


def _describe(node: ast.AST) -> str:
    kinds: list[tuple[type[ast.AST], str]] = [
        (ast.Call, "a call"),
        (ast.Attribute, "attribute access"),
        (ast.Lambda, "a lambda"),
        (ast.Name, "a name"),
        (ast.BinOp, "an arithmetic expression"),
        (ast.BoolOp, "a boolean expression"),
        (ast.Compare, "a comparison"),
        (ast.Subscript, "a subscript"),
        (ast.JoinedStr, "an f-string"),
        (ast.Set, "a set"),
        (ast.ListComp, "a comprehension"),
        (ast.GeneratorExp, "a generator"),
        (ast.DictComp, "a comprehension"),
        (ast.SetComp, "a comprehension"),
        (ast.Starred, "a starred expression"),
        (ast.IfExp, "a conditional expression"),
        (ast.NamedExpr, "an assignment expression"),
        (ast.Await, "await"),
    ]
    for kind, words in kinds:
        if isinstance(node, kind):
            if isinstance(node, ast.Name):
                return f"the name {node.id!r}"
            return words
    return f"a {type(node).__name__} expression"


def _read_call(node: ast.expr, index: int, source: str, budget: list[int]) -> ToolCall:
    if not isinstance(node, ast.Call):
        raise ToolCallParseError(
            f"Item {index} of the tool call list is {_describe(node)}, not a call "
            "tool_name(argument=value)."
        )
    func = node.func
    if isinstance(func, ast.Attribute):
        raise ToolCallParseError(
            f"Item {index} of the tool call list uses attribute access "
            f"({ast.get_source_segment(source, func) or 'a.b'}); call a tool by its name."
        )
    if not isinstance(func, ast.Name):
        raise ToolCallParseError(
            f"Item {index} of the tool call list calls {_describe(func)}, not a tool name."
        )
    name = func.id
    if node.args:
        raise ToolCallParseError(
            f"{name}: write every argument as name=value (a positional argument was given)."
        )
    arguments: dict[str, Any] = {}
    for kw in node.keywords:
        if kw.arg is None:
            raise ToolCallParseError(f"{name}: **arguments are not allowed; write name=value.")
        if kw.arg in arguments:
            raise ToolCallParseError(f"{name}: the argument {kw.arg!r} is given twice.")
        arguments[kw.arg] = _literal(kw.value, name, kw.arg, 0, budget)
    segment = ast.get_source_segment(source, node) or ""
    return ToolCall(name, arguments, segment)


def _literal(node: ast.expr, tool: str, arg: str, depth: int, budget: list[int]) -> Any:
    """A JSON value from a literal node; anything that would need evaluating is refused."""
    budget[0] -= 1
    if budget[0] < 0:
        raise ToolCallParseError("The tool call is too large.")
    if depth > MAX_DEPTH:
        raise ToolCallParseError(f"{tool}: the value of {arg!r} is nested too deeply.")
    if isinstance(node, ast.Constant):
        return _constant(node.value, tool, arg)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        operand = node.operand
        if isinstance(operand, ast.Constant) and type(operand.value) in (int, float):
            value = _constant(operand.value, tool, arg)
            return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_literal(item, tool, arg, depth + 1, budget) for item in node.elts]
    if isinstance(node, ast.Dict):
        out: dict[str, Any] = {}
        for key, value in zip(node.keys, node.values, strict=True):
            if key is None:
                raise ToolCallParseError(f"{tool}: ** inside the value of {arg!r} is not "
                                         "allowed.")
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                raise ToolCallParseError(f"{tool}: dict keys in {arg!r} must be strings.")
            out[key.value] = _literal(value, tool, arg, depth + 1, budget)
        return out
    if isinstance(node, ast.Name) and node.id in _JSON_NAMES:
        return _JSON_NAMES[node.id]  # small models write JSON's true/false/null
    raise ToolCallParseError(
        f"{tool}: the value of {arg!r} must be a literal (a string, number, True, False, "
        f"None, list or dict), not {_describe(node)}."
    )


def _constant(value: Any, tool: str, arg: str) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        if len(value) > MAX_STRING:
            raise ToolCallParseError(f"{tool}: the text of {arg!r} is too long.")
        return value
    if isinstance(value, int):
        if abs(value) >= 10**MAX_INT_DIGITS:
            raise ToolCallParseError(f"{tool}: the number in {arg!r} is too large.")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ToolCallParseError(f"{tool}: the number in {arg!r} is not finite.")
        return value
    kind = {bytes: "bytes", complex: "a complex number"}.get(type(value), type(value).__name__)
    if value is Ellipsis:
        kind = "..."
    raise ToolCallParseError(f"{tool}: the value of {arg!r} cannot be {kind}.")


# -- JSON (Llama 3.1 / 3.3) -------------------------------------------------------------------


def _check_json_value(value: Any, tool: str, arg: str, depth: int, budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise ToolCallParseError("The tool call is too large.")
    if depth > MAX_DEPTH:
        raise ToolCallParseError(f"{tool}: the value of {arg!r} is nested too deeply.")
    if isinstance(value, list):
        return [_check_json_value(v, tool, arg, depth + 1, budget) for v in value]
    if isinstance(value, dict):
        return {str(k): _check_json_value(v, tool, arg, depth + 1, budget)
                for k, v in value.items()}
    return _constant(value, tool, arg)


def _json_arguments(name: str, text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ToolCallParseError(f"{name}: the arguments are not valid JSON ({exc}).") from None
    if not isinstance(value, dict):
        raise ToolCallParseError(f"{name}: the arguments must be a JSON object.")
    budget = [MAX_NODES]
    return {str(k): _check_json_value(v, name, str(k), 0, budget) for k, v in value.items()}


def _parse_json_calls(text: str) -> ParsedResponse | None:
    """``{"name": ..., "parameters": {...}}`` (one, several separated by ; or newlines, or a
    JSON list of them). None when the text is JSON but not a call, so it stays an answer."""
    if len(text) > MAX_CALL_TEXT:
        raise ToolCallParseError(
            f"The tool call is too long ({len(text):,} characters; at most {MAX_CALL_TEXT:,})."
        )
    decoder = json.JSONDecoder()
    objects: list[Any] = []
    pos = 0
    try:
        while pos < len(text):
            value, end = decoder.raw_decode(text, pos)
            objects.extend(value if isinstance(value, list) else [value])
            pos = end
            while pos < len(text) and text[pos] in " \t\r\n;,":
                pos += 1
    except (ValueError, RecursionError):
        if not objects:
            if re.match(r'\{\s*"(type|name)"\s*:', text):
                raise ToolCallParseError("The tool call is not valid JSON.") from None
            return None
    rest = text[pos:].strip()
    calls = []
    for obj in objects[: MAX_CALLS + 1]:
        if not isinstance(obj, dict) or not isinstance(obj.get("name"), str):
            return None
        name = obj["name"]
        params = obj.get("parameters", obj.get("arguments", {}))
        if isinstance(params, str):  # some models double-encode
            params = _json_arguments(name, params)
        if not isinstance(params, dict):
            raise ToolCallParseError(f"{name}: the parameters must be a JSON object.")
        budget = [MAX_NODES]
        arguments = {str(k): _check_json_value(v, name, str(k), 0, budget)
                     for k, v in params.items()}
        calls.append(ToolCall(name, arguments, json.dumps(obj, ensure_ascii=False)))
    if len(calls) > MAX_CALLS:
        raise ToolCallParseError(f"Too many tool calls at once (at most {MAX_CALLS}).")
    if not calls:
        return None
    return ParsedResponse(calls, rest, "json")
