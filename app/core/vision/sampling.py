"""Picking the next token from logits, for the engines that do not use llama.cpp's sampler.

Same knobs and order as Hearth's llama.cpp chain: repeat penalty, top-k, top-p, min-p,
temperature; ``temperature <= 0`` is greedy (argmax, first index on ties).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.core.engine.base import SamplingParams


class Sampler:
    """Stateful only in its random generator (seeded when ``params.seed`` is set)."""

    def __init__(self, params: SamplingParams) -> None:
        self.params = params
        self.rng = np.random.default_rng(params.seed)

    def __call__(self, logits: np.ndarray, history: Sequence[int] = ()) -> int:
        p = self.params
        logits = np.asarray(logits, dtype=np.float64).copy()
        if p.repeat_penalty != 1.0 and history:
            seen = np.unique(np.asarray(history[-64:], dtype=np.int64))
            seen = seen[seen < logits.size]
            vals = logits[seen]
            logits[seen] = np.where(vals > 0, vals / p.repeat_penalty, vals * p.repeat_penalty)
        if p.temperature <= 0:
            return int(np.argmax(logits))
        order = np.argsort(-logits, kind="stable")
        if p.top_k and p.top_k > 0:
            order = order[: p.top_k]
        kept = logits[order]
        probs = np.exp(kept - kept.max())
        probs /= probs.sum()
        if 0 < p.top_p < 1:
            cut = int(np.searchsorted(np.cumsum(probs), p.top_p)) + 1
            order, kept, probs = order[:cut], kept[:cut], probs[:cut]
        if p.min_p > 0:
            keep = probs >= p.min_p * probs[0]
            order, kept = order[keep], kept[keep]
        scaled = kept / p.temperature
        weights = np.exp(scaled - scaled.max())
        weights /= weights.sum()
        return int(order[self.rng.choice(len(order), p=weights)])
