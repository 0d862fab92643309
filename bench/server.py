"""Hearth as a server against llama-server built from the same llama.cpp commit.

    python bench/server.py                     # SmolLM2, one client and 4 clients, 3 rounds
    python bench/server.py --rounds 5 --gen 256
    python bench/server.py --logits            # batched vs single evaluation: logit differences
    python bench/server.py --cli               # `hearth chat --json` vs llama-completion decode

Both servers load the same GGUF with the same threads, batch and slots (``--parallel N``, a
per-slot context of ``--ctx``) and serve greedy ``/v1/completions`` streams to clients that
take turns in the same run, so a machine that speeds up or slows down affects both alike.
Printed, with the Hearth / llama-server ratios:

(a) one client: time to first token and decode tok/s (after the first token);
(b) N concurrent clients: aggregate tok/s (all tokens / wall time), also against Hearth's own
    one-client rate;
(c) Hearth's overhead per streamed token: the gaps between tokens a client sees over HTTP
    minus the gaps of the same engine in-process (p50/p95), and the engine's own Python time
    per token outside ``llama_decode``.

Hearth's side is ``python -m app serve`` when the server exists in this tree; otherwise (or
with ``--in-process``) the batched engine is measured in a worker process, and the report says
so. Results go to ``bench/results/server.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW_ENV = dict(os.environ)  # llama.cpp's tools run with the environment as the user has it
sys.path.insert(0, str(ROOT))

from bench.stats import percentile as pct  # noqa: E402

# Story openings that SmolLM2 continues at length (greedy), one per client.
PROMPTS = (
    "Once upon a time",
    "The old lighthouse keeper",
    "In the year 2150, the city",
    "She opened the letter and",
    "The recipe for a perfect",
    "Deep in the forest there",
    "When the train stopped,",
    "My grandfather always said",
)
QUESTIONS = (
    "Which city is the capital of France?",
    "Name three colours of the rainbow.",
    "What is 12 plus 7?",
    "Write one sentence about the sea.",
)
# A prompt of ~700 tokens (as in tests/core/test_batch.py) for the chunked-prefill check.
JOINER_TEXT = " ".join(f"Item {i} is a {['red', 'blue', 'green'][i % 3]} box."
                       for i in range(90)) + "\nHow many boxes are red?"
CLI_PROMPT = "Tell me a long story about a dragon."
med = statistics.median


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- streaming clients --------------------------------------------------------------------------


def stream_completion(base: str, prompt: str, gen: int, model: str) -> dict[str, object]:
    """One greedy streamed completion; the arrival time of every chunk with text."""
    import httpx

    body = {"model": model, "prompt": prompt, "max_tokens": gen, "temperature": 0.0,
            "stream": True, "stream_options": {"include_usage": True}}
    stamps: list[float] = []
    usage = None
    t0 = time.perf_counter()
    with httpx.Client(timeout=600) as client, client.stream(
        "POST", f"{base}/v1/completions", json=body
    ) as resp:
        resp.raise_for_status()
        for line in resp.iter_lines():
            if not line.startswith("data: "):
                continue
            data = line[6:]
            if data.strip() == "[DONE]":
                break
            chunk = json.loads(data)
            if chunk.get("usage"):
                usage = chunk["usage"]
            choices = chunk.get("choices") or []
            if choices and choices[0].get("text"):
                stamps.append(time.perf_counter())
    n = int(usage["completion_tokens"]) if usage else len(stamps)
    return summarize(t0, stamps, n)


def summarize(t0: float, stamps: list[float], n_tokens: int) -> dict[str, object]:
    span = stamps[-1] - stamps[0] if len(stamps) > 1 else float("nan")
    return {
        "ttft_ms": (stamps[0] - t0) * 1000 if stamps else float("nan"),
        "tokens": n_tokens,
        "chunks": len(stamps),
        "decode_tok_s": (n_tokens - 1) / span if n_tokens > 1 else float("nan"),
        "gaps_ms": [(b - a) * 1000 for a, b in itertools.pairwise(stamps)],
        "t0": t0,
        "t_end": stamps[-1] if stamps else t0,
    }


def concurrent(fn, prompts: list[str]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Run ``fn(prompt)`` for every prompt at once; aggregate tokens / wall time."""
    results: list[dict[str, object] | None] = [None] * len(prompts)
    barrier = threading.Barrier(len(prompts))

    def work(i: int) -> None:
        barrier.wait()
        results[i] = fn(prompts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(prompts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done = [r for r in results if r is not None]
    start = min(float(r["t0"]) for r in done)  # type: ignore[arg-type]
    end = max(float(r["t_end"]) for r in done)  # type: ignore[arg-type]
    tokens = sum(int(r["tokens"]) for r in done)  # type: ignore[call-overload]
    return {"aggregate_tok_s": tokens / (end - start), "tokens": tokens,
            "wall_s": end - start,
            "per_client_tok_s": [r["decode_tok_s"] for r in done],
            "ttft_ms": [r["ttft_ms"] for r in done]}


# -- the servers ----------------------------------------------------------------------------------


@contextlib.contextmanager
def running(cmd: list[str], base: str, env: dict[str, str], log: Path,
            cwd: Path | None = None) -> Iterator[None]:
    """Start a server (in ``cwd``), wait until /health answers 200, stop it at the end."""
    import httpx

    with log.open("w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env,
                                stdin=subprocess.DEVNULL, cwd=cwd)
    try:
        deadline = time.monotonic() + 300
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited ({proc.returncode}); see {log}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{cmd[0]} did not become ready; see {log}")
            time.sleep(0.2)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def llama_server_cmd(tools: Path, model: Path, port: int, args: argparse.Namespace
                     ) -> list[str]:
    return [str(tools / "llama-server"), "-m", str(model), "--host", "127.0.0.1",
            "--port", str(port), "-t", str(args.threads), "-tb", str(args.threads),
            "-c", str(args.ctx * args.parallel), "-np", str(args.parallel),
            "-b", str(args.batch), "-ub", str(args.batch), "--no-webui"]


def hearth_server_cmd(model: Path, port: int, args: argparse.Namespace) -> list[str]:
    return [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port),
            "--model", str(model), "--parallel", str(args.parallel),
            "--threads", str(args.threads), "--ctx", str(args.ctx)]


def hearth_server_available() -> bool:
    return (ROOT / "app" / "core" / "server").is_dir() and (ROOT / "app/cli/serve.py").is_file()


# -- Hearth's engine in-process (a worker process) -----------------------------------------------


def inproc_worker(model: str, scenario: str, args: argparse.Namespace) -> dict[str, object]:
    """The batched engine without HTTP: the same scenarios, timed at the event stream."""
    import llama_cpp

    from app.core.engine.base import (
        DoneEvent,
        GenerationRequest,
        LoadOptions,
        SamplingParams,
        TokenEvent,
    )
    from app.core.engine.batch import BatchedEngine

    in_decode = [0.0]
    real_decode = llama_cpp.llama_decode

    def timed_decode(ctx, batch):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        rc = real_decode(ctx, batch)
        in_decode[0] += time.perf_counter() - start
        return rc

    llama_cpp.llama_decode = timed_decode
    engine = BatchedEngine(model, LoadOptions(n_ctx=args.ctx, n_threads=args.threads,
                                              n_batch=args.batch, n_gpu_layers=0),
                           n_parallel=args.parallel)
    outside: list[float] = []

    def one(prompt: str) -> dict[str, object]:
        req = GenerationRequest(prompt=prompt,
                                sampling=SamplingParams(temperature=0.0, max_tokens=args.gen))
        stamps, decode_at = [], []
        n = 0
        t0 = time.perf_counter()
        for event in engine.generate(req):
            if isinstance(event, TokenEvent):
                stamps.append(time.perf_counter())
                decode_at.append(in_decode[0])
            elif isinstance(event, DoneEvent):
                n = event.stats.completion_tokens
        if scenario == "single":
            for i in range(1, len(stamps)):
                outside.append(((stamps[i] - stamps[i - 1])
                                - (decode_at[i] - decode_at[i - 1])) * 1000)
        return summarize(t0, stamps, n)

    one("Warm up")
    if scenario == "single":
        result = one(PROMPTS[0])
        result["outside_decode_p50_ms"] = pct(outside, 0.5)
        result["outside_decode_p95_ms"] = pct(outside, 0.95)
    else:
        result = concurrent(one, list(PROMPTS[: args.parallel]))
    engine.close()
    return result


def inproc(model: Path, scenario: str, args: argparse.Namespace) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", scenario, "--model", str(model),
         "--threads", str(args.threads), "--parallel", str(args.parallel),
         "--ctx", str(args.ctx), "--batch", str(args.batch), "--gen", str(args.gen)],
        capture_output=True, text=True, errors="replace", check=True, cwd=ROOT,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- numerics: batched vs single evaluation -------------------------------------------------------


def logit_check(model: Path, args: argparse.Namespace, steps: int = 40) -> dict[str, object]:
    """Teacher-forced greedy answers to QUESTIONS, evaluated alone (one sequence per decode)
    and together (all sequences in each decode, prompts in one batch): the largest logit
    difference, and the smallest gap between the two best logits of the single runs (a
    greedy answer can only change where that gap is below the difference)."""
    import llama_cpp
    import numpy as np

    from app.core.chat.message import Message
    from app.core.engine.base import GenerationRequest, LoadOptions, SamplingParams
    from app.core.engine.llamacpp import LlamaCppEngine

    n_seq = len(QUESTIONS)
    engine = LlamaCppEngine(model, LoadOptions(n_ctx=1024, n_threads=args.threads,
                                               n_batch=512, n_gpu_layers=0),
                            n_seq_max=n_seq)
    ctx, mem = engine._ctx, engine._mem
    n_vocab = llama_cpp.llama_vocab_n_tokens(engine._vocab)
    batch = llama_cpp.llama_batch_init(512, 0, 1)

    def logits(row: int) -> np.ndarray:
        return np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, row),
                                     shape=(n_vocab,)).copy()

    def decode(rows: list[tuple[int, int, int, bool]]) -> None:
        batch.n_tokens = len(rows)
        for i, (tok, pos, seq, out) in enumerate(rows):
            batch.token[i], batch.pos[i], batch.n_seq_id[i] = tok, pos, 1
            batch.seq_id[i][0], batch.logits[i] = seq, out
        assert llama_cpp.llama_decode(ctx, batch) == 0

    sampling = SamplingParams(temperature=0.0, max_tokens=steps)
    prompts = [engine.build_prompt(GenerationRequest(messages=[Message("user", q)],
                                                     sampling=sampling))[0]
               for q in QUESTIONS]
    # Alone: greedy tokens and every step's logits.
    alone: list[list[np.ndarray]] = []
    answers: list[list[int]] = []
    for p in prompts:
        llama_cpp.llama_memory_clear(mem, True)
        decode([(t, i, 0, i == len(p) - 1) for i, t in enumerate(p)])
        rows, toks = [logits(len(p) - 1)], []
        for s in range(steps):
            toks.append(int(rows[-1].argmax()))
            decode([(toks[-1], len(p) + s, 0, True)])
            rows.append(logits(0))
        alone.append(rows)
        answers.append(toks)
    # Together: the four prompts in one batch, then one row per sequence per step.
    llama_cpp.llama_memory_clear(mem, True)
    flat, last_rows = [], []
    for seq, p in enumerate(prompts):
        for i, t in enumerate(p):
            flat.append((t, i, seq, i == len(p) - 1))
        last_rows.append(len(flat) - 1)
    decode(flat)
    together = [[logits(r)] for r in last_rows]
    for s in range(steps):
        decode([(answers[q][s], len(prompts[q]) + s, q, True) for q in range(n_seq)])
        for q in range(n_seq):
            together[q].append(logits(q))
    # A long prompt read alone (chunks of n_batch) and read beside a decoding sequence, as a
    # slot that joins does (chunks of n_batch - 1 next to the other's token each step).
    chunk = 128
    joiner = engine.build_prompt(GenerationRequest(
        messages=[Message("user", JOINER_TEXT)], sampling=sampling))[0]

    def read(beside: bool) -> np.ndarray:
        llama_cpp.llama_memory_clear(mem, True)
        other = prompts[0]
        if beside:
            decode([(t, i, 0, False) for i, t in enumerate(other)])
        pos, step = 0, 0
        while pos < len(joiner):
            rows = [(answers[0][step], len(other) + step, 0, True)] if beside else []
            part = joiner[pos : pos + chunk - len(rows)]
            last = pos + len(part) == len(joiner)
            rows += [(t, pos + j, 1, last and j == len(part) - 1) for j, t in enumerate(part)]
            decode(rows)
            pos, step = pos + len(part), step + 1
        return logits(len(rows) - 1)

    alone_j, beside_j = read(False), read(True)
    top2 = np.partition(alone_j, n_vocab - 2)[-2:]
    joiner_check = {"prompt_tokens": len(joiner), "chunk": chunk,
                    "max_abs_logit_diff": float(np.abs(alone_j - beside_j).max()),
                    "top2_gap": float(top2.max() - top2.min())}
    llama_cpp.llama_batch_free(batch)
    engine.close()

    per_question = []
    for q in range(n_seq):
        diffs = [float(np.abs(a - b).max()) for a, b in zip(alone[q], together[q], strict=True)]
        gaps = []
        for row in alone[q][:-1]:
            top2 = np.partition(row, n_vocab - 2)[-2:]
            gaps.append(float(top2.max() - top2.min()))
        per_question.append({"question": QUESTIONS[q], "max_abs_logit_diff": max(diffs),
                             "min_top2_gap": min(gaps)})
    return {"steps": steps, "questions": per_question, "joiner": joiner_check,
            "max_abs_logit_diff": max(p["max_abs_logit_diff"] for p in per_question),
            "min_top2_gap": min(p["min_top2_gap"] for p in per_question)}


# -- the CLI path against llama-completion --------------------------------------------------------


def cli_decode(model: Path, args: argparse.Namespace) -> float:
    out = subprocess.run(
        [sys.executable, "-m", "app", "chat", "--json", "-m", str(model), "-p",
         CLI_PROMPT, "--max-tokens", str(args.cli_gen),
         "--temperature", "0", "--threads", str(args.threads), "--ctx", "4096"],
        capture_output=True, text=True, errors="replace", check=True, cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )
    return float(json.loads(out.stdout.strip().splitlines()[-1])["tokens_per_s"])


def path_cost_worker(kind: str, model: str, args: argparse.Namespace) -> dict[str, float]:
    """Per-token cost of ``hearth chat --json`` (kind "cli", run through app.cli.main) or of
    the engine alone ("engine", raw prompt): wall and main-thread CPU time inside and outside
    ``llama_decode``. CPU time outside decode is the Python path's own cost, and unlike wall
    time it hardly moves when other programs load the machine."""
    import llama_cpp

    import app.core.engine.llamacpp as engine_module

    wall_in, cpu_in = [0.0], [0.0]
    real_decode = llama_cpp.llama_decode

    def timed_decode(ctx, batch):  # type: ignore[no-untyped-def]
        t, c = time.perf_counter(), time.thread_time()
        rc = real_decode(ctx, batch)
        wall_in[0] += time.perf_counter() - t
        cpu_in[0] += time.thread_time() - c
        return rc

    llama_cpp.llama_decode = timed_decode
    marks: list[tuple[float, float, float, float]] = []
    take = engine_module._Turn.take

    def marked_take(self, token):  # type: ignore[no-untyped-def]
        marks.append((time.perf_counter(), wall_in[0], time.thread_time(), cpu_in[0]))
        return take(self, token)

    engine_module._Turn.take = marked_take  # type: ignore[method-assign]
    if kind == "cli":
        from app.cli import main as cli_main

        with contextlib.redirect_stdout(sys.stderr):
            cli_main(["chat", "--json", "-m", model, "-p", CLI_PROMPT, "--max-tokens",
                      str(args.cli_gen), "--temperature", "0", "--threads", str(args.threads)])
    else:
        from app.core.engine.base import GenerationRequest, LoadOptions, SamplingParams

        engine = engine_module.LlamaCppEngine(
            model, LoadOptions(n_ctx=4096, n_threads=args.threads, n_gpu_layers=0))
        list(engine.generate(GenerationRequest(
            prompt="Once upon a time",
            sampling=SamplingParams(temperature=0.0, max_tokens=args.cli_gen))))
        engine.close()
    steps = list(itertools.pairwise(marks))
    return {
        "tokens": len(marks),
        "cpu_outside_decode_ms": med((b[2] - a[2] - (b[3] - a[3])) * 1000 for a, b in steps),
        "cpu_in_decode_ms": med((b[3] - a[3]) * 1000 for a, b in steps),
        "wall_outside_decode_ms": med((b[0] - a[0] - (b[1] - a[1])) * 1000 for a, b in steps),
        "wall_per_token_ms": med((b[0] - a[0]) * 1000 for a, b in steps),
    }


def path_cost(model: Path, args: argparse.Namespace) -> dict[str, object]:
    """``path_cost_worker`` for the CLI and the engine, alternating ``--rounds`` times."""
    runs: dict[str, list[dict[str, float]]] = {"cli": [], "engine": []}
    for _ in range(args.rounds):
        for kind in runs:
            proc = subprocess.run(
                [sys.executable, __file__, "--worker", f"path-{kind}", "--model", str(model),
                 "--threads", str(args.threads), "--cli-gen", str(args.cli_gen)],
                capture_output=True, text=True, errors="replace", check=True, cwd=ROOT)
            runs[kind].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return {kind: {key: med(r[key] for r in rs) for key in rs[0]} for kind, rs in runs.items()}


def cli_gap(model: Path, tools: Path, args: argparse.Namespace) -> dict[str, object]:
    """``hearth chat --json`` and llama-completion (same libllama build flags, same threads,
    context, batch, greedy), alternating ``--rounds`` times; the in-process engine too."""
    from bench.perf import raw_decode

    hearth, raw, engine = [], [], []
    for _ in range(args.rounds):
        hearth.append(cli_decode(model, args))
        raw.append(raw_decode(tools, model, args.threads, args.cli_gen)["decode_tok_s"])
        proc = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "perf.py"), "--worker", str(model), "--gen",
             str(args.cli_gen), "--threads", str(args.threads), "--decode-only"],
            capture_output=True, text=True, errors="replace", check=True, cwd=ROOT)
        engine.append(json.loads(proc.stdout.strip().splitlines()[-1])["decode_tok_s"])
    return {"hearth_chat_json": hearth, "llama_completion": raw, "engine_in_process": engine,
            "ratio_cli": med(hearth) / med(raw), "ratio_engine": med(engine) / med(raw)}


# -- main ---------------------------------------------------------------------------------------


def bench_servers(model: Path, tools: Path | None, args: argparse.Namespace) -> dict[str, object]:
    use_http = hearth_server_available() and not args.in_process
    lp, hp = free_port(), free_port()
    lbase, hbase = f"http://127.0.0.1:{lp}", f"http://127.0.0.1:{hp}"
    logs = ROOT / ".cache" / "bench-server"
    logs.mkdir(parents=True, exist_ok=True)
    rounds: dict[str, list[dict[str, object]]] = {
        "llama_single": [], "hearth_single": [], "llama_multi": [], "hearth_multi": [],
        "inproc_single": []}
    prompts = list(PROMPTS[: args.parallel])
    with contextlib.ExitStack() as stack:
        if tools is not None:
            stack.enter_context(running(llama_server_cmd(tools, model, lp, args), lbase,
                                        RAW_ENV, logs / "llama-server.log"))
            stream_completion(lbase, "Warm up", 8, model.name)
        if use_http:
            stack.enter_context(running(hearth_server_cmd(model, hp, args), hbase,
                                        dict(os.environ), logs / "hearth-serve.log"))
            stream_completion(hbase, "Warm up", 8, model.name)
        for r in range(args.rounds):
            order = ("llama", "hearth") if r % 2 == 0 else ("hearth", "llama")
            for side in order:
                if side == "llama" and tools is None:
                    continue
                if side == "llama":
                    rounds["llama_single"].append(
                        stream_completion(lbase, PROMPTS[0], args.gen, model.name))
                    rounds["llama_multi"].append(concurrent(
                        lambda p: stream_completion(lbase, p, args.gen, model.name), prompts))
                elif use_http:
                    rounds["hearth_single"].append(
                        stream_completion(hbase, PROMPTS[0], args.gen, model.name))
                    rounds["hearth_multi"].append(concurrent(
                        lambda p: stream_completion(hbase, p, args.gen, model.name), prompts))
                    rounds["inproc_single"].append(inproc(model, "single", args))
                else:
                    rounds["hearth_single"].append(inproc(model, "single", args))
                    rounds["hearth_multi"].append(inproc(model, "multi", args))
            print(f"  round {r + 1}/{args.rounds} done", flush=True)

    def m(key: str, field: str) -> float:
        if not rounds[key]:
            return float("nan")
        return med(float(x[field]) for x in rounds[key])  # type: ignore[arg-type]

    summary: dict[str, object] = {
        "hearth_side": "http (python -m app serve)" if use_http
        else "in-process BatchedEngine (no HTTP server in this tree yet)",
        "single_decode_tok_s": {"hearth": m("hearth_single", "decode_tok_s"),
                                "llama_server": m("llama_single", "decode_tok_s")},
        "single_ttft_ms": {"hearth": m("hearth_single", "ttft_ms"),
                           "llama_server": m("llama_single", "ttft_ms")},
        "multi_aggregate_tok_s": {"hearth": m("hearth_multi", "aggregate_tok_s"),
                                  "llama_server": m("llama_multi", "aggregate_tok_s")},
    }
    sd, st, ma = (summary["single_decode_tok_s"], summary["single_ttft_ms"],
                  summary["multi_aggregate_tok_s"])
    summary["ratios"] = {
        "single_decode": sd["hearth"] / sd["llama_server"],  # type: ignore[index]
        "single_ttft": st["hearth"] / st["llama_server"],  # type: ignore[index]
        "multi_aggregate": ma["hearth"] / ma["llama_server"],  # type: ignore[index]
        "multi_over_own_single": ma["hearth"] / sd["hearth"],  # type: ignore[index]
        "llama_multi_over_single": ma["llama_server"] / sd["llama_server"],  # type: ignore[index]
    }
    hearth_gaps = [g for x in rounds["hearth_single"] for g in x["gaps_ms"]]  # type: ignore[attr-defined]
    llama_gaps = [g for x in rounds["llama_single"] for g in x["gaps_ms"]]  # type: ignore[attr-defined]
    overhead: dict[str, float] = {
        "hearth_gap_p50_ms": pct(hearth_gaps, 0.5), "hearth_gap_p95_ms": pct(hearth_gaps, 0.95),
        "llama_gap_p50_ms": pct(llama_gaps, 0.5), "llama_gap_p95_ms": pct(llama_gaps, 0.95),
    }
    source = "inproc_single" if use_http else "hearth_single"
    overhead["engine_outside_decode_p50_ms"] = m(source, "outside_decode_p50_ms")
    overhead["engine_outside_decode_p95_ms"] = m(source, "outside_decode_p95_ms")
    if use_http:
        inproc_gaps = [g for x in rounds["inproc_single"] for g in x["gaps_ms"]]  # type: ignore[attr-defined]
        overhead["http_over_inproc_p50_ms"] = pct(hearth_gaps, 0.5) - pct(inproc_gaps, 0.5)
        overhead["http_over_inproc_p95_ms"] = pct(hearth_gaps, 0.95) - pct(inproc_gaps, 0.95)
    summary["per_token_overhead"] = overhead
    for runs in rounds.values():
        for x in runs:
            x.pop("gaps_ms", None)
    return {"summary": summary, "rounds": rounds}


def print_summary(s: dict[str, object], args: argparse.Namespace) -> None:
    r = s["ratios"]
    sd, st, ma = s["single_decode_tok_s"], s["single_ttft_ms"], s["multi_aggregate_tok_s"]
    print(f"\nHearth side: {s['hearth_side']}; {args.threads} threads, {args.parallel} slots of "
          f"{args.ctx} tokens, batch {args.batch}, {args.gen} tokens per request, "
          f"median of {args.rounds} alternating rounds")
    print(f"{'metric':34} {'Hearth':>10} {'llama-srv':>10} {'ratio':>8}")
    print(f"{'(a) 1 client decode (tok/s)':34} {sd['hearth']:10.1f} {sd['llama_server']:10.1f} "  # type: ignore[index]
          f"{r['single_decode']:8.3f}x  (goal >= 0.95)")  # type: ignore[index]
    print(f"{'(a) 1 client TTFT (ms)':34} {st['hearth']:10.1f} {st['llama_server']:10.1f} "  # type: ignore[index]
          f"{r['single_ttft']:8.3f}x  (lower is better; goal <= 1/0.95)")  # type: ignore[index]
    print(f"{f'(b) {args.parallel} clients aggregate (tok/s)':34} {ma['hearth']:10.1f} "  # type: ignore[index]
          f"{ma['llama_server']:10.1f} {r['multi_aggregate']:8.3f}x  (goal >= 0.9)")  # type: ignore[index]
    print(f"{'(b) Hearth N clients / 1 client':34} {r['multi_over_own_single']:10.3f}x"  # type: ignore[index]
          f"  (goal >= 1.5; llama-server: {r['llama_multi_over_single']:.3f}x)")  # type: ignore[index]
    o = s["per_token_overhead"]
    print(f"(c) gap between streamed tokens p50/p95: Hearth {o['hearth_gap_p50_ms']:.2f}/"  # type: ignore[index]
          f"{o['hearth_gap_p95_ms']:.2f} ms, llama-server {o['llama_gap_p50_ms']:.2f}/"  # type: ignore[index]
          f"{o['llama_gap_p95_ms']:.2f} ms")  # type: ignore[index]
    print(f"    engine's Python time per token outside llama_decode p50/p95: "
          f"{o['engine_outside_decode_p50_ms']:.3f}/{o['engine_outside_decode_p95_ms']:.3f} ms")  # type: ignore[index]
    if "http_over_inproc_p50_ms" in o:  # type: ignore[operator]
        print(f"    HTTP streaming over in-process gaps p50/p95: "
              f"{o['http_over_inproc_p50_ms']:+.3f}/{o['http_over_inproc_p95_ms']:+.3f} ms")  # type: ignore[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="a GGUF (default: SmolLM2-135M)")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--ctx", type=int, default=2048, help="context per slot")
    parser.add_argument("--batch", type=int, default=512)
    parser.add_argument("--gen", type=int, default=128, help="tokens per request")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--in-process", action="store_true",
                        help="measure the batched engine without HTTP even if the server exists")
    parser.add_argument("--logits", action="store_true", help="only the numerics check")
    parser.add_argument("--hearth-only", action="store_true",
                        help="skip llama-server (not built yet): Hearth's own numbers only")
    parser.add_argument("--cli", action="store_true", help="only the CLI decode gap")
    parser.add_argument("--cli-gen", type=int, default=384)
    parser.add_argument("--path-cost", action="store_true",
                        help="only the CLI's per-token cost against the engine's (no llama.cpp "
                        "tools needed)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from app.core.hardware import physical_cores

    args.threads = args.threads or physical_cores()
    if args.model is None:
        from tests.support import models

        args.model = str(models.smollm2_path())
    model = Path(args.model)
    if args.worker:
        if args.worker.startswith("path-"):
            print(json.dumps(path_cost_worker(args.worker[5:], str(model), args)))
        else:
            print(json.dumps(inproc_worker(str(model), args.worker, args)))
        return 0

    out = ROOT / "bench" / "results" / "server.json"
    report = json.loads(out.read_text()) if out.exists() else {}
    report.update({"model": model.name, "threads": args.threads})
    if args.path_cost:
        cost = path_cost(model, args)
        report["cli_path_cost"] = {"gen": args.cli_gen, "threads": args.threads, **cost}
        print(f"per token, median of {args.rounds} alternating runs of {args.cli_gen} tokens:")
        for kind, c in cost.items():
            print(f"  {kind:7} CPU outside llama_decode {c['cpu_outside_decode_ms']:.3f} ms, "
                  f"CPU in llama_decode {c['cpu_in_decode_ms']:.3f} ms, wall outside "
                  f"{c['wall_outside_decode_ms']:.3f} ms, wall {c['wall_per_token_ms']:.3f} ms")
        ratio = cost["cli"]["cpu_outside_decode_ms"] / cost["engine"]["cpu_outside_decode_ms"]
        print(f"  CLI / engine CPU outside decode: {ratio:.3f}x")
    elif args.logits:
        check = logit_check(model, args)
        report["logits"] = check
        for q in check["questions"]:
            print(f"{q['question']:40} max |dlogit| {q['max_abs_logit_diff']:.2e}   "
                  f"smallest top-2 gap {q['min_top2_gap']:.3f}")
        j = check["joiner"]
        print(f"{j['prompt_tokens']}-token prompt read beside a decoding sequence vs alone: "
              f"max |dlogit| {j['max_abs_logit_diff']:.2e} (top-2 gap {j['top2_gap']:.3f})")
    else:
        from bench.llama_tools import tools_dir

        tools = None if args.hearth_only else tools_dir()
        if args.cli:
            gap = cli_gap(model, tools, args)
            report["cli"] = {"gen": args.cli_gen, **gap}
            print(f"decode tok/s, median of {args.rounds} alternating runs of {args.cli_gen}:")
            print(f"  hearth chat --json   {med(gap['hearth_chat_json']):8.1f}  "
                  f"{gap['ratio_cli']:.3f}x of llama-completion")
            print(f"  engine in-process    {med(gap['engine_in_process']):8.1f}  "
                  f"{gap['ratio_engine']:.3f}x")
            print(f"  llama-completion     {med(gap['llama_completion']):8.1f}")
        else:
            from bench.server_overhead import loadavg

            load_before = loadavg()
            result = bench_servers(model, tools, args)
            load_after = loadavg()
            report["servers"] = {"parallel": args.parallel, "ctx_per_slot": args.ctx,
                                 "batch": args.batch, "gen": args.gen, "rounds": args.rounds,
                                 "load_before": load_before, "load_after": load_after,
                                 **result}
            print_summary(result["summary"], args)  # type: ignore[arg-type]
            # Compare runs only when the machine was quiet: others' load stalls llama.cpp's
            # threads at their barriers, on both sides but not evenly.
            print(f"load average (1/5/15 min) before {load_before}, after {load_after}")
    out.parent.mkdir(parents=True, exist_ok=True)
    # Another part may have been written meanwhile (the parts run separately): keep it.
    current = json.loads(out.read_text()) if out.exists() else {}
    out.write_text(json.dumps({**current, **report}, indent=2))
    print(f"\nwritten to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
