"""A llama.cpp grammar (GBNF) that only lets the model write well-formed calls.

Small models know the pythonic call format but slip: a missing quote, an argument the tool
does not have, ``true`` for ``True``, text after the list. With this grammar in the sampler
(from the moment the model writes ``[``, see ``SamplingParams.grammar_trigger``) the only
possible completions are call lists of the enabled tools, with their own argument names, in
their schema's order (required first as declared, optional ones may be left out), each value a
Python literal of the schema's type (enum values spelled out, ``maxLength`` honoured). The
result always parses with :func:`parse_tool_calls`; values are still checked against the
schema afterwards (ranges, patterns) by :meth:`ToolRegistry.validate`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from app.core.tools.base import Tool
from app.core.tools.parser import MAX_CALLS

__all__ = ["TOOL_CALL_TRIGGER", "gbnf_literal", "tool_call_grammar"]

# The completion so far, matched at its start: optional whitespace, then "[".
TOOL_CALL_TRIGGER = r"\s*\["

_PRIMITIVES = {
    "ws-lead": r'"<|python_tag|>"? [ \t\r\n]{0,8}',
    "sq-char": r"""[^'\\\x00-\x1F\x7F] | esc""",
    "dq-char": r"""[^"\\\x00-\x1F\x7F] | esc""",
    "esc": r""""\\" (["'\\/bfnrt] | "x" [0-9a-fA-F]{2} | "u" [0-9a-fA-F]{4})""",
    "string": r"""("'" sq-char* "'") | ("\"" dq-char* "\"")""",
    "integer": r'"-"? uinteger',
    "uinteger": r'"0" | [1-9] [0-9]{0,17}',
    "unumber": r'uinteger ("." [0-9]{1,16})? ([eE] [-+]? [0-9]{1,2})?',
    "number": r'integer ("." [0-9]{1,16})? ([eE] [-+]? [0-9]{1,2})?',  # finite
    "boolean": r'"True" | "False"',
    "null": r'"None"',
    "any": "string | number | boolean | null | any-list | any-dict",
    "any-list": r'"[" (any ("," " "? any)*)? "]"',
    "any-dict": r'"{" (string ":" " "? any ("," " "? string ":" " "? any)*)? "}"',
}

_TYPE_ALIASES = {
    "str": "string", "int": "integer", "float": "number", "bool": "boolean",
    "list": "array", "dict": "object", "none": "null",
}


def gbnf_literal(text: str) -> str:
    """``text`` as a GBNF string literal (quotes, backslashes and control characters escaped)."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\x{code:02X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _py_str(text: str, quote: str) -> str:
    """A Python string literal for ``text`` in the given quotes."""
    out = []
    for ch in text:
        if ch in ("\\", quote):
            out.append("\\" + ch)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return quote + "".join(out) + quote


def _python_literal(value: Any) -> str:
    """How a Python literal for ``value`` is written (enum members, consts)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_python_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_python_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value).__name__)


class _Builder:
    def __init__(self) -> None:
        self.rules: dict[str, str] = {}
        self._memo: dict[str, str] = {}
        self._used_primitives: set[str] = set()

    def primitive(self, name: str) -> str:
        self._used_primitives.add(name)
        return name

    def add(self, name: str, body: str) -> str:
        self.rules[name] = body
        return name

    def value(self, schema: Any) -> str:
        """The name of a rule for values matching ``schema``."""
        if not isinstance(schema, dict):
            return self.primitive("any")
        key = json.dumps(schema, sort_keys=True, default=str)
        if key in self._memo:
            return self._memo[key]
        name = f"v{len(self._memo)}"
        self._memo[key] = name  # set first: recursive schemas then fall back to the rule name
        self.rules[name] = self._value_body(schema)
        return name

    def _value_body(self, schema: dict[str, Any]) -> str:
        if "const" in schema:
            return self._literal_alternatives([schema["const"]])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return self._literal_alternatives(schema["enum"])
        for combinator in ("anyOf", "oneOf"):
            options = schema.get(combinator)
            if isinstance(options, list) and options:
                return " | ".join(self.value(option) for option in options)
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        bodies = [self._type_body(k, schema) for k in kinds]
        return " | ".join(f"({b})" for b in bodies)

    def _literal_alternatives(self, values: list[Any]) -> str:
        options = []
        for value in values:
            if isinstance(value, str):  # either quote style, as the model prefers
                options += [gbnf_literal(_py_str(value, "'")), gbnf_literal(_py_str(value, '"'))]
                continue
            try:
                options.append(gbnf_literal(_python_literal(value)))
            except TypeError:
                continue
        return " | ".join(dict.fromkeys(options)) or self.primitive("any")

    def _type_body(self, kind: Any, schema: dict[str, Any]) -> str:
        kind = _TYPE_ALIASES.get(kind, kind) if isinstance(kind, str) else kind
        if kind == "string":
            max_len = schema.get("maxLength")
            min_len = schema.get("minLength", 0)
            if isinstance(max_len, int) and 0 <= max_len <= 1000:
                low = min(min_len, max_len) if isinstance(min_len, int) and min_len > 0 else 0
                reps = f"{{{low},{max_len}}}"
                return (f"(\"'\" {self.primitive('sq-char')}{reps} \"'\") | "
                        f"(\"\\\"\" {self.primitive('dq-char')}{reps} \"\\\"\")")
            return self.primitive("string")
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        unsigned = isinstance(low, (int, float)) and not isinstance(low, bool) and low >= 0
        if kind == "integer":
            self.primitive("uinteger")
            return self.primitive("uinteger" if unsigned else "integer")
        if kind == "number":
            self.primitive("integer")
            self.primitive("uinteger")
            return self.primitive("unumber" if unsigned else "number")
        if kind == "boolean":
            return self.primitive("boolean")
        if kind == "null":
            return self.primitive("null")
        if kind == "array":
            item = self.value(schema.get("items")) if "items" in schema else self.primitive("any")
            return f'"[" ({item} ("," " "? {item})*)? "]"'
        return self.primitive("any") if kind != "object" else self.primitive("any-dict")

    def render(self) -> str:
        # "any" pulls in everything it refers to
        needed = set(self._used_primitives)
        if needed & {"any", "any-list", "any-dict"}:
            needed |= {"any", "any-list", "any-dict", "string", "number", "integer", "boolean",
                       "null"}
        if "string" in needed:
            needed |= {"sq-char", "dq-char"}
        if needed & {"sq-char", "dq-char"}:
            needed.add("esc")
        if needed & {"number", "integer", "unumber"}:
            needed |= {"integer", "uinteger"}
        lines = [f"{name} ::= {body}" for name, body in self.rules.items()]
        lines += [f"{name} ::= {body}" for name, body in _PRIMITIVES.items() if name in needed]
        return "\n".join(lines) + "\n"


def _arguments_rule(builder: _Builder, prefix: str, tool: Tool) -> str:
    """Keyword arguments in schema order; optional ones may be skipped. Built as two chains of
    rules (``first-i``: nothing written yet, ``rest-i``: something was), linear in size."""
    props = list(tool.properties.items())
    required = set(tool.required)
    items = []
    for j, (arg, spec) in enumerate(props):
        value = builder.value(spec)
        items.append(builder.add(f"{prefix}-a{j}", f'{gbnf_literal(arg + "=")} {value}'))
    n = len(items)
    if n == 0:
        return '""'
    for i in range(n - 1, -1, -1):
        is_required = props[i][0] in required
        rest_next = f"{prefix}-rest{i + 1}" if i + 1 < n else None
        first_next = f"{prefix}-first{i + 1}" if i + 1 < n else None
        tail = f" {rest_next}" if rest_next else ""
        step = f'"," " "? {items[i]}'
        if i > 0:  # rest0 would never be used
            builder.add(f"{prefix}-rest{i}", f"{step}{tail}" if is_required
                        else f"({step})?{tail}")
        if is_required:
            builder.add(f"{prefix}-first{i}", f"{items[i]}{tail}")
        else:
            skip = first_next if first_next else '""'
            builder.add(f"{prefix}-first{i}", f"({items[i]}{tail}) | {skip}")
    return f"{prefix}-first0"



def tool_call_grammar(tools: Iterable[Tool], max_calls: int = MAX_CALLS) -> str:
    """GBNF for ``[call, call, ...]`` over ``tools`` (at most ``max_calls`` calls).

    The grammar describes the whole completion, so it also allows what may come before the
    ``[`` (Llama's ``<|python_tag|>`` and a little whitespace): the engine replays the tokens
    written before the trigger into it.
    """
    tools = list(tools)
    if not tools:
        raise ValueError("a tool-call grammar needs at least one tool")
    max_calls = max(1, min(max_calls, MAX_CALLS))
    more = f' ("," " "? call){{0,{max_calls - 1}}}' if max_calls > 1 else ""
    builder = _Builder()
    builder.add(
        "root",
        f'{builder.primitive("ws-lead")} "[" call{more} "]"',
    )
    alternatives = []
    for i, tool in enumerate(tools):
        args = _arguments_rule(builder, f"t{i}", tool)
        alternatives.append(
            builder.add(f"t{i}", f'{gbnf_literal(tool.name + "(")} {args} ")"')
        )
    builder.add("call", " | ".join(alternatives))
    # Keep root first for readability; the rule order does not matter to llama.cpp.
    return builder.render()
