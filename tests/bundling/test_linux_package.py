"""Linux packaging: the .deb and AppDir layout, Depends, ldd parsing, the smoke checks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from icons import make_icons
from linux import package, smoke_test

from installers import build

ROOT = Path(__file__).resolve().parents[2]
needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="Debian tools")


@pytest.fixture(scope="module")
def icons(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    # qapp first: a QGuiApplication made by render_pngs would outlive this module and
    # abort the widget tests that follow (QWidget needs a QApplication).
    folder = tmp_path_factory.mktemp("icons")
    make_icons(ROOT / "resources" / "icons" / "hearth.svg", folder)
    return folder


def _fake_bundle(tmp_path: Path) -> Path:
    """A bundle with the frozen layout; its 'executable' is a script, so it needs no ELF."""
    bundle = tmp_path / "bundle" / "hearth"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "hearth"
    exe.write_text("#!/bin/sh\necho hearth\n")
    exe.chmod(0o755)
    return bundle


def test_icons_cover_the_hicolor_sizes(icons: Path) -> None:
    from PIL import Image

    for size in package.ICON_SIZES:
        with Image.open(icons / f"hearth-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
    with Image.open(icons / "hearth.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    assert (icons / "hearth.icns").read_bytes()[:4] == b"icns"


def test_parse_ldd() -> None:
    text = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibggml.so.0 => /opt/hearth/_internal/llama_cpp/lib/libggml.so.0 (0x00007f01)\n"
        "\tlibwayland-cursor.so.0 => not found\n"
        "\t/lib64/ld-linux-x86-64.so.2 (0x00007f02)\n"
    )
    assert package.parse_ldd(text) == {
        "libggml.so.0": "/opt/hearth/_internal/llama_cpp/lib/libggml.so.0",
        "libwayland-cursor.so.0": None,
    }


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_glibc_floor_is_read_from_the_binaries() -> None:
    libllama = build.llama_lib_dir() / "libllama.so"
    major, minor = package.required_glibc([libllama])
    assert major == 2 and 2 <= minor <= 99


def test_control_file_names_variant_and_qt_dependencies() -> None:
    control = package.control_file(version="0.1.0", arch="x86_64", variant="vulkan",
                                   depends=list(package.BASE_DEPENDS), installed_kib=10)
    fields = dict(line.split(": ", 1) for line in control.splitlines()
                  if ": " in line and not line.startswith(" "))
    assert fields["Package"] == "hearth" and fields["Architecture"] == "amd64"
    depends = fields["Depends"].split(", ")
    assert "libxcb-cursor0" in depends and "libxkbcommon-x11-0" in depends
    assert "(Vulkan build)" in fields["Description"]
    assert control.endswith("\n")


@needs_dpkg
def test_deb_installs_the_layout_the_smoke_test_expects(tmp_path: Path, icons: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    deb = package.build_deb(bundle, tmp_path / "out" / "hearth.deb", icons, "cpu", "0.1.0",
                            "x86_64")
    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"],
                          capture_output=True, text=True, check=True).stdout
    assert "Package: hearth" in info and "libxcb-cursor0" in info
    contents = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                              check=True).stdout
    assert "root/root" in contents  # --root-owner-group
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert smoke_test.check_layout(root) == root / "opt" / "hearth"
    assert os.readlink(root / "usr" / "bin" / "hearth") == "../../opt/hearth/hearth"
    out = subprocess.run([str(root / "usr" / "bin" / "hearth")], capture_output=True,
                         text=True, check=True).stdout
    assert out == "hearth\n"
    assert (root / "usr/share/icons/hicolor/scalable/apps/hearth.svg").is_file()
    assert (root / "usr/share/doc/hearth/copyright").read_text().startswith(
        (ROOT / "LICENSE").read_text()[:40])


@needs_dpkg
def test_vulkan_package_depends_on_the_vulkan_loader(tmp_path: Path, icons: Path) -> None:
    deb = package.build_deb(_fake_bundle(tmp_path), tmp_path / "out" / "v.deb", icons,
                            "vulkan", "0.1.0", "x86_64")
    depends = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True,
                             text=True, check=True).stdout
    assert "libvulkan1" in [d.strip() for d in depends.split(",")]


def test_smoke_layout_check_catches_a_broken_link(tmp_path: Path, icons: Path) -> None:
    root = tmp_path / "root"
    shutil.copytree(_fake_bundle(tmp_path), root / "opt" / "hearth")
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "hearth").symlink_to("../../opt/elsewhere/hearth")
    package.install_desktop_files(root, icons)
    with pytest.raises(smoke_test.SmokeError, match="/usr/bin/hearth"):
        smoke_test.check_layout(root)


def test_appdir_layout(tmp_path: Path, icons: Path) -> None:
    appdir = package.build_appdir(_fake_bundle(tmp_path), tmp_path / "Hearth.AppDir", icons)
    assert os.access(appdir / "AppRun", os.X_OK)
    out = subprocess.run([str(appdir / "AppRun")], capture_output=True, text=True, check=True)
    assert out.stdout == "hearth\n"  # AppRun runs usr/lib/hearth/hearth
    assert (appdir / "hearth.desktop").read_text().count("Exec=hearth %f") == 1
    assert os.readlink(appdir / ".DirIcon") == "hearth.png"
    assert (appdir / "usr/share/mime/packages/hearth.xml").is_file()


def test_appimage_needs_appimagetool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("APPIMAGETOOL", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="release workflow builds the AppImage"):
        package.build_appimage(tmp_path, tmp_path / "x.AppImage", "x86_64")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    out = subprocess.run(["desktop-file-validate", str(ROOT / "installers/linux/hearth.desktop")],
                         capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout == "", out.stdout
