"""Speculative decoding: a small draft model proposes tokens, the target model checks them.

Each round the draft guesses up to k tokens greedily (stopping early when its top probability
falls below ``p_min``); the target evaluates ``[last, d1..dk]`` in one batch with logits on
every row and samples its own token from each row in turn. Draft tokens are accepted while the
target's sample equals them; the first differing sample is taken instead. Every emitted token
is therefore the target's own sample, drawn through the same sampler chain (penalties,
grammar, seed) in the same order as plain decoding: the output distribution is the target's
at any temperature (llama.cpp's ``common_sampler_sample_and_accept_n`` scheme). Rejected
positions are removed from the target's KV cache; the draft's cache is kept in step by longest
common prefix.

The gain comes from the target evaluating k+1 tokens for little more than the price of one
(memory-bound decoding). How many tokens to draft is chosen each round from the measured
acceptance and the measured costs of a draft step and of verifying n rows.

llama-cpp-python's own ``draft_model`` hook only does prompt lookup, keeps all logits and
breaks past n_batch tokens, so the loop is written here on the low-level API.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import llama_cpp
import numpy as np

from app.core import hardware
from app.core.engine.base import (
    CancelToken,
    GenerationEvent,
    GenerationRequest,
    LoadOptions,
    ModelInfo,
    Stats,
    StopReason,
    TokenEvent,
)
from app.core.engine.llamacpp import LlamaCppEngine, _Turn
from app.core.errors import DraftIncompatibleError
from app.core.licence import FROM_SETTINGS, DeclarationArg
from app.core.models.gguf_file import VocabSignature, read_gguf_info, read_vocab_signature
from app.core.models.memory import check_pair_fits, plan_offload

DEFAULT_DRAFT_MAX = 16
DEFAULT_P_MIN = 0.75


# -- compatibility -----------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _signature(path: str, size: int, mtime_ns: int) -> VocabSignature:
    return read_vocab_signature(path)


def vocab_signature(path: str | Path) -> VocabSignature:
    """The vocabulary signature of ``path``, cached while the file is unchanged."""
    st = Path(path).stat()
    return _signature(str(path), st.st_size, st.st_mtime_ns)


def draft_mismatch(target: str | Path, draft: str | Path) -> str | None:
    """Why ``draft`` cannot draft for ``target`` (a sentence), or None when it can.

    The vocabularies must be the same: tokenizer kind, BOS/EOS and every token's text, since
    draft and target exchange token ids. Read from the GGUF headers, nothing is loaded.
    """
    t, d = vocab_signature(target), vocab_signature(draft)
    if (t.model, t.pre) != (d.model, d.pre):
        return (f"its tokenizer is {d.model}/{d.pre or 'default'}, the model's is "
                f"{t.model}/{t.pre or 'default'}")
    if t.n_tokens != d.n_tokens:
        return f"it has {d.n_tokens:,} tokens, the model {t.n_tokens:,}"
    if (t.bos, t.eos) != (d.bos, d.eos):
        return "its start and end tokens differ from the model's"
    if t.digest != d.digest:
        return "its token texts differ from the model's"
    return None


def check_draft_compatible(target: str | Path, draft: str | Path) -> None:
    """Raise :class:`DraftIncompatibleError` when ``draft`` cannot draft for ``target``."""
    reason = draft_mismatch(target, draft)
    if reason is not None:
        raise DraftIncompatibleError(
            f"{Path(draft).name} cannot be the draft for {Path(target).name}: {reason}.",
            hint="A draft must share the model's vocabulary, e.g. Llama 3.2 1B for "
            "Llama 3.1 8B.",
        )


# -- how many tokens to draft ------------------------------------------------------------------


class DraftLength:
    """Chooses k, the number of tokens to draft, to maximise expected tokens per second.

    With per-token acceptance α, a round that drafts k tokens yields (1 - α^(k+1)) / (1 - α)
    tokens on average and costs k draft steps plus one verification of k+1 rows. α and both
    costs are measured as decoding goes (exponential moving averages, so they follow the
    text); verification cost is a straight line fitted through the row counts seen so far.
    """

    def __init__(self, k_max: int = DEFAULT_DRAFT_MAX, *, decay: float = 0.9) -> None:
        self.k_max = max(0, k_max)
        self._decay = decay
        self._hits = 1.4  # a prior of α = 0.7 worth two observations
        self._trials = 2.0
        self.draft_cost: float | None = None  # seconds per draft step
        self.verify_cost: dict[int, float] = {}  # rows → seconds
        self._rounds = 0
        self._probe_every = 16
        # Acceptance of draft tokens the draft itself was unsure of (p < p_min); a prior of
        # 0.5 worth one observation.
        self._low_hits = 0.5
        self._low_trials = 1.0

    @property
    def alpha(self) -> float:
        return self._hits / self._trials if self._trials > 0 else 0.0

    def record(self, drafted: int, accepted: int) -> None:
        """A round's outcome: drafted tokens, and how many of them the target accepted."""
        if drafted <= 0:
            return
        trials = accepted + (1 if accepted < drafted else 0)
        d = self._decay
        self._hits = d * self._hits + accepted
        self._trials = d * self._trials + trials

    @property
    def alpha_low(self) -> float:
        return self._low_hits / self._low_trials if self._low_trials > 0 else 0.0

    def record_low(self, accepted: bool) -> None:
        """Whether the target accepted a draft token that had p < p_min."""
        self._low_hits = 0.95 * self._low_hits + accepted
        self._low_trials = 0.95 * self._low_trials + 1

    def draft_past_low(self) -> bool:
        """Whether to keep drafting after an unsure token (llama.cpp always stops there).

        The next token pays off only if the unsure one is accepted (α_low) and then it is
        (α): it saves a one-row target step, v(1), and costs a draft step plus one more
        verification row. A draft that is a close copy of the target (a quantization of it)
        is often unsure where the target is too, yet agrees; a weak draft does not.
        """
        if self.draft_cost is None or not self.verify_cost:
            return False
        _, slope, _, _ = self._verify_line()
        return self.alpha_low * self.alpha * self.verify_time(1) > self.draft_cost + slope

    def record_draft(self, steps: int, seconds: float) -> None:
        if steps > 0:
            per = seconds / steps
            self.draft_cost = per if self.draft_cost is None else 0.8 * self.draft_cost + 0.2 * per

    def record_verify(self, rows: int, seconds: float) -> None:
        old = self.verify_cost.get(rows)
        self.verify_cost[rows] = seconds if old is None else 0.8 * old + 0.2 * seconds

    def _verify_line(self) -> tuple[float, float, int, float]:
        """(intercept, slope, x0, y0) of verification cost against rows, fitted once per
        choice by least squares in plain Python (a handful of points; numpy's polyfit costs
        more than a draft step here)."""
        points = self.verify_cost
        n = len(points)
        x0, y0 = min(points.items())
        if n >= 2:
            mx = sum(points) / n
            my = sum(points.values()) / n
            sxx = sum((x - mx) ** 2 for x in points)
            slope = sum((x - mx) * (y - my) for x, y in points.items()) / sxx
            slope = max(slope, 0.0)
            return my - slope * mx, slope, x0, y0
        # One point: assume each extra row costs a tenth of a single-row step (CPU-like).
        return y0 - 0.1 * y0 * x0, 0.1 * y0, x0, y0

    def verify_time(self, rows: int, line: tuple[float, float, int, float] | None = None
                    ) -> float:
        """Estimated seconds to verify ``rows`` rows: measured, else from the fitted line."""
        if rows in self.verify_cost:
            return self.verify_cost[rows]
        intercept, slope, x0, y0 = line or self._verify_line()
        if len(self.verify_cost) == 1 and rows < x0:
            return y0
        return max(intercept + slope * rows, min(self.verify_cost.values()))

    def expected_rate(self, k: int, line: tuple[float, float, int, float] | None = None
                      ) -> float:
        """Expected tokens per second when drafting ``k`` tokens (needs measured costs)."""
        a = min(self.alpha, 0.999)
        tokens = (1 - a ** (k + 1)) / (1 - a)
        cost = k * (self.draft_cost or 0.0) + self.verify_time(k + 1, line)
        return tokens / max(cost, 1e-9)

    def choose(self) -> int:
        self._rounds += 1
        if self.k_max == 0:
            return 0
        if self.draft_cost is None or not self.verify_cost:
            return min(4, self.k_max)  # measure first
        line = self._verify_line()
        best = max(range(self.k_max + 1), key=lambda k: self.expected_rate(k, line))
        # Now and then probe one more, so α and the costs stay measured. While drafting
        # does not pay at all, probes get rarer (each one makes the draft catch up on every
        # token since the last): every 16, 32, … up to 256 rounds.
        if best > 0:
            self._probe_every = 16
        if self._rounds % self._probe_every == 0:
            if best == 0:
                self._probe_every = min(self._probe_every * 2, 256)
            best = min(best + 1, self.k_max)
        return best


# -- the engine --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Round:
    """What one round did and cost (recorded when :attr:`SpeculativeEngine.trace` is a list;
    benchmarks use it to split time into drafting, verification and Python overhead)."""

    drafted: int
    accepted: int
    draft_steps: int
    draft_s: float  # the draft's decodes and picks, including catching up
    verify_s: float  # the target's batch decode
    round_s: float  # the whole round, without the time the consumer spends on events


class SpeculativeEngine:
    """A target model and a draft model behind the ordinary engine interface."""

    def __init__(
        self,
        target: str | Path,
        draft: str | Path,
        options: LoadOptions | None = None,
        *,
        draft_max: int = DEFAULT_DRAFT_MAX,
        p_min: float = DEFAULT_P_MIN,
        declaration: DeclarationArg = FROM_SETTINGS,
    ) -> None:
        options = options or LoadOptions()
        target, draft = Path(target), Path(draft)
        target_info, draft_info = read_gguf_info(target), read_gguf_info(draft)
        check_draft_compatible(target, draft)
        if options.check_memory:
            n_ctx = max(64, min(options.n_ctx, target_info.n_ctx_train or options.n_ctx))
            gpus = hardware.devices()
            layers = [
                options.n_gpu_layers if options.n_gpu_layers is not None
                else plan_offload(info, n_ctx, gpus, options.n_batch).n_gpu_layers
                for info in (target_info, draft_info)
            ]
            check_pair_fits(target_info, draft_info, n_ctx, hardware.available_memory(),
                            options.n_batch, layers[0], layers[1])
        quiet = dataclasses.replace(options, check_memory=False)
        self.target = LlamaCppEngine(target, quiet, declaration=declaration)
        try:
            self.draft = LlamaCppEngine(
                draft, dataclasses.replace(quiet, n_ctx=self.target.info.n_ctx),
                declaration=declaration,
            )
        except BaseException:
            self.target.close()
            raise
        self.draft_max = max(0, min(draft_max, self.target._n_batch - 1))
        self.p_min = p_min
        self._n_vocab = llama_cpp.llama_vocab_n_tokens(self.draft._vocab)
        if self._n_vocab != llama_cpp.llama_vocab_n_tokens(self.target._vocab):
            self.close()
            raise DraftIncompatibleError(
                f"{draft.name} cannot be the draft for {target.name}: their vocabulary sizes "
                "differ."
            )
        self._info = dataclasses.replace(self.target.info, draft=self.draft.info.name)
        # Kept across answers: what was learned about acceptance and costs still holds.
        self.policy = DraftLength(self.draft_max)
        self.trace: list[Round] | None = None

    # -- the Engine interface -------------------------------------------------------------------

    @property
    def info(self) -> ModelInfo:
        return self._info

    def count_tokens(self, text: str) -> int:
        return self.target.count_tokens(text)

    def tokenize(self, text: str, *, add_special: bool = False, parse_special: bool = False
                 ) -> list[int]:
        return self.target.tokenize(text, add_special=add_special, parse_special=parse_special)

    def detokenize(self, tokens: list[int]) -> str:
        return self.target.detokenize(tokens)

    def token_piece(self, token: int, *, special: bool = False) -> bytes:
        return self.target.token_piece(token, special=special)

    def build_prompt(self, request: GenerationRequest) -> tuple[list[int], int]:
        return self.target.build_prompt(request)

    @property
    def prompt_format(self):  # type: ignore[no-untyped-def]
        return self.target.prompt_format

    @property
    def gguf(self):  # type: ignore[no-untyped-def]
        return self.target.gguf

    def generate(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[GenerationEvent]:
        cancel = cancel or CancelToken()
        with self.target._in_use(cancel), self.draft._in_use(cancel):
            yield from self._generate(request, cancel)

    def close(self) -> None:
        for engine in (getattr(self, "draft", None), getattr(self, "target", None)):
            if engine is not None:
                engine.close()

    def __enter__(self) -> SpeculativeEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the loop -------------------------------------------------------------------------------

    def _generate(self, request: GenerationRequest, cancel: CancelToken
                  ) -> Iterator[GenerationEvent]:
        t0 = time.perf_counter()
        target, policy = self.target, self.policy
        tokens, dropped = target.build_prompt(request)
        stats = Stats(prompt_tokens=len(tokens), dropped_messages=dropped, drafted=0,
                      accepted=0, acceptance=0.0)
        stats.cached_tokens = target.reuse_prefix(tokens)
        # A draft with a smaller context stops drafting at its end; the target goes on alone.
        n_ctx, n_ctx_draft = target._n_ctx, self.draft._n_ctx
        turn = _Turn(target, request.sampling)
        try:
            # The target holds everything before ``context[-1]``: that token is the first
            # row of the next verification batch.
            context = list(tokens)
            n_keep = stats.cached_tokens
            cancelled = turn.read_prompt(context[n_keep:-1], n_keep, t0, stats)
            if cancelled is not None:
                yield cancelled
                return
            reason: StopReason = "eos"
            while True:
                if cancel.cancelled:
                    reason = "cancelled"
                    break
                n_past = len(context) - 1
                if n_past + 1 >= n_ctx:
                    reason = "length"
                    break
                t_round = time.perf_counter()
                k = min(policy.choose(), n_ctx - n_past - 2, n_ctx_draft - n_past - 2)
                drafts: list[int] = []
                unsure: list[bool] = []
                steps, t_draft, waited = 0, 0.0, 0.0
                if k > 0:
                    td = time.perf_counter()
                    result = self._draft(context, k)
                    if result is None:
                        reason = "cancelled"
                        break
                    drafts, unsure, steps, n_sync = result
                    t_draft = time.perf_counter() - td
                    if n_sync <= 2:  # not a catch-up over the prompt or skipped rounds
                        policy.record_draft(steps, t_draft)

                tv = time.perf_counter()
                batch = [context[-1], *drafts]
                if not target._eval(batch, n_past, all_logits=True):
                    reason = "cancelled"
                    break
                t_verify = time.perf_counter() - tv
                policy.record_verify(len(batch), t_verify)
                stop: StopReason | None = None
                for i in range(len(batch)):
                    token = turn.sample(i)
                    turn.clock(t0, stats)
                    text, stop = turn.take(token)
                    if text:
                        ty = time.perf_counter()
                        yield TokenEvent(text)
                        waited += time.perf_counter() - ty
                    if stop is not None or i == len(drafts) or token != drafts[i]:
                        break
                # Rows 0..i were right; the target's KV keeps them and drops the rest.
                context[len(context):] = [*drafts[:i], token]
                target.truncate(n_past + i + 1)
                policy.record(len(drafts), i)
                for j in range(min(i + 1, len(drafts))):  # drafts up to the first rejection
                    if unsure[j]:
                        policy.record_low(j < i)
                stats.drafted += len(drafts)
                stats.accepted += i
                if self.trace is not None:
                    self.trace.append(Round(len(drafts), i, steps, t_draft, t_verify,
                                            time.perf_counter() - t_round - waited))
                if stop is not None:
                    reason = stop
                    break
            if stats.drafted:
                stats.acceptance = stats.accepted / stats.drafted
            events = list(turn.finish(reason, t0, stats))
            if stats.tokens_per_s and policy.verify_cost:
                stats.speedup = stats.tokens_per_s * policy.verify_time(1)
            yield from events
        finally:
            turn.close()

    def _draft(self, context: list[int], k: int
               ) -> tuple[list[int], list[bool], int, int] | None:
        """Up to ``k`` greedy draft tokens after ``context``, which of them were unsure
        (p < p_min), the draft steps it took and the tokens the first step caught up on; None
        when cancelled. Stops after an unsure token (llama.cpp's rule) unless the measured
        acceptance of unsure tokens says drafting on pays (:meth:`DraftLength.draft_past_low`).
        """
        draft = self.draft
        n_keep = draft.reuse_prefix(context)
        n_sync = len(context) - n_keep
        # Only a long catch-up (the prompt) is made abortable: setting llama.cpp's abort
        # callback logs a line, and polling it calls into Python at every graph node.
        if not draft._eval(context[n_keep:], n_keep, abortable=n_sync > 32):
            return None
        steps = 1
        out: list[int] = []
        unsure: list[bool] = []
        pos = len(context)
        n_vocab = self._n_vocab
        past_low = self.policy.draft_past_low()
        while True:
            logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(draft._ctx, -1),
                                           shape=(n_vocab,))
            token = int(logits.argmax())
            low = self.p_min > 0 and (
                1.0 / float(np.exp(logits - logits[token]).sum()) < self.p_min)
            out.append(token)
            unsure.append(low)
            if len(out) >= k or (low and not past_low):
                break
            if not draft._eval_batches([token], pos):
                return None
            steps += 1
            pos += 1
        return out, unsure, steps, n_sync


def compatible_drafts(target: str | Path, candidates: list[Path]) -> list[Path]:
    """The files in ``candidates`` that can draft for ``target``: same vocabulary, smaller
    (a draft as big as the model cannot make it faster). Reads GGUF headers only; files that
    cannot be read are left out."""
    from app.core.errors import HearthError

    target = Path(target)
    try:
        size = target.stat().st_size
    except OSError:
        return []
    found = []
    for path in candidates:
        try:
            if path.resolve() == target.resolve() or path.stat().st_size >= size:
                continue
            if draft_mismatch(target, path) is None:
                found.append(path)
        except (HearthError, OSError):
            continue
    return found
