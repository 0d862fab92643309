"""Errors in OpenAI's shape, a full queue (503 + Retry-After), cancel on disconnect, and that
nothing of the content is logged unless asked."""

from __future__ import annotations

import json
import logging
import threading
import time

import httpx
import openai
import pytest

from app.core.server.models import text_engine_factory
from app.core.server.runner import LocalServer

MODEL = "smollm2-135m"
LONG = [{"role": "user", "content": "Count from 1 to 300, one number per line."}]


def _post(server: LocalServer, path: str, body: object, **kwargs: object) -> httpx.Response:
    content = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return httpx.post(f"{server.url}{path}", content=content,
                      headers={"Content-Type": "application/json"}, timeout=300, **kwargs)


def _error(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) >= {"message", "type", "code"}
    assert isinstance(error["message"], str) and error["message"]
    return error


def _health(server: LocalServer) -> dict[str, object]:
    return httpx.get(server.url.removesuffix("/v1") + "/health", timeout=30).json()


def test_request_errors(smol_server: LocalServer) -> None:
    error = _error(_post(smol_server, "/chat/completions", b"{not json"), 400)
    assert error["code"] == "invalid_json"

    error = _error(_post(smol_server, "/chat/completions", {"model": MODEL}), 400)
    assert error["param"] == "messages"

    error = _error(_post(smol_server, "/chat/completions",
                         {"model": MODEL, "messages": [{"role": "user", "content": "Hi"}],
                          "n": 2}), 400)
    assert error["param"] == "n"

    big = b'{"model": "x", "messages": [], "pad": "' + b"a" * 1_100_000 + b'"}'
    error = _error(_post(smol_server, "/chat/completions", big), 413)
    assert error["code"] == "request_too_large"

    error = _error(httpx.get(smol_server.url + "/nothing-here"), 404)
    error = _error(httpx.get(smol_server.url + "/chat/completions"), 405)


def test_unknown_model_is_404_through_the_client(smol_server: LocalServer) -> None:
    client = openai.OpenAI(base_url=smol_server.url, api_key="unused", max_retries=0)
    with pytest.raises(openai.NotFoundError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=LONG, max_tokens=1)
    assert caught.value.code == "model_not_found"
    assert "gpt-4o" in caught.value.message
    assert MODEL in caught.value.message  # the installed ones are listed


def test_prompt_over_the_context_is_400_with_the_numbers(smol_server: LocalServer) -> None:
    text = "word " * 3000  # the test server's context holds 1,024 tokens
    error = _error(_post(smol_server, "/completions",
                         {"model": MODEL, "prompt": text, "max_tokens": 4}), 400)
    assert error["code"] == "context_length_exceeded"
    assert "1,024" in str(error["message"])
    error = _error(_post(smol_server, "/chat/completions",
                         {"model": MODEL, "messages": [{"role": "user", "content": text}],
                          "max_tokens": 4}), 400)
    assert error["code"] == "context_length_exceeded"


def test_images_only_as_data_urls(smol_server: LocalServer) -> None:
    for url in ("https://example.com/cat.png", "file:///etc/passwd"):
        body = {"model": MODEL, "messages": [{"role": "user", "content": [
            {"type": "text", "text": "What is this?"},
            {"type": "image_url", "image_url": {"url": url}}]}]}
        error = _error(_post(smol_server, "/chat/completions", body), 400)
        assert error["code"] == "invalid_image_url"
        assert "data: URL" in str(error["message"])


def test_disconnect_cancels_the_request_and_frees_the_slot(smol_server: LocalServer) -> None:
    before = _health(smol_server)
    body = {"model": MODEL, "messages": LONG, "stream": True, "temperature": 0,
            "max_tokens": 600}
    with httpx.stream("POST", f"{smol_server.url}/chat/completions", json=body,
                      timeout=300) as response:
        assert response.status_code == 200
        lines = response.iter_lines()
        received = [next(lines) for _ in range(6)]
        assert any(line.startswith("data: ") for line in received)
        assert _health(smol_server)["active_requests"] == 1
    # The connection is closed after a few tokens of a 600-token answer.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        health = _health(smol_server)
        if health["active_requests"] == 0:
            break
        time.sleep(0.1)
    assert health["active_requests"] == 0
    assert health["requests_cancelled"] == before["requests_cancelled"] + 1
    # The slot is free: the next request is answered.
    reply = _post(smol_server, "/completions",
                  {"model": MODEL, "prompt": "Hello", "max_tokens": 2, "temperature": 0})
    assert reply.status_code == 200


def test_full_queue_answers_503_with_retry_after(server_factory, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    server = server_factory(text_factory=text_engine_factory(parallel=1, max_queue=0))
    body = {"model": MODEL, "messages": LONG, "stream": True, "temperature": 0,
            "max_tokens": 600}
    with httpx.stream("POST", f"{server.url}/chat/completions", json=body,
                      timeout=300) as response:
        assert response.status_code == 200, response.read()
        next(response.iter_lines())  # the first request holds the only slot
        assert server.state.active == 1
        busy = _post(server, "/chat/completions",
                     {"model": MODEL, "messages": LONG, "max_tokens": 2})
        assert busy.status_code == 503, (busy.text, _health(server), response.read())
        error = _error(busy, 503)
        assert error["code"] == "server_busy"
        assert int(busy.headers["Retry-After"]) >= 1


def test_content_is_logged_only_when_asked(server_factory, smollm2_gguf, caplog) -> None:  # type: ignore[no-untyped-def]
    secret = "zebra-umbrella-42"
    body = {"model": MODEL, "messages": [{"role": "user", "content": f"Repeat {secret}"}],
            "max_tokens": 1, "temperature": 0}
    caplog.set_level(logging.INFO, logger="app.core.server")
    quiet = server_factory()
    assert _post(quiet, "/chat/completions", body).status_code == 200
    assert "prompt_tokens" in caplog.text  # sizes are logged
    assert secret not in caplog.text
    caplog.clear()
    loud = server_factory(log_content=True)
    assert _post(loud, "/chat/completions", body).status_code == 200
    assert secret in caplog.text


def test_stopping_the_server_cancels_open_streams(server_factory, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    server = server_factory()
    body = {"model": MODEL, "messages": LONG, "stream": True, "temperature": 0,
            "max_tokens": 600}
    ended = threading.Event()

    def client() -> None:
        try:
            with httpx.stream("POST", f"{server.url}/chat/completions", json=body,
                              timeout=300) as response:
                for _ in response.iter_lines():
                    pass
        except httpx.HTTPError:
            pass
        ended.set()

    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while server.state.active == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.monotonic()
    server.stop()
    assert ended.wait(30)
    assert time.monotonic() - started < 30
    assert server.state.active == 0
