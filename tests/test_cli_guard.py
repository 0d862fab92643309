"""`hearth guard` and `hearth chat --guard`, run as real subprocesses with the one-word guard
(tests/support/guard_gguf.py: a tiny Llama 3.2 that flags "poison")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.guard_gguf import keyword_guard_path
from tests.test_cli import hearth


@pytest.fixture(scope="module")
def guard_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return keyword_guard_path(tmp_path_factory.mktemp("guard"))


def test_guard_labels_a_message(guard_gguf: Path) -> None:
    ok = hearth("guard", "How do I bake bread?", "--model", str(guard_gguf), "--json")
    assert ok.returncode == 0, ok.stderr
    data = json.loads(ok.stdout)
    assert data["safe"] is True and data["categories"] == [] and data["role"] == "user"
    bad = hearth("guard", "How do I make poison at home?", "--model", str(guard_gguf))
    assert bad.returncode == 3, bad.stderr
    assert bad.stdout.startswith("unsafe: ") and "(S" in bad.stdout


def test_guard_judges_an_answer(guard_gguf: Path) -> None:
    result = hearth("guard", "--role", "agent", "--after", "How do I bake bread?",
                    "Mix flour and water. Then add poison.", "--model", str(guard_gguf),
                    "--json")
    assert result.returncode == 3, result.stderr
    data = json.loads(result.stdout)
    assert data["safe"] is False and data["role"] == "agent" and data["categories"]
    assert {"code", "name", "plain"} <= set(data["categories"][0])
    safe = hearth("guard", "--role", "agent", "--after", "Hi", "Hello there.",
                  "--model", str(guard_gguf))
    assert safe.returncode == 0 and safe.stdout.strip() == "safe"


def test_guard_reads_stdin_and_lists_categories(guard_gguf: Path) -> None:
    result = hearth("guard", "-", "--model", str(guard_gguf), stdin="Just poison.\n")
    assert result.returncode == 3
    listing = hearth("guard", "--list-categories")
    assert listing.returncode == 0 and len(listing.stdout.splitlines()) == 14
    assert "S11  Self-Harm" in listing.stdout


def test_guard_errors_are_one_sentence(guard_gguf: Path) -> None:
    empty = hearth("guard", "  ", "--model", str(guard_gguf))
    assert empty.returncode == 1 and empty.stderr.startswith("hearth: error: There is nothing")
    missing = hearth("guard", "hello")  # no guard model installed in this HEARTH_HOME
    assert missing.returncode == 1
    assert "Llama Guard 3 1B, which is not installed" in missing.stderr
    assert "Traceback" not in missing.stderr
    bad_code = hearth("guard", "hello", "--exclude", "S99")
    assert bad_code.returncode == 2 and "S99" in bad_code.stderr
    after = hearth("guard", "hello", "--after", "x", "--model", str(guard_gguf))
    assert after.returncode == 1 and "--role agent" in after.stderr


def test_chat_guard_blocks_and_passes(guard_gguf: Path, smollm2_gguf: Path) -> None:
    common = ("chat", "--model", str(smollm2_gguf), "--guard", "--guard-model",
              str(guard_gguf), "--temperature", "0", "--max-tokens", "16", "--json")
    blocked = hearth(*common, "--prompt", "How do I make poison at home?")
    assert blocked.returncode == 3, blocked.stderr
    data = json.loads(blocked.stdout)
    assert data["text"].startswith("Not answered: the safety check found")
    assert [(e["action"], e["role"]) for e in data["guard"]] == [("blocked", "user")]
    assert "hearth: safety: Not answered" in blocked.stderr
    passed = hearth(*common, "--prompt", "How do I bake bread?")
    assert passed.returncode == 0, passed.stderr
    data = json.loads(passed.stdout)
    assert data["guard"] == [] and data["text"] and "safety" not in passed.stderr


def test_chat_guard_also_checks_chats_with_tools(guard_gguf: Path, smollm2_gguf: Path) -> None:
    blocked = hearth("chat", "--model", str(smollm2_gguf), "--guard", "--guard-model",
                     str(guard_gguf), "--tools", "calculator", "--temperature", "0",
                     "--max-tokens", "16", "--json", "--prompt", "How do I make poison at home?")
    assert blocked.returncode == 3, blocked.stderr
    data = json.loads(blocked.stdout)
    assert data["text"].startswith("Not answered: the safety check found")
    assert [(e["action"], e["role"]) for e in data["guard"]] == [("blocked", "user")]
    assert "hearth: safety: Not answered" in blocked.stderr


def test_chat_without_guard_is_unchanged(smollm2_gguf: Path) -> None:
    result = hearth("chat", "--model", str(smollm2_gguf), "--prompt", "Say poison.",
                    "--temperature", "0", "--max-tokens", "8", "--json")
    assert result.returncode == 0 and "guard" not in json.loads(result.stdout)


@pytest.fixture(scope="module")
def picture_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import numpy as np
    from PIL import Image

    from tests.support.vision_guard_gguf import DATA

    path = tmp_path_factory.mktemp("picture") / "picture.png"
    Image.fromarray(np.load(DATA / "preprocess.npz")["model_1x2/source"]).save(path)
    return path


def test_guard_image_is_judged_by_the_installed_vision_guard(picture_file: Path) -> None:
    """Llama Guard 3 11B Vision installed (the tiny stand-in) and a US declaration: the picture
    and the text are judged together; the constrained verdict is well-formed and repeatable."""
    from app.core import paths
    from app.core.licence import Declaration, store_declaration
    from tests.support.vision_guard_gguf import vision_guard_path

    store_declaration(Declaration.make("US", "individual"))
    vision_guard_path(paths.models_dir())
    first = hearth("guard", "--image", str(picture_file), "What is in this picture?", "--json")
    assert first.returncode in (0, 3), first.stderr
    data = json.loads(first.stdout)
    assert data["image_checked"] is True and data["model"] == "Llama Guard 3 11B Vision"
    assert data["raw"] == ("safe" if data["safe"] else
                           "unsafe\n" + ",".join(c["code"] for c in data["categories"]))
    assert first.returncode == (0 if data["safe"] else 3)
    assert "not checked" not in first.stderr
    again = hearth("guard", "--image", str(picture_file), "What is in this picture?")
    assert again.returncode == first.returncode
    assert again.stdout.strip() == ("safe" if data["safe"] else
                                    f"unsafe: {data_plain(data)}")


def data_plain(data: dict[str, object]) -> str:
    from app.core.safety.prompt import describe

    codes = [c["code"] for c in data["categories"]]  # type: ignore[attr-defined]
    return f"{describe(codes)} ({', '.join(codes)})"


def test_guard_image_refused_for_an_eu_developer_judges_the_text(
        picture_file: Path, guard_gguf: Path) -> None:
    from app.core import paths
    from app.core.licence import Declaration, store_declaration
    from tests.support.vision_guard_gguf import vision_guard_path

    store_declaration(Declaration.make("IT", "individual"))
    vision_guard_path(paths.models_dir())
    result = hearth("guard", "--image", str(picture_file), "How do I make poison at home?",
                    "--model", str(guard_gguf), "--json")
    assert result.returncode == 3, result.stderr  # the text guard still judges the words
    data = json.loads(result.stdout)
    assert data["image_checked"] is False and data["safe"] is False
    assert "hearth: safety: The picture was not checked by the safety model: Hearth will " \
           "not load Llama-Guard-3-11B-Vision" in result.stderr
    assert "Traceback" not in result.stderr
    # The vision guard named as the safety model itself is refused with the same reason.
    direct = hearth("guard", "hello", "--model",
                    str(paths.models_dir() / "Llama-Guard-3-11B-Vision-Q4_K_M.gguf"))
    assert direct.returncode == 1 and "Hearth will not load" in direct.stderr


def test_guard_image_errors_are_one_sentence(guard_gguf: Path, tmp_path: Path) -> None:
    missing = hearth("guard", "--image", str(tmp_path / "nope.png"), "hi", "--model",
                     str(guard_gguf))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert "nope.png" in missing.stderr
    text_only = tmp_path / "pic.png"
    from PIL import Image

    Image.new("RGB", (4, 4)).save(text_only)
    unchecked = hearth("guard", "--image", str(text_only), "How do I bake bread?", "--model",
                       str(guard_gguf))
    assert unchecked.returncode == 0 and unchecked.stdout.strip() == "safe"
    assert ("The picture was not checked by the safety model: Llama Guard 3 11B Vision is "
            "not installed.") in unchecked.stderr


def test_ask_image_guard(picture_file: Path, guard_gguf: Path, tmp_path: Path) -> None:
    """`hearth ask-image --guard`: the question and its picture go to the vision guard (the
    stand-in labels this one unsafe); without a vision guard the text guard judges the words
    and the picture is reported unchecked."""
    import shutil

    from app.core import paths
    from app.core.licence import Declaration, store_declaration
    from tests.support.vision_guard_gguf import DATA, vision_guard_path

    store_declaration(Declaration.make("US", "individual"))
    shutil.copy(DATA / "tiny-mllama-text.gguf", tmp_path / "Tiny-Vision.gguf")
    shutil.copy(DATA / "tiny-mllama-mmproj.gguf", tmp_path / "Tiny-Vision-mmproj.gguf")
    common = ("ask-image", str(picture_file), "--prompt", "What is in this picture?",
              "--model", str(tmp_path / "Tiny-Vision.gguf"), "--temperature", "0",
              "--max-tokens", "4", "--ctx", "256", "--json", "--guard")
    unchecked = hearth(*common, "--guard-model", str(guard_gguf))
    assert unchecked.returncode == 0, unchecked.stderr
    data = json.loads(unchecked.stdout)
    assert [(e["action"], e["role"]) for e in data["guard"]] == [("unchecked", "user")]
    assert "hearth: safety: The picture was not checked by the safety model" in unchecked.stderr
    assert data["stop_reason"] != "content_filter"

    vision_guard_path(paths.models_dir())
    blocked = hearth(*common)  # no text guard installed: not needed for a picture
    assert blocked.returncode == 3, blocked.stderr
    data = json.loads(blocked.stdout)
    assert [(e["action"], e["role"]) for e in data["guard"]] == [("blocked", "user")]
    assert data["text"].startswith("Not answered: the safety check found")
    assert data["stop_reason"] == "content_filter"
