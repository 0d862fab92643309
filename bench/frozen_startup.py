"""How fast the installed (frozen) Hearth opens its window, against Hearth from source.

    python bench/frozen_startup.py /opt/hearth/hearth [--repeats 5]

Each run starts the program with no arguments on its own Xvfb display (Qt's xcb plugin, a
fresh HOME so no model is remembered beyond the starter) and polls the X server
(``xwininfo -root -tree``) until a top-level window titled "Hearth" is mapped: time to first
window, measured from outside the process. The reference is ``python -m app`` from this
checkout, run alternately in the same command, so the ratio holds on a busy machine. Each
round first evicts the bundle's files from the page cache (a cold start of the app's own
files), then starts it again warm, then the reference. Needs Xvfb and
xwininfo (x11-utils). Results: printed, and ``bench/results/frozen_startup.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stats import percentile  # noqa: E402

TIMEOUT_S = 60


def _free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


def _window_mapped(display: str) -> bool:
    out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                         env=dict(os.environ, DISPLAY=display), check=False).stdout
    return any('"Hearth' in line and "x" in line for line in out.splitlines()
               if "has no name" not in line)


def time_to_window(cmd: list[str], cwd: Path) -> float:
    """Seconds from spawning ``cmd`` to its window being mapped on a fresh Xvfb."""
    n = _free_display()
    display = f":{n}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{n}").exists():
            if time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.02)
        with tempfile.TemporaryDirectory(prefix="hearth-bench-home-") as home:
            env = {k: v for k, v in os.environ.items()
                   if not k.startswith(("QT_", "HEARTH_", "LLAMA_CPP", "MTMD"))}
            env.update(DISPLAY=display, HOME=home, QT_QPA_PLATFORM="xcb",
                       XDG_RUNTIME_DIR=home, PYTHONPATH=str(ROOT))
            t0 = time.perf_counter()
            app = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
            try:
                while not _window_mapped(display):
                    if app.poll() is not None:
                        raise RuntimeError(f"{cmd[0]} exited with {app.returncode}")
                    if time.perf_counter() - t0 > TIMEOUT_S:
                        raise RuntimeError(f"no window within {TIMEOUT_S} s")
                    time.sleep(0.01)
                return time.perf_counter() - t0
            finally:
                os.killpg(app.pid, signal.SIGTERM)
                app.wait(10)
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def evict(folder: Path) -> int:
    """Drop ``folder``'s files from the page cache (posix_fadvise DONTNEED, file by file: the
    rest of the machine's cache stays), so the next start reads them from disk: a cold start
    of the app itself, with the system's libraries as warm as on a desktop. Returns bytes."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fdatasync(fd)  # dirty pages (a fresh install) cannot be dropped
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
            total += path.stat().st_size
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("executable", type=Path, help="the frozen hearth executable")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    for tool in ("Xvfb", "xwininfo"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing (apt-get install xvfb x11-utils)", file=sys.stderr)
            return 1
    frozen_cmd = [str(args.executable.resolve())]
    source_cmd = [sys.executable, "-m", "app"]
    bundle = args.executable.resolve().parent
    cold, frozen, source = [], [], []
    for _ in range(args.repeats):
        evict(bundle)
        cold.append(time_to_window(frozen_cmd, Path(tempfile.gettempdir())))
        frozen.append(time_to_window(frozen_cmd, Path(tempfile.gettempdir())))
        source.append(time_to_window(source_cmd, ROOT))
    rows = {"frozen, cold (evicted)": cold, "frozen, warm": frozen,
            "source, warm (reference)": source}
    print(f"{'time to first window (s)':28} {'median':>7} {'min':>7} {'p90':>7}")
    for name, values in rows.items():
        print(f"{name:28} {percentile(values, 0.5):7.2f} {min(values):7.2f} "
              f"{percentile(values, 0.9):7.2f}")
    ratio = percentile(frozen, 0.5) / percentile(source, 0.5)
    print(f"frozen warm / source warm (median): {ratio:.2f}; "
          f"cold / warm: {percentile(cold, 0.5) / percentile(frozen, 0.5):.2f}")
    results = {
        "executable": str(args.executable),
        "repeats": args.repeats,
        "frozen_cold_s": [round(v, 3) for v in cold],
        "frozen_cold_median_s": round(percentile(cold, 0.5), 3),
        "frozen_s": [round(v, 3) for v in frozen],
        "source_s": [round(v, 3) for v in source],
        "frozen_median_s": round(percentile(frozen, 0.5), 3),
        "source_median_s": round(percentile(source, 0.5), 3),
        "ratio_median": round(ratio, 3),
    }
    out = ROOT / "bench" / "results" / "frozen_startup.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
