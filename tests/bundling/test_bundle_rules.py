"""installers/pyinstaller: which libraries, Qt modules and packages a bundle carries, and the
runtime hook that points llama-cpp-python at the bundled libraries."""

from __future__ import annotations

import importlib.util
import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_rules import (
    available_qt_modules,
    find_openmp_runtime,
    foreign_top_level_modules,
    is_driver_library,
    is_dynamic_backend_build,
    is_system_only_library,
    llama_libraries,
    module_excludes,
    openmp_runtime_names,
    qt_excludes,
    runtime_closure,
    used_qt_modules,
)

from installers import build

ROOT = Path(__file__).resolve().parents[2]
RTHOOK = ROOT / "installers" / "pyinstaller" / "rthooks" / "pyi_rth_hearth.py"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")


def _touch(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"x")
    return folder


def test_versioned_copies_are_left_out(tmp_path: Path) -> None:
    lib = _touch(tmp_path / "linux", "libllama.so", "libllama.so.0", "libllama.so.0.5.0",
                 "libggml.so", "libggml.so.0", "libggml.so.0.25.3", "README.txt")
    names = [p.name for p in llama_libraries(lib, "linux")]
    assert names == ["libggml.so", "libggml.so.0", "libllama.so", "libllama.so.0"]
    mac = _touch(tmp_path / "mac", "libllama.dylib", "libllama.0.dylib", "libllama.0.5.0.dylib",
                 "libggml-metal.dylib")
    assert [p.name for p in llama_libraries(mac, "macos")] == [
        "libggml-metal.dylib", "libllama.0.dylib", "libllama.dylib"]
    win = _touch(tmp_path / "win", "llama.dll", "ggml.dll", "ggml-cpu.dll", "llama.lib")
    assert [p.name for p in llama_libraries(win, "windows")] == [
        "ggml-cpu.dll", "ggml.dll", "llama.dll"]


@linux_only
def test_selected_libraries_load_on_their_own(tmp_path: Path) -> None:
    """Copied alone into a folder, the chosen files resolve each other (SONAMEs, $ORIGIN)."""
    lib_dir = build.llama_lib_dir()
    chosen = llama_libraries(lib_dir, "linux")
    assert {"libllama.so", "libmtmd.so", "libggml.so.0", "libggml-base.so.0",
            "libggml-cpu.so.0"} <= {p.name for p in chosen}
    assert not any(p.name.endswith(".0.25.3") for p in chosen)
    for path in chosen:
        shutil.copy2(path, tmp_path / path.name)
    for name in ("libllama.so", "libmtmd.so"):
        out = subprocess.run(["ldd", str(tmp_path / name)], capture_output=True, text=True,
                             env={"PATH": os.environ["PATH"]}, check=True).stdout
        assert "not found" not in out
        assert str(tmp_path / "libggml-base.so.0") in out


def test_openmp_runtime_is_read_from_the_import_table(tmp_path: Path) -> None:
    dll = tmp_path / "ggml-cpu.dll"
    dll.write_bytes(b"MZ....KERNEL32.dll\0VCOMP140.DLL\0omp_get_thread_num\0")
    assert openmp_runtime_names(dll) == ["vcomp140.dll"]
    dll.write_bytes(b"MZ....libomp140.x86_64.dll\0")
    assert openmp_runtime_names(dll) == ["libomp140.x86_64.dll"]
    dll.write_bytes(b"MZ....KERNEL32.dll\0")
    assert openmp_runtime_names(dll) == []


def test_openmp_runtime_is_found_in_the_search_folders(tmp_path: Path) -> None:
    redist = _touch(tmp_path / "redist", "vcomp140.dll")
    assert find_openmp_runtime("vcomp140.dll", [tmp_path / "empty", redist]) == \
        redist / "vcomp140.dll"
    assert find_openmp_runtime("libomp140.x86_64.dll", [redist]) is None


def test_only_the_qt_modules_hearth_imports_stay() -> None:
    used = used_qt_modules(ROOT / "app")
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    import PySide6

    available = available_qt_modules(Path(PySide6.__file__).parent)
    excluded = qt_excludes(used, available)
    assert "PySide6.QtNetwork" in excluded and "PySide6.QtQml" in excluded
    assert not any(name.removeprefix("PySide6.") in used for name in excluded)


def test_used_qt_modules_reads_both_import_styles(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("from PySide6.QtSvg import QSvgRenderer\n")
    (tmp_path / "b.py").write_text("from PySide6 import (\n    QtCore,\n    QtPrintSupport)\n")
    assert used_qt_modules(tmp_path) == {"QtSvg", "QtCore", "QtPrintSupport"}


def test_runtime_closure_follows_dependencies_but_not_test_extras() -> None:
    closure = runtime_closure(["keyring>=24", "pytest>=8; extra == 'test'"])
    assert "keyring" in closure and "jaraco-classes" in closure
    assert "pytest" not in closure
    if sys.platform.startswith("linux"):
        assert "secretstorage" in closure  # keyring's Linux-only dependency


def test_foreign_modules_exclude_what_hearth_does_not_depend_on() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    closure = runtime_closure(project["dependencies"])
    foreign = set(foreign_top_level_modules(closure))
    assert {"pytest", "hypothesis"} <= foreign
    # PyInstaller comes with the optional `build` extra; when it is installed it must be foreign.
    if importlib.util.find_spec("PyInstaller") is not None:
        assert "PyInstaller" in foreign
    assert not {"llama_cpp", "PySide6", "keyring", "jinja2", "numpy", "jsonschema", "gguf",
                "tiktoken", "pypdf"} & foreign


def _fake_installed_hearth(site: Path) -> Path:
    """A non-editable install of Hearth: its RECORD lists the ``app`` package."""
    info = site / "hearth-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: hearth\nVersion: 0.1.0\n")
    (info / "RECORD").write_text("app/__init__.py,,\napp/cli/__init__.py,,\n"
                                 "hearth-0.1.0.dist-info/RECORD,,\n")
    return info


def test_hearths_own_package_is_never_excluded(tmp_path: Path) -> None:
    """An installed Hearth is a distribution outside its dependencies' closure: without the
    rule, its `app` package was excluded and the bundle stopped with No module named 'app'."""
    from importlib import metadata

    import PySide6

    installed = [metadata.PathDistribution(_fake_installed_hearth(tmp_path)),
                 *metadata.distributions()]
    closure = runtime_closure(["keyring>=24"])
    # What the spec used to exclude:
    assert "app" in foreign_top_level_modules(closure, distributions=installed)
    assert "app" not in foreign_top_level_modules(closure | {"hearth"}, own={"app"},
                                                  distributions=installed)
    excludes = module_excludes(ROOT, Path(PySide6.__file__).parent)
    assert "app" not in excludes and not any(e.startswith("app.") for e in excludes)
    assert {"pytest", "PySide6.QtNetwork", "tkinter"} <= set(excludes)


def test_cpu_build_links_its_backend() -> None:
    assert is_dynamic_backend_build(build.llama_lib_dir(), build.host_os()) is False


def test_driver_libraries_are_never_bundled() -> None:
    assert is_driver_library("/usr/lib/x86_64-linux-gnu/libcuda.so.1")
    assert is_driver_library("libvulkan.so.1") and is_driver_library("C:/x/vulkan-1.dll")
    assert not is_driver_library("libcudart.so.12") and not is_driver_library("libggml-cuda.so")


def test_gtk_stays_with_the_system_but_qt_libraries_do_not() -> None:
    for name in ("libgtk-3.so.0", "libgdk-3.so.0", "libatk-bridge-2.0.so.0", "libXi.so.6",
                 "libvulkan.so.1"):
        assert is_system_only_library(name), name
    for name in ("libQt6Gui.so.6", "libxcb-cursor.so.0", "libX11.so.6", "libxkbcommon.so.0",
                 "libggml-base.so.0", "libgtk-4.so.1"):
        assert not is_system_only_library(name), name


def test_runtime_hook_points_llama_cpp_at_the_bundle(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = tmp_path / "llama_cpp" / "lib"
    lib.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("LLAMA_CPP_LIB_PATH", "/somewhere/else")  # the bundle's copy wins
    monkeypatch.delenv("MTMD_CPP_LIB", raising=False)
    runpy.run_path(str(RTHOOK))
    assert os.environ["LLAMA_CPP_LIB_PATH"] == str(lib)
    assert os.environ["MTMD_CPP_LIB"] == str(lib)


def test_runtime_hook_does_nothing_outside_a_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setenv("LLAMA_CPP_LIB_PATH", "/kept")
    runpy.run_path(str(RTHOOK))
    assert os.environ["LLAMA_CPP_LIB_PATH"] == "/kept"


@linux_only
def test_bundled_libraries_load_through_the_runtime_hook(tmp_path: Path) -> None:
    """A fake bundle holding only the selected libraries: llama.cpp loads from it, lists the
    CPU device, and Hearth's backend loader looks in the same folder."""
    lib = tmp_path / "llama_cpp" / "lib"
    lib.mkdir(parents=True)
    for path in llama_libraries(build.llama_lib_dir(), "linux"):
        shutil.copy2(path, lib / path.name)
    code = (
        "import sys, runpy; sys._MEIPASS = sys.argv[1]; runpy.run_path(sys.argv[2]);"
        "import llama_cpp, llama_cpp.mtmd_cpp; from app.core import hardware;"
        "print(llama_cpp.llama_cpp._lib._name); print(hardware.backend_dir());"
        "print([d.name for d in hardware.devices()])"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path), str(RTHOOK)],
                         capture_output=True, text=True, cwd=ROOT, check=True, timeout=120)
    loaded, backend_dir, devices = out.stdout.strip().splitlines()
    assert loaded == str(lib / "libllama.so")
    assert backend_dir == str(lib)
    assert "CPU" in devices
