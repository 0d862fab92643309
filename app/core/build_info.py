"""Which build of Hearth this is: a source checkout, or an installer's variant (CPU, CUDA, …).

An installer build writes ``build-info.json`` into the bundle (``installers/build.py``); the
variant names the llama.cpp backend the bundle carries, so ``hearth doctor``, Help ▸ About and
bug reports can say which one a person installed.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

BUILD_INFO_FILE = "build-info.json"
VARIANT_LABELS = {
    "cpu": "CPU",
    "cuda": "NVIDIA CUDA",
    "vulkan": "Vulkan",
    "metal": "Apple Metal",
    "source": "source checkout",
}


def bundle_dir() -> Path | None:
    """The folder of a frozen (PyInstaller) bundle, or None when running from source."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else None


def build_info() -> dict[str, object]:
    """The recorded build facts; a source checkout reports ``{"variant": "source"}``.

    ``HEARTH_BUILD_INFO`` points at another file (used by tests and by packaging checks).
    """
    override = os.environ.get("HEARTH_BUILD_INFO")
    bundle = bundle_dir()
    path = Path(override) if override else (bundle / BUILD_INFO_FILE if bundle else None)
    if path is None:
        return {"variant": "source", "frozen": False}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return {"variant": "unknown", "frozen": bundle is not None,
                "error": f"{path}: {exc}"}
    if not isinstance(data, dict):
        return {"variant": "unknown", "frozen": bundle is not None,
                "error": f"{path}: not a JSON object"}
    data.setdefault("variant", "unknown")
    data["frozen"] = bundle is not None
    return data


def variant_label(info: dict[str, object] | None = None) -> str:
    """A short line for people: "CPU build for linux (deb)"."""
    info = build_info() if info is None else info
    variant = str(info.get("variant", "unknown"))
    label = VARIANT_LABELS.get(variant, variant)
    if variant == "source":
        return "running from a source checkout"
    where = " ".join(str(info[k]) for k in ("os", "arch") if info.get(k))
    return f"{label} build for {where}" if where else f"{label} build"
