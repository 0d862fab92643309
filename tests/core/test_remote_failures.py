"""RemoteEngine against a real HTTP server that fails the ways real servers do.

Each failure must end as one sentence for people (a RemoteError subclass), never hang, and keep
what already arrived. The server (tests/support/remote_servers.py) is a real threaded HTTP
server on 127.0.0.1; nothing in the client is replaced.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationRequest,
    ImageInput,
    SamplingParams,
    TokenEvent,
)
from app.core.remote import (
    DEFAULT_CONTEXT,
    InsecureServerError,
    RemoteEngine,
    RemoteError,
    RemoteModelNotFoundError,
    ServerAuthError,
    ServerBusyError,
    ServerConfig,
    ServerTimeoutError,
    ServerTLSError,
    ServerUnreachableError,
    StreamInterruptedError,
    check_server_url,
)
from tests.support.remote_servers import FaultServer, free_port


@pytest.fixture(scope="module")
def faults():
    server = FaultServer(slow_s=2.0)
    yield server
    server.close()


def ask(engine: RemoteEngine, cancel: CancelToken | None = None, **kw) -> list[object]:
    request = GenerationRequest(messages=[Message("user", "Hi")],
                                sampling=SamplingParams(temperature=0, max_tokens=32), **kw)
    return list(engine.generate(request, cancel))


def test_streams_text_usage_and_context(faults: FaultServer) -> None:
    engine = RemoteEngine(ServerConfig(faults.url), "ok")
    assert engine.info.n_ctx == 8192  # from the model's max_model_len
    assert engine.remote_host == f"127.0.0.1:{faults.port}"
    events = ask(engine)
    tokens = [e.text for e in events if isinstance(e, TokenEvent)]
    done = events[-1]
    assert isinstance(done, DoneEvent)
    assert tokens == ["hello", " world", " from", " the", " server"]
    assert done.text == "hello world from the server"
    assert done.stats.prompt_tokens == 11 and done.stats.completion_tokens == 5
    assert done.stats.stop_reason == "eos" and done.stats.ttft_ms > 0
    sent = faults.requests[-1]
    assert sent["stream"] is True and sent["temperature"] == 0 and sent["max_tokens"] == 32
    assert sent["messages"] == [{"role": "user", "content": "Hi"}]
    engine.close()


def test_unknown_context_falls_back_with_a_notice(faults: FaultServer) -> None:
    engine = RemoteEngine(ServerConfig(faults.url), "drop")
    assert engine.info.n_ctx == DEFAULT_CONTEXT
    assert "does not say how long its context is" in (engine.info.notice or "")
    # No tokenizer route on this server: counted with the estimate.
    assert engine.token_counter == "estimate"
    assert engine.count_tokens("twelve bytes") == 4
    engine.close()


def test_drop_mid_stream_keeps_the_partial_answer(faults: FaultServer) -> None:
    engine = RemoteEngine(ServerConfig(faults.url), "drop")
    seen: list[str] = []
    with pytest.raises(StreamInterruptedError) as info:
        for event in engine.generate(GenerationRequest(messages=[Message("user", "Hi")])):
            if isinstance(event, TokenEvent):
                seen.append(event.text)
    assert info.value.partial == "The answer is forty" == "".join(seen)
    assert "closed the connection before the answer was complete" in str(info.value)
    assert "kept" in str(info.value)
    engine.close()


@pytest.mark.parametrize(("model", "status_words"), [("busy", "too many requests"),
                                                     ("starting", "busy or still starting")])
def test_429_and_503_say_when_to_retry(faults: FaultServer, model: str,
                                       status_words: str) -> None:
    engine = RemoteEngine(ServerConfig(faults.url), model)
    with pytest.raises(ServerBusyError) as info:
        ask(engine)
    assert info.value.retry_after == 7
    assert status_words in str(info.value) and "try again in 7 s" in str(info.value)
    engine.close()


def test_unknown_model_is_named(faults: FaultServer) -> None:
    with pytest.raises(RemoteModelNotFoundError, match=r"does not serve a model named “nope”"):
        RemoteEngine(ServerConfig(faults.url), "nope")


def test_server_404_for_a_model_it_listed(faults: FaultServer) -> None:
    engine = RemoteEngine(ServerConfig(faults.url), "ok")
    engine.model = "vanished"  # unloaded on the server after it was listed
    with pytest.raises(RemoteModelNotFoundError, match=r"“vanished”.*does not exist"):
        ask(engine)
    engine.close()


def test_401_without_and_with_a_wrong_key() -> None:
    server = FaultServer(api_key="sk-right")
    try:
        with pytest.raises(ServerAuthError, match="needs an API key"):
            RemoteEngine(ServerConfig(server.url), "ok")
        with pytest.raises(ServerAuthError, match="refused the API key"):
            RemoteEngine(ServerConfig(server.url, api_key="sk-wrong"), "ok")
        engine = RemoteEngine(ServerConfig(server.url, api_key="sk-right"), "ok")
        assert ask(engine)[-1].text == "hello world from the server"  # type: ignore[union-attr]
        engine.close()
    finally:
        server.close()


def test_slow_first_byte_past_the_read_timeout(faults: FaultServer) -> None:
    engine = RemoteEngine(ServerConfig(faults.url, read_timeout=0.5), "slow")
    started = time.monotonic()
    with pytest.raises(ServerTimeoutError, match=r"stopped answering for 0\.5 s"):
        ask(engine)
    assert time.monotonic() - started < 1.9  # gave up before the server's 2 s
    engine.close()


def test_stop_while_the_server_is_quiet(faults: FaultServer) -> None:
    """Stop during a long prompt evaluation (no bytes yet) ends at once, not at the timeout."""
    engine = RemoteEngine(ServerConfig(faults.url, read_timeout=30), "slow")
    cancel = CancelToken()
    threading.Timer(0.3, cancel.cancel).start()
    started = time.monotonic()
    events = ask(engine, cancel)
    assert time.monotonic() - started < 1.5
    assert isinstance(events[-1], DoneEvent) and events[-1].stats.stop_reason == "cancelled"
    engine.close()


def test_stop_closes_the_stream_and_the_server_sees_it(faults: FaultServer) -> None:
    engine = RemoteEngine(ServerConfig(faults.url), "endless")
    faults.disconnected.clear()
    cancel = CancelToken()
    text = []
    for event in engine.generate(GenerationRequest(messages=[Message("user", "go")]), cancel):
        if isinstance(event, TokenEvent):
            text.append(event.text)
            if len(text) == 5:
                cancel.cancel()
        else:
            assert isinstance(event, DoneEvent)
            assert event.stats.stop_reason == "cancelled"
            assert event.text == " more" * 5
    assert faults.disconnected.wait(5), "the server kept streaming after Stop"
    engine.close()


def test_unreachable_server() -> None:
    port = free_port()  # nothing listens here
    with pytest.raises(ServerUnreachableError, match=r"Cannot reach .*connection refused"):
        RemoteEngine(ServerConfig(f"http://127.0.0.1:{port}"), "ok")


def test_tls_to_a_plain_http_port(faults: FaultServer) -> None:
    with pytest.raises(ServerTLSError, match="secure \\(https\\) connection"):
        RemoteEngine(ServerConfig(f"https://127.0.0.1:{faults.port}", connect_timeout=3), "ok")


def test_https_with_an_unknown_authority_then_trusted(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.support.remote_servers import self_signed_certificate

    cert, key = self_signed_certificate(tmp_path)
    server = FaultServer(tls=(cert, key))
    try:
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        with pytest.raises(ServerTLSError, match="certificate is not trusted"):
            RemoteEngine(ServerConfig(server.url), "ok")
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        engine = RemoteEngine(ServerConfig(server.url), "ok")
        assert ask(engine)[-1].text == "hello world from the server"  # type: ignore[union-attr]
        engine.close()
    finally:
        server.close()


def test_a_server_that_never_answers_times_out() -> None:
    """A port that takes connections but never answers (a hung server): the read timeout
    ends the wait with a sentence."""
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # the kernel completes the handshake; nobody ever reads or writes
    try:
        config = ServerConfig(f"http://127.0.0.1:{silent.getsockname()[1]}", read_timeout=0.4)
        started = time.monotonic()
        with pytest.raises(ServerTimeoutError, match=r"stopped answering for 0\.4 s"):
            RemoteEngine(config, "ok")
        assert time.monotonic() - started < 3
    finally:
        silent.close()


def test_images_go_as_data_urls(faults: FaultServer, tmp_path: Path) -> None:
    picture = tmp_path / "red.png"
    Image.new("RGB", (32, 16), (255, 0, 0)).save(picture)
    engine = RemoteEngine(ServerConfig(faults.url), "ok")
    ask(engine, images=(ImageInput(picture),))
    content = faults.requests[-1]["messages"][-1]["content"]
    assert content[0] == {"type": "text", "text": "Hi"}
    url = content[1]["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == picture.read_bytes()
    big = tmp_path / "big.jpg"
    Image.new("RGB", (4000, 1000), (0, 0, 255)).save(big)
    ask(engine, images=(ImageInput(big),))
    url = faults.requests[-1]["messages"][-1]["content"][1]["image_url"]["url"]
    import io

    sent = Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1])))
    assert sent.format == "JPEG" and max(sent.size) == 2240
    engine.close()


def test_openai_tool_calls_reach_the_tool_loop(faults: FaultServer) -> None:
    """OpenAI-form tools: the server's tool_calls run locally (with approval), the result goes
    back as a ``tool`` message with the call's id, and the model's final text ends the loop."""
    from app.core.tools.approval import ApprovalPolicy, Approver
    from app.core.tools.base import ToolRegistry
    from app.core.tools.builtin.calculator import calculator_tool
    from app.core.tools.loop import ToolLoop, ToolLoopDone

    engine = RemoteEngine(ServerConfig(faults.url), "tools")
    asked: list[str] = []
    approver = Approver(ApprovalPolicy.ASK, ask=lambda call, tool: (asked.append(call.name),
                                                                   "once")[1])
    loop = ToolLoop(engine, ToolRegistry([calculator_tool()]), approver,
                    sampling=SamplingParams(temperature=0))
    events = list(loop.run([Message("user", "What is 6 times 7?")]))
    done = events[-1]
    assert isinstance(done, ToolLoopDone)
    assert done.text == "The result is 42."
    assert [r.status for r in done.records] == ["ok"] and done.records[0].result["result"] == 42
    assert asked == ["calculate"]
    first, second = faults.requests[-2:]
    assert first["tools"][0]["function"]["name"] == "calculate"
    assert first["tools"][0]["function"]["parameters"]["type"] == "object"
    assert first["tool_choice"] == "auto"
    assert not any("expert in composing functions" in json.dumps(m) for m in first["messages"])
    call_turn, result_turn = second["messages"][-2:]
    assert call_turn["tool_calls"][0]["function"] == {"name": "calculate",
                                                      "arguments": '{"expression": "6*7"}'}
    assert result_turn["role"] == "tool"
    assert result_turn["tool_call_id"] == call_turn["tool_calls"][0]["id"]
    engine.close()


def test_a_server_without_openai_tools_gets_the_zero_shot_form(faults: FaultServer) -> None:
    from app.core.tools.approval import Approver
    from app.core.tools.base import ToolRegistry
    from app.core.tools.builtin.calculator import calculator_tool
    from app.core.tools.loop import ToolLoop, ToolLoopDone

    engine = RemoteEngine(ServerConfig(faults.url), "notools")
    loop = ToolLoop(engine, ToolRegistry([calculator_tool()]), Approver())
    done = list(loop.run([Message("system", "Be brief."), Message("user", "6*7?")]))[-1]
    assert isinstance(done, ToolLoopDone) and done.text == "hello world from the server"
    refused, retried = faults.requests[-2:]
    assert refused["tools"] and "tools" not in retried
    system = retried["messages"][0]
    assert system["role"] == "system"
    # Exactly Meta's zero-shot system prompt, as local models get it.
    from app.core.tools.prompt import system_tool_prompt

    assert system["content"] == system_tool_prompt([calculator_tool()], "Be brief.")
    assert engine.tool_mode == "zero-shot"  # remembered for the next requests
    engine.close()


@pytest.mark.parametrize(("url", "ok"), [
    ("http://127.0.0.1:8000", True), ("http://localhost:8080/v1/", True),
    ("http://192.168.1.20:8000", True), ("http://10.0.0.5", True), ("http://[::1]:8000", True),
    ("http://gpu-box.local:8000", True), ("https://llm.example.com", True),
    ("http://llm.example.com:8000", False), ("http://8.8.8.8:8000", False),
    ("http://203.0.113.7:8000", False), ("http://[2001:db8::1]:8000", False),
    ("http://100.101.102.103:8000", True), ("http://[fd12::5]:8000", True),
    ("ftp://192.168.1.2", False), ("192.168.1.2:8000", False),
])
def test_only_https_or_local_addresses(url: str, ok: bool) -> None:
    if ok:
        root = check_server_url(url)
        assert not root.endswith("/v1") and not root.endswith("/")
    else:
        with pytest.raises(RemoteError) as info:
            check_server_url(url)
        assert "\n" not in str(info.value)
        if url.startswith("http://"):
            assert isinstance(info.value, InsecureServerError)
            assert "unencrypted" in str(info.value)


def test_old_turns_are_left_out_to_fit_the_servers_context(faults: FaultServer) -> None:
    """8,192 tokens on the server (its max_model_len); this server has no tokenizer, so each
    3,000-byte question counts 1,000 tokens (+8 for its header) and each 300-byte answer 100."""
    from app.core.errors import ContextOverflowError

    engine = RemoteEngine(ServerConfig(faults.url), "ok")
    history = [Message("system", "Be brief.")]
    for i in range(10):
        history += [Message("user", f"{i}" + "q" * 2999), Message("assistant", "a" * 300)]
    history.append(Message("user", "And now?"))
    request = GenerationRequest(messages=history,
                                sampling=SamplingParams(temperature=0, max_tokens=32))
    done = list(engine.generate(request))[-1]
    assert isinstance(done, DoneEvent)
    sent = faults.requests[-1]["messages"]
    assert sent[0] == {"role": "system", "content": "Be brief."}
    assert sent[-1] == {"role": "user", "content": "And now?"}
    # system (11) + 7 whole turns of 1,116 + the last question (11) = 7,834 <= 8,160.
    assert done.stats.dropped_messages == 6 and len(sent) == 1 + 14 + 1
    assert sent[1]["content"].startswith("3q")  # the oldest kept turn begins with a question
    with pytest.raises(ContextOverflowError, match="too long"):
        list(engine.generate(GenerationRequest(messages=[Message("user", "x" * 30_000)])))
    engine.close()


def test_pictures_stay_with_their_turn_when_old_turns_are_left_out(
        faults: FaultServer, tmp_path: Path) -> None:
    old_picture, new_picture = tmp_path / "old.png", tmp_path / "new.png"
    Image.new("RGB", (8, 8), (1, 2, 3)).save(old_picture)
    Image.new("RGB", (8, 8), (200, 100, 50)).save(new_picture)
    engine = RemoteEngine(ServerConfig(faults.url), "ok")
    history = [Message("system", "Be brief.")]
    for i in range(10):
        history += [Message("user", f"{i}" + "q" * 2999), Message("assistant", "a" * 300)]
    history.append(Message("user", "And this one?"))
    request = GenerationRequest(
        messages=history, sampling=SamplingParams(max_tokens=32),
        images=(ImageInput(old_picture, 1), ImageInput(new_picture, len(history) - 1)))
    list(engine.generate(request))
    sent = faults.requests[-1]["messages"]
    with_pictures = [i for i, m in enumerate(sent) if isinstance(m["content"], list)]
    assert with_pictures == [len(sent) - 1]  # the old turn left with its picture
    url = sent[-1]["content"][1]["image_url"]["url"]
    assert base64.b64decode(url.split(",", 1)[1]) == new_picture.read_bytes()
    engine.close()
