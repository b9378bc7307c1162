"""The asset editor's income tab (收益): one row per year (or quarter) of this asset.

The rows are saved with the asset, in the editor's one transaction; problems (a period
twice, a year both whole and by quarter, a negative income) keep Save disabled like any
other problem of the form.
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.income import IncomeData, far_from, return_rate, validate_periods
from desktop.domain.money import format_yuan
from desktop.domain.problems import Problem
from desktop.services import income as income_service
from desktop.views.income_cells import COMPUTED, EDIT_FIELDS, FLAG, CellError, EntryTable, Index, edit_text, parse, show

_QUARTERS = {"全年": 0, "0": 0, "": 0, "1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}


class IncomeRowsModel(QAbstractTableModel):
    refused = Signal(str)
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[IncomeData] = []
        self.original_value: Decimal | None = None
        self.read_only = False
        # Net and rate next to the period, so they stay in sight while amounts are typed.
        self.keys = ["year", "quarter", "net", "rate", *(k for k, _, _ in EDIT_FIELDS)]
        self._kinds = {k: kind for k, _, kind in EDIT_FIELDS}
        self._headers = {"year": "年度", "quarter": "期间", "net": "净收益", "rate": "收益率",
                         **{k: h for k, h, _ in EDIT_FIELDS}}

    def set_rows(self, rows: list[IncomeData]) -> None:
        self.beginResetModel()
        self.rows = [copy.copy(r) for r in rows]
        self.endResetModel()

    def add_year(self) -> int:
        years = [r.year for r in self.rows]
        year = min(max(years) + 1, date.today().year) if years else date.today().year - 1
        while any(r.year == year and r.quarter == 0 for r in self.rows) and year > 2000:
            year -= 1
        row = 0
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, IncomeData(year=year))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def _previous(self, data: IncomeData) -> IncomeData | None:
        """Last year's same period (a quarter compares with the same quarter)."""
        for r in self.rows:
            if r.year == data.year - 1 and r.quarter == data.quarter:
                return r
        return None

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self.tr(self._headers[self.keys[section]])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or self.keys[index.column()] in ("net", "rate"):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def _text(self, d: IncomeData, key: str) -> str:
        if key == "year":
            return str(d.year)
        if key == "quarter":
            return self.tr("全年") if d.quarter == 0 else self.tr("第{q}季度").format(q=d.quarter)
        if key == "net":
            return format_yuan(d.net)
        if key == "rate":
            rate = return_rate(d.net, self.original_value)
            return "" if rate is None else f"{rate}%"
        return show(d, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        key = self.keys[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(d, key)
        if role == Qt.ItemDataRole.EditRole:
            if key == "year":
                return str(d.year)
            if key == "quarter":
                return str(d.quarter)
            return edit_text(d, key) if key in self._kinds else self._text(d, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and (key in ("net", "rate", "year")
                                                          or self._kinds.get(key) in ("money", "kwh")):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            prev = self._previous(d)
            if prev is not None and ((key == "net" and far_from(d.net, prev.net)) or (
                    self._kinds.get(key) == "money" and getattr(d, key) != 0
                    and far_from(getattr(d, key), getattr(prev, key)))):
                return QBrush(FLAG)
            if key in ("net", "rate"):
                return QBrush(COMPUTED)
        if role == Qt.ItemDataRole.ToolTipRole and key == "quarter":
            return self.tr("全年填 0，季度填 1–4")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key = self.keys[index.column()]
        text = str(value).strip()
        try:
            parsed: Any
            if key == "year":
                if not text.isdigit():
                    raise CellError(self.tr("年度“{value}”不是有效年份").format(value=text))
                parsed = int(text)
            elif key == "quarter":
                if text.removeprefix("第").removesuffix("季度") not in _QUARTERS:
                    raise CellError(self.tr("期间“{value}”无效：全年填 0，季度填 1–4").format(value=text))
                parsed = _QUARTERS[text.removeprefix("第").removesuffix("季度")]
            else:
                parsed = parse(key, self._kinds[key], text)
        except CellError as exc:
            self.refused.emit(self.tr("第 {row} 行：{error}").format(row=index.row() + 1, error=str(exc)))
            return False
        setattr(self.rows[index.row()], key, parsed)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.keys) - 1))
        self.edited.emit()
        return True


class IncomeTab(QWidget):
    """``edited`` fires on every change; the editor asks ``records()``/``problems()``."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IncomeRowsModel(self)
        self._baseline: list[IncomeData] = []
        self.table = EntryTable()
        self.table.setModel(self.model)
        for col, key in enumerate(self.model.keys):
            self.table.setColumnWidth(col, {"year": 60, "quarter": 70, "note": 140, "received_on": 92}.get(key, 92))
        self.add_button = QPushButton(self.tr("添加一年"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("删除所选行"))
        self.remove_button.clicked.connect(lambda: self.model.remove(self.table.currentIndex().row()))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.setWordWrap(True)
        self.footer = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.footer)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("每年一行（也可按季度登记：期间填 1–4）。收入不能为负数，支出请填在成本栏。"
                                        "黄色：与上年相差超过 50%，请核对。")))
        self.model.refused.connect(self.message.setText)
        self.model.edited.connect(self._on_edited)

    def load(self, db: Any, asset_id: int | None, original_value: Decimal | None) -> None:
        rows: list[IncomeData] = []
        if asset_id is not None:
            with db.reader() as s:
                rows = income_service.asset_income(s, asset_id)
        self._baseline = [copy.copy(r) for r in rows]
        self.model.original_value = original_value
        self.model.set_rows(rows)
        self._update_footer()

    def set_original_value(self, value: Decimal | None) -> None:
        if value != self.model.original_value:
            self.model.original_value = value
            self.model.layoutChanged.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def records(self) -> list[IncomeData]:
        return list(self.model.rows)

    def problems(self) -> list[Problem]:
        return validate_periods(self.model.rows)

    def is_dirty(self) -> bool:
        return sorted(self.model.rows, key=_period) != sorted(self._baseline, key=_period)

    def mark_saved(self) -> None:
        self._baseline = [copy.copy(r) for r in self.model.rows]

    def _add(self) -> None:
        row = self.model.add_year()
        self.table.setCurrentIndex(self.model.index(row, self.model.keys.index("rent")))
        self.table.setFocus()

    def _on_edited(self) -> None:
        self.message.clear()
        self._update_footer()
        self.edited.emit()

    def _update_footer(self) -> None:
        total = sum((r.net for r in self.model.rows), Decimal("0.00"))
        self.footer.setText(self.tr("共 {n} 期，净收益合计 {total} 元").format(n=len(self.model.rows),
                                                                      total=format_yuan(total)))


def _period(d: IncomeData) -> tuple[int, int]:
    return (d.year, d.quarter)
