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


def process_cpu_ms(pid: int) -> float:
    """CPU time of the whole process, threads that already exited included (``stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def measure(pid: int, base: str, model: str, gen: int) -> dict[str, object]:
    """One streamed request; the server's per-thread deltas per generated token."""
    before = threads(pid)
    cpu0 = process_cpu_ms(pid)
    result = stream_completion(base, PROMPTS[0], gen, model)
    cpu1 = process_cpu_ms(pid)
    after = threads(pid)
    n = int(result["tokens"])  # type: ignore[call-overload]
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
    total["process_cpu_ms"] = (cpu1 - cpu0) / n
    # Besides the threads that decode: Python's (or llama-server's HTTP) own work per token.
    total["cpu_outside_decode_threads_ms"] = total["process_cpu_ms"] - sum(
        float(t["cpu_ms"]) for t in per_thread[:2])  # type: ignore[arg-type]
    return {"decode_tok_s": result["decode_tok_s"], "ttft_ms": result["ttft_ms"],
            "tokens": n, "per_token": total, "threads": per_thread}


def summarize(runs: list[dict[str, object]]) -> dict[str, object]:
    totals = [r["per_token"] for r in runs]
    out: dict[str, object] = {
        "decode_tok_s": med(float(r["decode_tok_s"]) for r in runs),  # type: ignore[arg-type]
        "ttft_ms": med(float(r["ttft_ms"]) for r in runs),  # type: ignore[arg-type]
    }
    for key in ("cpu_ms", "wait_ms", "vol", "invol", "process_cpu_ms",
                "cpu_outside_decode_threads_ms"):
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
    lp, hp = free_port(), free_port()
    lbase, hbase = f"http://127.0.0.1:{lp}", f"http://127.0.0.1:{hp}"
    logs = ROOT / ".cache" / "bench-server"
    logs.mkdir(parents=True, exist_ok=True)
    runs: dict[str, list[dict[str, object]]] = {"llama": [], "hearth": []}
    with contextlib.ExitStack() as stack:
        stack.enter_context(running(llama_server_cmd(tools, model, lp, args), lbase, RAW_ENV,
                                    logs / "llama-server.log"))
        hearth_env = dict(os.environ, **dict(e.split("=", 1) for e in args.hearth_env))
        stack.enter_context(running(hearth_server_cmd(model, hp, args), hbase, hearth_env,
                                    logs / "hearth-serve.log"))
        pids = {"llama": server_pid(lp), "hearth": server_pid(hp)}
        bases = {"llama": lbase, "hearth": hbase}
        for side in ("llama", "hearth"):
            stream_completion(bases[side], "Warm up", 8, model.name)
        for r in range(args.rounds):
            order = ("llama", "hearth") if r % 2 == 0 else ("hearth", "llama")
            for side in order:
                time.sleep(0.3)  # let the previous server's threads go idle
                runs[side].append(measure(pids[side], bases[side], model.name, args.gen))
    load_after = loadavg()
    summary = {side: summarize(rs) for side, rs in runs.items()}
    h, ll = summary["hearth"], summary["llama"]
    ratio = float(h["decode_tok_s"]) / float(ll["decode_tok_s"])  # type: ignore[arg-type]
    print(f"{args.threads} threads, {args.parallel} slots, {args.gen} tokens, median of "
          f"{args.rounds} alternating rounds; load average before {load_before}, "
          f"after {load_after}")
    print(f"{'per generated token':36} {'Hearth':>10} {'llama-srv':>10}")
    print(f"{'decode tok/s':36} {h['decode_tok_s']:10.1f} {ll['decode_tok_s']:10.1f}   "
          f"ratio {ratio:.3f}x")
    print(f"{'TTFT ms':36} {h['ttft_ms']:10.1f} {ll['ttft_ms']:10.1f}")
    for key, label in (("process_cpu_ms", "CPU ms (process, /proc/PID/stat)"),
                       ("cpu_outside_decode_threads_ms", "  of it outside the 2 decode threads"),
                       ("cpu_ms", "CPU ms (live threads, schedstat)"),
                       ("wait_ms", "runnable-but-waiting ms"),
                       ("vol", "voluntary switches"), ("invol", "involuntary switches")):
        print(f"{label:36} {h[key]:10.3f} {ll[key]:10.3f}")
    print(f"{'threads waking >= 0.5x per token':36} {h['threads_waking_per_token']:10d} "
          f"{ll['threads_waking_per_token']:10d}")
    for side in ("hearth", "llama"):
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
            "load_after": load_after, "decode_ratio": ratio, "summary": summary,
            "runs": runs}, indent=2))
        print(f"\nwritten to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
