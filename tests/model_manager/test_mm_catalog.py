"""The catalog (bundled data, live refresh from the Hub API), Hub search, and the token store."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.models import catalog as cat
from app.core.models import hub_auth
from app.core.models.download import request_for_catalog
from app.core.models.hub import HubError
from tests.support.hub_server import FakeHub, sha256_file
from tests.support.model_manager import FILE, GATED_REPO, REPO

ONE_B = "bartowski/Llama-3.2-1B-Instruct-GGUF"


def test_bundled_catalog_lists_the_llama_models_offline() -> None:
    c = cat.load_catalog()
    assert c.source == "bundled"
    ids = [m.id for m in c.listed()]
    assert ids == ["llama-3.2-1b-instruct", "llama-3.2-3b-instruct", "llama-3.1-8b-instruct",
                   "llama-3.2-11b-vision-instruct"]
    assert c.get("llama-guard-3-1b").listed is False  # room for it, not offered by default
    one = c.get("llama-3.2-1b-instruct")
    assert one.repo == ONE_B and one.licence == "text"
    assert "llama-3.1-8b-instruct" in one.can_draft_for
    assert {q.quant for q in one.quantizations} >= {"Q4_K_M", "Q5_K_M", "Q6_K", "Q8_0", "F16",
                                                    "Q4_0"}
    assert one.quant().model_file.name == "Llama-3.2-1B-Instruct-Q4_K_M.gguf"
    assert all(q.size > 0 for q in one.quantizations)

    vision = c.get("Llama 3.2 11B Vision Instruct")
    assert vision.licence == "vision" and vision.is_vision
    q = vision.quant("q4_k_m")
    assert [f.name for f in q.files] == ["Llama-3.2-11B-Vision-Instruct.Q4_K_M.gguf",
                                         "Llama-3.2-11B-Vision-Instruct-mmproj.f16.gguf"]
    assert q.size == 5_960_000_000 + 1_940_000_000
    request = request_for_catalog(vision.id)
    assert request.files == tuple(f.name for f in q.files) and request.catalog_id == vision.id

    with pytest.raises(cat.CatalogError, match="Q4_K_M"):
        one.quant("Q3_XL")
    with pytest.raises(cat.CatalogError, match=r"llama-3\.2-3b-instruct"):
        c.get("llama-4")


def test_refresh_takes_sizes_and_hashes_from_the_hub_and_caches_them(
        hub: FakeHub, tiny_llama_gguf: Path, tmp_path: Path) -> None:
    extra = tmp_path / "iq4.gguf"
    extra.write_bytes(b"GGUF" + bytes(1000))
    hub.add_repo(ONE_B, {"Llama-3.2-1B-Instruct-Q4_K_M.gguf": tiny_llama_gguf,
                         "Llama-3.2-1B-Instruct-IQ4_XS.gguf": extra})
    live = cat.refresh_catalog()
    assert live.source == "live" and live.refreshed_at
    one = live.get("llama-3.2-1b-instruct")
    q4 = one.quant("Q4_K_M")
    assert q4.size == tiny_llama_gguf.stat().st_size
    assert q4.model_file.sha256 == sha256_file(tiny_llama_gguf) and q4.available
    assert one.quant("Q8_0").available is False  # this fake repo does not have it
    iq4 = one.quant("IQ4_XS")  # on the Hub, not curated: offered as an extra
    assert iq4.listed is False and iq4.size == 1004
    # The other repos are not on this server: warnings, their offline numbers kept.
    assert any("Llama-3.2-3B" in w for w in live.warnings)
    assert live.get("llama-3.2-3b-instruct").quant().size == 2_019_400_000

    offline = cat.load_catalog()
    assert offline.source == "cache"
    assert offline.get("llama-3.2-1b-instruct").quant().size == tiny_llama_gguf.stat().st_size


def test_refresh_fails_clearly_when_the_hub_has_none_of_the_repos(hub: FakeHub) -> None:
    with pytest.raises(HubError, match="none of its 6 repos"):
        cat.refresh_catalog()


def test_search_any_gguf_repo_and_list_its_files(hub: FakeHub, tiny_llama_gguf: Path) -> None:
    found = cat.search_hub("Tiny-Llama")
    assert {r.repo for r in found} == {REPO, GATED_REPO}
    assert next(r for r in found if r.repo == GATED_REPO).gated
    files = cat.list_gguf_files(REPO)
    assert files.commit == hub.repos[REPO].commit
    assert [(f.name, f.size, f.sha256, f.quant) for f in files.files] == [
        (FILE, tiny_llama_gguf.stat().st_size, sha256_file(tiny_llama_gguf), "F16")]
    with pytest.raises(HubError, match="not found"):
        cat.list_gguf_files("nobody/nothing")


def test_quantization_from_file_names() -> None:
    assert cat.quant_from_name("Llama-3.2-1B-Instruct-Q4_K_M.gguf") == "Q4_K_M"
    assert cat.quant_from_name("Llama-3.2-11B-Vision-Instruct.Q4_K_M.gguf") == "Q4_K_M"
    assert cat.quant_from_name("Llama-3.2-1B-Instruct-f16.gguf") == "F16"
    assert cat.quant_from_name("model-IQ4_XS.gguf") == "IQ4_XS"
    assert cat.quant_from_name("Llama-3.2-1B-Instruct-Q4_0_4_4.gguf") == "Q4_0_4_4"
    assert cat.quant_from_name("model.gguf") is None


def test_token_store_needs_a_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        monkeypatch.delenv("HF_TOKEN", raising=False)
        with pytest.raises(hub_auth.KeychainError, match="keychain"):
            hub_auth.set_token("hf_abc")
        assert hub_auth.get_token() is None
        monkeypatch.setenv("HF_TOKEN", "hf_from_env")
        assert hub_auth.get_token() == "hf_from_env" and hub_auth.token_source() == "HF_TOKEN"
    finally:
        keyring.set_keyring(previous)
    with pytest.raises(Exception, match="empty"):
        hub_auth.set_token("   ")
