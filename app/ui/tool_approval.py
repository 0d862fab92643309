"""Tools in the window: the approval dialog, tool-call cards, and the per-chat tools dialog.

:class:`ToolApprovalDialog` shows the exact call - tool, what it does, whether it can change
things, every argument - and answers once, always for this tool (not offered for tools that
always ask), or deny (also Escape). :class:`GuiAsker` lets the tool loop, which runs on a
worker thread, ask through that dialog on the GUI thread and wait for the answer.
:class:`ToolsController` is the window's hook: it keeps each chat's tool choices, runs a reply
with tools (a :class:`ToolChatSession` on a :class:`StreamWorker`) and shows each call as a
card. MCP tools come from the servers of ``mcp.json`` (Tools ▸ MCP servers); their dialog and
cards name the server and its tool.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.engine.base import CancelToken, TokenEvent
from app.core.errors import HearthError
from app.core.safety.guarded import GuardEvent
from app.core.tools.approval import ApprovalPolicy, Approver, Decision
from app.core.tools.base import Tool, ToolCall
from app.core.tools.budget import budget_for_context, fit_tools
from app.core.tools.catalog import BUILTIN_GROUPS, ToolEnvironment, select_tools
from app.core.tools.loop import (
    AssistantTurn,
    ToolLoop,
    ToolLoopDone,
    ToolResult,
    ToolRoundStarted,
)
from app.core.tools.prompt import PYTHON_TAG
from app.core.tools.session import ToolChatSession, ToolPrefs, load_tool_prefs, save_tool_prefs
from app.core.tools.user_tools import load_user_tools
from app.ui.i18n import error_text

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.core.engine.base import Engine, Stats
    from app.core.safety.guarded import GuardService
    from app.core.settings import Settings
    from app.core.store import ConversationStore
    from app.ui.chat_view import ChatView
    from app.ui.workers import StreamWorker

__all__ = [
    "GuiAsker",
    "ToolApprovalDialog",
    "ToolsController",
    "ToolsDialog",
    "call_turn_markdown",
    "status_text",
    "tool_card_markdown",
]


def status_text(status: str) -> str:
    """A tool call's status (``ok``, ``denied``…) in the window's language."""
    known = {"ok": QCoreApplication.translate("ToolApprovalDialog", "ok", "tool call status"),
             "error": QCoreApplication.translate("ToolApprovalDialog", "error",
                                                 "tool call status"),
             "denied": QCoreApplication.translate("ToolApprovalDialog", "denied",
                                                  "tool call status"),
             "cancelled": QCoreApplication.translate("ToolApprovalDialog", "cancelled",
                                                     "tool call status"),
             "skipped": QCoreApplication.translate("ToolApprovalDialog", "skipped",
                                                   "tool call status")}
    return known.get(status, status)


# -- cards ------------------------------------------------------------------------------------


def tool_card_markdown(record: dict[str, Any]) -> str:
    """A tool call as the chat shows it: the call, its status and duration, the result."""
    call = ToolCall(record.get("name") or "?", record.get("arguments") or {}).display()
    status = record.get("status", "")
    duration = record.get("duration_ms") or 0
    head = QCoreApplication.translate("ToolApprovalDialog", "**Tool** `{call}` — {status}"
                                      ).format(call=call, status=status_text(status))
    if record.get("origin"):
        head += f" · {record['origin']}"
    if status == "ok":
        head += f" · {duration:.0f} ms"
        body = json.dumps(record.get("result"), ensure_ascii=False, indent=1, default=str)
        if len(body) > 1500:
            body = body[:1500] + "\n…"
        return f"{head}\n\n```json\n{body}\n```"
    return f"{head}\n\n{record.get('error') or ''}"


def call_turn_markdown(content: str, calls: list[dict[str, Any]] | None) -> str:
    """The model's call turn, shown as the calls it asked for instead of raw syntax."""
    if not calls:
        return content.removeprefix(PYTHON_TAG)
    return QCoreApplication.translate("ToolApprovalDialog", "Calling {calls}").format(
        calls=", ".join(f"`{ToolCall(c.get('name', '?'), c.get('arguments') or {}).display()}`"
                        for c in calls))


def display_text(role: str, content: str, stats: dict[str, Any] | None) -> str:
    """What the chat shows for a stored message (tool turns as cards)."""
    if role == "ipython" and stats and isinstance(stats.get("tool_call"), dict):
        return tool_card_markdown(stats["tool_call"])
    if role == "assistant" and (content.startswith(PYTHON_TAG) or (stats or {}).get(
            "tool_calls")):
        return call_turn_markdown(content, (stats or {}).get("tool_calls"))
    return content


# -- approval ---------------------------------------------------------------------------------


class ToolApprovalDialog(QDialog):
    """Asks the person about one call, showing exactly what would run."""

    def __init__(self, call: ToolCall, tool: Tool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Allow this tool call?"))
        self.setModal(True)
        self._decision = Decision.DENY
        layout = QVBoxLayout(self)
        effect = tool.effect or (
            self.tr("It only reads information.") if tool.read_only else
            self.tr("It can change things on this computer or open other programs."))
        lines = [self.tr("The model wants to run <b>{tool}</b>: {description}").format(
            tool=_escape(tool.name), description=_escape(tool.description))]
        if tool.origin:
            lines.append(self.tr("From <b>{origin}</b>.").format(origin=_escape(tool.origin)))
        lines.append(_escape(effect))
        intro = QLabel("<br>".join(lines))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        self.call_text = QPlainTextEdit(call.display())
        self.call_text.setReadOnly(True)
        self.call_text.setMaximumHeight(60)
        layout.addWidget(self.call_text)
        layout.addWidget(QLabel(self.tr("Arguments:")))
        self.arguments_text = QPlainTextEdit(
            json.dumps(call.arguments, ensure_ascii=False, indent=2))
        self.arguments_text.setReadOnly(True)
        layout.addWidget(self.arguments_text)
        buttons = QDialogButtonBox(self)
        self.once_button = buttons.addButton(self.tr("Allow once"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.always_button = buttons.addButton(
            self.tr("Always allow {tool}").format(tool=tool.name),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.always_button.setVisible(not tool.always_ask)
        self.deny_button = buttons.addButton(self.tr("Deny"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.deny_button.setDefault(True)  # Enter must not approve by accident
        self.once_button.clicked.connect(lambda: self._finish(Decision.ONCE))
        self.always_button.clicked.connect(lambda: self._finish(Decision.ALWAYS))
        self.deny_button.clicked.connect(lambda: self._finish(Decision.DENY))
        layout.addWidget(buttons)
        self.resize(480, 320)

    def _finish(self, decision: Decision) -> None:
        self._decision = decision
        if decision is Decision.DENY:
            self.reject()
        else:
            self.accept()

    @property
    def decision(self) -> Decision:
        return self._decision


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class GuiAsker(QObject):
    """``ask(call, tool)`` for a worker thread: shows the dialog on the GUI thread, waits.

    While it waits it watches the reply's cancel token, so Stop (or closing the window) ends
    the wait with a denial instead of a hang, and closes the dialog.
    """

    _asked = Signal(object, object, object)
    _dismiss = Signal()

    def __init__(self, parent: QWidget | None = None,
                 dialog_factory: Callable[[ToolCall, Tool, QWidget | None], Any] | None = None
                 ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._factory = dialog_factory or ToolApprovalDialog
        self._asked.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._dismiss.connect(self._close_current, Qt.ConnectionType.QueuedConnection)
        self._current: Any = None
        self.cancel: CancelToken | None = None

    def ask(self, call: ToolCall, tool: Tool) -> Decision:
        box: dict[str, Decision] = {}
        done = threading.Event()
        self._asked.emit(call, tool, (box, done))
        while not done.wait(0.05):
            if self.cancel is not None and self.cancel.cancelled:
                done.set()  # a dialog not shown yet will not be
                self._dismiss.emit()
                return Decision.DENY
        return box.get("decision", Decision.DENY)

    @Slot(object, object, object)
    def _show(self, call: ToolCall, tool: Tool, reply: tuple[dict[str, Decision],
                                                             threading.Event]) -> None:
        box, done = reply
        try:
            if done.is_set():
                return
            dialog = self._factory(call, tool, self._parent)
            self._current = dialog
            dialog.exec()
            box["decision"] = dialog.decision
        finally:
            self._current = None
            done.set()

    @Slot()
    def _close_current(self) -> None:
        if self._current is not None:
            self._current.reject()


# -- choosing tools for a chat ----------------------------------------------------------------


class ToolsDialog(QDialog):
    """Which tools this chat may use, which calls run without asking, which folders."""

    def __init__(self, prefs: ToolPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tools for this chat"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The model may call these tools in this chat:")))
        self.boxes: dict[str, QCheckBox] = {}
        groups = self._group_texts()
        for group, what in BUILTIN_GROUPS.items():
            box = QCheckBox(self.tr("{group} — {what}").format(
                group=group, what=groups.get(group, what)))
            box.setChecked(group in prefs.enabled)
            self.boxes[group] = box
            layout.addWidget(box)
        try:
            user_specs = load_user_tools()
        except HearthError as exc:
            user_specs = []
            layout.addWidget(QLabel(str(exc)))
        servers, problem = _mcp_servers()
        if problem:
            layout.addWidget(QLabel(problem))
        for name, target in servers:
            box = QCheckBox(self.tr("MCP server {name} — {target}").format(
                name=name, target=target))
            box.setChecked(f"mcp:{name}" in prefs.enabled)
            self.boxes[f"mcp:{name}"] = box
            layout.addWidget(box)
        for spec in user_specs:
            box = QCheckBox(self.tr("{name} — {description} (your tool)").format(
                name=spec.name, description=spec.description))
            box.setChecked(spec.name in prefs.enabled and spec.enabled)
            box.setEnabled(spec.enabled)
            if not spec.enabled:
                box.setToolTip(self.tr("Disabled: turn it on in Settings ▸ My tools first."))
            self.boxes[spec.name] = box
            layout.addWidget(box)
        form = QFormLayout()
        self.policy = QComboBox()
        policies = {
            ApprovalPolicy.ASK: self.tr("Ask before every tool call"),
            ApprovalPolicy.READ_ONLY: self.tr("Run read-only tools without asking"),
            ApprovalPolicy.ALL: self.tr("Run every tool without asking (opening files and "
                                        "links still asks)"),
        }
        for policy, label in policies.items():
            self.policy.addItem(label, policy.value)
        self.policy.setCurrentIndex(max(0, self.policy.findData(prefs.policy)))
        form.addRow(self.tr("Approval:"), self.policy)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Folders the file tools may read:")))
        self.folders = QListWidget()
        self.folders.addItems(prefs.folders)
        layout.addWidget(self.folders)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add folder…"))
        add.clicked.connect(self._add_folder)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: [self.folders.takeItem(self.folders.row(i))
                                        for i in self.folders.selectedItems()])
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        self.always = list(prefs.always)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _group_texts(self) -> dict[str, str]:
        """What each built-in tool group does, in the window's language."""
        return {
            "calculator": self.tr("a safe calculator"),
            "time": self.tr("the current date and time, time zones"),
            "units": self.tr("unit conversion"),
            "files": self.tr("list, search and read files in approved folders"),
            "system": self.tr("memory, disk and battery"),
            "open": self.tr("open a link or file with the default app (always asks)"),
        }

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder the file tools may read"))
        if folder:
            self.folders.addItem(folder)

    def prefs(self) -> ToolPrefs:
        folders = [self.folders.item(i).text() for i in range(self.folders.count())]
        return ToolPrefs(enabled=[name for name, box in self.boxes.items() if box.isChecked()],
                         policy=str(self.policy.currentData()), always=self.always,
                         folders=folders)


def _mcp_servers() -> tuple[list[tuple[str, str]], str | None]:
    """Enabled MCP servers (name, what it runs) for the per-chat choice, or why there are
    none (a broken mcp.json)."""
    from app.core.tools.mcp.config import load_mcp_config

    try:
        return [(s.name, s.describe()) for s in load_mcp_config() if s.enabled], None
    except HearthError as exc:
        return [], str(exc)


# -- the window's hook ------------------------------------------------------------------------


class ToolsHost(Protocol):
    """What :class:`ToolsController` needs of the window that owns it, which passes itself (a
    QWidget too: the dialogs open over it). The controller never imports that window."""

    reply_finished: SignalInstance  # Stats, or None when the reply failed
    store: ConversationStore
    settings: Settings
    guard: GuardService
    chat_view: ChatView

    @property
    def conversation_id(self) -> int | None: ...
    @property
    def engine(self) -> Engine | None: ...
    @property
    def model_path(self) -> Path | None: ...
    def new_conversation(self) -> int: ...
    def refresh_conversations(self) -> None: ...
    def show_notice(self, message: str) -> None: ...
    def hide_notice(self) -> None: ...
    def run_reply(self, worker: StreamWorker) -> None: ...
    def is_current_reply(self, worker: object) -> bool: ...


class ToolsController(QObject):
    """Runs replies with tools for the main window; the window asks :meth:`enabled_for`."""

    notice = Signal(str)  # from the worker: an MCP server that failed, tools left out

    def __init__(self, window: ToolsHost, *, format_stats: Callable[[Stats], str]) -> None:
        super().__init__(window)
        self.window = window
        self.format_stats = format_stats  # the line under an answer, as the window words it
        self.asker = GuiAsker(window)
        self.mcp_manager: Any = None  # None: the process's manager (Hearth's mcp.json)
        self.notice.connect(window.show_notice, Qt.ConnectionType.QueuedConnection)
        self._approver: Approver | None = None
        self._conversation: int | None = None

    def enabled_for(self, conversation_id: int | None) -> bool:
        return conversation_id is not None and bool(load_tool_prefs(conversation_id).enabled)

    def configure(self) -> None:
        """The Tools dialog for the current chat (creating the chat if needed)."""
        window = self.window
        if window.conversation_id is None:
            window.new_conversation()
        conv = window.conversation_id
        assert conv is not None
        dialog = ToolsDialog(load_tool_prefs(conv), window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            prefs = dialog.prefs()
            if "files" in prefs.enabled and not prefs.folders:
                window.show_notice(
                    self.tr("The file tools need at least one folder; they stay off."))
                prefs.enabled.remove("files")
            save_tool_prefs(conv, prefs)

    def open_mcp_servers(self) -> Any:
        """Tools ▸ MCP servers."""
        from app.ui.mcp_servers import McpServersDialog

        dialog = McpServersDialog(self.mcp_manager, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def start_reply(self, text: str | None) -> bool:
        """Answer ``text`` (None: the last question again) with this chat's tools."""
        from app.ui.workers import StreamWorker

        window = self.window
        conv = window.conversation_id
        if conv is None or window.engine is None:
            return False
        # Settings ▸ Safety applies to chats with tools as to plain ones.
        engine = window.guard.wrap(window.engine, window.settings.guard_policy())
        prefs = load_tool_prefs(conv)
        env = ToolEnvironment(allowed_dirs=prefs.folders, mcp=self.mcp_manager)
        uses_mcp = any(name.startswith("mcp:") for name in prefs.enabled)
        try:
            # MCP servers may take seconds to start: they are started on the worker
            registry = None if uses_mcp else select_tools(prefs.enabled, env)
            if text is None:
                self._drop_last_answer(conv)
        except HearthError as exc:
            window.show_notice(error_text(exc))
            return False
        approver = Approver(prefs.policy, self.asker.ask, prefs.always)
        sampling = window.settings.sampling()
        session = ToolChatSession(window.store)
        question = text if text is not None else next(
            (m.content for m in reversed(window.store.messages(conv)) if m.role == "user"), "")

        def make_loop() -> ToolLoop:
            chosen = registry if registry is not None else select_tools(prefs.enabled, env)
            for line in env.notices:
                self.notice.emit(line)
            n_ctx = getattr(getattr(engine, "info", None), "n_ctx", 4096) or 4096
            count = getattr(engine, "count_tokens", None)
            fitted = fit_tools(chosen, question, budget_for_context(int(n_ctx)),
                               count if callable(count) else None)
            if fitted.notice():
                self.notice.emit(fitted.notice() or "")
            return ToolLoop(engine, fitted.registry, approver, sampling=sampling)
        window.hide_notice()
        if text is not None:
            window.chat_view.add_message("user", text)
        else:
            window.chat_view.remove_trailing("assistant")
        self._approver, self._conversation = approver, conv
        model = str(window.model_path or "")

        class _StartsServers:
            """Builds the loop when the reply starts, after the question is saved: starting
            MCP servers takes time and may fail, and the question must not be lost then."""

            def run(self, history: Any, cancel: CancelToken) -> Any:
                return make_loop().run(history, cancel)

        def job(cancel: CancelToken) -> Any:
            self.asker.cancel = cancel
            return session.run(conv, text, _StartsServers(), cancel,  # type: ignore[arg-type]
                               model=model)

        worker = StreamWorker(job, window)
        worker.event.connect(self._on_event)
        window.run_reply(worker)
        window.refresh_conversations()
        return True

    def _drop_last_answer(self, conv: int) -> None:
        stored = self.window.store.messages(conv)
        last_user = max((i for i, m in enumerate(stored) if m.role == "user"), default=None)
        if last_user is None:
            raise HearthError(self.tr("There is no question to answer again."))
        if last_user + 1 < len(stored):
            self.window.store.delete_messages_from(stored[last_user + 1].id)

    @Slot(object)
    def _on_event(self, event: object) -> None:
        window = self.window
        if not window.is_current_reply(self.sender()):
            return
        view = window.chat_view
        if isinstance(event, ToolRoundStarted):
            view.begin_stream()
        elif isinstance(event, TokenEvent):
            view.append_stream(event.text)
        elif isinstance(event, AssistantTurn):
            widget = view.last_message()
            if event.calls and not event.final:
                view.end_stream("")
                if widget is not None:
                    widget.set_text(call_turn_markdown(event.message.content, [
                        {"name": c.name, "arguments": c.arguments} for c in event.calls]))
            else:
                view.end_stream(self.tr("stopped") if event.status == "cancelled"
                                else self.format_stats(event.stats))
        elif isinstance(event, ToolResult):
            record = event.record.as_dict()
            view.add_message("ipython", tool_card_markdown(record),
                             error=event.record.status not in ("ok",),
                             status="" if event.record.status == "ok"
                             else status_text(event.record.status))
        elif isinstance(event, GuardEvent):
            window.show_notice(event.message)
            if event.action == "blocked" and self._conversation is not None:
                # The blocked question is kept and shown, but not sent again with later ones.
                stored = window.store.messages(self._conversation)
                question = next((m for m in reversed(stored) if m.role == "user"), None)
                if question is not None:
                    window.store.update_message(question.id, status="error")
        elif isinstance(event, ToolLoopDone):
            if self._approver is not None and self._conversation is not None:
                prefs = load_tool_prefs(self._conversation)
                prefs.always = sorted(self._approver.always_allowed)
                save_tool_prefs(self._conversation, prefs)
            window.reply_finished.emit(event.stats)
