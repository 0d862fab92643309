"""``POST /v1/moderations`` in OpenAI's shape, answered by Llama Guard.

:func:`moderate` takes the request body's ``input`` (a string or a list of strings) and
returns the response body. Each input is judged as a person's message. OpenAI's categories
are filled from the Llama Guard categories that correspond to them; Llama Guard's own codes
and names are given beside them (``llama_guard``), since several (defamation, specialized
advice, privacy, intellectual property, elections, code interpreter abuse) have no OpenAI
equivalent. Scores are 1.0 or 0.0: Llama Guard gives a label, not a probability.

``input`` may also be OpenAI's multimodal form, one input made of parts: ``{"type": "text",
"text": ...}`` and ``{"type": "image_url", "image_url": {"url": "data:image/...;base64,..."}}``.
Its picture is judged by Llama Guard 3 11B Vision (one picture per input, as that model reads
one); where the vision guard is not installed, or the licence check refuses it, the request is
refused with the reason rather than answered as if the picture had been checked.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import HearthError
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


@dataclass(frozen=True, slots=True)
class ModerationInput:
    """One thing to judge: its text, and the URL of its picture when it has one."""

    text: str
    image_url: str | None = None


def _parts_input(parts: list[Any]) -> ModerationInput:
    """OpenAI's multimodal input (a list of text and image_url parts) as one input."""
    texts: list[str] = []
    urls: list[str] = []
    for part in parts:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif kind == "image_url":
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, dict) else image
            if not isinstance(url, str):
                raise ModerationInputError("An image_url part needs {'url': 'data:image/...'}.")
            urls.append(url)
        else:
            raise ModerationInputError("Each part of 'input' must be {'type': 'text', 'text': "
                                       "...} or {'type': 'image_url', 'image_url': {'url': "
                                       "...}}.")
    if len(urls) > 1:
        raise ModerationInputError("Llama Guard 3 Vision judges one picture at a time; send "
                                   "one image_url part per request.")
    if not urls and not any(t.strip() for t in texts):
        raise ModerationInputError("'input' is empty; give the text to check.")
    return ModerationInput("\n".join(texts), urls[0] if urls else None)


def moderation_inputs(raw: object) -> list[ModerationInput]:
    """What to judge from a request's ``input``; ModerationInputError when malformed."""
    if isinstance(raw, list) and raw and all(isinstance(p, dict) for p in raw):
        return [_parts_input(raw)]
    if isinstance(raw, str):
        texts = [raw]
    elif isinstance(raw, list) and all(isinstance(t, str) for t in raw):
        texts = list(raw)
    else:
        raise ModerationInputError("'input' must be a string, a list of strings, or a list of "
                                   "text and image_url parts.")
    if not texts or not any(t.strip() for t in texts):
        raise ModerationInputError("'input' is empty; give the text to check.")
    if len(texts) > MAX_INPUTS:
        raise ModerationInputError(f"'input' holds {len(texts)} texts; at most {MAX_INPUTS} "
                                   "are checked in one request.")
    return [ModerationInput(t) for t in texts]


def moderation_result(verdict: Verdict, image: bool = False) -> dict[str, object]:
    """One entry of ``results`` for ``verdict`` (``image``: the input had a picture)."""
    flagged_openai = {name for code in verdict.categories for name in OPENAI_FOR_CODE.get(code, ())}
    kinds = ["text", "image"] if image else ["text"]
    return {
        "flagged": not verdict.safe,
        "categories": {name: name in flagged_openai for name in OPENAI_CATEGORIES},
        "category_scores": {name: 1.0 if name in flagged_openai else 0.0
                            for name in OPENAI_CATEGORIES},
        "category_applied_input_types": {
            name: kinds if name in flagged_openai else [] for name in OPENAI_CATEGORIES},
        "llama_guard": {
            "safe": verdict.safe,
            "categories": list(verdict.categories),
            "category_names": [CATEGORIES[c] for c in verdict.categories],
        },
    }


def moderate(classifier: Any, raw_input: object, model: str | None = None, *,
             vision: Callable[[], Any] | None = None,
             save_image: Callable[[str], Path] | None = None) -> dict[str, object]:
    """The OpenAI-shaped moderation response for ``raw_input`` (the request's ``input``).

    ``classifier`` judges texts (None: load nothing, for a picture-only request); ``vision``
    gives Llama Guard 3 Vision for an input with a picture (raising, with the reason, when it
    cannot) and ``save_image`` turns the picture's URL into a file it can read.
    """
    inputs = moderation_inputs(raw_input)
    results = []
    name = model
    for item in inputs:
        if item.image_url is None:
            if classifier is None:
                raise HearthError("No safety model is loaded to judge text.")
            judge, image = classifier, None
        else:
            if vision is None or save_image is None:
                raise ModerationInputError("Pictures cannot be checked here.")
            judge = vision()
            image = save_image(item.image_url)
        verdict = judge.check([Turn("User", item.text)], "User", image=image)
        results.append(moderation_result(verdict, image is not None))
        name = name or judge.name
    return {"id": f"modr-{uuid.uuid4().hex}", "model": name, "results": results}
