"""The self-check warnings (自查预警): every rule set's findings, filtered and counted.

Computed when the view is shown (and again when data changes while it is shown), by one
service call; filtering and sorting then happen in memory on a few thousand rows at most.
Enter or a double-click opens the asset the warning is about.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vocab import RegionLevel
from desktop.domain.warnings import WarningKind
from desktop.services import regions as region_service
from desktop.services import warnings as warning_service
from desktop.services.warnings import PlacedWarning
from desktop.views.common import tr_label
from desktop.views.context import AppContext
from desktop.views.region_picker import refill_combo

Index = QModelIndex

_SEVERE = {WarningKind.CONTRACT_EXPIRED, WarningKind.IDLE, WarningKind.NO_CONTRACT,
           WarningKind.RECTIFICATION_OVERDUE}


class WarningsModel(QAbstractTableModel):
    COLUMNS = (("kind", "预警类型"), ("code", "资产编码"), ("name", "资产名称"), ("township", "乡镇"),
               ("village", "村"), ("message", "说明"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[PlacedWarning] = []
        self._rows: list[PlacedWarning] = []
        self._filter: tuple[str | None, int | None, str] = (None, None, "")
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def load(self, rows: list[PlacedWarning]) -> None:
        self._all = rows
        self.refilter()

    def set_filter(self, kind: str | None, township_id: int | None, text: str) -> None:
        self._filter = (kind, township_id, text.strip())
        self.refilter()

    def refilter(self) -> None:
        kind, township_id, text = self._filter
        self.beginResetModel()
        self._rows = [p for p in self._all
                      if (kind is None or p.warning.kind == kind)
                      and (township_id is None or p.township_id == township_id)
                      and (not text or text in p.warning.asset_code or text in p.warning.asset_name
                           or text in p.warning.message or text in p.village)]
        self._apply_sort()
        self.endResetModel()

    def rows_before_kind_filter(self) -> list[PlacedWarning]:
        """The warnings matching township and search (the counts per kind are of these)."""
        _, township_id, text = self._filter
        return [p for p in self._all if (township_id is None or p.township_id == township_id)
                and (not text or text in p.warning.asset_code or text in p.warning.asset_name
                     or text in p.warning.message or text in p.village)]

    def placed(self, row: int) -> PlacedWarning | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section][1])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def _text(self, p: PlacedWarning, key: str) -> str:
        w = p.warning
        return {"kind": tr_label(WarningKind, w.kind), "code": w.asset_code, "name": w.asset_name,
                "township": p.township, "village": p.village,
                "message": w.message}[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # type: ignore[override]
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(p, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "kind" and p.warning.kind in _SEVERE:
            return QBrush(QColor("#b91c1c"))
        if role == Qt.ItemDataRole.UserRole:
            return p.warning.asset_id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = self.COLUMNS[column][0]
        kinds = {k: i for i, k in enumerate(WarningKind)}

        def sort_key(p: PlacedWarning) -> Any:
            if key == "kind":
                return (kinds.get(p.warning.kind, 99), p.warning.asset_code)
            return (self._text(p, key), p.warning.asset_code)

        self._rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)


class WarningsTable(QTableView):
    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(int(self.currentIndex().data(Qt.ItemDataRole.UserRole)))
            return
        super().keyPressEvent(event)


class WarningsView(QWidget):
    """Emits ``open_requested(asset_id)`` on Enter or a double-click."""

    open_requested = Signal(object)
    settings_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = WarningsModel(self)
        self._stale = True
        self._build()
        ctx.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.kind = QComboBox()
        self.township = QComboBox()
        self.township.addItem(self.tr("全部乡镇"), None)
        self.search = QLineEdit(placeholderText=self.tr("搜索资产编码、名称、村或说明"))
        self.search.setClearButtonEnabled(True)
        self.settings_button = QPushButton(self.tr("预警设置…"))
        self.settings_button.clicked.connect(self.edit_settings)
        self.refresh_button = QPushButton(self.tr("重新检查"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        for w in (self.search, self.kind, self.township):
            top.addWidget(w)
        top.setStretch(0, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.settings_button)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.table = WarningsTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((150, 120, 240, 90, 90)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda i: self.open_requested.emit(i.data(Qt.ItemDataRole.UserRole)))
        self.table.open_requested.connect(self.open_requested.emit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        self.kind.currentIndexChanged.connect(self._filter)
        self.township.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, _kind: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        with self.ctx.db.reader() as s:
            placed = warning_service.place(s, warning_service.compute_warnings(s, date.today()))
            townships = [(t.name, t.id) for t in region_service.regions_at(s, RegionLevel.TOWNSHIP)]
        self._stale = False
        refill_combo(self.township, self.tr("全部乡镇"), townships)
        self.model.load(placed)
        self._filter()

    def _filter(self) -> None:
        kind = self.kind.currentData()
        self.model.set_filter(kind, self.township.currentData(), self.search.text())
        before = self.model.rows_before_kind_filter()
        counts = warning_service.counts_by_kind(p.warning for p in before)
        if kind is not None and kind not in counts:  # that kind no longer occurs: show all
            kind = None
            self.model.set_filter(None, self.township.currentData(), self.search.text())
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("全部类型（{n}）").format(n=len(before)), None)
        for code, n in counts.items():
            self.kind.addItem(f"{tr_label(WarningKind, code)}（{n}）", code)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.blockSignals(False)
        parts = [f"{tr_label(WarningKind, code)} <b>{n}</b>" for code, n in counts.items()]
        self.counts.setText(self.tr("共 {n} 条预警：").format(n=len(before)) + "　".join(parts)
                            if parts else self.tr("没有预警。"))
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def edit_settings(self) -> None:
        from desktop.views.category_settings_dialog import CategorySettingsDialog

        if CategorySettingsDialog(self.ctx, self).exec():
            self.ctx.changed.emit("settings")
