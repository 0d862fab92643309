"""Make installers/ importable the way installers/build.py sees it (its own folder first)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for folder in (ROOT / "installers", ROOT / "installers" / "pyinstaller"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
