"""RemoteEngine against the plain ``openai`` client, reading the same server with the same prompt.

    python bench/remote.py                 # llama-cpp-python's server with SmolLM2 + firehose
    python bench/remote.py --rounds 12 --tokens 128
    python bench/remote.py --hearth        # also Hearth's own `hearth serve`, when it exists

Both clients take turns (A, B, B, A, ...) in one run, so load from other programs falls on
both alike. Measured:

- **decode tok/s** while streaming from a real model server (llama_cpp.server, SmolLM2,
  greedy, same prompt): tokens after the first / time from the first to the last, measured by
  this script for both clients the same way; ``ratio`` is the median of each round's
  back-to-back RemoteEngine/openai ratio. Goal: RemoteEngine ≥ 0.97× the openai client.
- **client ceiling**: the same with a server that writes pre-built chunks as fast as it can
  (tests/support/remote_servers.py ``firehose``), so the client's own cost per chunk is what
  is measured.
- **Hearth's added time to first token**: RemoteEngine's first token minus the openai
  client's (paired, same server, median), and minus a bare ``httpx`` stream's.
- **cancel latency**: from ``cancel()`` to ``generate()`` returning, p50/p95, mid-stream on the
  real server and while the server is silent (a first byte that never comes).

Results go to ``bench/results/remote.json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stats import percentile as pct  # noqa: E402

PROMPT = "Write a short story about a lighthouse keeper and a storm."
_BARE: dict[str, Any] = {}  # one httpx client per server for the bare probe


def hearth_stream(engine, tokens: int, prompt: str = PROMPT) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    """(seconds to first token, decode tok/s, tokens) through RemoteEngine."""
    from app.core.chat.message import Message
    from app.core.engine.base import GenerationRequest, SamplingParams, TokenEvent

    request = GenerationRequest(messages=[Message("user", prompt)],
                                sampling=SamplingParams(temperature=0, max_tokens=tokens, seed=1))
    start = time.perf_counter()
    first = last = 0.0
    n = 0
    for event in engine.generate(request):
        if isinstance(event, TokenEvent):
            last = time.perf_counter()
            first = first or last
            n += 1
    return first - start, (n - 1) / (last - first) if n > 1 else 0.0, n


def openai_stream(client, model: str, tokens: int, prompt: str = PROMPT  # type: ignore[no-untyped-def]
                  ) -> tuple[float, float, int]:
    start = time.perf_counter()
    first = last = 0.0
    n = 0
    stream = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}], temperature=0,
        top_p=0.9, max_tokens=tokens, seed=1, stream=True,
        stream_options={"include_usage": True})
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            last = time.perf_counter()
            first = first or last
            n += 1
    return first - start, (n - 1) / (last - first) if n > 1 else 0.0, n


def httpx_ttft(url: str, model: str, tokens: int) -> float:
    """A bare httpx stream's first content chunk: the floor any client pays."""
    import httpx

    body = {"model": model, "messages": [{"role": "user", "content": PROMPT}],
            "temperature": 0, "top_p": 0.9, "max_tokens": tokens, "seed": 1, "stream": True}
    client = _BARE.get(url)
    if client is None:  # made once, outside the timing
        client = _BARE[url] = httpx.Client(timeout=120)
    start = time.perf_counter()
    with client.stream("POST", url + "/v1/chat/completions", json=body) as response:
        for line in response.iter_lines():
            if line.startswith("data:") and '"content"' in line and '"content":""' not in \
                    line.replace(" ", ""):
                return time.perf_counter() - start
    return float("nan")


def race(engine, client, model: str, tokens: int, rounds: int,  # type: ignore[no-untyped-def]
         url: str | None = None) -> dict[str, object]:
    """Alternate the clients (and, with ``url``, a bare httpx first-token probe)."""
    hearth, plain, bare = [], [], []
    for i in range(rounds):
        order = (("h", "o", "b") if i % 2 == 0 else ("b", "o", "h"))
        for who in order:
            if who == "h":
                hearth.append(hearth_stream(engine, tokens))
            elif who == "o":
                plain.append(openai_stream(client, model, tokens))
            elif url is not None:
                bare.append(httpx_ttft(url, model, 4))
    h_rate = statistics.median(r[1] for r in hearth)
    o_rate = statistics.median(r[1] for r in plain)
    added = [h[0] - o[0] for h, o in zip(hearth, plain, strict=True)]
    # Each round's two runs are back to back: their ratio cancels slow changes in load.
    paired = sorted(h[1] / o[1] for h, o in zip(hearth, plain, strict=True) if o[1] > 0)
    return {
        "rounds": rounds, "tokens": statistics.median(r[2] for r in hearth),
        "hearth_tok_s": round(h_rate, 2), "openai_tok_s": round(o_rate, 2),
        "ratio": round(statistics.median(paired), 4) if paired else None,
        "ratio_of_medians": round(h_rate / o_rate, 4) if o_rate else None,
        "paired_ratio_p25_p75": [round(pct(paired, 0.25), 3), round(pct(paired, 0.75), 3)],
        "hearth_ttft_ms": round(statistics.median(r[0] for r in hearth) * 1000, 2),
        "openai_ttft_ms": round(statistics.median(r[0] for r in plain) * 1000, 2),
        "added_ttft_vs_openai_ms_p50": round(statistics.median(added) * 1000, 2),
        **({"bare_httpx_ttft_ms": round(statistics.median(bare) * 1000, 2),
            "added_ttft_vs_bare_httpx_ms_p50": round(statistics.median(
                h[0] - b for h, b in zip(hearth, bare, strict=True)) * 1000, 2)}
           if bare else {}),
    }


def cancel_latency(engine, tokens_before: int, tries: int) -> list[float]:  # type: ignore[no-untyped-def]
    from app.core.chat.message import Message
    from app.core.engine.base import CancelToken, GenerationRequest, SamplingParams, TokenEvent

    out = []
    for _ in range(tries):
        cancel = CancelToken()
        request = GenerationRequest(messages=[Message("user", PROMPT)],
                                    sampling=SamplingParams(temperature=0, max_tokens=2000))
        n = 0
        asked = 0.0
        for event in engine.generate(request, cancel):
            if isinstance(event, TokenEvent):
                n += 1
                if n == tokens_before:
                    asked = time.perf_counter()
                    cancel.cancel()
        out.append((time.perf_counter() - asked) * 1000)
    return out


def quiet_cancel_latency(url: str, tries: int) -> list[float]:
    """Stop while the server has not sent a byte (the engine's watcher shuts the socket)."""
    from app.core.chat.message import Message
    from app.core.engine.base import CancelToken, GenerationRequest
    from app.core.remote import RemoteEngine, ServerConfig

    engine = RemoteEngine(ServerConfig(url, read_timeout=60), "slow")
    out = []
    for _ in range(tries):
        cancel = CancelToken()
        asked: list[float] = []

        def stop(token: CancelToken = cancel, when: list[float] = asked) -> None:
            when.append(time.perf_counter())
            token.cancel()

        threading.Timer(0.2, stop).start()
        list(engine.generate(GenerationRequest(messages=[Message("user", "hi")]), cancel))
        out.append((time.perf_counter() - asked[0]) * 1000)
    engine.close()
    return out


def summary(values: list[float]) -> dict[str, float]:
    return {"p50": round(pct(values, 0.5), 2), "p95": round(pct(values, 0.95), 2),
            "n": len(values)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--tokens", type=int, default=96)
    parser.add_argument("--firehose", type=int, default=4000, help="chunks per firehose run")
    parser.add_argument("--cancel-tries", type=int, default=12)
    parser.add_argument("--hearth", action="store_true",
                        help="also race against `hearth serve` (Hearth's own server)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/remote.json")
    args = parser.parse_args()

    import openai

    from app.core.remote import RemoteEngine, ServerConfig
    from tests.support import models
    from tests.support.remote_servers import FaultServer, LlamaCppServer

    results: dict[str, object] = {"prompt": PROMPT}
    faults = FaultServer(slow_s=30)
    llama = LlamaCppServer(models.smollm2_path(), alias="smollm2", n_ctx=4096)
    try:
        # 1. A real model server.
        engine = RemoteEngine(ServerConfig(llama.url), "smollm2")
        client = openai.OpenAI(base_url=llama.url + "/v1", api_key="none", max_retries=0)
        hearth_stream(engine, 8)  # warm both paths (and the server's prompt cache)
        openai_stream(client, "smollm2", 8)
        real = race(engine, client, "smollm2", args.tokens, args.rounds, llama.url)
        results["llama_cpp_server"] = real
        print(f"llama_cpp.server  RemoteEngine {real['hearth_tok_s']} tok/s vs openai "
              f"{real['openai_tok_s']} tok/s: {real['ratio']}x paired median, IQR "
              f"{real['paired_ratio_p25_p75']} (goal >= 0.97); first token "
              f"+{real['added_ttft_vs_openai_ms_p50']} ms vs openai, "
              f"+{real['added_ttft_vs_bare_httpx_ms_p50']} ms vs bare httpx")
        cancels = cancel_latency(engine, 4, args.cancel_tries)
        results["cancel_mid_stream_ms"] = summary(cancels)
        print(f"cancel mid-stream  p50 {pct(cancels, 0.5):.1f} ms  p95 {pct(cancels, 0.95):.1f}"
              " ms")
        engine.close()
        client.close()

        # 2. The client's own ceiling: a server that only writes chunks.
        engine = RemoteEngine(ServerConfig(faults.url), "firehose")
        client = openai.OpenAI(base_url=faults.url + "/v1", api_key="none", max_retries=0)
        fire = race(engine, client, "firehose", args.firehose, max(4, args.rounds // 2))
        results["firehose"] = fire
        print(f"firehose          RemoteEngine {fire['hearth_tok_s']} chunks/s vs openai "
              f"{fire['openai_tok_s']} chunks/s: {fire['ratio']}x")
        engine.close()
        client.close()

        quiet = quiet_cancel_latency(faults.url, max(4, args.cancel_tries // 2))
        results["cancel_before_first_byte_ms"] = summary(quiet)
        print(f"cancel before the first byte  p50 {pct(quiet, 0.5):.1f} ms  "
              f"p95 {pct(quiet, 0.95):.1f} ms")

        if args.hearth:
            results["hearth_serve"] = hearth_serve_race(args)
    finally:
        llama.close()
        faults.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"saved {args.out}")
    return 0


def hearth_serve_race(args: argparse.Namespace) -> dict[str, object]:
    """The same race against Hearth's own server (``hearth serve``) with SmolLM2."""
    import openai

    from app.core.remote import RemoteEngine, ServerConfig
    from tests.support import models
    from tests.support.remote_servers import HearthServe

    server = HearthServe(models.smollm2_path())
    try:
        model = server.model
        engine = RemoteEngine(ServerConfig(server.url), model)
        client = openai.OpenAI(base_url=server.url + "/v1", api_key="none", max_retries=0)
        hearth_stream(engine, 8)
        openai_stream(client, model, 8)
        result = race(engine, client, model, args.tokens, args.rounds, server.url)
        print(f"hearth serve      RemoteEngine {result['hearth_tok_s']} tok/s vs openai "
              f"{result['openai_tok_s']} tok/s: {result['ratio']}x")
        engine.close()
        client.close()
        return result
    finally:
        server.close()


if __name__ == "__main__":
    raise SystemExit(main())
