"""``hearth servers …``, ``hearth models list --remote`` and ``hearth chat`` with a server's
model, run as subprocesses like a person would, against real servers on 127.0.0.1.

The key goes through keyring's real API into a file backend shared by the subprocesses
(tests/support/keyring_backends.FileKeyring), never into the settings file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.model_manager import run_hearth
from tests.support.remote_servers import FaultServer, LlamaCppServer

KEY = "sk-cli-key-123"


@pytest.fixture(scope="module")
def faults() -> Iterator[FaultServer]:
    server = FaultServer(api_key=KEY)
    yield server
    server.close()


@pytest.fixture
def keyring_env(tmp_path: Path) -> dict[str, str]:
    return {"PYTHON_KEYRING_BACKEND": "tests.support.keyring_backends.FileKeyring",
            "HEARTH_TEST_KEYRING_FILE": str(tmp_path / "keyring.json")}


def test_add_list_test_remove(faults: FaultServer, keyring_env: dict[str, str],
                              hearth_home: Path, tmp_path: Path) -> None:
    added = run_hearth("servers", "add", faults.url, "--name", "lab", "--key", "--json",
                       stdin=KEY + "\n", env=keyring_env)
    assert added.returncode == 0, added.stderr
    data = json.loads(added.stdout)
    assert data["name"] == "lab" and data["key"] is True
    assert "ok" in [m["id"] for m in data["models"]]
    assert KEY in (tmp_path / "keyring.json").read_text()
    settings_text = next(hearth_home.rglob("settings.json")).read_text()
    assert KEY not in settings_text

    listed = run_hearth("servers", "list", env=keyring_env)
    assert listed.returncode == 0 and "lab" in listed.stdout and "API key" in listed.stdout
    tested = run_hearth("servers", "test", "lab", env=keyring_env)
    assert tested.returncode == 0, tested.stderr
    assert "lab/ok" in tested.stdout and "8,192-token context" in tested.stdout

    models = run_hearth("models", "list", "--remote", "--json", env=keyring_env)
    assert models.returncode == 0, models.stderr
    names = [m["name"] for m in json.loads(models.stdout)["models"]]
    assert "lab/ok" in names and "lab/endless" in names

    chat = run_hearth("chat", "--model", "lab/ok", "--prompt", "Hi", "--json", env=keyring_env)
    assert chat.returncode == 0, chat.stderr
    out = json.loads(chat.stdout)
    assert out["text"] == "hello world from the server" and out["model"] == "ok"
    assert out["completion_tokens"] == 5 and out["prompt_tokens"] == 11

    removed = run_hearth("servers", "remove", "lab", env=keyring_env)
    assert removed.returncode == 0
    assert KEY not in (tmp_path / "keyring.json").read_text()
    gone = run_hearth("chat", "--model", "remote:lab/ok", "--prompt", "Hi", env=keyring_env)
    assert gone.returncode == 1
    assert gone.stderr.startswith("hearth: error: There is no server named “lab”")


def test_failures_are_one_line(faults: FaultServer, keyring_env: dict[str, str],
                               tmp_path: Path) -> None:
    run_hearth("servers", "add", faults.url, "--name", "lab", "--no-check", env=keyring_env)
    no_key = run_hearth("chat", "--model", "lab/ok", "--prompt", "Hi", env=keyring_env)
    assert no_key.returncode == 1
    assert no_key.stderr.strip().startswith("hearth: error: lab needs an API key")
    assert len(no_key.stderr.strip().splitlines()) == 1 and "Traceback" not in no_key.stderr

    run_hearth("servers", "add", faults.url, "--name", "lab", "--key", stdin=KEY,
               env=keyring_env)
    busy = run_hearth("chat", "--model", "lab/busy", "--prompt", "Hi", env=keyring_env)
    assert busy.returncode == 1 and "try again in 7 s" in busy.stderr

    drop = run_hearth("chat", "--model", "lab/drop", "--prompt", "Hi", env=keyring_env)
    assert drop.returncode == 1
    assert drop.stdout == "The answer is forty\n[answer cut off]\n"
    assert "closed the connection before the answer was complete" in drop.stderr

    picture = tmp_path / "dot.png"
    from PIL import Image

    Image.new("RGB", (8, 8), (255, 255, 0)).save(picture)
    asked = run_hearth("ask-image", str(picture), "--model", "lab/ok", "-p", "Colour?",
                       env=keyring_env)
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.strip() == "hello world from the server"
    part = faults.requests[-1]["messages"][-1]["content"][1]
    assert part["image_url"]["url"].startswith("data:image/png;base64,")

    insecure = run_hearth("servers", "add", "http://203.0.113.7:8000", env=keyring_env)
    assert insecure.returncode == 1 and "unencrypted" in insecure.stderr


@pytest.mark.slow
def test_chat_with_remote_url(smollm2_gguf: Path) -> None:
    server = LlamaCppServer(smollm2_gguf, alias="smollm2", n_ctx=4096)
    try:
        chat = run_hearth("chat", "--remote", server.url, "--prompt", "Say hello.",
                          "--temperature", "0", "--max-tokens", "8", timeout=180)
        assert chat.returncode == 0, chat.stderr
        assert chat.stdout.strip()
        assert f"Runs on 127.0.0.1:{server.port}" in chat.stderr
        assert "your messages go to that computer" in chat.stderr
    finally:
        server.close()


@pytest.mark.slow
def test_chat_through_another_hearth_with_its_key(smollm2_gguf: Path,
                                                  keyring_env: dict[str, str]) -> None:
    """`hearth serve --api-key` on one side, `hearth servers add --key` and `hearth chat` on
    the other: the answer is the one the same model gives locally."""
    from tests.support.remote_servers import HearthServe

    server = HearthServe(smollm2_gguf, ctx=2048, extra=("--api-key", KEY))
    try:
        refused = run_hearth("chat", "--remote", server.url, "-p", "Hi", timeout=120)
        assert refused.returncode == 1 and "needs an API key" in refused.stderr
        added = run_hearth("servers", "add", server.url, "--name", "other", "--key",
                           stdin=KEY, env=keyring_env, timeout=120)
        assert added.returncode == 0, added.stderr
        assert "(hearth," in added.stdout
        flags = ("-p", "What is the capital of France?", "--temperature", "0",
                 "--max-tokens", "12", "--seed", "1", "--json")
        remote = run_hearth("chat", "--model", f"other/{server.model}", *flags,
                            env=keyring_env, timeout=180)
        assert remote.returncode == 0, remote.stderr
        local = run_hearth("chat", "--model", str(smollm2_gguf), "--ctx", "2048", *flags,
                           timeout=180)
        assert local.returncode == 0, local.stderr
        assert json.loads(remote.stdout)["text"] == json.loads(local.stdout)["text"]
    finally:
        server.close()
