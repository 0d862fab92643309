"""``POST /v1/moderations`` in OpenAI's shape, answered by Llama Guard.

:func:`moderate` takes the request body's ``input`` (a string or a list of strings) and
returns the response body. Each input is judged as a person's message. OpenAI's categories
are filled from the Llama Guard categories that correspond to them; Llama Guard's own codes
and names are given beside them (``llama_guard``), since several (defamation, specialized
advice, privacy, intellectual property, elections, code interpreter abuse) have no OpenAI
equivalent. Scores are 1.0 or 0.0: Llama Guard gives a label, not a probability.
"""

from __future__ import annotations

import uuid

from app.core.errors import HearthError
from app.core.safety.classifier import GuardClassifier
from app.core.safety.prompt import CATEGORIES, Turn
from app.core.safety.verdict import Verdict

#: OpenAI moderation categories (omni-moderation), in their order.
OPENAI_CATEGORIES: tuple[str, ...] = (
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
    "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions", "sexual",
    "sexual/minors", "violence", "violence/graphic",
)

#: Llama Guard code → the OpenAI categories it flags.
OPENAI_FOR_CODE: dict[str, tuple[str, ...]] = {
    "S1": ("violence", "illicit/violent"),
    "S2": ("illicit",),
    "S3": ("sexual", "illicit"),
    "S4": ("sexual/minors",),
    "S9": ("illicit/violent",),
    "S10": ("hate",),
    "S11": ("self-harm",),
    "S12": ("sexual",),
}

MAX_INPUTS = 32


class ModerationInputError(HearthError):
    """The ``input`` of a moderation request is not a string or a list of strings."""


def moderation_inputs(raw: object) -> list[str]:
    """The texts to judge from a request's ``input``; ModerationInputError when malformed."""
    if isinstance(raw, str):
        texts = [raw]
    elif isinstance(raw, list) and all(isinstance(t, str) for t in raw):
        texts = list(raw)
    else:
        raise ModerationInputError("'input' must be a string or a list of strings.")
    if not texts or not any(t.strip() for t in texts):
        raise ModerationInputError("'input' is empty; give the text to check.")
    if len(texts) > MAX_INPUTS:
        raise ModerationInputError(f"'input' holds {len(texts)} texts; at most {MAX_INPUTS} "
                                   "are checked in one request.")
    return texts


def moderation_result(verdict: Verdict) -> dict[str, object]:
    """One entry of ``results`` for ``verdict``."""
    flagged_openai = {name for code in verdict.categories for name in OPENAI_FOR_CODE.get(code, ())}
    return {
        "flagged": not verdict.safe,
        "categories": {name: name in flagged_openai for name in OPENAI_CATEGORIES},
        "category_scores": {name: 1.0 if name in flagged_openai else 0.0
                            for name in OPENAI_CATEGORIES},
        "category_applied_input_types": {
            name: ["text"] if name in flagged_openai else [] for name in OPENAI_CATEGORIES},
        "llama_guard": {
            "safe": verdict.safe,
            "categories": list(verdict.categories),
            "category_names": [CATEGORIES[c] for c in verdict.categories],
        },
    }


def moderate(classifier: GuardClassifier, raw_input: object,
             model: str | None = None) -> dict[str, object]:
    """The OpenAI-shaped moderation response for ``raw_input`` (the request's ``input``)."""
    texts = moderation_inputs(raw_input)
    results = [moderation_result(classifier.check([Turn("User", text)], "User"))
               for text in texts]
    return {"id": f"modr-{uuid.uuid4().hex}", "model": model or classifier.name,
            "results": results}

