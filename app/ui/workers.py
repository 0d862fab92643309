"""Run core calls off the GUI thread and hand their events back as Qt signals.

Core operations are generators of events that take a cancel token; a :class:`StreamWorker`
iterates one on a QThread and emits each event to the GUI thread (queued connection), so the
window never blocks on inference, model loading or file parsing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QThread, Signal

from app.core.engine.base import CancelToken
from app.core.errors import HearthError

log = logging.getLogger(__name__)


class StreamWorker(QThread):
    """Iterate ``job(cancel)`` in a thread; ``event`` per item, then ``failed`` or ``finished``."""

    event = Signal(object)
    failed = Signal(str)
    succeeded = Signal()

    def __init__(self, job: Callable[[CancelToken], Iterable[object]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel_token = CancelToken()

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def run(self) -> None:
        try:
            for item in self._job(self.cancel_token):
                self.event.emit(item)
        except HearthError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: log the traceback, tell the person briefly
            log.exception("Background task failed")
            self.failed.emit(f"Something went wrong: {exc}. Details are in the log.")
        else:
            self.succeeded.emit()


class CallWorker(QThread):
    """Run ``fn()`` in a thread; ``result`` with its value, or ``failed`` with a message."""

    result = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn

    def run(self) -> None:
        try:
            value = self._fn()
        except HearthError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            log.exception("Background task failed")
            self.failed.emit(f"Something went wrong: {exc}. Details are in the log.")
        else:
            self.result.emit(value)
