"""RemoteEngine against Hearth's own server (``hearth serve``, a real subprocess) with SmolLM2.

Another Hearth is one of the servers a person can point Hearth at: the answer that comes over
the network must be the one the same model gives locally (greedy), Stop must end the server's
work (its /health counts the request as cancelled), and tools go in the OpenAI form, which
Hearth's server maps onto Llama 3.2's zero-shot calls.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationRequest,
    LoadOptions,
    SamplingParams,
    TokenEvent,
)
from app.core.remote import RemoteEngine, ServerConfig, probe_server
from tests.support.remote_servers import HearthServe

pytestmark = pytest.mark.slow

GREEDY = SamplingParams(temperature=0, max_tokens=16, seed=3)
QUESTION = [Message("user", "What is the capital of France?")]


@pytest.fixture(scope="module")
def hearth_server(smollm2_gguf: Path) -> Iterator[HearthServe]:
    server = HearthServe(smollm2_gguf, ctx=2048)
    yield server
    server.close()


@pytest.fixture(scope="module")
def engine(hearth_server: HearthServe) -> Iterator[RemoteEngine]:
    engine = RemoteEngine(ServerConfig(hearth_server.url), hearth_server.model)
    yield engine
    engine.close()


def test_probe_knows_it_is_hearth(hearth_server: HearthServe) -> None:
    info = probe_server(ServerConfig(hearth_server.url))
    assert info.kind == "hearth"
    assert hearth_server.model in [m.id for m in info.models]
    # Hearth's server tells the context a request gets (--ctx), so no 4,096 guess is needed.
    assert {m.id: m.n_ctx for m in info.models}[hearth_server.model] == 2048


def test_the_engine_plans_with_the_context_the_server_reports(engine: RemoteEngine) -> None:
    assert engine.info.n_ctx == 2048
    assert engine.info.notice is None or "4,096" not in engine.info.notice


def test_the_same_answer_as_the_same_model_here(engine: RemoteEngine,
                                                smollm2_gguf: Path) -> None:
    from app.core.engine.llamacpp import LlamaCppEngine

    remote = list(engine.generate(GenerationRequest(messages=QUESTION, sampling=GREEDY)))
    done = remote[-1]
    assert isinstance(done, DoneEvent) and done.text.strip()
    assert "".join(e.text for e in remote if isinstance(e, TokenEvent)) == done.text
    assert done.stats.completion_tokens > 0 and done.stats.ttft_ms > 0
    local = LlamaCppEngine(smollm2_gguf, LoadOptions(n_ctx=2048, n_threads=1))
    try:
        here = list(local.generate(GenerationRequest(messages=QUESTION, sampling=GREEDY)))[-1]
    finally:
        local.close()
    assert isinstance(here, DoneEvent)
    assert done.text == here.text
    assert done.stats.completion_tokens == here.stats.completion_tokens
    assert done.stats.prompt_tokens == here.stats.prompt_tokens


def test_stop_cancels_the_request_on_the_server(engine: RemoteEngine,
                                                hearth_server: HearthServe) -> None:
    before = httpx.get(hearth_server.url + "/health").json()
    cancel = CancelToken()
    n = 0
    request = GenerationRequest(messages=[Message("user", "Tell me a very long story.")],
                                sampling=SamplingParams(temperature=0, max_tokens=500))
    for event in engine.generate(request, cancel):
        if isinstance(event, TokenEvent):
            n += 1
            if n == 3:
                cancel.cancel()
        else:
            assert event.stats.stop_reason == "cancelled"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        health = httpx.get(hearth_server.url + "/health").json()
        if health["active_requests"] == 0 and \
                health["requests_cancelled"] > before["requests_cancelled"]:
            break
        time.sleep(0.1)
    assert health["active_requests"] == 0
    assert health["requests_cancelled"] == before["requests_cancelled"] + 1


def test_a_forced_tool_call_in_the_openai_form(engine: RemoteEngine) -> None:
    from app.core.tools.approval import ApprovalPolicy, Approver
    from app.core.tools.base import ToolRegistry
    from app.core.tools.builtin.calculator import calculator_tool
    from app.core.tools.loop import ToolLoop, ToolLoopDone

    asked: list[str] = []
    approver = Approver(ApprovalPolicy.ASK,
                        ask=lambda call, tool: (asked.append(call.name), "once")[1])
    loop = ToolLoop(engine, ToolRegistry([calculator_tool()]), approver,
                    sampling=SamplingParams(temperature=0, max_tokens=48),
                    force_call=True, max_rounds=1)
    done = list(loop.run([Message("user", "What is 6 times 7?")]))[-1]
    assert isinstance(done, ToolLoopDone)
    assert engine.tool_mode == "auto"  # Hearth's server took the OpenAI form
    assert asked == ["calculate"]
    assert done.records[0].name == "calculate" and done.records[0].status in ("ok", "error")
