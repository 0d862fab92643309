"""What ``hearth doctor`` reports: versions, llama.cpp backends and devices, folders."""

from __future__ import annotations

import platform
import sys
from dataclasses import asdict
from importlib import metadata
from typing import Any

from app import __version__
from app.core import paths
from app.core.build_info import build_info, variant_label
from app.core.hardware import hardware_report
from app.core.models.gguf_file import fmt_bytes
from app.core.models.registry import installed_models, starter_model_path


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def picture_attention() -> str:
    """Which attention kernel reads pictures on the CPU, and why (see fast_attention)."""
    try:
        from app.core.vision import fast_attention

        return fast_attention.describe()
    except Exception as exc:  # a broken llama.cpp install is reported elsewhere in the report
        return f"unknown ({type(exc).__name__}: {exc})"


def doctor_report() -> dict[str, object]:
    """A JSON-ready description of this installation."""
    hw = hardware_report()
    starter = starter_model_path()
    return {
        "hearth": __version__,
        "build": build_info(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "executable": sys.executable,
        "packages": {
            name: _version(name)
            for name in ("llama-cpp-python", "PySide6-Essentials", "huggingface-hub", "pillow",
                         "keyring", "platformdirs", "jinja2", "psutil")
        },
        "hardware": asdict(hw),
        "picture_attention": picture_attention(),
        "folders": {
            "data": str(paths.data_dir()),
            "config": str(paths.config_dir()),
            "models": str(paths.models_dir()),
            "logs": str(paths.log_dir()),
        },
        "starter_model": str(starter) if starter else None,
        "models": [m.name for m in installed_models()],
    }


def hardware_rows(hw: dict[str, Any]) -> list[tuple[str, str]]:
    """The machine as (label, value) rows: the one wording of ``hearth doctor``'s Machine
    section and Settings ▸ Hardware (``hw`` is :func:`hardware_report` as a dict)."""
    offload = "yes" if hw["gpu_offload"] else "no (CPU-only llama.cpp build)"
    return [
        ("OS", f"{hw['os']} ({hw['machine']})"),
        ("CPU cores", f"{hw['physical_cores']} physical, {hw['logical_cores']} logical"),
        ("Memory", f"{fmt_bytes(hw['available_ram'])} free of {fmt_bytes(hw['total_ram'])}"),
        ("CPU features", ", ".join(hw["cpu_features"]) or "none reported"),
        ("llama.cpp", str(hw["llama_cpp_version"])),
        ("GPU offload", offload),
    ]


def device_rows(hw: dict[str, Any]) -> list[tuple[str, str]]:
    """llama.cpp's devices as (name, description with memory) rows; one row when none."""
    rows = []
    for dev in hw["devices"] or []:
        mem = (f", {fmt_bytes(dev['free_memory'])} free of {fmt_bytes(dev['total_memory'])}"
               if dev["total_memory"] else "")
        rows.append((str(dev["name"]), f"{dev['description']}{mem}"))
    return rows or [("(none reported)", "")]


def format_doctor(report: dict[str, object]) -> str:
    """The report as aligned text for a terminal."""
    hw = report["hardware"]
    assert isinstance(hw, dict)
    build = report.get("build") or {}
    assert isinstance(build, dict)
    lines = [
        f"Hearth {report['hearth']} on {report['python']}",
        f"Build:                {variant_label(build)}",
        "",
        "Packages:",
        *(f"  {k:20} {v}" for k, v in dict(report["packages"]).items()),  # type: ignore[call-overload]
        "",
        "Machine:",
        *(f"  {label:20} {value}" for label, value in hardware_rows(hw)),
        f"  {'Picture attention':20} {report.get('picture_attention', 'unknown')}",
        "",
        "llama.cpp devices:",
        *(f"  {name:20} {text}".rstrip() for name, text in device_rows(hw)),
    ]
    lines += ["", "Folders:", *(f"  {k:20} {v}" for k, v in dict(report["folders"]).items())]  # type: ignore[call-overload]
    lines += ["", f"Starter model:         {report['starter_model'] or 'missing'}",
              f"Installed models:      {', '.join(report['models']) or 'none'}"]  # type: ignore[arg-type]
    return "\n".join(lines)
