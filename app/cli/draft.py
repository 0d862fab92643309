"""``hearth chat --draft MODEL``: speculative decoding from the terminal.

A draft model (for example Llama 3.2 1B for Llama 3.1 8B) proposes tokens that the main
model checks in batches: the answer is the one the main model alone would give, usually
faster. Without ``--draft`` the draft chosen for the model in Settings is used;
``--no-draft`` turns it off.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.core.settings import Settings


def _draft_max(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 64:
        raise argparse.ArgumentTypeError(f"must be between 0 and 64, not {text}")
    return value


def add_draft_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("speculative decoding")
    group.add_argument("--draft", metavar="MODEL",
                       help="a draft model (GGUF path or installed name) sharing the model's "
                       "vocabulary, e.g. Llama 3.2 1B for Llama 3.1 8B (default: the one "
                       "chosen in Settings, if any)")
    group.add_argument("--draft-max", type=_draft_max, default=None, metavar="K",
                       help="draft at most K tokens a round (default 16; the number used is "
                       "chosen from the measured acceptance and costs)")
    group.add_argument("--no-draft", action="store_true", help="decode without a draft model")


def draft_for(args: argparse.Namespace, settings: Settings, model: Path) -> Path | None:
    """The draft model to use for ``model``: the flag, else Settings, else none."""
    from app.core.models.registry import resolve_model

    if getattr(args, "no_draft", False):
        return None
    name = getattr(args, "draft", None) or settings.draft_for(model)
    return resolve_model(name) if name else None


def draft_json(stats: dict[str, object]) -> dict[str, object]:
    """The speculative-decoding numbers of an answer, for ``--json`` (empty without a draft)."""
    if stats.get("drafted") is None:
        return {}
    acceptance = stats.get("acceptance")
    return {
        "drafted": stats["drafted"],
        "accepted": stats["accepted"],
        "acceptance": round(float(acceptance), 4) if acceptance is not None else None,
        "speedup_estimate": (round(float(stats["speedup"]), 2)  # type: ignore[arg-type]
                             if stats.get("speedup") is not None else None),
    }
