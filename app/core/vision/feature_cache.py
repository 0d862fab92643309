"""Encoded pictures kept on disk, so a picture is never read by the vision encoder twice.

Encoding a picture is by far the slowest part of an image question on a CPU (minutes for the
11B model's four tiles); its result, the projected image tokens, depends only on the
picture's bytes, the projector's weights and the detail asked for. Reopening a conversation,
regenerating an answer or asking again after a restart looks the result up here instead.

Entries live in ``<cache>/vision-features/`` (``paths.cache_dir()``: the platform's user cache
folder, or ``$HEARTH_HOME/cache``), one file each, named by a SHA-256 of (picture bytes,
projector identity, detail). The folder is bounded (:data:`DEFAULT_LIMIT_BYTES`, 2 GB, about
twenty 4-tile 11B pictures): after each write the least recently used entries (by mtime, which
a hit refreshes) are removed. Each file carries a checksum of its data; a damaged or cut-short
entry is ignored (and removed), and the picture is encoded again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import struct
import tempfile
from pathlib import Path

import numpy as np

from app.core import paths

log = logging.getLogger(__name__)

DEFAULT_LIMIT_BYTES = 2 * 1024**3
FORMAT_VERSION = 1
_MAGIC = b"HEARTHVF"
# magic, version, rows, cols, sha256 of the float32 data
_HEADER = struct.Struct("<8sIQQ32s")
_SUFFIX = ".feat"


def file_identity(path: str | os.PathLike[str]) -> str:
    """A cheap fingerprint of a (large) weights file: size, first and last MiB.

    Hashing a 2 GB projector on every load would cost seconds; a different file of the same
    size with the same head and tail is not a case that occurs with GGUF weights.
    """
    path = Path(path)
    h = hashlib.sha256()
    size = path.stat().st_size
    h.update(str(size).encode())
    with open(path, "rb") as fh:
        h.update(fh.read(1 << 20))
        fh.seek(max(0, size - (1 << 20)))
        h.update(fh.read(1 << 20))
    return h.hexdigest()


def picture_digest(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a picture file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class FeatureCache:
    """Projected image tokens by (picture, projector, detail), bounded in size."""

    def __init__(self, root: Path | None = None, limit_bytes: int = DEFAULT_LIMIT_BYTES) -> None:
        self._root = root
        self.limit_bytes = limit_bytes

    @property
    def root(self) -> Path:
        """The folder (looked up on use: ``HEARTH_HOME`` may change while a model is loaded)."""
        return self._root if self._root is not None else paths.cache_dir() / "vision-features"

    @staticmethod
    def key(picture: str, model: str, detail: str) -> str:
        """The entry name for a picture digest, a projector identity and a detail."""
        text = f"v{FORMAT_VERSION}\0{picture}\0{model}\0{detail}"
        return hashlib.sha256(text.encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / f"{key}{_SUFFIX}"

    def get(self, key: str) -> np.ndarray | None:
        """The kept array, or None when absent, damaged or cut short (then it is removed)."""
        path = self._path(key)
        try:
            with open(path, "rb") as fh:
                header = fh.read(_HEADER.size)
                if len(header) != _HEADER.size:
                    raise ValueError("short header")
                magic, version, rows, cols, digest = _HEADER.unpack(header)
                if magic != _MAGIC or version != FORMAT_VERSION:
                    raise ValueError("not a feature file")
                size = path.stat().st_size - _HEADER.size
                if rows * cols * 4 != size or rows == 0 or cols == 0:
                    raise ValueError("size does not match the header")
                data = np.empty((rows, cols), dtype=np.float32)
                if fh.readinto(memoryview(data).cast("B")) != size:
                    raise ValueError("cut short")
            if hashlib.sha256(memoryview(data).cast("B")).digest() != digest:
                raise ValueError("checksum mismatch")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, struct.error) as exc:
            log.warning("Ignoring damaged picture cache entry %s (%s)", path.name, exc)
            path.unlink(missing_ok=True)
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # most recently used
        return data

    def put(self, key: str, array: np.ndarray) -> None:
        """Keep ``array`` (2-D float32) under ``key``; never raises for a full or read-only disk."""
        data = np.ascontiguousarray(array, dtype=np.float32)
        if data.ndim != 2:
            data = data.reshape(-1, data.shape[-1])
        if data.nbytes + _HEADER.size > self.limit_bytes:
            return
        digest = hashlib.sha256(memoryview(data).cast("B")).digest()
        header = _HEADER.pack(_MAGIC, FORMAT_VERSION, data.shape[0], data.shape[1], digest)
        tmp = None
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".part")
            with os.fdopen(fd, "wb") as fh:
                fh.write(header)
                fh.write(memoryview(data).cast("B"))
            os.replace(tmp, self._path(key))
            tmp = None
            self.prune()
        except OSError as exc:
            log.warning("Could not keep the encoded picture (%s)", exc)
        finally:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)

    def prune(self) -> None:
        """Remove the least recently used entries until the folder fits the limit."""
        entries = []
        for path in self.root.glob(f"*{_SUFFIX}"):
            try:
                st = path.stat()
            except OSError:
                continue
            entries.append((st.st_mtime_ns, st.st_size, path))
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries, key=lambda e: e[0]):
            if total <= self.limit_bytes:
                break
            path.unlink(missing_ok=True)
            total -= size

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.root.glob(f"*{_SUFFIX}"))
