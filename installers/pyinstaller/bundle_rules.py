"""What goes into a Hearth bundle: pure rules shared by the PyInstaller spec and its hooks.

Kept free of PyInstaller imports so the unit tests can check them quickly.

* llama-cpp-python loads ``libllama``/``libmtmd`` with ctypes, so PyInstaller's import analysis
  never sees them (abetlen/llama-cpp-python#1475): :func:`llama_libraries` lists the files of
  ``llama_cpp/lib`` that a bundle needs. Wheels carry every versioned name of a library as a
  full copy (``libggml.so``, ``.so.0``, ``.so.0.25.3``); only the name ctypes opens and the
  SONAME the others link against are needed.
* MSVC builds of ggml-cpu link the OpenMP runtime (``vcomp140.dll``; clang-cl builds:
  ``libomp140.x86_64.dll``), which PyInstaller does not collect (pyinstaller#9216):
  :func:`openmp_runtime_names` reads which one a DLL imports, :func:`find_openmp_runtime`
  finds it on the build machine.
* Qt: :func:`used_qt_modules` scans Hearth's sources; every other PySide6 module is excluded.
* Everything else: PyInstaller follows optional imports (huggingface-hub can use torch, Jinja2
  Babel, …), so a build in a development environment would drag in whatever is installed there.
  :func:`foreign_top_level_modules` lists the modules of installed distributions that are not
  in Hearth's runtime dependency closure (:func:`runtime_closure`); the spec excludes them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

LIB_SUFFIXES = {"linux": (".so",), "windows": (".dll",), "macos": (".dylib", ".so")}
# libggml.so.0.25.3 / libggml.0.25.3.dylib: full version copies nothing links against.
_FULL_VERSION = re.compile(r"\.so\.\d+\.\d+(\.\d+)*$|\.\d+\.\d+(\.\d+)*\.dylib$")
_OPENMP_DLLS = ("vcomp140.dll", "libomp140.x86_64.dll", "libomp140.aarch64.dll",
                "libomp.dll", "libgomp-1.dll")
QT_MODULE_RE = re.compile(r"\bPySide6\.(Qt\w+)|from PySide6 import ([\w, ()\n]+)")


def llama_libraries(lib_dir: Path, target: str) -> list[Path]:
    """The files of ``llama_cpp/lib`` a bundle for ``target`` carries, sorted by name."""
    suffixes = LIB_SUFFIXES[target]
    chosen = []
    for path in sorted(lib_dir.iterdir()):
        name = path.name
        if not path.is_file():
            continue
        if target == "linux":
            wanted = name.endswith(".so") or re.search(r"\.so\.\d+$", name) is not None
        else:
            wanted = name.endswith(suffixes)
        if wanted and not _FULL_VERSION.search(name):
            chosen.append(path)
    return chosen


def openmp_runtime_names(dll: Path) -> list[str]:
    """OpenMP runtime DLL names that ``dll`` imports (read from its import table's strings)."""
    data = dll.read_bytes().lower()
    return [name for name in _OPENMP_DLLS if name.encode() in data]


def find_openmp_runtime(name: str, search: Iterable[Path] | None = None) -> Path | None:
    """Where the build machine keeps ``name``: the VS redist folder, System32 or PATH."""
    dirs: list[Path] = []
    if search is not None:
        dirs.extend(search)
    else:
        redist = os.environ.get("VCTOOLSREDISTDIR")
        if redist:
            dirs.extend(p.parent for p in Path(redist).glob(f"**/{name}"))
        root = os.environ.get("SYSTEMROOT")
        if root:
            dirs.append(Path(root) / "System32")
        dirs.extend(Path(p) for p in os.environ.get("PATH", "").split(os.pathsep) if p)
    for folder in dirs:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def used_qt_modules(source_dir: Path) -> set[str]:
    """The ``PySide6.Qt*`` modules Hearth's Python files import."""
    used: set[str] = set()
    for path in source_dir.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for dotted, names in QT_MODULE_RE.findall(text):
            if dotted:
                used.add(dotted)
            for name in re.findall(r"Qt\w+", names or ""):
                used.add(name)
    return used


def available_qt_modules(pyside_dir: Path) -> set[str]:
    """PySide6 binding modules installed (``QtCore.abi3.so``, ``QtCore.pyd``, …)."""
    return {p.name.split(".")[0] for p in pyside_dir.iterdir()
            if p.name.startswith("Qt") and p.suffix in {".so", ".pyd"}}


def qt_excludes(used: set[str], available: set[str]) -> list[str]:
    """PySide6 modules to leave out: everything installed that Hearth does not import."""
    return sorted(f"PySide6.{name}" for name in available - used)


def is_dynamic_backend_build(lib_dir: Path, target: str) -> bool:
    """True for a GGML_BACKEND_DL build: libggml does not link a CPU backend itself, which is
    then one or more loadable ``ggml-cpu-*`` files (and GPU backends) that Hearth loads with
    ``ggml_backend_load_all_from_path`` at run time."""
    names = {"linux": "libggml.so", "windows": "ggml.dll", "macos": "libggml.dylib"}
    ggml = lib_dir / names[target]
    if not ggml.is_file():
        return False
    return b"ggml-cpu" not in ggml.read_bytes()


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def own_packages(pyproject: dict) -> set[str]:
    """Hearth's own top-level packages (``app``), from ``[tool.setuptools.packages.find]``."""
    find = pyproject.get("tool", {}).get("setuptools", {}).get("packages", {}).get("find", {})
    names = {pattern.split(".")[0].rstrip("*") for pattern in find.get("include", [])}
    return {name for name in names if name.isidentifier()} or {"app"}


def runtime_closure(requirements: Iterable[str], environment: dict[str, str] | None = None
                    ) -> set[str]:
    """Canonical names of the distributions these requirements pull in, transitively, on
    this platform (environment markers evaluated, extras not requested left out)."""
    from importlib import metadata

    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = [(Requirement(r), frozenset()) for r in requirements]
    while todo:
        req, extras = todo.pop()
        if req.marker is not None:
            envs = [dict(environment or {}, extra=e) for e in (extras or {""})]
            if not any(req.marker.evaluate(env) for env in envs):
                continue
        name = _canonical(req.name)
        if name in seen:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        todo.extend((Requirement(r), frozenset(req.extras)) for r in dist.requires or [])
    return seen


def top_level_modules(dist: object) -> set[str]:
    """Importable top-level names a distribution installs (from its RECORD)."""
    names: set[str] = set()
    for file in getattr(dist, "files", None) or []:
        parts = Path(str(file)).parts
        if not parts or parts[0] in {"..", "__pycache__"} or parts[0].endswith(
                (".dist-info", ".egg-info", ".data", ".libs")):
            continue
        first = parts[0]
        if len(parts) == 1:
            if not first.endswith((".py", ".so", ".pyd")):
                continue
            first = first.split(".")[0]
        if first.isidentifier():
            names.add(first)
    return names


def foreign_top_level_modules(keep: set[str], own: Iterable[str] = (),
                              distributions: Iterable[object] | None = None) -> list[str]:
    """Top-level modules of installed distributions outside ``keep`` (canonical names),
    except names that a kept distribution also provides and Hearth's own packages (``own``,
    e.g. ``app``: an installed copy of Hearth is a distribution outside the closure too)."""
    from importlib import metadata

    kept_names: set[str] = set(own)
    foreign: set[str] = set()
    for dist in metadata.distributions() if distributions is None else distributions:
        name = _canonical(dist.metadata["Name"] or "")  # type: ignore[attr-defined]
        (kept_names if name in keep else foreign).update(top_level_modules(dist))
    return sorted(foreign - kept_names)


def module_excludes(root: Path, pyside_dir: Path) -> list[str]:
    """Every module the spec leaves out: PySide6 modules Hearth does not import, the top-level
    modules of installed distributions outside Hearth's runtime closure (Hearth's own
    distribution and packages stay), tkinter and llama-cpp-python's server."""
    import tomllib

    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    used_qt = used_qt_modules(root / "app") | {"QtCore", "QtGui", "QtWidgets"}
    closure = runtime_closure(project["dependencies"]) | {_canonical(project["name"])}
    return sorted(
        set(qt_excludes(used_qt, available_qt_modules(pyside_dir)))
        | set(foreign_top_level_modules(closure, own=own_packages(pyproject)))
        | {"tkinter", "_tkinter", "llama_cpp.server"}
    )


# Driver-side libraries: they must come from the user's GPU driver, never from the bundle
# (a bundled loader would not find the system's Vulkan drivers; libcuda is the driver itself).
DRIVER_LIBRARIES = re.compile(
    r"^(libcuda\.so|libvulkan\.so|nvcuda\.dll|vulkan-1\.dll|libnvidia-|nvml\.dll|libnvidia-ml)",
    re.IGNORECASE,
)


def is_driver_library(name: str) -> bool:
    """True for a GPU driver library (see DRIVER_LIBRARIES) named by its file name."""
    return DRIVER_LIBRARIES.match(Path(name).name) is not None


# GTK 3 and what only it needs (Linux): Qt's GTK platform theme plugin (native dialogs on
# GNOME) links them. A build machine with GTK installed would bundle the whole stack, which
# must instead match the desktop's own GTK, themes and modules; the .deb Recommends
# libgtk-3-0, and without GTK the plugin is simply not loaded.
GTK_STACK = re.compile(
    r"^lib(gtk-3|gdk-3|atk-bridge-2\.0|atspi|epoxy|Xcomposite|Xcursor|Xdamage|Xfixes|Xi|"
    r"Xinerama|Xrandr)\.so(\.\d+)*$"
)


def is_system_only_library(name: str) -> bool:
    """A library the bundle must leave to the system: GPU drivers, and GTK 3's stack."""
    base = Path(name).name
    return is_driver_library(base) or GTK_STACK.match(base) is not None
