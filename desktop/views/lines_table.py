"""An editable list of lines (funding sources, beneficiary villages, owners).

These lists hold a handful of rows, so a QTableWidget with editor widgets in the cells is
the plain, keyboard-friendly choice here; the big tables use models (asset_table_model).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Column:
    header: str
    choices: Sequence[tuple[str, object]] | None = None  # (text, data) for a combo; None: text
    width: int = 160
    numeric: bool = False


class LinesTable(QWidget):
    edited = Signal()

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._models: dict[int, QStandardItemModel] = {}
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(30)
        for i, c in enumerate(columns):
            self.table.setColumnWidth(i, c.width)
        self.table.horizontalHeader().setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("添加一行（Ctrl+Ins）"))
        self.remove_button = QPushButton(self.tr("删除选中行（Ctrl+Del）"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence("Ctrl+Insert"), self, activated=lambda: self.add_row())
        QShortcut(QKeySequence("Ctrl+Delete"), self, activated=self.remove_current)
        self.footer = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.footer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, values: Sequence[object] | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, spec in enumerate(self.columns):
            value = values[col] if values is not None else None
            if spec.choices is not None:
                combo = QComboBox()
                combo.setModel(self._choice_model(col))
                if value is not None:
                    combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
                self.table.setCellWidget(row, col, combo)
            else:
                edit = QLineEdit("" if value is None else str(value))
                if spec.numeric:
                    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                edit.textChanged.connect(lambda _t: self.edited.emit())
                self.table.setCellWidget(row, col, edit)
        if values is None:
            first = self.table.cellWidget(row, 0)
            if first is not None:
                first.setFocus()
        self.edited.emit()

    def _choice_model(self, col: int) -> QStandardItemModel:
        """One item model per column, shared by the combos of every row: a village list of
        hundreds of entries is built once, not once per row."""
        model = self._models.get(col)
        if model is None:
            model = QStandardItemModel(self)
            for text, data in self.columns[col].choices or ():
                item = QStandardItem(text)
                item.setData(data, Qt.ItemDataRole.UserRole)
                model.appendRow(item)
            self._models[col] = model
        return model

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def set_rows(self, rows: Sequence[Sequence[object]]) -> None:
        self.blockSignals(True)
        self.table.setRowCount(0)
        for r in rows:
            self.add_row(r)
        self.blockSignals(False)

    def rows(self) -> list[list[object]]:
        """Each row's values: the combo's data, or the stripped text of a text cell."""
        out: list[list[object]] = []
        for row in range(self.table.rowCount()):
            values: list[object] = []
            for col in range(len(self.columns)):
                w = self.table.cellWidget(row, col)
                values.append(w.currentData() if isinstance(w, QComboBox) else w.text().strip()
                              if isinstance(w, QLineEdit) else None)
            out.append(values)
        return out

    def cell(self, row: int, col: int) -> QWidget | None:
        return self.table.cellWidget(row, col)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        for row in range(self.table.rowCount()):
            for col in range(len(self.columns)):
                w = self.table.cellWidget(row, col)
                if w is not None:
                    w.setEnabled(not read_only)
