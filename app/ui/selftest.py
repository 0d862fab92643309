"""``hearth --self-test``: prove this installation works, end to end, in a few seconds.

Meant for installed and frozen builds (the installers' smoke tests run it) as much as for a
source checkout. Each check prints one line - ``[ ok ]``, ``[warn]`` or ``[FAIL]``, its name
and what it found:

* build - which variant this is (CPU, CUDA, …), from ``build-info.json``;
* imports - every Hearth module imports (a frozen bundle that missed a module fails here);
* folders - the data, settings, models and log folders are writable;
* keyring - the OS keychain answers (a warning on Linux without a Secret Service: only the
  Hugging Face token cannot then be saved);
* llama.cpp - its libraries load and list their devices;
* tiny model - a ~200 KB GGUF written on the spot loads and generates;
* attention - the vision encoder's own CPU attention kernel loads and matches a reference
  (x86-64; a frozen bundle without it fails here);
* Qt - the platform plugin loads (``xcb`` under X11, ``offscreen`` without a display);
* languages - the interface catalogs of the seven translated languages load;
* window - the real window opens, loads the starter model (the tiny one when the install has
  none) and streams an answer to one message.

The window check uses a temporary HEARTH_HOME, so the user's conversations are untouched.
Exit code 0: no check failed; 1: at least one did (the last line names them).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 180
OK, WARN, FAIL = "ok", "warn", "FAIL"


@dataclass(slots=True)
class CheckResult:
    name: str
    status: str
    detail: str


class CheckWarning(Exception):
    """Raised by a check that works with a caveat worth telling."""


def _report(result: CheckResult) -> None:
    mark = {OK: "[ ok ]", WARN: "[warn]", FAIL: "[FAIL]"}[result.status]
    print(f"self-test: {mark} {result.name:10} {result.detail}", file=sys.stderr, flush=True)


def _run_check(name: str, check: Callable[[], str], results: list[CheckResult]) -> CheckResult:
    try:
        result = CheckResult(name, OK, check())
    except CheckWarning as exc:
        result = CheckResult(name, WARN, str(exc))
    except Exception as exc:  # a self-test reports every failure instead of stopping
        result = CheckResult(name, FAIL, f"{type(exc).__name__}: {exc}")
    results.append(result)
    _report(result)
    return result


# -- checks that need no window -----------------------------------------------------------------


def check_build() -> str:
    from app import __version__
    from app.core.build_info import build_info, variant_label

    info = build_info()
    if info.get("error"):
        raise RuntimeError(f"build-info unreadable: {info['error']}")
    return f"Hearth {__version__}, {variant_label(info)}"


def check_imports() -> str:
    """Import every module of the ``app`` package, as a frozen bundle must carry them all."""
    import importlib
    import pkgutil

    import app

    names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failed.append(f"{name} ({exc})")
    if failed:
        raise ImportError("; ".join(failed))
    if len(names) < 20:
        raise ImportError(f"only {len(names)} modules found; the bundle is incomplete")
    return f"{len(names)} modules"


def check_folders() -> str:
    from app.core import paths

    folders = {"data": paths.data_dir, "settings": paths.config_dir,
               "models": paths.models_dir, "logs": paths.log_dir}
    for label, folder_of in folders.items():
        folder = folder_of()
        probe = folder / f".hearth-selftest-{os.getpid()}"
        try:
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as exc:
            raise OSError(f"the {label} folder {folder} is not writable: {exc}") from exc
    return f"writable: {paths.data_dir()}, {paths.config_dir()}"


def check_keyring() -> str:
    import keyring
    import keyring.errors
    from keyring.backend import get_all_keyring

    platform_backend = {"win32": "keyring.backends.Windows",
                        "darwin": "keyring.backends.macOS"}.get(sys.platform,
                                                                 "keyring.backends.SecretService")
    __import__(platform_backend)  # ImportError: the bundle lacks the OS keychain backend
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        keyring.get_password("hearth-selftest", "probe")
    except keyring.errors.KeyringError as exc:
        viable = [type(k).__name__ for k in get_all_keyring()]
        if sys.platform.startswith("linux"):
            raise CheckWarning(f"no keychain service answers ({name}: {exc}); a Hugging Face "
                           f"token cannot be saved (viable backends: {viable or 'none'})") from exc
        raise
    return f"{name} answers"


def check_llama() -> str:
    import llama_cpp

    from app.core import hardware

    llama_cpp.llama_backend_init()
    devices = hardware.devices()
    if not devices:
        raise RuntimeError("llama.cpp loaded but lists no device")
    listed = ", ".join(f"{d.name} ({d.kind})" for d in devices)
    return f"llama-cpp-python {llama_cpp.__version__} from {hardware.backend_dir()}: {listed}"


def check_attention() -> str:
    import platform

    from app.core.vision import fast_attention

    x86 = platform.machine().lower() in {"x86_64", "amd64"} and sys.platform != "win32"
    if not fast_attention.built():
        if x86 and getattr(sys, "frozen", False):
            raise RuntimeError("the bundle lacks the vision attention kernel (app/core/vision/"
                               "_attention); pictures would be read at half speed")
        if x86:
            raise CheckWarning("the vision attention kernel was not built (no C compiler at "
                               "install?); pictures are read with ggml's slower kernel")
        return "not built for this platform; pictures use ggml's flash attention"
    kernel, note = fast_attention.flavour()
    if kernel is None and fast_attention.cpu_isa() > 0:
        raise RuntimeError(f"{note}; pictures would be read with ggml's slower kernel")
    if kernel is None:
        return f"{note}; pictures use ggml's flash attention"
    return f"{kernel.name} kernel, {note}"


def check_tiny_model(folder: Path) -> str:
    from app.core.chat.message import Message
    from app.core.engine.base import (
        CancelToken,
        DoneEvent,
        GenerationRequest,
        LoadOptions,
        SamplingParams,
    )
    from app.core.engines import load_engine
    from app.core.selftest_model import write_selftest_model

    path = write_selftest_model(folder / "hearth-selftest.gguf")
    t0 = time.perf_counter()
    engine = load_engine(path, LoadOptions(n_ctx=256, n_gpu_layers=0), declaration=None)
    try:
        request = GenerationRequest(messages=[Message("user", "Say hello.")],
                                    sampling=SamplingParams(temperature=0.0, max_tokens=8))
        done = None
        for event in engine.generate(request, CancelToken()):
            if isinstance(event, DoneEvent):
                done = event
    finally:
        engine.close()
    if done is None or done.stats.completion_tokens == 0:
        raise RuntimeError("the tiny model generated no tokens")
    return (f"{path.stat().st_size // 1024} KB GGUF loaded and wrote "
            f"{done.stats.completion_tokens} tokens in {time.perf_counter() - t0:.2f} s")


# -- the window ---------------------------------------------------------------------------------


def _seconds_since_process_start() -> float | None:
    try:
        import psutil

        return time.time() - psutil.Process().create_time()
    except Exception:
        return None


def check_qt(state: dict[str, object]) -> str:
    from app.ui.main import create_application
    from app.ui.platform_check import xcb_problem

    problem = xcb_problem()  # Qt would abort the whole self-test instead of failing a line
    if problem is not None:
        raise RuntimeError(problem)

    app = create_application()
    state["app"] = app
    name = app.platformName()
    wanted = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if wanted and name != wanted:
        raise RuntimeError(f"asked for the {wanted} platform plugin, got {name}")
    return f"{name} platform plugin"


def check_translations() -> str:
    """Every interface language has its catalogs, and Qt loads them (a bundle carries the
    built .qm files; a checkout builds missing ones with Qt's lrelease)."""
    from PySide6.QtCore import QTranslator

    from app.core.languages import TRANSLATED
    from app.ui.i18n import catalog_dir, catalogs_for

    count, missing = 0, []
    for lang in TRANSLATED:
        files = catalogs_for(lang)
        loaded = [qm for qm in files if QTranslator().load(str(qm))]
        count += len(loaded)
        if not loaded or len(loaded) < len(files):
            missing.append(lang)
    if missing:
        raise RuntimeError(f"no loadable catalogs for {', '.join(missing)} in {catalog_dir()}")
    return f"{len(TRANSLATED)} languages, {count} catalogs"


def check_window(state: dict[str, object], model: str | None, tiny_dir: Path) -> str:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.models.registry import resolve_model, starter_model_path
    from app.core.selftest_model import write_selftest_model
    from app.core.settings import Settings
    from app.ui.main import open_store
    from app.ui.main_window import MainWindow

    if model is not None:
        path = resolve_model(model)
    else:
        starter = starter_model_path()
        path = starter or write_selftest_model(tiny_dir / "hearth-selftest.gguf")
    store = open_store()
    settings = Settings(model=str(path), n_ctx=1024, temperature=0.0, max_tokens=8)
    window = MainWindow(store, settings, autoload=False)
    window.show()
    deadline = time.perf_counter() + 20
    handle = window.windowHandle()
    while (handle is None or not handle.isExposed()) and time.perf_counter() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        handle = window.windowHandle()
    shown = _seconds_since_process_start()
    exposed = handle is not None and handle.isExposed()

    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def finish(key: str, value: object) -> None:
        outcome.setdefault(key, value)
        loop.quit()

    try:
        window.model_loaded.connect(lambda name: finish("loaded", name))
        window.model_failed.connect(lambda msg: finish("error", msg))
        QTimer.singleShot(TIMEOUT_S * 1000, lambda: finish("error", "timed out"))
        window.load_model(Path(path))
        loop.exec()
        if "error" in outcome:
            raise RuntimeError(f"loading {path.name}: {outcome['error']}")
        window.reply_finished.connect(lambda stats: finish("stats", stats))
        window.notice_shown.connect(lambda msg: finish("error", msg))
        if not window.send("Say hello."):
            raise RuntimeError("the message could not be sent")
        loop.exec()
        text = window.chat_view.stream_text()
    finally:
        window.close()
        store.close()
    stats = outcome.get("stats")
    if "error" in outcome or stats is None:
        raise RuntimeError(str(outcome.get("error", "no answer")))
    if not text.strip():
        raise RuntimeError("the model answered with no text")
    when = f"window shown {shown:.2f} s after start" if shown is not None and exposed \
        else "window not exposed (no screen)"
    return (f"{when}; {outcome['loaded']} answered {stats.completion_tokens} tokens "  # type: ignore[attr-defined]
            f"at {stats.tokens_per_s:.1f} tok/s")  # type: ignore[attr-defined]


# -- the whole run ------------------------------------------------------------------------------


def run_self_test(model: str | None = None) -> int:
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    t0 = time.perf_counter()
    results: list[CheckResult] = []
    for name, check in (("build", check_build), ("imports", check_imports),
                        ("folders", check_folders), ("keyring", check_keyring),
                        ("llama.cpp", check_llama)):
        _run_check(name, check, results)
    with tempfile.TemporaryDirectory(prefix="hearth-selftest-") as scratch:
        scratch_dir = Path(scratch)
        if results[-1].status == OK:
            _run_check("tiny model", lambda: check_tiny_model(scratch_dir), results)
            _run_check("attention", check_attention, results)
        state: dict[str, object] = {}
        qt = _run_check("Qt", lambda: check_qt(state), results)
        if qt.status == OK:
            home = os.environ.get("HEARTH_HOME")
            os.environ["HEARTH_HOME"] = str(scratch_dir / "home")
            try:
                _run_check("languages", check_translations, results)
                _run_check("window", lambda: check_window(state, model, scratch_dir), results)
            finally:
                if home is None:
                    os.environ.pop("HEARTH_HOME", None)
                else:
                    os.environ["HEARTH_HOME"] = home
    failed = [r.name for r in results if r.status == FAIL]
    warned = sum(r.status == WARN for r in results)
    took = time.perf_counter() - t0
    if failed:
        print(f"self-test: FAILED: {', '.join(failed)} ({took:.1f} s)", file=sys.stderr)
        return 1
    note = f", {warned} warning{'s' if warned != 1 else ''}" if warned else ""
    print(f"self-test: ok — {len(results)} checks passed{note} in {took:.1f} s",
          file=sys.stderr)
    return 0
