"""Hearth's main window: conversations on the left, the chat on the right.

It owns no logic of its own: conversations live in :class:`ConversationStore`, turns are run by
:class:`ChatSession` on a worker thread, models are loaded by ``load_engine`` on another.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.engine.base import (
    DoneEvent,
    Engine,
    LoadOptions,
    ProgressEvent,
    Stats,
    TokenEvent,
)
from app.core.engines import load_engine
from app.core.errors import HearthError, ModelFileError
from app.core.languages import system_prompt_for
from app.core.models.names import display_name
from app.core.models.registry import installed_models, starter_model_path
from app.core.safety.guarded import GuardEvent, GuardService
from app.core.session import ChatSession, PendingReply
from app.core.settings import Settings, save_settings
from app.core.store import ConversationStore
from app.core.vision.attachments import Attachments, latest_image
from app.ui import image_attach
from app.ui.chat_view import ChatView, apply_palette_styles
from app.ui.first_run import FirstRunBanner
from app.ui.i18n import active_language, error_text
from app.ui.summarize import SummarizeController
from app.ui.tool_approval import ToolsController, display_text
from app.ui.workers import CallWorker, StreamWorker

if TYPE_CHECKING:
    from app.ui.model_manager import ModelManager

log = logging.getLogger(__name__)

EngineLoader = Callable[[Path, LoadOptions], Engine]
OPEN_FILE_ITEM = QT_TRANSLATE_NOOP("MainWindow", "Open a GGUF file…")
LIST_TIMEOUT_S = 8.0  # how long listing a server's models may wait for it
translate = QCoreApplication.translate  # for module functions (lupdate reads the calls)
REMOTE = "remote:"  # picker data and settings.model of a model on a server


def is_remote(path: Path | str | None) -> bool:
    return path is not None and str(path).startswith(REMOTE)


class ChatInput(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


def draft_readout(stats: Stats) -> str:
    """The status-bar line for speculative decoding: how many drafted tokens were kept."""
    drafted, accepted = stats.drafted or 0, stats.accepted or 0
    share = f"{accepted / drafted:.0%}" if drafted else "–"
    text = translate("MainWindow", "Draft: {share} accepted ({accepted}/{drafted})").format(
        share=share, accepted=accepted, drafted=drafted)
    if stats.speedup:
        text += " · " + translate("MainWindow", "~{speedup}× plain").format(
            speedup=f"{stats.speedup:.1f}")
    return text


def format_stats(stats: Stats) -> str:
    """The line under an answer: speed first, since that is what people compare."""
    parts = []
    if stats.tokens_per_s:
        parts.append(translate("MainWindow", "{speed} tok/s").format(
            speed=f"{stats.tokens_per_s:.1f}"))
    parts.append(translate("MainWindow", "{n} tokens").format(n=stats.completion_tokens))
    parts.append(translate("MainWindow", "first token {ms} ms").format(
        ms=f"{stats.ttft_ms:.0f}"))
    if stats.dropped_messages:
        parts.append(translate("MainWindow", "{n} old messages left out to fit the context")
                     .format(n=stats.dropped_messages))
    if stats.stop_reason == "cancelled":
        parts.append(translate("MainWindow", "stopped"))
    elif stats.stop_reason == "length":
        parts.append(translate("MainWindow", "cut off at the length limit"))
    elif stats.stop_reason == "content_filter":
        parts.append(translate("MainWindow", "stopped by the safety check"))
    return " · ".join(parts)


class MainWindow(QMainWindow):
    """The window. Tests drive it through its public methods and widgets."""

    model_loaded = Signal(str)
    model_failed = Signal(str)
    reply_finished = Signal(object)  # Stats, or None when the reply failed
    notice_shown = Signal(str)
    remote_models_listed = Signal()

    def __init__(
        self,
        store: ConversationStore,
        settings: Settings,
        *,
        engine_loader: EngineLoader | None = None,
        autoload: bool = True,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.session = ChatSession(store)
        self._engine_loader = engine_loader or load_engine
        self._engine: Engine | None = None
        self._model_path: Path | None = None
        self._loader: CallWorker | None = None
        self._worker: StreamWorker | None = None
        self._pending: PendingReply | None = None
        self._conversation_id: int | None = None
        # Models on the servers from Settings ▸ Servers: (picker data, label, tooltip).
        self._remote_models: list[tuple[str, str, str]] = []
        self._remote_lister: CallWorker | None = None
        self.licence_dialog: QDialog | None = None  # the first-use licence question, when open
        self.tools = ToolsController(self, format_stats=format_stats)  # tools, per chat
        self.guard = GuardService()  # Settings → Safety (Llama Guard 3), loaded when first used
        self.setWindowTitle("Hearth")  # no-tr: the product's name
        self.resize(1100, 720)
        self._build()
        self.summaries = SummarizeController(self)  # Summarize document…, document drops
        self.summaries.running_changed.connect(lambda _running: self._update_controls())
        self._build_menus()
        apply_palette_styles(self)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.refresh_conversations()
        conversations = store.list_conversations(limit=1)
        if conversations:
            self.open_conversation(conversations[0].id)
        self._update_controls()
        self.refresh_remote_models()
        if autoload:
            self._autoload_model()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 4, 8)
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.clicked.connect(self.new_conversation)
        side_layout.addWidget(self.new_button)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search conversations"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self.refresh_conversations())
        side_layout.addWidget(self.search_box)
        self.conversation_list = QListWidget()
        self.conversation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversation_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conversation_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversation_list.customContextMenuRequested.connect(self._conversation_menu)
        self.conversation_list.itemActivated.connect(self._on_item_activated)
        self.conversation_list.itemClicked.connect(self._on_item_activated)
        side_layout.addWidget(self.conversation_list, 1)
        splitter.addWidget(side)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(4, 8, 8, 8)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Model:")))
        self.model_picker = QComboBox()
        self.model_picker.setMinimumWidth(280)
        self.model_picker.activated.connect(self._on_model_picked)
        top.addWidget(self.model_picker, 1)
        # Shown whenever the loaded model runs on another computer.
        self.remote_badge = QLabel()
        self.remote_badge.setObjectName("remoteBadge")
        self.remote_badge.setStyleSheet(
            "QLabel#remoteBadge { color: white; background: #e65100; border-radius: 6px;"
            " padding: 2px 8px; font-weight: bold; }")
        self.remote_badge.setVisible(False)
        top.addWidget(self.remote_badge)
        self.models_button = QPushButton(self.tr("Models…"))
        self.models_button.setToolTip(
            self.tr("Download Llama models, import GGUF files, see what fits"))
        self.models_button.clicked.connect(self.open_model_manager)
        top.addWidget(self.models_button)
        main_layout.addLayout(top)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet(
            "QLabel#notice { color: #b71c1c; border: 1px solid #e57373; border-radius: 6px;"
            " padding: 6px; }"
        )
        self.notice.setVisible(False)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        main_layout.addWidget(self.notice)
        self.first_run = FirstRunBanner(self)  # the starter model's offer of a real Llama
        self.first_run.model_ready.connect(self.load_model)
        self.first_run.setVisible(False)
        main_layout.addWidget(self.first_run)
        self.chat_view = ChatView()
        self.chat_view.regenerate_requested.connect(self.regenerate)
        self.chat_view.cancel_requested.connect(self.stop_generation)
        main_layout.addWidget(self.chat_view, 1)
        self.image_bar = image_attach.ImageAttachBar(Attachments(), self)
        self.image_bar.error.connect(self.show_notice)
        main_layout.addWidget(self.image_bar)
        bottom = QHBoxLayout()
        self.input = ChatInput()
        self.input.setPlaceholderText(
            self.tr("Message Hearth (Enter sends, Shift+Enter for a new line)"))
        self.input.setFixedHeight(80)
        self.input.submitted.connect(self.send_from_input)
        bottom.addWidget(self.input, 1)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self._on_send_clicked)
        bottom.addWidget(self.send_button)
        main_layout.addLayout(bottom)
        image_attach.install(self.image_bar, [self.input, self.chat_view])
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])
        self.setCentralWidget(splitter)

        self.model_status = QLabel(self.tr("No model loaded"))
        self.speed_status = QLabel("")
        self.statusBar().addWidget(self.model_status, 1)
        self.statusBar().addPermanentWidget(self.speed_status)
        self.draft_status = QLabel("")  # speculative decoding: acceptance of the last answer
        self.draft_status.setVisible(False)
        self.statusBar().addPermanentWidget(self.draft_status)
        self._populate_models()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_action = QAction(self.tr("&New chat"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_conversation)
        file_menu.addAction(new_action)
        open_action = QAction(self.tr("&Open model file…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._open_model_file)
        file_menu.addAction(open_action)
        file_menu.addAction(self.summaries.action)
        export_md = QAction(self.tr("Export chat as &Markdown…"), self)
        export_md.triggered.connect(lambda: self._export(self._conversation_id, "md"))
        file_menu.addAction(export_md)
        export_json = QAction(self.tr("Export chat as &JSON…"), self)
        export_json.triggered.connect(lambda: self._export(self._conversation_id, "json"))
        file_menu.addAction(export_json)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        models_action = QAction(self.tr("&Models…"), self)
        models_action.setShortcut(QKeySequence("Ctrl+M"))
        models_action.triggered.connect(self.open_model_manager)
        self.menuBar().addAction(models_action)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.open_settings)
        self.menuBar().addAction(settings_action)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        tools_action = QAction(self.tr("Tools for this &chat…"), self)
        tools_action.triggered.connect(self.tools.configure)
        tools_menu.addAction(tools_action)
        mcp_action = QAction(self.tr("&MCP servers…"), self)
        mcp_action.triggered.connect(self.tools.open_mcp_servers)
        tools_menu.addAction(mcp_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Hearth"), self)
        about.triggered.connect(self.open_about)
        help_menu.addAction(about)

    # -- models -------------------------------------------------------------------------------

    @property
    def engine(self) -> Engine | None:
        return self._engine

    def _populate_models(self) -> None:
        self.model_picker.blockSignals(True)
        self.model_picker.clear()
        for model in installed_models():
            name = display_name(model.path)
            self.model_picker.addItem(self.tr("{name} (starter)").format(name=name)
                                      if model.starter else name,
                                      str(model.path))
        for data, label, tip in self._remote_models:
            self.model_picker.addItem(label, data)
            self.model_picker.setItemData(self.model_picker.count() - 1, tip,
                                          Qt.ItemDataRole.ToolTipRole)
        if self._model_path is not None and self.model_picker.findData(
            str(self._model_path)
        ) < 0:
            label = (self.tr("☁ {model} (remote)").format(
                         model=str(self._model_path)[len(REMOTE):])
                     if is_remote(self._model_path) else display_name(self._model_path))
            self.model_picker.addItem(label, str(self._model_path))
        self.model_picker.addItem(translate("MainWindow", OPEN_FILE_ITEM), None)
        if self._model_path is not None:
            self.model_picker.setCurrentIndex(self.model_picker.findData(str(self._model_path)))
        self.model_picker.blockSignals(False)

    def refresh_remote_models(self) -> None:
        """List the added servers' models off the GUI thread (the picker marks them remote)."""
        from app.core.models.servers import list_servers

        servers = list_servers(self.settings)
        if not servers:
            self._remote_models = []
            self._populate_models()
            self.remote_models_listed.emit()
            return

        def listing() -> list[tuple[str, str, str]]:
            from app.core.models.servers import try_server
            from app.core.remote import RemoteError

            out = []
            for server in servers:
                try:
                    # A listing must not hold the window up: a short wait per server.
                    info = try_server(dataclasses.replace(
                        server, read_timeout=min(server.read_timeout, LIST_TIMEOUT_S)))
                except RemoteError as exc:
                    log.info("Server %s not listed: %s", server.name, exc)
                    continue
                for model in info.models:
                    label = translate("MainWindow", "☁ {model} — {server} (remote)").format(
                        model=model.id, server=server.name)
                    tip = translate("MainWindow", "Runs on {url}: your messages go to that "
                                    "computer.").format(url=server.url)
                    out.append((f"{REMOTE}{server.name}/{model.id}", label, tip))
            return out

        worker = CallWorker(listing, self)
        worker.result.connect(self._on_remote_models)
        worker.failed.connect(lambda _m: self.remote_models_listed.emit())
        self._remote_lister = worker
        worker.start()

    def _on_remote_models(self, models: list[tuple[str, str, str]]) -> None:
        self._remote_models = models
        if not self.is_generating and (self._loader is None or not self._loader.isRunning()):
            self._populate_models()
        self.remote_models_listed.emit()

    def _autoload_model(self) -> None:
        wanted = self.settings.model
        if is_remote(wanted):
            self.load_model(Path(str(wanted)))  # the person chose it; the server may be down
            return
        path = Path(wanted) if wanted and Path(wanted).is_file() else starter_model_path()
        if path is None:
            self.show_notice(self.tr(
                "No model is installed yet. Open a GGUF file (File ▸ Open model file…), "
                "for example Llama-3.2-1B-Instruct-Q4_K_M.gguf."
            ))
            return
        self.load_model(path)

    def _on_model_picked(self, index: int) -> None:
        data = self.model_picker.itemData(index)
        if data is None:
            self._open_model_file()
            return
        self.load_model(Path(data))

    def _open_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a model"), str(Path.home()),
            self.tr("GGUF models (*.gguf);;All files (*)")
        )
        if path:
            self.load_model(Path(path))
        else:
            self._populate_models()

    def load_model(self, path: Path, *, n_ctx: int | None = None) -> None:
        """Load ``path`` in the background; the current model stays until it succeeds.
        ``n_ctx`` overrides the context size for this load (a long document needs more)."""
        if self._loader is not None and self._loader.isRunning():
            self.show_notice(self.tr("A model is already loading; wait a moment."))
            return
        if not is_remote(path) and not self._licence_allows(path):
            return
        self.stop_generation(wait=True)
        self.summaries.stop(wait=True)
        options = self.settings.load_options(path)
        if n_ctx is not None:
            options = dataclasses.replace(options, n_ctx=n_ctx)
        self.model_status.setText(self.tr("Loading {model}…").format(model=display_name(path)))
        self._update_controls(loading=True)
        draft = self.settings.draft_for(path)  # speculative decoding, chosen in Settings
        extra = {"draft": draft, "draft_optional": True} if draft else {}
        if is_remote(path):
            from app.core.engines import load_remote

            settings = self.settings
            loader = CallWorker(lambda: load_remote(str(path), settings=settings), self)
        else:
            loader = CallWorker(lambda: self._engine_loader(path, options, **extra), self)
        loader.result.connect(lambda engine: self._on_model_loaded(path, engine))
        loader.failed.connect(self._on_model_failed)
        loader.finished.connect(loader.deleteLater)
        self._loader = loader
        loader.start()

    def _licence_allows(self, path: Path) -> bool:
        """Llama 3.2 vision files need the licence declaration first (see app.core.licence).

        False when the licence blocks the file (a notice says why) or while the first-use
        dialog is open (OK retries the load). Checked here too, whatever the engine loader.
        """
        from app.ui.licence_dialog import ask_before_loading

        if self.licence_dialog is not None and self.licence_dialog.isVisible():
            # One question at a time; OK on the open one retries its own load.
            self.licence_dialog.raise_()
            return False
        go, dialog = ask_before_loading(
            self, self.settings, path,
            retry=lambda: self.load_model(path), refuse=self._on_licence_refused,
        )
        if dialog is not None:
            self.licence_dialog = dialog
            dialog.finished.connect(self._on_licence_dialog_finished)
        return go

    def _on_licence_dialog_finished(self, _result: int) -> None:
        self.licence_dialog = None

    def _on_licence_refused(self, message: str) -> None:
        self._populate_models()
        self.show_notice(message)
        self.model_failed.emit(message)

    def _licence_still_allows(self) -> bool:
        """After the declaration changed: unload a vision model it no longer allows."""
        from app.core.licence import declaration_from_settings, ensure_load_allowed

        if self._engine is None or self._model_path is None:
            return True
        try:
            if is_remote(self._model_path):
                from app.core.engines import check_remote_licence

                check_remote_licence(str(self._model_path).split("/", 1)[-1],
                                     declaration_from_settings(self.settings))
            else:
                ensure_load_allowed(self._model_path, declaration_from_settings(self.settings))
        except HearthError as exc:
            if isinstance(exc, ModelFileError):
                return True  # the file changed under us; the loaded model is still fine
            engine, self._engine, self._model_path = self._engine, None, None
            engine.close()
            self.model_status.setText(self.tr("No model loaded"))
            self._on_licence_refused(error_text(exc))
            self._update_controls()
            return False
        return True

    def _on_model_loaded(self, path: Path, engine: Engine) -> None:
        old, self._engine = self._engine, engine
        if old is not None:
            old.close()
        self._model_path = path
        self._loader = None
        info = engine.info
        host = getattr(engine, "remote_host", None)
        if host:
            self.model_status.setText(self.tr("{model} · on {host} · {n_ctx}-token context")
                                      .format(model=info.name, host=host, n_ctx=f"{info.n_ctx:,}"))
        else:
            self.model_status.setText(
                self.tr("{model} · {n_ctx}-token context · {threads} threads").format(
                    model=info.name, n_ctx=f"{info.n_ctx:,}", threads=info.n_threads)
                + " · " + (self.tr("{n} GPU layers").format(n=info.n_gpu_layers)
                           if info.n_gpu_layers else self.tr("CPU"))
            )
        self.model_status.setToolTip(info.offload)
        self.setWindowTitle(f"{info.name} — Hearth")  # no-tr: names only
        self.remote_badge.setText(self.tr("☁ Remote · {host}").format(host=host) if host else "")
        self.remote_badge.setToolTip(
            self.tr("This conversation goes to another computer ({host}): {where}.").format(
                host=host, where=info.offload) if host else "")
        self.remote_badge.setVisible(bool(host))
        draft = getattr(info, "draft", None)  # engines without speculative decoding
        self.draft_status.setText(self.tr("Draft: {model}").format(model=draft) if draft else "")
        self.draft_status.setVisible(bool(draft))
        self.settings.model = str(path)
        save_settings(self.settings)
        self._populate_models()
        self._update_banner()
        if info.notice:
            self.show_notice(error_text(info.notice))
        else:
            self.hide_notice()
        self._update_controls()
        self.model_loaded.emit(info.name)

    def _on_model_failed(self, message: str) -> None:
        self._loader = None
        self.model_status.setText(
            self.tr("{model} (still loaded)").format(model=self._engine.info.name)
            if self._engine else self.tr("No model loaded")
        )
        self._populate_models()
        self.show_notice(message)
        self._update_controls()
        self.model_failed.emit(message)

    def _update_banner(self) -> None:
        """With the starter model: offer the Llama 3.2 that suits this computer (one button).
        A download already under way stays in view whatever model is loaded."""
        starter = starter_model_path()
        on_starter = starter is not None and self._model_path == starter
        offered = on_starter and self.first_run.offer(self.settings.n_ctx)
        self.first_run.setVisible(self.first_run.downloading or offered)

    # -- conversations ------------------------------------------------------------------------

    @property
    def conversation_id(self) -> int | None:
        return self._conversation_id

    def refresh_conversations(self) -> None:
        query = self.search_box.text().strip()
        conversations = (
            self.store.search(query) if query else self.store.list_conversations()
        )
        self.conversation_list.blockSignals(True)
        self.conversation_list.clear()
        for conv in conversations:
            item = QListWidgetItem(conv.title)
            item.setData(Qt.ItemDataRole.UserRole, conv.id)
            item.setToolTip(conv.title)
            self.conversation_list.addItem(item)
            if conv.id == self._conversation_id:
                self.conversation_list.setCurrentItem(item)
        self.conversation_list.blockSignals(False)

    def new_conversation(self) -> int:
        self.stop_generation(wait=True)
        conv = self.store.create_conversation(system_prompt=self.new_chat_system_prompt())
        self.open_conversation(conv.id)
        self.input.setFocus()
        return conv.id

    def new_chat_system_prompt(self) -> str | None:
        """A new chat's system prompt: answer in the interface's language (when it is not
        English), then the person's own system prompt from Settings."""
        return system_prompt_for(self.settings.system_prompt, active_language())

    def open_conversation(self, conversation_id: int) -> None:
        if conversation_id != self._conversation_id:
            self.stop_generation(wait=True)
        self._conversation_id = conversation_id
        self.chat_view.clear()
        for msg in self.store.messages(conversation_id):
            if msg.role == "system":
                continue
            status, error = "", False
            if msg.status == "cancelled":
                status = self.tr("stopped")
                if (msg.stats or {}).get("stop_reason") == "interrupted":
                    status, error = self.tr("cut off: the answer did not arrive in full"), True
            elif msg.status == "error":
                status, error = self.tr("not sent: it did not fit or failed"), True
            elif msg.status == "streaming":
                status = self.tr("interrupted")
            if msg.role == "assistant" and msg.stats and msg.status == "complete":
                status = format_stats(Stats(**{k: v for k, v in msg.stats.items()
                                               if k in Stats.__slots__}))
            widget = self.chat_view.add_message(
                msg.role, display_text(msg.role, msg.content, msg.stats), status=status,
                error=error)
            picture = self.image_bar.attachments.image_of(msg.id)
            if picture is not None:
                image_attach.add_thumbnail(widget, picture)
        self.summaries.decorate(conversation_id)
        self.refresh_conversations()
        self.hide_notice()

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        conv_id = item.data(Qt.ItemDataRole.UserRole)
        if conv_id != self._conversation_id:
            self.open_conversation(conv_id)

    def _conversation_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        item = self.conversation_list.itemAt(pos)
        if item is None:
            return
        conv_id = item.data(Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self._rename_dialog(conv_id))
        menu.addAction(self.tr("Export as Markdown…"), lambda: self._export(conv_id, "md"))
        menu.addAction(self.tr("Export as JSON…"), lambda: self._export(conv_id, "json"))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self._delete_dialog(conv_id))
        menu.exec(self.conversation_list.mapToGlobal(pos))

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        self.store.rename(conversation_id, title)
        self.refresh_conversations()

    def delete_conversation(self, conversation_id: int) -> None:
        if conversation_id == self._conversation_id:
            self.stop_generation(wait=True)
        self.store.delete(conversation_id)
        if conversation_id == self._conversation_id:
            self._conversation_id = None
            self.chat_view.clear()
            remaining = self.store.list_conversations(limit=1)
            if remaining:
                self.open_conversation(remaining[0].id)
        self.refresh_conversations()

    def _rename_dialog(self, conv_id: int) -> None:
        conv = self.store.get(conv_id)
        if conv is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename chat"), self.tr("Title:"),
                                         text=conv.title)
        if ok and title.strip():
            self.rename_conversation(conv_id, title)

    def _delete_dialog(self, conv_id: int) -> None:
        conv = self.store.get(conv_id)
        if conv is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete chat"),
                                      self.tr("Delete “{title}”?").format(title=conv.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_conversation(conv_id)

    def _export(self, conv_id: int | None, kind: str) -> None:
        if conv_id is None:
            return
        conv = self.store.get(conv_id)
        if conv is None:
            return
        suffix = ".md" if kind == "md" else ".json"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in conv.title).strip()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chat"), str(Path.home() / f"{safe or 'chat'}{suffix}")
        )
        if not path:
            return
        try:
            if kind == "md":
                Path(path).write_text(self.store.export_markdown(conv_id), encoding="utf-8")
            else:
                Path(path).write_text(
                    json.dumps(self.store.export_json(conv_id), indent=2, ensure_ascii=False),
                    encoding="utf-8",
                )
        except OSError as exc:
            self.show_notice(self.tr("Could not save {path}: {reason}.").format(
                path=path, reason=exc.strerror))

    # -- sending ------------------------------------------------------------------------------

    @property
    def is_generating(self) -> bool:
        return self._worker is not None

    def _on_send_clicked(self) -> None:
        if self.is_generating:
            self.stop_generation()
        else:
            self.send_from_input()

    def send_from_input(self) -> None:
        if self.is_generating:
            return
        text = self.input.toPlainText()
        if not text.strip():
            return
        if self.send(text):
            self.input.clear()

    def send(self, text: str) -> bool:
        """Send ``text`` in the current conversation; False (with a notice) if it cannot."""
        return self._start_reply(text)

    def regenerate(self) -> None:
        """Answer the last question again."""
        if not self.is_generating:
            self._start_reply(None)

    def _start_reply(self, text: str | None) -> bool:
        if self.summaries.running:
            self.show_notice(self.tr("A document is being summarized; send when it is done, "
                                     "or cancel it."))
            return False
        if self._engine is None:
            self.show_notice(self.tr("The model is still loading; your message is kept in the "
                                     "box.") if self._loader else self.tr("Choose a model first."))
            return False
        if self._conversation_id is None or self.store.get(self._conversation_id) is None:
            self._conversation_id = self.store.create_conversation(
                system_prompt=self.new_chat_system_prompt()
            ).id
        if self.tools.enabled_for(self._conversation_id):
            return self.tools.start_reply(text)
        image = self.image_bar.current if text is not None else None
        sees = self._engine.info.architecture == "mllama" or bool(
            getattr(self._engine, "accepts_images", False))
        if image is not None and not sees:
            self.show_notice(self.tr("This model cannot see pictures: choose a Llama 3.2 "
                                     "Vision model, or remove the picture."))
            return False
        try:
            pending = self.session.begin(
                self._conversation_id, text, self.settings.sampling(), str(self._model_path)
            )
        except HearthError as exc:
            self.show_notice(error_text(exc))
            return False
        self.hide_notice()
        if image is not None and pending.user_message is not None:
            self.image_bar.attachments.link(pending.user_message.id, image)
            self.image_bar.clear()
        if sees:
            pending.request.images = tuple(
                dataclasses.replace(found, detail=self.image_bar.detail) for found in latest_image(
                    self.session.history_ids(self._conversation_id), self.image_bar.attachments))
        if text is None:
            self.chat_view.remove_trailing("assistant")  # the old answer is gone
        else:
            widget = self.chat_view.add_message("user", text)
            if image is not None:
                image_attach.add_thumbnail(widget, image)
            self.refresh_conversations()
        self.chat_view.begin_stream()
        engine, session = self.guard.wrap(self._engine, self.settings.guard_policy()), self.session
        worker = StreamWorker(lambda cancel: session.reply(engine, pending, cancel), self)
        worker.event.connect(self._on_event)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_worker_finished)
        self._worker, self._pending = worker, pending
        self._update_controls()
        worker.start()
        return True

    def _from_current_worker(self) -> bool:
        """Events of an answer that was stopped may still be queued; they are ignored."""
        return self.sender() is self._worker

    def _on_event(self, event: object) -> None:
        if not self._from_current_worker():
            return
        if isinstance(event, TokenEvent):
            self.chat_view.append_stream(event.text)
        elif isinstance(event, GuardEvent):
            self.show_notice(event.message)
            pending = self._pending
            if event.action == "blocked" and pending and pending.user_message is not None:
                # Not sent again with later messages (kept and shown, like a failed turn).
                self.store.update_message(pending.user_message.id, status="error")
        elif isinstance(event, ProgressEvent):
            self.chat_view.show_picture_progress(event)
        elif isinstance(event, DoneEvent):
            stats = event.stats
            self.chat_view.end_stream(format_stats(stats))
            if stats.tokens_per_s:
                self.speed_status.setText(
                    self.tr("{speed} tok/s").format(speed=f"{stats.tokens_per_s:.1f}"))
            if stats.drafted is not None:
                self.draft_status.setText(draft_readout(stats))
            self.reply_finished.emit(stats)

    def _on_failed(self, message: str) -> None:
        if not self._from_current_worker():
            return
        self.chat_view.end_stream()
        if self._conversation_id is not None:
            self.open_conversation(self._conversation_id)  # show what the store kept
        self.show_notice(message)
        self.reply_finished.emit(None)

    def _on_worker_finished(self) -> None:
        if not self._from_current_worker():
            return
        worker, self._worker, self._pending = self._worker, None, None
        if worker is not None:
            worker.deleteLater()
        self._update_controls()
        self.refresh_conversations()

    @property
    def model_path(self) -> Path | None:
        """The loaded model's file (``remote:…`` for a model on a server), None before one."""
        return self._model_path

    def run_reply(self, worker: StreamWorker) -> None:
        """Start a reply prepared elsewhere (a chat with tools) as the window's own: Stop, Send
        and the end of the reply treat it like one the window started."""
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_worker_finished)
        self._worker, self._pending = worker, None
        self._update_controls()
        worker.start()

    def is_current_reply(self, worker: object) -> bool:
        """Whether ``worker`` runs the reply shown now (a stopped one's events may be queued)."""
        return worker is not None and worker is self._worker

    def stop_generation(self, *, wait: bool = False) -> None:
        """Ask the running answer to stop; with ``wait``, block until it has (≤ a second)."""
        worker = self._worker
        if worker is None:
            return
        worker.cancel()
        if wait:
            worker.wait(5000)
            self.chat_view.end_stream(self.tr("stopped"))
            self._worker, self._pending = None, None
            worker.deleteLater()
            self._update_controls()

    def _update_controls(self, *, loading: bool = False) -> None:
        generating = self.is_generating
        summarizing = self.summaries.running if hasattr(self, "summaries") else False
        self.send_button.setText(self.tr("Stop") if generating else self.tr("Send"))
        self.send_button.setEnabled(generating or (self._engine is not None and not loading
                                                   and not summarizing))
        self.model_picker.setEnabled(not generating and not loading)
        self.chat_view.set_actions_enabled(not generating and self._engine is not None)

    def _on_color_scheme_changed(self, _scheme: object) -> None:
        """The OS switched between light and dark: recolour the message frames."""
        apply_palette_styles(self)

    # -- notices, dialogs, lifetime -----------------------------------------------------------

    def show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setVisible(True)
        self.notice_shown.emit(message)

    def hide_notice(self) -> None:
        self.notice.setVisible(False)

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        model = None if is_remote(self._model_path) else self._model_path
        dialog = SettingsDialog(self.settings, self, model=model)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, settings: Settings) -> None:
        """Save new settings; reload the model when a loading option changed."""
        before = self.settings.load_options(self._model_path)
        draft_before = self.settings.draft_for(self._model_path) if self._model_path else None
        servers_before = self.settings.servers
        language_before = self.settings.language
        self.settings = settings
        save_settings(settings)
        if settings.language != language_before:
            self.statusBar().showMessage(
                self.tr("The new language applies the next time Hearth starts."), 20000)
        if settings.servers != servers_before:
            from app.core.models.servers import set_api_key

            kept = {e.get("name") for e in settings.servers}
            for entry in servers_before:
                if entry.get("name") not in kept:
                    set_api_key(str(entry.get("name")), None)  # a removed server's key
            self.refresh_remote_models()
        if not self._licence_still_allows():
            return
        changed = settings.load_options(self._model_path) != before or (
            self._model_path is not None and settings.draft_for(self._model_path) != draft_before)
        if is_remote(self._model_path):
            changed = False  # loading options do not apply to a server's model
        if changed and self._model_path is not None:
            self.load_model(self._model_path)

    def open_model_manager(self) -> ModelManager:
        """Show the model manager (one window, kept while Hearth runs, so downloads go on)."""
        from app.ui.model_manager import ModelManager

        manager = getattr(self, "_model_manager", None)
        if manager is None:
            manager = ModelManager(self.settings, self)
            manager.model_chosen.connect(self.load_model)
            manager.installed_changed.connect(self._populate_models)
            self._model_manager = manager
        manager.show()
        manager.raise_()
        return manager

    def open_about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.first_run.stop()
        self.stop_generation(wait=True)
        self.summaries.stop(wait=True)
        if self._loader is not None:
            self._loader.wait(30000)
        if self._remote_lister is not None:
            self._remote_lister.wait(int((LIST_TIMEOUT_S + 6) * 1000))
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self.guard.close()
        super().closeEvent(event)
