"""`hearth summarize`, run as a real subprocess with the real SmolLM2 model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.paths import data_dir
from app.core.store import ConversationStore
from tests.support.documents import make_pdf
from tests.test_cli import ROOT, hearth

pytestmark = pytest.mark.slow

DOC = ("The town of Millbrook opened a new public library on Monday. The building has three "
       "floors, a children's room and a café.\n\nThe library cost twelve million dollars and "
       "took two years to build.")


def test_summarize_json_saves_a_conversation(smollm2_gguf: Path, tmp_path: Path) -> None:
    path = tmp_path / "library.txt"
    path.write_text(DOC, encoding="utf-8")
    result = hearth("summarize", str(path), "--model", str(smollm2_gguf), "--style", "short",
                    "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["mode"] == "single" and data["style"] == "short" and data["language"] == "en"
    assert data["text"].strip()
    assert data["doc_tokens"] > 20 and data["ttft_ms"] > 0
    assert "Reading the document" in result.stderr  # progress goes to stderr
    with ConversationStore(data_dir() / "conversations.sqlite3") as store:
        conv = store.get(data["conversation_id"])
        assert conv is not None and conv.title == "Summary: library.txt"
        assert [m.content for m in store.messages(conv.id)][1] == data["text"]


def test_summarize_pdf_prints_sources(smollm2_gguf: Path, tmp_path: Path) -> None:
    pages = DOC.split("\n\n")
    path = make_pdf(tmp_path / "library.pdf", pages)
    result = hearth("summarize", str(path), "--model", str(smollm2_gguf), "--no-save")
    assert result.returncode == 0, result.stderr
    assert "\nSources:\n" in result.stdout
    assert "[1] page 1:" in result.stdout or "[2] page 2:" in result.stdout
    assert not (data_dir() / "conversations.sqlite3").exists()


def test_summarize_bad_input_is_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    from tests.support.documents import make_scanned_pdf

    make_scanned_pdf(path)
    result = hearth("summarize", str(path))
    assert result.returncode == 1
    assert "This PDF has no text layer; OCR is not available" in result.stderr
    assert "Traceback" not in result.stderr
    unsupported = tmp_path / "table.xlsx"
    unsupported.write_bytes(b"PK")
    result = hearth("summarize", str(unsupported))
    assert result.returncode == 1 and "cannot summarize .xlsx files" in result.stderr


def test_ctrl_c_cancels_and_saves_nothing(smollm2_gguf: Path, tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text("\n\n".join(
        f"# Chapter {i}\n\n" + " ".join(f"Sentence {j} of chapter {i} says something new."
                                        for j in range(40)) for i in range(1, 7)),
        encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "summarize", str(path), "--model", str(smollm2_gguf),
         "--ctx", "512"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stderr is not None
    lines = []
    deadline = time.monotonic() + 240
    for line in proc.stderr:
        lines.append(line)
        if "part 1 of" in line:
            break
        assert time.monotonic() < deadline, lines
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, "".join(lines) + err
    assert "cancelled; nothing was saved" in err
    assert "part 2 of" not in err
    assert out == ""
    assert not (data_dir() / "conversations.sqlite3").exists()
