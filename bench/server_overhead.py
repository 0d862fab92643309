"""Where a streamed token's time goes: Hearth's server against llama-server, per thread.

    python bench/server_overhead.py                       # SmolLM2, 2 threads, 5 rounds
    python bench/server_overhead.py --threads 2 --gen 128 --rounds 5

Wall-clock rates on a shared machine move with everyone else's load; these numbers hardly do.
Both servers run side by side (same GGUF, threads, slots, batch) and serve the same greedy
``/v1/completions`` stream in alternating rounds. Around every request each server's threads
are read from ``/proc/PID/task/*``:

- CPU time per token (``schedstat``: nanoseconds on a CPU), per thread and in all;
- time spent runnable but waiting for a CPU per token (``schedstat``), the cost of threads
  preempting each other (on 2 cores, any extra runnable thread stalls one of llama.cpp's);
- voluntary and involuntary context switches per token, per thread: a thread that sleeps and
  wakes once per token shows ~1 voluntary switch per token, so the count of Python threads
  that wake per token (and how often) can be read off directly.

Also printed: each side's decode tok/s in the same rounds, with the ratio, and the load
average before and after (compare runs only when it was low). Results go to
``bench/results/server_overhead.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import (  # noqa: E402
    PROMPTS,
    RAW_ENV,
    free_port,
    hearth_server_cmd,
    llama_server_cmd,
    running,
    stream_completion,
)

med = statistics.median


def loadavg() -> str:
    """The 1/5/15-minute load averages, as ``uptime`` prints them."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def server_pid(port: int) -> int:
    """The pid of the process listening on 127.0.0.1:``port`` (the server, not its launcher)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                parts = line.split()
                if int(parts[1].rsplit(":", 1)[1], 16) == port and parts[3] == "0A":
                    inodes.add(parts[9])
    for pid_dir in Path("/proc").iterdir():
        if not pid_dir.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            for fd in (pid_dir / "fd").iterdir():
                with contextlib.suppress(OSError):
                    link = os.readlink(fd)
                    if link.startswith("socket:[") and link[8:-1] in inodes:
                        return int(pid_dir.name)
    raise RuntimeError(f"no process listens on port {port}")


def threads(pid: int) -> dict[int, dict[str, float | str]]:
    """Every thread of ``pid``: name, ns on CPU, ns waiting to run, context switches."""
    out: dict[int, dict[str, float | str]] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError, ValueError, IndexError):
            run_ns, wait_ns, _slices = Path(task, "schedstat").read_text().split()[:3]
            status = Path(task, "status").read_text().splitlines()
            fields = dict(line.split(":\t", 1) for line in status if ":\t" in line)
            out[int(task.name)] = {
                "name": fields["Name"].strip(),
                "cpu_ns": float(run_ns), "wait_ns": float(wait_ns),
                "vol": float(fields["voluntary_ctxt_switches"]),
                "invol": float(fields["nonvoluntary_ctxt_switches"]),
            }
    return out


def stream_sampled(base: str, prompt: str, gen: int, model: str, pid: int
                   ) -> tuple[dict[str, object], dict[int, dict[str, float | str]],
                              dict[int, dict[str, float | str]], int]:
    """One greedy stream; the server's threads read at its first text chunk and again every
    16 chunks while it runs, so the deltas are the steady decode's alone and the threads
    serving the request (Hearth's request thread ends with it) are still there to be read."""
    import httpx

    body = {"model": model, "prompt": prompt, "max_tokens": gen, "temperature": 0.0,
            "stream": True}
    stamps: list[float] = []
    first: dict[int, dict[str, float | str]] = {}
    last: dict[int, dict[str, float | str]] = {}
    at = 1
    t0 = time.perf_counter()
    with httpx.Client(timeout=600) as client, client.stream(
        "POST", f"{base}/v1/completions", json=body
    ) as resp:
        resp.raise_for_status()
        for line in resp.iter_lines():
            if not line.startswith("data: ") or line[6:].strip() == "[DONE]":
                continue
            choices = json.loads(line[6:]).get("choices") or []
            if choices and choices[0].get("text"):
                stamps.append(time.perf_counter())
                if len(stamps) == 1:
                    first = threads(pid)
                elif len(stamps) % 16 == 1:  # the latest reading while the stream runs
                    last, at = threads(pid), len(stamps)
    span = stamps[-1] - stamps[0] if len(stamps) > 1 else float("nan")
    result = {"ttft_ms": (stamps[0] - t0) * 1000, "tokens": len(stamps),
              "decode_tok_s": (len(stamps) - 1) / span}
    return result, first, last, at - 1


def measure(pid: int, base: str, model: str, gen: int) -> dict[str, object]:
    """One streamed request; the server's per-thread deltas per generated token."""
    result, before, after, n = stream_sampled(base, PROMPTS[0], gen, model, pid)
    per_thread = []
    for tid, a in after.items():
        b = before.get(tid, {"cpu_ns": 0.0, "wait_ns": 0.0, "vol": 0.0, "invol": 0.0})
        d = {k: (float(a[k]) - float(b[k])) / n for k in ("cpu_ns", "wait_ns", "vol", "invol")}
        if d["cpu_ns"] > 0 or d["vol"] > 0:
            per_thread.append({"tid": tid, "name": a["name"], "cpu_ms": d["cpu_ns"] / 1e6,
                               "wait_ms": d["wait_ns"] / 1e6, "vol": d["vol"],
                               "invol": d["invol"]})
    per_thread.sort(key=lambda t: -float(t["cpu_ms"]))  # type: ignore[arg-type]
    total = {k: sum(float(t[k]) for t in per_thread)  # type: ignore[arg-type]
             for k in ("cpu_ms", "wait_ms", "vol", "invol")}
    # Besides the two threads that compute the graphs (the two busiest): the rest of the
    # server's work per token (Python's event loop and request thread, or llama-server's HTTP
    # threads), and how often those threads wake up.
    rest = per_thread[2:]
    total["other_cpu_ms"] = sum(float(t["cpu_ms"]) for t in rest)  # type: ignore[arg-type]
    total["other_wakeups"] = sum(float(t["vol"]) for t in rest)  # type: ignore[arg-type]
    return {"decode_tok_s": result["decode_tok_s"], "ttft_ms": result["ttft_ms"],
            "tokens": n, "per_token": total, "threads": per_thread}


def summarize(runs: list[dict[str, object]]) -> dict[str, object]:
    totals = [r["per_token"] for r in runs]
    out: dict[str, object] = {
        "decode_tok_s": med(float(r["decode_tok_s"]) for r in runs),  # type: ignore[arg-type]
        "ttft_ms": med(float(r["ttft_ms"]) for r in runs),  # type: ignore[arg-type]
    }
    for key in ("cpu_ms", "wait_ms", "vol", "invol", "other_cpu_ms", "other_wakeups"):
        out[key] = med(float(t[key]) for t in totals)  # type: ignore[index]
    # Threads of the median run by CPU; those that wake about once per token or more.
    mid = sorted(runs, key=lambda r: r["per_token"]["cpu_ms"])[len(runs) // 2]  # type: ignore[index]
    out["threads_of_median_run"] = mid["threads"]
    out["threads_waking_per_token"] = sum(
        1 for t in mid["threads"] if float(t["vol"]) >= 0.5)  # type: ignore[attr-defined]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--ctx", type=int, default=2048)
    parser.add_argument("--batch", type=int, default=512)
    parser.add_argument("--gen", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-save", action="store_true", help="print only")
    parser.add_argument("--compare-root", type=Path, default=None, metavar="DIR",
                        help="also serve with the Hearth tree in DIR (e.g. an earlier commit "
                        "from `git archive`), taking turns with the other two")
    parser.add_argument("--hearth-env", action="append", default=[], metavar="NAME=VALUE",
                        help="extra environment for Hearth's server (A/B of a setting)")
    args = parser.parse_args()
    if args.model is None:
        from tests.support import models

        args.model = str(models.smollm2_path())
    model = Path(args.model)
    from bench.llama_tools import tools_dir

    tools = tools_dir()
    load_before = loadavg()
    logs = ROOT / ".cache" / "bench-server"
    logs.mkdir(parents=True, exist_ok=True)
    sides = ["llama", "hearth"] + (["hearth_before"] if args.compare_root else [])
    runs: dict[str, list[dict[str, object]]] = {side: [] for side in sides}
    with contextlib.ExitStack() as stack:
        ports = {side: free_port() for side in sides}
        bases = {side: f"http://127.0.0.1:{port}" for side, port in ports.items()}
        hearth_env = dict(os.environ, **dict(e.split("=", 1) for e in args.hearth_env))
        for side in sides:
            if side == "llama":
                cmd, env, cwd = llama_server_cmd(tools, model, ports[side], args), RAW_ENV, None
            else:
                cmd, env = hearth_server_cmd(model, ports[side], args), hearth_env
                cwd = args.compare_root if side == "hearth_before" else ROOT
            stack.enter_context(running(cmd, bases[side], env, logs / f"{side}.log", cwd))
        pids = {side: server_pid(port) for side, port in ports.items()}
        for side in sides:
            stream_completion(bases[side], "Warm up", 8, model.name)
        for r in range(args.rounds):
            order = sides[r % len(sides):] + sides[: r % len(sides)]
            for side in order:
                time.sleep(0.3)  # let the previous server's threads go idle
                runs[side].append(measure(pids[side], bases[side], model.name, args.gen))
    load_after = loadavg()
    summary = {side: summarize(rs) for side, rs in runs.items()}
    ll = summary["llama"]
    ratios = {side: float(summary[side]["decode_tok_s"])  # type: ignore[arg-type]
              / float(ll["decode_tok_s"]) for side in sides if side != "llama"}  # type: ignore[arg-type]
    print(f"{args.threads} threads, {args.parallel} slots, {args.gen} tokens, median of "
          f"{args.rounds} rounds taking turns; load average before {load_before}, "
          f"after {load_after}")
    print(f"{'per generated token':36}" + "".join(f"{side:>15}" for side in sides))

    def row(label: str, key: str, fmt: str) -> None:
        print(f"{label:36}" + "".join(f"{summary[side][key]:>15{fmt}}" for side in sides))

    row("decode tok/s", "decode_tok_s", ".1f")
    print(f"{'  ratio to llama-server':36}" + f"{'':>15}"
          + "".join(f"{ratios[side]:>14.3f}x" for side in sides[1:]))
    row("TTFT ms", "ttft_ms", ".1f")
    row("CPU ms (all threads)", "cpu_ms", ".3f")
    row("  outside the 2 graph threads", "other_cpu_ms", ".3f")
    row("  wake-ups of those other threads", "other_wakeups", ".2f")
    row("runnable-but-waiting ms", "wait_ms", ".3f")
    row("voluntary switches", "vol", ".2f")
    row("involuntary switches", "invol", ".2f")
    row("threads waking >= 0.5x per token", "threads_waking_per_token", "d")
    for side in sides:
        print(f"\n{side}: threads of the median run (per token)")
        for t in summary[side]["threads_of_median_run"]:  # type: ignore[attr-defined]
            print(f"  {t['tid']:>8} {t['name']:16} cpu {t['cpu_ms']:7.3f} ms  wait "
                  f"{t['wait_ms']:7.3f} ms  vol {t['vol']:6.2f}  invol {t['invol']:6.2f}")
    if not args.no_save:
        out = ROOT / "bench" / "results" / "server_overhead.json"
        out.write_text(json.dumps({
            "model": model.name, "threads": args.threads, "parallel": args.parallel,
            "gen": args.gen, "rounds": args.rounds, "hearth_env": args.hearth_env,
            "load_before": load_before,
            "load_after": load_after, "decode_ratio_to_llama_server": ratios, "summary": summary,
            "runs": runs}, indent=2))
        print(f"\nwritten to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
