"""The interface languages: Llama 3.2's eight, and what the model is asked to answer in.

Qt-free so Settings, the system prompt and the CLI share one list. English is the source
language of the interface (it has no catalog); the other seven have one under
``resources/i18n/<code>/``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SOURCE_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1, as Qt's locale names start
    native: str  # the name its speakers read in a language menu
    english: str  # the name a model understands in an English instruction


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English"),
        Language("de", "Deutsch", "German"),
        Language("es", "Español", "Spanish"),
        Language("fr", "Français", "French"),
        Language("it", "Italiano", "Italian"),
        Language("pt", "Português", "Portuguese"),
        Language("hi", "हिन्दी", "Hindi"),
        Language("th", "ไทย", "Thai"),
    )
}

# The languages with a translation catalog (everything but the source language).
TRANSLATED: tuple[str, ...] = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)


def language_code(name: str | None) -> str | None:
    """The supported language in a locale name ("de_DE", "pt-BR", "th"), or None."""
    if not name:
        return None
    code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def choose_language(setting: str | None, system: Iterable[str] = ()) -> str:
    """The interface language: the person's setting, else the first supported one of the
    system's languages (most preferred first), else English."""
    chosen = language_code(setting)
    if chosen is not None:
        return chosen
    for name in system:
        found = language_code(name)
        if found is not None:
            return found
    return SOURCE_LANGUAGE


def answer_language_instruction(code: str | None) -> str:
    """The sentence that asks the model to answer in the person's language; empty for
    English (the models' default) and unknown codes. Written in English, which every model
    follows best, naming the language in English and in its own name."""
    lang = LANGUAGES.get(code or "")
    if lang is None or lang.code == SOURCE_LANGUAGE:
        return ""
    return (f"The person you are talking with reads {lang.english} ({lang.native}). "
            f"Answer in {lang.english} unless they write to you in another language or ask "
            "for one.")


def system_prompt_for(own_prompt: str | None, language: str | None) -> str | None:
    """The system prompt a new chat starts with: the answer-language sentence, then the
    person's own system prompt (which comes last, so its instructions win); None when both
    are empty."""
    parts = [answer_language_instruction(language), (own_prompt or "").strip()]
    text = "\n\n".join(part for part in parts if part)
    return text or None
