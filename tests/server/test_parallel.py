"""Four concurrent streams through ``--parallel 4`` (continuous batching) each equal the
answer the same request gets alone (greedy)."""

from __future__ import annotations

import asyncio
import threading
import time

import openai

from app.core.server.models import batched_engine_class, text_engine_factory

MODEL = "smollm2-135m"
QUESTIONS = ["Name a colour.", "Write a word about cats.", "Say hello in French.",
             "What is two plus two?"]


def test_four_concurrent_streams_equal_sequential_ones(server_factory, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    server = server_factory(text_factory=text_engine_factory(parallel=4, max_queue=8))
    client = openai.OpenAI(base_url=server.url, api_key="unused", max_retries=0, timeout=600)

    def ask(question: str) -> list[dict[str, str]]:
        return [{"role": "user", "content": question}]

    alone = [client.chat.completions.create(model=MODEL, messages=ask(q), temperature=0,
                                            max_tokens=12).choices[0].message.content
             for q in QUESTIONS]

    async def together() -> list[str]:
        aclient = openai.AsyncOpenAI(base_url=server.url, api_key="unused", max_retries=0,
                                     timeout=600)

        async def one(question: str) -> str:
            stream = await aclient.chat.completions.create(
                model=MODEL, messages=ask(question), temperature=0, max_tokens=12,
                stream=True)
            return "".join([c.choices[0].delta.content or "" async for c in stream
                            if c.choices])

        try:
            return list(await asyncio.gather(*(one(q) for q in QUESTIONS)))
        finally:
            await aclient.close()

    busiest = [0]
    watching = threading.Event()

    def watch() -> None:  # how many slots answer at once, seen from the server's side
        while not watching.is_set():
            busiest[0] = max(busiest[0], int(server.models.loaded()["text"].get("busy", 0)))
            time.sleep(0.01)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        assert asyncio.run(together()) == alone
    finally:
        watching.set()
        watcher.join()
    loaded = server.models.loaded()["text"]
    if batched_engine_class() is not None:
        assert loaded["engine"] == "batched"
        assert loaded["slots"] == 4
        assert busiest[0] >= 2  # the streams really were answered together
