"""The window in the person's language: Qt's translation catalogs, chosen and installed at start.

Catalog sources are ``resources/i18n/<lang>/<area>.ts`` (kept in the repository, one per
language and area of the window); the set-up and the installer build each into a ``.qm`` beside
it with Qt's ``lrelease``. At start :func:`install_language` picks the language (Settings ▸
General ▸ Language, else the system's, else English) and installs one ``QTranslator`` per
``.qm`` plus Qt's own ``qtbase`` catalog (standard buttons such as OK and Cancel).

A checkout whose set-up predates a catalog has the ``.ts`` but no (or an older) ``.qm``: the
missing ones are built into the cache folder on first use rather than showing English.

``python -m app.ui.i18n`` builds every ``.qm`` beside its ``.ts`` (what ``dev.py`` and
``installers/build.py`` run).

Messages from app/core stay English there; those a person meets most are made from templates
marked under the context "core" (see app/core/texts.py, catalog ``<lang>/core.ts`` built from
:data:`CORE_SOURCES`), and :func:`error_text` / :func:`core_text` show them translated.
"""

from __future__ import annotations

import hashlib
import logging
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from app.core.errors import HearthError
from app.core.languages import SOURCE_LANGUAGE, TRANSLATED, choose_language
from app.core.texts import CONTEXT as CORE_CONTEXT
from app.core.texts import CoreText
from app.resources import resource_path

log = logging.getLogger(__name__)

# Which app/ui modules each catalog covers: every module is in exactly one area (a test checks
# it), and ``resources/i18n/<lang>/<area>.ts`` holds the strings of that area's modules.
AREAS: dict[str, tuple[str, ...]] = {
    "shell": ("main_window", "main", "settings_dialog", "first_run", "about_dialog",
              "licence_dialog", "platform_check", "workers", "selftest", "i18n"),
    "models": ("model_manager", "summarize", "tool_approval"),
    "tools": ("mcp_servers", "user_tools_page", "servers_page", "server_panel", "safety_page",
              "image_attach", "chat_view"),
}

# The core modules whose marked texts (``QT_TRANSLATE_NOOP("core", ...)``, see
# app/core/texts.py) make the "core" catalog: errors and progress words a person meets most.
# The core stays English; the window translates these with :func:`error_text`.
CORE_SOURCES: tuple[str, ...] = (
    "app/core/chat/context.py",
    "app/core/documents/readers.py",
    "app/core/documents/summarize.py",
    "app/core/engine/llamacpp.py",
    "app/core/licence.py",
    "app/core/models/download.py",
    "app/core/models/gguf_file.py",
    "app/core/models/hub.py",
    "app/core/models/local.py",
    "app/core/models/memory.py",
    "app/core/remote.py",
    "app/core/session.py",
    "app/core/vision/engine.py",
    "app/core/vision/preprocess.py",
)

# Every catalog a language has: one per area of the window, and the core's texts.
CATALOG_AREAS: tuple[str, ...] = (*AREAS, "core")

# Qt's standard buttons, under Qt's own context where QDialogButtonBox and QMessageBox look
# them up: Qt ships no Hindi or Thai catalog, so the shell catalog carries these.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
)

# The translators installed now (kept referenced: Qt does not own them).
_installed: list[QTranslator] = []
_active = SOURCE_LANGUAGE


def catalog_dir() -> Path:
    """``resources/i18n``: one folder per language, one ``.ts`` (and ``.qm``) per area."""
    return resource_path("i18n")


def area_sources(area: str, root: Path) -> list[Path]:
    """The Python files of ``area`` under a source tree ``root`` (the checkout); the area
    ``core`` is :data:`CORE_SOURCES`."""
    if area == "core":
        return [root / source for source in CORE_SOURCES]
    return [root / "app" / "ui" / f"{module}.py" for module in AREAS[area]]


def active_language() -> str:
    """The interface language installed by :func:`install_language` (``en`` before)."""
    return _active


def system_languages() -> list[str]:
    """The system's interface languages, most preferred first (e.g. ``["de-DE", "en-US"]``)."""
    system = QLocale.system()
    return [*system.uiLanguages(), system.name()]


def lrelease() -> Path | None:
    """Qt's catalog compiler shipped in the running interpreter's PySide6 (None in a bundle)."""
    import PySide6

    exe = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32"
                                           else "lrelease")
    return exe if exe.is_file() else None


def compile_catalog(ts: Path, qm: Path) -> None:
    """``lrelease`` one ``.ts`` into ``qm``; raises RuntimeError with lrelease's words."""
    tool = lrelease()
    if tool is None:
        raise RuntimeError("Qt's lrelease is not available (PySide6 without its tools)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease failed on {ts.name}: "
                           f"{(done.stderr or done.stdout).strip()[:300]}")


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime


def build_catalogs(folder: Path | None = None) -> list[Path]:
    """Build every ``<lang>/<area>.qm`` beside its ``.ts`` that is missing or older; returns
    the ones built. For the set-up and the installer, which may write into the checkout."""
    folder = folder or catalog_dir()
    built = []
    for ts in sorted(folder.glob("*/*.ts")):
        qm = ts.with_suffix(".qm")
        if not _fresh(qm, ts):
            compile_catalog(ts, qm)
            built.append(qm)
    return built


def catalogs_for(language: str, folder: Path | None = None,
                 cache: Path | None = None) -> list[Path]:
    """The ``.qm`` files to load for ``language``: the built ones beside their ``.ts``, and for
    a ``.ts`` without an up-to-date ``.qm`` one built now into ``cache`` (kept by content, so
    it is built once). A catalog that cannot be built is left out with a log line."""
    folder = (folder or catalog_dir()) / language
    if not folder.is_dir():
        return []
    found = []
    sources = sorted(folder.glob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if _fresh(qm, ts):
            found.append(qm)
            continue
        if cache is None:
            from app.core.paths import cache_dir

            cache = cache_dir() / "i18n"
        digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
        cached = cache / language / f"{ts.stem}-{digest}.qm"
        if not cached.is_file():
            try:
                compile_catalog(ts, cached)
            except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
                if qm.is_file():  # an older build still beats English
                    found.append(qm)
                    continue
                log.warning("The %s catalog %s is not built and cannot be built here (%s)",
                            language, ts.name, exc)
                continue
        found.append(cached)
    # A bundle carries only the .qm files.
    found += [qm for qm in sorted(folder.glob("*.qm"))
              if not qm.with_suffix(".ts").is_file()]
    return found


def _qt_translations() -> list[Path]:
    """Where Qt's own catalogs (qtbase_de.qm …) are: Qt's path, else PySide6's folder."""
    import PySide6

    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).parent / "Qt" / "translations"]


def remove_translators() -> None:
    """Back to the English source strings."""
    global _active
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    _active = SOURCE_LANGUAGE


def install_language(setting: str | None = None, system: Iterable[str] | None = None,
                     *, folder: Path | None = None) -> str:
    """Install the translators for the chosen language; returns its code (``en``: none).

    Call after the QApplication exists and before any window is built (widgets take their
    text when they are made). ``setting`` is Settings' language ("" follows ``system``, the
    system's languages by default)."""
    global _active
    language = choose_language(setting, system_languages() if system is None else system)
    remove_translators()
    _active = language
    if language not in TRANSLATED:
        return language
    loaded = 0
    for qm in catalogs_for(language, folder):
        translator = QTranslator()
        if translator.load(str(qm)) and QCoreApplication.installTranslator(translator):
            _installed.append(translator)
            loaded += 1
        else:
            log.warning("Could not load the catalog %s", qm)
    if not loaded:
        log.warning("No %s translation is installed (resources/i18n/%s has no catalog); "
                    "the window stays in English", language, language)
    qt_own = QTranslator()
    locale = QLocale(language)
    for path in _qt_translations():
        if qt_own.load(locale, "qtbase", "_", str(path)):
            QCoreApplication.installTranslator(qt_own)
            _installed.append(qt_own)
            break
    return language


def core_text(template: str | None, params: Mapping[str, object] | None,
              english: str) -> str:
    """A core text in the interface language: ``template`` (marked in app/core under the
    context "core") translated and formatted with ``params``; ``english`` when there is no
    template, no translation, or a translation that does not format. Never raises."""
    if not template:
        return english
    translated = QCoreApplication.translate(CORE_CONTEXT, template)
    if not translated or translated == template:
        return english
    try:
        return translated.format(**{name: _param_text(value)
                                    for name, value in (params or {}).items()})
    except (KeyError, IndexError, ValueError, AttributeError):
        log.warning("The %s translation of %r does not format; showing English",
                    _active, template)
        return english


def _param_text(value: object) -> object:
    """A parameter that is a core text itself (a nested message, a marked word) translated;
    names, paths and numbers as they are."""
    if isinstance(value, CoreText):
        return core_text(value.template, value.params, str(value))
    if isinstance(value, str) and _GROUPED.fullmatch(value):  # "12,345" tokens: 12.345 in de
        return QLocale(_active).toString(int(value.replace(",", "")))
    if isinstance(value, str) and value:
        return QCoreApplication.translate(CORE_CONTEXT, value)
    return value


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def error_text(error: BaseException | str) -> str:
    """What the window shows for an error (or a core message): a :class:`HearthError` made
    from a template in the interface language, its hint too; anything else as it reads."""
    if isinstance(error, CoreText):
        return core_text(error.template, error.params, str(error))
    if isinstance(error, str):
        return core_text(error, None, error)
    if not isinstance(error, HearthError):
        return str(error)
    message = core_text(error.template, error.params, error.message)
    if not error.hint:
        return message
    return f"{message} {core_text(error.hint_template, error.params, error.hint)}"


def main(argv: list[str] | None = None) -> int:
    """Build the ``.qm`` catalogs beside their ``.ts`` (the set-up's and installer's step)."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else catalog_dir()
    try:
        built = build_catalogs(folder)
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        print(f"Translations not built: {exc}", file=sys.stderr)
        return 1
    total = len(list(folder.glob("*/*.qm")))
    print(f"Translations: {len(built)} catalogs built, {total} ready in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
