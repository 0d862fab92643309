"""The window's engine lent to the server: a chat in the window and a request to the server
are answered at the same time by one BatchedEngine, and the server loads no second copy."""

from __future__ import annotations

import threading
from pathlib import Path

import openai

from app.core.chat.message import Message
from app.core.engine.base import DoneEvent, GenerationRequest, LoadOptions, SamplingParams
from app.core.engine.batch import BatchedEngine


def test_the_server_shares_the_windows_batched_engine(server_factory, smollm2_gguf: Path
                                                      ) -> None:  # type: ignore[no-untyped-def]
    engine = BatchedEngine(smollm2_gguf, LoadOptions(n_ctx=1024, n_threads=2), n_parallel=2)
    try:
        server = server_factory(
            shared=lambda path: engine if Path(path) == Path(smollm2_gguf) else None)
        window_done: list[DoneEvent] = []
        started = threading.Event()

        def window_chat() -> None:  # what the window's worker thread does
            request = GenerationRequest(messages=[Message("user", "Tell a short story.")],
                                        sampling=SamplingParams(temperature=0, max_tokens=48))
            for event in engine.generate(request):
                started.set()
                if isinstance(event, DoneEvent):
                    window_done.append(event)

        chat = threading.Thread(target=window_chat)
        chat.start()
        assert started.wait(300)
        client = openai.OpenAI(base_url=server.url, api_key="unused", max_retries=0,
                               timeout=300)
        reply = client.chat.completions.create(
            model="smollm2-135m", messages=[{"role": "user", "content": "Hi"}],
            temperature=0, max_tokens=4)
        assert reply.choices[0].message.content
        chat.join(300)
        assert window_done and window_done[0].stats.completion_tokens > 0
        assert server.models.loaded() == {}  # no second copy of the model
    finally:
        engine.close()
