"""Settings ▸ Local server: a switch for the OpenAI-compatible API, its address, its state.

The server lives in :class:`ServerController`, one per application (it outlives the Settings
dialog): uvicorn runs on its own thread and every request on another, so the window never
waits for it. Binding the port is immediate; stopping (which waits for cancelled requests to
end and frees the models) runs on a worker thread. The server loads its own copy of a model
when a request names one, so the window's chats and the server's requests never wait for each
other; when the window's engine takes concurrent requests (BatchedEngine), :attr:`shared`
lends it to the server instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.engine.base import Engine
from app.core.server import DEFAULT_HOST, DEFAULT_PORT


class ServerController(QObject):
    """Starts and stops the local server off the GUI thread and reports its state."""

    state_changed = Signal(str)  # "stopped", "starting", "running", "stopping", "error"
    requests_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, port: int = DEFAULT_PORT) -> None:
        super().__init__(parent)
        self.port = port
        self.state = "stopped"
        self.error = ""
        self.server = None  # app.core.server.runner.LocalServer while running
        self._requests = 0
        self._stopper: QObject | None = None
        # The window's engine, when it can answer the server's requests too (BatchedEngine):
        # ``shared(path)`` returns it for its model, else None (the server loads its own).
        self.shared: Callable[[Path], Engine | None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._poll)

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else \
            f"http://{DEFAULT_HOST}:{self.port}/v1"

    @property
    def active_requests(self) -> int:
        return self.server.state.active if self.server is not None else 0

    def _set_state(self, state: str, error: str = "") -> None:
        self.state, self.error = state, error
        self.state_changed.emit(state)

    def start(self) -> None:
        """Listen on 127.0.0.1 (this computer only); models load when requests name them."""
        if self.state in ("running", "starting", "stopping"):
            return
        from app.core.errors import HearthError
        from app.core.server.models import ModelHost
        from app.core.server.runner import LocalServer, ServerConfig
        from app.core.settings import load_settings

        try:
            host = ModelHost(default_model=load_settings().model, shared=self.shared)
            self.server = LocalServer(host, ServerConfig(host=DEFAULT_HOST, port=self.port))
            self.server.start(timeout_s=0)
        except HearthError as exc:
            self.server = None
            self._set_state("error", str(exc))
            return
        self._set_state("starting")
        self._timer.start()

    def stop(self) -> None:
        """Stop serving; running requests are cancelled. Returns at once."""
        if self.server is None or self.state == "stopping":
            return
        from app.ui.workers import CallWorker

        server = self.server
        self._set_state("stopping")
        worker = CallWorker(server.stop, self)
        worker.finished.connect(self._stopped)
        worker.finished.connect(worker.deleteLater)
        self._stopper = worker
        worker.start()

    def stop_now(self) -> None:
        """Stop and wait (the application is quitting)."""
        if self.server is not None and self.state != "stopping":
            self.server.stop()
            self._stopped()

    def _stopped(self) -> None:
        self.server = None
        self._stopper = None
        self._timer.stop()
        self._requests = 0
        self.requests_changed.emit(0)
        self._set_state("stopped")

    def _poll(self) -> None:
        server = self.server
        if server is None:
            return
        if self.state == "starting" and server.started:
            self._set_state("running")
        count = server.state.active
        if count != self._requests:
            self._requests = count
            self.requests_changed.emit(count)


_controller: ServerController | None = None


def server_controller() -> ServerController:
    """The application's one server controller (stopped when the application quits)."""
    global _controller
    app = QCoreApplication.instance()
    if _controller is None or _controller.parent() is not app:
        _controller = ServerController(app)
        if app is not None:
            app.aboutToQuit.connect(_controller.stop_now)
    return _controller


class ServerPanel(QWidget):
    """The switch, the address to copy, the state and the requests being served."""

    def __init__(self, controller: ServerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "Serve the installed models over the OpenAI API, for editors, agents and scripts "
            "on this computer (127.0.0.1 only; use <code>hearth serve</code> for more)."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.switch = QCheckBox(self.tr("Serve the OpenAI-compatible API"))
        self.switch.setChecked(controller.state in ("running", "starting"))
        self.switch.toggled.connect(self._toggled)
        form.addRow(self.tr("Local server:"), self.switch)
        address_row = QHBoxLayout()
        self.address = QLineEdit(controller.url)
        self.address.setReadOnly(True)
        address_row.addWidget(self.address, 1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy_address)
        address_row.addWidget(self.copy_button)
        form.addRow(self.tr("Address:"), address_row)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        form.addRow(self.tr("State:"), self.state_label)
        self.requests_label = QLabel()
        form.addRow(self.tr("Requests:"), self.requests_label)
        controller.state_changed.connect(self._show_state)
        controller.requests_changed.connect(self._show_requests)
        self._show_state(controller.state)
        self._show_requests(controller.active_requests)

    def _toggled(self, on: bool) -> None:
        if on:
            self.controller.start()
        else:
            self.controller.stop()

    def copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self.address.text())

    def _show_state(self, state: str) -> None:
        text = self._state_text(state)
        self.state_label.setText(text)
        self.address.setText(self.controller.url)
        running = state in ("running", "starting")
        if self.switch.isChecked() != running and state != "stopping":
            self.switch.blockSignals(True)
            self.switch.setChecked(running)
            self.switch.blockSignals(False)
        self.switch.setEnabled(state != "stopping")

    def _state_text(self, state: str) -> str:
        """The controller's state in words (its error sentence, from the core, stays as is)."""
        if state == "error":
            return self.tr("Not started: {reason}").format(reason=self.controller.error)
        return {
            "stopped": self.tr("Stopped"),
            "starting": self.tr("Starting…"),
            "running": self.tr("Running: other programs on this computer can use Hearth's "
                               "models"),
            "stopping": self.tr("Stopping…"),
        }.get(state, state)

    def _show_requests(self, count: int) -> None:
        self.requests_label.setText(self.tr("none being answered") if count == 0 else
                                    self.tr("%n being answered", "", count))
