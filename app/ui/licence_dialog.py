"""The Llama 3.2 vision-licence question, asked once before a vision model is loaded or fetched.

Nothing is decided silently: the country is only *pre-selected* from the system's region, the
person picks individual or company themselves, and OK stays disabled until they tick that they
accept the licence. The decision itself is :func:`app.core.licence.decide`; this is its face.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.countries import countries, country_from_system_locale, country_name
from app.core.errors import ModelFileError
from app.core.licence import (
    LICENCE_NAME,
    LICENCE_URL,
    USE_POLICY_URL,
    Decision,
    Declaration,
    decide,
    declaration_from_settings,
    refusal,
    restriction_of,
)
from app.core.models.gguf_file import read_gguf_info
from app.core.settings import Settings, save_settings
from app.ui.i18n import error_text

log = logging.getLogger(__name__)


def system_country() -> str | None:
    """The region the OS is set to (Qt knows macOS's and Windows' too); only a suggestion."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    if code and code.upper() in countries():
        return code.upper()
    return country_from_system_locale()


# Meta's notice, shown as Meta wrote it in every language.
META_NOTICE = ("Llama 3.2 is licensed under the Llama 3.2 Community License,\n"
               "Copyright © Meta Platforms, Inc. All Rights Reserved.")


def summary_markdown() -> str:
    """The licence in plain words (resources/licenses/llama-3.2.md), in the interface's
    language. Only this summary is translated: the licence and the Acceptable Use Policy
    themselves are Meta's, linked and named as Meta names them."""
    translate = QCoreApplication.translate
    points = [
        translate("LicenceDialog",
           "You may use, copy, modify and share the models and what they produce, for free, "
           "for research and for commercial purposes, if you keep to the Acceptable Use "
           "Policy."),
        translate("LicenceDialog",
           "Products and services with more than 700 million monthly active users need a "
           "separate licence from Meta."),
        translate("LicenceDialog",
           "If you share a Llama model or a product built with one, you include a copy of the "
           "licence and show \"Built with Llama\" in the product's documentation or "
           "interface."),
        translate("LicenceDialog",
           "**Vision models (Llama 3.2 11B and 90B Vision):** the rights to these multimodal "
           "models are not granted to individuals domiciled in, or companies with their "
           "principal place of business in, the European Union. End users in the EU may still "
           "use products and services that include them. Hearth asks where you are before it "
           "downloads or loads a vision model; if you use Hearth for a company, the company's "
           "principal place of business decides. For this, the EU includes its outermost "
           "regions (French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint Martin, "
           "the Azores, Madeira, the Canary Islands) and Åland; Norway, Iceland, "
           "Liechtenstein, Switzerland, the United Kingdom, Greenland and the Faroe Islands "
           "are not in it."),
        translate("LicenceDialog",
           "The Acceptable Use Policy forbids, among other things, using the models for "
           "illegal activity, to harm people, to deceive, or to generate content that "
           "endangers others."),
    ]
    blocks = [
        "# " + translate("LicenceDialog", "Llama 3.2 — the licence in plain words"),
        translate("LicenceDialog",
           "Hearth runs Meta's Llama 3.2 models on your computer. The models are not part of "
           "Hearth's own code: each one comes with the **Llama 3.2 Community License "
           "Agreement** and the **Llama 3.2 Acceptable Use Policy**, which you accept when "
           "you download a Llama model."),
        translate("LicenceDialog",
                  "What they say, in short (the official texts decide; read them):"),
        "\n".join(f"- {point}" for point in points),
        translate("LicenceDialog", "This summary is not legal advice. Official texts:"),
        "- " + translate("LicenceDialog", "Licence:") + f" <{LICENCE_URL}>\n- "
        + translate("LicenceDialog", "Acceptable Use Policy:") + f" <{USE_POLICY_URL}>",
        META_NOTICE,
    ]
    return "\n\n".join(blocks) + "\n"


class LicenceDialog(QDialog):
    """Where you live, individual or company, and "I accept"; :meth:`declaration` reads it."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        current: Declaration | None = None,
        subject: str | None = None,
        suggested_country: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Llama 3.2 vision models: licence"))
        self.resize(620, 640)
        layout = QVBoxLayout(self)

        lead = (
            self.tr("<b>{model}</b> is a Llama 3.2 vision model.").format(
                model=html.escape(subject)) + " " if subject else ""
        ) + self.tr(
            "The Llama 3.2 licence does not grant the vision models to individuals domiciled "
            "in, or companies with their principal place of business in, the European Union. "
            "Hearth therefore asks you — it does not guess. Text models are not affected."
        )
        self.lead = QLabel(lead)
        self.lead.setWordWrap(True)
        self.lead.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.lead)

        self.summary = QTextBrowser()
        self.summary.setOpenExternalLinks(True)
        self.summary.setMarkdown(summary_markdown())
        layout.addWidget(self.summary, 1)
        self.links = QLabel(
            self.tr("Official texts: {licence} · {policy}.").format(
                licence=f"<a href='{LICENCE_URL}'>{LICENCE_NAME}</a>",
                policy=f"<a href='{USE_POLICY_URL}'>"
                       + self.tr("Acceptable Use Policy") + "</a>")
            + " " + self.tr(
                "End users of products that include a vision model are not limited, in the EU "
                "or elsewhere; this question is only about your own use of Hearth.")
            + " " + self.tr("This is not legal advice: the official licence and Acceptable "
                            "Use Policy decide.")
        )
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setOpenExternalLinks(True)
        layout.addWidget(self.links)

        form = QFormLayout()
        self.country = self._country_box()
        form.addRow(self.tr("Country where you live:"), self.country)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        form.addRow("", self.suggestion)
        role_row = QHBoxLayout()
        self.individual = QRadioButton(self.tr("For myself, as an individual"))
        self.company = QRadioButton(self.tr("For a company or organisation"))
        self.roles = QButtonGroup(self)
        self.roles.addButton(self.individual)
        self.roles.addButton(self.company)
        role_row.addWidget(self.individual)
        role_row.addWidget(self.company)
        role_row.addStretch(1)
        form.addRow(self.tr("I use Hearth:"), role_row)
        self.company_country = self._country_box()
        self.company_country.setToolTip(self.tr(
            "For a company, its principal place of business decides, not where you live."
        ))
        form.addRow(self.tr("Company's principal place of business:"), self.company_country)
        layout.addLayout(form)

        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.accept_box = QCheckBox(
            self.tr("I have read and accept the {licence} and the Acceptable Use Policy").format(
                licence=LICENCE_NAME)
        )
        layout.addWidget(self.accept_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        # Pre-fill: the current answers when changing them, else only a suggested country.
        if current is not None:
            self.select_country(current.domicile)
            (self.company if current.role == "company" else self.individual).setChecked(True)
            self.select_company_country(current.company_country or current.domicile)
            self.suggestion.setText(
                self.tr("Your current answers; change what is no longer true."))
        else:
            suggested = suggested_country if suggested_country is not None else system_country()
            if suggested and self.country.findData(suggested) >= 0:
                self.select_country(suggested)
                self.select_company_country(suggested)
                self.suggestion.setText(self.tr(
                    "Pre-selected from your system's region ({country}). "
                    "Please check it: only your answer counts.").format(
                        country=country_name(suggested)))
            else:
                self.suggestion.setText(self.tr("Choose the country you live in."))

        self.country.currentIndexChanged.connect(self._update)
        self.company_country.currentIndexChanged.connect(self._update)
        self.roles.buttonToggled.connect(lambda *_: self._update())
        self.accept_box.toggled.connect(lambda _c: self._update())
        self._update()

    @staticmethod
    def _country_box() -> QComboBox:
        box = QComboBox()
        box.setMaxVisibleItems(20)
        for code, name in sorted(countries().items(), key=lambda item: item[1].casefold()):
            box.addItem(f"{name} ({code})", code)
        return box

    def select_country(self, code: str) -> None:
        self.country.setCurrentIndex(self.country.findData(code.upper()))

    def select_company_country(self, code: str) -> None:
        self.company_country.setCurrentIndex(self.company_country.findData(code.upper()))

    def role(self) -> str | None:
        if self.individual.isChecked():
            return "individual"
        if self.company.isChecked():
            return "company"
        return None

    def declaration(self) -> Declaration | None:
        """The answers as a declaration; None while incomplete."""
        role = self.role()
        domicile = self.country.currentData()
        if role is None or not domicile:
            return None
        company = self.company_country.currentData() if role == "company" else None
        if role == "company" and not company:
            return None
        return Declaration.make(domicile, role, company)

    def decision(self) -> Decision:
        """What these answers mean for vision models (shown live, before OK)."""
        return decide(True, self.declaration())

    def _update(self) -> None:
        self.company_country.setEnabled(self.company.isChecked())
        declaration = self.declaration()
        if declaration is None:
            self.verdict.setText(
                self.tr("Say whether you use Hearth for yourself or for a company."))
        elif self.decision().blocked:
            self.verdict.setText(self.tr(
                "With these answers the licence does not grant you the Llama 3.2 vision "
                "models: Hearth will not download or load them. Text models stay available."
            ))
        else:
            self.verdict.setText(
                self.tr("With these answers the regional limit does not apply to you.")
            )
        self.ok_button.setEnabled(declaration is not None and self.accept_box.isChecked())


def ask_before_restricted(
    parent: QWidget,
    settings: Settings,
    *,
    subject: str,
    what: str,
    action: str,
    retry: Callable[[], None],
    refuse: Callable[[str], None],
) -> tuple[bool, LicenceDialog | None]:
    """Gate a restricted model: (True, None) to go ahead now; otherwise (False, dialog or None).

    Allowed → go ahead. Blocked → ``refuse(message)``. Undecided → the dialog opens (window-
    modal, not a nested event loop); on OK the answers are saved into ``settings`` and
    ``retry()`` runs the whole check again, on Cancel ``refuse`` explains. The model manager's
    download button can call this with ``action="download"`` before it starts fetching.
    """
    decision = decide(True, declaration_from_settings(settings))
    if decision.allowed:
        return True, None
    if decision.blocked:
        refuse(error_text(refusal(decision, subject, what, action=action)))
        return False, None
    dialog = LicenceDialog(parent, subject=subject)
    translate = QCoreApplication.translate
    downloading = action == "download"

    def accepted() -> None:
        declaration = dialog.declaration()
        if declaration is None:  # OK is disabled until complete; be safe anyway
            refuse((translate("LicenceDialog", "{model} was not downloaded: the licence "
                              "question was not answered.") if downloading else
                    translate("LicenceDialog", "{model} was not loaded: the licence question "
                              "was not answered.")).format(model=subject))
            return
        settings.licence_declaration = declaration.to_dict()
        save_settings(settings)
        retry()

    def rejected() -> None:
        log.info("Licence question cancelled for %s (%s)", subject, what)
        refuse((translate(
            "LicenceDialog",
            "{model} was not downloaded: it is a Llama 3.2 vision model, and its licence "
            "depends on where you live, so Hearth asks first. Try again to answer, or set your "
            "answers in Settings ▸ Licence declaration…") if downloading else translate(
            "LicenceDialog",
            "{model} was not loaded: it is a Llama 3.2 vision model, and its licence depends "
            "on where you live, so Hearth asks first. Try again to answer, or set your answers "
            "in Settings ▸ Licence declaration…")).format(model=subject))

    dialog.accepted.connect(accepted)
    dialog.rejected.connect(rejected)
    dialog.finished.connect(dialog.deleteLater)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return False, dialog


def ask_before_loading(
    parent: QWidget,
    settings: Settings,
    path: Path,
    *,
    retry: Callable[[], None],
    refuse: Callable[[str], None],
) -> tuple[bool, LicenceDialog | None]:
    """:func:`ask_before_restricted` for a model file; text models (and unreadable files, which
    the loader reports) go ahead at once."""
    try:
        what = restriction_of(read_gguf_info(path))
    except ModelFileError:
        return True, None
    if what is None:
        return True, None
    return ask_before_restricted(parent, settings, subject=path.name, what=what,
                                 action="load", retry=retry, refuse=refuse)
