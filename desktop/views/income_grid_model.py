"""The county year grid's model: one row per earning asset, last year beside this year.

The rows come from one ``year_grid`` call (three queries); edits are kept in the model
until the view saves them all in one transaction. A cell far from last year's figure
(±50 %) is tinted for a second look; a refused value never reaches the model.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from desktop.domain.income import IncomeData, far_from, return_rate
from desktop.domain.money import format_yuan
from desktop.domain.vocab import Category
from desktop.services.income import GridRow
from desktop.views.common import tr_label
from desktop.views.income_cells import COMPUTED, EDIT_FIELDS, FLAG, READ_ONLY, CellError, Index, edit_text, parse, show

# Read-only columns, then computed ones; the editable ones follow.
LEAD = ("code", "name", "place", "prev_net")
TAIL = ("net", "rate")
_HEADERS = {"code": "资产编码", "name": "资产名称", "place": "乡镇 / 村", "prev_net": "上年净收益",
            "net": "净收益", "rate": "收益率"}
_RIGHT = {"prev_net", "net", "rate"}


class IncomeGridModel(QAbstractTableModel):
    refused = Signal(str)  # a typed value was not accepted; the message says why
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year = 0
        self._all: list[GridRow] = []
        self._rows: list[GridRow] = []  # shown (filtered, sorted)
        self._work: dict[int, IncomeData | None] = {}  # asset id → this year as edited (edited rows only)
        self._dirty: set[int] = set()
        self._township: int | None = None
        self._search = ""
        # Net and rate beside last year's net, in sight while the amounts are typed.
        self.keys = [*LEAD, *TAIL, *(k for k, _, _ in EDIT_FIELDS)]
        self._kinds = {k: kind for k, _, kind in EDIT_FIELDS}

    # -- loading and results -------------------------------------------------------------
    def load(self, year: int, rows: list[GridRow]) -> None:
        self.beginResetModel()
        self.year, self._all = year, rows
        self._work = {}
        self._dirty = set()
        self._rows = self._visible()
        self.endResetModel()

    def set_filter(self, township_id: int | None, text: str = "") -> None:
        """Show one township's rows and/or the rows whose code, name or village contain ``text``."""
        self.beginResetModel()
        self._township, self._search = township_id, text.strip()
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[GridRow]:
        t = self._search
        return [r for r in self._all if (self._township is None or r.township_id == self._township)
                and (not t or t in r.code or t in r.name or t in r.village)]

    def is_dirty(self) -> bool:
        return bool(self._dirty)

    def entries(self) -> dict[int, IncomeData | None]:
        """The rows changed since loading: asset id → its record (None: cleared)."""
        out: dict[int, IncomeData | None] = {}
        for asset_id in self._dirty:
            data = self._work.get(asset_id)
            out[asset_id] = None if data is None or data.is_blank() else data
        return out

    def labels(self) -> dict[int, str]:
        return {r.asset_id: f"{r.code} {r.name}" for r in self._all}

    def row_of(self, asset_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.asset_id == asset_id:
                return i
        return None

    def _data(self, r: GridRow) -> IncomeData | None:
        """This year's figures of a row: as edited, or as stored (converted on first use)."""
        return self._work[r.asset_id] if r.asset_id in self._work else r.current

    def first_editable(self) -> int:
        return len(LEAD) + len(TAIL)

    def grid_row(self, row: int) -> GridRow:
        return self._rows[row]

    def totals(self) -> tuple[int, Decimal, Decimal]:
        """Rows shown with a figure this year, their net, and last year's net of the rows shown."""
        n, net, prev = 0, Decimal("0.00"), Decimal("0.00")
        for r in self._rows:
            if r.asset_id in self._work:
                data = self._work[r.asset_id]
                if data is not None and not data.is_blank():
                    n += 1
                    net += data.net
            elif r.current_net is not None:
                n += 1
                net += r.current_net
            if r.previous_net is not None:
                prev += r.previous_net
        return n, net, prev

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        key = self.keys[section]
        if key in _HEADERS:
            return self.tr(_HEADERS[key])
        return self.tr(dict((k, h) for k, h, _ in EDIT_FIELDS)[key])

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.keys[index.column()] in self._kinds and not self._rows[index.row()].by_quarter:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        key = self.keys[index.column()]
        data = self._data(r)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key, data)
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(data, key) if key in self._kinds else self._text(r, key, data)
        if role == Qt.ItemDataRole.TextAlignmentRole and (key in _RIGHT or self._kinds.get(key) in ("money", "kwh")):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(r, key, data)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, key, data)
        if role == Qt.ItemDataRole.UserRole:
            return r.asset_id
        return None

    def _text(self, r: GridRow, key: str, data: IncomeData | None) -> str:
        if key == "code":
            return r.code
        if key == "name":
            return r.name
        if key == "place":
            return f"{r.township} {r.village}"
        if key == "prev_net":
            return format_yuan(r.previous_net)
        if key == "net":
            return format_yuan(data.net) if data is not None and not data.is_blank() else ""
        if key == "rate":
            rate = return_rate(data.net, r.original_value) if data is not None and not data.is_blank() else None
            return "" if rate is None else f"{rate}%"
        return show(data, key)

    def _far(self, r: GridRow, key: str, data: IncomeData | None) -> bool:
        if data is None or r.previous is None or data.is_blank():
            return False
        if key == "net":
            return far_from(data.net, r.previous.net)
        if self._kinds.get(key) in ("money", "kwh"):
            current = getattr(data, key)
            return current is not None and current != 0 and far_from(current, getattr(r.previous, key))
        return False

    def _background(self, r: GridRow, key: str, data: IncomeData | None) -> QBrush | None:
        if self._far(r, key, data):
            return QBrush(FLAG)
        if r.by_quarter or key in LEAD:
            return QBrush(READ_ONLY)
        if key in TAIL:
            return QBrush(COMPUTED)
        return None

    def _tooltip(self, r: GridRow, key: str, data: IncomeData | None) -> str | None:
        if r.by_quarter:
            return self.tr("{year} 年按季度登记，请在资产信息的“收益”页修改").format(year=self.year)
        if key == "name":
            return self.tr("{code} {name}，原值 {value} 元，{category}").format(
                code=r.code, name=r.name, value=format_yuan(r.original_value), category=tr_label(Category, r.category))
        previous = r.previous
        if previous is None or not (key in self._kinds or key == "net"):
            return None
        before = format_yuan(previous.net) if key == "net" else show(previous, key) or "0"
        text = self.tr("上年（{year}）：{value}").format(year=self.year - 1, value=before)
        if self._far(r, key, data):
            text += self.tr("\n与上年相差超过 50%，请核对")
        return text

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        r = self._rows[index.row()]
        key = self.keys[index.column()]
        try:
            parsed = parse(key, self._kinds[key], str(value))
        except CellError as exc:
            self.refused.emit(self.tr("{code} {name}：{error}").format(code=r.code, name=r.name, error=str(exc)))
            return False
        data = self._data(r) or IncomeData(year=self.year)
        if getattr(data, key) == parsed:
            return True
        data = copy.copy(data)
        setattr(data, key, parsed)
        self._work[r.asset_id] = data
        self._dirty.add(r.asset_id)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.edited.emit()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.keys[column]

        def sort_key(r: GridRow) -> Any:
            data = self._data(r)
            if key in ("code", "name"):
                return getattr(r, key)
            if key == "place":
                return (r.township, r.village)
            if key == "prev_net":
                return r.previous_net if r.previous_net is not None else Decimal(-10**15)
            if key == "net":
                return data.net if data is not None else Decimal(-10**15)
            if key == "rate":
                rate = return_rate(data.net, r.original_value) if data is not None else None
                return rate if rate is not None else Decimal(-10**15)
            value = getattr(data, key) if data is not None else None
            return (value is not None, value if value is not None else 0) if key != "note" else (value or "")

        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
