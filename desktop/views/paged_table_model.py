"""The shape every big list shares: ordered ids in memory, rows fetched a page at a time.

A search in SQL gives the ids (cheap even for 150,000 people); a page of rows is fetched
only when the view paints it. Clicking a header does not sort in Python: it emits
``sort_requested`` so the view re-runs the search ordered in SQL. Subclasses declare
``COLUMNS`` (sort key, untranslated header, text of a row) and, where needed, colours and
alignment; the register, the roster, the inspections and the plans use it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WARN = QColor("#b45309")  # amber: needs attention
BAD = QColor("#b91c1c")  # red: wrong or lost


class HasId(Protocol):
    id: int


R = TypeVar("R", bound=HasId)


class PagedTableModel(QAbstractTableModel, Generic[R]):
    sort_requested = Signal(str, bool)  # sort key, descending

    COLUMNS: ClassVar[tuple[tuple[str, str, Callable[[Any], str]], ...]] = ()
    RIGHT_KEYS: ClassVar[Collection[str]] = ()  # right-aligned (numbers)
    SORT_KEYS: ClassVar[Collection[str] | None] = None  # keys SQL can sort by; None: every column

    def __init__(self, fetch: Callable[[Sequence[int]], dict[int, R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: dict[int, R] = {}

    # -- loading -------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids, self._rows = ids, {}
        self.endResetModel()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> R | None:
        record_id = self.id_at(row)
        if record_id is None:
            return None
        if record_id not in self._rows:
            start = row - row % PAGE
            self._rows.update(self._fetch(self._ids[start:start + PAGE]))
        return self._rows.get(record_id)

    # -- what subclasses colour ----------------------------------------------------------
    def display(self, key: str, row: R, column: int) -> str:
        return self.COLUMNS[column][2](row)

    def foreground(self, key: str, row: R) -> QColor | None:
        return None

    def tooltip(self, key: str, row: R) -> str | None:
        return None

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section][1])
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_data(index.row())
        if r is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(key, r, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.RIGHT_KEYS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.foreground(key, r)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(key, r)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column][0]
        if self.SORT_KEYS is not None and key not in self.SORT_KEYS:
            key = self.COLUMNS[0][0]
        self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
