"""List, search and read files - only inside folders the user approved.

Every path the model gives is resolved (``..`` collapsed, every symbolic link followed) and
must land inside one of the approved folders, themselves resolved when access is granted. So
``../../etc/passwd``, an absolute path elsewhere and a link inside the folder that points out of
it are all refused the same way. Listing and searching never follow links out of the folders
either, and everything is capped: entries listed, files searched, bytes read per file.

Paths the model sees are relative: ``notes/todo.txt`` with one approved folder, or
``Documents/notes/todo.txt`` (the folder's name first) with several.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app.core.engine.base import CancelToken
from app.core.tools.base import (
    Tool,
    ToolCancelledError,
    ToolConfigError,
    ToolRunError,
    object_schema,
)

__all__ = ["FileAccess", "file_tools"]

MAX_LIST_ENTRIES = 200
MAX_SEARCH_FILES = 5_000
MAX_SEARCH_RESULTS = 50
MAX_SEARCH_FILE_BYTES = 1_000_000
MAX_READ_CHARS = 20_000
MAX_READ_BYTES = 4_000_000
MAX_PATH_CHARS = 1_024


class FileAccess:
    """The approved folders, and the one way to turn a model's path into a real one."""

    def __init__(self, folders: Iterable[str | os.PathLike[str]]) -> None:
        roots: list[Path] = []
        for folder in folders:
            path = Path(folder).expanduser()
            try:
                resolved = path.resolve(strict=True)
            except (OSError, RuntimeError):
                raise ToolConfigError(f"The folder {path} does not exist.") from None
            if not resolved.is_dir():
                raise ToolConfigError(f"{path} is not a folder.")
            if resolved not in roots:
                roots.append(resolved)
        self.roots = roots
        labels: dict[str, Path] = {}
        for root in roots:
            label = root.name or str(root)
            base, n = label, 2
            while label in labels:
                label, n = f"{base}-{n}", n + 1
            labels[label] = root
        self.labels = labels

    def _inside(self, path: Path) -> Path | None:
        for root in self.roots:
            if path == root or path.is_relative_to(root):
                return root
        return None

    def display(self, path: Path) -> str:
        """How the model and the user see ``path`` (relative, folder name first if several)."""
        root = self._inside(path)
        if root is None:
            return "?"
        rel = path.relative_to(root).as_posix()
        if len(self.roots) == 1:
            return rel or "."
        label = next(name for name, r in self.labels.items() if r == root)
        return label if rel == "." or not rel else f"{label}/{rel}"

    def resolve(self, text: str | None) -> Path:
        """The real path for ``text``, which must exist inside an approved folder."""
        if not self.roots:
            raise ToolRunError("No folders are approved for file tools.")
        text = "." if text is None or not str(text).strip() else str(text).strip()
        if "\x00" in text or len(text) > MAX_PATH_CHARS:
            raise ToolRunError("That is not a valid path.")
        given = Path(text)
        if given.is_absolute():
            candidate = given
        else:
            parts = given.parts
            if len(self.roots) > 1 and parts and parts[0] in self.labels:
                candidate = self.labels[parts[0]].joinpath(*parts[1:])
            elif len(self.roots) > 1 and text in (".", "./"):
                raise ToolRunError(
                    "Several folders are approved; start the path with one of: "
                    + ", ".join(self.labels) + "."
                )
            else:
                candidate = self.roots[0] / given
        try:
            resolved = candidate.resolve(strict=True)
        except FileNotFoundError:
            if self._inside(Path(os.path.abspath(candidate))) is None:
                raise self._outside(text) from None
            raise ToolRunError(f"{text} does not exist.") from None
        except (OSError, RuntimeError):
            raise ToolRunError(f"{text} cannot be opened.") from None
        if self._inside(resolved) is None:
            raise self._outside(text)
        return resolved

    def _outside(self, text: str) -> ToolRunError:
        return ToolRunError(
            f"{text} is outside the folders the user approved ("
            + ", ".join(self.labels) + "); it cannot be used."
        )

    def entries(self, folder: Path) -> Iterator[tuple[os.DirEntry[str], Path]]:
        """A folder's entries whose real path stays inside the approved folders."""
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name.lower())
        except OSError as exc:
            raise ToolRunError(f"{self.display(folder)} cannot be listed ({exc.strerror}).") \
                from None
        for entry in items:
            path = Path(entry.path)
            if entry.is_symlink():
                try:
                    real = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    continue
                if self._inside(real) is None:
                    continue  # a link out of the approved folders: not shown, not followed
            yield entry, path


def _is_binary(head: bytes) -> bool:
    return b"\x00" in head


def _open_regular(path: Path) -> int:
    """Open a resolved path for reading without following a link swapped in meanwhile."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ToolRunError(f"The file cannot be opened ({exc.strerror}).") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise ToolRunError("That is not a regular file.")
    return fd


def _read_head(path: Path, limit: int) -> bytes:
    fd = _open_regular(path)
    try:
        with os.fdopen(fd, "rb") as fh:
            return fh.read(limit)
    except OSError as exc:
        raise ToolRunError(f"The file cannot be read ({exc.strerror}).") from None


def file_tools(access: FileAccess) -> list[Tool]:
    """``list_files``, ``search_files`` and ``read_file`` over ``access``'s folders."""

    def list_files(arguments: dict[str, Any], cancel: CancelToken) -> dict[str, Any]:
        folder = access.resolve(arguments.get("path"))
        if not folder.is_dir():
            raise ToolRunError(f"{access.display(folder)} is a file, not a folder.")
        entries = []
        total = 0
        for entry, _path in access.entries(folder):
            if cancel.cancelled:
                raise ToolCancelledError("Stopped.")
            total += 1
            if len(entries) >= MAX_LIST_ENTRIES:
                continue
            try:
                is_dir = entry.is_dir()
                size = None if is_dir else entry.stat().st_size
            except OSError:
                continue
            item: dict[str, Any] = {"name": entry.name, "type": "folder" if is_dir else "file"}
            if size is not None:
                item["size"] = size
            entries.append(item)
        result: dict[str, Any] = {"path": access.display(folder), "entries": entries}
        if total > len(entries):
            result["note"] = f"showing {len(entries)} of {total} entries"
        return result

    def search_files(arguments: dict[str, Any], cancel: CancelToken) -> dict[str, Any]:
        query = str(arguments["query"])
        if not query.strip():
            raise ToolRunError("The search text is empty.")
        needle = query.lower()
        start = access.resolve(arguments.get("path"))
        if not start.is_dir():
            raise ToolRunError(f"{access.display(start)} is a file, not a folder.")
        in_content = bool(arguments.get("in_content", True))
        matches: list[dict[str, Any]] = []
        scanned = 0
        stack = [start]
        while stack and len(matches) < MAX_SEARCH_RESULTS and scanned < MAX_SEARCH_FILES:
            folder = stack.pop()
            try:
                listing = list(access.entries(folder))
            except ToolRunError:
                continue
            subfolders = []
            for entry, path in listing:
                if cancel.cancelled:
                    raise ToolCancelledError("Stopped.")
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir():
                        if not entry.is_symlink():  # links are listed, never walked into
                            subfolders.append(path)
                        if needle in entry.name.lower():
                            matches.append({"path": access.display(path), "match": "name"})
                        continue
                except OSError:
                    continue
                scanned += 1
                if scanned > MAX_SEARCH_FILES or len(matches) >= MAX_SEARCH_RESULTS:
                    break
                if needle in entry.name.lower():
                    matches.append({"path": access.display(path), "match": "name"})
                    continue
                if in_content:
                    hit = _search_content(path, needle)
                    if hit is not None:
                        line_no, line = hit
                        matches.append({"path": access.display(path), "line": line_no,
                                        "text": line})
            stack.extend(reversed(subfolders))
        result: dict[str, Any] = {"query": query, "matches": matches[:MAX_SEARCH_RESULTS]}
        if scanned >= MAX_SEARCH_FILES or len(matches) >= MAX_SEARCH_RESULTS:
            result["note"] = "stopped early; narrow the search with a path"
        return result

    def read_file(arguments: dict[str, Any], cancel: CancelToken) -> dict[str, Any]:
        path = access.resolve(arguments["path"])
        if path.is_dir():
            raise ToolRunError(f"{access.display(path)} is a folder; use list_files.")
        max_chars = min(int(arguments.get("max_chars") or MAX_READ_CHARS), MAX_READ_CHARS)
        data = _read_head(path, min(MAX_READ_BYTES, max_chars * 4 + 4))
        if _is_binary(data[:8192]):
            raise ToolRunError(f"{access.display(path)} is not a text file.")
        text = data.decode("utf-8", errors="replace")
        size = path.stat().st_size
        truncated = len(text) > max_chars or len(data) < size
        return {"path": access.display(path), "size": size, "content": text[:max_chars],
                "truncated": truncated}

    path_spec = {
        "type": "string",
        "description": "A path inside the approved folders, relative to them",
    }
    return [
        Tool(
            name="list_files",
            description="List the files and folders in a folder the user shared.",
            parameters=object_schema({"path": {**path_spec, "default": "."}}),
            run=list_files,
            group="files",
        ),
        Tool(
            name="search_files",
            description="Search the names and text of files in the folders the user shared.",
            parameters=object_schema(
                {
                    "query": {"type": "string", "description": "The text to look for"},
                    "path": {**path_spec, "default": "."},
                    "in_content": {"type": "boolean",
                                   "description": "Also search inside files", "default": True},
                },
                required=["query"],
            ),
            run=search_files,
            group="files",
        ),
        Tool(
            name="read_file",
            description="Read a text file from the folders the user shared.",
            parameters=object_schema(
                {
                    "path": path_spec,
                    "max_chars": {"type": "integer", "minimum": 1,
                                  "description": "Read at most this many characters",
                                  "default": MAX_READ_CHARS},
                },
                required=["path"],
            ),
            run=read_file,
            group="files",
            max_result_chars=MAX_READ_CHARS + 2000,
        ),
    ]


def _search_content(path: Path, needle: str) -> tuple[int, str] | None:
    try:
        data = _read_head(path, MAX_SEARCH_FILE_BYTES)
    except ToolRunError:
        return None
    if _is_binary(data[:8192]):
        return None
    text = data.decode("utf-8", errors="replace")
    index = text.lower().find(needle)
    if index < 0:
        return None
    line_no = text.count("\n", 0, index) + 1
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    line = text[start: end if end >= 0 else len(text)].strip()
    return line_no, line[:200]
