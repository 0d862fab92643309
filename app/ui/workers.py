"""Run core calls off the GUI thread and hand their events back as Qt signals.

Core operations are generators of events that take a cancel token; a :class:`StreamWorker`
iterates one on a QThread and emits each event to the GUI thread (queued connection), so the
window never blocks on inference, model loading or file parsing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QThread, Signal

from app.core.engine.base import CancelToken, TokenEvent
from app.core.errors import HearthError
from app.ui.i18n import error_text

log = logging.getLogger(__name__)

# Tokens closer together than this reach the window as one event (~30 updates a second).
COALESCE_S = 0.03


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
            self._forward(self._job(self.cancel_token))
        except HearthError as exc:
            self.failed.emit(error_text(exc))
        except Exception as exc:  # a bug: log the traceback, tell the person briefly
            log.exception("Background task failed")
            self.failed.emit(self.tr("Something went wrong: {error}. Details are in the log.")
                             .format(error=exc))
        else:
            self.succeeded.emit()


    def _forward(self, events: Iterable[object]) -> None:
        """Emit events; tokens that arrive within ``COALESCE_S`` of the last emit are merged.

        A fast model produces hundreds of tokens a second; one queued signal per token would
        wake the GUI thread as often and take CPU time from llama.cpp's threads.
        """
        pending: list[str] = []
        last = 0.0
        for item in events:
            now = time.monotonic()
            if isinstance(item, TokenEvent):
                pending.append(item.text)
                if now - last < COALESCE_S:
                    continue
                item = TokenEvent("".join(pending))
                pending.clear()
            elif pending:
                self.event.emit(TokenEvent("".join(pending)))
                pending.clear()
            self.event.emit(item)
            last = now
        if pending:
            self.event.emit(TokenEvent("".join(pending)))


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
            self.failed.emit(error_text(exc))
        except Exception as exc:
            log.exception("Background task failed")
            self.failed.emit(self.tr("Something went wrong: {error}. Details are in the log.")
                             .format(error=exc))
        else:
            self.result.emit(value)
