"""``hearth models …`` as a subprocess against the local fake Hub, like a person would run it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.hub_server import FakeHub, sha256_file
from tests.support.model_manager import FILE, GATED_REPO, GATED_TOKEN, REPO, ROOT, run_hearth


def downloads(hearth_home: Path) -> Path:
    return hearth_home / "models" / ".downloads"


def installed_names() -> list[str]:
    result = run_hearth("models", "list", "--json")
    assert result.returncode == 0, result.stderr
    return [m["name"] for m in json.loads(result.stdout)]


def test_killed_halfway_then_the_same_command_resumes(hub: FakeHub, tiny_llama_gguf: Path,
                                                      hearth_home: Path) -> None:
    size = tiny_llama_gguf.stat().st_size
    hub.throttle_bps = size / 2.0  # about two seconds for the whole file
    command = [sys.executable, "-m", "app", "models", "pull", REPO, "--file", FILE]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    part = downloads(hearth_home) / f"{REPO.replace('/', '--')}--{FILE}.part"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        if part.exists() and part.stat().st_size > size // 2:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    proc.wait(timeout=10)
    proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    kept = part.stat().st_size
    assert size // 2 < kept < size
    assert Path(FILE).stem not in installed_names()

    hub.throttle_bps = None
    hub.clear_log()
    result = run_hearth("models", "pull", REPO, "--file", FILE)
    assert result.returncode == 0, result.stderr
    gets = hub.file_gets(FILE)
    assert len(gets) == 1 and gets[0].range_start == kept
    fetched = hub.bytes_served(FILE)
    assert fetched == size - kept and fetched < 0.6 * size
    installed = hearth_home / "models" / FILE
    assert sha256_file(installed) == sha256_file(tiny_llama_gguf)
    assert Path(FILE).stem in installed_names()
    assert "resuming at" in result.stderr and "sha256 verified" in result.stderr


def test_ctrl_c_pauses_and_keeps_the_partial(hub: FakeHub, tiny_llama_gguf: Path,
                                             hearth_home: Path) -> None:
    size = tiny_llama_gguf.stat().st_size
    hub.throttle_bps = size / 2.0
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "app", "models", "pull", REPO, "--file", FILE],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    part = downloads(hearth_home) / f"{REPO.replace('/', '--')}--{FILE}.part"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (part.exists() and part.stat().st_size > size // 4):
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, err
    assert "paused at" in err and "run the same command again to resume" in err
    assert size // 4 < part.stat().st_size < size
    listed = run_hearth("models", "list")
    assert "Paused downloads" in listed.stdout and FILE in listed.stdout


def test_corrupted_download_exits_non_zero_naming_the_checksum(hub: FakeHub, tiny_llama_gguf: Path,
                                                               hearth_home: Path) -> None:
    hub.corrupt_offset = tiny_llama_gguf.stat().st_size // 3
    result = run_hearth("models", "pull", REPO, "--file", FILE)
    assert result.returncode == 1
    error = [line for line in result.stderr.splitlines() if line.startswith("hearth: error:")]
    assert len(error) == 1
    assert f"expected sha256 {sha256_file(tiny_llama_gguf)}" in error[0] and "got " in error[0]
    assert Path(FILE).stem not in installed_names()
    assert not list(downloads(hearth_home).glob("*.part*"))


def test_gated_repo_error_and_login_logout(hub: FakeHub, hearth_home: Path, tmp_path: Path
                                           ) -> None:
    result = run_hearth("models", "pull", GATED_REPO, "--file", FILE)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert f"{hub.url}/{GATED_REPO}" in result.stderr and "hearth models login" in result.stderr

    keyring_env = {"PYTHON_KEYRING_BACKEND": "tests.support.keyring_backends.FileKeyring",
                   "HEARTH_TEST_KEYRING_FILE": str(tmp_path / "keyring.json")}
    login = run_hearth("models", "login", stdin=GATED_TOKEN + "\n", env=keyring_env)
    assert login.returncode == 0, login.stderr
    pull = run_hearth("models", "pull", GATED_REPO, "--file", FILE, "--json", env=keyring_env)
    assert pull.returncode == 0, pull.stderr
    assert json.loads(pull.stdout)["sha256"]
    for output in (login.stdout, login.stderr, pull.stdout, pull.stderr):
        assert GATED_TOKEN not in output
    assert all(GATED_TOKEN.encode() not in p.read_bytes()
               for p in hearth_home.rglob("*") if p.is_file() and p.stat().st_size < 10**6)

    assert run_hearth("models", "logout", env=keyring_env).returncode == 0
    again = run_hearth("models", "pull", GATED_REPO, "--file", FILE, env=keyring_env)
    assert again.returncode == 1 and "gated" in again.stderr


def test_pull_a_catalog_model_by_id(hub: FakeHub, tiny_llama_gguf: Path,
                                    hearth_home: Path) -> None:
    hub.add_repo("bartowski/Llama-3.2-1B-Instruct-GGUF",
                 {"Llama-3.2-1B-Instruct-Q8_0.gguf": tiny_llama_gguf})
    result = run_hearth("models", "pull", "llama-3.2-1b-instruct", "--quant", "q8_0", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["name"] == "Llama-3.2-1B-Instruct-Q8_0" and data["fetched_bytes"] > 0
    info = json.loads(run_hearth("models", "info", "Llama-3.2-1B-Instruct-Q8_0", "--json").stdout)
    assert info["catalog_id"] == "llama-3.2-1b-instruct" and info["architecture"] == "llama"
    assert info["sha256"] == {"Llama-3.2-1B-Instruct-Q8_0.gguf": sha256_file(tiny_llama_gguf)}


def test_search_and_list_files(hub: FakeHub) -> None:
    found = run_hearth("models", "search", "tiny-llama", "--json")
    assert found.returncode == 0, found.stderr
    assert {r["repo"] for r in json.loads(found.stdout)} == {REPO, GATED_REPO}
    files = run_hearth("models", "search", REPO, "--files")
    assert files.returncode == 0 and FILE in files.stdout and "F16" in files.stdout


@pytest.mark.parametrize("answer", ["n", "y"])
def test_rm_asks_first(hub: FakeHub, hearth_home: Path, answer: str) -> None:
    assert run_hearth("models", "pull", REPO, "--file", FILE).returncode == 0
    path = hearth_home / "models" / FILE
    result = run_hearth("models", "rm", Path(FILE).stem, stdin=answer + "\n")
    assert "[y/N]" in result.stderr
    if answer == "n":
        assert result.returncode == 1 and path.exists()
    else:
        assert result.returncode == 0 and not path.exists()
        assert Path(FILE).stem not in installed_names()


def test_import_by_reference_list_info_and_forget(tiny_llama_gguf: Path, tmp_path: Path) -> None:
    own = tmp_path / "somewhere" / "my-tiny.gguf"
    own.parent.mkdir()
    own.write_bytes(tiny_llama_gguf.read_bytes())
    result = run_hearth("models", "import", str(own))
    assert result.returncode == 0, result.stderr
    listed = json.loads(run_hearth("models", "list", "--json").stdout)
    row = next(m for m in listed if m["name"] == "my-tiny")
    assert row["kind"] == "reference" and row["path"] == str(own)
    info = run_hearth("models", "info", "my-tiny")
    assert "Architecture:   llama" in info.stdout and "Chat template:" in info.stdout
    gone = run_hearth("models", "rm", "my-tiny", "--yes")
    assert gone.returncode == 0 and "Forgot" in gone.stdout
    assert own.exists() and "my-tiny" not in installed_names()


def test_import_scan_offers_lmstudio_models(hub: FakeHub, tiny_llama_gguf: Path) -> None:
    folder = Path.home() / ".lmstudio" / "models" / "someone" / "Tiny-GGUF"  # HOME is temporary
    folder.mkdir(parents=True)
    (folder / "tiny-lms.gguf").symlink_to(tiny_llama_gguf)
    declined = run_hearth("models", "import", "--scan", stdin="n\n")
    assert declined.returncode == 0 and "tiny-lms.gguf" in declined.stdout
    assert "tiny-lms" not in installed_names()
    accepted = run_hearth("models", "import", "--scan", "--yes")
    assert accepted.returncode == 0 and "Added 1 models" in accepted.stdout
    assert "tiny-lms" in installed_names()


def test_errors_are_one_line(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"not a model at all")
    for args in (["import", str(bogus)], ["rm", "no-such-model", "--yes"],
                 ["pull", "no-such-catalog-id"], ["info", "nothing-here"]):
        result = run_hearth("models", *args)
        assert result.returncode == 1, args
        assert result.stderr.startswith("hearth: error:") and result.stderr.count("\n") == 1
