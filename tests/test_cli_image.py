"""``hearth ask-image`` as a person runs it: a real subprocess on the tiny vision model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.test_cli import hearth

DATA = Path(__file__).resolve().parent / "data" / "mllama"
US = ("--domicile", "US", "--as", "individual")


@pytest.fixture()
def vision_model(tmp_path: Path) -> Path:
    shutil.copy(DATA / "tiny-mllama-mmproj.gguf", tmp_path / "Tiny-Vision-mmproj.gguf")
    return Path(shutil.copy(DATA / "tiny-mllama-text.gguf", tmp_path / "Tiny-Vision.gguf"))


@pytest.fixture()
def picture(tmp_path: Path) -> Path:
    pre = np.load(DATA / "preprocess.npz")
    path = tmp_path / "picture.png"
    Image.fromarray(pre["model_1x2/source"]).save(path)
    return path


def test_json_answer_matches_the_reference(vision_model: Path, picture: Path) -> None:
    ref = np.load(DATA / "model.npz")
    result = hearth("ask-image", str(picture), "--prompt", "What is in this picture?",
                    "--model", str(vision_model), "--temperature", "0", "--max-tokens", "8",
                    "--threads", "2", "--json", *US)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["completion_tokens"] == 8
    assert data["prompt_tokens"] == len(ref["chat_prompt"])
    assert data["stop_reason"] == "length"
    assert data["text"]


def test_streamed_answer(vision_model: Path, picture: Path) -> None:
    result = hearth("ask-image", str(picture), "-p", "Describe it.", "-m", str(vision_model),
                    "--max-tokens", "4", "--seed", "1", *US)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_not_a_picture(vision_model: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    result = hearth("ask-image", str(notes), "-p", "What is it?", "-m", str(vision_model), *US)
    assert result.returncode == 1
    assert "not a picture" in result.stderr and "Traceback" not in result.stderr


def test_text_model_is_refused(smollm2_gguf: Path, picture: Path) -> None:
    result = hearth("ask-image", str(picture), "-p", "What is it?", "-m", str(smollm2_gguf))
    assert result.returncode == 1
    assert "cannot see pictures" in result.stderr


def test_missing_projector_is_explained(tmp_path: Path, picture: Path) -> None:
    lone = Path(shutil.copy(DATA / "tiny-mllama-text.gguf", tmp_path / "Lone.gguf"))
    result = hearth("ask-image", str(picture), "-p", "What is it?", "-m", str(lone), *US)
    assert result.returncode == 1
    assert "projector" in result.stderr and "Traceback" not in result.stderr


def test_eu_declaration_is_refused(vision_model: Path, picture: Path) -> None:
    result = hearth("ask-image", str(picture), "-p", "What is it?", "-m", str(vision_model),
                    "--domicile", "DE", "--as", "individual")
    assert result.returncode == 1
    assert "European Union" in result.stderr


def test_convert_vision_then_ask(tmp_path: Path, picture: Path) -> None:
    from tests.core.vision.test_convert import _hf_checkpoint

    ck = _hf_checkpoint(tmp_path / "Tiny-HF")
    result = hearth("convert-vision", str(ck), str(tmp_path / "out"), "--type", "f16")
    assert result.returncode == 0, result.stderr
    text, proj = (Path(line) for line in result.stdout.split())
    assert text.name == "Tiny-HF-F16.gguf" and proj.name == "Tiny-HF-mmproj-F16.gguf"
    answer = hearth("ask-image", str(picture), "-p", "What is it?", "-m", str(text),
                    "--max-tokens", "3", "--json", *US)
    assert answer.returncode == 0, answer.stderr
    assert json.loads(answer.stdout)["completion_tokens"] == 3


def test_convert_vision_refuses_a_non_checkpoint(tmp_path: Path) -> None:
    result = hearth("convert-vision", str(tmp_path))
    assert result.returncode == 1
    assert "config.json" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("flag", "value"), [("--threads", "0"), ("--ctx", "-4"),
                                             ("--max-tokens", "0"), ("--temperature", "9")])
def test_out_of_range_numbers_are_refused_before_loading(vision_model: Path, picture: Path,
                                                         flag: str, value: str) -> None:
    result = hearth("ask-image", str(picture), "--prompt", "hi", "--model", str(vision_model),
                    flag, value, *US)
    assert result.returncode == 2
    assert flag in result.stderr and "must be" in result.stderr


def test_progress_on_stderr_quick_detail_and_the_disk_cache(vision_model: Path,
                                                            picture: Path) -> None:
    args = ("ask-image", str(picture), "-p", "What is it?", "-m", str(vision_model),
            "--temperature", "0", "--max-tokens", "4", "--json", *US)
    first = hearth(*args, "--detail", "quick")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["detail"] == "quick" and data["picture_from"] == "encoded"
    assert data["completion_tokens"] > 0
    lines = first.stderr.splitlines()
    assert lines[0].startswith("Reading the picture… 0 %")
    assert "Reading the picture… 100 %" in lines
    assert "\r" not in first.stderr  # not a terminal: plain lines
    again = hearth(*args, "--detail", "quick")  # a new process: the encoded picture is on disk
    assert json.loads(again.stdout)["picture_from"] == "disk"
    assert json.loads(again.stdout)["text"] == data["text"]
    full = hearth(*args)
    assert json.loads(full.stdout)["picture_from"] == "encoded"  # another detail, read again


def test_bad_detail_is_refused(vision_model: Path, picture: Path) -> None:
    result = hearth("ask-image", str(picture), "-p", "What?", "-m", str(vision_model),
                    "--detail", "medium", *US)
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_progress_line_redraws_in_place_on_a_terminal() -> None:
    import io

    from app.cli.progress import ProgressLine
    from app.core.engine.base import ProgressEvent, describe_progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Terminal()
    line = ProgressLine(out)
    line.show(describe_progress(ProgressEvent("image", 0.0, None)))
    line.show(describe_progress(ProgressEvent("image", 0.35, 30)))
    line.clear()
    text = out.getvalue()
    assert text.startswith("\rReading the picture… 0 %")
    assert "\rReading the picture… 35 % · about 30 s left" in text
    assert text.endswith("\r") and "\n" not in text
