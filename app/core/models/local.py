"""Models on this computer: the index of what Hearth installed or refers to, import, discovery,
deletion and the details shown for a model.

Files under ``models_dir()`` are Hearth's own. Models elsewhere (the Hugging Face cache, LM
Studio's folder, anywhere the user picks) are *referenced*, not copied: ``models_dir()/index.json``
records their paths, together with where every downloaded file came from and its sha256, so that
``registry.installed_models()`` lists them and ``hearth models info`` can say what was verified.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.core.errors import QT_TRANSLATE_NOOP, HearthError, ModelFileError
from app.core.models.gguf_file import GGUFInfo, fmt_bytes, read_gguf_info
from app.core.models.index import (
    IndexEntry,
    Origin,
    index_entry,
    inside_models_dir,
    register_model,
    same_file,
    unregister_model,
)
from app.core.models.names import display_name
from app.core.models.registry import InstalledModel, find_installed, installed_models
from app.core.paths import models_dir

# A name clash in the models folder, and what to do about it.
NAME_CLASH = QT_TRANSLATE_NOOP("core", "The models folder already has a file called {file}.")
NAME_CLASH_HINT = QT_TRANSLATE_NOOP("core", "Remove it first with `hearth models rm {name}`.")


class DiskSpaceError(HearthError):
    """Not enough free space on the disk that holds the models folder."""


def check_disk_space(needed: int, where: Path, what: str) -> None:
    """Fail early, with the numbers, when ``needed`` bytes do not fit on ``where``'s disk."""
    free = shutil.disk_usage(where).free
    if needed > free:
        raise DiskSpaceError.of(
            QT_TRANSLATE_NOOP("core", "Not enough free disk space for {what}: it needs {needed} "
                              "({needed_bytes} bytes) but only {free} ({free_bytes} bytes) is "
                              "free on the disk that holds {where}."),
            hint=QT_TRANSLATE_NOOP("core", "Free some space, or choose a smaller quantization."),
            what=what, needed=fmt_bytes(needed), needed_bytes=f"{needed:,}",
            free=fmt_bytes(free), free_bytes=f"{free:,}", where=where,
        )


def is_projector_file(path: Path) -> bool:
    """A vision projector (mmproj) is part of a model, never a model of its own."""
    return "mmproj" in path.name.lower()


# -- import ---------------------------------------------------------------------------------


def _unique_name(stem: str, path: Path) -> str:
    taken = {m.name.lower() for m in installed_models() if not same_file(m.path, path)}
    name, n = stem, 2
    while name.lower() in taken:
        name, n = f"{stem}-{n}", n + 1
    return name


def _check_gguf(path: Path, role: str = "model") -> GGUFInfo:
    info = read_gguf_info(path)
    if role == "model" and (info.architecture == "clip" or is_projector_file(path)):
        raise ModelFileError(f"{path.name} is a vision projector, not a model.",
                             hint="Import the model file and pass this one as its projector.")
    return info


def import_model(path: str | os.PathLike[str], *, copy: bool = False,
                 projector: str | os.PathLike[str] | None = None,
                 origin: Origin = "path", repo: str | None = None) -> InstalledModel:
    """Make a GGUF on disk available in Hearth: by reference (default) or as a copy.

    The file is checked first (a GGUF header with all its weights present); a copy goes through
    a temporary name and is renamed into place, so a half-copied file never shows up as a model.
    """
    # Absolute, but symlinks kept: an HF cache snapshot link has the file's real name.
    source = Path(os.path.abspath(Path(path).expanduser()))
    _check_gguf(source)
    proj = Path(os.path.abspath(Path(projector).expanduser())) if projector else None
    if proj is not None:
        read_gguf_info(proj)
    if inside_models_dir(source):
        # Already in Hearth's folder, so it is listed anyway; record a projector if one came.
        entry = index_entry(source) or IndexEntry(source.stem, source, "copied", origin,
                                                  None, source.stat().st_size, repo=repo)
        if proj is not None:
            entry = register_model(replace(entry, projector=proj))
        return InstalledModel(entry.name, entry.path, source.stat().st_size)
    if copy:
        files = [source] + ([proj] if proj else [])
        dest_dir = models_dir()
        targets = [dest_dir / f.name for f in files]
        for target in targets:
            if target.exists():
                raise ModelFileError.of(NAME_CLASH, hint=NAME_CLASH_HINT, file=target.name,
                                        name=target.stem)
        check_disk_space(sum(f.stat().st_size for f in files), dest_dir,
                         f"a copy of {source.name}")
        for src, target in zip(files, targets, strict=True):
            _copy_atomic(src, target)
        entry = IndexEntry(source.stem, targets[0], "copied", origin,
                           targets[1] if proj else None, targets[0].stat().st_size, repo=repo)
    else:
        entry = IndexEntry(_unique_name(source.stem, source), source, "reference", origin, proj,
                           source.stat().st_size, repo=repo)
    entry = register_model(entry)
    return InstalledModel(entry.name, entry.path, entry.size)


def _copy_atomic(src: Path, dest: Path) -> None:
    partial = models_dir() / ".downloads" / f"{dest.name}.import.part"
    partial.parent.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copyfile(src, partial)
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# -- discovery ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FoundModel:
    """A GGUF already on disk that Hearth could use without copying it."""

    path: Path
    origin: Origin
    size: int
    repo: str | None = None
    projector: Path | None = None
    installed: bool = False  # already listed by Hearth


def hf_cache_dir() -> Path:
    """The Hugging Face hub cache, read from the environment now (as huggingface-hub does)."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]).expanduser() / "hub"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "huggingface" / "hub"


def lmstudio_dirs() -> list[Path]:
    """LM Studio's model folders (current and older layouts)."""
    home = Path.home()
    return [home / ".lmstudio" / "models", home / ".cache" / "lm-studio" / "models"]


def _scan_hf_cache(cache: Path) -> list[FoundModel]:
    if not cache.is_dir():
        return []
    from huggingface_hub import scan_cache_dir
    from huggingface_hub.errors import CacheNotFound

    try:
        info = scan_cache_dir(cache)
    except (CacheNotFound, OSError, ValueError):
        return []
    found = []
    for repo in info.repos:
        if repo.repo_type != "model":
            continue
        for revision in repo.revisions:
            ggufs = [f for f in revision.files if f.file_name.lower().endswith(".gguf")]
            projectors = [f.file_path for f in ggufs if is_projector_file(f.file_path)]
            for f in ggufs:
                if is_projector_file(f.file_path):
                    continue
                found.append(FoundModel(f.file_path, "hf-cache", f.size_on_disk, repo.repo_id,
                                        projectors[0] if len(projectors) == 1 else None))
    return found


def _scan_folder(root: Path, origin: Origin) -> list[FoundModel]:
    if not root.is_dir():
        return []
    found = []
    for path in sorted(root.rglob("*.gguf")):
        if is_projector_file(path) or not path.is_file():
            continue
        projectors = [p for p in path.parent.glob("*.gguf") if is_projector_file(p)]
        rel = path.parent.relative_to(root).parts
        repo = "/".join(rel[:2]) if len(rel) >= 2 else None
        found.append(FoundModel(path, origin, path.stat().st_size, repo,
                                projectors[0] if len(projectors) == 1 else None))
    return found


def discover_models(*, hf_cache: Path | None = None,
                    lmstudio: Iterable[Path] | None = None) -> list[FoundModel]:
    """GGUF models in the Hugging Face cache and LM Studio's folders, without copying anything.

    Files that are already installed are included with ``installed=True``; duplicates (the same
    blob reached twice through snapshots) are listed once.
    """
    candidates = _scan_hf_cache(hf_cache or hf_cache_dir())
    for root in (lmstudio if lmstudio is not None else lmstudio_dirs()):
        candidates.extend(_scan_folder(Path(root), "lm-studio"))
    have = [m.path for m in installed_models()]
    seen: set[str] = set()
    result = []
    for c in candidates:
        real = os.path.realpath(c.path)
        if real in seen:
            continue
        seen.add(real)
        result.append(replace(c, installed=any(same_file(c.path, p) for p in have)))
    return result


def add_found(found: Iterable[FoundModel]) -> list[InstalledModel]:
    """Reference the found models (those not installed yet); bad files are skipped."""
    added = []
    for f in found:
        if f.installed:
            continue
        try:
            added.append(import_model(f.path, projector=f.projector, origin=f.origin,
                                      repo=f.repo))
        except ModelFileError:
            continue
    return added


# -- deletion -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DeletePlan:
    """What deleting a model will do, to show before asking for confirmation."""

    model: InstalledModel
    files: tuple[Path, ...]  # files that will be deleted (inside the models folder)
    forget_only: bool  # a reference: the file stays where it is
    size: int


def plan_delete(spec: str | os.PathLike[str]) -> DeletePlan:
    model = find_installed(spec)
    if model.starter:
        raise HearthError.of(QT_TRANSLATE_NOOP(
            "core", "The starter model comes with Hearth and cannot be removed."))
    entry = index_entry(model.path)
    if not inside_models_dir(model.path):
        return DeletePlan(model, (), True, 0)
    files = [model.path]
    projector = entry.projector if entry else None
    if projector and projector.exists() and inside_models_dir(projector):
        files.append(projector)
    return DeletePlan(model, tuple(files), False, sum(f.stat().st_size for f in files))


def delete_model(plan: DeletePlan) -> DeletePlan:
    """Carry out ``plan``: delete Hearth's own files, or forget a reference."""
    for f in plan.files:
        f.unlink(missing_ok=True)
    unregister_model(plan.model.path)
    # A model that had its own folder (vision: model + projector) leaves no empty folder behind.
    parent = plan.model.path.parent
    if not plan.forget_only and parent != models_dir() and inside_models_dir(parent):
        with suppress(OSError):
            parent.rmdir()
    return plan


# -- details --------------------------------------------------------------------------------

# llama.cpp's llama_ftype values (general.file_type) → the names people know.
_FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0",
}


def count_parameters(path: Path) -> int:
    """The number of weights, summed over the tensor infos in the header (no weights read)."""
    from app.core.models import gguf_file

    with Path(path).open("rb") as fh:
        r = gguf_file._Reader(fh)
        r.read(4)
        r.unpack("I")
        n_tensors, n_kv = r.unpack("Q"), r.unpack("Q")
        for _ in range(n_kv):
            r.string()
            r.value(r.unpack("I"))
        total = 0
        for _ in range(n_tensors):
            r.string()
            n = 1
            for _ in range(r.unpack("I")):
                n *= r.unpack("Q")
            r.unpack("I")
            r.unpack("Q")
            total += n
    return total


def model_details(spec: str | os.PathLike[str]) -> dict[str, Any]:
    """Everything ``hearth models info`` shows: GGUF metadata, provenance and verified hashes."""
    path = Path(str(spec)).expanduser()
    model = None
    if not path.is_file():
        model = find_installed(spec)
        path = model.path
    info = read_gguf_info(path)
    try:
        params = count_parameters(path)
    except (OSError, ValueError, struct.error):
        params = 0
    file_type = info.metadata.get("general.file_type")
    entry = index_entry(path)
    template = info.chat_template
    return {
        "name": model.name if model else path.stem,
        "display_name": display_name(path),
        "path": str(path),
        "size_bytes": info.size_bytes,
        "architecture": info.architecture,
        "model_name": info.name,
        "parameters": params,
        "size_label": info.metadata.get("general.size_label"),
        "quantization": _FILE_TYPES.get(file_type, str(file_type)) if file_type is not None
        else None,
        "context_length": info.n_ctx_train,
        "layers": info.n_layer,
        "embedding_length": info.n_embd,
        "heads": info.n_head,
        "kv_heads": info.n_head_kv,
        "vision": info.is_vision or bool(entry and entry.projector),
        "chat_template": template,
        "gguf_version": info.version,
        "starter": bool(model and model.starter),
        "kind": entry.kind if entry else ("starter" if model and model.starter else "folder"),
        "origin": entry.origin if entry else None,
        "repo": entry.repo if entry else None,
        "commit": entry.commit if entry else None,
        "sha256": entry.sha256 if entry else {},
        "projector": str(entry.projector) if entry and entry.projector else None,
        "catalog_id": entry.catalog_id if entry else None,
        "added_at": entry.added_at if entry else None,
    }
