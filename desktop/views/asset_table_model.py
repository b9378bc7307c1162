"""The register's table model: ordered ids in memory, rows fetched a page at a time.

Sorting is delegated back to SQL (``sort_requested``) so that a sort over a whole county
never loads every row into Python.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.money import format_yuan
from desktop.domain.vocab import Category, Nature, Status
from desktop.services.register import AssetRow
from desktop.views.common import tr_label

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


def _capacity(r: AssetRow) -> str:
    if r.capacity is None:
        return ""
    return f"{r.capacity.normalize():f} {r.capacity_unit}"


class AssetTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # sort key, descending

    # (sort key, header, text of a row); the header is translated in headerData.
    COLUMNS: tuple[tuple[str, str, Callable[[AssetRow], str]], ...] = (
        ("code", "资产编码", lambda r: r.code),
        ("name", "资产名称", lambda r: r.name),
        ("category", "类别", lambda r: tr_label(Category, r.category)),
        ("nature", "性质", lambda r: tr_label(Nature, r.nature)),
        ("township", "乡镇", lambda r: r.township),
        ("village", "所在村", lambda r: r.village),
        ("capacity", "规模", _capacity),
        ("original_value", "原值（元）", lambda r: format_yuan(r.original_value)),
        ("project_year", "项目年度", lambda r: str(r.project_year)),
        ("status", "状态", lambda r: tr_label(Status, r.status)),
        ("registered", "确权", lambda r: ""),
        ("operator", "经营主体", lambda r: r.operator),
    )
    _RIGHT = {"capacity", "original_value", "project_year"}

    def __init__(self, fetch: Callable[[Sequence[int]], dict[int, AssetRow]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: dict[int, AssetRow] = {}

    # -- loading -------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids, self._rows = ids, {}
        self.endResetModel()

    def asset_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, asset_id: int) -> int | None:
        try:
            return self._ids.index(asset_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> AssetRow | None:
        asset_id = self.asset_id(row)
        if asset_id is None:
            return None
        if asset_id not in self._rows:
            start = row - row % PAGE
            self._rows.update(self._fetch(self._ids[start:start + PAGE]))
        return self._rows.get(asset_id)

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_data(index.row())
        if r is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "registered":
                return self.tr("已确权") if r.registered else self.tr("待确权")
            return self.COLUMNS[index.column()][2](r)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self._RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "registered" and not r.registered:
                return QBrush(QColor("#b45309"))
            if key == "status" and r.status in (Status.IDLE, Status.DAMAGED, Status.DISPOSED):
                return QBrush(QColor("#b91c1c"))
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            return f"{r.code} {r.name}"
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(self.COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
