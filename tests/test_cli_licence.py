"""`hearth licence` and the licence flags of `hearth chat`, as a person or a script runs them."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.licence import declaration_for_model, prompt_declaration
from app.core.licence import (
    FROM_SETTINGS,
    LICENCE_VERSION,
    Declaration,
    store_declaration,
    stored_declaration,
)
from app.core.settings import load_settings
from tests.support.vision_gguf import write_mllama

ROOT = Path(__file__).resolve().parent.parent


def hearth(*args: str, stdin: str | None = None, timeout: float = 240
           ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True,
        timeout=timeout, env=env, cwd=ROOT,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def vision(tmp_path: Path) -> Path:
    return write_mllama(tmp_path / "Llama-3.2-11B-Vision-Instruct.Q4_K_M.gguf")


def test_undecided_on_a_non_interactive_cli_is_an_error(vision: Path) -> None:
    result = hearth("chat", "--model", str(vision), "--prompt", "hi")
    assert result.returncode == 1
    line = one_line(result)
    assert line.startswith("hearth: error: Hearth needs your licence declaration")
    assert "hearth licence declare" in line and "--domicile" in line
    assert stored_declaration() is None  # nothing was assumed or stored


@pytest.mark.parametrize(("flags", "blocked"), [
    (["--domicile", "DE", "--as", "individual"], True),
    (["--domicile", "us", "--as", "company", "--company-country", "DE"], True),
    (["--domicile", "RE", "--as", "individual"], True),
    (["--domicile", "US", "--as", "individual"], False),
    (["--domicile", "FR", "--as", "company", "--company-country", "US"], False),
    (["--domicile", "NO", "--as", "individual"], False),
])
def test_chat_with_declaration_flags(vision: Path, flags: list[str], blocked: bool) -> None:
    result = hearth("chat", "--model", str(vision), "--prompt", "hi", *flags)
    assert result.returncode == 1
    line = one_line(result)
    if blocked:
        assert "will not load" in line and "European Union" in line
        assert "not legal advice" in line
    else:
        # Past the licence check; the vision engine refuses this header-only file for its own
        # reason.
        assert "licence" not in line.lower() and "European Union" not in line
        assert "not a complete Llama 3.2 Vision file" in line
    assert stored_declaration() is None  # flags are for this run only


def test_chat_flag_usage_errors(vision: Path) -> None:
    base = ["chat", "--model", str(vision), "--prompt", "hi"]
    missing_company = hearth(*base, "--domicile", "US", "--as", "company")
    assert missing_company.returncode == 2 and "--company-country" in missing_company.stderr
    assert hearth(*base, "--domicile", "XX", "--as", "individual").returncode == 2
    assert hearth(*base, "--domicile", "US").returncode == 2
    assert hearth(*base, "--as", "individual").returncode == 2
    assert hearth(*base, "--domicile", "US", "--as", "robot").returncode == 2
    stray = hearth(*base, "--domicile", "US", "--as", "individual", "--company-country", "DE")
    assert stray.returncode == 2


def test_text_models_need_no_declaration_even_in_the_eu(smollm2_gguf: Path) -> None:
    plain = hearth("chat", "--model", str(smollm2_gguf), "--prompt", "Hi", "--max-tokens", "4")
    assert plain.returncode == 0, plain.stderr
    assert hearth("licence", "declare", "--domicile", "DE", "--as", "individual",
                  "--accept").returncode == 0
    stored = hearth("chat", "--model", str(smollm2_gguf), "--prompt", "Hi", "--max-tokens", "4")
    assert stored.returncode == 0, stored.stderr
    flags = hearth("chat", "--model", str(smollm2_gguf), "--prompt", "Hi", "--max-tokens", "4",
                   "--domicile", "FR", "--as", "individual")
    assert flags.returncode == 0, flags.stderr


def test_licence_declare_show_clear_and_the_change_applies_at_once(vision: Path) -> None:
    shown = hearth("licence", "show", "--json")
    assert shown.returncode == 0
    assert json.loads(shown.stdout)["vision_models"] == "undecided"

    refused = hearth("licence", "declare", "--domicile", "DE", "--as", "individual")
    assert refused.returncode == 1 and "--accept" in one_line(refused)
    assert "not legal advice" in refused.stdout  # the terms were shown
    assert stored_declaration() is None

    assert hearth("licence", "declare", "--domicile", "DE", "--as", "individual",
                  "--accept").returncode == 0
    data = json.loads(hearth("licence", "show", "--json").stdout)
    assert data["vision_models"] == "blocked" and data["text_models"] == "allowed"
    assert data["declaration"]["domicile"] == "DE"
    assert data["declaration"]["licence_version"] == LICENCE_VERSION
    assert data["declaration"]["accepted_at"]
    assert load_settings().licence_declaration["role"] == "individual"
    blocked = hearth("chat", "--model", str(vision), "--prompt", "hi")
    assert blocked.returncode == 1 and "Germany (DE)" in one_line(blocked)

    # The person moves to the US company's side: the next run sees it.
    changed = hearth("license", "declare", "--domicile", "DE", "--as", "company",
                     "--company-country", "US", "--accept")
    assert changed.returncode == 0 and "allowed" in changed.stdout
    allowed = hearth("chat", "--model", str(vision), "--prompt", "hi")
    assert allowed.returncode == 1 and "licence" not in one_line(allowed).lower()

    text = hearth("licence")  # `show` is the default action
    assert "company whose principal place of business is in United States (US)" in text.stdout
    assert "https://www.llama.com/llama3_2/license/" in text.stdout

    assert hearth("licence", "clear").returncode == 0
    assert stored_declaration() is None
    again = hearth("chat", "--model", str(vision), "--prompt", "hi")
    assert again.returncode == 1 and "needs your licence declaration" in one_line(again)


def test_licence_declare_needs_its_answers() -> None:
    assert hearth("licence", "declare", "--accept").returncode == 2
    assert hearth("licence", "declare", "--domicile", "DE", "--accept").returncode == 2
    assert hearth("licence", "declare", "--domicile", "US", "--as", "company",
                  "--accept").returncode == 2
    assert stored_declaration() is None


# -- the interactive prompt (a terminal), driven in-process --------------------------------------


def answers(*replies: str):  # type: ignore[no-untyped-def]
    queue = list(replies)

    def ask(*_question: str) -> str:
        if not queue:
            raise EOFError
        return queue.pop(0)

    return ask


def test_prompt_needs_an_explicit_yes(monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    # Enter confirms the suggested country; the role and the acceptance are always asked.
    made = prompt_declaration(answers("", "individual", "y"))
    assert made is not None and made.domicile == "DE" and made.role == "individual"
    assert "not legal advice" in capsys.readouterr().err
    assert prompt_declaration(answers("", "individual", "")) is None  # no default "yes"
    assert prompt_declaration(answers("", "individual", "n")) is None
    assert prompt_declaration(answers("ZZ", "QQ", "XX")) is None  # three bad countries
    assert prompt_declaration(answers("US")) is None  # stopped (EOF) before the end
    company = prompt_declaration(answers("fr", "company", "US", "yes"))
    assert company == Declaration.make("FR", "company", "US",
                                       accepted_at=company.accepted_at)


def _chat_args(**flags: object) -> argparse.Namespace:
    from app.cli import build_parser

    argv = ["chat"]
    for key, value in flags.items():
        argv += [f"--{key.replace('_', '-')}", str(value)]
    return build_parser().parse_args(argv)


def test_interactive_cli_asks_and_stores(vision: Path, monkeypatch: pytest.MonkeyPatch,
                                         smollm2_gguf: Path) -> None:
    monkeypatch.setattr("builtins.input", answers("NO", "individual", "y"))
    declaration = declaration_for_model(_chat_args(), vision, interactive=True)
    assert isinstance(declaration, Declaration) and declaration.domicile == "NO"
    assert stored_declaration() == declaration

    def no_questions(*_args: object) -> str:
        raise AssertionError("asked a question")

    # Declared now: no more questions.
    monkeypatch.setattr("builtins.input", no_questions)
    assert declaration_for_model(_chat_args(), vision, interactive=True) is FROM_SETTINGS
    # Undecided again: a text model never asks, and a non-interactive run never asks.
    store_declaration(None)
    assert declaration_for_model(_chat_args(), smollm2_gguf, interactive=True) is FROM_SETTINGS
    assert declaration_for_model(_chat_args(), vision, interactive=False) is FROM_SETTINGS
    assert stored_declaration() is None
    flags = declaration_for_model(_chat_args(domicile="JP", **{"as": "individual"}), vision)
    assert isinstance(flags, Declaration) and flags.domicile == "JP"
