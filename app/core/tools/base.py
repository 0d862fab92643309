"""Tools the model may call: their description, their arguments' schema and how they run.

A :class:`Tool` is data plus a run function. The model never reaches a run function directly:
its text is parsed (``parser.py``, literals only), the call is checked here against the tool's
JSON schema (:meth:`ToolRegistry.validate`), the user's approval policy is asked
(``approval.py``), and only then does the loop (``loop.py``) call ``run(arguments, cancel)``.
"""

from __future__ import annotations

import copy
import keyword
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema
from jsonschema import Draft202012Validator

from app.core.engine.base import CancelToken
from app.core.errors import HearthError

__all__ = [
    "NAME_RE",
    "Tool",
    "ToolArgumentError",
    "ToolCall",
    "ToolCallParseError",
    "ToolCancelledError",
    "ToolConfigError",
    "ToolError",
    "ToolRegistry",
    "ToolRunError",
    "UnknownToolError",
    "object_schema",
]

# A tool name or argument name must be a plain Python identifier: the model writes calls as
# ``name(arg=value)``, and the grammar and the parser rely on it.
NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}\Z")

RunFunction = Callable[[dict[str, Any], CancelToken], Any]


class ToolError(HearthError):
    """A tool call could not be made; the message is fit for the person and the model."""


class ToolCallParseError(ToolError):
    """The model wrote something that looks like a tool call but is not a valid one."""


class UnknownToolError(ToolError):
    """The model called a tool that is not enabled in this conversation."""


class ToolArgumentError(ToolError):
    """The arguments do not match the tool's schema."""


class ToolRunError(ToolError):
    """The tool ran and failed (bad input it could only find out by running, a timeout...)."""


class ToolCancelledError(ToolError):
    """Stop was pressed while the tool ran."""


class ToolConfigError(ToolError):
    """A tool definition (for instance in the user's tools file) is not usable."""


def object_schema(
    properties: Mapping[str, Mapping[str, Any]], required: Iterable[str] = ()
) -> dict[str, Any]:
    """A JSON schema for keyword arguments, in the key order Meta's prompt examples use."""
    return {
        "type": "object",
        "required": list(required),
        "properties": {name: dict(spec) for name, spec in properties.items()},
    }


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One call the model asked for. ``arguments`` hold plain JSON values (lists, not tuples)."""

    name: str
    arguments: dict[str, Any]
    source: str = ""  # the call as the model wrote it, for display and the record

    def display(self) -> str:
        """``name(arg='value', ...)``: what the approval prompt and the cards show."""
        args = ", ".join(f"{key}={_py_repr(value)}" for key, value in self.arguments.items())
        return f"{self.name}({args})"


def _py_repr(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_py_repr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_py_repr(v)}" for k, v in value.items()) + "}"
    return repr(value)


@dataclass(frozen=True, slots=True)
class Tool:
    """A function the model may call.

    ``parameters`` is a JSON schema of type ``object`` (Meta's prompt spells it ``dict``; both
    are accepted). ``read_only`` tools only look at things, so the ``read-only`` approval policy
    may run them without asking; ``always_ask`` tools ask every time, whatever the policy
    (opening files and links). ``group`` is the name ``--tools`` accepts for a family of
    tools (``files`` enables list, search and read).
    """

    name: str
    description: str
    parameters: dict[str, Any]
    run: RunFunction = field(compare=False, repr=False)
    read_only: bool = True
    always_ask: bool = False
    group: str = ""
    timeout_s: float = 30.0
    max_result_chars: int = 8000
    source: str = "built-in"
    origin: str = ""  # for people: where it comes from ("MCP server git, tool git_status")
    effect: str = ""  # for people: what approving it means, when the source says more

    def __post_init__(self) -> None:
        if not NAME_RE.match(self.name) or keyword.iskeyword(self.name):
            raise ToolConfigError(
                f"{self.name!r} cannot be a tool name: use letters, digits and underscores, "
                "starting with a letter (at most 64 characters)."
            )
        schema = self.parameters
        if not isinstance(schema, dict) or schema.get("type", "object") not in ("object", "dict"):
            raise ToolConfigError(f"The parameters of {self.name} must be a JSON schema object.")
        properties = schema.get("properties", {})
        if not isinstance(properties, dict):
            raise ToolConfigError(f"The 'properties' of {self.name} must be an object.")
        for arg in properties:
            if not isinstance(arg, str) or not NAME_RE.match(arg) or keyword.iskeyword(arg):
                raise ToolConfigError(
                    f"{self.name}: {arg!r} cannot be an argument name (the model writes "
                    "name=value, so it must be a Python identifier)."
                )
        required = schema.get("required", [])
        if not isinstance(required, list) or any(r not in properties for r in required):
            raise ToolConfigError(
                f"{self.name}: every 'required' argument must be listed in 'properties'."
            )
        try:
            Draft202012Validator.check_schema(validation_schema(schema))
        except jsonschema.SchemaError as exc:
            raise ToolConfigError(
                f"The parameters of {self.name} are not a valid JSON schema: {exc.message}"
            ) from None

    @property
    def required(self) -> list[str]:
        return list(self.parameters.get("required", []))

    @property
    def properties(self) -> dict[str, dict[str, Any]]:
        return dict(self.parameters.get("properties", {}))


def validation_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The schema as jsonschema checks it: ``dict`` means ``object``, and arguments the
    schema does not name are refused unless it says otherwise."""

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            out = {key: fix(value) for key, value in node.items()}
            if out.get("type") == "dict":
                out["type"] = "object"
            elif isinstance(out.get("type"), list):
                out["type"] = ["object" if t == "dict" else t for t in out["type"]]
            return out
        if isinstance(node, list):
            return [fix(item) for item in node]
        return node

    fixed = fix(copy.deepcopy(dict(schema)))
    fixed.setdefault("type", "object")
    fixed.setdefault("additionalProperties", False)
    return fixed


def _describe_error(tool: Tool, error: jsonschema.ValidationError) -> str:
    path = [str(p) for p in error.absolute_path]
    if error.validator == "additionalProperties" and not path:
        allowed = ", ".join(tool.properties) or "none"
        extra = sorted(set(error.instance) - set(tool.properties))
        return (
            f"{tool.name} has no argument {', '.join(map(repr, extra))} "
            f"(its arguments: {allowed})."
        )
    if error.validator == "required" and not path:
        return f"{tool.name} needs the argument {error.message.split(' ')[0]}."
    where = f"argument {path[0]!r}" if path else "the arguments"
    if len(path) > 1:
        where += " at " + "/".join(path[1:])
    return f"{tool.name}: {where}: {error.message}."


class ToolRegistry:
    """The tools a conversation can use, by name; checks calls against their schemas."""

    def __init__(self, tools: Iterable[Tool] = ()) -> None:
        self._tools: dict[str, Tool] = {}
        self._validators: dict[str, Draft202012Validator] = {}
        for tool in tools:
            self.add(tool)

    def add(self, tool: Tool) -> None:
        if tool.name in self._tools:
            raise ToolConfigError(f"There are two tools named {tool.name}.")
        self._tools[tool.name] = tool
        self._validators[tool.name] = Draft202012Validator(validation_schema(tool.parameters))

    def get(self, name: str) -> Tool | None:
        return self._tools.get(name)

    def __getitem__(self, name: str) -> Tool:
        return self._tools[name]

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    def names(self) -> list[str]:
        return list(self._tools)

    def subset(self, names: Iterable[str]) -> ToolRegistry:
        """Only the named tools (the ones enabled in a conversation), in this order."""
        wanted = set(names)
        return ToolRegistry(t for t in self._tools.values() if t.name in wanted)

    def validate(self, call: ToolCall) -> dict[str, Any]:
        """The call's arguments, checked and with schema defaults filled in.

        Raises :class:`UnknownToolError` or :class:`ToolArgumentError` with a message that
        names the argument and what was wrong, so the model can correct itself.
        """
        tool = self._tools.get(call.name)
        if tool is None:
            known = ", ".join(self._tools) or "none"
            raise UnknownToolError(f"There is no tool named {call.name!r} (tools: {known}).")
        errors = sorted(
            self._validators[call.name].iter_errors(call.arguments),
            key=lambda e: (len(e.absolute_path), str(list(e.absolute_path))),
        )
        if errors:
            raise ToolArgumentError(_describe_error(tool, errors[0]))
        arguments = dict(call.arguments)
        for name, spec in tool.properties.items():
            if name not in arguments and isinstance(spec, dict) and "default" in spec:
                arguments[name] = copy.deepcopy(spec["default"])
        return arguments
