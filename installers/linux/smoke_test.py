"""Install a built Hearth .deb (or bundle folder) into a scratch root and prove it runs.

    python installers/linux/smoke_test.py dist/Hearth-0.1.0-linux-x86_64-cpu.deb

1. ``dpkg -x`` into a temporary root (nothing touches /opt or /usr of this machine), and
   ``apt-get install --simulate`` the .deb: every Depends must exist in the apt sources;
2. the layout: /opt/hearth/hearth, the /usr/bin/hearth link, .desktop, icons, MIME type;
3. ``ldd`` on every executable and shared library, as the bundle's loader sees them: no
   "not found" (only the GTK theme plugin may miss GTK, which the package Recommends);
4. ``hearth --self-test`` under Xvfb with Qt's real xcb plugin (offscreen alone would hide
   missing X libraries), twice: the first run is the cold start. Where gnome-keyring and
   dbus are installed it runs inside a private D-Bus session with an unlocked keyring, and
   the keyring check must pass too. Then ``hearth doctor``.

Needs xvfb-run (``apt-get install -y xvfb xauth``; for the keyring: gnome-keyring
dbus-daemon); installers/linux/smoke_test.sh installs the host packages and runs the whole
build + smoke test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from linux.package import ICON_SIZES, bundle_files, ldd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "pyinstaller"))
from bundle_rules import is_driver_library

# Plugins whose missing libraries are optional: Qt skips them where those are absent.
OPTIONAL_PLUGINS = ("platformthemes/libqgtk3.so",)
SELF_TEST_TIMEOUT_S = 300


class SmokeError(RuntimeError):
    pass


def _say(text: str) -> None:
    print(f"smoke: {text}", flush=True)


def check_layout(root: Path) -> Path:
    """The installed files; returns the bundle folder (root/opt/hearth)."""
    bundle = root / "opt" / "hearth"
    exe = bundle / "hearth"
    if not (exe.is_file() and os.access(exe, os.X_OK)):
        raise SmokeError(f"{exe} is missing or not executable")
    link = root / "usr" / "bin" / "hearth"
    if not link.is_symlink() or (link.parent / os.readlink(link)).resolve() != exe.resolve():
        raise SmokeError("/usr/bin/hearth does not point at /opt/hearth/hearth")
    desktop = root / "usr" / "share" / "applications" / "hearth.desktop"
    text = desktop.read_text(encoding="utf-8")
    for needed in ("Exec=hearth %f", "Icon=hearth", "MimeType=application/x-gguf;"):
        if needed not in text:
            raise SmokeError(f"hearth.desktop lacks {needed!r}")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    mime = ET.parse(root / "usr" / "share" / "mime" / "packages" / "hearth.xml")
    globs = [g.get("pattern") for g in mime.iter("{http://www.freedesktop.org/standards/"
                                                 "shared-mime-info}glob")]
    if "*.gguf" not in globs:
        raise SmokeError("the MIME type does not claim *.gguf")
    for size in ICON_SIZES:
        icon = root / f"usr/share/icons/hicolor/{size}x{size}/apps/hearth.png"
        if not icon.is_file():
            raise SmokeError(f"icon {icon} missing")
    _say("layout ok: /opt/hearth, /usr/bin/hearth, .desktop, MIME type, "
         f"{len(ICON_SIZES)} icon sizes + SVG")
    return bundle


def check_apt_depends(deb: Path) -> None:
    if shutil.which("apt-get") is None:
        _say("apt-get not available: Depends not checked")
        return
    out = subprocess.run(["apt-get", "install", "--simulate", "-q", str(deb.resolve())],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SmokeError(f"apt cannot satisfy the package's Depends:\n{out.stdout}{out.stderr}")
    _say("apt-get install --simulate: every Depends resolves")


def check_ldd(bundle: Path) -> int:
    """ldd every ELF file; returns how many were scanned."""
    lib_dir = bundle / "_internal"
    files = bundle_files(bundle)
    missing: dict[str, list[str]] = {}
    for path in files:
        gone = [name for name, where in ldd(path, lib_dir).items()
                if where is None and not is_driver_library(name)]
        if gone:
            missing[str(path.relative_to(bundle))] = gone
    optional = {k: v for k, v in missing.items() if k.endswith(OPTIONAL_PLUGINS)}
    required = {k: v for k, v in missing.items() if k not in optional}
    for name, libs in optional.items():
        _say(f"ldd: optional plugin {name} needs {', '.join(libs)} (Recommends)")
    if required:
        lines = "\n".join(f"  {k}: {', '.join(v)}" for k, v in required.items())
        raise SmokeError(f"ldd: libraries not found:\n{lines}")
    _say(f"ldd: {len(files)} executables and libraries, no library missing")
    return len(files)


def keychain_available() -> bool:
    """Whether a throw-away Secret Service can run here (dbus + gnome-keyring installed)."""
    return all(shutil.which(t) for t in ("dbus-run-session", "gnome-keyring-daemon"))


def run_self_test(exe: Path, home: Path) -> tuple[float, str]:
    """``hearth --self-test`` under Xvfb with QT_QPA_PLATFORM=xcb; (wall seconds, output)."""
    if shutil.which("xvfb-run") is None:
        raise SmokeError("xvfb-run is missing: apt-get install -y xvfb xauth")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "PYTHON", "LLAMA_CPP", "MTMD", "HEARTH_", "VIRTUAL_ENV"))
           and k not in {"DISPLAY", "WAYLAND_DISPLAY", "LD_LIBRARY_PATH"}}
    env.update(HOME=str(home), QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(home / "run"))
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", str(exe), "--self-test"]
    keychain = keychain_available()
    if keychain:
        # A private D-Bus session with an unlocked GNOME keyring: the frozen keyring backend
        # (SecretStorage over jeepney) must then really answer.
        cmd = ["dbus-run-session", "--", "sh", "-c",
               'printf hearth-smoke | gnome-keyring-daemon --unlock --components=secrets '
               '>/dev/null 2>&1; exec "$@"', "sh", *cmd]
    t0 = time.perf_counter()
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, env=env,
                             timeout=SELF_TEST_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise SmokeError(f"--self-test did not finish in {SELF_TEST_TIMEOUT_S} s") from exc
    wall = time.perf_counter() - t0
    text = out.stdout + out.stderr
    if out.returncode != 0:
        raise SmokeError(f"--self-test exited with {out.returncode}:\n{text}")
    if "[ ok ] Qt         xcb" not in text:
        raise SmokeError(f"--self-test did not run on the xcb platform plugin:\n{text}")
    if keychain and "[ ok ] keyring" not in text:
        raise SmokeError(f"the keyring check failed with a Secret Service running:\n{text}")
    return wall, text


def smoke_root(root: Path, report: dict[str, object]) -> dict[str, object]:
    bundle = check_layout(root)
    report["ldd_files"] = check_ldd(bundle)
    exe = root / "usr" / "bin" / "hearth"
    with tempfile.TemporaryDirectory(prefix="hearth-smoke-home-") as home:
        for run in ("cold", "warm"):
            wall, text = run_self_test(exe, Path(home))
            report[f"self_test_{run}_s"] = round(wall, 2)
            shown = re.search(r"window shown ([\d.]+) s after start", text)
            report[f"first_window_{run}_s"] = float(shown.group(1)) if shown else None
            _say(f"--self-test ({run}) passed under Xvfb/xcb in {wall:.1f} s")
            if run == "cold":
                print(text.rstrip(), flush=True)
        doctor = subprocess.run([str(exe), "doctor", "--json"], capture_output=True,
                                text=True, env=dict(os.environ, HOME=home), timeout=120,
                                check=True)
    build = json.loads(doctor.stdout)["build"]
    if not build.get("frozen") or build.get("variant") in {None, "source", "unknown"}:
        raise SmokeError(f"hearth doctor reports no installer build: {build}")
    report["variant"] = build["variant"]
    _say(f"hearth doctor: {build['variant']} build, llama-cpp-python "
         f"{build.get('llama_cpp_python')}")
    report["bundle_mib"] = round(sum(p.stat().st_size for p in bundle.rglob("*")
                                     if p.is_file() and not p.is_symlink()) / 2**20, 1)
    return report


def smoke_deb(deb: Path) -> dict[str, object]:
    _say(f"installing {deb.name} into a scratch root")
    report: dict[str, object] = {"deb_mib": round(deb.stat().st_size / 2**20, 1)}
    check_apt_depends(deb)
    with tempfile.TemporaryDirectory(prefix="hearth-smoke-root-") as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        smoke_root(Path(tmp), report)
    _say(f"ok: {json.dumps(report)}")
    return report


def smoke_folder(bundle: Path) -> dict[str, object]:
    """The same checks on a bundle folder, laid out as the .deb would install it."""
    report: dict[str, object] = {}
    from linux.package import install_desktop_files

    with tempfile.TemporaryDirectory(prefix="hearth-smoke-root-") as tmp:
        root = Path(tmp)
        shutil.copytree(bundle, root / "opt" / "hearth", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "hearth").symlink_to("../../opt/hearth/hearth")
        icons = bundle.parent.parent / "work" / "icons"
        install_desktop_files(root, icons)
        smoke_root(root, report)
    _say(f"ok: {json.dumps(report)}")
    return report


def smoke_appimage(artifact: Path) -> dict[str, object]:
    """An AppDir (or an AppImage, run extracted): AppRun, its desktop entry, ldd, self-test."""
    report: dict[str, object] = {}
    if artifact.suffix == ".AppImage":
        report["appimage_mib"] = round(artifact.stat().st_size / 2**20, 1)
        exe = artifact.resolve()
        bundle = None
    else:
        exe = artifact / "AppRun"
        bundle = artifact / "usr" / "lib" / "hearth"
        for needed in ("hearth.desktop", "hearth.png", ".DirIcon"):
            if not (artifact / needed).exists():
                raise SmokeError(f"the AppDir lacks {needed}")
        report["ldd_files"] = check_ldd(bundle)
    os.environ.setdefault("APPIMAGE_EXTRACT_AND_RUN", "1")  # no FUSE needed
    with tempfile.TemporaryDirectory(prefix="hearth-smoke-home-") as home:
        wall, _ = run_self_test(exe, Path(home))
    report["self_test_s"] = round(wall, 2)
    _say(f"{artifact.name}: --self-test passed under Xvfb/xcb in {wall:.1f} s")
    _say(f"ok: {json.dumps(report)}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("artifact", type=Path,
                        help="a .deb, an AppDir or AppImage, or a bundle folder")
    args = parser.parse_args(argv)
    try:
        if args.artifact.suffix == ".deb":
            smoke_deb(args.artifact)
        elif args.artifact.suffix in {".AppDir", ".AppImage"}:
            smoke_appimage(args.artifact)
        else:
            smoke_folder(args.artifact)
    except (SmokeError, subprocess.CalledProcessError) as exc:
        print(f"smoke: FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
