"""How much time is left, and how that reads: one helper for every long job Hearth shows
progress for (document summaries, model downloads, tool runs), in the window and on the CLI.

Two ways to estimate: :class:`StepClock` for work that comes in similar steps (model calls:
the mean time per step so far times the steps left), :func:`eta_from_rate` for work measured
in units (tokens read, bytes fetched). :func:`format_duration` and :func:`time_left` turn the
seconds into words, so the window and the terminal say the same thing.
"""

from __future__ import annotations


class StepClock:
    """The time left from the mean time of the steps done so far (``total`` may grow)."""

    def __init__(self, total_steps: int) -> None:
        self.total = total_steps
        self.done = 0
        self.spent = 0.0

    def record(self, seconds: float) -> None:
        """One more step finished, after ``seconds``."""
        self.done += 1
        self.spent += seconds

    def eta(self) -> float | None:
        """Seconds left, or None before the first step has finished."""
        if not self.done:
            return None
        return self.spent / self.done * max(self.total - self.done, 0)


def eta_from_rate(done: float, total: float, elapsed_s: float) -> float | None:
    """Seconds left at the rate so far (``done`` of ``total`` units in ``elapsed_s``); None
    while nothing is done yet."""
    if done <= 0 or elapsed_s <= 0:
        return None
    return elapsed_s / done * max(total - done, 0)


def format_duration(seconds: float | None, unknown: str = "…") -> str:
    """``40 s``, ``3 min 05 s``, ``1 h 07 min``; ``unknown`` when there is no estimate."""
    if seconds is None:
        return unknown
    whole = max(0, int(seconds + 0.5))
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min {whole % 60:02d} s"
    return f"{whole // 3600} h {whole % 3600 // 60:02d} min"


def time_left(seconds: float | None) -> str:
    """``about 40 s left``, ``about 3 min left``, ``almost done``; empty without an estimate.

    Rounded to what a person can use: a summary's estimate moves with every part."""
    if seconds is None:
        return ""
    if seconds < 1:
        return "almost done"
    if seconds < 60:
        return f"about {round(seconds)} s left"
    if seconds < 3600:
        return f"about {round(seconds / 60)} min left"
    return f"about {seconds / 3600:.1f} h left"
