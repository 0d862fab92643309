"""The Llama 3.2 licence's regional limit on the vision models, decided in one place.

The Llama 3.2 Community License (through its Acceptable Use Policy) does not grant the rights to
the multimodal models — Llama 3.2 11B/90B Vision, and Llama Guard 3 Vision built on them — to an
individual domiciled in, or a company with its principal place of business in, the European
Union. The 1B/3B text models carry no such limit. Hearth does not guess where someone is: it
asks once (a :class:`Declaration`, kept in settings) and :func:`decide` turns that answer into
allowed / blocked / undecided. Loading (``load_engine``) and downloading
(:func:`check_download_allowed`) both call it, reading the stored declaration afresh each time,
so a changed answer takes effect at once and loading a file by path cannot skip it.

This module has no Qt: the window, the CLI and the core API share it.
"""

from __future__ import annotations

import enum
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from app.core.countries import country_name, normalize_country
from app.core.errors import (
    QT_TRANSLATE_NOOP,
    LicenceBlockedError,
    LicenceError,
    LicenceUndecidedError,
)
from app.core.models.gguf_file import GGUFInfo, read_gguf_info
from app.core.texts import CoreText

if TYPE_CHECKING:
    from app.core.settings import Settings

log = logging.getLogger(__name__)

LICENCE_NAME: Final = "Llama 3.2 Community License"
# Bump when Meta publishes a new version: every stored declaration then becomes "undecided"
# and people are asked again, since they accepted the old text.
LICENCE_VERSION: Final = "llama-3.2-community-license/2024-09-25"
LICENCE_URL: Final = "https://www.llama.com/llama3_2/license/"
USE_POLICY_URL: Final = "https://www.llama.com/llama3_2/use-policy/"

# ISO 3166-1 alpha-2. Greece is GR (the EU itself writes EL; countries.ALIASES maps it).
EU_MEMBER_STATES: Final = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})
# Outermost regions are part of the EU; these have ISO codes of their own (the Azores and
# Madeira are PT, the Canary Islands ES).
EU_OUTERMOST_REGIONS: Final = frozenset({"GF", "GP", "MQ", "RE", "YT", "MF"})
# Åland is part of Finland and of the EU (with a special tax status).
EU_SPECIAL_TERRITORIES: Final = frozenset({"AX"})
EU_TERRITORIES: Final = EU_MEMBER_STATES | EU_OUTERMOST_REGIONS | EU_SPECIAL_TERRITORIES
# Neighbours that people mistake for the EU: EEA/EFTA, the UK, and Denmark's autonomous
# territories. Listed for the explanation and the tests; every code outside EU_TERRITORIES is
# "not EU" anyway.
NOT_EU_NEIGHBOURS: Final = frozenset({"NO", "IS", "LI", "CH", "GB", "GL", "FO"})

# Catalog entries carry a licence family; the model manager passes it in.
RESTRICTED_FAMILIES: Final = frozenset({"vision"})

Role = Literal["individual", "company"]
ROLES: Final[tuple[Role, ...]] = ("individual", "company")

NOT_LEGAL_ADVICE: Final = (
    "This is not legal advice: the official licence and Acceptable Use Policy decide."
)

EXPLANATION: Final = f"""\
Meta's Llama 3.2 models come with the {LICENCE_NAME} and the Llama 3.2 Acceptable Use \
Policy. You may use the models and what they produce for free, for research and for \
commercial purposes, if you keep to the Acceptable Use Policy.

The vision models (Llama 3.2 11B and 90B Vision, and Llama Guard 3 Vision) are an exception: \
the rights to them are not granted to an individual domiciled in the European Union, or to a \
company whose principal place of business is in the European Union. The 1B and 3B text models \
have no such limit and stay available everywhere.

So before you download or load a vision model, Hearth asks where you live and whether you use \
Hearth for yourself or for a company. For a company, the company's principal place of business \
decides, not where you live. For this check the EU includes its outermost regions (French \
Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint Martin, the Azores, Madeira, the Canary \
Islands) and Åland; Norway, Iceland, Liechtenstein, Switzerland, the United Kingdom, Greenland \
and the Faroe Islands are not in the EU.

The limit does not apply to end users of a product or service that includes a vision model, in \
the EU or elsewhere. Hearth's check is only about your own use of Hearth as the licensee; it \
does not decide anything about products you build or use.

{NOT_LEGAL_ADVICE}
Licence: {LICENCE_URL}
Acceptable Use Policy: {USE_POLICY_URL}
"""


def in_european_union(code: str | None) -> bool:
    """True for the 27 member states, their outermost regions with own codes, and Åland."""
    return bool(code) and code.strip().upper() in EU_TERRITORIES


# -- which models are restricted ---------------------------------------------------------------


def is_restricted_family(licence_family: str | None) -> bool:
    """A catalog entry's licence family ("text", "vision") → whether the regional limit applies."""
    return (licence_family or "").strip().lower() in RESTRICTED_FAMILIES


_VISION_NAME = re.compile(
    r"llama[\s._-]*3\.2.*vision|llama[\s._-]*guard[\s._-]*3.*vision", re.IGNORECASE
)


def restriction_of(info: GGUFInfo) -> str | None:
    """Why a GGUF file falls under the vision limit (a phrase for people), or None.

    Looks at what the file says about itself, since imported files have no catalog entry:
    the mllama architecture (or mllama keys in a single-file layout), a vision projector, or a
    Llama 3.2 Vision / Llama Guard 3 Vision name. A projector file does not reliably say which
    model it belongs to, so every projector counts as a Llama 3.2 Vision one.
    """
    md = info.metadata
    if info.architecture == "mllama" or any(k.startswith("mllama.") for k in md):
        return CoreText(QT_TRANSLATE_NOOP(
            "core", "a Llama 3.2 Vision model (architecture “mllama”)"))
    general_type = str(md.get("general.type") or "").lower()
    projector = (
        info.architecture == "clip"
        or general_type in {"mmproj", "clip-vision"}
        or "vision" in general_type
        or bool(md.get("clip.has_vision_encoder"))
    )
    if projector:
        return CoreText(QT_TRANSLATE_NOOP(
            "core", "a vision projector, the image half of a Llama 3.2 Vision model"))
    names = [md.get("general.name"), md.get("general.basename"), md.get("general.finetune"),
             info.name, info.path.name]
    for name in names:
        if isinstance(name, str) and _VISION_NAME.search(name):
            if "guard" in name.lower():
                return CoreText(QT_TRANSLATE_NOOP("core", "a Llama Guard 3 Vision model"))
            return CoreText(QT_TRANSLATE_NOOP("core", "a Llama 3.2 Vision model (by its name)"))
    return None


def restriction_of_file(path: str | Path) -> str | None:
    """:func:`restriction_of` for a file; raises ModelFileError when it is not a usable GGUF."""
    return restriction_of(read_gguf_info(path))


# -- the declaration -----------------------------------------------------------------------------


def now_iso() -> str:
    """The acceptance time as stored: UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Declaration:
    """What a person told Hearth: where they live, and whether they act for a company.

    ``company_country`` is the principal place of business and is only read for
    ``role == "company"``. ``licence_version`` and ``accepted_at`` record what was accepted
    and when.
    """

    domicile: str
    role: Role
    company_country: str | None = None
    licence_version: str = LICENCE_VERSION
    accepted_at: str = ""

    @classmethod
    def make(
        cls,
        domicile: str,
        role: str,
        company_country: str | None = None,
        *,
        accepted_at: str | None = None,
    ) -> Declaration:
        """Validate and normalise answers (codes upper-case); ValueError says what is wrong."""
        dom = normalize_country(domicile)
        role_value = role.strip().lower()
        if role_value not in ROLES:
            raise ValueError(f"role must be 'individual' or 'company', not '{role}'")
        company: str | None = None
        if role_value == "company":
            if not company_country or not company_country.strip():
                raise ValueError(
                    "for a company, give the country of its principal place of business"
                )
            company = normalize_country(company_country)
        return cls(
            domicile=dom,
            role=role_value,  # type: ignore[arg-type]
            company_country=company,
            licence_version=LICENCE_VERSION,
            accepted_at=accepted_at or now_iso(),
        )

    @property
    def licensee_country(self) -> str | None:
        """The country that decides: the company's for a company, the person's otherwise."""
        return self.company_country if self.role == "company" else self.domicile

    def describe(self) -> str:
        """E.g. "an individual domiciled in Germany (DE)" — used in messages."""
        if self.role == "company":
            return CoreText(QT_TRANSLATE_NOOP("core", "that you use Hearth for a company whose "
                                              "principal place of business is in {country} "
                                              "({code})"),
                            {"country": country_name(self.company_country),
                             "code": self.company_country})
        return CoreText(QT_TRANSLATE_NOOP(
            "core", "that you use Hearth as an individual domiciled in {country} ({code})"),
                        {"country": country_name(self.domicile), "code": self.domicile})

    def to_dict(self) -> dict[str, str | None]:
        return {
            "domicile": self.domicile,
            "role": self.role,
            "company_country": self.company_country,
            "licence_version": self.licence_version,
            "accepted_at": self.accepted_at,
        }

    @classmethod
    def from_dict(cls, raw: Any) -> Declaration | None:
        """Read a stored declaration; anything damaged counts as no declaration (re-ask)."""
        if not isinstance(raw, dict):
            return None
        try:
            role = str(raw.get("role", "")).strip().lower()
            if role not in ROLES:
                raise ValueError(f"unknown role {role!r}")
            domicile = normalize_country(str(raw["domicile"]))
            company = raw.get("company_country")
            company = normalize_country(str(company)) if company else None
            if role == "company" and company is None:
                raise ValueError("company without a country")
            return cls(
                domicile=domicile,
                role=role,  # type: ignore[arg-type]
                company_country=company,
                licence_version=str(raw.get("licence_version") or ""),
                accepted_at=str(raw.get("accepted_at") or ""),
            )
        except (KeyError, ValueError) as exc:
            log.warning("Ignoring a damaged licence declaration in settings (%s)", exc)
            return None


# -- the decision --------------------------------------------------------------------------------


class Verdict(enum.StrEnum):
    ALLOWED = "allowed"
    BLOCKED = "blocked"
    UNDECIDED = "undecided"


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome and, for people, why."""

    verdict: Verdict
    reason: str
    country: str | None = None

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOWED

    @property
    def blocked(self) -> bool:
        return self.verdict is Verdict.BLOCKED

    @property
    def undecided(self) -> bool:
        return self.verdict is Verdict.UNDECIDED


def decide(model_restricted: bool, declaration: Declaration | None) -> Decision:
    """Allowed, blocked (in the EU) or undecided (no valid, current declaration). Pure."""
    if not model_restricted:
        return Decision(Verdict.ALLOWED, CoreText(
            QT_TRANSLATE_NOOP("core", "Llama 3.2 text models carry no regional limit.")))
    if declaration is None:
        return Decision(Verdict.UNDECIDED, CoreText(
            QT_TRANSLATE_NOOP("core", "Hearth has no licence declaration from you yet.")))
    if declaration.licence_version != LICENCE_VERSION:
        return Decision(Verdict.UNDECIDED, CoreText(QT_TRANSLATE_NOOP(
            "core", "Your licence declaration was for an earlier licence version; please answer "
            "again.")))
    country = declaration.licensee_country
    if not country:
        return Decision(Verdict.UNDECIDED, CoreText(
            QT_TRANSLATE_NOOP("core", "Your licence declaration is incomplete.")))
    if in_european_union(country):
        return Decision(
            Verdict.BLOCKED,
            CoreText(QT_TRANSLATE_NOOP(
                "core", "the {licence} does not grant the rights to the Llama 3.2 vision models "
                "to an individual domiciled in, or a company with its principal place of "
                "business in, the European Union, and you declared {declaration}"),
                     {"licence": LICENCE_NAME, "declaration": declaration.describe()}),
            country,
        )
    return Decision(
        Verdict.ALLOWED,
        CoreText(QT_TRANSLATE_NOOP(
            "core", "You declared {declaration}, outside the European Union."),
                 {"declaration": declaration.describe()}),
        country,
    )


# -- stored declaration: always read afresh ------------------------------------------------------


class _FromSettings:
    """Sentinel: read the declaration from the settings file at the moment of the check."""

    def __repr__(self) -> str:
        return "FROM_SETTINGS"


FROM_SETTINGS: Final = _FromSettings()
DeclarationArg = Declaration | None | _FromSettings


def declaration_from_settings(settings: Settings) -> Declaration | None:
    return Declaration.from_dict(getattr(settings, "licence_declaration", None))


def stored_declaration() -> Declaration | None:
    """The declaration in the settings file now (never cached)."""
    from app.core.settings import load_settings

    return declaration_from_settings(load_settings())


def store_declaration(declaration: Declaration | None) -> None:
    """Record (or, with None, forget) the declaration in the settings file."""
    from app.core.settings import load_settings, save_settings

    settings = load_settings()
    settings.licence_declaration = declaration.to_dict() if declaration else None
    save_settings(settings)


def _resolve(declaration: DeclarationArg) -> Declaration | None:
    return stored_declaration() if isinstance(declaration, _FromSettings) else declaration


# -- errors and the checks the loader and the downloader call -------------------------------------

# The refusals, one sentence per action (a verb alone does not translate): blocked, undecided.
_REFUSALS = {
    "load": (QT_TRANSLATE_NOOP(
        "core", "Hearth will not load {subject}: it is {what}, and {reason}."),
             QT_TRANSLATE_NOOP("core", "Hearth needs your licence declaration before it can load "
                               "{subject}: it is {what}, and the Llama 3.2 licence does not "
                               "grant the vision models to people and companies in the "
                               "European Union. {reason}")),
    "download": (QT_TRANSLATE_NOOP("core", "Hearth will not download {subject}: it is {what}, and "
                                   "{reason}."),
                 QT_TRANSLATE_NOOP(
                     "core", "Hearth needs your licence declaration before it can download "
                     "{subject}: it is {what}, and the Llama 3.2 licence does not grant the "
                     "vision models to people and companies in the European Union. {reason}")),
    "use": (QT_TRANSLATE_NOOP("core", "Hearth will not use {subject}: it is {what}, and {reason}."),
            QT_TRANSLATE_NOOP(
                "core", "Hearth needs your licence declaration before it can use {subject}: it "
                "is {what}, and the Llama 3.2 licence does not grant the vision models to "
                "people and companies in the European Union. {reason}")),
}
_BLOCKED_HINT = QT_TRANSLATE_NOOP(
    "core", "Llama 3.2 text models (1B, 3B) stay fully available. End users in the EU may still "
    "use products and services that include the vision models; Hearth's check is only about "
    "your own use. If your answers were wrong, change them in Settings ▸ Licence declaration… "
    "or with `hearth licence declare`. {advice} Licence: {licence_url} Use policy: "
    "{use_policy_url}")
_UNDECIDED_HINT = QT_TRANSLATE_NOOP(
    "core", "Answer the question in the window, or run `hearth licence declare --domicile CC "
    "--as individual|company [--company-country CC] --accept`, or pass --domicile CC --as "
    "individual|company to this command. Text models need no declaration.")
_NOT_LEGAL_ADVICE = QT_TRANSLATE_NOOP(
    "core", "This is not legal advice: the official licence and Acceptable Use Policy decide.")


def _refusal_of(decision: Decision, subject: str, what: str, action: str) -> LicenceError:
    blocked, undecided = _REFUSALS[action]
    if decision.blocked:
        error: LicenceError = LicenceBlockedError.of(
            blocked, hint=_BLOCKED_HINT, subject=subject, what=what, reason=decision.reason,
            advice=CoreText(_NOT_LEGAL_ADVICE), licence_url=LICENCE_URL,
            use_policy_url=USE_POLICY_URL)
    else:
        error = LicenceUndecidedError.of(undecided, hint=_UNDECIDED_HINT, subject=subject,
                                         what=what, reason=decision.reason)
    error.decision = decision
    return error


def refusal(decision: Decision, subject: str, what: str, *, action: str = "load") -> LicenceError:
    """The error for a decision that is not "allowed": one line that explains it all."""
    if action in _REFUSALS:
        return _refusal_of(decision, subject, what, action)
    if decision.blocked:
        return LicenceBlockedError(
            f"Hearth will not {action} {subject}: it is {what}, and {decision.reason}.",
            hint="Llama 3.2 text models (1B, 3B) stay fully available. End users in the EU may "
            "still use products and services that include the vision models; Hearth's check is "
            "only about your own use. If your answers were wrong, change them in Settings ▸ "
            "Licence declaration… or with `hearth licence declare`. "
            f"{NOT_LEGAL_ADVICE} Licence: {LICENCE_URL} Use policy: {USE_POLICY_URL}",
            decision=decision,
        )
    return LicenceUndecidedError(
        f"Hearth needs your licence declaration before it can {action} {subject}: it is {what}, "
        "and the Llama 3.2 licence does not grant the vision models to people and companies in "
        f"the European Union. {decision.reason}",
        hint="Answer the question in the window, or run `hearth licence declare --domicile CC "
        "--as individual|company [--company-country CC] --accept`, or pass --domicile CC --as "
        "individual|company to this command. Text models need no declaration.",
        decision=decision,
    )


def check_file(path_or_info: str | Path | GGUFInfo,
               declaration: DeclarationArg = FROM_SETTINGS) -> Decision:
    """The decision for a model file, without raising for a refusal (the window uses it).

    Raises ModelFileError when the file is not a usable GGUF. The stored declaration is read
    only when the file is restricted, so text models cost no settings read.
    """
    info = path_or_info if isinstance(path_or_info, GGUFInfo) else read_gguf_info(path_or_info)
    what = restriction_of(info)
    if what is None:
        return decide(False, None)
    return decide(True, _resolve(declaration))


def ensure_load_allowed(path_or_info: str | Path | GGUFInfo,
                        declaration: DeclarationArg = FROM_SETTINGS) -> Decision:
    """Raise LicenceBlockedError / LicenceUndecidedError unless this file may be loaded."""
    info = path_or_info if isinstance(path_or_info, GGUFInfo) else read_gguf_info(path_or_info)
    what = restriction_of(info)
    if what is None:
        return decide(False, None)
    decision = decide(True, _resolve(declaration))
    if not decision.allowed:
        raise refusal(decision, info.path.name, what, action="load")
    return decision


def decision_for_family(licence_family: str | None,
                        declaration: DeclarationArg = FROM_SETTINGS) -> Decision:
    """The decision for a catalog entry, without raising (to grey out or badge entries)."""
    if not is_restricted_family(licence_family):
        return decide(False, None)
    return decide(True, _resolve(declaration))


def check_download_allowed(
    licence_family: str | None,
    declaration: DeclarationArg = FROM_SETTINGS,
    *,
    model_name: str = "this model",
) -> Decision:
    """For the model manager, before any byte is fetched: raise unless the download may start.

    ``licence_family`` is the catalog entry's ("text" or "vision"); a file picked from a Hub
    search has none, so call :func:`ensure_load_allowed` on the finished file as well (loading
    does that anyway).
    """
    decision = decision_for_family(licence_family, declaration)
    if not decision.allowed:
        raise refusal(decision, model_name, "a Llama 3.2 vision model", action="download")
    return decision
