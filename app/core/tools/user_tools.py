"""Tools the user defines: a program Hearth runs with the model's arguments.

They live in ``tools.json`` in the config folder::

    {"tools": [{
        "name": "word_count",
        "description": "Count the words in a text file",
        "parameters": {"type": "object", "required": ["path"],
                       "properties": {"path": {"type": "string", "description": "..."}}},
        "action": {"program": "wc", "args": ["-w", "--", "{path}"]},
        "timeout_s": 10, "max_output_chars": 4000, "read_only": true, "enabled": false
    }]}

Why it is safe enough to let a model fill in the arguments:

* No shell, ever. ``args`` is a list of argv items; an item that is exactly ``{name}`` becomes
  one argv item holding the value (a list value becomes several), and ``{name}`` inside a
  longer item (``--city={city}``) is replaced in that item only. Quotes, spaces, ``;``, ``$()``
  in a value are just characters. ``{{`` and ``}}`` are literal braces.
* A value that would stand alone as an argv item may not start with ``-`` (it could be read as
  an option), unless the tool says ``"allow_option_values": true``; put ``--`` before it in
  ``args`` to be safe either way.
* On Windows, ``.bat`` and ``.cmd`` programs are refused: Windows runs them through
  ``cmd.exe``, which re-parses the arguments.
* A tool is disabled until the user sets ``"enabled": true``; then the approval policy still
  applies (tools are not read-only unless they say so), a timeout kills it (and its children),
  Stop kills it, and its output is capped.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.engine.base import CancelToken
from app.core.jsonfile import write_json_atomic
from app.core.paths import config_dir
from app.core.tools.base import (
    Tool,
    ToolArgumentError,
    ToolCancelledError,
    ToolConfigError,
    ToolRunError,
)

__all__ = [
    "UserToolSpec",
    "build_argv",
    "load_user_tool_entries",
    "load_user_tools",
    "make_user_tool",
    "run_program",
    "save_user_tool_entries",
    "set_user_tool_enabled",
    "user_tools_path",
]

MAX_TIMEOUT_S = 600.0
MAX_OUTPUT_CHARS = 100_000
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")


def user_tools_path() -> Path:
    """Where the user's tool definitions are kept."""
    return config_dir() / "tools.json"


@dataclass(frozen=True, slots=True)
class UserToolSpec:
    """One entry of ``tools.json``, checked."""

    name: str
    description: str
    parameters: dict[str, Any]
    program: str
    args: tuple[str, ...] = ()
    timeout_s: float = 30.0
    max_output_chars: int = 8000
    read_only: bool = False
    enabled: bool = False
    allow_option_values: bool = False
    cwd: str | None = None
    env: dict[str, str] = field(default_factory=dict)


def _spec_from(entry: Any, where: str) -> UserToolSpec:
    if not isinstance(entry, dict):
        raise ToolConfigError(f"{where} must be an object.")
    action = entry.get("action")
    if not isinstance(action, dict) or not isinstance(action.get("program"), str) \
            or not action["program"].strip():
        raise ToolConfigError(f"{where} needs \"action\": {{\"program\": ..., \"args\": [...]}}.")
    args = action.get("args", [])
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        raise ToolConfigError(f"{where}: \"args\" must be a list of strings.")
    name = entry.get("name")
    description = entry.get("description", "")
    parameters = entry.get("parameters", {"type": "object", "properties": {}})
    if not isinstance(name, str) or not isinstance(description, str):
        raise ToolConfigError(f"{where} needs a \"name\" and a \"description\" (text).")
    if not isinstance(parameters, dict):
        raise ToolConfigError(f"{where}: \"parameters\" must be a JSON schema object.")
    env = action.get("env", {})
    if not isinstance(env, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                            for k, v in env.items()):
        raise ToolConfigError(f"{where}: \"env\" must map names to text.")
    try:
        timeout = float(entry.get("timeout_s", 30.0))
        max_output = int(entry.get("max_output_chars", 8000))
    except (TypeError, ValueError):
        raise ToolConfigError(f"{where}: timeout_s and max_output_chars must be numbers.") \
            from None
    if not 0 < timeout <= MAX_TIMEOUT_S:
        raise ToolConfigError(f"{where}: timeout_s must be between 0 and {MAX_TIMEOUT_S:g}.")
    if not 0 < max_output <= MAX_OUTPUT_CHARS:
        raise ToolConfigError(f"{where}: max_output_chars must be between 1 and "
                              f"{MAX_OUTPUT_CHARS}.")
    spec = UserToolSpec(
        name=name,
        description=description,
        parameters=parameters,
        program=action["program"].strip(),
        args=tuple(args),
        timeout_s=timeout,
        max_output_chars=max_output,
        read_only=entry.get("read_only") is True,
        enabled=entry.get("enabled") is True,
        allow_option_values=entry.get("allow_option_values") is True,
        cwd=action.get("cwd") if isinstance(action.get("cwd"), str) else None,
        env=dict(env),
    )
    known = set(parameters.get("properties", {}) or {})
    for item in spec.args:
        for match in _PLACEHOLDER.finditer(item):
            if match.group(1) and match.group(1) not in known:
                raise ToolConfigError(
                    f"{where}: args use {{{match.group(1)}}}, which is not one of its "
                    "parameters."
                )
    make_user_tool(spec)  # checks the name and the schema
    return spec


def load_user_tools(path: Path | None = None) -> list[UserToolSpec]:
    """Every tool in the user's file (enabled or not); none when there is no file.

    Raises :class:`ToolConfigError` naming the file and the entry when it is broken.
    """
    path = path or user_tools_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise ToolConfigError(f"The tools file {path} cannot be read: {exc}.") from None
    entries = raw.get("tools") if isinstance(raw, dict) else raw
    if not isinstance(entries, list):
        raise ToolConfigError(f"The tools file {path} must hold {{\"tools\": [...]}}.")
    specs = []
    names: set[str] = set()
    for index, entry in enumerate(entries, 1):
        label = entry.get("name") if isinstance(entry, dict) else None
        where = f"Tool {index}" + (f" ({label})" if isinstance(label, str) else "") \
            + f" in {path}"
        try:
            spec = _spec_from(entry, where)
        except ToolConfigError as exc:
            if where in exc.message:
                raise
            raise ToolConfigError(f"{where}: {exc.message}") from None
        if spec.name in names:
            raise ToolConfigError(f"{where}: another tool is already named {spec.name}.")
        names.add(spec.name)
        specs.append(spec)
    return specs


def set_user_tool_enabled(name: str, enabled: bool, path: Path | None = None) -> None:
    """Turn a user tool on or off in its file (written atomically)."""
    path = path or user_tools_path()
    load_user_tools(path)  # refuse to rewrite a broken file
    raw = json.loads(path.read_text(encoding="utf-8"))
    entries = raw.get("tools") if isinstance(raw, dict) else raw
    for entry in entries:
        if entry.get("name") == name:
            entry["enabled"] = bool(enabled)
            break
    else:
        raise ToolConfigError(f"There is no tool named {name} in {path}.")
    write_json_atomic(path, raw, indent=2, ensure_ascii=False)


def load_user_tool_entries(path: Path | None = None) -> list[dict[str, Any]]:
    """The raw entries of the tools file (checked first), for the Settings page to edit."""
    path = path or user_tools_path()
    load_user_tools(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    entries = raw.get("tools") if isinstance(raw, dict) else raw
    return [dict(entry) for entry in entries]


def save_user_tool_entries(entries: list[dict[str, Any]], path: Path | None = None) -> None:
    """Check every entry (as :func:`load_user_tools` would) and write the file atomically.

    Other top-level keys of the file are kept. Raises :class:`ToolConfigError` naming the
    entry and what is wrong, and then writes nothing.
    """
    path = path or user_tools_path()
    names: set[str] = set()
    for index, entry in enumerate(entries, 1):
        label = entry.get("name") if isinstance(entry, dict) else None
        where = f"Tool {index}" + (f" ({label})" if isinstance(label, str) else "")
        spec = _spec_from(entry, where)
        if spec.name in names:
            raise ToolConfigError(f"{where}: another tool is already named {spec.name}.")
        names.add(spec.name)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = {}
    raw = raw if isinstance(raw, dict) else {}
    raw["tools"] = entries
    write_json_atomic(path, raw, indent=2, ensure_ascii=False)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def build_argv(spec: UserToolSpec, arguments: Mapping[str, Any]) -> list[str]:
    """The argv list for ``arguments``: one item per template item (lists expand), no shell.

    A template item whose placeholder has no value (an optional argument left out) is left out.
    """
    argv: list[str] = []
    for item in spec.args:
        whole = re.fullmatch(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", item)
        if whole:
            value = arguments.get(whole.group(1))
            if value is None:
                continue
            values = value if isinstance(value, list) else [value]
            for v in values:
                text = _text(v)
                if text.startswith("-") and not spec.allow_option_values \
                        and not isinstance(v, (int, float)):
                    raise ToolArgumentError(
                        f"{spec.name}: the value {text!r} for {whole.group(1)!r} starts with "
                        "'-' and could be taken for an option; it was not passed."
                    )
                argv.append(text)
            continue
        missing = False

        def fill(match: re.Match[str], _item: str = item) -> str:
            nonlocal missing
            if match.group(0) == "{{":
                return "{"
            if match.group(0) == "}}":
                return "}"
            value = arguments.get(match.group(1))
            if value is None:
                missing = True
                return ""
            return _text(value)

        filled = _PLACEHOLDER.sub(fill, item)
        if not missing:
            argv.append(filled)
    return argv


def _resolve_program(program: str) -> str:
    if os.path.isabs(program):
        found = program if os.path.isfile(program) else None
    else:
        found = shutil.which(program)
    if not found:
        raise ToolRunError(f"The program {program!r} was not found.")
    if sys.platform == "win32" and Path(found).suffix.lower() in (".bat", ".cmd"):
        raise ToolRunError(
            f"{Path(found).name} is a batch file; Windows runs those through cmd.exe, which "
            "would re-read the arguments, so Hearth does not run them. Point the tool at a "
            "real program."
        )
    return found


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """Kill the program and everything it started (its own process group)."""
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except (ProcessLookupError, PermissionError, OSError):
        pass


def _reader(stream: Any, limit: int, out: list[bytes], flags: dict[str, bool]) -> None:
    size = 0
    while True:
        chunk = stream.read(65536)
        if not chunk:
            break
        if size < limit:
            out.append(chunk[: limit - size])
        size += len(chunk)
        if size > limit:
            flags["truncated"] = True
    stream.close()


def run_program(
    argv: list[str],
    cancel: CancelToken,
    *,
    timeout_s: float = 30.0,
    max_output_chars: int = 8000,
    cwd: str | None = None,
    env: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Run ``argv`` (no shell), waiting at most ``timeout_s``; Stop kills it.

    Returns the exit code and the (capped) standard output and error.
    """
    program = _resolve_program(argv[0])
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    kwargs: dict[str, Any] = {}
    if os.name == "posix":
        kwargs["start_new_session"] = True
    else:
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0) | getattr(
            subprocess, "CREATE_NO_WINDOW", 0)
    try:
        proc = subprocess.Popen(
            [program, *argv[1:]], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, shell=False, cwd=cwd, env=full_env, **kwargs,
        )
    except OSError as exc:
        raise ToolRunError(f"{argv[0]} could not be started ({exc.strerror or exc}).") \
            from None
    limit = max_output_chars * 4  # bytes; decoded and cut to characters below
    out: list[bytes] = []
    err: list[bytes] = []
    flags = {"truncated": False}
    readers = [threading.Thread(target=_reader, args=(proc.stdout, limit, out, flags),
                                daemon=True),
               threading.Thread(target=_reader, args=(proc.stderr, limit, err, flags),
                                daemon=True)]
    for reader in readers:
        reader.start()
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                proc.wait(timeout=0.05)
                break
            except subprocess.TimeoutExpired:
                pass
            if cancel.cancelled:
                _kill(proc)
                proc.wait()
                raise ToolCancelledError(f"{Path(argv[0]).name} was stopped.")
            if time.monotonic() > deadline:
                _kill(proc)
                proc.wait()
                raise ToolRunError(f"{Path(argv[0]).name} took longer than {timeout_s:g} s "
                                   "and was stopped.")
    finally:
        if proc.poll() is None:
            _kill(proc)
            proc.wait()
        if os.name == "posix":  # children that outlived the program
            _kill(proc)
        for reader in readers:
            reader.join(timeout=2)
    stdout = b"".join(out).decode("utf-8", errors="replace")
    stderr = b"".join(err).decode("utf-8", errors="replace")
    truncated = flags["truncated"] or len(stdout) > max_output_chars
    result: dict[str, Any] = {"exit_code": proc.returncode,
                              "output": stdout[:max_output_chars]}
    if stderr.strip():
        result["errors"] = stderr[: max(200, max_output_chars // 4)]
    if truncated:
        result["truncated"] = True
    return result


def make_user_tool(spec: UserToolSpec) -> Tool:
    """A :class:`Tool` that runs ``spec``'s program."""

    def run(arguments: dict[str, Any], cancel: CancelToken) -> dict[str, Any]:
        argv = [spec.program, *build_argv(spec, arguments)]
        return run_program(argv, cancel, timeout_s=spec.timeout_s,
                           max_output_chars=spec.max_output_chars, cwd=spec.cwd, env=spec.env)

    return Tool(
        name=spec.name,
        description=spec.description,
        parameters=spec.parameters,
        run=run,
        read_only=spec.read_only,
        group=spec.name,
        timeout_s=spec.timeout_s + 5.0,
        max_result_chars=spec.max_output_chars + 1000,
        source="user",
    )
