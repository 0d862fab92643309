"""A Linux desktop without one of Qt's X11 libraries (libxcb-cursor0 since Qt 6.5) gets one
sentence saying what to install, before Qt would abort the process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.platform_check import install_sentence, missing_library, uses_xcb, xcb_problem

ROOT = Path(__file__).resolve().parents[2]
linux_with_cc = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("cc") is None,
    reason="builds a stand-in plugin with the C compiler (Linux)")


def _plugin_needing(tmp_path: Path, soname: str) -> Path:
    """A real shared library named like Qt's xcb plugin that links ``soname``, which is then
    removed, as on a desktop that lacks the package."""
    stub_dir, plugins = tmp_path / "stub", tmp_path / "platforms"
    stub_dir.mkdir()
    plugins.mkdir()
    (tmp_path / "stub.c").write_text("int hearth_stub(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int hearth_stub(void);\n"
                                       "int hearth_plugin(void) { return hearth_stub(); }\n")
    stub = stub_dir / soname
    subprocess.run(["cc", "-shared", "-fPIC", f"-Wl,-soname,{soname}", "-o", str(stub),
                    str(tmp_path / "stub.c")], check=True)
    plugin = plugins / "libqxcb.so"
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"),
                    str(stub)], check=True)
    stub.unlink()
    return plugin


def test_xcb_is_checked_only_where_qt_would_use_it() -> None:
    assert uses_xcb({"DISPLAY": ":0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})  # Wayland first
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({})
    assert xcb_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_sentence_names_the_package_to_install() -> None:
    text = install_sentence("libxcb-cursor.so.0")
    assert "libxcb-cursor.so.0" in text
    assert "sudo apt install libxcb-cursor0" in text and "sudo dnf install xcb-util-cursor" in text
    assert "the package of your distribution" in install_sentence("libfoo.so.1")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin (Linux)")
def test_the_real_plugin_loads_here() -> None:
    """This machine has Qt's X11 libraries: the check passes and the window may open."""
    env = {"DISPLAY": ":0"}
    from app.ui.platform_check import xcb_plugin

    plugin = xcb_plugin(env)
    assert plugin is not None and plugin.name == "libqxcb.so"
    if missing_library(plugin) is None:
        assert xcb_problem(env) is None


@linux_with_cc
def test_a_missing_library_is_named(tmp_path: Path) -> None:
    plugin = _plugin_needing(tmp_path, "libhearth-missing-test.so.0")
    assert missing_library(plugin) == "libhearth-missing-test.so.0"
    problem = xcb_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM_PLUGIN_PATH": str(plugin.parent)})
    assert problem is not None and "libhearth-missing-test.so.0" in problem


@linux_with_cc
def test_hearth_prints_the_sentence_and_exits_1_instead_of_aborting(tmp_path: Path) -> None:
    """`python -m app` from the source checkout, on an X11 desktop whose xcb plugin cannot
    load: one sentence on stderr, exit code 1, no Qt abort and no traceback."""
    plugin = _plugin_needing(tmp_path, "libhearth-missing-test.so.0")
    env = {k: v for k, v in os.environ.items()
           if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY"}}
    env.update(DISPLAY=":99", QT_QPA_PLATFORM_PLUGIN_PATH=str(plugin.parent),
               PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "app"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 1, out.stderr
    assert "Hearth cannot open its window" in out.stderr
    assert "libhearth-missing-test.so.0" in out.stderr
    assert "Traceback" not in out.stderr and "could not be initialized" not in out.stderr


@linux_with_cc
def test_the_self_test_fails_its_qt_line_instead_of_aborting(tmp_path: Path) -> None:
    """An installer's self-test on such a desktop reports the missing library as a failed
    check (exit 1) rather than dying inside Qt."""
    plugin = _plugin_needing(tmp_path, "libhearth-missing-test.so.0")
    env = {k: v for k, v in os.environ.items()
           if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY"}}
    env.update(DISPLAY=":99", QT_QPA_PLATFORM_PLUGIN_PATH=str(plugin.parent),
               PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "app", "--self-test"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 1, out.stderr
    assert "[FAIL] Qt" in out.stderr and "libhearth-missing-test.so.0" in out.stderr
    assert out.stderr.strip().splitlines()[-1].startswith("self-test: FAILED: Qt")
