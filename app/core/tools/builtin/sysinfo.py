"""What this computer has: operating system, processor cores, memory, disk and battery.

Read-only and local (psutil), so the model can answer "how much RAM is free?" or "am I on
battery?" without the person opening a system monitor.
"""

from __future__ import annotations

import contextlib
import platform
import time
from pathlib import Path
from typing import Any

import psutil

from app.core.engine.base import CancelToken
from app.core.tools.base import Tool, object_schema

__all__ = ["system_info", "system_info_tool"]

_GB = 1024**3


def _gb(value: float) -> float:
    return round(value / _GB, 1)


def system_info(disk_path: str | Path | None = None) -> dict[str, Any]:
    """A snapshot of the machine; parts a platform cannot tell are left out."""
    info: dict[str, Any] = {
        "os": f"{platform.system()} {platform.release()}".strip(),
        "machine": platform.machine(),
        "cpu_cores": psutil.cpu_count(logical=False) or psutil.cpu_count(),
        "cpu_threads": psutil.cpu_count(),
    }
    memory = psutil.virtual_memory()
    info["memory"] = {"total_gb": _gb(memory.total), "available_gb": _gb(memory.available),
                      "used_percent": round(memory.percent, 1)}
    path = Path(disk_path) if disk_path is not None else Path.home()
    try:
        disk = psutil.disk_usage(str(path))
        info["disk"] = {"path": str(path), "total_gb": _gb(disk.total),
                        "free_gb": _gb(disk.free), "used_percent": round(disk.percent, 1)}
    except OSError:
        pass
    try:
        battery = psutil.sensors_battery() if hasattr(psutil, "sensors_battery") else None
    except Exception:  # some platforms raise instead of returning None
        battery = None
    if battery is not None:
        entry: dict[str, Any] = {"percent": round(battery.percent),
                                 "plugged_in": bool(battery.power_plugged)}
        secs = battery.secsleft
        if isinstance(secs, int) and secs >= 0 and not battery.power_plugged:
            entry["minutes_left"] = secs // 60
        info["battery"] = entry
    else:
        info["battery"] = None
    with contextlib.suppress(Exception):
        info["uptime_hours"] = round((time.time() - psutil.boot_time()) / 3600, 1)
    return info


def _run(_arguments: dict[str, Any], _cancel: CancelToken) -> dict[str, Any]:
    return system_info()


def system_info_tool() -> Tool:
    """The ``get_system_info`` tool."""
    return Tool(
        name="get_system_info",
        description="Get this computer's operating system, processor cores, memory, free disk "
        "space and battery level.",
        parameters=object_schema({}),
        run=_run,
        group="system",
        timeout_s=10.0,
    )
