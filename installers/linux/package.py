"""Linux packages from the frozen bundle: an AppDir (→ AppImage) and a .deb.

The .deb installs the bundle to /opt/hearth with /usr/bin/hearth pointing at it, the .desktop
entry, hicolor icons and the MIME type for .gguf files (dpkg's triggers for shared-mime-info,
desktop-file-utils and hicolor-icon-theme refresh the caches, so no maintainer scripts).
``Depends`` is the fixed list Qt's X11 and Wayland plugins need (Qt ≥ 6.5: libxcb-cursor0)
plus, where dpkg can tell, the packages owning every system library the bundle links.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP_ID = "hearth"
MAINTAINER = "Hearth developers <hearth@users.noreply.github.com>"
HOMEPAGE = "https://github.com/hearth-app/hearth"
# What Qt 6's xcb platform plugin and the Wayland plugins load at run time (Qt's "X11
# requirements"), whether or not PyInstaller bundled a copy: a system copy must exist for
# libraries PyInstaller leaves out (libxcb, libGL/EGL, fontconfig) and is the safe default.
BASE_DEPENDS = (
    "libc6", "libstdc++6", "libgcc-s1", "zlib1g",
    "libgl1", "libegl1", "libfontconfig1", "libfreetype6", "libdbus-1-3", "libglib2.0-0",
    "libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0", "libxcb-render0",
    "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0",
    "libxcb-xkb1", "libxkbcommon0", "libxkbcommon-x11-0",
    "libwayland-client0", "libwayland-cursor0", "libwayland-egl1",
)
# The GTK platform theme plugin (native file dialogs on GNOME) only loads where GTK 3 is.
RECOMMENDS = ("libgtk-3-0",)
# The Vulkan loader is an ordinary distribution package (the GPU driver provides the ICD);
# CUDA's driver library comes with the NVIDIA driver, whose package names differ by distro.
VARIANT_DEPENDS = {"vulkan": ("libvulkan1",)}
DEB_ARCH = {"x86_64": "amd64", "arm64": "arm64", "aarch64": "arm64"}
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def bundle_files(bundle: Path) -> list[Path]:
    """Executables and shared libraries in a bundle (what ldd and dpkg -S look at)."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if ".so" in path.name or (os.access(path, os.X_OK) and _is_elf(path)):
            found.append(path)
    return found


def _is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def ldd(path: Path, lib_dir: Path) -> dict[str, str | None]:
    """Library name → resolved path (None: not found), as the bundle's loader sees it:
    PyInstaller's bootloader puts the bundle's ``_internal`` on LD_LIBRARY_PATH."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(lib_dir))
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                         check=False).stdout
    return parse_ldd(out)


def parse_ldd(text: str) -> dict[str, str | None]:
    """``ldd`` output → {name: path or None}; the vDSO and the loader line are skipped."""
    libs: dict[str, str | None] = {}
    for line in text.splitlines():
        line = line.strip()
        match = re.match(r"(\S+) => (not found|(\S+) \(0x[0-9a-f]+\))", line)
        if match:
            libs[match.group(1)] = None if match.group(2) == "not found" else match.group(3)
    return libs


def system_libraries(bundle: Path) -> set[str]:
    """Paths of the libraries outside the bundle that its files link against."""
    lib_dir = bundle / "_internal"
    outside = set()
    for path in bundle_files(bundle):
        for resolved in ldd(path, lib_dir).values():
            if resolved and not Path(resolved).resolve().is_relative_to(bundle.resolve()):
                outside.add(resolved)
    return outside


def owning_packages(paths: set[str]) -> set[str]:
    """Debian packages that own these files (empty where dpkg is not available)."""
    if not paths or shutil.which("dpkg") is None:
        return set()
    packages = set()
    for path in sorted(paths):
        for candidate in {path, str(Path(path).resolve())}:
            out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                                 check=False)
            if out.returncode == 0:
                for line in out.stdout.splitlines():
                    packages.add(line.split(":", 1)[0].split(",")[0].strip())
                break
    return packages


def required_glibc(files: list[Path]) -> tuple[int, int]:
    """The newest GLIBC_2.x symbol version any file asks for: the oldest glibc that runs it."""
    best = (2, 0)
    for path in files:
        for major, minor in re.findall(rb"GLIBC_(\d+)\.(\d+)", path.read_bytes()):
            best = max(best, (int(major), int(minor)))
    return best


def installed_size_kib(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1


def control_file(*, version: str, arch: str, variant: str, depends: list[str],
                 installed_kib: int) -> str:
    label = {"cpu": "CPU", "cuda": "NVIDIA CUDA", "vulkan": "Vulkan"}.get(variant, variant)
    return (
        f"Package: {APP_ID}\n"
        f"Version: {version}\n"
        f"Architecture: {DEB_ARCH.get(arch, arch)}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: private, offline assistant for Llama 3.2 ({label} build)\n"
        " Hearth runs Meta's Llama 3.2 models (GGUF files, llama.cpp) on this computer:\n"
        " nothing typed leaves it. Built with Llama. This package carries the\n"
        f" {label} build of llama.cpp.\n"
    )


def install_desktop_files(root: Path, icons: Path, share: str = "usr/share") -> None:
    """.desktop entry, hicolor icons (PNG sizes + SVG) and the .gguf MIME type under root."""
    base = root / share
    (base / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "hearth.desktop", base / "applications" / "hearth.desktop")
    (base / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "hearth-mime.xml", base / "mime" / "packages" / "hearth.xml")
    for size in ICON_SIZES:
        folder = base / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"hearth-{size}.png", folder / "hearth.png")
    scalable = base / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "hearth.svg", scalable / "hearth.svg")


def _copy_bundle(bundle: Path, dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(bundle, dest, symlinks=True)


def build_deb(bundle: Path, out: Path, icons: Path, variant: str, version: str,
              arch: str) -> Path:
    """``out`` (.deb) from the bundle, with dpkg-deb (root-owned files, xz)."""
    if shutil.which("dpkg-deb") is None:
        raise RuntimeError("dpkg-deb is missing (apt-get install dpkg)")
    staging = out.parent / "work" / "deb-root"
    if staging.exists():
        shutil.rmtree(staging)
    _copy_bundle(bundle, staging / "opt" / APP_ID)
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / APP_ID).symlink_to(f"../../opt/{APP_ID}/{APP_ID}")
    install_desktop_files(staging, icons)
    doc = staging / "usr" / "share" / "doc" / APP_ID
    doc.mkdir(parents=True)
    shutil.copy2(ROOT / "LICENSE", doc / "copyright")
    files = bundle_files(bundle)
    glibc = required_glibc(files)
    depends = sorted(set(BASE_DEPENDS) | set(VARIANT_DEPENDS.get(variant, ()))
                     | owning_packages(system_libraries(bundle)))
    depends = [f"libc6 (>= {glibc[0]}.{glibc[1]})" if d == "libc6" else d for d in depends]
    (staging / "DEBIAN").mkdir()
    (staging / "DEBIAN" / "control").write_text(
        control_file(version=version, arch=arch, variant=variant, depends=depends,
                     installed_kib=installed_size_kib(staging)), encoding="utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging),
                    str(out)], check=True)
    return out


def build_appdir(bundle: Path, appdir: Path, icons: Path) -> Path:
    """An AppDir: AppRun, hearth.desktop and hearth.png at the top, the bundle in usr/lib."""
    if appdir.exists():
        shutil.rmtree(appdir)
    _copy_bundle(bundle, appdir / "usr" / "lib" / APP_ID)
    shutil.copy2(HERE / "AppRun", appdir / "AppRun")
    (appdir / "AppRun").chmod(0o755)
    install_desktop_files(appdir, icons)
    shutil.copy2(HERE / "hearth.desktop", appdir / "hearth.desktop")
    shutil.copy2(icons / "hearth-256.png", appdir / "hearth.png")
    (appdir / ".DirIcon").symlink_to("hearth.png")
    return appdir


def build_appimage(appdir: Path, out: Path, arch: str) -> Path:
    """Pack the AppDir with appimagetool (installed by the release workflow)."""
    tool = os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")
    if tool is None:
        raise RuntimeError("appimagetool is not installed; the release workflow builds the "
                           f"AppImage (the AppDir is ready in {appdir})")
    env = dict(os.environ, ARCH=arch)
    subprocess.run([tool, "--no-appstream", str(appdir), str(out)], check=True, env=env)
    return out
