"""`hearth serve` as a real subprocess: it prints its address, answers curl, stops cleanly on
Ctrl-C; off loopback it creates an API key, keeps it in the keychain and shows it once.
Also `hearth chat --tool-choice`."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_cli import ROOT, hearth

pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


class Serve:
    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", "0", "--ctx", "1024",
             "--threads", "2", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT), **(env or {})))
        self.lines: list[str] = []
        assert self.proc.stdout is not None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError("hearth serve ended: " + self.proc.stderr.read())
            self.lines.append(line)
            match = re.search(r"at (http://\S+/v1)", line)
            if match:
                self.url = match.group(1)
                break
        if args and "--host" in args:
            self.lines.append(self.proc.stdout.readline())

    def curl(self, path: str, *extra: str) -> tuple[int, str]:
        out = subprocess.run(["curl", "-sS", "-o", "-", "-w", "\n%{http_code}",
                              f"{self.url}{path}", *extra],
                             capture_output=True, text=True, timeout=300, check=True).stdout
        body, _, code = out.rpartition("\n")
        return int(code), body

    def interrupt(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGINT)
        _, err = self.proc.communicate(timeout=60)
        return self.proc.returncode, err


@pytest.fixture()
def keyring_file(tmp_path: Path) -> Iterator[dict[str, str]]:
    yield {"PYTHON_KEYRING_BACKEND": "tests.support.keyring_backends.FileKeyring",
           "HEARTH_TEST_KEYRING_FILE": str(tmp_path / "keyring.json")}


def test_serve_answers_curl_and_stops_on_ctrl_c(smollm2_gguf: Path) -> None:
    server = Serve("--model", "smollm2-135m")
    try:
        assert server.url.startswith("http://127.0.0.1:")
        assert "smollm2-135m" in server.lines[0]
        body = json.dumps({"model": "smollm2-135m", "temperature": 0, "max_tokens": 4,
                           "messages": [{"role": "user", "content": "Hi"}]})
        code, text = server.curl("/chat/completions", "-H",
                                 "Content-Type: application/json", "-d", body)
        assert code == 200, text
        assert json.loads(text)["choices"][0]["message"]["content"]
        code, text = server.curl("/models")
        assert code == 200 and "smollm2-135m" in text
        started = time.monotonic()
        returncode, err = server.interrupt()
        assert returncode == 0, err
        assert time.monotonic() - started < 30
        assert "Stopped." in err
        assert "Traceback" not in err
    finally:
        if server.proc.poll() is None:
            server.proc.kill()


def test_serve_beyond_loopback_needs_the_key_shown_once(smollm2_gguf: Path,
                                                        keyring_file: dict[str, str]) -> None:
    first = Serve("--host", "0.0.0.0", env=keyring_file)
    try:
        shown = re.search(r"API key \(shown once[^:]*\): (\S+)", "".join(first.lines))
        assert shown, first.lines
        key = shown.group(1)
        first.url = first.url.replace("0.0.0.0", "127.0.0.1")
        assert first.curl("/models")[0] == 401
        code, text = first.curl("/models", "-H", f"Authorization: Bearer {key}")
        assert code == 200, text
        assert first.interrupt()[0] == 0
    finally:
        if first.proc.poll() is None:
            first.proc.kill()
    stored = json.loads(Path(keyring_file["HEARTH_TEST_KEYRING_FILE"]).read_text())
    assert key in stored.values()
    second = Serve("--host", "0.0.0.0", env=keyring_file)
    try:
        assert key not in "".join(second.lines)  # shown once only
        second.url = second.url.replace("0.0.0.0", "127.0.0.1")
        assert second.curl("/models", "-H", f"Authorization: Bearer {key}")[0] == 200
        assert second.interrupt()[0] == 0
    finally:
        if second.proc.poll() is None:
            second.proc.kill()


def test_serve_refuses_an_unknown_model_in_one_line() -> None:
    result = hearth("serve", "--port", "0", "--model", "no-such-model", timeout=120)
    assert result.returncode == 1
    assert "no-such-model" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_chat_tool_choice_required_makes_a_call(smollm2_gguf: Path) -> None:
    result = hearth("chat", "-m", str(smollm2_gguf), "--tools", "calculator",
                    "--tool-choice", "required", "--max-tool-rounds", "1", "--temperature",
                    "0", "--max-tokens", "40", "-p", "How much is 12 times 7?", "--json",
                    stdin="")
    assert result.returncode == 0, result.stderr
    calls = json.loads(result.stdout)["tool_calls"]
    assert calls and calls[0]["name"] == "calculate"
    assert "[tool] calculate(" in result.stderr


def test_chat_tool_choice_names_a_tool_it_has() -> None:
    result = hearth("chat", "--tools", "calculator", "--tool-choice", "get_weather", "-p",
                    "hi", stdin="")
    assert result.returncode == 1
    assert "get_weather" in result.stderr and "calculate" in result.stderr
