"""llama.cpp's OpenMP workers: a model loaded on one thread and answered on another leaves no
idle pool behind, so the answering thread's workers spin at graph barriers (as in llama.cpp's
own tools) instead of sleeping on a futex at each of them.

libgomp keeps a pool of workers per thread that ran a graph; with more OpenMP threads than
CPUs it makes every barrier a sleep and a wake-up (hundreds per token), which cost Hearth's
server ~40% of its decode speed on 2 cores. Counts, not timings: voluntary context switches
per generated token are what a sleeping barrier leaves behind, whatever the machine's load.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.core.engine.base import DoneEvent, GenerationRequest, LoadOptions, SamplingParams
from app.core.engine.batch import BatchedEngine
from app.core.engine.llamacpp import LlamaCppEngine, release_openmp_threads

TASKS = Path("/proc/self/task")
pytestmark = pytest.mark.skipif(not TASKS.is_dir(), reason="needs Linux's /proc")


def _tasks() -> set[str]:
    return {t.name for t in TASKS.iterdir()}


def _settled_tasks(expected: set[str], timeout_s: float = 5.0) -> set[str]:
    """This process's threads once exiting ones are gone (a freed pool's workers exit on
    their own, a moment after the pause returns)."""
    deadline = time.monotonic() + timeout_s
    now = _tasks()
    while now - expected and time.monotonic() < deadline:
        time.sleep(0.02)
        now = _tasks()
    return now


def _steady_tasks(timeout_s: float = 3.0) -> set[str]:
    """This process's threads once none has exited for 0.2 s."""
    deadline = time.monotonic() + timeout_s
    last = _tasks()
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now = _tasks()
        if now == last:
            break
        last = now
    return last


def _voluntary_switches() -> int:
    total = 0
    for task in TASKS.iterdir():
        try:
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    total += int(line.split()[1])
        except OSError:  # a thread that just exited
            continue
    return total


def _options() -> LoadOptions:
    return LoadOptions(n_ctx=512, n_threads=2, n_gpu_layers=0)


@pytest.fixture(scope="module")
def uses_libgomp(smollm2_gguf: Path) -> None:
    # On a thread of its own: its OpenMP workers go when it ends, whatever the engine does.
    worker = threading.Thread(target=lambda: LlamaCppEngine(smollm2_gguf, _options()).close())
    worker.start()
    worker.join()
    if not release_openmp_threads():
        pytest.skip("this llama.cpp build does not use OpenMP (libgomp)")


def test_loading_leaves_no_idle_openmp_workers(smollm2_gguf: Path, uses_libgomp: None) -> None:
    release_openmp_threads()  # whatever an earlier test left on this thread
    before = _steady_tasks()
    engine = LlamaCppEngine(smollm2_gguf, _options())  # its warm-up runs a 2-thread graph
    try:
        assert _settled_tasks(before) == before
        # An answer on another thread: its workers are handed back when it ends, too.
        done: list[DoneEvent] = []

        def answer() -> None:
            request = GenerationRequest(
                prompt="Once upon a time",
                sampling=SamplingParams(temperature=0.0, max_tokens=8))
            done.extend(e for e in engine.generate(request) if isinstance(e, DoneEvent))

        worker = threading.Thread(target=answer)
        worker.start()
        worker.join()
        assert done and done[0].stats.completion_tokens == 8
        # The worker thread has exited; the model itself holds no OpenMP threads.
        assert _settled_tasks(before) == before
    finally:
        engine.close()


def test_batched_answers_do_not_sleep_at_every_barrier(smollm2_gguf: Path,
                                                       uses_libgomp: None) -> None:
    """The server's case: loaded on one thread, decoded on the scheduler's. Before the fix
    the two pools made ~750 futex sleeps per SmolLM2 token; spinning leaves ~0-2 (a thread
    preempted by another program for longer than libgomp spins may still sleep)."""
    gen = 48
    with BatchedEngine(smollm2_gguf, _options(), n_parallel=2) as engine:
        request = GenerationRequest(prompt="Once upon a time",
                                    sampling=SamplingParams(temperature=0.0, max_tokens=gen))
        list(engine.generate(request))  # the scheduler's first graph starts its workers
        start = _voluntary_switches()
        events = list(engine.generate(request))
        switches = _voluntary_switches() - start
    done = events[-1]
    assert isinstance(done, DoneEvent) and done.stats.completion_tokens == gen
    assert switches / gen < 60, f"{switches / gen:.0f} voluntary switches per token"


def test_idle_scheduler_lets_its_workers_go(smollm2_gguf: Path, uses_libgomp: None) -> None:
    """A server between requests holds no OpenMP workers (a window chat decoding meanwhile
    on its own engine then holds the only pool); back-to-back requests keep them warm."""
    release_openmp_threads()
    before = _steady_tasks()
    with BatchedEngine(smollm2_gguf, _options(), n_parallel=1) as engine:
        request = GenerationRequest(prompt="Once upon a time",
                                    sampling=SamplingParams(temperature=0.0, max_tokens=4))
        list(engine.generate(request))
        busy = _tasks() - before
        assert len(busy) >= 2  # the scheduler and its OpenMP worker
        deadline = time.monotonic() + 10
        while len(_tasks() - before) > 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(_tasks() - before) == 1  # only the scheduler thread is left
        # It answers again with new workers.
        done = list(engine.generate(request))[-1]
        assert isinstance(done, DoneEvent) and done.stats.completion_tokens == 4
