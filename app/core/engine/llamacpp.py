"""The text engine: llama.cpp through llama-cpp-python's low-level API.

The high-level ``Llama`` class re-detokenizes the whole completion for every token, keeps all
logits when asked for stats and has no way to abort a long prompt evaluation. This engine drives
``llama_decode`` and a sampler chain itself, detokenizes incrementally (UTF-8 safe), reuses the
KV cache for the common prefix of consecutive prompts (so follow-up turns start fast), and stops
within one graph computation when cancelled (llama.cpp's abort callback).
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import logging
import os
import re
import threading
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import llama_cpp
import numpy as np

from app.core import hardware
from app.core.chat.context import fit_messages
from app.core.chat.formats import PromptFormat, choose_format
from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    GenerationEvent,
    GenerationRequest,
    LoadOptions,
    ModelInfo,
    SamplingParams,
    Stats,
    StopReason,
    TokenEvent,
)
from app.core.engine.gbnf import check_grammar
from app.core.errors import (
    QT_TRANSLATE_NOOP,
    ContextOverflowError,
    EmptyPromptError,
    GenerationError,
    HearthError,
    ModelFileError,
)
from app.core.licence import FROM_SETTINGS, DeclarationArg, ensure_load_allowed
from app.core.models.gguf_file import GGUFInfo, read_gguf_info
from app.core.models.memory import OffloadPlan, check_fits, plan_offload
from app.core.models.names import display_name
from app.core.texts import CoreText

log = logging.getLogger(__name__)

# llama_token_data as numpy sees it (id, logit, p), for building candidate lists quickly.
_TOKEN_DATA = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)])

# Architectures other engines handle; the text engine names the right one instead of failing.
_VISION_ARCHITECTURES = {"mllama", "clip"}

# ---------------------------------------------------------------------------------------------
# llama.cpp's log goes to Python logging, and the last lines explain a failed load.

_recent_log: deque[str] = deque(maxlen=64)
_log_lock = threading.Lock()
_backend_ready = False


@llama_cpp.llama_log_callback
def _log_callback(level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
    try:
        line = text.decode("utf-8", errors="replace").rstrip()
    except Exception:  # never let an exception cross the C boundary
        return
    if line:
        _recent_log.append(line)
        log.log(logging.WARNING if level in (3, 4) else logging.DEBUG, "llama.cpp: %s", line)


def _ensure_backend() -> None:
    global _backend_ready
    with _log_lock:
        if not _backend_ready:
            llama_cpp.llama_log_set(_log_callback, ctypes.c_void_p(0))
            llama_cpp.llama_backend_init()
            # GGML_BACKEND_DL builds ship CUDA/Vulkan/CPU variants as loadable files.
            hardware.load_backends()
            _backend_ready = True


# ---------------------------------------------------------------------------------------------
# OpenMP threads: llama.cpp's CPU backend (built with OpenMP) runs every graph on a team of
# libgomp threads, and libgomp keeps one pool of idle workers for each thread that ever ran a
# graph. Once the process holds more OpenMP threads than CPUs, libgomp stops spinning at
# barriers and sleeps on a futex at every one of them: several hundred sleeps and wake-ups per
# token, ~0.6x the speed on 2 cores. A model loaded on one thread (its warm-up decode) and
# answered on another (the server's scheduler, the window's workers) would hold two pools;
# each thread hands its pool back once it stops decoding, so the one decoding holds the only
# one, as in llama.cpp's own tools.

_omp_pause: Any = None


def release_openmp_threads() -> bool:
    """Free this thread's idle OpenMP workers (libgomp's ``omp_pause_resource_all``); the next
    graph this thread computes starts new ones (~0.1 ms). False where libgomp is not in use."""
    global _omp_pause
    if _omp_pause is None:
        _omp_pause = False
        mode = getattr(os, "RTLD_NOLOAD", 0) | ctypes.RTLD_GLOBAL
        with contextlib.suppress(OSError, AttributeError):
            # Only a libgomp llama.cpp already loaded: never load one of our own.
            pause = ctypes.CDLL("libgomp.so.1", mode=mode).omp_pause_resource_all
            pause.argtypes = [ctypes.c_int]
            pause.restype = ctypes.c_int
            _omp_pause = pause
    if not _omp_pause:
        return False
    return _omp_pause(1) == 0  # omp_pause_soft


def _load_failure_reason(lines: list[str]) -> str:
    """The most specific thing llama.cpp said about a failure, for the error message."""
    for marker in ("error loading model:", "error:", "failed"):
        for line in reversed(lines):
            if marker in line.lower():
                reason = line.split(marker, 1)[-1].strip() if marker.endswith(":") else line
                return reason.split(": ", 1)[-1] if reason.startswith("llama") else reason
    return lines[-1] if lines else "no reason given"


# ---------------------------------------------------------------------------------------------


class LlamaCppEngine:
    """A loaded GGUF text model with one context, used from one thread at a time."""

    #: Pick greedy and top-k tokens from a numpy shortlist (see _shortlist_size); the
    #: full-vocabulary path stays for comparison.
    shortlist_sampling: bool = True

    def __init__(
        self,
        path: str | Path,
        options: LoadOptions | None = None,
        *,
        declaration: DeclarationArg = FROM_SETTINGS,
        n_seq_max: int = 1,
    ) -> None:
        """``n_seq_max`` sequences (continuous batching, see app.core.engine.batch) each get
        ``options.n_ctx`` positions of their own in one context of ``n_seq_max`` times that."""
        options = options or LoadOptions()
        self._path = Path(path)
        gguf = read_gguf_info(self._path)
        # Also here, not only in load_engine: constructing the engine directly must not skip
        # the Llama 3.2 vision licence check (see app.core.licence).
        ensure_load_allowed(gguf, declaration)
        if gguf.architecture in _VISION_ARCHITECTURES:
            raise ModelFileError.of(
                QT_TRANSLATE_NOOP("core", "{file} is part of a vision model ({architecture}); "
                                  "it cannot be opened as a text model."),
                hint=QT_TRANSLATE_NOOP("core", "Open it as an image Q&A model instead."),
                file=self._path.name, architecture=gguf.architecture,
            )
        n_ctx = options.n_ctx
        if gguf.n_ctx_train:
            n_ctx = min(n_ctx, gguf.n_ctx_train)
        n_ctx = max(n_ctx, 64)
        self._n_seq_max = max(1, n_seq_max)
        n_ctx *= self._n_seq_max
        self._gguf = gguf
        self._n_threads = options.n_threads or hardware.physical_cores()
        self._n_batch = max(16, options.n_batch)
        if options.n_gpu_layers is None:
            plan = plan_offload(gguf, n_ctx, hardware.devices(), self._n_batch)
        else:
            plan = OffloadPlan(options.n_gpu_layers, None, "GPU layers set in Settings.")
        if options.check_memory:
            check_fits(gguf, n_ctx, hardware.available_memory(), self._n_batch,
                       plan.n_gpu_layers)

        _ensure_backend()
        self._notice: str | None = None
        self._model = None
        try:
            model, ctx = self._load(n_ctx, plan.n_gpu_layers)
        except ModelFileError as exc:
            if plan.n_gpu_layers == 0:
                raise
            # A GPU that fails to initialise must not stop the person: run on the CPU, and
            # say so (the window shows the notice; the CLI prints it).
            log.warning("GPU load failed, falling back to the CPU: %s", exc)
            if options.check_memory:
                check_fits(gguf, n_ctx, hardware.available_memory(), self._n_batch, 0)
            model, ctx = self._load(n_ctx, 0)
            self._notice = CoreText(QT_TRANSLATE_NOOP(
                "core", "The GPU could not be used ({reason}); Hearth runs on the CPU."),
                {"reason": exc.message})
            plan = OffloadPlan(0, None, "Fell back to the CPU.")
        n_gpu_layers = plan.n_gpu_layers
        self._offload = plan.reason
        self._model = model
        self._ctx = ctx
        self._vocab = llama_cpp.llama_model_get_vocab(model)
        self._mem = llama_cpp.llama_get_memory(ctx)
        self._n_ctx = llama_cpp.llama_n_ctx(ctx) // self._n_seq_max  # one sequence's share
        self._batch = llama_cpp.llama_batch_init(self._n_batch, 0, 1)
        self._kv_tokens: list[int] = []  # what the KV cache holds, position by position
        self._busy = threading.Lock()

        # Cancellation inside llama_decode: llama.cpp polls this between graph nodes. It is set
        # only while a long prompt is evaluated; single-token steps check between tokens.
        self._cancel = CancelToken()
        self._abort_cb = llama_cpp.ggml_abort_callback(lambda _data: self._cancel.cancelled)

        self._warm_up()
        try:
            self._format: PromptFormat = self._choose_format(gguf)
        except HearthError:
            self.close()
            raise
        self._info = ModelInfo(
            path=self._path,
            name=display_name(self._path),
            architecture=gguf.architecture,
            n_ctx=self._n_ctx,
            n_ctx_train=llama_cpp.llama_model_n_ctx_train(model),
            n_params=llama_cpp.llama_model_n_params(model),
            size_bytes=gguf.size_bytes,
            chat_format=self._format.name,
            n_threads=self._n_threads,
            n_gpu_layers=n_gpu_layers,
            offload=self._offload,
            notice=self._notice,
        )

    def _load(self, n_ctx: int, n_gpu_layers: int) -> tuple[Any, Any]:
        """Load the weights and create a context; ModelFileError with llama.cpp's reason."""
        mark = len(_recent_log)
        mparams = llama_cpp.llama_model_default_params()
        mparams.n_gpu_layers = n_gpu_layers
        model = llama_cpp.llama_model_load_from_file(str(self._path).encode(), mparams)
        if not model:
            lines = list(_recent_log)[mark:] if len(_recent_log) > mark else list(_recent_log)
            reason = _load_failure_reason(lines)
            if "unknown model architecture" in reason:
                raise ModelFileError.of(
                    QT_TRANSLATE_NOOP("core", "{file} holds a '{architecture}' model, an "
                                      "architecture this version of llama.cpp cannot run."),
                    hint=QT_TRANSLATE_NOOP("core", "Choose a Llama 3.2 model, or update "
                                           "Hearth."),
                    file=self._path.name, architecture=self._gguf.architecture,
                )
            raise ModelFileError.of(QT_TRANSLATE_NOOP(
                "core", "llama.cpp could not load {file}: {reason}."),
                                    file=self._path.name, reason=reason)
        cparams = llama_cpp.llama_context_default_params()
        cparams.n_ctx = n_ctx
        cparams.n_batch = self._n_batch
        cparams.n_ubatch = self._n_batch
        cparams.n_threads = self._n_threads
        cparams.n_threads_batch = self._n_threads
        # Several sequences keep separate KV streams (llama.cpp's default, and llama-server's
        # with --parallel N), so each holds its own n_ctx and none crowds out another.
        cparams.n_seq_max = self._n_seq_max
        cparams.no_perf = True
        if n_gpu_layers == 0:
            # CPU only means the CPU: llama.cpp would otherwise still send large batches'
            # matrix products to a GPU, copying the weights there each time.
            cparams.op_offload = False
        ctx = llama_cpp.llama_init_from_model(model, cparams)
        if not ctx:
            llama_cpp.llama_model_free(model)
            raise ModelFileError.of(
                QT_TRANSLATE_NOOP("core", "llama.cpp could not create a {n_ctx}-token context for "
                                  "{file}: {reason}."),
                hint=QT_TRANSLATE_NOOP("core", "Lower the context size in Settings."),
                n_ctx=f"{n_ctx:,}", file=self._path.name,
                reason=_load_failure_reason(list(_recent_log)[mark:]),
            )
        return model, ctx

    def _choose_format(self, gguf: GGUFInfo) -> PromptFormat:
        """The model's prompt format, tried once now so a broken or hostile chat template is
        reported when the model is opened, not in the middle of a conversation."""
        template = llama_cpp.llama_model_chat_template(self._model, None)
        fmt = choose_format(
            template.decode("utf-8", errors="replace") if template else None,
            architecture=gguf.architecture,
            token_texts=self._has_token_text,
            bos_token=self._token_text(llama_cpp.llama_vocab_bos(self._vocab)),
            eos_token=self._token_text(llama_cpp.llama_vocab_eos(self._vocab)),
        )
        fmt.render([Message("system", "Hi."), Message("user", "Hello"),
                    Message("assistant", "Hello!"), Message("user", "Thanks")])
        return fmt

    def _warm_up(self) -> None:
        """One throw-away decode at load time, as llama.cpp's tools do: the first real one
        would otherwise pay for thread start-up and weight repacking (over a second on CPU)."""
        bos = llama_cpp.llama_vocab_bos(self._vocab)
        token = bos if bos >= 0 else 0
        self._eval_batches([token, token], 0)
        llama_cpp.llama_memory_clear(self._mem, True)
        self._kv_tokens = []
        release_openmp_threads()  # the thread answering may be another one

    # -- properties ---------------------------------------------------------------------------

    @property
    def info(self) -> ModelInfo:
        return self._info

    @property
    def gguf(self) -> GGUFInfo:
        return self._gguf

    @property
    def prompt_format(self) -> PromptFormat:
        return self._format

    # -- tokens -------------------------------------------------------------------------------

    def tokenize(self, text: str, *, add_special: bool = False, parse_special: bool = False
                 ) -> list[int]:
        """Token ids of ``text``; ``parse_special`` turns "<|eot_id|>" into its control token."""
        data = text.encode("utf-8")
        capacity = len(data) + 8
        buf = (llama_cpp.llama_token * capacity)()
        n = llama_cpp.llama_tokenize(
            self._vocab, data, len(data), buf, capacity, add_special, parse_special
        )
        if n < 0:  # cannot happen with one slot per byte, but be exact
            capacity = -n
            buf = (llama_cpp.llama_token * capacity)()
            n = llama_cpp.llama_tokenize(
                self._vocab, data, len(data), buf, capacity, add_special, parse_special
            )
        return list(buf[:n])

    def count_tokens(self, text: str) -> int:
        return len(self.tokenize(text))

    def _count_prompt_tokens(self, text: str) -> int:
        return len(self.tokenize(text, parse_special=True))

    def token_piece(self, token: int, *, special: bool = False) -> bytes:
        """The raw bytes of one token (may be part of a multi-byte UTF-8 character)."""
        buf = ctypes.create_string_buffer(64)
        n = llama_cpp.llama_token_to_piece(self._vocab, token, buf, 64, 0, special)
        if n < 0:
            buf = ctypes.create_string_buffer(-n)
            n = llama_cpp.llama_token_to_piece(self._vocab, token, buf, -n, 0, special)
        return buf.raw[:n]

    def detokenize(self, tokens: list[int]) -> str:
        """All of ``tokens`` at once by llama.cpp: the reference for the incremental decoder."""
        arr = (llama_cpp.llama_token * max(len(tokens), 1))(*tokens)
        size = 16 * len(tokens) + 16
        buf = ctypes.create_string_buffer(size)
        n = llama_cpp.llama_detokenize(self._vocab, arr, len(tokens), buf, size, False, False)
        if n < 0:
            buf = ctypes.create_string_buffer(-n)
            n = llama_cpp.llama_detokenize(self._vocab, arr, len(tokens), buf, -n, False, False)
        return buf.raw[:n].decode("utf-8", errors="replace")

    def _token_text(self, token: int) -> str:
        if token < 0:
            return ""
        return self.token_piece(token, special=True).decode("utf-8", errors="replace")

    def _has_token_text(self, text: str) -> bool:
        ids = self.tokenize(text, parse_special=True)
        return len(ids) == 1 and llama_cpp.llama_vocab_is_control(self._vocab, ids[0])

    # -- generation ---------------------------------------------------------------------------

    def build_prompt(self, request: GenerationRequest) -> tuple[list[int], int]:
        """Token ids for ``request`` after fitting the chat to the context; also dropped turns."""
        max_tokens = request.sampling.max_tokens
        reserve = max_tokens if max_tokens else min(1024, self._n_ctx // 4)
        reserve = min(reserve, self._n_ctx // 2)
        if request.prompt is not None:
            if not request.prompt.strip():
                raise EmptyPromptError("The prompt is empty; type something to send.")
            tokens = self.tokenize(request.prompt, add_special=True, parse_special=False)
            dropped = 0
        else:
            fmt = self._format_for(request)
            fit = fit_messages(
                request.messages, fmt, self._count_prompt_tokens, self._n_ctx, reserve
            )
            render_segments = getattr(fmt, "render_segments", None)
            if render_segments is not None:
                # Control markup parsed, message content as plain text (see Llama3Format).
                tokens = []
                for text, special in render_segments(fit.messages):
                    tokens += self.tokenize(text, parse_special=special)
            else:
                tokens = self.tokenize(
                    fit.prompt, add_special=not fmt.adds_bos, parse_special=True
                )
            dropped = fit.dropped
        if len(tokens) + 1 > self._n_ctx:
            raise ContextOverflowError(
                f"The prompt is {len(tokens):,} tokens but the model's context holds "
                f"{self._n_ctx:,}.",
                hint="Shorten it or raise the context size in Settings.",
            )
        return tokens, dropped

    def _format_for(self, request: GenerationRequest) -> PromptFormat:
        fmt = self._format
        if not request.add_default_system and hasattr(fmt, "without_default_system"):
            return fmt.without_default_system()  # type: ignore[no-any-return]
        return fmt

    @contextlib.contextmanager
    def _in_use(self, cancel: CancelToken) -> Iterator[None]:
        """Hold the engine for one answer: one at a time, cancellable inside llama_decode."""
        if not self._busy.acquire(blocking=False):
            raise HearthError("The model is still answering; stop it first.")
        try:
            self._cancel = cancel
            yield
        finally:
            self._cancel = CancelToken()
            # The next answer may run on another thread (the window starts one per answer).
            release_openmp_threads()
            self._busy.release()

    def generate(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[GenerationEvent]:
        cancel = cancel or CancelToken()
        with self._in_use(cancel):
            yield from self._generate(request, cancel)

    def reuse_prefix(self, tokens: list[int], *, keep_last: bool = True) -> int:
        """Drop what the KV cache holds beyond its common prefix with ``tokens``; return the
        number of positions kept. With ``keep_last`` the last token is always left to
        evaluate (its logits are needed)."""
        n_keep = _common_prefix(self._kv_tokens, tokens)
        if keep_last:
            n_keep = min(n_keep, len(tokens) - 1)
        if n_keep < len(self._kv_tokens):
            if not llama_cpp.llama_memory_seq_rm(self._mem, 0, n_keep, -1):
                llama_cpp.llama_memory_clear(self._mem, True)
                n_keep = 0
            self._kv_tokens = self._kv_tokens[:n_keep]
        return n_keep

    def truncate(self, n: int) -> None:
        """Forget every KV position from ``n`` on (rejected draft tokens)."""
        if n < len(self._kv_tokens):
            llama_cpp.llama_memory_seq_rm(self._mem, 0, n, -1)
            self._kv_tokens = self._kv_tokens[:n]

    def generate_tokens(self, tokens: list[int], sampling: SamplingParams,
                        cancel: CancelToken | None = None) -> Iterator[GenerationEvent]:
        """Continue a prompt given as token ids (a classifier's exact prompt), reusing the
        KV cache for the part of it already held."""
        if not tokens:
            raise EmptyPromptError("The prompt is empty.")
        if len(tokens) + 1 > self._n_ctx:
            raise ContextOverflowError(
                f"The prompt is {len(tokens):,} tokens but the model's context holds "
                f"{self._n_ctx:,}.")
        cancel = cancel or CancelToken()
        with self._in_use(cancel):
            yield from self._generate_from(list(tokens), sampling, cancel, time.perf_counter(),
                                           Stats(prompt_tokens=len(tokens)))

    def prefill(self, tokens: list[int]) -> int:
        """Put ``tokens`` in the KV cache (a fixed prefix read ahead); returns how many were
        evaluated (0 when the cache held them already)."""
        with self._in_use(CancelToken()):
            n_keep = self.reuse_prefix(tokens, keep_last=False)
            if n_keep < len(tokens):
                self._eval(tokens[n_keep:], n_keep)
            return len(tokens) - n_keep

    def save_state(self) -> tuple[bytes, tuple[int, ...]]:
        """A copy of the KV cache and the tokens it holds, to put back with
        :meth:`load_state` (a classifier keeps one fixed prefix per role this way)."""
        size = llama_cpp.llama_state_seq_get_size(self._ctx, 0)
        buf = (ctypes.c_uint8 * size)()
        n = llama_cpp.llama_state_seq_get_data(self._ctx, buf, size, 0)
        return bytes(buf[:n]), tuple(self._kv_tokens)

    def load_state(self, state: tuple[bytes, tuple[int, ...]]) -> bool:
        """Replace the KV cache by a :meth:`save_state` copy; False (cache empty) if refused."""
        data, tokens = state
        llama_cpp.llama_memory_clear(self._mem, True)
        self._kv_tokens = []
        buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        if not llama_cpp.llama_state_seq_set_data(self._ctx, buf, len(data), 0):
            llama_cpp.llama_memory_clear(self._mem, True)
            return False
        self._kv_tokens = list(tokens)
        return True

    def _generate(self, request: GenerationRequest, cancel: CancelToken
                  ) -> Iterator[GenerationEvent]:
        if request.images:
            raise HearthError("This model cannot see pictures.",
                              hint="Choose a Llama 3.2 Vision model to ask about images.")
        t0 = time.perf_counter()
        tokens, dropped = self.build_prompt(request)
        stats = Stats(prompt_tokens=len(tokens), dropped_messages=dropped)
        yield from self._generate_from(tokens, request.sampling, cancel, t0, stats)

    def _generate_from(self, tokens: list[int], sampling: SamplingParams, cancel: CancelToken,
                       t0: float, stats: Stats) -> Iterator[GenerationEvent]:
        # Reuse the KV cache for the part of the prompt it already holds.
        n_keep = self.reuse_prefix(tokens)
        stats.cached_tokens = n_keep

        turn = _Turn(self, sampling)
        try:
            cancelled = turn.read_prompt(tokens[n_keep:], n_keep, t0, stats)
            if cancelled is not None:
                yield cancelled
                return
            reason: StopReason = "eos"
            while True:
                if cancel.cancelled:
                    reason = "cancelled"
                    break
                token = turn.sample(-1)
                turn.clock(t0, stats)
                text, stop = turn.take(token)
                if text:
                    yield TokenEvent(text)
                if stop is not None:
                    reason = stop
                    break
                if len(self._kv_tokens) + 1 >= self._n_ctx:
                    reason = "length"
                    break
                if not self._eval([token], len(self._kv_tokens)):
                    reason = "cancelled"
                    break
            yield from turn.finish(reason, t0, stats)
        finally:
            turn.close()

    def _eval(self, tokens: list[int], start: int, *, abortable: bool = False,
              all_logits: bool = False) -> bool:
        """Evaluate ``tokens`` from position ``start``; False when cancelled (cache rolled back).

        Logits are kept for the last token, or with ``all_logits`` for every row (one batch:
        the caller keeps ``tokens`` within n_batch), as draft verification needs."""
        if abortable and len(tokens) > 1:
            llama_cpp.llama_set_abort_callback(self._ctx, self._abort_cb, None)
        try:
            return self._eval_batches(tokens, start, all_logits)
        finally:
            if abortable and len(tokens) > 1:
                llama_cpp.llama_set_abort_callback(self._ctx, llama_cpp.ggml_abort_callback(0),
                                                   None)

    def _eval_batches(self, tokens: list[int], start: int, all_logits: bool = False) -> bool:
        batch = self._batch
        pos = start
        for i in range(0, len(tokens), self._n_batch):
            chunk = tokens[i : i + self._n_batch]
            last_chunk = i + self._n_batch >= len(tokens)
            batch.n_tokens = len(chunk)
            for j, tok in enumerate(chunk):
                batch.token[j] = tok
                batch.pos[j] = pos + j
                batch.n_seq_id[j] = 1
                batch.seq_id[j][0] = 0
                batch.logits[j] = 1 if (all_logits or (last_chunk and j == len(chunk) - 1)) else 0
            rc = 2 if self._cancel.cancelled else llama_cpp.llama_decode(self._ctx, batch)
            if rc == 2:
                llama_cpp.llama_memory_seq_rm(self._mem, 0, start, -1)
                self._kv_tokens = self._kv_tokens[:start]
                return False
            if rc != 0:
                llama_cpp.llama_memory_seq_rm(self._mem, 0, start, -1)
                self._kv_tokens = self._kv_tokens[:start]
                raise GenerationError(
                    f"llama.cpp failed while reading the prompt (code {rc}): "
                    f"{_load_failure_reason(list(_recent_log))}."
                )
            self._kv_tokens.extend(chunk)
            pos += len(chunk)
        return True

    def _make_grammar(self, grammar: str) -> ctypes.c_void_p:
        """A grammar sampler for ``grammar`` (GBNF, rule ``root``); HearthError if invalid.

        The grammar is checked in Python first: a few mistakes make llama.cpp's parser loop
        until memory runs out instead of failing (see :mod:`app.core.engine.gbnf`).
        """
        check_grammar(grammar)
        mark = len(_recent_log)
        sampler = llama_cpp.llama_sampler_init_grammar(
            self._vocab, grammar.encode("utf-8"), b"root"
        )
        if not sampler:
            lines = list(_recent_log)[mark:] or list(_recent_log)
            raise GenerationError(
                f"llama.cpp could not use the grammar: {_load_failure_reason(lines)}."
            )
        return sampler

    def _grammar_allows(self, grammar: ctypes.c_void_p, token: int) -> bool:
        """Whether ``grammar`` accepts ``token`` next: an ``apply`` over a one-token candidate
        list (a rejected token's logit becomes -inf). Never ``accept`` a token without this:
        llama.cpp aborts the process on a token its grammar rejects."""
        data = (llama_cpp.llama_token_data * 1)()
        data[0].id = token
        array = llama_cpp.llama_token_data_array(data=data, size=1, selected=-1, sorted=False)
        llama_cpp.llama_sampler_apply(grammar, ctypes.byref(array))
        return array.size == 1 and data[0].logit != float("-inf")

    def _replay_into_grammar(self, grammar: ctypes.c_void_p, tokens: list[int]) -> bool:
        """Feed ``tokens`` to ``grammar``, checking each one first; False if one does not fit."""
        for token in tokens:
            if not self._grammar_allows(grammar, token):
                return False
            llama_cpp.llama_sampler_accept(grammar, token)
        return True

    def _candidates(self, idx: int = -1) -> llama_cpp.llama_token_data_array:
        """Every token with row ``idx``'s logit, as llama_sampler_sample builds it."""
        n_vocab = llama_cpp.llama_vocab_n_tokens(self._vocab)
        if getattr(self, "_cand", None) is None or len(self._cand) != n_vocab:
            self._cand = np.zeros(n_vocab, dtype=_TOKEN_DATA)
            self._cand_ids = np.arange(n_vocab, dtype=np.int32)
        logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(self._ctx, idx),
                                       shape=(n_vocab,))
        self._cand["id"] = self._cand_ids
        self._cand["logit"] = logits
        self._cand["p"] = 0.0
        return llama_cpp.llama_token_data_array(
            data=self._cand.ctypes.data_as(llama_cpp.llama_token_data_p),
            size=n_vocab, selected=-1, sorted=False,
        )

    def _shortlist_size(self, params: SamplingParams) -> int:
        """How many top logits fully decide the next token for ``params``; 0 when all do.

        Greedy picks the top logit, and top-k keeps only the k best, so the rest of the
        chain (top-p, min-p, temperature, the seeded draw) sees exactly those k either way.
        Picking them with numpy instead of letting ``llama_sampler_sample`` copy and sort all
        128k candidates cuts sampling from ~0.3 ms to ~0.03 ms per token. A repeat penalty
        or a grammar can change which tokens are best, so they take the full path.
        """
        if not self.shortlist_sampling or params.grammar:
            return 0
        if params.repeat_penalty and params.repeat_penalty != 1.0:
            return 0
        if params.temperature <= 0:
            return 1
        n_vocab = llama_cpp.llama_vocab_n_tokens(self._vocab)
        return params.top_k if 0 < params.top_k < n_vocab else 0

    def _sample_shortlist(self, sampler: ctypes.c_void_p, k: int, idx: int = -1
                          ) -> int:
        n_vocab = llama_cpp.llama_vocab_n_tokens(self._vocab)
        logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(self._ctx, idx),
                                       shape=(n_vocab,))
        if k == 1:  # the greedy sampler keeps no state; argmax takes the first best, as it does
            return int(logits.argmax())
        best = np.argpartition(logits, n_vocab - k)[n_vocab - k:]
        short = np.empty(k, dtype=_TOKEN_DATA)
        short["id"] = best
        short["logit"] = logits[best]
        short["p"] = 0.0
        cur = llama_cpp.llama_token_data_array(
            data=short.ctypes.data_as(llama_cpp.llama_token_data_p),
            size=k, selected=-1, sorted=False,
        )
        llama_cpp.llama_sampler_apply(sampler, ctypes.byref(cur))
        token = int(cur.data[cur.selected].id)
        llama_cpp.llama_sampler_accept(sampler, token)
        return token

    def _sample(self, sampler: ctypes.c_void_p, grammar: ctypes.c_void_p | None,
                idx: int = -1) -> int:
        """The next token from the logits of batch row ``idx``; with a grammar, one it allows.

        As llama.cpp's own ``common_sampler`` does, the token is first sampled without the
        grammar and kept if the grammar allows it; only otherwise is the grammar applied to
        the whole vocabulary and the token sampled again from what it allows. Applying a
        grammar to 128k candidates costs tens of milliseconds per token, more than a small
        model's forward pass, and the first pick is usually allowed.
        """
        if grammar is None:
            return int(llama_cpp.llama_sampler_sample(sampler, self._ctx, idx))
        cur = self._candidates(idx)
        llama_cpp.llama_sampler_apply(sampler, ctypes.byref(cur))
        token = int(cur.data[cur.selected].id)
        if not self._grammar_allows(grammar, token):
            cur = self._candidates(idx)
            llama_cpp.llama_sampler_apply(grammar, ctypes.byref(cur))
            llama_cpp.llama_sampler_apply(sampler, ctypes.byref(cur))
            token = int(cur.data[cur.selected].id)
            if cur.selected < 0 or not self._grammar_allows(grammar, token):
                raise GenerationError("The grammar allows no next token (it cannot be "
                                      "completed with this model's vocabulary).")
        llama_cpp.llama_sampler_accept(sampler, token)
        llama_cpp.llama_sampler_accept(grammar, token)
        return token

    def _make_sampler(self, params: SamplingParams) -> ctypes.c_void_p:
        chain = llama_cpp.llama_sampler_chain_init(llama_cpp.llama_sampler_chain_default_params())
        add = llama_cpp.llama_sampler_chain_add
        if params.repeat_penalty and params.repeat_penalty != 1.0:
            add(chain, llama_cpp.llama_sampler_init_penalties(
                llama_cpp.llama_vocab_n_tokens(self._vocab), 64, params.repeat_penalty, 0.0, 0.0))
        if params.temperature <= 0:
            add(chain, llama_cpp.llama_sampler_init_greedy())
            return chain
        if params.top_k > 0:
            add(chain, llama_cpp.llama_sampler_init_top_k(params.top_k))
        if 0 < params.top_p < 1:
            add(chain, llama_cpp.llama_sampler_init_top_p(params.top_p, 1))
        if params.min_p > 0:
            add(chain, llama_cpp.llama_sampler_init_min_p(params.min_p, 1))
        add(chain, llama_cpp.llama_sampler_init_temp(params.temperature))
        seed = params.seed if params.seed is not None else llama_cpp.LLAMA_DEFAULT_SEED
        add(chain, llama_cpp.llama_sampler_init_dist(seed & 0xFFFFFFFF))
        return chain

    # -- lifetime -----------------------------------------------------------------------------

    def close(self) -> None:
        if getattr(self, "_ctx", None):
            llama_cpp.llama_batch_free(self._batch)
            llama_cpp.llama_free(self._ctx)
            self._ctx = None
        if getattr(self, "_model", None):
            llama_cpp.llama_model_free(self._model)
            self._model = None

    def __enter__(self) -> LlamaCppEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()



class _Turn:
    """One answer's sampling and text: the sampler chain, the (lazy) grammar, incremental
    UTF-8 decoding, stop strings and limits. Plain and speculative decoding share it, so both
    turn the same sampled tokens into the same text and stop at the same place."""

    def __init__(self, engine: LlamaCppEngine, params: SamplingParams) -> None:
        # A grammar is kept out of the sampler chain and checked token by token (see
        # LlamaCppEngine._sample). A lazy one is switched on here, in Python, rather than with
        # llama.cpp's llama_sampler_init_grammar_lazy_patterns: that one feeds the text at the
        # trigger to the grammar unchecked, and text the grammar rejects aborts the whole
        # process (a C++ exception through llama_sampler_sample). Here every token is checked.
        self._engine = engine
        self._trigger = None
        if params.grammar and params.grammar_trigger is not None:
            try:
                self._trigger = re.compile(params.grammar_trigger)
            except re.error as exc:
                raise GenerationError(
                    f"The grammar trigger is not a valid pattern: {exc}."
                ) from None
        self._grammar = engine._make_grammar(params.grammar) if params.grammar else None
        self._grammar_on = self._grammar is not None and self._trigger is None
        try:
            self.sampler = engine._make_sampler(params)
        except BaseException:
            if self._grammar is not None:
                llama_cpp.llama_sampler_free(self._grammar)
            raise
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._stops = tuple(s for s in (*params.stop, *engine._format.stop_strings) if s)
        self._max_tokens = params.max_tokens
        # Greedy and top-k without penalties or grammar: numpy picks the few logits that
        # decide the token, without llama_sampler_sample copying the whole vocabulary.
        self._shortlist = engine._shortlist_size(params)
        self._so_far = ""
        self._pending = ""
        self.pieces: list[str] = []
        self.out_ids: list[int] = []
        self._t_first: float | None = None
        self._t_last: float | None = None

    def read_prompt(self, tokens: list[int], start: int, t0: float, stats: Stats
                    ) -> DoneEvent | None:
        """Evaluate the prompt's uncached ``tokens`` from ``start`` (cancellable); the answer's
        final event when it was cancelled meanwhile, else None."""
        if self._engine._eval(tokens, start, abortable=True):
            return None
        stats.stop_reason = "cancelled"
        stats.total_ms = (time.perf_counter() - t0) * 1000
        return DoneEvent("", stats)

    def sample(self, idx: int) -> int:
        """The target's own next token from batch row ``idx`` (accepted into the sampler)."""
        if self._shortlist and not self._grammar_on:
            return self._engine._sample_shortlist(self.sampler, self._shortlist, idx)
        return self._engine._sample(
            self.sampler, self._grammar if self._grammar_on else None, idx
        )

    def clock(self, t0: float, stats: Stats) -> None:
        """Note the time of a sampled token (first-token latency and decode rate)."""
        now = time.perf_counter()
        if self._t_first is None:
            self._t_first = now
            stats.ttft_ms = (now - t0) * 1000
        self._t_last = now

    def take(self, token: int) -> tuple[str, StopReason | None]:
        """Add a sampled token: the text ready to show, and why to stop (None: go on)."""
        engine = self._engine
        if llama_cpp.llama_vocab_is_eog(engine._vocab, token):
            return "", "eos"
        self.out_ids.append(token)
        text = self._decoder.decode(engine.token_piece(token))
        self._pending += text
        if self._trigger is not None and self._grammar is not None:
            self._so_far += text
            if self._trigger.match(self._so_far):
                self._trigger = None
                self._grammar_on = engine._replay_into_grammar(self._grammar, self.out_ids)
                if not self._grammar_on:  # the answer so far does not fit: it stays free
                    llama_cpp.llama_sampler_free(self._grammar)
                    self._grammar = None
        pending = self._pending
        hit = _find_stop(pending, self._stops)
        if hit is not None:
            self._pending = ""
            self.pieces.append(pending[:hit])
            return pending[:hit], "stop"
        safe = len(pending) - _partial_stop_len(pending, self._stops)
        ready = ""
        if safe > 0:
            ready, self._pending = pending[:safe], pending[safe:]
            self.pieces.append(ready)
        if self._max_tokens is not None and len(self.out_ids) >= self._max_tokens:
            return ready, "length"
        return ready, None

    def finish(self, reason: StopReason, t0: float, stats: Stats) -> Iterator[GenerationEvent]:
        """The held-back tail and the final :class:`DoneEvent`."""
        tail = self._pending + self._decoder.decode(b"", final=True)
        if tail and reason != "stop":
            self.pieces.append(tail)
            yield TokenEvent(tail)
        n_out = len(self.out_ids)
        stats.completion_tokens = n_out
        if self._t_first is not None and self._t_last is not None and n_out > 1:
            stats.tokens_per_s = (n_out - 1) / max(self._t_last - self._t_first, 1e-9)
        stats.stop_reason = reason
        stats.total_ms = (time.perf_counter() - t0) * 1000
        yield DoneEvent("".join(self.pieces), stats, tuple(self.out_ids))

    def close(self) -> None:
        llama_cpp.llama_sampler_free(self.sampler)
        if self._grammar is not None:
            llama_cpp.llama_sampler_free(self._grammar)
            self._grammar = None


def _common_prefix(a: list[int], b: list[int]) -> int:
    """Length of the common prefix of two token lists. Called every speculative round on the
    whole context, so the (usual) long equal part is compared by list equality in C and
    only the tail, where they differ, element by element."""
    n = min(len(a), len(b))
    lo = 0
    step = 64
    while lo + step <= n and a[lo : lo + step] == b[lo : lo + step]:
        lo += step
        step *= 2
    while step > 1:  # the first difference is within [lo, lo + step)
        step //= 2
        if lo + step <= n and a[lo : lo + step] == b[lo : lo + step]:
            lo += step
    while lo < n and a[lo] == b[lo]:
        lo += 1
    return lo


def _find_stop(text: str, stops: tuple[str, ...]) -> int | None:
    hits = [i for i in (text.find(s) for s in stops) if i >= 0]
    return min(hits) if hits else None


def _partial_stop_len(text: str, stops: tuple[str, ...]) -> int:
    """Length of the longest tail of ``text`` that could still grow into a stop string."""
    best = 0
    for s in stops:
        for k in range(min(len(s) - 1, len(text)), best, -1):
            if text.endswith(s[:k]):
                best = k
                break
    return best
