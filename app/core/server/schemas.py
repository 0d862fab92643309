"""OpenAI request bodies in, Hearth's :class:`GenerationRequest` out; answers in OpenAI's shape.

Only what the engines honour is accepted: ``n`` other than 1 and ``logprobs`` are refused with
a 400 rather than silently ignored. ``frequency_penalty``/``presence_penalty``, ``user`` and
similar hints are accepted and ignored, as other local servers do. Tools map onto Llama 3.2's
zero-shot tool calling: the tools are listed in the system message in Meta's words, earlier
calls go back into the prompt as ``[name(arg=value)]`` turns and ``role: tool`` results as
``ipython`` turns; a grammar keeps calls well-formed (from the first token when the choice
forces one).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import hashlib
import json
import os
import re
import secrets
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.chat.message import Message
from app.core.engine.base import (
    GenerationRequest,
    ImageInput,
    ModelInfo,
    SamplingParams,
    Stats,
)
from app.core.errors import HearthError
from app.core.tools.base import Tool, ToolCall, ToolError, ToolRegistry
from app.core.tools.choice import ToolChoice, call_sampling
from app.core.tools.parser import parse_tool_calls
from app.core.tools.prompt import PYTHON_TAG, system_tool_prompt

MAX_STOPS = 16
MAX_IMAGES = 8
MAX_MESSAGES = 4096


class RequestError(HearthError):
    """A request the server cannot take; ``status`` and ``code`` go into the HTTP answer."""

    def __init__(self, message: str, *, param: str | None = None,
                 code: str = "invalid_request", status: int = 400,
                 kind: str = "invalid_request_error") -> None:
        super().__init__(message)
        self.param = param
        self.code = code
        self.status = status
        self.kind = kind


# -- small readers -------------------------------------------------------------------------------


def _number(body: Mapping[str, Any], key: str, low: float, high: float) -> float | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
            low <= value <= high):
        raise RequestError(f"'{key}' must be a number from {low:g} to {high:g}.", param=key)
    return float(value)


def _integer(body: Mapping[str, Any], key: str, low: int, high: int) -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not (low <= value <= high):
        raise RequestError(f"'{key}' must be a whole number from {low:,} to {high:,}.",
                           param=key)
    return value


def _stops(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(s, str) and s for s in items) \
            or len(items) > MAX_STOPS:
        raise RequestError(f"'stop' must be a non-empty string or a list of up to {MAX_STOPS} "
                           "of them.", param="stop")
    return tuple(items)


def json_schema_grammar(schema: Any) -> str:
    """GBNF for JSON matching ``schema`` (llama.cpp's own converter, as llama-server uses)."""
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    from app.core.engine.gbnf import check_grammar

    try:
        grammar = json_schema_to_gbnf(json.dumps(schema))
    except Exception as exc:  # the converter raises plain exceptions for schemas it cannot do
        raise RequestError(f"The JSON schema cannot be turned into a grammar: {exc}",
                           param="response_format") from None
    check_grammar(grammar)
    return grammar


_ANY_JSON_OBJECT = {"type": "object"}


def _response_format(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise RequestError("'response_format' must be an object.", param="response_format")
    kind = value.get("type")
    if kind == "text":
        return None
    if kind == "json_object":
        return json_schema_grammar(_ANY_JSON_OBJECT)
    if kind == "json_schema":
        spec = value.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, dict) else None
        if not isinstance(schema, dict):
            raise RequestError("'response_format.json_schema.schema' must be a JSON schema "
                               "object.", param="response_format")
        return json_schema_grammar(schema)
    raise RequestError("'response_format.type' must be text, json_object or json_schema.",
                       param="response_format")


def sampling_from(body: Mapping[str, Any], defaults: SamplingParams | None = None
                  ) -> SamplingParams:
    """The sampling fields of a chat or completion request (OpenAI's names and ranges)."""
    base = defaults or SamplingParams()
    n = body.get("n")
    if n not in (None, 1):
        raise RequestError("Hearth answers one choice per request; leave 'n' out or set it "
                           "to 1.", param="n")
    if body.get("logprobs") not in (None, False, 0) or body.get("top_logprobs"):
        raise RequestError("Hearth does not return log probabilities.", param="logprobs")
    temperature = _number(body, "temperature", 0.0, 2.0)
    top_p = _number(body, "top_p", 0.0, 1.0)
    max_tokens = _integer(body, "max_completion_tokens", 1, 1_000_000)
    if max_tokens is None:
        max_tokens = _integer(body, "max_tokens", 1, 1_000_000)
    seed = _integer(body, "seed", -(2**63), 2**64 - 1)
    return dataclasses.replace(
        base,
        temperature=base.temperature if temperature is None else temperature,
        top_p=base.top_p if top_p is None or top_p == 0 else top_p,
        max_tokens=max_tokens if max_tokens is not None else base.max_tokens,
        seed=(seed % 2**32) if seed is not None else base.seed,
        stop=_stops(body.get("stop")),
        grammar=_response_format(body.get("response_format")),
        grammar_trigger=None,
    )


# -- images --------------------------------------------------------------------------------------

_DATA_URL = re.compile(r"data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<params>(;[^;,]*)*),(?P<data>.*)",
                       re.S)


@dataclass(frozen=True, slots=True)
class ImagePart:
    """A picture from an ``image_url`` part: its bytes and the ``detail`` asked for."""

    data: bytes
    message_index: int
    detail: str = "auto"


def decode_data_url(url: str) -> bytes:
    """The bytes of a ``data:image/...;base64,`` URL; anything else is a 400."""
    if not url.startswith("data:"):
        raise RequestError(
            "Images must be sent inline as data: URLs (data:image/png;base64,...); Hearth "
            "does not open files or fetch web addresses.", param="messages",
            code="invalid_image_url")
    match = _DATA_URL.fullmatch(url)
    if match is None or ";base64" not in (match.group("params") or ""):
        raise RequestError("An image data: URL must be base64-encoded "
                           "(data:image/png;base64,...).", param="messages",
                           code="invalid_image_url")
    mime = match.group("mime") or ""
    if mime and not mime.startswith("image/"):
        raise RequestError(f"A data: URL of type {mime} is not an image.", param="messages",
                           code="invalid_image_url")
    try:
        return base64.b64decode(match.group("data"), validate=False)
    except (binascii.Error, ValueError):
        raise RequestError("An image data: URL holds invalid base64.", param="messages",
                           code="invalid_image_url") from None


class ImageStore:
    """Pictures from requests as files (the vision engine reads paths), named by their hash so
    that follow-up questions about the same picture reuse the engine's encoded image."""

    def __init__(self, folder: Path | None = None, keep: int = 32) -> None:
        self.folder = folder or Path(tempfile.mkdtemp(prefix="hearth-server-images-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.keep = keep

    def save(self, data: bytes) -> Path:
        path = self.folder / (hashlib.sha256(data).hexdigest()[:40] + ".img")
        if not path.exists():
            tmp = path.with_suffix(f".{secrets.token_hex(4)}.part")
            tmp.write_bytes(data)
            os.replace(tmp, path)
            self._prune()
        return path

    def _prune(self) -> None:
        files = sorted(self.folder.glob("*.img"), key=lambda p: p.stat().st_mtime)
        for old in files[: max(0, len(files) - self.keep)]:
            old.unlink(missing_ok=True)

    def close(self) -> None:
        for path in self.folder.glob("*"):
            path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self.folder.rmdir()


def _image_input(path: Path, index: int, detail: str) -> ImageInput:
    """OpenAI's ``detail``: "low" is the vision engine's quick one-tile encode; "high" and
    "auto" read the picture in full (up to four tiles, as the model was trained)."""
    return ImageInput(path, message_index=index, detail="quick" if detail == "low" else "full")


# -- tools ---------------------------------------------------------------------------------------


def _refuse_to_run(_arguments: dict[str, Any], _cancel: object) -> Any:
    raise ToolError("The server does not run tools; the client does.")


def tools_from(value: Any) -> ToolRegistry:
    """OpenAI ``tools`` (``[{"type": "function", "function": {...}}]``) as a registry."""
    if value is None:
        return ToolRegistry()
    if not isinstance(value, list):
        raise RequestError("'tools' must be a list.", param="tools")
    registry = ToolRegistry()
    for item in value:
        fn = item.get("function") if isinstance(item, dict) else None
        if not isinstance(item, dict) or item.get("type") != "function" or not isinstance(
                fn, dict) or not isinstance(fn.get("name"), str):
            raise RequestError("Every tool must be {\"type\": \"function\", \"function\": "
                               "{\"name\": ..., \"parameters\": {...}}}.", param="tools")
        params = fn.get("parameters") or {"type": "object", "properties": {}}
        try:
            registry.add(Tool(fn["name"], str(fn.get("description") or ""), params,
                              _refuse_to_run, source="client"))
        except ToolError as exc:
            raise RequestError(exc.message, param="tools") from None
    return registry


def tool_choice_from(value: Any, tools: ToolRegistry) -> ToolChoice:
    if value is None:
        return ToolChoice("auto" if len(tools) else "none")
    if value in ("auto", "none", "required"):
        choice = ToolChoice(value)
    elif isinstance(value, dict) and value.get("type") == "function" and isinstance(
            value.get("function"), dict) and isinstance(value["function"].get("name"), str):
        choice = ToolChoice("named", value["function"]["name"])
    else:
        raise RequestError("'tool_choice' must be auto, none, required or "
                           "{\"type\": \"function\", \"function\": {\"name\": ...}}.",
                           param="tool_choice")
    try:
        choice.offered(tools)
    except ToolError as exc:
        raise RequestError(exc.message, param="tool_choice") from None
    return choice


def _call_text(calls: Any) -> str:
    """An assistant's earlier ``tool_calls`` as the pythonic list Llama 3.2 writes."""
    out = []
    for call in calls if isinstance(calls, list) else []:
        fn = call.get("function") if isinstance(call, dict) else None
        if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
            raise RequestError("An assistant message's tool_calls must each have a function "
                               "with a name.", param="messages")
        raw = fn.get("arguments") or "{}"
        try:
            arguments = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            raise RequestError(f"The arguments of the earlier call to {fn['name']} are not "
                               "JSON.", param="messages") from None
        if not isinstance(arguments, dict):
            raise RequestError("Tool call arguments must be a JSON object.", param="messages")
        out.append(ToolCall(fn["name"], arguments).display())
    return "[" + ", ".join(out) + "]"


# -- chat ----------------------------------------------------------------------------------------


def _text_of(content: Any, role: str, images: list[tuple[int, str, str]], index: int) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise RequestError(f"The content of a {role} message must be a string or a list of "
                           "parts.", param="messages")
    texts = []
    for part in content:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif kind == "image_url" and role == "user":
            spec = part.get("image_url")
            url = spec.get("url") if isinstance(spec, dict) else spec
            if not isinstance(url, str):
                raise RequestError("An image_url part needs a url.", param="messages")
            detail = spec.get("detail", "auto") if isinstance(spec, dict) else "auto"
            if detail not in ("auto", "low", "high"):
                raise RequestError("An image's detail must be auto, low or high.",
                                   param="messages")
            images.append((index, url, detail))
        else:
            raise RequestError(f"A {role} message cannot hold a part of type {kind!r}.",
                               param="messages")
    return "\n".join(texts)


@dataclass
class ChatPlan:
    """A validated chat request; :meth:`request_for` builds the engine's request once the
    model is known (its prompt format decides how earlier calls are written back)."""

    model: str | None
    messages: list[Message]
    call_turns: set[int]
    images: list[ImagePart]
    sampling: SamplingParams
    tools: ToolRegistry
    choice: ToolChoice
    stream: bool = False
    include_usage: bool = False

    def request_for(self, info: ModelInfo, store: ImageStore | None = None) -> GenerationRequest:
        python_tag = info.chat_format == "llama3"
        messages = [
            Message(m.role, PYTHON_TAG + m.content) if i in self.call_turns and python_tag else m
            for i, m in enumerate(self.messages)
        ]
        images: tuple[ImageInput, ...] = ()
        if self.images:
            if store is None:
                raise RequestError("This server cannot take pictures.", param="messages")
            images = tuple(_image_input(store.save(p.data), p.message_index, p.detail)
                           for p in self.images)
        return GenerationRequest(
            messages=messages,
            sampling=call_sampling(self.sampling, self.tools, self.choice)
            if len(self.tools) else self.sampling,
            add_default_system=not len(self.tools),
            images=images,
        )


def parse_chat(body: Any, defaults: SamplingParams | None = None) -> ChatPlan:
    """Check a ``/v1/chat/completions`` body; raises :class:`RequestError` (400) with the
    field at fault."""
    if not isinstance(body, dict):
        raise RequestError("The request body must be a JSON object.")
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        raise RequestError("'messages' must be a non-empty list.", param="messages")
    if len(raw) > MAX_MESSAGES:
        raise RequestError(f"At most {MAX_MESSAGES} messages fit in one request.",
                           param="messages")
    model = body.get("model")
    if model is not None and not isinstance(model, str):
        raise RequestError("'model' must be a string.", param="model")
    sampling = sampling_from(body, defaults)
    tools = tools_from(body.get("tools"))
    choice = tool_choice_from(body.get("tool_choice"), tools)
    offered = choice.offered(tools)
    if offered and sampling.grammar is not None:
        raise RequestError("'response_format' and tools cannot be combined; the answer "
                           "is either a call or JSON.", param="response_format")

    system_parts: list[str] = []
    turns: list[Message] = []
    call_turns: set[int] = set()
    found: list[tuple[int, str, str]] = []
    for item in raw:
        if not isinstance(item, dict):
            raise RequestError("Every message must be an object.", param="messages")
        role = item.get("role")
        if role in ("system", "developer"):
            system_parts.append(_text_of(item.get("content"), role, [], 0))
        elif role == "user":
            turns.append(Message("user", _text_of(item.get("content"), role, found,
                                                  len(turns))))
        elif role == "assistant":
            text = _text_of(item.get("content"), role, [], 0)
            if item.get("tool_calls"):
                call_turns.add(len(turns))
                text = _call_text(item["tool_calls"])
            turns.append(Message("assistant", text))
        elif role in ("tool", "function"):
            turns.append(Message("ipython", _text_of(item.get("content"), role, [], 0)))
        else:
            raise RequestError(f"Unknown message role {role!r}.", param="messages")
    system = "\n\n".join(p for p in system_parts if p) or None
    if len(offered):
        system = system_tool_prompt(offered, system)
    shift = 1 if system else 0
    messages = ([Message("system", system)] if system else []) + turns
    if len(found) > MAX_IMAGES:
        raise RequestError(f"At most {MAX_IMAGES} images fit in one request.",
                           param="messages")
    images = [ImagePart(decode_data_url(url), index + shift, detail)
              for index, url, detail in found]
    if images and len(offered):
        raise RequestError("Tools cannot be combined with pictures: the vision model does "
                           "not call tools.", param="tools")
    options = body.get("stream_options")
    include_usage = isinstance(options, dict) and bool(options.get("include_usage"))
    return ChatPlan(
        model=model, messages=messages, call_turns={i + shift for i in call_turns},
        images=images, sampling=sampling, tools=offered, choice=choice,
        stream=bool(body.get("stream")), include_usage=include_usage,
    )


@dataclass
class CompletionPlan:
    model: str | None
    prompt: str
    sampling: SamplingParams
    stream: bool = False
    include_usage: bool = False

    def request(self) -> GenerationRequest:
        return GenerationRequest(prompt=self.prompt, sampling=self.sampling)


def parse_completion(body: Any, defaults: SamplingParams | None = None) -> CompletionPlan:
    """Check a ``/v1/completions`` body (one prompt string)."""
    if not isinstance(body, dict):
        raise RequestError("The request body must be a JSON object.")
    prompt = body.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise RequestError("'prompt' must be a string (one prompt per request).",
                           param="prompt")
    if body.get("suffix"):
        raise RequestError("Hearth does not fill in the middle; leave 'suffix' out.",
                           param="suffix")
    model = body.get("model")
    if model is not None and not isinstance(model, str):
        raise RequestError("'model' must be a string.", param="model")
    options = body.get("stream_options")
    return CompletionPlan(model, prompt, sampling_from(body, defaults),
                          stream=bool(body.get("stream")),
                          include_usage=isinstance(options, dict)
                          and bool(options.get("include_usage")))


# -- answers -------------------------------------------------------------------------------------


def new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(12)}"


def finish_reason(stats: Stats) -> str:
    if stats.stop_reason in ("length", "content_filter"):
        return stats.stop_reason
    return "stop"


def usage(stats: Stats) -> dict[str, int]:
    return {"prompt_tokens": stats.prompt_tokens,
            "completion_tokens": stats.completion_tokens,
            "total_tokens": stats.prompt_tokens + stats.completion_tokens}


@dataclass
class ToolAnswer:
    """What a finished answer means under tools: calls (OpenAI's form) and remaining text."""

    calls: list[dict[str, Any]] = field(default_factory=list)
    text: str | None = None


def read_tool_answer(text: str, tools: ToolRegistry) -> ToolAnswer:
    """The calls in ``text`` as OpenAI ``tool_calls``; text that is no call list stays text."""
    if not len(tools):
        return ToolAnswer(text=text)
    try:
        parsed = parse_tool_calls(text)
    except ToolError:
        return ToolAnswer(text=text)
    calls = [c for c in parsed.calls if c.name in tools]
    if not calls:
        return ToolAnswer(text=text)
    out = []
    for call in calls:
        try:
            arguments = tools.validate(call)
        except ToolError:
            arguments = call.arguments
        out.append({"id": "call_" + secrets.token_hex(12), "type": "function",
                    "function": {"name": call.name,
                                 "arguments": json.dumps(arguments, ensure_ascii=False)}})
    return ToolAnswer(out, parsed.text or None)


def might_be_call(held: str) -> bool | None:
    """While streaming under ``auto``: True when the answer so far starts like a call (hold it
    back), False when it is plain text (send it), None when it is too early to tell."""
    stripped = held.lstrip()
    if not stripped:
        return None
    return stripped.startswith(("[", "{", "<"))


def now() -> int:
    return int(time.time())


def chat_chunk(cid: str, created: int, model: str, delta: dict[str, Any],
               finish: str | None = None) -> dict[str, Any]:
    return {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
            "system_fingerprint": None,
            "choices": [{"index": 0, "delta": delta, "logprobs": None,
                         "finish_reason": finish}]}


def chat_response(cid: str, created: int, model: str, answer: ToolAnswer, finish: str,
                  stats: Stats) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": answer.text, "refusal": None}
    if answer.calls:
        message["tool_calls"] = answer.calls
    return {"id": cid, "object": "chat.completion", "created": created, "model": model,
            "system_fingerprint": None,
            "choices": [{"index": 0, "message": message, "logprobs": None,
                         "finish_reason": finish}],
            "usage": usage(stats)}


def completion_body(cid: str, created: int, model: str, text: str, finish: str | None,
                    stats: Stats | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": cid, "object": "text_completion", "created": created, "model": model,
        "system_fingerprint": None,
        "choices": [{"index": 0, "text": text, "logprobs": None, "finish_reason": finish}],
    }
    if stats is not None:
        body["usage"] = usage(stats)
    return body


def error_body(message: str, kind: str, code: str | None, param: str | None = None
               ) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def messages_for_log(messages: Sequence[Message]) -> str:
    return json.dumps([{"role": m.role, "content": m.content} for m in messages],
                      ensure_ascii=False)
