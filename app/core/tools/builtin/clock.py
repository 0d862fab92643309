"""Date, time and time zones (IANA names through :mod:`zoneinfo`).

A model's sense of "now" is its training cut-off; these tools give it the real date and time,
and convert between zones. Zone names are forgiving because small models write "Paris" or
"new york" as often as "Europe/Paris".
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Callable
from typing import Any

from app.core.engine.base import CancelToken
from app.core.tools.base import Tool, ToolRunError, object_schema

__all__ = ["clock_tools", "resolve_zone"]

Clock = Callable[[], dt.datetime]

_ALIASES = {
    "utc": "UTC", "gmt": "UTC", "z": "UTC", "zulu": "UTC",
    "est": "America/New_York", "edt": "America/New_York", "cst": "America/Chicago",
    "cdt": "America/Chicago", "mst": "America/Denver", "mdt": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "cet": "Europe/Paris",
    "cest": "Europe/Paris", "bst": "Europe/London", "ist": "Asia/Kolkata",
    "jst": "Asia/Tokyo", "aest": "Australia/Sydney",
    "san francisco": "America/Los_Angeles", "sf": "America/Los_Angeles",
    "seattle": "America/Los_Angeles", "washington": "America/New_York",
    "boston": "America/New_York", "beijing": "Asia/Shanghai", "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "munich": "Europe/Berlin",
}


@functools.cache
def _zones_by_city() -> dict[str, str]:
    """'paris' -> 'Europe/Paris', from the last part of every IANA name."""
    out: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        out.setdefault(city, name)
    return out


def resolve_zone(name: str | None) -> dt.tzinfo | None:
    """A time zone from an IANA name, a common abbreviation or a city; None means local."""
    if name is None or not name.strip() or name.strip().lower() in ("local", "here"):
        return None
    text = name.strip()
    if len(text) > 64:
        raise ToolRunError("That is not a time zone name.")
    candidates = [text, _ALIASES.get(text.lower(), ""),
                  _zones_by_city().get(text.lower().replace("_", " "), "")]
    for candidate in candidates:
        if not candidate:
            continue
        try:
            return zoneinfo.ZoneInfo(candidate)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
    raise ToolRunError(
        f"Unknown time zone {name!r}. Use an IANA name such as 'Europe/Paris' or "
        "'America/New_York', or a city name."
    )


def _describe(moment: dt.datetime, zone_name: str) -> dict[str, Any]:
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return {
        "timezone": zone_name,
        "date": moment.date().isoformat(),
        "time": moment.strftime("%H:%M:%S"),
        "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")[moment.weekday()],
        "utc_offset": f"{sign}{minutes // 60:02d}:{minutes % 60:02d}",
        "iso": moment.isoformat(timespec="seconds"),
    }


def _zone_label(zone: dt.tzinfo | None, moment: dt.datetime) -> str:
    if zone is None:
        return f"local ({moment.tzname()})"
    return str(getattr(zone, "key", zone))


def _parse_time(text: str, today: dt.date) -> dt.datetime:
    text = text.strip()
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S",
                "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            pass
    for fmt in ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I %p", "%I:%M%p", "%I%p"):
        try:
            clock = dt.datetime.strptime(text.upper(), fmt).time()
            return dt.datetime.combine(today, clock)
        except ValueError:
            pass
    raise ToolRunError(
        f"Could not read the time {text!r}; write it as 'YYYY-MM-DD HH:MM' or 'HH:MM'."
    )


def clock_tools(clock: Clock | None = None) -> list[Tool]:
    """``get_current_time`` and ``convert_time``; ``clock`` (aware UTC now) for tests."""
    now_utc: Clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def get_time(arguments: dict[str, Any], _cancel: CancelToken) -> dict[str, Any]:
        zone = resolve_zone(arguments.get("timezone"))
        moment = now_utc().astimezone(zone)
        return _describe(moment, _zone_label(zone, moment))

    def convert(arguments: dict[str, Any], _cancel: CancelToken) -> dict[str, Any]:
        source = resolve_zone(arguments.get("from_timezone"))
        target = resolve_zone(arguments.get("to_timezone"))
        today = now_utc().astimezone(source).date()
        naive = _parse_time(arguments["time"], today)
        start = naive.replace(tzinfo=source) if source else naive.astimezone()
        end = start.astimezone(target)
        return {
            "from": _describe(start, _zone_label(source, start)),
            "to": _describe(end, _zone_label(target, end)),
        }

    return [
        Tool(
            name="get_current_time",
            description="Get the current date, time and weekday, here or in a time zone.",
            parameters=object_schema(
                {
                    "timezone": {
                        "type": "string",
                        "description": "An IANA time zone such as 'Europe/Paris' or a city; "
                        "leave it out for the user's local time",
                    }
                }
            ),
            run=get_time,
            group="time",
            timeout_s=5.0,
        ),
        Tool(
            name="convert_time",
            description="Convert a date and time from one time zone to another.",
            parameters=object_schema(
                {
                    "time": {
                        "type": "string",
                        "description": "The time, as 'YYYY-MM-DD HH:MM' or 'HH:MM' (today)",
                    },
                    "from_timezone": {
                        "type": "string",
                        "description": "The zone the time is in (IANA name or city); "
                        "leave it out for local time",
                    },
                    "to_timezone": {
                        "type": "string",
                        "description": "The zone to convert to (IANA name or city); "
                        "leave it out for local time",
                    },
                },
                required=["time"],
            ),
            run=convert,
            group="time",
            timeout_s=5.0,
        ),
    ]
