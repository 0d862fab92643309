"""Guards on the Qt binding itself: Hearth emits a signal per streamed token."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    event = Signal(object)


def test_signal_emit_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 on Python 3.11 released a reference to True on every emit(); after a few
    # thousand streamed tokens the interpreter aborted. Python 3.12+ hides it (immortal bools).
    emitter = _Emitter()
    received: list[object] = []
    emitter.event.connect(received.append)
    before_true, before_false = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(500):
        emitter.event.emit(i)
    assert len(received) == 500
    assert abs(sys.getrefcount(True) - before_true) < 50
    assert abs(sys.getrefcount(False) - before_false) < 50
