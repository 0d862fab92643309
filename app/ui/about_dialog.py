"""About Hearth: version, "Built with Llama", and the licences."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.build_info import variant_label
from app.resources import resource_path
from app.ui.licence_dialog import summary_markdown

BUILT_WITH_LLAMA = "Built with Llama"  # Meta's attribution wording: never translated


def _licence_view(name: str) -> QTextBrowser:
    view = QTextBrowser()
    view.setOpenExternalLinks(True)
    path = resource_path("licenses", name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        text = QCoreApplication.translate(
            "AboutDialog", "The licence text ({name}) is missing from this installation.").format(
                name=name)
    if name.endswith(".md"):
        view.setMarkdown(text)
    else:
        view.setPlainText(text)
    return view


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Hearth"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        build = variant_label()
        header = QLabel(  # no-tr: name, version and build; the sentences are tr()
            f"<h2>Hearth {__version__}</h2>"
            f"<p>{html.escape(build[:1].upper() + build[1:])}.</p>"
            + self.tr("<p>A private, offline assistant. Everything runs on this computer.</p>")
            + f"<p><b>{BUILT_WITH_LLAMA}</b> — "
            + self.tr("Hearth runs Meta's Llama 3.2 models, licensed under the Llama 3.2 "
                      "Community License.") + "</p>"
        )
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        layout.addWidget(header)
        tabs = QTabWidget()
        summary = QTextBrowser()  # resources/licenses/llama-3.2.md, in the window's language
        summary.setOpenExternalLinks(True)
        summary.setMarkdown(summary_markdown())
        tabs.addTab(summary, self.tr("Llama 3.2 licence"))
        tabs.addTab(_licence_view("third-party.md"), self.tr("Third-party"))
        hearth_licence = QTextBrowser()
        path = resource_path("..", "LICENSE")
        hearth_licence.setPlainText(
            path.read_text(encoding="utf-8") if path.is_file() else "Apache License 2.0"
        )
        tabs.addTab(hearth_licence, self.tr("Hearth (Apache-2.0)"))
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
