"""Find the ``resources/`` folder (icons, licence texts) in a checkout, an install or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder that holds Hearth's resources."""
    override = os.environ.get("HEARTH_RESOURCES")
    candidates = [Path(override)] if override else []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "hearth" / "resources")
    for path in candidates:
        if (path / "licenses").is_dir():
            return path
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
