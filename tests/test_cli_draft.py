"""`hearth chat --draft`: speculative decoding from the terminal, as a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from app.core.settings import Settings, save_settings
from tests.test_cli import hearth

PROMPT = "Which city is the capital of France?"


def test_draft_gives_the_same_answer_and_prints_its_stats(smollm2_gguf: Path) -> None:
    common = ("chat", "--model", str(smollm2_gguf), "--prompt", PROMPT, "--json",
              "--temperature", "0", "--max-tokens", "40", "--threads", "1")
    plain = hearth(*common)
    spec = hearth(*common, "--draft", str(smollm2_gguf), "--draft-max", "4")
    assert plain.returncode == 0, plain.stderr
    assert spec.returncode == 0, spec.stderr
    a, b = json.loads(plain.stdout), json.loads(spec.stdout)
    assert "drafted" not in a
    assert b["text"] == a["text"] and "Paris" in b["text"]
    assert b["drafted"] > 0 and 0 <= b["accepted"] <= b["drafted"]
    assert b["acceptance"] == round(b["accepted"] / b["drafted"], 4)
    assert b["tokens_per_s"] > 0 and b["speedup_estimate"] > 0


def test_draft_from_settings_and_no_draft(smollm2_gguf: Path) -> None:
    settings = Settings()
    settings.set_model_override(smollm2_gguf, draft=str(smollm2_gguf))
    save_settings(settings)
    common = ("chat", "--model", str(smollm2_gguf), "--prompt", PROMPT, "--json",
              "--temperature", "0", "--max-tokens", "20", "--threads", "1")
    chosen = json.loads(hearth(*common).stdout)
    assert chosen["drafted"] > 0
    off = json.loads(hearth(*common, "--no-draft").stdout)
    assert "drafted" not in off


def test_incompatible_draft_is_one_clear_line(smollm2_gguf: Path, tiny_llama_gguf: Path) -> None:
    result = hearth("chat", "--model", str(smollm2_gguf), "--draft", str(tiny_llama_gguf),
                    "--prompt", PROMPT)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "cannot be the draft" in lines[0] and "vocabulary" in lines[0]
