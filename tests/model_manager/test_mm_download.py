"""Downloads against a real local HTTP server that speaks the Hub's protocol (in-process)."""

from __future__ import annotations

import hashlib
import itertools
import logging
import shutil
import threading
import time
from collections import namedtuple
from pathlib import Path

import pytest

from app.core.engine.base import CancelToken
from app.core.models import download as dl
from app.core.models import hub_auth
from app.core.models.gguf_file import read_gguf_info
from app.core.models.hub import GatedRepoError, HubError
from app.core.models.index import index_entry, projector_for
from app.core.models.local import DiskSpaceError
from app.core.models.registry import installed_models, resolve_model
from app.core.paths import models_dir
from tests.support.hub_server import FakeHub, sha256_file
from tests.support.model_manager import FILE, GATED_REPO, GATED_TOKEN, REPO

FAST = dl.DownloadOptions(backoff_base=0.01, backoff_max=0.05, progress_interval=0.0)


def run(request: dl.DownloadRequest, cancel: CancelToken | None = None, **kw: object
        ) -> list[object]:
    kw.setdefault("options", FAST)
    kw.setdefault("token", "")
    return list(dl.download(request, cancel, **kw))  # type: ignore[arg-type]


def request() -> dl.DownloadRequest:
    return dl.DownloadRequest(REPO, (FILE,))


def partial_files() -> list[Path]:
    return sorted((models_dir() / ".downloads").glob("*.part*"))


def pause_at(fraction: float, hub: FakeHub, size: int) -> list[object]:
    """Download until ``fraction`` of the file, then cancel (= pause)."""
    hub.throttle_bps = size / 1.0
    cancel = CancelToken()
    events = []
    for e in dl.download(request(), cancel, token="", options=FAST):
        events.append(e)
        if isinstance(e, dl.DownloadProgress) and e.done >= fraction * size:
            cancel.cancel()
    hub.throttle_bps = None
    return events


def test_full_download_verifies_installs_and_registers(hub: FakeHub, tiny_llama_gguf: Path
                                                       ) -> None:
    events = run(request())
    done = events[-1]
    assert isinstance(done, dl.DownloadDone) and not done.already_installed
    assert done.path == models_dir() / FILE
    expected = sha256_file(tiny_llama_gguf)
    assert done.sha256 == {FILE: expected} and sha256_file(done.path) == expected
    assert read_gguf_info(done.path).architecture == "llama"
    assert resolve_model(Path(FILE).stem) == done.path
    entry = index_entry(done.path)
    assert entry is not None and entry.repo == REPO and entry.commit == hub.repos[REPO].commit
    progress = [e for e in events if isinstance(e, dl.DownloadProgress)]
    assert progress and progress[-1].done == progress[-1].total == tiny_llama_gguf.stat().st_size
    assert all(a.done <= b.done for a, b in itertools.pairwise(progress))
    assert partial_files() == []  # no partial or sidecar left behind
    # The GET was pinned to the commit the HEAD reported, with huggingface-hub's user agent.
    get = hub.file_gets()[0]
    assert hub.repos[REPO].commit in get.path and get.user_agent.startswith("hearth/")
    # A second pull finds it installed and fetches nothing.
    hub.clear_log()
    again = run(request())[-1]
    assert isinstance(again, dl.DownloadDone) and again.already_installed
    assert hub.file_gets() == []


def test_pause_keeps_the_partial_and_resume_continues_with_range(hub: FakeHub,
                                                                 tiny_llama_gguf: Path) -> None:
    size = tiny_llama_gguf.stat().st_size
    events = pause_at(0.3, hub, size)
    paused = events[-1]
    assert isinstance(paused, dl.DownloadPaused)
    part = next(p for p in partial_files() if p.suffix == ".part")
    kept = part.stat().st_size
    assert 0.3 * size <= kept < size
    assert Path(FILE).stem not in [m.name for m in installed_models()]
    assert any(p.name.endswith(".part.json") for p in partial_files())
    pending = dl.pending_downloads()
    assert [p.done for p in pending] == [kept] and pending[0].request == request()

    hub.clear_log()
    events = run(request())
    assert isinstance(events[-1], dl.DownloadDone)
    assert any(isinstance(e, dl.DownloadRehashing) and e.size == kept for e in events)
    started = next(e for e in events if isinstance(e, dl.DownloadStarted))
    assert started.resumed == kept
    gets = hub.file_gets()
    assert [g.range_start for g in gets] == [kept]
    assert hub.bytes_served() == size - kept
    assert events[-1].fetched == size - kept
    assert sha256_file(events[-1].path) == sha256_file(tiny_llama_gguf)


def test_pause_is_immediate_even_when_the_server_stalls(hub: FakeHub) -> None:
    hub.throttle_bps = 20_000  # one 64 KiB block, then silence for seconds
    cancel = CancelToken()
    events: list[object] = []
    worker = threading.Thread(target=lambda: events.extend(
        dl.download(request(), cancel, token="", options=FAST)))
    worker.start()
    time.sleep(0.5)
    began = time.monotonic()
    cancel.cancel()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert time.monotonic() - began < 1.5
    assert isinstance(events[-1], dl.DownloadPaused)


def test_discard_deletes_the_partial(hub: FakeHub, tiny_llama_gguf: Path) -> None:
    pause_at(0.2, hub, tiny_llama_gguf.stat().st_size)
    assert partial_files()
    assert dl.discard_download(request()) > 0
    assert [p for p in partial_files() if not p.name.endswith(".lock")] == []
    assert dl.pending_downloads() == []


def test_dropped_connection_is_resumed_automatically(hub: FakeHub, tiny_llama_gguf: Path
                                                     ) -> None:
    size = tiny_llama_gguf.stat().st_size
    hub.drop_after, hub.drop_times = size // 3, 1
    events = run(request())
    assert isinstance(events[-1], dl.DownloadDone)
    retries = [e for e in events if isinstance(e, dl.DownloadRetry)]
    assert len(retries) == 1
    gets = hub.file_gets()
    assert [g.range_start for g in gets] == [None, size // 3]
    assert gets[0].bytes_sent == size // 3 and hub.bytes_served() == size
    assert sha256_file(events[-1].path) == sha256_file(tiny_llama_gguf)


def test_server_errors_are_retried_with_backoff_then_given_up(hub: FakeHub) -> None:
    hub.fail_503_times = 100
    with pytest.raises(HubError, match=r"failed 3 times in a row \(HTTP 503\)"):
        run(request(), options=dl.DownloadOptions(max_attempts=3, backoff_base=0.01))
    assert len(hub.file_gets()) == 3

    hub.fail_503_times = 2
    events = run(request())
    assert isinstance(events[-1], dl.DownloadDone)
    delays = [e.delay for e in events if isinstance(e, dl.DownloadRetry)]
    assert len(delays) == 2 and delays[1] > delays[0]  # exponential


def test_corrupted_bytes_fail_the_checksum_and_nothing_is_registered(
        hub: FakeHub, tiny_llama_gguf: Path) -> None:
    size = tiny_llama_gguf.stat().st_size
    hub.corrupt_offset = size // 2
    expected = sha256_file(tiny_llama_gguf)
    with pytest.raises(dl.ChecksumError) as caught:
        run(request())
    message = str(caught.value)
    assert "sha256" in message and f"expected sha256 {expected}" in message
    got = message.split("got ")[1].split(".")[0]
    assert len(got) == 64 and got != expected
    assert [p for p in partial_files() if not p.name.endswith(".lock")] == []
    assert not (models_dir() / FILE).exists()
    assert Path(FILE).stem not in [m.name for m in installed_models()]


def test_server_ignoring_range_restarts_cleanly(hub: FakeHub, tiny_llama_gguf: Path) -> None:
    pause_at(0.25, hub, tiny_llama_gguf.stat().st_size)
    hub.ignore_range = True
    events = run(request())
    assert any(isinstance(e, dl.DownloadRestarted) and "resuming" in e.reason for e in events)
    assert sha256_file(events[-1].path) == sha256_file(tiny_llama_gguf)


def test_a_file_that_changed_on_the_hub_is_not_appended_to(hub: FakeHub, tiny_llama_gguf: Path,
                                                           tmp_path: Path) -> None:
    pause_at(0.25, hub, tiny_llama_gguf.stat().st_size)
    changed = tmp_path / "changed.gguf"
    data = bytearray(tiny_llama_gguf.read_bytes())
    data[-1] ^= 0xFF
    changed.write_bytes(bytes(data))
    hub.add_repo(REPO, {FILE: changed}, commit="c" * 40)
    hub.clear_log()
    events = run(request())
    assert any(isinstance(e, dl.DownloadRestarted) and "changed" in e.reason for e in events)
    assert [g.range_start for g in hub.file_gets()] == [None]
    assert sha256_file(events[-1].path) == hashlib.sha256(data).hexdigest()


def test_not_enough_disk_space_fails_before_fetching(hub: FakeHub, tiny_llama_gguf: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 5000, 5000))
    with pytest.raises(DiskSpaceError) as caught:
        run(request())
    message = str(caught.value)
    size = tiny_llama_gguf.stat().st_size
    assert f"{size + FAST.disk_margin:,} bytes" in message and "5,000 bytes" in message
    assert hub.file_gets() == [] and not any(p.suffix == ".part" for p in partial_files())


def test_gated_repo_without_token_names_the_licence_page(hub: FakeHub,
                                                         memory_keyring: object) -> None:
    with pytest.raises(GatedRepoError) as caught:
        run(dl.DownloadRequest(GATED_REPO, (FILE,)), token=None)
    text = str(caught.value)
    assert f"{hub.url}/{GATED_REPO}" in text and "hearth models login" in text
    assert "licence" in text


def test_gated_repo_with_the_keychain_token(hub: FakeHub, memory_keyring: object,
                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    hub_auth.set_token(GATED_TOKEN)
    events = run(dl.DownloadRequest(GATED_REPO, (FILE,)), token=None)
    assert isinstance(events[-1], dl.DownloadDone)
    assert all(r.authorized for r in hub.log if r.path.startswith("/" + GATED_REPO))
    # The token is in the keychain only: not in logs, not in any file Hearth wrote.
    assert GATED_TOKEN not in caplog.text
    home = models_dir().parent
    for path in home.rglob("*"):
        if path.is_file() and path.stat().st_size < 10**6:
            assert GATED_TOKEN.encode() not in path.read_bytes(), path


def test_cdn_redirect_keeps_the_token_on_the_hub_and_resumes(hub: FakeHub, tiny_llama_gguf: Path,
                                                              memory_keyring: object) -> None:
    hub.cdn_redirect = True
    hub_auth.set_token(GATED_TOKEN)
    size = tiny_llama_gguf.stat().st_size
    gated = dl.DownloadRequest(GATED_REPO, (FILE,))
    hub.throttle_bps = size / 1.0
    cancel = CancelToken()
    for e in dl.download(gated, cancel, options=FAST):
        if isinstance(e, dl.DownloadProgress) and e.done > size // 3:
            cancel.cancel()
    hub.throttle_bps = None
    events = run(gated, token=None)
    assert isinstance(events[-1], dl.DownloadDone)
    assert sha256_file(events[-1].path) == sha256_file(tiny_llama_gguf)
    hub_side = [r for r in hub.log if r.path.startswith(f"/{GATED_REPO}/resolve/")]
    cdn_side = [r for r in hub.log if r.path.startswith("/cdn/")]
    assert hub_side and all(r.authorized and r.status == 302 for r in hub_side)
    assert [r.range_start is not None for r in cdn_side] == [False, True]
    assert not any(r.authorized for r in cdn_side)  # the token never left the Hub


def test_gated_repo_with_a_token_lacking_access(hub: FakeHub, memory_keyring: object) -> None:
    hub_auth.set_token("hf_SomeoneElsesToken")
    with pytest.raises(GatedRepoError, match="not been granted access") as caught:
        run(dl.DownloadRequest(GATED_REPO, (FILE,)), token=None)
    assert "hf_SomeoneElsesToken" not in str(caught.value)
    assert hub_auth.clear_token() is True and hub_auth.get_token() is None


def test_vision_model_and_projector_are_one_download(hub: FakeHub, tiny_llama_gguf: Path,
                                                     tmp_path: Path) -> None:
    projector = tmp_path / "projector.gguf"
    projector.write_bytes(tiny_llama_gguf.read_bytes()[: 3 * 1024 * 1024])
    hub.add_repo("hearth-test/Tiny-Vision-GGUF", {
        "Tiny-Vision.Q4_K_M.gguf": tiny_llama_gguf, "Tiny-Vision-mmproj.f16.gguf": projector})
    req = dl.DownloadRequest("hearth-test/Tiny-Vision-GGUF",
                             ("Tiny-Vision.Q4_K_M.gguf", "Tiny-Vision-mmproj.f16.gguf"))
    events = run(req)
    started = next(e for e in events if isinstance(e, dl.DownloadStarted))
    total = tiny_llama_gguf.stat().st_size + projector.stat().st_size
    assert started.total == total
    progress = [e for e in events if isinstance(e, dl.DownloadProgress)]
    assert {e.total for e in progress} == {total} and progress[-1].done == total
    done = events[-1]
    assert done.path.parent.name == "Tiny-Vision.Q4_K_M" and done.projector is not None
    assert projector_for(done.path) == done.projector
    names = [m.name for m in installed_models()]
    assert "Tiny-Vision.Q4_K_M" in names and not any("mmproj" in n for n in names)
    assert set(done.sha256) == set(req.files)


def test_vision_download_registers_nothing_unless_both_files_verify(
        hub: FakeHub, tiny_llama_gguf: Path, tmp_path: Path) -> None:
    projector = tmp_path / "projector.gguf"
    projector.write_bytes(b"GGUF" + bytes(2 * 1024 * 1024))
    hub.add_repo("hearth-test/Tiny-Vision-GGUF", {
        "Tiny-Vision.Q4_K_M.gguf": tiny_llama_gguf, "Tiny-Vision-mmproj.f16.gguf": projector})
    hub.corrupt_offset = 1024 * 1024  # inside both files; the projector comes second
    req = dl.DownloadRequest("hearth-test/Tiny-Vision-GGUF",
                             ("Tiny-Vision.Q4_K_M.gguf", "Tiny-Vision-mmproj.f16.gguf"))
    with pytest.raises(dl.ChecksumError):
        run(req)
    assert not (models_dir() / "Tiny-Vision.Q4_K_M").exists()
    assert "Tiny-Vision.Q4_K_M" not in [m.name for m in installed_models()]


def test_offline_mode_refuses_before_any_request(hub: FakeHub,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(HubError, match="HF_HUB_OFFLINE"):
        run(request())
    assert hub.log == []


def test_missing_file_and_bad_requests(hub: FakeHub) -> None:
    with pytest.raises(HubError, match="no file called"):
        run(dl.DownloadRequest(REPO, ("nope.gguf",)))
    with pytest.raises(HubError, match="not found"):
        run(dl.DownloadRequest("nobody/nothing", (FILE,)))
    with pytest.raises(Exception, match="owner/name"):
        dl.DownloadRequest("just-a-name", (FILE,))
