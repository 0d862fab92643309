"""RemoteEngine against llama-cpp-python's own OpenAI server running SmolLM2 on 127.0.0.1.

The server is an independent implementation of the API (``python -m llama_cpp.server``), started
once for the module as a subprocess; everything goes over real HTTP with real inference: chat,
Stop, Regenerate through the chat session, the server's tokenizer, a document summary, and a
local tool called in Llama 3.2's zero-shot form with the call forced by a grammar.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.chat.message import Message
from app.core.documents.readers import from_text
from app.core.documents.summarize import SummaryDone, summarize
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationRequest,
    SamplingParams,
    TokenEvent,
)
from app.core.remote import RemoteEngine, ServerConfig, probe_server
from app.core.session import ChatSession
from app.core.store import ConversationStore
from tests.support.remote_servers import LlamaCppServer

pytestmark = pytest.mark.slow

GREEDY = SamplingParams(temperature=0, max_tokens=12, seed=1)


@pytest.fixture(scope="module")
def llama_server(smollm2_gguf: Path) -> Iterator[LlamaCppServer]:
    server = LlamaCppServer(smollm2_gguf, alias="smollm2", n_ctx=4096)
    yield server
    server.close()


@pytest.fixture(scope="module")
def engine(llama_server: LlamaCppServer) -> Iterator[RemoteEngine]:
    engine = RemoteEngine(ServerConfig(llama_server.url), "smollm2")
    yield engine
    engine.close()


def answer(engine: RemoteEngine, text: str, sampling: SamplingParams = GREEDY,
           cancel: CancelToken | None = None) -> tuple[list[str], DoneEvent]:
    pieces: list[str] = []
    done = None
    for event in engine.generate(GenerationRequest(messages=[Message("user", text)],
                                                   sampling=sampling), cancel):
        if isinstance(event, TokenEvent):
            pieces.append(event.text)
        else:
            done = event
    assert isinstance(done, DoneEvent)
    return pieces, done


def test_probe_finds_the_model(llama_server: LlamaCppServer) -> None:
    info = probe_server(ServerConfig(llama_server.url))
    assert info.kind == "llama-cpp-python"
    assert [m.id for m in info.models] == ["smollm2"]


def test_streams_an_answer_with_stats(engine: RemoteEngine) -> None:
    pieces, done = answer(engine, "What is the capital of France?")
    assert len(pieces) >= 2 and "".join(pieces) == done.text and done.text.strip()
    stats = done.stats
    assert stats.completion_tokens == len(pieces) <= 12
    assert stats.stop_reason in ("eos", "length")
    assert stats.ttft_ms > 0 and stats.total_ms >= stats.ttft_ms
    assert stats.tokens_per_s > 0
    # Greedy and seeded: the same question gets the same answer (what Regenerate relies on).
    assert answer(engine, "What is the capital of France?")[1].text == done.text


def test_counts_with_the_servers_tokenizer(engine: RemoteEngine, smollm2_gguf: Path) -> None:
    from llama_cpp import Llama

    text = "Hearth talks to servers elsewhere: vLLM, llama-server, Ollama."
    vocab = Llama(str(smollm2_gguf), vocab_only=True, verbose=False)
    local = len(vocab.tokenize(text.encode(), add_bos=False, special=False))
    assert engine.count_tokens(text) == local
    assert engine.token_counter == "server:extras"


def test_stop_mid_answer(engine: RemoteEngine) -> None:
    cancel = CancelToken()
    pieces: list[str] = []
    done = None
    started = 0.0
    request = GenerationRequest(messages=[Message("user", "Write a long story about a cat.")],
                                sampling=SamplingParams(temperature=0, max_tokens=400))
    for event in engine.generate(request, cancel):
        if isinstance(event, TokenEvent):
            pieces.append(event.text)
            if len(pieces) == 3:
                started = time.monotonic()
                cancel.cancel()
        else:
            done = event
    assert isinstance(done, DoneEvent)
    assert done.stats.stop_reason == "cancelled"
    assert time.monotonic() - started < 2
    assert done.text == "".join(pieces) and len(pieces) == 3
    # The server is free again: the next answer comes at once.
    assert answer(engine, "Hi")[1].text


def test_regenerate_through_the_chat_session(engine: RemoteEngine, tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "chats.db")
    session = ChatSession(store)
    conv = store.create_conversation()
    pending = session.begin(conv.id, "Name a colour.", GREEDY, "remote:test/smollm2")
    first = [e for e in session.reply(engine, pending, CancelToken())][-1]
    again = session.begin(conv.id, None, GREEDY, "remote:test/smollm2")
    second = [e for e in session.reply(engine, again, CancelToken())][-1]
    assert isinstance(first, DoneEvent) and isinstance(second, DoneEvent)
    assert second.text == first.text
    stored = store.messages(conv.id)
    assert [m.role for m in stored] == ["user", "assistant"]
    assert stored[-1].content == second.text and stored[-1].status == "complete"


def test_document_summary(engine: RemoteEngine) -> None:
    doc = from_text("The town of Millbrook opened a new public library on Monday. It has three "
                    "floors and a café.\n\nThe library cost twelve million dollars.", "lib.txt")
    result = None
    for event in summarize(engine, doc, "short"):
        if isinstance(event, SummaryDone):
            result = event.result
    assert result is not None
    assert result.mode == "single" and result.n_ctx == engine.info.n_ctx
    assert result.text.strip()


def test_local_tool_in_the_zero_shot_form(llama_server: LlamaCppServer) -> None:
    """A server without OpenAI tools: Meta's tool prompt goes in the system message, the
    forced first call is held to Hearth's grammar by the server, and the tool runs here."""
    from app.core.tools.approval import ApprovalPolicy, Approver
    from app.core.tools.base import ToolRegistry
    from app.core.tools.builtin.calculator import calculator_tool
    from app.core.tools.loop import ToolLoop, ToolLoopDone

    engine = RemoteEngine(ServerConfig(llama_server.url, tool_mode="zero-shot"), "smollm2")
    try:
        asked: list[str] = []
        approver = Approver(ApprovalPolicy.ASK,
                            ask=lambda call, tool: (asked.append(call.name), "once")[1])
        loop = ToolLoop(engine, ToolRegistry([calculator_tool()]), approver,
                        sampling=SamplingParams(temperature=0, max_tokens=48),
                        force_call=True, max_rounds=1)
        done = list(loop.run([Message("user", "What is 6 times 7?")]))[-1]
        assert isinstance(done, ToolLoopDone)
        assert asked == ["calculate"]
        assert done.records and done.records[0].name == "calculate"
        assert done.records[0].status in ("ok", "error")  # it ran here, whatever SmolLM2 wrote
    finally:
        engine.close()
