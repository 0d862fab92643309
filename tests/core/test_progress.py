"""app.core.progress: one estimate of the time left and one way to say it, for summaries,
downloads and the CLI."""

from __future__ import annotations

import pytest

from app.core.progress import StepClock, eta_from_rate, format_duration, time_left


def test_step_clock_uses_the_mean_step_and_grows_with_the_plan() -> None:
    clock = StepClock(5)
    assert clock.eta() is None  # nothing measured yet
    clock.record(2.0)
    clock.record(4.0)
    assert clock.eta() == pytest.approx(3.0 * 3)
    clock.total = 10  # the combine steps turned out to be more
    assert clock.eta() == pytest.approx(3.0 * 8)
    for _ in range(8):
        clock.record(3.0)
    assert clock.eta() == 0.0


def test_rate_estimate_needs_progress() -> None:
    assert eta_from_rate(0, 100, 5.0) is None
    assert eta_from_rate(25, 100, 5.0) == pytest.approx(15.0)
    assert eta_from_rate(100, 100, 5.0) == 0.0


@pytest.mark.parametrize(("seconds", "text"), [
    (None, "…"), (0.2, "0 s"), (59.4, "59 s"), (59.6, "1 min 00 s"), (185, "3 min 05 s"),
    (3600 + 7 * 60 + 10, "1 h 07 min"),
])
def test_durations_read_the_same_everywhere(seconds: float | None, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(("seconds", "text"), [
    (None, ""), (0.4, "almost done"), (40.2, "about 40 s left"), (150, "about 2 min left"),
    (5400, "about 1.5 h left"),
])
def test_time_left_is_rounded_for_people(seconds: float | None, text: str) -> None:
    assert time_left(seconds) == text
