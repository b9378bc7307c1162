"""The county-wide income grid (年度收益录入): pick a year, type every asset's figures.

Built for a clerk with a stack of receipts: the cursor starts in the first amount cell,
typing starts editing, Enter moves down and Tab across, and one Save (Ctrl+S) writes every
changed row in one transaction — or nothing, with every problem listed by asset.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import format_yuan
from desktop.domain.problems import ValidationError
from desktop.domain.vocab import RegionLevel
from desktop.services import income as income_service
from desktop.services import regions as region_service
from desktop.views.common import show_problems
from desktop.views.context import AppContext
from desktop.views.income_cells import EntryTable
from desktop.views.income_grid_model import IncomeGridModel

_WIDTHS = {"code": 110, "name": 220, "place": 130, "prev_net": 100, "note": 140, "received_on": 92}


class IncomeGridView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = IncomeGridModel(self)
        self._stale = True
        self._own_change = False
        self._build()
        with ctx.db.reader() as s:
            years = income_service.years_with_income(s)
            for t in region_service.regions_at(s, RegionLevel.TOWNSHIP):
                self.township.addItem(t.name, t.id)
        this_year = date.today().year
        self.year.setValue(min(years[-1] + 1, this_year) if years else this_year)
        self.year.valueChanged.connect(self._year_changed)
        self._shown_year = self.year.value()
        ctx.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.year = QSpinBox()
        self.year.setRange(2000, date.today().year)
        self.year.setSuffix(self.tr(" 年"))
        self.township = QComboBox()
        self.township.addItem(self.tr("全部乡镇"), None)
        self.township.currentIndexChanged.connect(lambda _i: self._filter())
        self.search = QLineEdit(placeholderText=self.tr("查找资产编码、名称或村"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.save_button = QPushButton(self.tr("保存（Ctrl+S）"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(self.tr("导出收益台账…"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year)
        top.addWidget(self.township)
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.save_button)
        self.table = EntryTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        for col, key in enumerate(self.model.keys):
            self.table.setColumnWidth(col, _WIDTHS.get(key, 96))
        self.hint = QLabel(self.tr("键入金额即开始编辑；回车下移，Tab 右移。黄色：与上年相差超过 50%，请核对。"
                                   "灰色行按季度登记，请在资产信息中修改。"))
        self.hint.setStyleSheet("color: #475569;")
        self.hint.setWordWrap(True)
        # The asset and last year's figure of the current cell, in sight however far right
        # the cursor has moved through the cost columns.
        self.current = QLabel()
        self.current.setStyleSheet("font-weight: bold;")
        self.message = QLabel()
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.setWordWrap(True)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.current)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.summary)
        layout.addLayout(bottom)
        self.model.refused.connect(self._refused)
        self.table.selectionModel().currentChanged.connect(lambda _c, _p: self._show_current())
        self.model.dataChanged.connect(lambda *_a: self._show_current())
        self.model.edited.connect(self._update_summary)

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()
        self.table.setFocus()  # the clerk can start typing amounts at once

    def _on_changed(self, kind: str) -> None:
        if kind in ("assets", "income", "regions") and not self.model.is_dirty() and not self._own_change:
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        with self.ctx.db.reader() as s:
            rows = income_service.year_grid(s, self.year.value())
        self.model.load(self.year.value(), rows)
        self._shown_year = self.year.value()
        self._filter()
        self._stale = False
        self.message.clear()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, self.model.first_editable()))

    def _on_search(self, _text: str) -> None:
        self._filter()

    def _filter(self) -> None:
        self.model.set_filter(self.township.currentData(), self.search.text())
        self._update_summary()

    def _year_changed(self, year: int) -> None:
        if year == self._shown_year:
            return
        if not self.ask_to_save():
            self.year.blockSignals(True)
            self.year.setValue(self._shown_year)
            self.year.blockSignals(False)
            return
        self.reload()

    def _update_summary(self) -> None:
        n, net, prev = self.model.totals()
        text = self.tr("共 {rows} 项资产，已填 {n} 项；净收益合计 {net} 元（上年 {prev} 元）{dirty}")
        self.summary.setText(text.format(
            rows=self.model.rowCount(), n=n, net=format_yuan(net), prev=format_yuan(prev),
            dirty=self.tr("　· 有未保存的修改") if self.model.is_dirty() else ""))
        self.save_button.setEnabled(self.model.is_dirty())

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.current.clear()
            return
        r = self.model.grid_row(index.row())
        header = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
        tip = self.model.data(index, Qt.ItemDataRole.ToolTipRole)
        line = f"{r.code}　{r.name}　{r.township} {r.village}　·　{header}"
        self.current.setText(line + (f"　·　{tip.splitlines()[0]}" if tip and index.column() > 2 else ""))

    def _refused(self, text: str) -> None:
        self.message.setText(text)
        QApplication.beep()

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.model.is_dirty():
            return True
        entries = self.model.entries()
        try:
            with self.ctx.db.session() as s:
                n = income_service.save_year_grid(s, self.model.year, entries, self.model.labels())
        except ValidationError as exc:
            show_problems(self, self.tr("不能保存"), exc.problems)
            return False
        self.reload()
        self._own_change = True  # this grid is already fresh: do not read it twice
        try:
            self.ctx.changed.emit("income")
        finally:
            self._own_change = False
        self.summary.setToolTip(self.tr("已保存 {n} 项").format(n=n))
        return True

    def ask_to_save(self) -> bool:
        """True when it is fine to leave (saved, discarded, or nothing to save)."""
        if not self.model.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("未保存的收益"),
            self.tr("{year} 年的收益有未保存的修改。是否保存？").format(year=self.model.year),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def export(self) -> None:
        # Imported on use: openpyxl alone would add ~200 ms to every start of the program.
        from desktop.views.returns_export_dialog import export_returns_dialog

        export_returns_dialog(self, self.ctx, self.model.year or None)
