"""The model catalog: which Llama GGUFs Hearth offers, where they live, what they weigh.

The catalog is data (``resources/catalog.json``) so that it can change without code. It lists
every entry offline; when the Hub can be reached, :func:`refresh_catalog` replaces the
approximate sizes with the real ones and adds the sha256 the Hub publishes, and keeps that in a
small cache so the next offline start shows the real numbers too. :func:`search_hub` and
:func:`list_gguf_files` cover any other GGUF repo on the Hub.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from app.core.errors import HearthError
from app.core.jsonfile import write_json_atomic
from app.core.models.hub import HubError, ensure_online, hub_endpoint, translate_hub_error
from app.core.paths import data_dir
from app.resources import resource_path

LicenceFamily = Literal["text", "vision"]
FileRole = Literal["model", "projector"]
CATALOG_FILE = "catalog.json"
CACHE_FILE = "catalog-cache.json"

_QUANT_IN_NAME = re.compile(
    r"(?i)(?<![A-Za-z0-9])(IQ\d_[A-Z]+|Q\d_K_[SMLX]+|Q\d_K|Q\d_\d(?:_\d_\d)?|BF16|F16|F32)"
    r"(?![A-Za-z0-9])"
)
_SPLIT = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)


class CatalogError(HearthError):
    """The catalog file is missing or malformed, or an entry or quantization does not exist."""


@dataclass(frozen=True, slots=True)
class CatalogFile:
    """One file of a download; ``size`` and ``sha256`` are approximate/unknown until refreshed."""

    name: str
    size: int | None
    sha256: str | None = None
    role: FileRole = "model"


@dataclass(frozen=True, slots=True)
class Quantization:
    """One quantization of a catalog model: the model file plus, for vision, the projector."""

    quant: str
    files: tuple[CatalogFile, ...]
    note: str = ""
    listed: bool = True  # False: found on the Hub, not curated in the catalog
    available: bool = True  # False: the Hub no longer has the file (after a refresh)

    @property
    def size(self) -> int:
        return sum(f.size or 0 for f in self.files)

    @property
    def model_file(self) -> CatalogFile:
        return next(f for f in self.files if f.role == "model")

    @property
    def projector(self) -> CatalogFile | None:
        return next((f for f in self.files if f.role == "projector"), None)


@dataclass(frozen=True, slots=True)
class CatalogModel:
    """A catalog entry: one model in several quantizations, from one Hub repo."""

    id: str
    name: str
    family: str
    repo: str
    revision: str
    licence: LicenceFamily
    licence_name: str
    capabilities: tuple[str, ...]
    can_draft_for: tuple[str, ...]
    parameters: int
    context_length: int
    default_quant: str
    file_pattern: str
    quantizations: tuple[Quantization, ...]
    description: str = ""
    listed: bool = True  # False: kept in the catalog but not offered by default (Llama Guard)

    @property
    def is_vision(self) -> bool:
        return "vision" in self.capabilities

    def quant(self, name: str | None = None) -> Quantization:
        """The quantization called ``name`` (any case), or the default one."""
        wanted = (name or self.default_quant).upper()
        for q in self.quantizations:
            if q.quant.upper() == wanted:
                return q
        offered = ", ".join(q.quant for q in self.quantizations)
        raise CatalogError(f"{self.name} has no {name} quantization.",
                           hint=f"Choose one of: {offered}.")


@dataclass(frozen=True, slots=True)
class CatalogPair:
    """A model and the draft model that speeds it up (speculative decoding), offered as one
    choice: downloading it fetches both and remembers the draft for the model."""

    id: str
    name: str
    target: str  # catalog id of the model
    draft: str  # catalog id of its draft
    description: str = ""


@dataclass(frozen=True, slots=True)
class Catalog:
    """The whole catalog and where its numbers come from ("bundled", "cache" or "live")."""

    models: tuple[CatalogModel, ...]
    source: str = "bundled"
    refreshed_at: str | None = None
    warnings: tuple[str, ...] = ()
    pairs: tuple[CatalogPair, ...] = ()

    def find_pair(self, key: str) -> CatalogPair | None:
        """A model + draft pair by id or name (any case), or None."""
        wanted = key.strip().lower()
        return next((p for p in self.pairs if wanted in {p.id, p.name.lower()}), None)

    def listed(self) -> list[CatalogModel]:
        return [m for m in self.models if m.listed]

    def get(self, key: str) -> CatalogModel:
        """An entry by id, display name or repo (any case)."""
        wanted = key.strip().lower()
        for model in self.models:
            if wanted in {model.id, model.name.lower(), model.repo.lower()}:
                return model
        ids = ", ".join(m.id for m in self.models)
        raise CatalogError(f"The catalog has no model '{key}'.", hint=f"Catalog ids: {ids}.")

    def find(self, key: str) -> CatalogModel | None:
        try:
            return self.get(key)
        except CatalogError:
            return None


# -- loading --------------------------------------------------------------------------------


def _parse_model(raw: dict[str, Any]) -> CatalogModel:
    projector_raw = raw.get("projector")
    projector = (CatalogFile(projector_raw["file"], projector_raw.get("size"),
                             projector_raw.get("sha256"), "projector")
                 if projector_raw else None)
    quants = []
    for q in raw["quantizations"]:
        files = [CatalogFile(q["file"], q.get("size"), q.get("sha256"), "model")]
        if projector is not None:
            files.append(projector)
        quants.append(Quantization(q["quant"], tuple(files), q.get("note", "")))
    licence = raw.get("licence", "text")
    if licence not in ("text", "vision"):
        raise CatalogError(f"Catalog entry {raw['id']} has an unknown licence family {licence}.")
    model = CatalogModel(
        id=raw["id"], name=raw["name"], family=raw.get("family", ""), repo=raw["repo"],
        revision=raw.get("revision", "main"), licence=licence,
        licence_name=raw.get("licence_name", ""),
        capabilities=tuple(raw.get("capabilities", ["text"])),
        can_draft_for=tuple(raw.get("can_draft_for", [])),
        parameters=int(raw.get("parameters", 0)), context_length=int(raw.get("context_length", 0)),
        default_quant=raw.get("default_quant", quants[0].quant if quants else "Q4_K_M"),
        file_pattern=raw.get("file_pattern", ""), quantizations=tuple(quants),
        description=raw.get("description", ""), listed=bool(raw.get("listed", True)),
    )
    model.quant()  # the default quantization must exist
    return model


def _parse_pair(raw: dict[str, Any], models: tuple[CatalogModel, ...]) -> CatalogPair:
    pair = CatalogPair(id=raw["id"], name=raw["name"], target=raw["target"], draft=raw["draft"],
                       description=raw.get("description", ""))
    by_id = {m.id: m for m in models}
    if pair.target not in by_id or pair.draft not in by_id:
        raise CatalogError(f"Catalog pair {pair.id} names a model the catalog does not have.")
    if pair.target not in by_id[pair.draft].can_draft_for:
        raise CatalogError(f"Catalog pair {pair.id}: {pair.draft} cannot draft for "
                           f"{pair.target}.")
    return pair


def load_catalog(path: str | os.PathLike[str] | None = None, *, use_cache: bool = True
                 ) -> Catalog:
    """The bundled catalog, with the numbers of the last successful refresh when there is one."""
    source = Path(path) if path is not None else resource_path(CATALOG_FILE)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        models = tuple(_parse_model(m) for m in data["models"])
        pairs = tuple(_parse_pair(p, models) for p in data.get("pairs", []))
    except FileNotFoundError:
        raise CatalogError(f"The model catalog is missing ({source}).",
                           hint="Reinstall Hearth.") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise CatalogError(f"The model catalog {source} is damaged ({exc}).",
                           hint="Reinstall Hearth.") from None
    catalog = Catalog(models, pairs=pairs)
    if use_cache:
        cached = _read_cache()
        if cached:
            catalog = _apply_repo_data(catalog, cached.get("repos", {}), "cache",
                                       cached.get("refreshed_at"))
    return catalog


def _cache_path() -> Path:
    return data_dir() / CACHE_FILE


def _read_cache() -> dict[str, Any] | None:
    try:
        data = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("endpoint") != hub_endpoint():
        return None  # numbers from another mirror may describe other files
    return data if isinstance(data.get("repos"), dict) else None


def _write_cache(repos: dict[str, Any], refreshed_at: str) -> None:
    payload = {"endpoint": hub_endpoint(), "refreshed_at": refreshed_at, "repos": repos}
    write_json_atomic(_cache_path(), payload)


def _pattern_regex(pattern: str) -> re.Pattern[str] | None:
    if "{quant}" not in pattern:
        return None
    before, after = pattern.split("{quant}", 1)
    return re.compile(f"^{re.escape(before)}(?P<quant>[A-Za-z0-9_]+){re.escape(after)}$",
                      re.IGNORECASE)


def _apply_repo_data(catalog: Catalog, repos: dict[str, Any], source: str,
                     refreshed_at: str | None) -> Catalog:
    """Real sizes and hashes from the Hub (``repos[repo]["files"][name]``) merged into entries."""
    models = []
    for model in catalog.models:
        repo = repos.get(model.repo)
        if not repo or not isinstance(repo.get("files"), dict):
            models.append(model)
            continue
        remote: dict[str, dict[str, Any]] = repo["files"]

        def real(f: CatalogFile, remote: dict[str, dict[str, Any]] = remote) -> CatalogFile:
            info = remote.get(f.name)
            if info is None:
                return f
            return replace(f, size=info.get("size", f.size), sha256=info.get("sha256"))

        quants = [replace(q, files=tuple(real(f) for f in q.files),
                          available=all(f.name in remote for f in q.files))
                  for q in model.quantizations]
        # Quantizations on the Hub that the catalog does not curate, matched by file pattern.
        known = {q.model_file.name.lower() for q in quants}
        regex = _pattern_regex(model.file_pattern)
        extras = []
        projector = quants[0].projector if quants else None
        for name, info in remote.items():
            m = regex.match(name) if regex else None
            if m is None or name.lower() in known:
                continue
            files = [CatalogFile(name, info.get("size"), info.get("sha256"), "model")]
            if projector is not None:
                files.append(real(projector))
            extras.append(Quantization(m["quant"].upper(), tuple(files), "", listed=False,
                                       available=projector is None or projector.name in remote))
        extras.sort(key=lambda q: q.size)
        models.append(replace(model, quantizations=(*quants, *extras)))
    return replace(catalog, models=tuple(models), source=source, refreshed_at=refreshed_at)


def refresh_catalog(catalog: Catalog | None = None, *, token: str | None = None) -> Catalog:
    """Sizes and sha256 of every catalog file, live from the Hub API (``model_info``).

    Raises :class:`~app.core.models.hub.HubError` when the Hub cannot be reached at all; a repo
    that fails alone (gated, renamed) keeps its previous numbers and adds a warning.
    """
    ensure_online()
    from huggingface_hub import HfApi

    catalog = catalog or load_catalog(use_cache=False)
    api = HfApi(endpoint=hub_endpoint(), token=token or False)
    repos: dict[str, Any] = {}
    warnings: list[str] = []
    wanted = list(dict.fromkeys(m.repo for m in catalog.models))
    for repo in wanted:
        try:
            info = api.model_info(repo, files_metadata=True, token=token or False)
        except Exception as exc:  # each repo on its own; translated for people
            warnings.append(str(translate_hub_error(exc, repo, have_token=bool(token))))
            continue
        repos[repo] = {"commit": info.sha, "files": {
            s.rfilename: {"size": s.lfs.size if s.lfs else s.size,
                          "sha256": s.lfs.sha256 if s.lfs else None}
            for s in info.siblings or [] if s.rfilename.lower().endswith(".gguf")}}
    if not repos:
        raise HubError(f"The catalog could not be refreshed from {hub_endpoint()}: none of its "
                       f"{len(wanted)} repos could be read.",
                       hint=f"First problem: {warnings[0]}" if warnings else None)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    previous = _read_cache() or {}
    merged = {**previous.get("repos", {}), **repos}
    _write_cache(merged, now)
    refreshed = _apply_repo_data(catalog, merged, "live", now)
    return replace(refreshed, warnings=tuple(warnings))


# -- any GGUF repo on the Hub ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HubModel:
    """A search result: a Hub repo that holds GGUF files."""

    repo: str
    downloads: int = 0
    likes: int = 0
    gated: bool = False
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class HubFile:
    """A GGUF file in a Hub repo, with what its name says about it."""

    name: str
    size: int | None
    sha256: str | None
    quant: str | None
    role: FileRole = "model"
    split: tuple[int, int] | None = None  # (part, of) for "-00001-of-00003.gguf"


@dataclass(frozen=True, slots=True)
class RepoFiles:
    repo: str
    commit: str | None
    gated: bool
    files: tuple[HubFile, ...] = field(default=())


def quant_from_name(name: str) -> str | None:
    """The quantization a GGUF file name announces, e.g. ``Q4_K_M``; None if it says none."""
    found = _QUANT_IN_NAME.findall(Path(name).name)
    return found[-1].upper() if found else None


def search_hub(query: str, *, limit: int = 20, token: str | None = None) -> list[HubModel]:
    """GGUF repos on the Hub matching ``query``, most downloaded first."""
    ensure_online()
    from huggingface_hub import HfApi

    api = HfApi(endpoint=hub_endpoint(), token=token or False)
    try:
        results: Iterable[Any] = api.list_models(search=query.strip(), filter="gguf",
                                                 sort="downloads", limit=limit)
        found = list(results)
    except Exception as exc:
        raise translate_hub_error(exc, query, have_token=bool(token)) from None
    return [HubModel(m.id, int(m.downloads or 0), int(m.likes or 0), bool(m.gated),
                     m.last_modified.isoformat() if m.last_modified else None) for m in found]


def list_gguf_files(repo: str, *, revision: str | None = None, token: str | None = None
                    ) -> RepoFiles:
    """The .gguf files of ``repo`` with their real sizes and sha256 (one ``model_info`` call)."""
    ensure_online()
    from huggingface_hub import HfApi

    api = HfApi(endpoint=hub_endpoint(), token=token or False)
    try:
        info = api.model_info(repo, revision=revision, files_metadata=True, token=token or False)
    except Exception as exc:
        raise translate_hub_error(exc, repo, have_token=bool(token)) from None
    files = []
    for s in info.siblings or []:
        if not s.rfilename.lower().endswith(".gguf"):
            continue
        split = _SPLIT.search(s.rfilename)
        files.append(HubFile(
            name=s.rfilename,
            size=s.lfs.size if s.lfs else s.size,
            sha256=s.lfs.sha256 if s.lfs else None,
            quant=quant_from_name(s.rfilename),
            role="projector" if "mmproj" in s.rfilename.lower() else "model",
            split=(int(split[1]), int(split[2])) if split else None,
        ))
    files.sort(key=lambda f: (f.role != "model", f.size or 0, f.name))
    return RepoFiles(repo, info.sha, bool(info.gated), tuple(files))
