"""The plans list's table model: rows fetched a page at a time as the view scrolls
(``canFetchMore``/``fetchMore``), sorting delegated back to SQL through ``sort_requested``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.distribution import PlanStatus
from desktop.domain.money import format_yuan
from desktop.services.plan_query import PlanRow

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
_STATUS_COLOURS = {"draft": "#6b7280", "submitted": "#2563eb", "returned": "#dc2626", "approved": "#0d9488",
                   "filed": "#7c3aed", "notice": "#d97706", "paid": "#15803d", "archived": "#374151"}


def status_text(code: str) -> str:
    return QCoreApplication.translate("vocab", PlanStatus.label_of(code))


class PlanTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)

    COLUMNS: tuple[tuple[str, str, Callable[[PlanRow], str]], ...] = (
        ("township", "乡镇", lambda r: r.township),
        ("village", "村", lambda r: r.village),
        ("period", "期间", lambda r: r.period),
        ("revision", "版本", lambda r: f"第{r.revision}版"),
        ("status", "状态", lambda r: status_text(r.status)),
        ("pool", "收益总额（元）", lambda r: format_yuan(r.pool)),
        ("allocated", "已分配（元）", lambda r: format_yuan(r.allocated)),
        ("warnings", "预警", lambda r: str(r.warnings) if r.warnings else ""),
        ("updated", "更新时间", lambda r: r.updated_at.strftime("%Y-%m-%d %H:%M") if r.updated_at else ""),
    )
    RIGHT = {"pool", "allocated", "warnings"}

    def __init__(self, fetch: Callable[[int, int], list[PlanRow]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[PlanRow] = []
        self._total = 0

    def reset(self, total: int) -> None:
        self.beginResetModel()
        self._total = total
        self._rows = self._fetch(0, PAGE) if total else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        more = self._fetch(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PlanTableModel", self.COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key, _title, text = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status":
                return QBrush(QColor(_STATUS_COLOURS.get(row.status, "#000000")))
            if key == "warnings" and row.warnings:
                return QBrush(QColor("#b45309"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(self.COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)

    def plan_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, plan_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == plan_id:
                return i
        return None

    @property
    def total(self) -> int:
        return self._total
