"""Settings ▸ My tools: the programs of ``tools.json`` as a form, not hand-written JSON.

Each tool is a name, a description, a program with its arguments (``{name}`` places an
argument's value, see ``user_tools.py``), its arguments as a table (name, type, description,
required), a timeout, whether it only reads, and whether it is enabled. Saving checks the whole
file the way loading does and writes it at once; a mistake is shown in one sentence and nothing
is written.
"""

from __future__ import annotations

import copy
import re
import shlex
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import HearthError
from app.core.tools.user_tools import (
    load_user_tool_entries,
    save_user_tool_entries,
    user_tools_path,
)

__all__ = ["UserToolsPage"]

TYPES = ["string", "integer", "number", "boolean", "array"]  # JSON Schema's, as stored


class UserToolsPage(QWidget):
    """Add, edit, remove, enable and disable the tools in ``tools.json``."""

    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path or user_tools_path()
        self.entries: list[dict[str, Any]] = []
        self._current = -1
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._select)
        self.list.itemChanged.connect(self._toggled)
        left.addWidget(self.list)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New tool"))
        self.new_button.clicked.connect(self.new_tool)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_tool)
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText("word_count")
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What it does, for the model"))
        self.program = QLineEdit()
        self.program.setPlaceholderText("wc")
        self.args = QLineEdit()
        self.args.setPlaceholderText("-w -- {path}")
        # "{name}" here is what a person types, not a placeholder of the sentence.
        self.args.setToolTip(self.tr("The program's arguments; {name} is replaced by the value "
                                     "of the argument 'name'. No shell is used."))
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(1, 600)
        self.timeout.setValue(30)
        self.timeout.setSuffix(self.tr(" s", "seconds"))
        self.read_only = QCheckBox(self.tr("It only reads (runs without asking under “read-only”)"))
        self.enabled = QCheckBox(self.tr("Enabled"))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Program:"), self.program)
        form.addRow(self.tr("Arguments:"), self.args)
        form.addRow(self.tr("Timeout:"), self.timeout)
        form.addRow(self.read_only)
        form.addRow(self.enabled)
        right.addLayout(form)
        right.addWidget(QLabel(self.tr("What the model passes (its arguments):")))
        self.params = QTableWidget(0, 4)
        self.params.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Type"),
                                               self.tr("Description"), self.tr("Required")])
        self.params.horizontalHeader().setStretchLastSection(False)
        right.addWidget(self.params)
        prow = QHBoxLayout()
        self.add_param_button = QPushButton(self.tr("Add argument"))
        self.add_param_button.clicked.connect(lambda: self.add_param("", "string", "", True))
        self.remove_param_button = QPushButton(self.tr("Remove argument"))
        self.remove_param_button.clicked.connect(
            lambda: self.params.removeRow(self.params.currentRow())
            if self.params.currentRow() >= 0 else None)
        prow.addWidget(self.add_param_button)
        prow.addWidget(self.remove_param_button)
        prow.addStretch(1)
        right.addLayout(prow)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        right.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Save tool"))
        self.save_button.clicked.connect(self.save_current)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(right, 2)
        self.reload()

    # -- list -------------------------------------------------------------------------------

    def reload(self) -> None:
        problem = None
        try:
            self.entries = load_user_tool_entries(self.path)
        except HearthError as exc:
            self.entries = []
            problem = self.tr("{problem} Fix or remove the file to edit tools here.").format(
                problem=exc)
        self._fill_list()
        if problem:  # a broken file is never overwritten from here
            self.error.setText(problem)
            for widget in (self.new_button, self.save_button):
                widget.setEnabled(False)

    def _fill_list(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(str(entry.get("name", "?")))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.get("enabled") is True
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = select if select is not None else (0 if self.entries else -1)
        self.list.setCurrentRow(row)
        self._select(row)

    def names(self) -> list[str]:
        return [str(e.get("name")) for e in self.entries]

    def _toggled(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        entries = copy.deepcopy(self.entries)
        entries[row]["enabled"] = item.checkState() == Qt.CheckState.Checked
        if self._write(entries):
            self.enabled.setChecked(entries[row]["enabled"])

    def _select(self, row: int) -> None:
        self._current = row
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self.error.setText("")
        self.remove_button.setEnabled(entry is not None)
        self._show(entry or {})

    def _show(self, entry: dict[str, Any]) -> None:
        action = entry.get("action") or {}
        self.name.setText(entry.get("name", ""))
        self.description.setText(entry.get("description", ""))
        self.program.setText(action.get("program", ""))
        self.args.setText(_join(action.get("args", [])))
        self.timeout.setValue(float(entry.get("timeout_s", 30)))
        self.read_only.setChecked(entry.get("read_only") is True)
        self.enabled.setChecked(entry.get("enabled") is True)
        self.params.setRowCount(0)
        parameters = entry.get("parameters") or {}
        required = set(parameters.get("required", []))
        for name, spec in (parameters.get("properties") or {}).items():
            self.add_param(name, spec.get("type", "string"), spec.get("description", ""),
                           name in required)

    def add_param(self, name: str, kind: str, description: str, required: bool) -> None:
        row = self.params.rowCount()
        self.params.insertRow(row)
        self.params.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        words = self._type_words()
        for value in TYPES:
            combo.addItem(words[value], value)
        combo.setCurrentIndex(TYPES.index(kind) if kind in TYPES else 0)
        self.params.setCellWidget(row, 1, combo)
        self.params.setItem(row, 2, QTableWidgetItem(description))
        box = QTableWidgetItem()
        box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        box.setCheckState(Qt.CheckState.Checked if required else Qt.CheckState.Unchecked)
        self.params.setItem(row, 3, box)

    def _type_words(self) -> dict[str, str]:
        """JSON Schema's type names as the table shows them."""
        return {"string": self.tr("string", "JSON Schema type: text"),
                "integer": self.tr("integer", "JSON Schema type: whole number"),
                "number": self.tr("number", "JSON Schema type: any number"),
                "boolean": self.tr("boolean", "JSON Schema type: true or false"),
                "array": self.tr("array", "JSON Schema type: a list of texts")}

    # -- editing ------------------------------------------------------------------------------

    def new_tool(self) -> None:
        self.list.setCurrentRow(-1)
        self._current = -1
        self._show({"enabled": False})
        self.name.setFocus()

    def entry_from_form(self) -> dict[str, Any]:
        """The tool the form describes, as a ``tools.json`` entry."""
        previous = self.entries[self._current] if 0 <= self._current < len(self.entries) \
            else {}
        entry = {k: v for k, v in previous.items()
                 if k not in {"name", "description", "parameters", "timeout_s", "read_only",
                              "enabled"}}
        properties: dict[str, Any] = {}
        required = []
        for row in range(self.params.rowCount()):
            name_item = self.params.item(row, 0)
            name = name_item.text().strip() if name_item else ""
            if not name:
                continue
            combo = self.params.cellWidget(row, 1)
            kind = combo.currentData() if isinstance(combo, QComboBox) else "string"
            spec: dict[str, Any] = {"type": kind}
            if kind == "array":
                spec["items"] = {"type": "string"}
            desc_item = self.params.item(row, 2)
            if desc_item and desc_item.text().strip():
                spec["description"] = desc_item.text().strip()
            properties[name] = spec
            box = self.params.item(row, 3)
            if box is not None and box.checkState() == Qt.CheckState.Checked:
                required.append(name)
        try:
            args = shlex.split(self.args.text())
        except ValueError as exc:
            raise HearthError(self.tr("The arguments cannot be read: {reason}.").format(
                reason=exc)) from None
        action = dict(previous.get("action") or {})
        action.update({"program": self.program.text().strip(), "args": args})
        entry.update({
            "name": self.name.text().strip(),
            "description": self.description.text().strip(),
            "parameters": {"type": "object", "required": required, "properties": properties},
            "action": action,
            "timeout_s": self.timeout.value(),
            "read_only": self.read_only.isChecked(),
            "enabled": self.enabled.isChecked(),
        })
        return entry

    def save_current(self) -> bool:
        """Write the form into the file (a new tool, or the selected one replaced)."""
        try:
            entry = self.entry_from_form()
        except HearthError as exc:
            self.error.setText(str(exc))
            return False
        entries = copy.deepcopy(self.entries)
        if 0 <= self._current < len(entries):
            entries[self._current] = entry
            row = self._current
        else:
            entries.append(entry)
            row = len(entries) - 1
        if not self._write(entries):
            return False
        self._fill_list(row)
        return True

    def remove_tool(self) -> None:
        if not 0 <= self._current < len(self.entries):
            return
        entries = copy.deepcopy(self.entries)
        del entries[self._current]
        if self._write(entries):
            self._fill_list()

    def _write(self, entries: list[dict[str, Any]]) -> bool:
        try:
            save_user_tool_entries(entries, self.path)
        except HearthError as exc:
            self.error.setText(str(exc))
            return False
        self.entries = entries
        self.error.setText("")
        return True


def _join(args: list[str]) -> str:
    """The arguments as one editable line: quoted only where needed (``{name}`` stays bare)."""
    return " ".join(a if re.fullmatch(r"[\w@%+=:,./{}-]+", a) else shlex.quote(a)
                    for a in args)
