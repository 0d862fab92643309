"""Download numbers: Hearth's downloader against plain curl, hashing cost, resume cost.

    python bench/download.py [--size-mb 200] [--repeats 3]

A random file (not kept) is served by the tests' fake Hub (tests/support/hub_server.py, a real
HTTP server on 127.0.0.1 that sends file bodies with sendfile). Each repeat downloads it once
with ``curl`` (to a file on the same disk; also followed by ``sha256sum``, for the same
guarantee) and once with Hearth (HEAD for the metadata, ranged
GET, write, sha256 on the fly, fsync, rename, register), interleaved so that both see the same
machine. Then: sha256 throughput on its own, and a pause at 50 % followed by a resume (bytes the
server sent the second time, and the time spent re-hashing the partial). Results are printed and
written to ``bench/results/download.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPO = "bench/Random-GGUF"
FILE = "random.gguf"


def make_file(path: Path, size: int) -> None:
    with path.open("wb") as fh:
        left = size
        while left > 0:
            block = os.urandom(min(8 << 20, left))
            fh.write(block)
            left -= len(block)


def curl_once(url: str, out: Path) -> float:
    began = time.perf_counter()
    subprocess.run(["curl", "-sS", "--fail", "-o", str(out), url], check=True)
    elapsed = time.perf_counter() - began
    out.unlink()
    return elapsed


def curl_sha256sum_once(url: str, out: Path) -> float:
    """curl, then ``sha256sum`` of the file: the same guarantee as Hearth's, done by hand."""
    began = time.perf_counter()
    subprocess.run(["curl", "-sS", "--fail", "-o", str(out), url], check=True)
    subprocess.run(["sha256sum", str(out)], check=True, capture_output=True)
    elapsed = time.perf_counter() - began
    out.unlink()
    return elapsed


def hearth_once() -> float:
    from app.core.models import download as dl
    from app.core.models.local import delete_model, plan_delete

    began = time.perf_counter()
    events = list(dl.download(dl.DownloadRequest(REPO, (FILE,)), token=""))
    elapsed = time.perf_counter() - began
    assert isinstance(events[-1], dl.DownloadDone), events[-1]
    delete_model(plan_delete(Path(FILE).stem))
    return elapsed


def sha256_rate(path: Path, repeats: int) -> float:
    """MB/s of hashlib.sha256 over the file (from the page cache), best of ``repeats``."""
    best = 0.0
    size = path.stat().st_size
    for _ in range(repeats):
        began = time.perf_counter()
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while block := fh.read(8 << 20):
                digest.update(block)
        best = max(best, size / (time.perf_counter() - began) / 1e6)
    return best


def resume_numbers(hub: object, size: int) -> dict[str, float]:
    from app.core.engine.base import CancelToken
    from app.core.models import download as dl
    from app.core.models.local import delete_model, plan_delete

    hub.throttle_bps = size / 2.0  # type: ignore[attr-defined]
    cancel = CancelToken()
    for event in dl.download(dl.DownloadRequest(REPO, (FILE,)), cancel, token=""):
        if isinstance(event, dl.DownloadProgress) and event.done >= size // 2:
            cancel.cancel()
    hub.throttle_bps = None  # type: ignore[attr-defined]
    hub.clear_log()  # type: ignore[attr-defined]
    rehash = 0.0
    for event in dl.download(dl.DownloadRequest(REPO, (FILE,)), token=""):
        if isinstance(event, dl.DownloadVerified):
            rehash = event.rehash_seconds
    fetched = hub.bytes_served()  # type: ignore[attr-defined]
    range_start = hub.file_gets()[0].range_start  # type: ignore[attr-defined]
    delete_model(plan_delete(Path(FILE).stem))
    return {"resume_range_start": range_start or 0, "resume_fetched_bytes": fetched,
            "resume_fetched_fraction": fetched / size, "rehash_seconds": rehash}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "download.json"))
    args = parser.parse_args()
    if shutil.which("curl") is None:
        print("curl is not installed", file=sys.stderr)
        return 1

    from tests.support.hub_server import FakeHub

    size = args.size_mb * 1_000_000
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as tmp:
        tmpdir = Path(tmp)
        os.environ["HEARTH_HOME"] = str(tmpdir / "home")
        source = tmpdir / FILE
        make_file(source, size)
        hub = FakeHub().start()
        hub.add_repo(REPO, {FILE: source})
        os.environ["HF_ENDPOINT"] = hub.url
        url = f"{hub.url}/{REPO}/resolve/main/{FILE}"
        curl_s, curl_hash_s, hearth_s = [], [], []
        try:
            curl_once(url, tmpdir / "warm.bin")
            for _ in range(args.repeats):
                curl_s.append(curl_once(url, tmpdir / "curl.bin"))
                hearth_s.append(hearth_once())
                if shutil.which("sha256sum"):
                    curl_hash_s.append(curl_sha256sum_once(url, tmpdir / "curl.bin"))
            hash_mb_s = sha256_rate(source, args.repeats)
            resume = resume_numbers(hub, size)
        finally:
            hub.stop()

    curl_mb_s = size / statistics.median(curl_s) / 1e6
    hearth_mb_s = size / statistics.median(hearth_s) / 1e6
    result = {
        "file_bytes": size,
        "repeats": args.repeats,
        "curl_MB_s": round(curl_mb_s, 1),
        "hearth_MB_s": round(hearth_mb_s, 1),
        "ratio_hearth_to_curl": round(hearth_mb_s / curl_mb_s, 3),
        "curl_then_sha256sum_MB_s": round(size / statistics.median(curl_hash_s) / 1e6, 1)
        if curl_hash_s else None,
        "sha256_MB_s": round(hash_mb_s, 1),
        "sha256_seconds_per_GB": round(1000 / hash_mb_s, 2),
        **{k: round(v, 3) if isinstance(v, float) else v for k, v in resume.items()},
        "curl_seconds": [round(s, 3) for s in curl_s],
        "hearth_seconds": [round(s, 3) for s in hearth_s],
        "cpus": os.cpu_count(),
    }
    print(json.dumps(result, indent=2))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
