"""The asset register (资产台账): search as you type, filters, sortable table, totals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.domain.money import format_yuan
from desktop.domain.problems import ValidationError
from desktop.domain.vocab import Category, Nature, Status
from desktop.services import assets as asset_service
from desktop.services import register
from desktop.services.register import AssetFilter, AssetRow
from desktop.views import print_actions
from desktop.views.asset_table_model import AssetTableModel
from desktop.views.common import fill_combo, list_area_layout, list_table, show_problems
from desktop.views.context import AppContext
from desktop.views.region_picker import RegionPicker


class AssetRegisterView(QWidget):
    """Emits ``open_requested(asset_id)``; ``None`` asks for a new asset."""

    open_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sort = ("code", False)
        self.model = AssetTableModel(self._fetch_rows, self)
        self._build()
        header = self.table.horizontalHeader()
        self._sort = (AssetTableModel.COLUMNS[max(header.sortIndicatorSection(), 0)][0],
                      header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        self.model.sort_requested.connect(self._on_sort)  # after _build: restoring the header sorts
        self._load_regions()
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(placeholderText=self.tr("搜索资产名称、编码或经营主体（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: (self.search.setFocus(),
                                                                         self.search.selectAll()))
        self.picker = RegionPicker(self.ctx.db)
        self.township, self.village = self.picker.township, self.picker.village
        self.category, self.nature, self.status = QComboBox(), QComboBox(), QComboBox()
        fill_combo(self.category, Category, blank=self.tr("全部类别"))
        fill_combo(self.nature, Nature, blank=self.tr("全部性质"))
        fill_combo(self.status, Status, blank=self.tr("全部状态"))
        self.registered = QComboBox()
        for text, value in ((self.tr("确权：全部"), None), (self.tr("已确权"), True), (self.tr("待确权"), False)):
            self.registered.addItem(text, value)
        self.include_disposed = QCheckBox(self.tr("含已处置"))
        self.include_disposed.setChecked(self.ctx.settings.register_include_disposed)
        self.township.currentIndexChanged.connect(self._on_township)
        for w in (self.village, self.category, self.nature, self.status, self.registered):
            w.currentIndexChanged.connect(self.refresh)
        self.include_disposed.toggled.connect(self._on_disposed_toggled)

        filters = QHBoxLayout()
        for w in (self.township, self.village, self.category, self.nature, self.status, self.registered,
                  self.include_disposed):
            filters.addWidget(w)
        filters.addStretch(1)

        self.table = list_table(self.model, (110, 220, 90, 60, 70, 70, 80, 115, 65, 50, 60, 220), stretch_last=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if not self.ctx.settings.register_header.isEmpty():
            header.restoreState(self.ctx.settings.register_header)
        header.sectionResized.connect(self._save_header)
        header.sectionMoved.connect(self._save_header)
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))
        self.table.activated.connect(lambda idx: self._open_row(idx.row()))  # Enter / Return

        self.summary = QLabel()
        self.new_button = QPushButton(self.tr("新增资产"))
        self.new_button.clicked.connect(lambda: self.open_requested.emit(None))
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.delete_button = QPushButton(self.tr("删除…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.print_button = QPushButton(self.tr("打印台账…（Ctrl+P）"))
        QShortcut(QKeySequence.StandardKey.Print, self, activated=lambda: self.print_button.isEnabled()
                  and self.print_button.click())
        self.print_button.clicked.connect(
            lambda: print_actions.print_register(self, self.ctx, self.current_filter(), self._sort))
        list_area_layout(self, (self.search, filters), self.table, self.summary,
                         (self.new_button, self.open_button, self.delete_button, self.print_button))
        # Keyboard path: type in the search box, Down (or Tab) into the results, Enter opens.
        self.search.installEventFilter(self)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.township)

    def _load_regions(self) -> None:
        self.picker.load()

    def _fill_villages(self) -> None:
        self.picker.fill_villages()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():  # type: ignore[attr-defined]
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- behaviour -----------------------------------------------------------------------
    def current_filter(self) -> AssetFilter:
        return AssetFilter(
            text=self.search.text(), township_id=self.township.currentData(),
            village_id=self.village.currentData(), category=self.category.currentData(),
            nature=self.nature.currentData(), status=self.status.currentData(),
            registered=self.registered.currentData(), include_disposed=self.include_disposed.isChecked())

    def refresh(self) -> None:
        """Run the search in SQL and show the first page; keeps the selected asset if still shown."""
        selected = self.model.asset_id(self.table.currentIndex().row())
        with self.ctx.db.reader() as s:
            result = register.search(s, self.current_filter(), *self._sort)
        self.model.set_ids(result.ids)
        self.summary.setText(self.tr("共 {n} 项资产，原值合计 {total} 元").format(
            n=len(result.ids), total=format_yuan(result.total_value)))
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        has_rows = bool(result.ids)
        self.open_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
        self.print_button.setEnabled(has_rows)

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, AssetRow]:
        with self.ctx.db.reader() as s:
            return register.fetch_rows(s, ids)

    def _on_sort(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh()

    def _on_township(self) -> None:
        self._fill_villages()
        self.refresh()

    def _on_disposed_toggled(self, checked: bool) -> None:
        self.ctx.settings.register_include_disposed = checked
        self.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind == "regions":
            self._load_regions()
        if kind in ("assets", "regions"):
            self.refresh()

    def _save_header(self) -> None:
        self.ctx.settings.register_header = self.table.horizontalHeader().saveState()

    def _open_row(self, row: int) -> None:
        asset_id = self.model.asset_id(row)
        if asset_id is not None:
            self.open_requested.emit(asset_id)

    def select_asset(self, asset_id: int) -> None:
        row = self.model.row_of(asset_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def delete_current(self) -> None:
        row = self.table.currentIndex().row()
        asset_id = self.model.asset_id(row)
        data = self.model.row_data(row)
        if asset_id is None or data is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("删除资产"),
            self.tr("删除“{code} {name}”？\n记录不会被抹去，仍保留在历史中。请填写删除原因：").format(
                code=data.code, name=data.name))
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("删除资产"), self.tr("未填写删除原因，资产未删除。"))
            return
        try:
            with self.ctx.db.session() as s:
                asset_service.delete_asset(s, asset_id, reason)
        except ValidationError as exc:
            show_problems(self, self.tr("删除资产"), exc.problems)
            return
        self.ctx.changed.emit("assets")
