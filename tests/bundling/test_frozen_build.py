"""The real thing: freeze Hearth with PyInstaller and run the bundle's self-test (build.py
starts it: under Xvfb with Qt's xcb plugin where xvfb-run exists, offscreen otherwise), then
the AppDir's smoke test under Xvfb.

Takes minutes, so it is deselected by default; CI runs it (.ci/run):

    python -m pytest -m installer tests/bundling/test_frozen_build.py
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from linux import smoke_test

from installers import build

pytestmark = [
    pytest.mark.installer,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


def test_frozen_bundle_passes_its_self_test_under_xcb(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    assert build.main(["--os", "linux", "--variant", "cpu", "--format", "appdir",
                       "--out", str(out)]) == 0
    bundle = out / "bundle" / "hearth"
    info = json.loads((bundle / "_internal" / "build-info.json").read_text())
    assert info["variant"] == "cpu" and info["llama_cpp_python"] == "0.3.36"
    assert (bundle / "_internal" / "models" / build.STARTER_FILE).is_file()
    catalogs = bundle / "_internal" / "resources" / "i18n"  # built by build.py, not committed
    assert {p.parent.name for p in catalogs.glob("*/shell.qm")} == {
        "de", "es", "fr", "it", "pt", "hi", "th"}
    # the vision encoder's attention kernel (build.py's --self-test ran it, "attention")
    assert list((bundle / "_internal" / "app" / "core" / "vision").glob("_attention*.so"))
    assert not list(bundle.rglob("libgtk-3.so*")), "GTK must come from the system"
    assert not (bundle / "_internal" / "torch").exists()
    qt_modules = {p.name.split(".")[0] for p in (bundle / "_internal" / "PySide6").glob("Qt*.so")}
    assert qt_modules == {"QtCore", "QtGui", "QtWidgets"}
    if shutil.which("xvfb-run") is None:
        return  # build.main has run --self-test offscreen; the AppDir check needs Xvfb
    report = smoke_test.smoke_appimage(out / "Hearth.AppDir")
    assert report["ldd_files"] > 100
