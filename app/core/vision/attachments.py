"""Pictures attached to chat messages: kept in Hearth's data folder, linked by message id.

A dropped or pasted picture is checked (a real image, not too large) and copied into
``<data>/images/<sha256>.<ext>``, so a conversation keeps its pictures when the originals move
or the clipboard changes. ``index.json`` maps message ids to those files; the store's schema
is left alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
from pathlib import Path

from PIL import Image

from app.core import paths
from app.core.engine.base import ImageInput
from app.core.errors import ImageError
from app.core.jsonfile import write_json_atomic
from app.core.vision.preprocess import MAX_PIXELS, load_image

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"})


def is_image_name(path: str | os.PathLike[str]) -> bool:
    """Whether a file name looks like a picture (for drag-and-drop filtering)."""
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def check_image(path: str | os.PathLike[str], max_pixels: int = MAX_PIXELS) -> Path:
    """Raise :class:`ImageError` unless ``path`` is a picture the vision model can read."""
    load_image(path, max_pixels)
    return Path(path)


class Attachments:
    """The picture store of one data folder (``paths.data_dir()`` by default)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or paths.data_dir() / "images"
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._index: dict[str, str] = {}

    @property
    def _index_path(self) -> Path:
        return self.root / "index.json"

    def _read(self) -> dict[str, str]:
        """The index, re-read only when the file changed (a conversation asks per message)."""
        try:
            st = self._index_path.stat()
            stamp = (st.st_mtime_ns, st.st_size)
            if stamp == self._stamp:
                return dict(self._index)
            data = json.loads(self._index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        index = {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
        self._stamp, self._index = stamp, index
        return dict(index)

    def _write(self, index: dict[str, str]) -> None:
        write_json_atomic(self._index_path, index)

    def import_file(self, path: str | os.PathLike[str]) -> Path:
        """Check ``path`` and keep a copy; returns the kept file."""
        src = check_image(path)
        digest = hashlib.sha256(src.read_bytes()).hexdigest()
        self.root.mkdir(parents=True, exist_ok=True)
        dest = self.root / f"{digest}{src.suffix.lower() or '.png'}"
        if not dest.exists():
            tmp = dest.with_suffix(dest.suffix + ".part")
            shutil.copyfile(src, tmp)
            os.replace(tmp, dest)
        return dest

    def import_image(self, image: Image.Image) -> Path:
        """Keep a pasted picture (saved as PNG); returns the kept file."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".png")
        os.close(fd)
        try:
            image.save(tmp, format="PNG")
            return self.import_file(tmp)
        except OSError as exc:
            raise ImageError(f"The pasted picture could not be saved ({exc}).") from None
        finally:
            Path(tmp).unlink(missing_ok=True)

    def link(self, message_id: int, image: Path) -> None:
        with self._lock:
            index = self._read()
            index[str(message_id)] = Path(image).name
            self._write(index)

    def image_of(self, message_id: int) -> Path | None:
        """The picture attached to a message, if it is still there."""
        name = self._read().get(str(message_id))
        if name is None:
            return None
        path = self.root / name
        return path if path.is_file() else None


def latest_image(message_ids: list[int | None], attachments: Attachments
                 ) -> tuple[ImageInput, ...]:
    """The most recent attached picture among the messages sent (the one the model sees)."""
    for index in range(len(message_ids) - 1, -1, -1):
        message_id = message_ids[index]
        image = attachments.image_of(message_id) if message_id is not None else None
        if image is not None:
            return (ImageInput(image, index),)
    return ()
