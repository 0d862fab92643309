"""PyInstaller hook: llama-cpp-python's ctypes-loaded libraries (and the OpenMP runtime)."""

import sys
from pathlib import Path

from bundle_rules import find_openmp_runtime, llama_libraries, openmp_runtime_names
from PyInstaller.utils.hooks import get_package_paths

_, _pkg_dir = get_package_paths("llama_cpp")
_lib_dir = Path(_pkg_dir) / "lib"
_target = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")

binaries = [(str(p), "llama_cpp/lib") for p in llama_libraries(_lib_dir, _target)]

if _target == "windows":
    _wanted: set[str] = set()
    for _dll, _ in binaries:
        _wanted.update(openmp_runtime_names(Path(_dll)))
    for _name in sorted(_wanted):
        if (_lib_dir / _name).is_file():
            continue  # shipped inside llama_cpp/lib already
        _found = find_openmp_runtime(_name)
        if _found is None:
            raise SystemExit(f"hook-llama_cpp: {_name} (OpenMP runtime) not found; install "
                             "the Visual C++ redistributable or add its folder to PATH")
        binaries.append((str(_found), "llama_cpp/lib"))
