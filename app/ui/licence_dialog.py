"""The Llama 3.2 vision-licence question, asked once before a vision model is loaded or fetched.

Nothing is decided silently: the country is only *pre-selected* from the system's region, the
person picks individual or company themselves, and OK stays disabled until they tick that they
accept the licence. The decision itself is :func:`app.core.licence.decide`; this is its face.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
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
    NOT_LEGAL_ADVICE,
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
from app.resources import resource_path

log = logging.getLogger(__name__)


def system_country() -> str | None:
    """The region the OS is set to (Qt knows macOS's and Windows' too); only a suggestion."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    if code and code.upper() in countries():
        return code.upper()
    return country_from_system_locale()


def _summary_markdown() -> str:
    try:
        return resource_path("licenses", "llama-3.2.md").read_text(encoding="utf-8")
    except OSError:
        return f"The {LICENCE_NAME} summary is missing from this installation."


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
        self.setWindowTitle("Llama 3.2 vision models: licence")
        self.resize(620, 640)
        layout = QVBoxLayout(self)

        lead = (
            f"<b>{subject}</b> is a Llama 3.2 vision model. " if subject else ""
        ) + (
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
        self.summary.setMarkdown(_summary_markdown())
        layout.addWidget(self.summary, 1)
        self.links = QLabel(
            f"Official texts: <a href='{LICENCE_URL}'>{LICENCE_NAME}</a> · "
            f"<a href='{USE_POLICY_URL}'>Acceptable Use Policy</a>. "
            "End users of products that include a vision model are not limited, in the EU "
            f"or elsewhere; this question is only about your own use of Hearth. "
            f"{NOT_LEGAL_ADVICE}"
        )
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setOpenExternalLinks(True)
        layout.addWidget(self.links)

        form = QFormLayout()
        self.country = self._country_box()
        form.addRow("Country where you live:", self.country)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        form.addRow("", self.suggestion)
        role_row = QHBoxLayout()
        self.individual = QRadioButton("For myself, as an individual")
        self.company = QRadioButton("For a company or organisation")
        self.roles = QButtonGroup(self)
        self.roles.addButton(self.individual)
        self.roles.addButton(self.company)
        role_row.addWidget(self.individual)
        role_row.addWidget(self.company)
        role_row.addStretch(1)
        form.addRow("I use Hearth:", role_row)
        self.company_country = self._country_box()
        self.company_country.setToolTip(
            "For a company, its principal place of business decides, not where you live."
        )
        form.addRow("Company's principal place of business:", self.company_country)
        layout.addLayout(form)

        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.accept_box = QCheckBox(
            f"I have read and accept the {LICENCE_NAME} and the Acceptable Use Policy"
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
            self.suggestion.setText("Your current answers; change what is no longer true.")
        else:
            suggested = suggested_country if suggested_country is not None else system_country()
            if suggested and self.country.findData(suggested) >= 0:
                self.select_country(suggested)
                self.select_company_country(suggested)
                self.suggestion.setText(
                    f"Pre-selected from your system's region ({country_name(suggested)}). "
                    "Please check it: only your answer counts."
                )
            else:
                self.suggestion.setText("Choose the country you live in.")

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
            self.verdict.setText("Say whether you use Hearth for yourself or for a company.")
        elif self.decision().blocked:
            self.verdict.setText(
                "With these answers the licence does not grant you the Llama 3.2 vision "
                "models: Hearth will not download or load them. Text models stay available."
            )
        else:
            self.verdict.setText(
                "With these answers the regional limit does not apply to you."
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
        refuse(str(refusal(decision, subject, what, action=action)))
        return False, None
    dialog = LicenceDialog(parent, subject=subject)

    def accepted() -> None:
        declaration = dialog.declaration()
        if declaration is None:  # OK is disabled until complete; be safe anyway
            refuse(f"{subject} was not {action}ed: the licence question was not answered.")
            return
        settings.licence_declaration = declaration.to_dict()
        save_settings(settings)
        retry()

    def rejected() -> None:
        refuse(
            f"{subject} was not {action}ed: it is {what}, and its licence depends on where you "
            "live, so Hearth asks first. Try again to answer, or set your answers in Settings ▸ "
            "Licence declaration…"
        )

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
