"""Clock, units and system info tools."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.engine.base import CancelToken
from app.core.tools.base import ToolConfigError, ToolRunError
from app.core.tools.builtin.clock import clock_tools, resolve_zone
from app.core.tools.builtin.sysinfo import system_info, system_info_tool
from app.core.tools.builtin.units import convert, units_tool
from app.core.tools.catalog import ToolEnvironment, select_tools

FIXED = dt.datetime(2024, 9, 24, 12, 30, 5, tzinfo=dt.UTC)


def _clock() -> dict[str, object]:
    return {t.name: t for t in clock_tools(lambda: FIXED)}


def test_current_time_in_a_zone_and_by_city() -> None:
    get = _clock()["get_current_time"]
    paris = get.run({"timezone": "Europe/Paris"}, CancelToken())  # type: ignore[attr-defined]
    assert paris["time"] == "14:30:05" and paris["utc_offset"] == "+02:00"
    assert paris["weekday"] == "Tuesday" and paris["date"] == "2024-09-24"
    assert get.run({"timezone": "new york"}, CancelToken())["time"] == "08:30:05"  # type: ignore
    assert get.run({"timezone": "UTC"}, CancelToken())["utc_offset"] == "+00:00"  # type: ignore
    with pytest.raises(ToolRunError, match="Unknown time zone"):
        get.run({"timezone": "Mars/Olympus"}, CancelToken())  # type: ignore[attr-defined]


def test_convert_time() -> None:
    conv = _clock()["convert_time"]
    out = conv.run({"time": "2024-01-15 09:00", "from_timezone": "Asia/Tokyo",  # type: ignore
                    "to_timezone": "Europe/London"}, CancelToken())
    assert out["to"]["time"] == "00:00:00" and out["to"]["date"] == "2024-01-15"
    with pytest.raises(ToolRunError, match="Could not read the time"):
        conv.run({"time": "teatime", "to_timezone": "UTC"}, CancelToken())  # type: ignore


def test_resolve_zone_local() -> None:
    assert resolve_zone(None) is None and resolve_zone("local") is None


@pytest.mark.parametrize(("value", "a", "b", "expected"), [
    (5, "km", "mi", 3.1068559611866697),
    (100, "C", "F", 212.0),
    (0, "K", "C", -273.15),
    (1, "GiB", "MB", 1073.741824),
    (3, "ms", "s", 0.003),
    (2, "cups", "ml", 473.176473),
    (60, "mph", "km/h", 96.56064),
])
def test_units(value: float, a: str, b: str, expected: float) -> None:
    assert convert(value, a, b)[0] == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize(("a", "b", "why"), [
    ("km", "kg", "Cannot convert"), ("furlongs", "m", "Unknown unit"),
])
def test_unit_errors(a: str, b: str, why: str) -> None:
    with pytest.raises(ToolRunError, match=why):
        convert(1, a, b)
    with pytest.raises(ToolRunError, match="absolute zero"):
        convert(-500, "C", "K")


def test_units_tool_text() -> None:
    out = units_tool().run({"value": 5, "from_unit": "km", "to_unit": "mi"}, CancelToken())
    assert out["text"] == "5 km = 3.10686 mi"


def test_system_info_has_memory_and_disk() -> None:
    info = system_info()
    assert info["memory"]["total_gb"] > 0 and info["cpu_threads"] >= 1
    assert "disk" in info and "battery" in info
    assert system_info_tool().read_only


def test_selection_groups_and_errors() -> None:
    env = ToolEnvironment()
    assert select_tools("calculator, time", env).names() == [
        "calculate", "get_current_time", "convert_time"]
    with pytest.raises(ToolConfigError, match="--allow-dir"):
        select_tools("files", env)
    with pytest.raises(ToolConfigError, match="no tool or group named 'hack'"):
        select_tools("calculator,hack", env)
    assert "list_files" not in select_tools("all", env).names()
