"""Advisory file locks, so two Hearth processes never write one download or the index at once.

The OS drops these locks when a process dies (even with SIGKILL), so a crash never leaves a
stale lock behind, unlike a PID file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.errors import HearthError


class LockedError(HearthError):
    """Another Hearth process holds the lock."""


@contextmanager
def file_lock(path: Path, *, blocking: bool = True, what: str = "this file") -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if needed) for the ``with`` block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            if os.name == "nt":
                import msvcrt

                mode = msvcrt.LK_LOCK if blocking else msvcrt.LK_NBLCK
                msvcrt.locking(fd, mode, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except OSError:
            raise LockedError(f"Another Hearth window or command is already working on {what}.",
                              hint="Wait for it to finish, or close it and try again.") from None
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
