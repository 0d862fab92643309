"""What ``hearth doctor`` reports: versions, llama.cpp backends and devices, folders."""

from __future__ import annotations

import platform
import sys
from dataclasses import asdict
from importlib import metadata

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
        "folders": {
            "data": str(paths.data_dir()),
            "config": str(paths.config_dir()),
            "models": str(paths.models_dir()),
            "logs": str(paths.log_dir()),
        },
        "starter_model": str(starter) if starter else None,
        "models": [m.name for m in installed_models()],
    }


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
        f"  OS                   {hw['os']} ({hw['machine']})",
        f"  CPU cores            {hw['physical_cores']} physical, {hw['logical_cores']} logical",
        f"  Memory               {fmt_bytes(hw['available_ram'])} free of "
        f"{fmt_bytes(hw['total_ram'])}",
        f"  CPU features         {', '.join(hw['cpu_features']) or 'none reported'}",
        f"  GPU offload          {'yes' if hw['gpu_offload'] else 'no (CPU-only llama.cpp build)'}",
        "",
        "llama.cpp devices:",
    ]
    devices = hw["devices"] or []
    for dev in devices:
        mem = f", {fmt_bytes(dev['free_memory'])} free of {fmt_bytes(dev['total_memory'])}" \
            if dev["total_memory"] else ""
        lines.append(f"  {dev['name']:20} {dev['description']}{mem}")
    if not devices:
        lines.append("  (none reported)")
    lines += ["", "Folders:", *(f"  {k:20} {v}" for k, v in dict(report["folders"]).items())]  # type: ignore[call-overload]
    lines += ["", f"Starter model:         {report['starter_model'] or 'missing'}",
              f"Installed models:      {', '.join(report['models']) or 'none'}"]  # type: ignore[arg-type]
    return "\n".join(lines)
