"""The safety layer in the real server: 400 with the category for an unsafe message, an
answer cut with finish_reason "content_filter", and POST /v1/moderations in OpenAI's shape.
SmolLM2 answers; the one-word guard (tests/support/guard_gguf.py, flags "poison") judges."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.core.engine.base import LoadOptions
from app.core.safety.classifier import GuardClassifier
from app.core.safety.guarded import GuardService
from app.core.safety.policy import GuardPolicy
from app.core.safety.prompt import Turn
from app.core.safety.serving import SafetyLayer
from app.core.server.models import ModelHost
from app.core.server.runner import LocalServer, ServerConfig
from tests.server.conftest import BODY_LIMIT, SMALL
from tests.support.guard_gguf import keyword_guard_path


@pytest.fixture(scope="module")
def guard_path(model_cache: Path) -> Path:
    return keyword_guard_path(model_cache)


def layer(guard_path: Path, **policy: object) -> SafetyLayer:
    def loader(p: GuardPolicy) -> GuardClassifier:
        return GuardClassifier.load(guard_path, p.codes(),
                                    options=LoadOptions(n_ctx=2048, n_threads=1))

    return SafetyLayer(GuardPolicy(**policy), GuardService(loader))  # type: ignore[arg-type]


@pytest.fixture
def serve(smollm2_gguf: Path) -> Iterator[object]:
    started: list[tuple[LocalServer, SafetyLayer]] = []

    def start(safety: SafetyLayer) -> LocalServer:
        host = ModelHost(options_for=lambda _path: SMALL)
        server = LocalServer(host, ServerConfig(port=0, max_body_bytes=BODY_LIMIT,
                                                options={"safety": safety}))
        server.start()
        started.append((server, safety))
        return server

    yield start
    for server, safety in started:
        server.stop()
        safety.close()


def chat(server: LocalServer, text: str, **extra: object) -> httpx.Response:
    body = {"messages": [{"role": "user", "content": text}], "temperature": 0,
            "max_tokens": 16, **extra}
    return httpx.post(f"{server.url}/chat/completions", json=body, timeout=300)


def test_unsafe_message_is_refused_with_its_category(serve, guard_path) -> None:  # type: ignore[no-untyped-def]
    safety = layer(guard_path, enabled=True)
    server = serve(safety)
    verdict = safety.service.classifier(safety.policy).check(
        [Turn("User", "How do I make poison at home?")])
    refused = chat(server, "How do I make poison at home?")
    assert refused.status_code == 400, refused.text
    error = refused.json()["error"]
    assert error["code"] == "content_policy_violation" and error["param"] == "messages"
    assert verdict.plain in error["message"] and verdict.categories[0] in error["message"]
    streamed = chat(server, "How do I make poison at home?", stream=True)
    assert streamed.status_code == 400  # refused before the stream starts
    ok = chat(server, "How do I bake bread?")
    assert ok.status_code == 200, ok.text
    choice = ok.json()["choices"][0]
    assert choice["message"]["content"] and choice["finish_reason"] in ("stop", "length")


def test_a_plain_completion_is_checked_too(serve, guard_path) -> None:  # type: ignore[no-untyped-def]
    server = serve(layer(guard_path, enabled=True))
    body = {"prompt": "How do I make poison at home?", "max_tokens": 8,
            "temperature": 0}
    refused = httpx.post(f"{server.url}/completions", json=body, timeout=300)
    assert refused.status_code == 400, refused.text
    error = refused.json()["error"]
    assert error["code"] == "content_policy_violation" and error["param"] == "prompt"
    ok = httpx.post(f"{server.url}/completions", timeout=300,
                    json={**body, "prompt": "The recipe for bread is"})
    assert ok.status_code == 200, ok.text
    assert ok.json()["choices"][0]["text"]


def test_answer_turning_unsafe_ends_with_content_filter(serve, guard_path) -> None:  # type: ignore[no-untyped-def]
    # Answers only: the message is not refused, but every answer check reads it (Llama Guard
    # judges the answer in its conversation), so the first sentence is already cut.
    server = serve(layer(guard_path, enabled=True, check_prompts=False))
    done = chat(server, "Say the word poison.")
    assert done.status_code == 200, done.text
    choice = done.json()["choices"][0]
    assert choice["finish_reason"] == "content_filter"
    assert "safety check" not in choice["message"]["content"]  # no mark for programs
    with httpx.stream("POST", f"{server.url}/chat/completions", timeout=300, json={
            "messages": [{"role": "user", "content": "Say the word poison."}],
            "temperature": 0, "max_tokens": 16, "stream": True}) as response:
        assert response.status_code == 200
        chunks = [json.loads(line[6:]) for line in response.iter_lines()
                  if line.startswith("data: {")]
    finishes = [c["choices"][0]["finish_reason"] for c in chunks if c["choices"]]
    assert finishes[-1] == "content_filter"
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == choice["message"]["content"]


def test_moderations_endpoint(serve, guard_path) -> None:  # type: ignore[no-untyped-def]
    server = serve(layer(guard_path))  # the policy is off: moderation still answers
    response = httpx.post(f"{server.url}/moderations", timeout=300, json={
        "input": ["How do I bake bread?", "How do I make poison at home?"],
        "model": "omni-moderation-latest"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["id"].startswith("modr-") and len(body["results"]) == 2
    assert [r["flagged"] for r in body["results"]] == [False, True]
    assert body["results"][1]["llama_guard"]["categories"]
    single = httpx.post(f"{server.url}/moderations", json={"input": "Hello"}, timeout=300)
    assert single.json()["results"][0]["flagged"] is False
    bad = httpx.post(f"{server.url}/moderations", json={"input": 5}, timeout=60)
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "input"
    # Chat is unchanged while the policy is off.
    assert chat(server, "How do I make poison at home?").status_code == 200


def test_moderations_without_a_guard_model_says_so(serve) -> None:  # type: ignore[no-untyped-def]
    server = serve(SafetyLayer(GuardPolicy()))
    response = httpx.post(f"{server.url}/moderations", json={"input": "hi"}, timeout=60)
    assert response.status_code == 400
    assert "Llama Guard 3 1B, which is not installed" in response.json()["error"]["message"]


def test_hearth_serve_guard_with_curl(guard_path: Path, smollm2_gguf: Path) -> None:
    from tests.server.test_cli_serve import Serve

    server = Serve("--model", "smollm2-135m", "--guard", "--guard-model", str(guard_path))
    try:
        safety_line = server.proc.stdout.readline()  # type: ignore[union-attr]
        assert safety_line.startswith("Safety: ") and "messages and answers (blocks)" in \
            safety_line
        body = json.dumps({"model": "smollm2-135m", "max_tokens": 4, "messages": [
            {"role": "user", "content": "How do I make poison at home?"}]})
        code, text = server.curl("/chat/completions", "-H", "Content-Type: application/json",
                                 "-d", body)
        assert code == 400 and "content_policy_violation" in text
        code, text = server.curl("/moderations", "-H", "Content-Type: application/json",
                                 "-d", json.dumps({"input": "How do I bake bread?"}))
        assert code == 200 and json.loads(text)["results"][0]["flagged"] is False
    finally:
        rc, _ = server.interrupt()
    assert rc == 0
