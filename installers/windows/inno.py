"""Compile installers/windows/hearth.iss with Inno Setup's ISCC (on Windows)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ISCC_DEFAULT = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")


def find_iscc() -> list[str] | None:
    """The ISCC command: $ISCC, PATH, or Inno Setup 6's default install folder."""
    override = os.environ.get("ISCC")
    if override:
        return [override]
    for name in ("iscc", "ISCC.exe", "iscc.exe"):
        found = shutil.which(name)
        if found:
            return [found]
    return [str(ISCC_DEFAULT)] if ISCC_DEFAULT.is_file() else None


def iss_defines(bundle: Path, out: Path, stem: str, variant: str, version: str,
                icon: Path) -> list[str]:
    """ISCC /D options for hearth.iss (paths absolute, so the working folder does not matter)."""
    return [
        f"/DAppVersion={version}",
        f"/DVariant={variant}",
        f"/DSourceDir={bundle.resolve()}",
        f"/DOutputDir={out.resolve()}",
        f"/DOutputBaseFilename={stem}-setup",
        f"/DIconFile={icon.resolve()}",
    ]


def compile_installer(bundle: Path, out: Path, stem: str, variant: str, version: str) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise RuntimeError("Inno Setup's ISCC.exe was not found: install Inno Setup 6 "
                           "(choco install innosetup) or set ISCC to its path")
    icon = out / "work" / "icons" / "hearth.ico"
    cmd = [*iscc, "/Q", *iss_defines(bundle, out, stem, variant, version, icon)]
    sign = os.environ.get("HEARTH_SIGNTOOL")  # e.g. signtool sign /fd sha256 ... $f
    if sign:
        cmd += ["/DSignTool", f"/Shearthsign={sign}"]
    cmd.append(str(HERE / "hearth.iss"))
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    return out / f"{stem}-setup.exe"
