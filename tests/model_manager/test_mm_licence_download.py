"""The licence is decided before a file from outside the catalog is downloaded.

Against the local fake Hub: the architecture comes from the Hub's ``gguf`` summary when it has
one (no file bytes fetched at all), else from the file's header (one Range request for its
first bytes). A Llama 3.2 Vision file is refused for an EU declaration with the load check's
explanation; the same file downloads for a declaration outside the EU.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt  # noqa: F401  (pytest-qt needs the Qt binding loaded)

from app.core.engine.base import CancelToken
from app.core.errors import LicenceBlockedError
from app.core.licence import Declaration
from app.core.models.download import DownloadDone, DownloadRequest, download
from app.core.models.remote_licence import PROBE_BYTES, parse_header_prefix
from tests.support.hub_server import FakeHub
from tests.support.model_manager import run_hearth

DATA = Path(__file__).resolve().parents[1] / "data" / "mllama"
VISION_REPO = "someone/Llama-3.2-11B-Vision-Instruct-GGUF"
PLAIN_REPO = "someone/Odd-Model-GGUF"  # a name that says nothing
DE = ("--domicile", "DE", "--as", "individual")
US = ("--domicile", "US", "--as", "individual")


@pytest.fixture
def vision_files(tmp_path: Path) -> dict[str, Path]:
    text = Path(shutil.copy(DATA / "tiny-mllama-text.gguf", tmp_path / "model.gguf"))
    mmproj = Path(shutil.copy(DATA / "tiny-mllama-mmproj.gguf", tmp_path / "mmproj.gguf"))
    return {"text": text, "mmproj": mmproj}


def _installed(hearth_home: Path) -> list[str]:
    return sorted(p.name for p in (hearth_home / "models").rglob("*.gguf"))


def test_refused_from_the_hubs_gguf_summary(hub: FakeHub, vision_files, hearth_home) -> None:  # type: ignore[no-untyped-def]
    hub.add_repo(VISION_REPO, {"x.gguf": vision_files["text"]},
                 gguf={"total": 10_670_000_000, "architecture": "mllama",
                       "context_length": 131072})
    hub.clear_log()
    result = run_hearth("models", "pull", VISION_REPO, "--file", "x.gguf", *DE)
    assert result.returncode == 1
    assert "will not download" in result.stderr and "European Union" in result.stderr
    assert "Traceback" not in result.stderr
    assert hub.file_gets() == []  # decided from the Hub's metadata alone
    assert _installed(hearth_home) == []


def test_refused_from_the_file_header(hub: FakeHub, vision_files, hearth_home) -> None:  # type: ignore[no-untyped-def]
    hub.add_repo(PLAIN_REPO, {"odd.gguf": vision_files["text"]}, gguf=False)  # no summary
    hub.clear_log()
    result = run_hearth("models", "pull", PLAIN_REPO, "--file", "odd.gguf", *DE)
    assert result.returncode == 1
    assert "Llama 3.2 Vision model (architecture “mllama”)" in result.stderr
    gets = hub.file_gets("odd.gguf")
    assert len(gets) == 1 and gets[0].range_start == 0 and gets[0].status == 206
    size = vision_files["text"].stat().st_size
    assert size > PROBE_BYTES and hub.bytes_served("odd.gguf") == PROBE_BYTES
    assert _installed(hearth_home) == []


def test_a_projector_is_checked_too(hub: FakeHub, vision_files, hearth_home,  # type: ignore[no-untyped-def]
                                    tmp_path: Path) -> None:
    from tests.support.vision_gguf import write_gguf

    text = write_gguf(tmp_path / "text.gguf", "llama")
    hub.add_repo(PLAIN_REPO, {"odd.gguf": text, "odd-mmproj.gguf": vision_files["mmproj"]},
                 gguf={"architecture": "llama"})  # the summary describes the model file
    result = run_hearth("models", "pull", PLAIN_REPO, "--file", "odd.gguf", "--file",
                        "odd-mmproj.gguf", *DE)
    assert result.returncode == 1
    assert "European Union" in result.stderr
    assert _installed(hearth_home) == []


def test_allowed_outside_the_eu_and_still_checked_at_load(hub: FakeHub, vision_files,  # type: ignore[no-untyped-def]
                                                          hearth_home, tmp_path) -> None:
    from PIL import Image

    picture = tmp_path / "p.png"
    Image.new("RGB", (16, 16), "red").save(picture)
    hub.add_repo(PLAIN_REPO, {"odd.gguf": vision_files["text"]})
    result = run_hearth("models", "pull", PLAIN_REPO, "--file", "odd.gguf", *US)
    assert result.returncode == 0, result.stderr
    assert _installed(hearth_home) == ["odd.gguf"]
    loaded = run_hearth("ask-image", str(picture), "-p", "hi",
                        "-m", str(hearth_home / "models" / "odd.gguf"), *DE)
    assert loaded.returncode == 1 and "European Union" in loaded.stderr


def test_text_models_are_not_held_up(hub: FakeHub, tiny_llama_gguf: Path) -> None:  # type: ignore[no-untyped-def]
    hub.add_repo(PLAIN_REPO, {"text.gguf": tiny_llama_gguf}, gguf={"architecture": "llama"})
    events = list(download(DownloadRequest(PLAIN_REPO, ("text.gguf",)), CancelToken(),
                           declaration=Declaration.make("DE", "individual")))
    assert isinstance(events[-1], DownloadDone)


def test_core_download_refuses_with_the_load_checks_words(hub: FakeHub, vision_files) -> None:  # type: ignore[no-untyped-def]
    hub.add_repo(PLAIN_REPO, {"odd.gguf": vision_files["text"]}, gguf=False)
    with pytest.raises(LicenceBlockedError) as info:
        list(download(DownloadRequest(PLAIN_REPO, ("odd.gguf",)), CancelToken(),
                      declaration=Declaration.make("FR", "individual")))
    assert str(info.value).startswith("Hearth will not download odd: it is a Llama 3.2 "
                                      "Vision model")


def test_window_download_is_refused(qtbot, hub: FakeHub, vision_files, hearth_home,  # type: ignore[no-untyped-def]
                                    memory_keyring) -> None:
    from app.core.licence import store_declaration
    from app.core.settings import Settings
    from app.ui.model_manager import ModelManager

    store_declaration(Declaration.make("DE", "individual"))
    hub.add_repo(PLAIN_REPO, {"odd.gguf": vision_files["text"]})
    window = ModelManager(Settings(n_ctx=4096))
    qtbot.addWidget(window)
    row = window.start_download(DownloadRequest(PLAIN_REPO, ("odd.gguf",)))
    with qtbot.waitSignal(row.finished, timeout=60_000) as blocker:
        pass
    assert blocker.args[0] is None
    assert "European Union" in row.status.text()
    assert _installed(hearth_home) == []


def test_header_prefix_parser() -> None:
    data = (DATA / "tiny-mllama-mmproj.gguf").read_bytes()
    info = parse_header_prefix(data[:4096], "p.gguf", len(data))
    assert info is not None and info.architecture == "mllama"
    assert parse_header_prefix(b"not a gguf file at all....", "p.gguf", 26) is None
    assert parse_header_prefix(data[:30], "p.gguf", len(data)) is None  # cut before the arch
