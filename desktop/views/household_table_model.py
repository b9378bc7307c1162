"""The roster's table model: ordered household ids in memory, rows fetched 200 at a time.

ID numbers and accounts are masked here (the full values appear only in the editor);
sorting is delegated back to SQL through ``sort_requested``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.households import HouseholdCategory, MonitorKind
from desktop.domain.masking import mask_account, mask_id, mask_phone
from desktop.services.roster import SORT_KEYS, HouseholdRow
from desktop.views.common import tr_label

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


def _category(r: HouseholdRow) -> str:
    text = tr_label(HouseholdCategory, r.category)
    return f"{text}（{tr_label(MonitorKind, r.monitor_kind)}）" if r.monitor_kind else text


class HouseholdTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)

    COLUMNS: tuple[tuple[str, str, Callable[[HouseholdRow], str]], ...] = (
        ("code", "户编号", lambda r: r.code),
        ("head_name", "户主", lambda r: r.head_name),
        ("head_id", "户主身份证号", lambda r: mask_id(r.head_id)),
        ("township", "乡镇", lambda r: r.township),
        ("village", "村", lambda r: r.village),
        ("category", "户类别", _category),
        ("members", "人口", lambda r: str(r.members)),
        ("enjoys", "享受政策", lambda r: ""),
        ("phone", "联系电话", lambda r: mask_phone(r.phone)),
        ("account", "银行账号", lambda r: mask_account(r.account)),
    )

    def __init__(self, fetch: Callable[[Sequence[int]], dict[int, HouseholdRow]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: dict[int, HouseholdRow] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids, self._rows = ids, {}
        self.endResetModel()

    def household_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, household_id: int) -> int | None:
        try:
            return self._ids.index(household_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> HouseholdRow | None:
        hid = self.household_id(row)
        if hid is None:
            return None
        if hid not in self._rows:
            start = row - row % PAGE
            self._rows.update(self._fetch(self._ids[start:start + PAGE]))
        return self._rows.get(hid)

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
            if key == "enjoys":
                return self.tr("是") if r.enjoys else self.tr("否")
            return self.COLUMNS[index.column()][2](r)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "members":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "enjoys" and not r.enjoys:
            return QBrush(QColor("#b45309"))
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column][0]
        self.sort_requested.emit(key if key in SORT_KEYS else "code", order == Qt.SortOrder.DescendingOrder)
