"""The inspections area (验收管理): every inspection by period, kind, result and township,
and the overdue rectifications with days late. New records open the keyboard-first form."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.inspections import InspectionKind, InspectionResult
from desktop.domain.vocab import RegionLevel
from desktop.services import inspections as svc
from desktop.services import regions as region_service
from desktop.services.inspections import InspectionFilter, InspectionRow
from desktop.views import print_actions
from desktop.views.common import LoadsWhenShown, fill_combo, list_table, tr_label
from desktop.views.context import AppContext
from desktop.views.export_worker import ExportWorker, export_with_progress
from desktop.views.inspection_form import InspectionDialog
from desktop.views.inspection_table_model import InspectionTableModel, OverdueTableModel
from desktop.views.print_preview import PrintPreviewDialog
from desktop.views.region_picker import refill_combo
from desktop.views.widgets import DateField


def _table(model: QAbstractItemModel) -> QTableView:
    return list_table(model, sort_column=None)  # the list opens newest first, as SQL orders it


class InspectionsView(LoadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: InspectionDialog | None = None
        self._sort = ("inspected_on", True)
        self.model = InspectionTableModel(self._fetch_rows, self)
        self.overdue_model = OverdueTableModel(self)
        self._build()
        self.model.sort_requested.connect(self._on_sort)
        self._load_townships()
        ctx.changed.connect(self._on_changed)
        # Loaded when first shown, not at start-up: the program opens on the register and
        # should not pay for a list the clerk may not look at.
        self._stale = True


    def _build(self) -> None:
        self.search = QLineEdit(placeholderText=self.tr("搜索资产编码或名称"))
        self.search.setClearButtonEnabled(True)
        self.date_from, self.date_to = DateField(), DateField()
        self.kind, self.result, self.township = QComboBox(), QComboBox(), QComboBox()
        fill_combo(self.kind, InspectionKind, blank=self.tr("全部类型"))
        fill_combo(self.result, InspectionResult, blank=self.tr("全部结论"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for w in (QLabel(self.tr("日期")), self.date_from, QLabel(self.tr("至")), self.date_to, self.kind,
                  self.result, self.township):
            filters.addWidget(w)
        self.search.textChanged.connect(self.refresh)
        for d in (self.date_from, self.date_to):
            d.edited.connect(self.refresh)
        for c in (self.kind, self.result, self.township):
            c.currentIndexChanged.connect(self.refresh)

        self.table = _table(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for col, width in enumerate((92, 112, 220, 80, 80, 84, 70, 116, 84)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda idx: self.open_inspection(self.model.inspection_id(idx.row())))
        self.summary = QLabel()
        self.new_button = QPushButton(self.tr("新增验收记录（Ctrl+Shift+N）"))
        self.new_button.clicked.connect(lambda: self.open_inspection(None))
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=lambda: self.open_inspection(None))
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.clicked.connect(lambda: self.open_inspection(self.current_id()))
        self.print_button = QPushButton(self.tr("打印验收单…（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_current)
        print_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_key.activated.connect(lambda: self.print_button.click() if self.print_button.isEnabled() else None)
        self.delete_button = QPushButton(self.tr("删除…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.clicked.connect(self.export)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for b in (self.new_button, self.open_button, self.print_button, self.delete_button, self.export_button):
            bottom.addWidget(b)
        records = QWidget()
        lay = QVBoxLayout(records)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)

        self.overdue = _table(self.overdue_model)
        for col, width in enumerate((70, 96, 120, 220, 90, 260, 80, 96)):
            self.overdue.setColumnWidth(col, width)
        self.overdue.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.overdue.activated.connect(lambda idx: self.open_inspection(
            self.overdue_model.rows[idx.row()].inspection_id))
        self.overdue_summary = QLabel()
        over = QWidget()
        lay2 = QVBoxLayout(over)
        lay2.setContentsMargins(0, 0, 0, 0)
        lay2.addWidget(self.overdue, 1)
        lay2.addWidget(self.overdue_summary)

        self.tabs = QTabWidget()
        self.tabs.addTab(records, self.tr("验收记录"))
        self.tabs.addTab(over, self.tr("逾期整改"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _load_townships(self) -> None:
        with self.ctx.db.reader() as s:
            townships = [(t.name, t.id) for t in region_service.regions_at(s, RegionLevel.TOWNSHIP)]
        refill_combo(self.township, self.tr("全部乡镇"), townships)

    # -- behaviour -----------------------------------------------------------------------
    def current_filter(self) -> InspectionFilter:
        return InspectionFilter(date_from=self.date_from.value(), date_to=self.date_to.value(),
                                kind=self.kind.currentData(), result=self.result.currentData(),
                                township_id=self.township.currentData(), text=self.search.text())

    def refresh(self) -> None:
        self._stale = False
        selected = self.current_id()
        today = date.today()
        with self.ctx.db.reader() as s:
            ids = svc.search(s, self.current_filter(), *self._sort)
            overdue = svc.overdue_rectifications(s, today, self.township.currentData())
        self.model.set_ids(ids)
        self.summary.setText(self.tr("共 {n} 条验收记录").format(n=len(ids)))
        self.overdue_model.set_rows(overdue)
        self.overdue_model.sort(0, Qt.SortOrder.DescendingOrder)
        self.overdue_summary.setText(self.tr("共 {n} 项整改逾期（截至 {today}）").format(
            n=len(overdue), today=today.isoformat()))
        self.tabs.setTabText(1, self.tr("逾期整改（{n}）").format(n=len(overdue)))
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        for b in (self.open_button, self.print_button, self.delete_button):
            b.setEnabled(bool(ids))

    def current_id(self) -> int | None:
        return self.model.inspection_id(self.table.currentIndex().row())

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, InspectionRow]:
        with self.ctx.db.reader() as s:
            return svc.fetch_rows(s, ids)

    def _on_sort(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind == "regions":
            self._load_townships()
        if kind in ("inspections", "assets", "regions"):
            self.refresh_if_shown()

    def open_inspection(self, inspection_id: int | None, asset_id: int | None = None) -> InspectionDialog:
        dialog = InspectionDialog(self.ctx, inspection_id, asset_id, self)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _closed(self, dialog: InspectionDialog) -> None:
        if dialog.saved_ids:
            row = self.model.row_of(dialog.saved_ids[-1])
            if row is not None:
                self.table.selectRow(row)
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def delete_current(self) -> None:
        iid = self.current_id()
        row = self.model.row_data(self.table.currentIndex().row())
        if iid is None or row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("删除验收记录"),
            self.tr("删除 {on} 对“{code} {name}”的{kind}记录（连同整改和附件）？\n"
                    "此操作不能撤销，删除前的内容保留在操作日志中。").format(
                on=row.inspected_on, code=row.code, name=row.name, kind=tr_label(InspectionKind, row.kind)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.session() as s:
            svc.delete_inspection(s, iid)
        self.ctx.changed.emit("inspections")

    def print_current(self) -> PrintPreviewDialog | None:
        iid = self.current_id()
        return None if iid is None else print_actions.print_inspection(self, self.ctx, iid)

    def export(self) -> ExportWorker | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出验收记录"), "验收记录.xlsx", "Excel (*.xlsx)")
        if not name:
            return None
        return export_with_progress(self, self.ctx.db, Path(name), self.current_filter())
