"""The index of models Hearth installed or refers to (``models_dir()/index.json``).

It records, per model file, how it arrived (downloaded, copied, referenced), where from, and the
sha256 of every verified file. The lowest layer of ``app.core.models``: the registry lists
installed models from it, downloads and imports write to it; it imports neither.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from app.core.jsonfile import write_json_atomic
from app.core.models._locks import file_lock
from app.core.paths import models_dir

INDEX_FILE = "index.json"
Kind = Literal["downloaded", "copied", "reference"]
Origin = Literal["hub", "path", "hf-cache", "lm-studio"]


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """What Hearth knows about one model beyond its file: kind, origin, provenance, hashes."""

    name: str
    path: Path
    kind: Kind
    origin: Origin
    projector: Path | None = None
    size: int = 0
    repo: str | None = None
    revision: str | None = None
    commit: str | None = None
    sha256: dict[str, str] = field(default_factory=dict)  # file name → verified sha256
    catalog_id: str | None = None
    quant: str | None = None
    added_at: str = ""

    def to_json(self, base: Path) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = _store_path(self.path, base)
        data["projector"] = _store_path(self.projector, base) if self.projector else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], base: Path) -> IndexEntry:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["path"] = _load_path(data["path"], base)
        known["projector"] = _load_path(data["projector"], base) if data.get("projector") else None
        return cls(**known)


def _store_path(path: Path, base: Path) -> str:
    """Relative inside the models folder (so HEARTH_HOME can move), absolute outside."""
    try:
        return Path(path).relative_to(base).as_posix()
    except ValueError:
        return str(path)


def _load_path(text: str, base: Path) -> Path:
    path = Path(text)
    return path if path.is_absolute() else base / path


def _index_path() -> Path:
    return models_dir() / INDEX_FILE


@contextmanager
def _locked_index() -> Iterator[list[IndexEntry]]:
    """Read, let the caller change, and write back the index under a lock (atomically)."""
    base = models_dir()
    with file_lock(base / ".index.lock", what="the model index"):
        entries = read_index()
        before = list(entries)
        yield entries
        if entries != before:
            payload = {"schema": 1, "models": [e.to_json(base) for e in entries]}
            write_json_atomic(_index_path(), payload, indent=1)


def read_index() -> list[IndexEntry]:
    """Every entry of ``index.json``; a missing or damaged index reads as empty."""
    base = models_dir()
    try:
        data = json.loads(_index_path().read_text(encoding="utf-8"))
        return [IndexEntry.from_json(m, base) for m in data.get("models", [])]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def same_file(a: Path, b: Path) -> bool:
    """The same file on disk (two paths, links or snapshots to one file count once)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def register_model(entry: IndexEntry) -> IndexEntry:
    """Add ``entry`` (or replace the one for the same file)."""
    if not entry.added_at:
        entry = replace(entry, added_at=datetime.now(UTC).isoformat(timespec="seconds"))
    with _locked_index() as entries:
        entries[:] = [e for e in entries if not same_file(e.path, entry.path)]
        entries.append(entry)
    return entry


def unregister_model(path: Path) -> bool:
    with _locked_index() as entries:
        kept = [e for e in entries if not same_file(e.path, path)]
        changed = len(kept) != len(entries)
        entries[:] = kept
    return changed


def index_entry(path: Path) -> IndexEntry | None:
    return next((e for e in read_index() if same_file(e.path, path)), None)


def inside_models_dir(path: Path) -> bool:
    """Hearth's own file (under the models folder), rather than a reference elsewhere."""
    try:
        Path(os.path.abspath(path)).relative_to(os.path.abspath(models_dir()))
        return True
    except ValueError:
        return False


def projector_for(path: Path) -> Path | None:
    """The vision projector that belongs to the model at ``path``, when it has one."""
    entry = index_entry(path)
    return entry.projector if entry and entry.projector and entry.projector.is_file() else None
