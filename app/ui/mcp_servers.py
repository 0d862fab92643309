"""Tools ▸ MCP servers: the servers of ``mcp.json``, on/off, state, tools and stderr log.

Starting a server (a process, or a connection to a URL) happens on a worker thread; state
changes reported by the connection on the MCP runtime's thread reach the dialog through a
queued signal. Importing from Claude Desktop or LM Studio shows what was found and imports only
what the person ticks.
"""

from __future__ import annotations

import contextlib
import json
import shlex
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.tools.mcp.bridge import approval_flags
from app.core.tools.mcp.client import McpConnection, ServerState
from app.core.tools.mcp.config import (
    DEFAULT_TIMEOUT_S,
    McpServerConfig,
    move_secrets_to_keychain,
    parse_pasted_servers,
    read_external_servers,
    remove_server,
    save_server,
    server_from_json,
    set_server_enabled,
)
from app.core.tools.mcp.manager import McpManager, default_manager

__all__ = ["McpImportDialog", "McpPasteDialog", "McpServerEditDialog", "McpServersDialog"]


def _pairs(text: str, problem: str) -> dict[str, str]:
    """``NAME=VALUE`` lines as a dict; HearthError(``problem``) for a line that is not one."""
    out = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise HearthError(problem)
        out[key.strip()] = value.strip()
    return out


class McpServerEditDialog(QDialog):
    """Add or edit one server: a program to start (stdio) or a URL (streamable HTTP)."""

    def __init__(self, server: McpServerConfig | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MCP server"))
        form = QFormLayout(self)
        self.name = QLineEdit(server.name if server else "")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("A program on this computer (stdio)"), "stdio")
        self.kind.addItem(self.tr("A web address (streamable HTTP)"), "http")
        self.command = QLineEdit(server.command or "" if server else "")
        self.command.setPlaceholderText("uvx")
        self.args = QLineEdit(shlex.join(server.args) if server else "")
        self.args.setPlaceholderText("mcp-server-time --local-timezone Europe/Paris")
        self.cwd = QLineEdit(server.cwd or "" if server else "")
        self.url = QLineEdit(server.url or "" if server else "")
        self.url.setPlaceholderText("http://127.0.0.1:8000/mcp")
        self.env = QPlainTextEdit("\n".join(f"{k}={v}" for k, v in (server.env if server
                                                                      else {}).items()))
        self.env.setPlaceholderText(self.tr("NAME=VALUE, one a line"))
        self.env.setMaximumHeight(70)
        self.headers = QPlainTextEdit("\n".join(f"{k}={v}" for k, v in (
            server.headers if server else {}).items()))
        self.headers.setPlaceholderText("Authorization=Bearer …")
        self.headers.setMaximumHeight(70)
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(1, 3600)
        self.timeout.setValue(server.timeout_s if server else DEFAULT_TIMEOUT_S)
        self.timeout.setSuffix(self.tr(" s", "seconds"))
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Program:"), self.command)
        form.addRow(self.tr("Arguments:"), self.args)
        form.addRow(self.tr("Folder:"), self.cwd)
        form.addRow(self.tr("Environment:"), self.env)
        form.addRow(self.tr("Address:"), self.url)
        form.addRow(self.tr("Headers:"), self.headers)
        form.addRow(self.tr("Call timeout:"), self.timeout)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(1 if server and server.url else 0)
        self._kind_changed()
        self._extra = dict(server.extra) if server else {}
        self._enabled = server.enabled if server else True

    def _kind_changed(self) -> None:
        http = self.kind.currentData() == "http"
        for widget in (self.command, self.args, self.cwd, self.env):
            widget.setEnabled(not http)
        for widget in (self.url, self.headers):
            widget.setEnabled(http)

    def server(self) -> McpServerConfig:
        """The server the form describes (HearthError with a sentence when it is not one)."""
        entry: dict[str, Any] = dict(self._extra)
        if self.kind.currentData() == "http":
            entry["url"] = self.url.text().strip()
            entry["headers"] = _pairs(self.headers.toPlainText(), self.tr(
                "Each line of the headers must look like NAME=VALUE."))
        else:
            entry["command"] = self.command.text().strip()
            try:
                entry["args"] = shlex.split(self.args.text())
            except ValueError as exc:
                raise HearthError(self.tr("The arguments cannot be read: {reason}.").format(
                    reason=exc)) from None
            entry["env"] = _pairs(self.env.toPlainText(), self.tr(
                "Each line of the environment must look like NAME=VALUE."))
            if self.cwd.text().strip():
                entry["cwd"] = self.cwd.text().strip()
        entry["timeout"] = self.timeout.value()
        if not self._enabled:
            entry["disabled"] = True
        return server_from_json(self.name.text().strip(), entry)

    def _accept(self) -> None:
        try:
            self.server()
        except HearthError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class McpImportDialog(QDialog):
    """The servers found in other apps' files; only the ticked ones are imported."""

    def __init__(self, found: list[tuple[str, Any, McpServerConfig]], taken: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import MCP servers"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These servers are set up in other apps. Tick the ones "
                                        "Hearth may start too:")))
        self.boxes: list[tuple[QCheckBox, McpServerConfig]] = []
        for app, path, server in found:
            name = server.name if server.name not in taken else \
                f"{app.split()[0].lower()}-{server.name}"
            box = QCheckBox(self.tr("{name} — {target}  (from {app}: {path})").format(
                name=name, target=server.describe(), app=app, path=path))
            layout.addWidget(box)
            self.boxes.append((box, replace(server, name=name)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[McpServerConfig]:
        return [server for box, server in self.boxes if box.isChecked()]


class McpPasteDialog(QDialog):
    """A box to paste another app's ``mcpServers`` block into."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste MCP servers"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste the \"mcpServers\" block from Claude Desktop, "
                                        "LM Studio, Cursor or VS Code:")))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText('{"mcpServers": {"time": {"command": "uvx", '
                                     '"args": ["mcp-server-time"]}}}')
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 320)


class _Bridge(QObject):
    """Carries a connection's change callback (MCP runtime thread) to the GUI thread."""

    changed = Signal(str)


class McpServersDialog(QDialog):
    """Every configured server: on/off, its state, its tools and what it wrote on stderr."""

    def __init__(self, manager: McpManager | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MCP servers"))
        self.manager = manager or default_manager()
        self._bridge = _Bridge(self)
        self._bridge.changed.connect(self._on_changed, Qt.ConnectionType.QueuedConnection)
        self._listening: dict[McpConnection, Any] = {}
        self._workers: list[Any] = []
        self.edit_dialog = McpServerEditDialog  # replaced by tests
        self.import_dialog = McpImportDialog
        self.paste_dialog = McpPasteDialog
        layout = QVBoxLayout(self)
        self.notice = QLabel("")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.servers = QListWidget()
        self.servers.currentItemChanged.connect(lambda *_: self._show_current())
        self.servers.itemChanged.connect(self._on_toggled)
        left_layout.addWidget(self.servers)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_server)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_server)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_servers)
        self.paste_button = QPushButton(self.tr("Paste JSON…"))
        self.paste_button.setToolTip(self.tr("Paste the mcpServers block of Claude Desktop, "
                                             "LM Studio, Cursor or VS Code"))
        self.paste_button.clicked.connect(self.paste_servers)
        for button in (self.add_button, self.edit_button, self.remove_button,
                       self.import_button, self.paste_button):
            row.addWidget(button)
        left_layout.addLayout(row)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.target = QLabel("")
        self.target.setWordWrap(True)
        self.target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        right_layout.addWidget(self.target)
        right_layout.addWidget(self.state)
        actions = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.clicked.connect(self.start_current)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop_current)
        self.keychain_button = QPushButton(self.tr("Move secrets to the keychain"))
        self.keychain_button.clicked.connect(self.move_secrets)
        for button in (self.start_button, self.stop_button, self.keychain_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        right_layout.addWidget(QLabel(self.tr("Tools:")))
        self.tools = QListWidget()
        right_layout.addWidget(self.tools, 2)
        right_layout.addWidget(QLabel(self.tr("Log (the server's stderr):")))
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        right_layout.addWidget(self.log, 2)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._refresh_log)
        self._timer.start(1000)
        self.resize(860, 560)
        self.reload()

    # -- the list -------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        current = select or self.current_name()
        self.servers.blockSignals(True)
        self.servers.clear()
        try:
            servers = self.manager.servers()
        except HearthError as exc:
            servers = []
            self.notice.setText(str(exc))
        for server in servers:
            item = QListWidgetItem(self._label(server))
            item.setData(Qt.ItemDataRole.UserRole, server.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if server.enabled
                               else Qt.CheckState.Unchecked)
            self.servers.addItem(item)
            if server.name == current:
                self.servers.setCurrentItem(item)
        self.servers.blockSignals(False)
        if self.servers.currentItem() is None and self.servers.count():
            self.servers.setCurrentRow(0)
        self._show_current()

    def _label(self, server: McpServerConfig) -> str:
        connection = self.manager.existing(server.name)
        state = connection.state if connection else ServerState.STOPPED
        return f"{server.name} — {self._state_word(state if server.enabled else 'off')}"

    def _state_word(self, state: str) -> str:
        """A server's state in one word for the list (``off``: turned off in mcp.json)."""
        return {ServerState.STOPPED: self.tr("stopped", "MCP server state"),
                ServerState.STARTING: self.tr("starting", "MCP server state"),
                ServerState.READY: self.tr("ready", "MCP server state"),
                ServerState.FAILED: self.tr("failed", "MCP server state"),
                "off": self.tr("off", "MCP server state")}.get(state, str(state))

    def current_name(self) -> str | None:
        item = self.servers.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_config(self) -> McpServerConfig | None:
        name = self.current_name()
        if name is None:
            return None
        try:
            return self.manager.server(name)
        except HearthError:
            return None

    def _watch(self, connection: McpConnection) -> None:
        if connection in self._listening:
            return

        def listener(c: McpConnection) -> None:
            self._bridge.changed.emit(c.name)

        self._listening[connection] = listener
        connection.add_listener(listener)

    @Slot(str)
    def _on_changed(self, name: str) -> None:
        for row in range(self.servers.count()):
            item = self.servers.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                with contextlib.suppress(HearthError):
                    item.setText(self._label(self.manager.server(name)))
        if name == self.current_name():
            self._show_current()

    def _show_current(self) -> None:
        config = self._current_config()
        self.tools.clear()
        has = config is not None
        for widget in (self.start_button, self.stop_button, self.keychain_button,
                       self.edit_button, self.remove_button):
            widget.setEnabled(has)
        if config is None:
            self.target.setText(self.tr("No MCP servers yet: Add… one, or Import… those of "
                                        "Claude Desktop or LM Studio."))
            self.state.setText("")
            self.log.clear()
            return
        target = self.tr("<b>{name}</b> — URL: {target}") if config.url else \
            self.tr("<b>{name}</b> — Program: {target}")
        self.target.setText(target.format(name=_escape(config.name),
                                          target=_escape(config.describe())))
        connection = self.manager.existing(config.name)
        if connection is not None:
            self._watch(connection)
        state = connection.state if connection else ServerState.STOPPED
        sentences = [self.tr("Turned off.") if not config.enabled else
                     self.tr("State: {state}.").format(state=self._state_word(state))]
        if connection is not None and connection.error:
            sentences.append(connection.error)  # the core's sentence, as it is
        secrets = config.secrets_in_file()
        if secrets:
            sentences.append(self.tr("{names} look secret and are still in mcp.json.").format(
                names=", ".join(secrets)))
        self.state.setText(" ".join(sentences))
        self.keychain_button.setEnabled(bool(secrets))
        self.start_button.setText(self.tr("Restart") if state is ServerState.READY
                                  else self.tr("Start"))
        self.start_button.setEnabled(config.enabled and state is not ServerState.STARTING)
        self.stop_button.setEnabled(state is ServerState.READY)
        if connection is not None:
            for info in connection.tools:
                flags = approval_flags(info)
                how = self.tr("{tool} — read-only") if flags.read_only else (
                    self.tr("{tool} — always asks") if flags.always_ask else
                    self.tr("{tool} — asks"))
                item = QListWidgetItem(how.format(tool=info.name))
                item.setToolTip(f"{info.description}\n\n{flags.effect}")
                item.setData(Qt.ItemDataRole.UserRole, info.name)
                self.tools.addItem(item)
        self._refresh_log()

    def _refresh_log(self) -> None:
        name = self.current_name()
        connection = self.manager.existing(name) if name else None
        text = connection.log_text(50_000) if connection is not None else ""
        if text != self.log.toPlainText():
            self.log.setPlainText(text)
            bar = self.log.verticalScrollBar()
            bar.setValue(bar.maximum())

    def tool_names(self) -> list[str]:
        return [self.tools.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.tools.count())]

    # -- actions ----------------------------------------------------------------------------

    def _on_toggled(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        enabled = item.checkState() == Qt.CheckState.Checked
        try:
            set_server_enabled(name, enabled, self.manager.path)
        except HearthError as exc:
            self.notice.setText(str(exc))
            return
        if not enabled:
            self.manager.stop(name)
        self.reload(name)

    def add_server(self) -> None:
        dialog = self.edit_dialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._save(dialog.server(), new=True)

    def edit_server(self) -> None:
        config = self._current_config()
        if config is None:
            return
        dialog = self.edit_dialog(config, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        server = dialog.server()
        if server.name != config.name:
            remove_server(config.name, self.manager.path)
            self.manager.forget(config.name)
        self._save(server, new=server.name != config.name)

    def _save(self, server: McpServerConfig, *, new: bool) -> None:
        try:
            save_server(server, self.manager.path, replace=not new)
        except HearthError as exc:
            self.notice.setText(str(exc))
            return
        self.notice.setText("")
        self.reload(server.name)
        if server.enabled:
            self.start_current()

    def remove_current(self) -> None:
        name = self.current_name()
        if name is None:
            return
        self.manager.forget(name)
        try:
            remove_server(name, self.manager.path)
        except HearthError as exc:
            self.notice.setText(str(exc))
        self.reload()

    def start_current(self) -> None:
        """Start (or restart) the selected server on a worker thread."""
        from app.ui.workers import CallWorker

        name = self.current_name()
        if name is None:
            return
        try:
            connection = self.manager.connection(name)
        except HearthError as exc:
            self.notice.setText(str(exc))
            return
        self._watch(connection)

        def start() -> None:
            connection.stop()
            connection.start()

        worker = CallWorker(start, self)
        worker.failed.connect(self.notice.setText)
        worker.finished.connect(lambda: self._on_changed(name))
        worker.finished.connect(lambda: self._workers.remove(worker)
                                if worker in self._workers else None)
        self._workers.append(worker)
        self.notice.setText(self.tr("Starting {name}…").format(name=name))
        worker.result.connect(lambda _v: self.notice.setText(""))
        worker.start()
        self._show_current()

    def stop_current(self) -> None:
        name = self.current_name()
        if name:
            self.manager.stop(name)
            self._on_changed(name)

    def move_secrets(self) -> None:
        name = self.current_name()
        if name is None:
            return
        try:
            moved = move_secrets_to_keychain(name, path=self.manager.path)
        except HearthError as exc:
            self.notice.setText(str(exc))
            return
        self.notice.setText(
            self.tr("Moved to the system keychain: {names}.").format(names=", ".join(moved))
            if moved else self.tr("Nothing that looks secret is left in mcp.json."))
        self._show_current()

    def import_servers(self) -> None:
        found = read_external_servers()
        if not found:
            self.notice.setText(self.tr("No MCP servers were found in Claude Desktop's or LM "
                                        "Studio's settings."))
            return
        taken = {s.name for s in self.manager.servers()}
        dialog = self.import_dialog(found, taken, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        done = []
        for server in dialog.chosen():
            try:
                save_server(server, self.manager.path, replace=False)
                done.append(server.name)
            except HearthError as exc:
                self.notice.setText(str(exc))
        if done:
            self.notice.setText(self.tr("Imported {names}.").format(names=", ".join(done)))
        self.reload()

    def paste_servers(self) -> None:
        dialog = self.paste_dialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_pasted(dialog.text.toPlainText())

    def add_pasted(self, text: str) -> list[str]:
        """Add the servers of a pasted ``mcpServers`` block (names already used are kept
        and reported)."""
        try:
            servers = parse_pasted_servers(text)
        except HearthError as exc:
            self.notice.setText(str(exc))
            return []
        taken = {s.name for s in self.manager.servers()}
        added, skipped = [], []
        for server in servers:
            if server.name in taken:
                skipped.append(server.name)
                continue
            save_server(server, self.manager.path, replace=False)
            added.append(server.name)
        sentences = [self.tr("Added {names}.").format(names=", ".join(added)) if added
                     else self.tr("Nothing was added.")]
        if skipped:
            sentences.append(self.tr("Already here, left as they are: {names}.").format(
                names=", ".join(skipped)))
        self.notice.setText(" ".join(sentences))
        self.reload(added[0] if added else None)
        return added

    def done(self, result: int) -> None:
        self._timer.stop()
        for connection, listener in self._listening.items():
            connection.remove_listener(listener)
        self._listening.clear()
        for worker in list(self._workers):
            worker.wait(35_000)
        super().done(result)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def server_json(server: McpServerConfig) -> str:
    """The server as an ``mcpServers`` block, for copying to another app."""
    return json.dumps({"mcpServers": {server.name: server.to_json()}}, indent=2)
