"""The Llama 3.2 vision licence check: the EU table, the decision, detection, enforcement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core import licence
from app.core.countries import (
    countries,
    country_from_locale_names,
    country_from_system_locale,
    normalize_country,
)
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.engines import load_engine
from app.core.errors import (
    HearthError,
    LicenceBlockedError,
    LicenceError,
    LicenceUndecidedError,
    ModelFileError,
)
from app.core.licence import (
    LICENCE_URL,
    LICENCE_VERSION,
    USE_POLICY_URL,
    Declaration,
    Verdict,
    check_download_allowed,
    check_file,
    decide,
    restriction_of_file,
    store_declaration,
    stored_declaration,
)
from app.core.models.gguf_file import read_gguf_info
from app.core.settings import Settings, load_settings, save_settings, settings_path
from tests.support.vision_gguf import write_gguf, write_mllama

# Written out here, independently of the module, so a wrong table in the code fails a test.
MEMBER_STATES = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]
OUTERMOST_REGIONS = ["GF", "GP", "MQ", "RE", "YT", "MF"]
EU_ALL = [*MEMBER_STATES, *OUTERMOST_REGIONS, "AX"]
NOT_EU_NEIGHBOURS = ["NO", "IS", "LI", "CH", "GB", "GL", "FO"]
OTHERS = ["US", "JP", "IN", "BR"]
# More places people confuse with the EU: microstates, Crown dependencies, OCTs, candidates.
MORE_NOT_EU = ["MC", "SM", "VA", "AD", "GI", "IM", "JE", "GG", "BL", "PF", "NC", "PM", "WF",
               "AW", "CW", "SX", "BQ", "TR", "UA", "RS", "AL", "MK", "ME", "BA", "XK", "CA"]


def individual(code: str) -> Declaration:
    return Declaration.make(code, "individual")


def company(code: str, domicile: str = "US") -> Declaration:
    return Declaration.make(domicile, "company", code)


# -- the table ----------------------------------------------------------------------------------


def test_the_tables_have_exactly_the_eu() -> None:
    assert len(MEMBER_STATES) == 27
    assert frozenset(MEMBER_STATES) == licence.EU_MEMBER_STATES
    assert frozenset(OUTERMOST_REGIONS) == licence.EU_OUTERMOST_REGIONS
    assert frozenset(EU_ALL) == licence.EU_TERRITORIES
    assert licence.EU_TERRITORIES.isdisjoint(licence.NOT_EU_NEIGHBOURS)
    assert frozenset(NOT_EU_NEIGHBOURS) == licence.NOT_EU_NEIGHBOURS


@pytest.mark.parametrize("code", EU_ALL)
def test_eu_individual_is_blocked(code: str) -> None:
    assert licence.in_european_union(code) and licence.in_european_union(code.lower())
    decision = decide(True, individual(code))
    assert decision.verdict is Verdict.BLOCKED and decision.blocked and not decision.allowed
    assert decision.country == code
    assert "European Union" in decision.reason
    assert f"({code})" in decision.reason


@pytest.mark.parametrize("code", EU_ALL)
def test_eu_company_is_blocked_whatever_the_persons_domicile(code: str) -> None:
    assert decide(True, company(code, domicile="US")).blocked


@pytest.mark.parametrize("code", NOT_EU_NEIGHBOURS + OTHERS + MORE_NOT_EU)
def test_outside_the_eu_is_allowed(code: str) -> None:
    assert not licence.in_european_union(code)
    for declaration in (individual(code), company(code, domicile=code)):
        decision = decide(True, declaration)
        assert decision.verdict is Verdict.ALLOWED and decision.allowed
        assert decision.country == code


@pytest.mark.parametrize("code", EU_ALL + NOT_EU_NEIGHBOURS + OTHERS)
def test_text_models_are_allowed_everywhere(code: str, tiny_llama_gguf: Path) -> None:
    assert decide(False, individual(code)).allowed
    assert decide(False, company(code)).allowed
    assert check_file(tiny_llama_gguf, individual(code)).allowed
    assert check_file(tiny_llama_gguf, None).allowed


# -- individual or company -----------------------------------------------------------------------

# The role says who the licensee is. As an individual, your domicile decides (a company
# country, if stored, is not read). For a company, its principal place of business decides,
# whatever your own domicile.
ROLE_CASES = [
    # domicile, role, company country, verdict
    ("US", "company", "DE", Verdict.BLOCKED),  # US resident working for a German company
    ("US", "individual", None, Verdict.ALLOWED),  # the same person on their own account
    ("FR", "company", "US", Verdict.ALLOWED),  # French resident, US company is the licensee
    ("FR", "individual", None, Verdict.BLOCKED),  # the same person on their own account
    ("DE", "company", "CH", Verdict.ALLOWED),
    ("CH", "company", "AX", Verdict.BLOCKED),
    ("GB", "company", "IE", Verdict.BLOCKED),
    ("IE", "company", "GB", Verdict.ALLOWED),
    ("NO", "company", "NO", Verdict.ALLOWED),
    ("RE", "individual", None, Verdict.BLOCKED),
]


@pytest.mark.parametrize(("domicile", "role", "company_country", "verdict"), ROLE_CASES)
def test_individual_or_company(domicile: str, role: str, company_country: str | None,
                               verdict: Verdict) -> None:
    declaration = Declaration.make(domicile, role, company_country)
    decision = decide(True, declaration)
    assert decision.verdict is verdict
    expected_country = company_country if role == "company" else domicile
    assert declaration.licensee_country == expected_country
    if verdict is Verdict.BLOCKED:
        assert decision.country == expected_country
        declared = decision.reason.split("you declared", 1)[1]
        assert ("a company" in declared) == (role == "company")


def test_an_individual_with_a_stale_company_country_is_judged_by_domicile() -> None:
    stored = Declaration("US", "individual", company_country="DE")
    assert decide(True, stored).allowed


# -- undecided -----------------------------------------------------------------------------------


def test_no_declaration_is_undecided_not_a_default() -> None:
    decision = decide(True, None)
    assert decision.verdict is Verdict.UNDECIDED and decision.undecided
    assert not decision.allowed and not decision.blocked


def test_a_declaration_for_another_licence_version_is_undecided() -> None:
    old = Declaration("US", "individual", licence_version="llama-3.2-community-license/1999")
    assert decide(True, old).undecided
    assert decide(True, Declaration("US", "individual", licence_version=LICENCE_VERSION)).allowed


def test_a_company_without_its_country_is_undecided() -> None:
    assert decide(True, Declaration("US", "company", company_country=None)).undecided


# -- declarations --------------------------------------------------------------------------------


def test_declaration_make_normalises_and_validates() -> None:
    made = Declaration.make(" de ", "Individual")
    assert (made.domicile, made.role, made.company_country) == ("DE", "individual", None)
    assert made.licence_version == LICENCE_VERSION
    assert made.accepted_at.endswith("+00:00") and "T" in made.accepted_at
    assert Declaration.make("UK", "individual").domicile == "GB"
    assert Declaration.make("EL", "individual").domicile == "GR"
    assert Declaration.make("IC", "individual").domicile == "ES"  # Canary Islands
    assert Declaration.make("Germany", "individual").domicile == "DE"
    assert Declaration.make("US", "company", "fr").company_country == "FR"
    # An individual's company country is not kept: it would never be read.
    assert Declaration.make("US", "individual", "DE").company_country is None
    with pytest.raises(ValueError, match="principal place of business"):
        Declaration.make("US", "company")
    with pytest.raises(ValueError, match="ISO 3166-1"):
        Declaration.make("XX", "individual")
    with pytest.raises(ValueError, match="ISO 3166-1"):
        Declaration.make("EU", "individual")  # the Union itself is not a country to live in
    with pytest.raises(ValueError, match="role"):
        Declaration.make("US", "employee")


def test_declaration_round_trips_and_damage_reads_as_none() -> None:
    declaration = Declaration.make("US", "company", "DE", accepted_at="2026-01-02T03:04:05+00:00")
    assert Declaration.from_dict(declaration.to_dict()) == declaration
    assert Declaration.from_dict(None) is None
    assert Declaration.from_dict("DE") is None
    assert Declaration.from_dict({"domicile": "ZZ", "role": "individual"}) is None
    assert Declaration.from_dict({"domicile": "DE", "role": "robot"}) is None
    assert Declaration.from_dict({"domicile": "DE", "role": "company"}) is None
    assert Declaration.from_dict({"role": "individual"}) is None


def test_settings_keep_the_declaration(hearth_home: Path) -> None:
    declaration = Declaration.make("DE", "company", "US", accepted_at="2026-05-01T10:00:00+00:00")
    save_settings(Settings(n_ctx=1024, licence_declaration=declaration.to_dict()))
    raw = json.loads(settings_path().read_text(encoding="utf-8"))
    assert raw["licence_declaration"] == {
        "domicile": "DE", "role": "company", "company_country": "US",
        "licence_version": LICENCE_VERSION, "accepted_at": "2026-05-01T10:00:00+00:00",
    }
    loaded = load_settings()
    assert loaded.n_ctx == 1024
    assert Declaration.from_dict(loaded.licence_declaration) == declaration
    assert stored_declaration() == declaration
    store_declaration(None)
    assert load_settings().licence_declaration is None and load_settings().n_ctx == 1024
    assert stored_declaration() is None
    assert Settings().licence_declaration is None


def test_a_damaged_stored_declaration_counts_as_none(hearth_home: Path) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"licence_declaration": "Germany, I think"}))
    assert stored_declaration() is None
    assert licence.decision_for_family("vision").undecided


# -- which files are restricted ------------------------------------------------------------------


def test_detection_from_gguf_metadata(tmp_path: Path, tiny_llama_gguf: Path,
                                      smollm2_gguf: Path) -> None:
    mllama = write_mllama(tmp_path / "m.gguf")
    assert "mllama" in restriction_of_file(mllama)
    clip = write_gguf(tmp_path / "clip.gguf", "clip", extra={"clip.has_vision_encoder": True})
    assert "projector" in restriction_of_file(clip)
    mmproj = write_gguf(tmp_path / "mmproj.gguf", "llama", extra={"general.type": "mmproj"})
    assert "projector" in restriction_of_file(mmproj)
    encoder_key = write_gguf(tmp_path / "enc.gguf", "llama",
                             extra={"clip.has_vision_encoder": True})
    assert restriction_of_file(encoder_key) is not None
    single_file = write_gguf(tmp_path / "single.gguf", "llama",
                             extra={"mllama.vision.block_count": 32})
    assert "mllama" in restriction_of_file(single_file)
    guard = write_gguf(tmp_path / "g.gguf", "llama", name="Llama Guard 3 11B Vision")
    assert "Llama Guard 3 Vision" in restriction_of_file(guard)
    by_file_name = write_gguf(tmp_path / "Llama-3.2-11B-Vision-Instruct.Q4_K_M.gguf", "llama")
    assert restriction_of_file(by_file_name) is not None
    # Text models, including the text-only Llama Guard 3 1B, are not restricted.
    assert restriction_of_file(write_gguf(tmp_path / "g1.gguf", "llama",
                                          name="Llama Guard 3 1B")) is None
    assert restriction_of_file(write_gguf(tmp_path / "t.gguf", "llama",
                                          name="Llama 3.2 3B Instruct")) is None
    assert restriction_of_file(tiny_llama_gguf) is None
    assert restriction_of_file(smollm2_gguf) is None
    assert read_gguf_info(mllama).is_vision


def test_catalog_licence_families() -> None:
    assert licence.is_restricted_family("vision") and licence.is_restricted_family(" Vision ")
    assert not licence.is_restricted_family("text")
    assert not licence.is_restricted_family(None) and not licence.is_restricted_family("")


# -- enforcement: loading ------------------------------------------------------------------------


def test_restricted_gguf_by_path_is_blocked_for_de(tmp_path: Path) -> None:
    path = write_mllama(tmp_path / "Llama-3.2-11B-Vision.gguf")
    with pytest.raises(LicenceBlockedError) as info:
        load_engine(path, declaration=individual("DE"))
    error = info.value
    assert isinstance(error, HearthError) and isinstance(error, LicenceError)
    assert error.decision.blocked
    text = str(error)
    assert "\n" not in text  # one line on the CLI
    assert "Llama-3.2-11B-Vision.gguf" in text
    assert "European Union" in text and "Germany (DE)" in text
    assert "not legal advice" in text
    assert LICENCE_URL in text and USE_POLICY_URL in text
    assert "products and services" in text  # EU end users of products are not covered


def test_restricted_gguf_by_path_passes_the_licence_check_for_us(tmp_path: Path) -> None:
    path = write_mllama(tmp_path / "vision.gguf")
    # The licence allows it; the text engine then refuses a vision file for its own reason.
    with pytest.raises(HearthError) as info:
        load_engine(path, declaration=individual("US"))
    assert not isinstance(info.value, LicenceError)
    assert isinstance(info.value, ModelFileError) and "vision" in str(info.value)


def test_loading_reads_the_stored_declaration_by_default(tmp_path: Path) -> None:
    path = write_mllama(tmp_path / "vision.gguf")
    with pytest.raises(LicenceUndecidedError) as info:
        load_engine(path)
    assert "\n" not in str(info.value) and "hearth licence declare" in str(info.value)
    store_declaration(individual("DE"))
    with pytest.raises(LicenceBlockedError):
        load_engine(path)
    # Changing the declaration takes effect at the next call: nothing is cached.
    store_declaration(individual("US"))
    with pytest.raises(ModelFileError, match="vision"):
        load_engine(path)
    store_declaration(company("DE", domicile="US"))
    with pytest.raises(LicenceBlockedError, match="company"):
        load_engine(path)
    store_declaration(None)
    with pytest.raises(LicenceUndecidedError):
        load_engine(path)


def test_the_engine_itself_refuses_so_the_loader_cannot_be_skipped(tmp_path: Path) -> None:
    store_declaration(individual("DE"))
    mllama = write_mllama(tmp_path / "vision.gguf")
    with pytest.raises(LicenceBlockedError):
        LlamaCppEngine(mllama)
    # A vision model named as such but stored with a text architecture: only the licence
    # check stands between it and the text engine.
    named = write_gguf(tmp_path / "named.gguf", "llama", name="Llama 3.2 11B Vision Instruct")
    with pytest.raises(LicenceBlockedError):
        LlamaCppEngine(named)
    with pytest.raises(LicenceBlockedError):
        load_engine(named)


def test_an_explicit_declaration_overrides_the_stored_one(tmp_path: Path) -> None:
    store_declaration(individual("US"))
    path = write_mllama(tmp_path / "vision.gguf")
    with pytest.raises(LicenceBlockedError):
        load_engine(path, declaration=individual("FR"))
    with pytest.raises(LicenceUndecidedError):
        load_engine(path, declaration=None)


def test_text_model_loads_for_an_eu_declaration(tiny_llama_gguf: Path) -> None:
    from app.core.engine.base import LoadOptions

    store_declaration(individual("DE"))
    with load_engine(tiny_llama_gguf, LoadOptions(n_ctx=256)) as engine:
        assert engine.info.n_ctx == 256
    with load_engine(tiny_llama_gguf, LoadOptions(n_ctx=256), declaration=None) as engine:
        assert engine.info.path == tiny_llama_gguf


def test_unreadable_files_report_the_file_problem_first(tmp_path: Path) -> None:
    bogus = tmp_path / "x.gguf"
    bogus.write_bytes(b"not a model")
    with pytest.raises(ModelFileError, match="not a GGUF"):
        load_engine(bogus, declaration=individual("DE"))


# -- enforcement: downloads ----------------------------------------------------------------------


def test_check_download_allowed() -> None:
    with pytest.raises(LicenceBlockedError) as info:
        check_download_allowed("vision", individual("DE"),
                               model_name="Llama 3.2 11B Vision Instruct")
    assert "download Llama 3.2 11B Vision Instruct" in str(info.value)
    assert check_download_allowed("vision", individual("US")).allowed
    assert check_download_allowed("text", individual("DE")).allowed
    assert check_download_allowed(None, None).allowed
    with pytest.raises(LicenceUndecidedError):
        check_download_allowed("vision", None)
    # By default the stored declaration counts, read at the call.
    with pytest.raises(LicenceUndecidedError):
        check_download_allowed("vision")
    store_declaration(company("IT"))
    with pytest.raises(LicenceBlockedError):
        check_download_allowed("vision")
    store_declaration(company("JP", domicile="IT"))
    assert check_download_allowed("vision").allowed
    assert licence.decision_for_family("vision").allowed


# -- countries and the locale suggestion ---------------------------------------------------------


def test_country_table_is_complete() -> None:
    table = countries()
    assert len(table) >= 249
    for code in EU_ALL + NOT_EU_NEIGHBOURS + OTHERS + MORE_NOT_EU:
        assert code in table, code
    assert table["AX"] == "Åland Islands" and table["DE"] == "Germany"
    assert table["GB"] == "United Kingdom"
    assert all(len(code) == 2 and code.isupper() for code in table)


def test_locale_names_give_a_suggestion() -> None:
    assert country_from_locale_names("de_DE.UTF-8") == "DE"
    assert country_from_locale_names("en_GB@euro") == "GB"
    assert country_from_locale_names("fr-CA") == "CA"
    assert country_from_locale_names(None, "C", "POSIX", "C.UTF-8", "pt_BR") == "BR"
    assert country_from_locale_names("C.UTF-8", None) is None
    assert country_from_locale_names("en_XX.UTF-8") is None


def test_system_locale_suggestion(monkeypatch: pytest.MonkeyPatch) -> None:
    import locale

    monkeypatch.setattr(locale, "getlocale", lambda *a: (None, None))
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(key, raising=False)
    assert country_from_system_locale() is None
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    assert country_from_system_locale() == "FI"
    monkeypatch.setenv("LC_ALL", "sv_AX.UTF-8")
    assert country_from_system_locale() == "AX"  # LC_ALL overrides LANG


def test_normalize_country_errors() -> None:
    assert normalize_country("de") == "DE"
    with pytest.raises(ValueError, match="'Atlantis'"):
        normalize_country("Atlantis")
