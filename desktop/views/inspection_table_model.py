"""Table models of the inspections area: the paged list of inspections (ids in memory,
rows fetched a page at a time, sorting in SQL) and the overdue rectifications."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.inspections import InspectionKind, InspectionResult
from desktop.domain.money import format_yuan
from desktop.services.inspections import InspectionRow, OverdueRow
from desktop.views.common import tr_label
from desktop.views.paged_table_model import BAD, RIGHT, WARN, Index, PagedTableModel


class InspectionTableModel(PagedTableModel[InspectionRow]):
    COLUMNS = (
        ("inspected_on", "验收日期", lambda r: r.inspected_on.isoformat()),
        ("code", "资产编码", lambda r: r.code),
        ("name", "资产名称", lambda r: r.name),
        ("township", "乡镇", lambda r: r.township),
        ("village", "村", lambda r: r.village),
        ("kind", "验收类型", lambda r: tr_label(InspectionKind, r.kind)),
        ("result", "结论", lambda r: tr_label(InspectionResult, r.result)),
        ("verified_investment", "核定投资（元）", lambda r: format_yuan(r.verified_investment)),
        ("open_rectifications", "整改 未完/共", lambda r: f"{r.open_rectifications} / {r.rectifications}"
         if r.rectifications else ""),
        ("team", "验收组", lambda r: r.team),
    )
    RIGHT_KEYS = {"verified_investment", "open_rectifications"}

    def inspection_id(self, row: int) -> int | None:
        return self.id_at(row)

    def foreground(self, key: str, row: InspectionRow) -> QColor | None:
        if key == "result" and row.result == InspectionResult.FAILED:
            return BAD
        if key == "result" and row.result == InspectionResult.BASICALLY:
            return WARN
        if key == "open_rectifications" and row.open_rectifications:
            return WARN
        return None


class OverdueTableModel(QAbstractTableModel):
    """Open rectifications past their deadline: at most a few hundred rows, held whole."""

    COLUMNS: tuple[tuple[str, Callable[[OverdueRow], Any]], ...] = (
        ("逾期天数", lambda r: r.days_late),
        ("整改期限", lambda r: r.deadline.isoformat()),
        ("资产编码", lambda r: r.code),
        ("资产名称", lambda r: r.name),
        ("乡镇", lambda r: r.township),
        ("整改要求", lambda r: r.requirement),
        ("责任人", lambda r: r.responsible),
        ("验收日期", lambda r: r.inspected_on.isoformat()),
        ("验收类型", lambda r: tr_label(InspectionKind, r.kind)),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[OverdueRow] = []

    def set_rows(self, rows: list[OverdueRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr(self.COLUMNS[section][0]) if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.COLUMNS[index.column()][1](r)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QBrush(BAD if r.days_late > 30 else WARN)
        if role == Qt.ItemDataRole.UserRole:
            return r.inspection_id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column][1]
        self.beginResetModel()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()
