"""The interface languages and the answer-language instruction (no Qt)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.core.languages import (
    LANGUAGES,
    TRANSLATED,
    answer_language_instruction,
    choose_language,
    language_code,
    system_prompt_for,
)
from app.core.settings import Settings, load_settings, save_settings


def test_the_eight_llama_languages_with_their_own_names() -> None:
    assert list(LANGUAGES) == ["en", "de", "es", "fr", "it", "pt", "hi", "th"]
    assert TRANSLATED == ("de", "es", "fr", "it", "pt", "hi", "th")
    assert LANGUAGES["hi"].native == "हिन्दी" and LANGUAGES["th"].native == "ไทย"
    assert LANGUAGES["de"].english == "German"


@pytest.mark.parametrize(("name", "code"), [
    ("de_DE", "de"), ("pt-BR", "pt"), ("th_TH.UTF-8", "th"), ("HI", "hi"), ("en-US", "en"),
    ("ja_JP", None), ("C", None), ("", None), (None, None),
])
def test_language_code_of_a_locale_name(name: str | None, code: str | None) -> None:
    assert language_code(name) == code


def test_setting_wins_then_system_then_english() -> None:
    assert choose_language("th", ["de-DE"]) == "th"
    assert choose_language("", ["ja-JP", "fr-CA", "de"]) == "fr"  # first supported one
    assert choose_language("", ["ja-JP", "C"]) == "en"
    assert choose_language("xx", []) == "en"  # a damaged setting falls back
    assert choose_language(None, ["hi_IN"]) == "hi"


def test_english_needs_no_instruction() -> None:
    assert answer_language_instruction("en") == ""
    assert answer_language_instruction(None) == ""
    assert answer_language_instruction("xx") == ""
    assert system_prompt_for("", "en") is None
    assert system_prompt_for("  ", None) is None
    assert system_prompt_for("Be brief.", "en") == "Be brief."


@pytest.mark.parametrize("code", TRANSLATED)
def test_other_languages_ask_for_answers_in_them(code: str) -> None:
    lang = LANGUAGES[code]
    text = system_prompt_for(None, code)
    assert text is not None
    assert f"Answer in {lang.english}" in text and lang.native in text


def test_the_persons_own_prompt_comes_last_so_it_wins() -> None:
    text = system_prompt_for("Always answer in English, in one sentence.", "de")
    assert text is not None
    first, second = text.split("\n\n")
    assert "German (Deutsch)" in first
    assert second == "Always answer in English, in one sentence."


def test_language_setting_is_saved_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert Settings().language == ""  # follows the system
    save_settings(Settings(language="th"), path)
    assert load_settings(path).language == "th"


def test_languages_module_stays_free_of_qt() -> None:
    import app.core.languages  # noqa: F401

    source = Path(sys.modules["app.core.languages"].__file__ or "").read_text(encoding="utf-8")
    assert "PySide6" not in source
