"""Continuous batching: several answers share one llama.cpp context (the server's slots).

One model, one context with ``n_parallel`` sequences (a KV stream each, as llama-server's
``--parallel``), and one scheduler thread that owns it. Every step decodes the next token of
every answering slot in ONE batch, samples each slot's token with its own sampler (seed,
grammar, penalties, stops, limits), then reads one chunk of a waiting prompt (so a long new
prompt is read in pieces between decode steps instead of stalling the others). Requests
beyond the slots wait in a bounded FIFO queue; past it, :class:`ServerBusyError`.

Per-request work (prompt building, sampler chains, grammar, stop strings, UTF-8-safe text)
is :class:`LlamaCppEngine`'s own (its ``_Turn``), so a batched answer is the same text as a
single one. A slot keeps what its sequence holds after an answer, and the next request with a
common prefix (a chat's follow-up) reads only the new part.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import llama_cpp

from app.core.chat.formats import PromptFormat
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationEvent,
    GenerationRequest,
    LoadOptions,
    ModelInfo,
    Stats,
    StopReason,
    TokenEvent,
)
from app.core.engine.llamacpp import (
    LlamaCppEngine,
    _common_prefix,
    _Turn,
    release_openmp_threads,
)
from app.core.errors import GenerationError, HearthError, ServerBusyError
from app.core.licence import FROM_SETTINGS, DeclarationArg

log = logging.getLogger(__name__)

# A free slot whose cached tokens share at least this many with a new prompt is chosen for it
# (prefix reuse); shorter matches (BOS, a system prompt header) do not outweigh keeping the
# busy sequence ids contiguous, which lets llama.cpp decode all slots in one graph.
_MIN_REUSE = 16
# Seconds without work after which the scheduler lets its OpenMP worker threads go.
_IDLE_RELEASE_S = 1.0


class _Job:
    """One request from its ``generate`` call to its DoneEvent."""

    def __init__(self, tokens: list[int], dropped: int, turn: _Turn, cancel: CancelToken,
                 t0: float) -> None:
        self.tokens = tokens
        self.turn = turn
        self.cancel = cancel
        self.t0 = t0
        self.stats = Stats(prompt_tokens=len(tokens), dropped_messages=dropped)
        # TokenEvent, DoneEvent, or an exception to raise in the caller's thread.
        self.events: queue.SimpleQueue[GenerationEvent | BaseException] = queue.SimpleQueue()
        self.abandoned = False  # the caller stopped reading (a client that went away)
        self.finished = False

    @property
    def stopped(self) -> bool:
        return self.abandoned or self.cancel.cancelled


class _Slot:
    """One sequence of the shared context."""

    def __init__(self, seq: int) -> None:
        self.seq = seq
        self.cached: list[int] = []  # what the KV cache holds for this sequence
        self.job: _Job | None = None
        self.next_token: int | None = None  # sampled, not yet evaluated


class _EventStream:
    """The iterator ``generate`` returns; closing it (or dropping it) cancels the request."""

    def __init__(self, job: _Job, wake: threading.Condition) -> None:
        self._job = job
        self._wake = wake

    def __iter__(self) -> _EventStream:
        return self

    def __next__(self) -> GenerationEvent:
        job = self._job
        if job.finished:
            raise StopIteration
        item = job.events.get()
        if isinstance(item, BaseException):
            job.finished = True
            raise item
        if isinstance(item, DoneEvent):
            job.finished = True
        return item

    def close(self) -> None:
        job = self._job
        if not job.finished:
            job.abandoned = True
            job.finished = True
            with self._wake:
                self._wake.notify()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


class BatchedEngine:
    """A GGUF text model answering up to ``n_parallel`` requests at once (continuous batching).

    ``options.n_ctx`` is each slot's context; the llama.cpp context holds ``n_parallel`` times
    that, as llama-server's ``--parallel`` does. ``generate`` may be called from many threads.
    """

    def __init__(
        self,
        path: str | Path,
        options: LoadOptions | None = None,
        *,
        n_parallel: int = 4,
        max_queue: int = 16,
        declaration: DeclarationArg = FROM_SETTINGS,
    ) -> None:
        if n_parallel < 1:
            raise ValueError("n_parallel must be at least 1")
        options = options or LoadOptions()
        self._engine = LlamaCppEngine(path, options, declaration=declaration,
                                      n_seq_max=n_parallel)
        engine = self._engine
        self._ctx = engine._ctx
        self._mem = engine._mem
        self._n_ctx_slot = engine._n_ctx
        self._n_batch = max(engine._n_batch, n_parallel)
        self._batch = llama_cpp.llama_batch_init(self._n_batch, 0, 1)
        self._slots = [_Slot(i) for i in range(n_parallel)]
        self._max_queue = max(0, max_queue)
        self._waiting: deque[_Job] = deque()
        self._cond = threading.Condition()
        self._closing = False
        self._mean_job_s = 2.0  # a running mean of answer times, for Retry-After
        self._thread = threading.Thread(target=self._run, name="hearth-batch", daemon=True)
        self._thread.start()

    # -- what callers see -----------------------------------------------------------------------

    @property
    def info(self) -> ModelInfo:
        return self._engine.info

    @property
    def prompt_format(self) -> PromptFormat:
        return self._engine.prompt_format

    @property
    def n_parallel(self) -> int:
        return len(self._slots)

    def count_tokens(self, text: str) -> int:
        return self._engine.count_tokens(text)

    def tokenize(self, text: str, *, add_special: bool = False, parse_special: bool = False
                 ) -> list[int]:
        return self._engine.tokenize(text, add_special=add_special, parse_special=parse_special)

    def build_prompt(self, request: GenerationRequest) -> tuple[list[int], int]:
        """Token ids for ``request`` fitted to one slot's context; also dropped turns."""
        return self._engine.build_prompt(request)

    def load(self) -> dict[str, int]:
        """How busy the engine is: slots answering and requests waiting."""
        with self._cond:
            return {"slots": len(self._slots),
                    "busy": sum(s.job is not None for s in self._slots),
                    "waiting": len(self._waiting)}

    def generate(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[GenerationEvent]:
        """Start answering ``request`` and return its events (TokenEvents, then a DoneEvent).

        Bad requests raise here, before anything waits: ContextOverflowError (the prompt does
        not fit a slot), EmptyPromptError, a grammar error, ServerBusyError (every slot busy
        and the queue full). Closing the returned iterator early cancels the request.
        """
        if request.images:
            raise HearthError("This model cannot see pictures.",
                              hint="Choose a Llama 3.2 Vision model to ask about images.")
        t0 = time.perf_counter()
        tokens, dropped = self._engine.build_prompt(request)
        turn = _Turn(self._engine, request.sampling)
        job = _Job(tokens, dropped, turn, cancel or CancelToken(), t0)
        with self._cond:
            if self._closing:
                turn.close()
                raise HearthError("The model was closed.")
            free = sum(s.job is None for s in self._slots)
            if len(self._waiting) - free >= self._max_queue:
                turn.close()
                ahead = len(self._waiting) + 1
                raise ServerBusyError(
                    f"All {len(self._slots)} slots are answering and {len(self._waiting)} "
                    "requests are waiting; try again shortly.",
                    retry_after_s=round(max(1.0, self._mean_job_s * ahead / len(self._slots)),
                                        1),
                )
            self._waiting.append(job)
            self._cond.notify()
        return _EventStream(job, self._cond)

    def close(self) -> None:
        """Stop the scheduler (running answers end as cancelled) and free the model."""
        with self._cond:
            if self._closing:
                return
            self._closing = True
            self._cond.notify()
        self._thread.join()
        llama_cpp.llama_batch_free(self._batch)
        self._engine.close()

    def __enter__(self) -> BatchedEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the scheduler thread -------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while True:
                with self._cond:
                    released = False
                    while not self._closing and not self._waiting and not any(
                        s.job is not None for s in self._slots
                    ):
                        if not self._cond.wait(None if released else _IDLE_RELEASE_S):
                            # Idle a while: hand back this thread's OpenMP workers, so that
                            # another engine decoding meanwhile holds the process's only
                            # pool (see release_openmp_threads); the next step starts new
                            # ones. Back-to-back requests keep the warm ones.
                            release_openmp_threads()
                            released = True
                    if self._closing:
                        break
                    self._admit()
                self._step()
        except BaseException as exc:  # a bug: fail every request rather than hang them
            log.exception("The batch scheduler stopped")
            self._fail_all(GenerationError(f"The model stopped answering: {exc}"))
            return
        self._fail_all(None)

    def _fail_all(self, error: BaseException | None) -> None:
        with self._cond:
            self._closing = True
            jobs = [s.job for s in self._slots if s.job is not None] + list(self._waiting)
            self._waiting.clear()
        for slot in self._slots:
            slot.job = None
        for job in jobs:
            if error is None:
                self._finish_job(job, "cancelled")
            else:
                job.turn.close()
                job.events.put(error)

    def _admit(self) -> None:
        """Give waiting requests free slots, first come first served (holding ``_cond``)."""
        while self._waiting:
            job = self._waiting[0]
            if job.stopped:
                self._waiting.popleft()
                self._finish_job(job, "cancelled")
                continue
            free = [s for s in self._slots if s.job is None]
            if not free:
                return
            self._waiting.popleft()

            def score(slot: _Slot, tokens: list[int] = job.tokens) -> tuple[int, int]:
                n = _common_prefix(slot.cached, tokens)
                return (n if n >= _MIN_REUSE else 0, -slot.seq)

            slot = max(free, key=score)
            n_keep = min(_common_prefix(slot.cached, job.tokens), len(job.tokens) - 1)
            if n_keep < len(slot.cached):
                if not llama_cpp.llama_memory_seq_rm(self._mem, slot.seq, n_keep, -1):
                    llama_cpp.llama_memory_seq_rm(self._mem, slot.seq, -1, -1)
                    n_keep = 0
                del slot.cached[n_keep:]
            job.stats.cached_tokens = n_keep
            slot.job = job
            slot.next_token = None

    def _step(self) -> None:
        """One decode for every answering slot (a token each), then one prompt chunk.

        The answering slots' tokens go in one batch, in sequence order, so llama.cpp computes
        them in one graph. A prompt chunk goes in a batch of its own: with a KV stream per
        sequence llama.cpp would split a mixed batch into two graphs anyway (it takes an equal
        number of rows from each sequence), and a chunk that keeps the single engine's
        boundaries (n_batch tokens from the cached prefix) is computed with the same kernels,
        so every answer, the joining one included, is the one it would be alone.
        """
        for slot in self._slots:
            if slot.job is not None and slot.job.stopped:
                self._release(slot, "cancelled")
        busy = sorted((s for s in self._slots if s.job is not None), key=lambda s: s.seq)
        answering = [s for s in busy if s.next_token is not None]
        if answering:
            for i, slot in enumerate(answering):
                self._put(i, slot.next_token, len(slot.cached), slot.seq, True)  # type: ignore[arg-type]
            if self._decode(len(answering), answering):
                for i, slot in enumerate(answering):
                    slot.cached.append(slot.next_token)  # type: ignore[arg-type]
                    slot.next_token = None
                    self._sample(slot, i)
        reading = [s for s in busy if s.job is not None and s.next_token is None
                   and len(s.cached) < len(s.job.tokens)]
        if reading:
            slot = min(reading, key=lambda s: s.job.t0)  # type: ignore[union-attr]
            job = slot.job
            assert job is not None
            start = len(slot.cached)
            chunk = job.tokens[start : start + self._n_batch]
            last = start + len(chunk) == len(job.tokens)
            for j, token in enumerate(chunk):
                self._put(j, token, start + j, slot.seq, last and j == len(chunk) - 1)
            if self._decode(len(chunk), [slot]):
                slot.cached.extend(chunk)
                if last:
                    self._sample(slot, len(chunk) - 1)

    def _decode(self, n: int, slots: list[_Slot]) -> bool:
        self._batch.n_tokens = n
        rc = llama_cpp.llama_decode(self._ctx, self._batch)
        if rc != 0:
            self._decode_failed(rc, slots)
            return False
        return True

    def _put(self, i: int, token: int, pos: int, seq: int, logits: bool) -> None:
        batch = self._batch
        batch.token[i] = token
        batch.pos[i] = pos
        batch.n_seq_id[i] = 1
        batch.seq_id[i][0] = seq
        batch.logits[i] = logits

    def _sample(self, slot: _Slot, row: int) -> None:
        job = slot.job
        assert job is not None
        turn = job.turn
        try:
            token = turn.sample(row)
        except HearthError as exc:
            slot.job = None
            turn.close()
            job.events.put(exc)
            return
        turn.clock(job.t0, job.stats)
        text, stop = turn.take(token)
        if text:
            job.events.put(TokenEvent(text))
        if stop is None and len(slot.cached) + 1 >= self._n_ctx_slot:
            stop = "length"
        if stop is not None:
            self._release(slot, stop)
        else:
            slot.next_token = token

    def _release(self, slot: _Slot, reason: StopReason) -> None:
        """End the slot's answer; its sequence keeps the tokens for a later common prefix."""
        job = slot.job
        assert job is not None
        slot.job = None
        slot.next_token = None
        self._finish_job(job, reason)
        elapsed = time.perf_counter() - job.t0
        self._mean_job_s = 0.8 * self._mean_job_s + 0.2 * elapsed

    def _finish_job(self, job: _Job, reason: StopReason) -> None:
        try:
            for event in job.turn.finish(reason, job.t0, job.stats):
                job.events.put(event)
        finally:
            job.turn.close()

    def _decode_failed(self, rc: int, slots: list[_Slot]) -> None:
        """llama_decode refused the batch: fail its requests and forget their sequences."""
        reason = ("no room in the KV cache" if rc == 1 else f"llama.cpp error code {rc}")
        for slot in dict.fromkeys(slots):
            job = slot.job
            llama_cpp.llama_memory_seq_rm(self._mem, slot.seq, -1, -1)
            slot.cached.clear()
            slot.job = None
            slot.next_token = None
            if job is not None:
                job.turn.close()
                job.events.put(GenerationError(f"llama.cpp failed while answering ({reason})."))


__all__ = ["BatchedEngine", "ServerBusyError"]
