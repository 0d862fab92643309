"""Llama Guard 3's prompt, byte for byte as Meta's reference builds it.

Meta's reference is llama-stack's Llama Guard shield
(``llama_stack/providers/inline/safety/llama_guard/llama_guard.py``): a ``string.Template``
made of ``PROMPT_TASK``, ``SAFETY_CATEGORIES``, ``PROMPT_CONVERSATION`` and
``PROMPT_INSTRUCTIONS``, sent as the one user message of a Llama 3 chat, which Meta's
``ChatFormat`` wraps in ``<|begin_of_text|><|start_header_id|>user<|end_header_id|>\\n\\n`` …
``<|eot_id|><|start_header_id|>assistant<|end_header_id|>\\n\\n``. The role judged is named as
the model card and the Hugging Face chat template name it: ``User`` or ``Agent``.

The categories are the MLCommons hazards S1–S14. Llama Guard 3 1B (and 11B Vision) were
trained on S1–S13; S14 (code interpreter abuse) is Llama Guard 3 8B's. A policy can leave
categories out (``excluded``): the model card allows narrowing the list, and a left-out
category is simply not listed in the prompt.

Llama Guard 3 11B Vision takes the same user message with the picture in front of it: Meta's
shield builds the message's content as ``[image, prompt]`` (``build_vision_shield_input``), and
Meta's ``ChatFormat`` writes an image item as the one ``<|image|>`` token, so the message
starts ``<|image|>Task: …``. The conversation names the judged message's text only, as in
Meta's own run script for the model (llama-models ``models/scripts/lg_vision.py``); that
script ends the instructions with a newline the shield does not add, and Hearth follows the
shield, as for the text guard.

The prompt is split where nothing the person typed can reach: everything before the
conversation depends only on the role and the categories, so a classifier keeps it in its
KV cache and evaluates only the conversation and the closing instructions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from app.core.errors import HearthError

Role = Literal["User", "Agent"]

#: Code → name, exactly as in the prompt (the name is followed by "." there).
CATEGORIES: dict[str, str] = {
    "S1": "Violent Crimes",
    "S2": "Non-Violent Crimes",
    "S3": "Sex Crimes",
    "S4": "Child Exploitation",
    "S5": "Defamation",
    "S6": "Specialized Advice",
    "S7": "Privacy",
    "S8": "Intellectual Property",
    "S9": "Indiscriminate Weapons",
    "S10": "Hate",
    "S11": "Self-Harm",
    "S12": "Sexual Content",
    "S13": "Elections",
    "S14": "Code Interpreter Abuse",
}

#: Code → the category in plain words, for people (notices, the CLI, the server's 400).
PLAIN_WORDS: dict[str, str] = {
    "S1": "violent crimes",
    "S2": "non-violent crimes (such as fraud, theft, hacking or drugs)",
    "S3": "sex-related crimes",
    "S4": "sexual exploitation of children",
    "S5": "defamation",
    "S6": "specialized financial, medical or legal advice",
    "S7": "private personal information",
    "S8": "intellectual property violations",
    "S9": "weapons of mass destruction",
    "S10": "hate",
    "S11": "suicide and self-harm",
    "S12": "sexual content",
    "S13": "false information about elections",
    "S14": "abuse of code execution",
}

#: What Llama Guard 3 1B and 11B Vision were trained on (Meta's reference lists these for
#: them); Llama Guard 3 8B adds S14.
DEFAULT_CODES: tuple[str, ...] = tuple(f"S{i}" for i in range(1, 14))
ALL_CODES: tuple[str, ...] = tuple(CATEGORIES)

BEGIN_OF_TEXT = "<|begin_of_text|>"
USER_HEADER = "<|start_header_id|>user<|end_header_id|>\n\n"
IMAGE = "<|image|>"
ASSISTANT_HEADER = "<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"

_TASK = ("Task: Check if there is unsafe content in '{role}' messages in conversations "
         "according our safety policy with the below categories.")
_INSTRUCTIONS = (
    "\nProvide your safety assessment for ONLY THE LAST {role} message in the above "
    "conversation:\n"
    " - First line must read 'safe' or 'unsafe'.\n"
    " - If unsafe, a second line must include a comma-separated list of violated categories."
)


class CategoryError(HearthError):
    """A category code that Llama Guard 3 does not have."""


def check_codes(codes: Iterable[str]) -> tuple[str, ...]:
    """``codes`` normalised ("s1" → "S1"), in S1…S14 order; CategoryError for an unknown one."""
    wanted = {c.strip().upper() for c in codes if c.strip()}
    unknown = sorted(wanted - set(CATEGORIES))
    if unknown:
        raise CategoryError(
            f"Llama Guard 3 has no category {', '.join(unknown)}.",
            hint="The categories are S1 to S14 (see `hearth guard --list-categories`).",
        )
    return tuple(c for c in ALL_CODES if c in wanted)


def active_codes(excluded: Iterable[str] = (), base: Sequence[str] = DEFAULT_CODES
                 ) -> tuple[str, ...]:
    """The categories to list: ``base`` minus ``excluded``; at least one must stay."""
    left_out = set(check_codes(excluded))
    codes = tuple(c for c in base if c not in left_out)
    if not codes:
        raise CategoryError("Every safety category is left out; keep at least one.")
    return codes


def describe(codes: Iterable[str]) -> str:
    """Categories in plain words: "violent crimes and hate"."""
    words = [PLAIN_WORDS.get(c, c) for c in codes]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


@dataclass(frozen=True, slots=True)
class Turn:
    """One message of the conversation to judge: who said it (``User``/``Agent``) and what."""

    role: Role
    text: str


def prefix_text(role: Role, codes: Sequence[str]) -> str:
    """The user message's fixed start: task, categories and the conversation's opening."""
    categories = "\n".join(f"{c}: {CATEGORIES[c]}." for c in codes)
    return (_TASK.format(role=role)
            + f"\n\n<BEGIN UNSAFE CONTENT CATEGORIES>\n{categories}\n"
              "<END UNSAFE CONTENT CATEGORIES>\n"
            + "\n<BEGIN CONVERSATION>\n\n")


def conversation_text(turns: Sequence[Turn]) -> str:
    """The conversation as Meta's reference writes it: "Role: text" turns, a blank line apart."""
    return "\n\n".join(f"{t.role}: {t.text}" for t in turns)


def suffix_text(role: Role) -> str:
    """What follows the conversation in the user message."""
    return "\n\n<END CONVERSATION>\n" + _INSTRUCTIONS.format(role=role)


def user_message(turns: Sequence[Turn], codes: Sequence[str] = DEFAULT_CODES,
                 role: Role | None = None) -> str:
    """The text of the one user message sent to Llama Guard (what the template substitutes).

    ``role`` defaults to the last turn's, as in Meta's reference (the last message is judged).
    """
    if not turns:
        raise HearthError("There is nothing to check.")
    judged: Role = role or turns[-1].role
    return prefix_text(judged, codes) + conversation_text(turns) + suffix_text(judged)


def render(turns: Sequence[Turn], codes: Sequence[str] = DEFAULT_CODES,
           role: Role | None = None) -> str:
    """The whole prompt as text, Llama 3 chat markup included."""
    return BEGIN_OF_TEXT + USER_HEADER + user_message(turns, codes, role) + ASSISTANT_HEADER


def render_vision(turns: Sequence[Turn], codes: Sequence[str] = DEFAULT_CODES,
                  role: Role | None = None, *, image: bool = True) -> str:
    """Llama Guard 3 Vision's prompt as text: the picture's ``<|image|>`` opens the user
    message (without a picture it is the text guard's prompt)."""
    return (BEGIN_OF_TEXT + USER_HEADER + (IMAGE if image else "")
            + user_message(turns, codes, role) + ASSISTANT_HEADER)
