"""The `hearth` command, run as a real subprocess like a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def hearth(*args: str, stdin: str | None = None, timeout: float = 240
           ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def test_one_shot_json_answer(smollm2_gguf: Path) -> None:
    result = hearth("chat", "--model", str(smollm2_gguf), "--prompt",
                    "Which city is the capital of France?", "--json", "--temperature", "0",
                    "--max-tokens", "40")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"text", "prompt_tokens", "completion_tokens", "ttft_ms", "tokens_per_s"} <= set(data)
    assert "Paris" in data["text"]
    assert data["prompt_tokens"] > 0 and data["completion_tokens"] > 0
    assert data["ttft_ms"] > 0 and data["tokens_per_s"] > 0


def test_starter_model_is_the_default_and_streams_text() -> None:
    result = hearth("chat", "--prompt", "Say hi.", "--max-tokens", "12", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_interactive_chat_keeps_the_conversation(smollm2_gguf: Path) -> None:
    result = hearth("chat", "-m", "smollm2", "--temperature", "0", "--max-tokens", "30",
                    stdin="My name is Ada.\nWhat is my name?\n/exit\n")
    assert result.returncode == 0, result.stderr
    assert "Ada" in result.stdout


def test_bad_model_file_is_one_clear_line(tmp_path: Path) -> None:
    bogus = tmp_path / "model.gguf"
    bogus.write_bytes(b"PK\x03\x04 this is a zip, not a model")
    result = hearth("chat", "--model", str(bogus), "--prompt", "hi")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "not a GGUF" in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_model_name_lists_installed_ones() -> None:
    result = hearth("chat", "--model", "llama-9000", "--prompt", "hi")
    assert result.returncode == 1
    assert "llama-9000" in result.stderr and "smollm2" in result.stderr


def test_empty_prompt_and_usage_errors() -> None:
    assert hearth("chat", "--prompt", "  ").returncode == 1
    usage = hearth("chat", "--temperature", "hot")
    assert usage.returncode == 2
    assert "temperature" in usage.stderr
    assert hearth("frobnicate").returncode == 2


def test_prompt_over_context(smollm2_gguf: Path) -> None:
    result = hearth("chat", "-m", str(smollm2_gguf), "--ctx", "256", "--prompt", "word " * 800)
    assert result.returncode == 1
    assert "256" in result.stderr
    assert "Traceback" not in result.stderr


def test_doctor_reports_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    result = hearth("doctor", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["hardware"]["physical_cores"] >= 1
    assert any(d["name"] for d in data["hardware"]["devices"])
    assert data["starter_model"] and data["starter_model"].endswith(".gguf")
    from app.core.vision import fast_attention

    kern = fast_attention.available_kernel()
    expected = f"Hearth's kernel, {kern.name}" if kern else "ggml's flash attention ("
    assert data["picture_attention"].startswith(expected)
    text = hearth("doctor")
    assert text.returncode == 0
    assert f"Picture attention    {data['picture_attention']}" in text.stdout
    monkeypatch.setenv("HEARTH_VISION_ATTENTION", "ggml")
    ggml = hearth("doctor", "--json")
    assert json.loads(ggml.stdout)["picture_attention"] == (
        "ggml's flash attention (chosen by HEARTH_VISION_ATTENTION=ggml)")


def test_models_list_includes_imported_files(hearth_home: Path, smollm2_gguf: Path) -> None:
    models = hearth_home / "models"
    models.mkdir(exist_ok=True)
    (models / "my-model.gguf").symlink_to(smollm2_gguf)
    result = hearth("models", "list", "--json")
    names = [m["name"] for m in json.loads(result.stdout)]
    assert names[0] == "smollm2-135m" and "my-model" in names
    answer = hearth("chat", "-m", "my-model", "-p", "Hi", "--max-tokens", "4", "--json")
    assert answer.returncode == 0, answer.stderr


@pytest.mark.slow
def test_self_test_passes() -> None:
    result = hearth("--self-test")
    assert result.returncode == 0, result.stderr
    for check in ("build", "imports", "folders", "llama.cpp", "tiny model", "attention", "Qt",
                  "languages", "window"):
        assert f"[ ok ] {check:10}" in result.stderr, result.stderr
    assert "[FAIL]" not in result.stderr
    assert "offscreen platform plugin" in result.stderr
    assert "SmolLM2 135M Instruct" in result.stderr  # the window answers with the starter
    assert result.stderr.strip().splitlines()[-1].startswith("self-test: ok")


@pytest.mark.slow
def test_self_test_names_the_failed_check(tmp_path: Path) -> None:
    damaged = tmp_path / "build-info.json"
    damaged.write_text("{")
    env = dict(os.environ, PYTHONPATH=str(ROOT), HEARTH_BUILD_INFO=str(damaged))
    result = subprocess.run([sys.executable, "-m", "app", "--self-test"], capture_output=True,
                            text=True, timeout=240, env=env, cwd=ROOT)
    assert result.returncode == 1
    assert "[FAIL] build" in result.stderr and "[ ok ] window" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("self-test: FAILED: build")


def test_a_gguf_path_alone_opens_the_window_with_it(tmp_path: Path) -> None:
    from app.cli import _opened_model_file

    model = tmp_path / "Model.GGUF"
    model.write_bytes(b"GGUF")
    assert _opened_model_file([str(model)]) == model
    assert _opened_model_file([str(tmp_path / "missing.gguf")]) is None
    assert _opened_model_file(["chat", str(model)]) is None
    assert _opened_model_file([]) is None


def test_hostile_chat_template_is_refused(smollm2_gguf: Path, tmp_path: Path) -> None:
    from tests.support.models import copy_with_chat_template

    hostile = copy_with_chat_template(
        smollm2_gguf, tmp_path / "hostile.gguf",
        "{{ cycler.__init__.__globals__.os.system('echo pwned') }}",
    )
    result = hearth("chat", "-m", str(hostile), "-p", "hi")
    assert result.returncode == 1
    assert "chat template" in result.stderr
    assert "pwned" not in result.stdout + result.stderr
