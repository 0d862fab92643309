"""Settings ▸ Servers: OpenAI-compatible servers whose models Hearth can use.

Add an address (and an optional API key, which goes straight to the keychain), test it (the
models it serves are listed), remove it. The list itself is applied with the other settings
(OK); reaching a server always happens off the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.settings import Settings

TEST_TIMEOUT_S = 15.0  # how long Test waits for a server's answer

# Server checks still running (kept alive until they finish, even if the dialog closes).
_WORKERS: set[QObject] = set()

class ServersPage(QWidget):
    """Edits a copy of the server list; ``servers`` is what OK applies."""

    tested = Signal(str, object)  # server name, ServerInfo or an error sentence

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = replace(settings, servers=[dict(e) for e in settings.servers])
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Models on a server run on <b>that computer</b>: your messages, documents and "
            "pictures are sent there. Hearth only connects to servers you add here, over https, "
            "or over plain http to this computer or your local network."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.server_list = QListWidget()
        self.server_list.currentItemChanged.connect(lambda *_: self._show_selected())
        layout.addWidget(self.server_list, 1)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("http://192.168.1.20:8000 or https://gpu.example.org"))
        form.addRow(self.tr("Address:"), self.url)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("optional; from the host name"))
        form.addRow(self.tr("Name:"), self.name)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("optional; kept in the system keychain"))
        form.addRow(self.tr("API key:"), self.key)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.clicked.connect(self.test_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        for b in (self.add_button, self.test_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.models = QListWidget()
        self.models.setMaximumHeight(120)
        layout.addWidget(self.models)
        self._refresh()

    @property
    def servers(self) -> list[dict[str, object]]:
        return [dict(e) for e in self._settings.servers]

    def _refresh(self, select: str | None = None) -> None:
        from app.core.models.servers import list_servers

        self.server_list.clear()
        for server in list_servers(self._settings):
            text = self.tr("{name} — {url} · API key in keychain") if server.api_key else \
                "{name} — {url}"
            item = QListWidgetItem(text.format(name=server.name, url=server.url))
            item.setData(Qt.ItemDataRole.UserRole, server.name)
            self.server_list.addItem(item)
            if server.name == select:
                self.server_list.setCurrentItem(item)
        has = self.server_list.count() > 0
        self.test_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _selected(self) -> str | None:
        item = self.server_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_selected(self) -> None:
        self.models.clear()
        self.status.clear()

    def add(self) -> None:
        """Add the typed address (the key goes to the keychain now), then test it."""
        from app.core.models.servers import add_server

        try:
            config = add_server(self._settings, self.url.text(),
                                name=self.name.text().strip() or None,
                                key=self.key.text() or None)
        except HearthError as exc:
            self.status.setText(str(exc))
            self.tested.emit("", str(exc))
            return
        self.url.clear()
        self.name.clear()
        self.key.clear()
        self._refresh(select=config.name)
        self.test(config.name)

    def test_selected(self) -> None:
        name = self._selected()
        if name:
            self.test(name)

    def test(self, name: str) -> None:
        """Reach the server off the GUI thread and list its models."""
        from app.core.models.servers import get_server, try_server
        from app.ui.workers import CallWorker

        try:
            config = get_server(self._settings, name)
        except HearthError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Reaching {url}…").format(url=config.url))
        self.models.clear()
        quick = replace(config, read_timeout=min(config.read_timeout, TEST_TIMEOUT_S))
        worker = CallWorker(lambda: try_server(quick))
        worker.result.connect(lambda info: self._tested(name, info))
        worker.failed.connect(lambda message: self._tested(name, message))
        _WORKERS.add(worker)
        worker.finished.connect(lambda: _WORKERS.discard(worker))
        worker.start()

    def _tested(self, name: str, outcome: object) -> None:
        from shiboken6 import isValid

        if not isValid(self):
            return
        self.models.clear()
        if isinstance(outcome, str):
            self.status.setText(outcome)
        else:
            count = len(outcome.models)  # type: ignore[attr-defined]
            self.status.setText(self.tr(
                "{name} answers ({kind}, {ms} ms) and serves %n model(s); they appear in the "
                "model list, marked as remote.", "", count).format(
                    name=name, kind=outcome.kind,  # type: ignore[attr-defined]
                    ms=f"{outcome.latency_ms:.0f}"))  # type: ignore[attr-defined]
            for model in outcome.models:  # type: ignore[attr-defined]
                self.models.addItem(f"{name}/{model.id}")
        self.tested.emit(name, outcome)

    def remove_selected(self) -> None:
        """Take the server off the list; OK forgets it (and its key)."""
        name = self._selected()
        if not name:
            return
        self._settings.servers = [e for e in self._settings.servers if e.get("name") != name]
        self.status.setText(self.tr("{name} will be forgotten, with its key, when you press "
                                    "OK.").format(name=name))
        self.models.clear()
        self._refresh()
