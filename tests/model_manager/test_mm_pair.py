"""A catalog pair (a model and its draft model) downloads both files, verified, and the draft
is remembered for the model, so loading the model decodes speculatively."""

from __future__ import annotations

import json
from pathlib import Path

from app.core.engine.base import DoneEvent, GenerationRequest, LoadOptions, SamplingParams
from app.core.engines import load_engine
from app.core.models import download as dl
from app.core.models.catalog import load_catalog
from app.core.settings import Settings, load_settings
from tests.support.hub_server import FakeHub, sha256_file

DRAFT_REPO = "hearth-test/Tiny-Draft-GGUF"
TARGET_REPO = "hearth-test/Tiny-Target-GGUF"
DRAFT_FILE = "Tiny-Draft-F16.gguf"
TARGET_FILE = "Tiny-Target-F16.gguf"
FAST = dl.DownloadOptions(backoff_base=0.01, backoff_max=0.05, progress_interval=0.0)


def pair_catalog(tmp_path: Path, size: int):  # type: ignore[no-untyped-def]
    def entry(id_: str, repo: str, file: str, drafts: list[str]) -> dict[str, object]:
        return {"id": id_, "name": id_, "repo": repo, "licence": "text",
                "capabilities": ["text"], "can_draft_for": drafts, "parameters": 1_000_000,
                "context_length": 131072, "default_quant": "F16",
                "quantizations": [{"quant": "F16", "file": file, "size": size}]}
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps({"schema": 1, "models": [
        entry("tiny-target", TARGET_REPO, TARGET_FILE, []),
        entry("tiny-draft", DRAFT_REPO, DRAFT_FILE, ["tiny-target"]),
    ], "pairs": [{"id": "tiny-target+draft", "name": "Tiny target + draft",
                  "target": "tiny-target", "draft": "tiny-draft"}]}))
    return load_catalog(path, use_cache=False)


def test_bundled_catalog_offers_8b_with_the_1b_draft() -> None:
    catalog = load_catalog(use_cache=False)
    pair = catalog.find_pair("Llama 3.1 8B + 3.2 1B draft")
    assert pair is not None
    assert pair.target == "llama-3.1-8b-instruct" and pair.draft == "llama-3.2-1b-instruct"


def test_pair_download_fetches_both_and_remembers_the_draft(
    hub: FakeHub, tiny_llama_gguf: Path, tmp_path: Path
) -> None:
    hub.add_repo(DRAFT_REPO, {DRAFT_FILE: tiny_llama_gguf})
    hub.add_repo(TARGET_REPO, {TARGET_FILE: tiny_llama_gguf})
    catalog = pair_catalog(tmp_path, tiny_llama_gguf.stat().st_size)
    events = list(dl.download_pair("Tiny target + draft", token="", options=FAST,
                                   catalog=catalog))
    started = [e for e in events if isinstance(e, dl.DownloadStarted)]
    assert [s.files[0].repo for s in started] == [DRAFT_REPO, TARGET_REPO]
    done = events[-1]
    assert isinstance(done, dl.DownloadDone) and done.path.name == TARGET_FILE
    draft = load_settings().draft_for(done.path)
    assert draft is not None and Path(draft).name == DRAFT_FILE
    assert sha256_file(Path(draft)) == sha256_file(tiny_llama_gguf)
    # Loading the model with its remembered draft decodes speculatively.
    engine = load_engine(done.path, LoadOptions(n_ctx=128, n_threads=1), draft=draft)
    try:
        request = GenerationRequest(prompt="Hello", sampling=SamplingParams(temperature=0,
                                                                            max_tokens=8))
        result = list(engine.generate(request))[-1]
        assert isinstance(result, DoneEvent) and result.stats.drafted is not None
        assert engine.info.draft is not None
    finally:
        engine.close()


def test_window_offers_the_pair_as_one_choice(  # type: ignore[no-untyped-def]
    qtbot, hub: FakeHub, tiny_llama_gguf: Path, tmp_path: Path, memory_keyring
) -> None:
    from PySide6.QtCore import Qt

    from app.ui.model_manager import ModelManager

    hub.add_repo(DRAFT_REPO, {DRAFT_FILE: tiny_llama_gguf})
    hub.add_repo(TARGET_REPO, {TARGET_FILE: tiny_llama_gguf})
    catalog = pair_catalog(tmp_path, tiny_llama_gguf.stat().st_size)
    settings = Settings()
    window = ModelManager(settings, catalog=catalog)
    qtbot.addWidget(window)
    names = [window.catalog_table.item(r, 0).text()
             for r in range(window.catalog_table.rowCount())]
    assert "Tiny target + draft" in names
    row = names.index("Tiny target + draft")
    assert window.catalog_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == \
        "tiny-target+draft"
    assert window.catalog_table.item(row, 1).text() == "F16 + F16"
    with qtbot.waitSignal(window.pair_installed, timeout=60_000) as installed:
        rows = window.download_pair("tiny-target+draft")
        assert rows is not None
    target = installed.args[0]
    assert target.name == TARGET_FILE
    draft = settings.draft_for(target)
    assert draft is not None and Path(draft).name == DRAFT_FILE
    assert load_settings().draft_for(target) == draft
    for r in rows:
        qtbot.waitUntil(lambda r=r: not r.running, timeout=10_000)
