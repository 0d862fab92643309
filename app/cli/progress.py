"""The one progress line of the long commands (downloads, summaries, pictures) on stderr.

On a terminal the line is redrawn in place; redirected (logs, pipes, tests) it becomes plain
lines with no carriage returns, fewer of them: at most one per ``every_s`` seconds, or one per
``step`` (a tenth of the way, say). What the line says -- percentages, time left -- comes from
the core's events and ``app.core.progress``, worded the same as in the window.
"""

from __future__ import annotations

import time
from typing import TextIO


class ProgressLine:
    """A status line that notes (``hearth: …``) can interrupt.

    ``keep``: a note leaves the last figures on the screen (a download's progress) instead of
    erasing them (a passing status such as "Reading the file…").
    """

    def __init__(self, out: TextIO, *, every_s: float = 0.0, every_s_redirected: float = 0.0,
                 keep: bool = False) -> None:
        self.out = out
        self.tty = out.isatty()
        self.every_s = every_s if self.tty else every_s_redirected
        self.keep = keep
        self._width = 0  # what the in-place line covers now
        self._last = float("-inf")
        self._step: object = None

    def show(self, text: str, *, step: object = None) -> None:
        """Show ``text``; redirected, only when ``step`` (if given) has changed."""
        now = time.monotonic()
        if now - self._last < self.every_s:
            return
        if not self.tty and step is not None:
            if step == self._step:
                return
            self._step = step
        self._last = now
        if self.tty:
            self.out.write("\r" + text.ljust(self._width))
            self._width = max(self._width, len(text))
        else:
            self.out.write(text + "\n")
        self.out.flush()

    def clear(self) -> None:
        """Erase the in-place line (before an answer or a summary is printed)."""
        if self.tty and self._width:
            self.out.write("\r" + " " * self._width + "\r")
            self.out.flush()
        self._width = 0

    def end_line(self) -> None:
        """Leave the in-place line on the screen and go to the next one."""
        if self.tty and self._width:
            self.out.write("\n")
            self.out.flush()
        self._width = 0

    def note(self, text: str) -> None:
        """A message on a line of its own, below (``keep``) or instead of the progress."""
        if self.keep:
            self.end_line()
        else:
            self.clear()
        self.out.write(f"hearth: {text}\n")
        self.out.flush()
