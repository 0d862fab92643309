"""The OpenAI client (sync and async, streaming and not) and curl against a real Hearth server
serving SmolLM2: chat, completions, JSON-schema output, tools, stop and seed, usage."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess

import jsonschema
import openai
import pytest

from app.core.server.runner import LocalServer

MODEL = "smollm2-135m"
GREEDY = {"temperature": 0, "max_tokens": 8}
HELLO = [{"role": "user", "content": "Write one sentence about the sea."}]
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                       "required": ["city"]},
    },
}
TIME = {
    "type": "function",
    "function": {
        "name": "get_time",
        "description": "The time now in a time zone.",
        "parameters": {"type": "object", "properties": {"zone": {"type": "string"}},
                       "required": ["zone"]},
    },
}


def _client(server: LocalServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.url, api_key="unused", max_retries=0, timeout=300)


def _stream_text(stream: openai.Stream) -> tuple[str, str | None, object]:  # type: ignore[type-arg]
    parts, finish, usage = [], None, None
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            delta = getattr(choice, "delta", None)
            text = delta.content if delta is not None else choice.text
            if text:
                parts.append(text)
            finish = choice.finish_reason or finish
    return "".join(parts), finish, usage


def test_models_and_health(smol_server: LocalServer) -> None:
    ids = [m.id for m in _client(smol_server).models.list()]
    assert MODEL in ids
    assert _client(smol_server).models.retrieve(MODEL).id == MODEL
    import httpx

    health = httpx.get(smol_server.url.removesuffix("/v1") + "/health").json()
    assert health["status"] == "ok"
    assert health["active_requests"] == 0


def test_chat_streaming_equals_plain(smol_server: LocalServer) -> None:
    client = _client(smol_server)
    plain = client.chat.completions.create(model=MODEL, messages=HELLO, **GREEDY)
    choice = plain.choices[0]
    assert choice.message.role == "assistant"
    assert choice.message.content
    assert choice.finish_reason == "length"
    assert plain.usage.completion_tokens == 8
    assert plain.usage.total_tokens == plain.usage.prompt_tokens + 8
    assert plain.model == MODEL

    stream = client.chat.completions.create(model=MODEL, messages=HELLO, stream=True,
                                            stream_options={"include_usage": True}, **GREEDY)
    text, finish, usage = _stream_text(stream)
    assert text == choice.message.content
    assert finish == "length"
    assert usage is not None and usage.completion_tokens == 8
    assert usage.prompt_tokens == plain.usage.prompt_tokens


def test_async_client_streaming_and_not(smol_server: LocalServer) -> None:
    async def run() -> tuple[str, str]:
        client = openai.AsyncOpenAI(base_url=smol_server.url, api_key="unused", max_retries=0,
                                    timeout=300)
        plain = await client.chat.completions.create(model=MODEL, messages=HELLO, **GREEDY)
        stream = await client.chat.completions.create(model=MODEL, messages=HELLO,
                                                      stream=True, **GREEDY)
        parts = [c.choices[0].delta.content or "" async for c in stream if c.choices]
        await client.close()
        return plain.choices[0].message.content or "", "".join(parts)

    plain, streamed = asyncio.run(run())
    assert plain and plain == streamed


def test_completions(smol_server: LocalServer) -> None:
    client = _client(smol_server)
    prompt = "The capital of France is"
    plain = client.completions.create(model=MODEL, prompt=prompt, temperature=0, max_tokens=6)
    assert plain.object == "text_completion"
    assert plain.choices[0].text
    assert plain.usage.completion_tokens <= 6
    text, finish, usage = _stream_text(client.completions.create(
        model=MODEL, prompt=prompt, temperature=0, max_tokens=6, stream=True,
        stream_options={"include_usage": True}))
    assert text == plain.choices[0].text
    assert finish == plain.choices[0].finish_reason
    assert usage is not None and usage.completion_tokens == plain.usage.completion_tokens


def test_stop_and_seed(smol_server: LocalServer) -> None:
    client = _client(smol_server)
    free = client.chat.completions.create(model=MODEL, messages=HELLO, temperature=0,
                                          max_tokens=12).choices[0].message.content or ""
    word = free.split()[1]
    stopped = client.chat.completions.create(model=MODEL, messages=HELLO, temperature=0,
                                             max_tokens=12, stop=[word]).choices[0]
    assert stopped.finish_reason == "stop"
    assert word not in stopped.message.content
    assert free.startswith(stopped.message.content)

    def sampled(seed: int) -> str:
        return client.chat.completions.create(
            model=MODEL, messages=HELLO, temperature=1.2, top_p=1.0, seed=seed,
            max_tokens=8).choices[0].message.content or ""

    assert sampled(7) == sampled(7)


def test_json_schema_output_parses(smol_server: LocalServer) -> None:
    schema = {"type": "object",
              "properties": {"name": {"type": "string", "maxLength": 20},
                             "age": {"type": "integer"}},
              "required": ["name", "age"], "additionalProperties": False}
    reply = _client(smol_server).chat.completions.create(
        model=MODEL, temperature=0, max_tokens=60,
        messages=[{"role": "user", "content": "Invent a person. Answer in JSON."}],
        response_format={"type": "json_schema",
                         "json_schema": {"name": "person", "schema": schema, "strict": True}})
    data = json.loads(reply.choices[0].message.content or "")
    jsonschema.validate(data, schema)


def test_tool_choice_required_returns_tool_calls(smol_server: LocalServer) -> None:
    client = _client(smol_server)
    question = [{"role": "user", "content": "What is the weather like in Paris?"}]
    reply = client.chat.completions.create(model=MODEL, messages=question, tools=[WEATHER],
                                           tool_choice="required", temperature=0,
                                           max_tokens=40)
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = choice.message.tool_calls[0]
    assert call.type == "function"
    assert call.function.name == "get_weather"
    arguments = json.loads(call.function.arguments)
    assert isinstance(arguments["city"], str)

    # The named choice picks the tool, whatever the model would prefer.
    named = client.chat.completions.create(
        model=MODEL, messages=question, tools=[WEATHER, TIME], temperature=0, max_tokens=40,
        tool_choice={"type": "function", "function": {"name": "get_time"}})
    assert [c.function.name for c in named.choices[0].message.tool_calls] == ["get_time"]

    # The call and its result go back into the conversation; the model answers from them.
    history = [*question, {"role": "assistant", "content": None, "tool_calls": [
        {"id": call.id, "type": "function",
         "function": {"name": "get_weather", "arguments": call.function.arguments}}]},
        {"role": "tool", "tool_call_id": call.id,
         "content": json.dumps({"temperature_c": 18, "sky": "clear"})}]
    answer = client.chat.completions.create(model=MODEL, messages=history, tools=[WEATHER],
                                            tool_choice="none", temperature=0, max_tokens=8)
    assert answer.choices[0].message.content
    assert answer.choices[0].message.tool_calls is None


def test_streamed_tool_calls(smol_server: LocalServer) -> None:
    stream = _client(smol_server).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Weather in Oslo?"}],
        tools=[WEATHER], tool_choice="required", temperature=0, max_tokens=40, stream=True)
    calls, finish, content = [], None, ""
    for chunk in stream:
        delta = chunk.choices[0].delta
        content += delta.content or ""
        calls += delta.tool_calls or []
        finish = chunk.choices[0].finish_reason or finish
    assert finish == "tool_calls"
    assert content == ""
    assert calls[0].function.name == "get_weather"
    assert "city" in json.loads(calls[0].function.arguments)


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_chat_and_stream(smol_server: LocalServer) -> None:
    body = json.dumps({"model": MODEL, "messages": HELLO, **GREEDY})
    out = subprocess.run(
        ["curl", "-sS", "--fail-with-body", f"{smol_server.url}/chat/completions",
         "-H", "Content-Type: application/json", "-d", body],
        capture_output=True, text=True, timeout=300, check=True).stdout
    reply = json.loads(out)
    text = reply["choices"][0]["message"]["content"]
    assert text and reply["object"] == "chat.completion"

    body = json.dumps({"model": MODEL, "messages": HELLO, "stream": True, **GREEDY})
    out = subprocess.run(
        ["curl", "-sS", "-N", "--fail-with-body", f"{smol_server.url}/chat/completions",
         "-H", "Content-Type: application/json", "-d", body],
        capture_output=True, text=True, timeout=300, check=True).stdout
    events = [line[len("data: "):] for line in out.splitlines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks) == text
