"""Start the window: QApplication, the store, settings and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.core.errors import HearthError
from app.core.paths import data_dir
from app.core.settings import load_settings
from app.core.store import ConversationStore
from app.resources import resource_path
from app.ui.i18n import install_language

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once; the OS decides light or dark (Qt follows it)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Hearth")
    app.setApplicationDisplayName("Hearth")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Hearth")
    app.setDesktopFileName("hearth")
    icon = resource_path("icons", "hearth.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_store() -> ConversationStore:
    store = ConversationStore(data_dir() / "conversations.sqlite3")
    recovered = store.recover_interrupted()
    if recovered:
        log.info("Recovered %d answers interrupted by a crash", recovered)
    return store


def run_app(model_file: Path | None = None) -> int:
    """Open the window and run until it is closed; ``model_file`` (a GGUF opened from the
    file manager) is loaded instead of the last model."""
    from app.ui.main_window import MainWindow
    from app.ui.platform_check import xcb_problem

    problem = xcb_problem()  # before Qt aborts the process on a missing X11 library
    if problem is not None:
        print(f"hearth: {problem}", file=sys.stderr)
        return 1
    app = create_application()
    settings = load_settings()
    install_language(settings.language)  # before any widget takes its text
    try:
        store = open_store()
    except HearthError as exc:
        QMessageBox.critical(None, QCoreApplication.translate(
            "main", "Hearth cannot open your conversations"), str(exc))
        return 1
    if model_file is not None:
        settings.model = str(model_file.resolve())
    window = MainWindow(store, settings)
    window.show()
    code = app.exec()
    store.close()
    return code
