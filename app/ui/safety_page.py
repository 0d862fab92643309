"""Settings → Safety: the Llama Guard 3 policy, and its password lock for shared computers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.errors import HearthError
from app.core.safety.policy import GuardPolicy
from app.core.safety.prompt import CATEGORIES, DEFAULT_CODES, PLAIN_WORDS

# What is checked: key → (label, the person's messages, the answers).
_CHECKS = {"both": (QT_TRANSLATE_NOOP("SafetyPage", "Both my messages and the answers"),
                    True, True),
           "messages": (QT_TRANSLATE_NOOP("SafetyPage", "My messages only"), True, False),
           "answers": (QT_TRANSLATE_NOOP("SafetyPage", "The answers only"), False, True)}

# The core's category names and plain words (app/core/safety/prompt.py, which stays English),
# listed here so that the translation tool finds them; shown through ``_translated``.
_CATEGORY_WORDS = (
    QT_TRANSLATE_NOOP("SafetyPage", "Violent Crimes"),
    QT_TRANSLATE_NOOP("SafetyPage", "Non-Violent Crimes"),
    QT_TRANSLATE_NOOP("SafetyPage", "Sex Crimes"),
    QT_TRANSLATE_NOOP("SafetyPage", "Child Exploitation"),
    QT_TRANSLATE_NOOP("SafetyPage", "Defamation"),
    QT_TRANSLATE_NOOP("SafetyPage", "Specialized Advice"),
    QT_TRANSLATE_NOOP("SafetyPage", "Privacy"),
    QT_TRANSLATE_NOOP("SafetyPage", "Intellectual Property"),
    QT_TRANSLATE_NOOP("SafetyPage", "Indiscriminate Weapons"),
    QT_TRANSLATE_NOOP("SafetyPage", "Hate"),
    QT_TRANSLATE_NOOP("SafetyPage", "Self-Harm"),
    QT_TRANSLATE_NOOP("SafetyPage", "Sexual Content"),
    QT_TRANSLATE_NOOP("SafetyPage", "Elections"),
    QT_TRANSLATE_NOOP("SafetyPage", "Code Interpreter Abuse"),
    QT_TRANSLATE_NOOP("SafetyPage", "violent crimes"),
    QT_TRANSLATE_NOOP("SafetyPage", "non-violent crimes (such as fraud, theft, hacking or drugs)"),
    QT_TRANSLATE_NOOP("SafetyPage", "sex-related crimes"),
    QT_TRANSLATE_NOOP("SafetyPage", "sexual exploitation of children"),
    QT_TRANSLATE_NOOP("SafetyPage", "defamation"),
    QT_TRANSLATE_NOOP("SafetyPage", "specialized financial, medical or legal advice"),
    QT_TRANSLATE_NOOP("SafetyPage", "private personal information"),
    QT_TRANSLATE_NOOP("SafetyPage", "intellectual property violations"),
    QT_TRANSLATE_NOOP("SafetyPage", "weapons of mass destruction"),
    QT_TRANSLATE_NOOP("SafetyPage", "hate"),
    QT_TRANSLATE_NOOP("SafetyPage", "suicide and self-harm"),
    QT_TRANSLATE_NOOP("SafetyPage", "sexual content"),
    QT_TRANSLATE_NOOP("SafetyPage", "false information about elections"),
    QT_TRANSLATE_NOOP("SafetyPage", "abuse of code execution"),
)


def _translated(text: str) -> str:
    """``text`` (one of the core's English words above) in the interface's language."""
    return QCoreApplication.translate("SafetyPage", text)


class SafetyPage(QWidget):
    """Edits a copy of the policy; :meth:`policy` returns it. While locked, nothing but the
    password field can be changed."""

    def __init__(self, policy: GuardPolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy = replace(policy, excluded=list(policy.excluded))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Llama Guard 3 1B, a small safety model from Meta, checks the "
                               "chat on this computer. It labels text in 13 categories of harm; "
                               "leave out the ones that do not matter here. Messages with a "
                               "picture can be checked by Llama Guard 3 11B Vision."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.enabled = QCheckBox(self.tr("Check the chat with Llama Guard 3"))
        self.enabled.setChecked(policy.enabled)
        form.addRow(self.enabled)
        self.what = QComboBox()
        current = "both"
        for key, (label, prompts, answers) in _CHECKS.items():
            self.what.addItem(_translated(label), key)
            if (prompts, answers) == (policy.check_prompts, policy.check_answers):
                current = key
        self.what.setCurrentIndex(self.what.findData(current))
        form.addRow(self.tr("Check:"), self.what)
        self.action = QComboBox()
        self.action.addItem(self.tr("Block it and name the category"), "block")
        self.action.addItem(self.tr("Warn and show it"), "warn")
        self.action.setCurrentIndex(max(self.action.findData(policy.action), 0))
        form.addRow(self.tr("When unsafe:"), self.action)
        grid = QGridLayout()
        self.categories: dict[str, QCheckBox] = {}
        for i, code in enumerate(DEFAULT_CODES):
            box = QCheckBox(f"{code} {_translated(CATEGORIES[code])}")
            box.setToolTip(_translated(PLAIN_WORDS[code]))
            box.setChecked(code not in policy.excluded)
            self.categories[code] = box
            grid.addWidget(box, i // 2, i % 2)
        form.addRow(self.tr("Categories:"), grid)
        self.model = QLineEdit(policy.model or "")
        self.model.setPlaceholderText(self.tr("Llama Guard 3 1B (download it in the model "
                                             "manager)"))
        form.addRow(self.tr("Safety model:"), self.model)
        self.check_images = QCheckBox(self.tr("Check messages with a picture with Llama Guard 3 "
                                              "11B Vision when it is installed"))
        self.check_images.setChecked(policy.check_images)
        form.addRow(self.check_images)
        self.vision_model = QLineEdit(policy.vision_model or "")
        self.vision_model.setPlaceholderText(self.tr("Llama Guard 3 11B Vision, if installed"))
        form.addRow(self.tr("Picture safety model:"), self.vision_model)
        self.vision_status = QLabel()
        self.vision_status.setWordWrap(True)
        form.addRow(self.vision_status)
        self.check_images.toggled.connect(self._show_vision_status)
        self.vision_model.editingFinished.connect(self._show_vision_status)
        self._show_vision_status()
        lock_row = QHBoxLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self._lock_or_unlock)
        lock_row.addWidget(self.password, 1)
        lock_row.addWidget(self.lock_button)
        form.addRow(self.tr("Lock:"), lock_row)
        self.lock_status = QLabel()
        self.lock_status.setWordWrap(True)
        form.addRow(self.lock_status)
        self._editors: list[QWidget] = [self.enabled, self.what, self.action, self.model,
                                        self.check_images, self.vision_model,
                                        *self.categories.values()]
        self._show_lock()

    def _show_vision_status(self) -> None:
        """Say whether pictures will be checked (installed? allowed by the licence check?)."""
        from app.core.safety.guarded import vision_guard_status

        policy = replace(self._policy, check_images=self.check_images.isChecked(),
                         vision_model=self.vision_model.text().strip() or None)
        self.vision_status.setText(vision_guard_status(policy)[1])

    @property
    def locked(self) -> bool:
        return self._policy.locked

    def _show_lock(self, message: str | None = None) -> None:
        locked = self._policy.locked
        for widget in self._editors:
            widget.setEnabled(not locked)
        self.lock_button.setText(self.tr("Unlock") if locked else self.tr("Lock"))
        self.lock_status.setText(message or (
            self.tr("Locked: enter the password to change these settings.") if locked else
            self.tr("Anyone using this computer can change these settings. Lock them with a "
                    "password (only a salted hash of it is kept).")))

    def _lock_or_unlock(self) -> None:
        password = self.password.text()
        self.password.clear()
        try:
            if self._policy.locked:
                self._policy.unlock(password)
                self._show_lock(self.tr("Unlocked. Lock again before handing the computer "
                                        "over."))
            else:
                self._policy = replace(self._edited(), lock_salt=None, lock_hash=None)
                self._policy.lock(password)
                self._show_lock()
        except HearthError as exc:
            self._show_lock(str(exc))

    def _edited(self) -> GuardPolicy:
        _, prompts, answers = _CHECKS[self.what.currentData()]
        excluded = [c for c, box in self.categories.items() if not box.isChecked()]
        if len(excluded) == len(self.categories):
            excluded = []  # at least one category: none ticked means all, as Meta's does
        return replace(self._policy, enabled=self.enabled.isChecked(), check_prompts=prompts,
                       check_answers=answers, action=self.action.currentData(),
                       excluded=excluded, model=self.model.text().strip() or None,
                       check_images=self.check_images.isChecked(),
                       vision_model=self.vision_model.text().strip() or None)

    def policy(self) -> GuardPolicy:
        """The policy as edited (unchanged while locked)."""
        if self._policy.locked:
            return replace(self._policy, excluded=list(self._policy.excluded))
        return self._edited()
