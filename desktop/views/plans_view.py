"""The plans area (收益分配): plans by township, village, period and status, the batch
creation of drafts with progress and Cancel, and the way into the plan editor and the
county's policy presets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.domain.distribution import PlanStatus
from desktop.services import plans as plan_service
from desktop.services.database import one_line
from desktop.services.importing import Cancelled
from desktop.services.plan_query import PlanFilter, PlanRow, count_plans, list_plans, plan_years
from desktop.views.common import LoadsWhenShown, fill_combo, list_area_layout, list_table
from desktop.views.context import AppContext
from desktop.views.plan_table_model import PlanTableModel
from desktop.views.region_picker import RegionPicker, refill_combo
from desktop.views.tasks import run_task


class BatchDialog(QDialog):
    """Which year (and quarter) and which township the drafts are made for."""

    def __init__(self, townships: list[tuple[int | None, str]], township_id: int | None, year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量生成分配方案草稿"))
        self.year = QSpinBox(minimum=2000, maximum=2100, value=year)
        self.quarter = QComboBox()
        self.quarter.addItem(self.tr("全年"), 0)
        for q in range(1, 5):
            self.quarter.addItem(self.tr("第{q}季度").format(q=q), q)
        self.township = QComboBox()
        for tid, name in townships:
            self.township.addItem(name, tid)
        self.township.setCurrentIndex(max(self.township.findData(township_id), 0))
        form = QFormLayout(self)
        form.addRow(self.tr("年度"), self.year)
        form.addRow(self.tr("期间"), self.quarter)
        form.addRow(self.tr("范围"), self.township)
        form.addRow(QLabel(self.tr("按县里的默认政策预设，为尚无该期方案的村各生成一份草稿；已有方案的村跳过。")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("生成"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class PlansView(LoadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sort = ("township", False)
        self.model = PlanTableModel(self._fetch, self)
        self.editor: QWidget | None = None
        self.worker = None
        self._build()
        self.model.sort_requested.connect(self._on_sort)
        self._load_filters()
        ctx.changed.connect(self._on_changed)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        # Loaded when first shown, not at start-up: the program opens on the overview.
        self._stale = True


    def _build(self) -> None:
        self.search = QLineEdit(placeholderText=self.tr("搜索村名"))
        self.search.setClearButtonEnabled(True)
        self.picker = RegionPicker(self.ctx.db)
        self.township, self.village = self.picker.township, self.picker.village
        self.year, self.status = QComboBox(), QComboBox()
        fill_combo(self.status, PlanStatus, blank=self.tr("全部状态"))
        self.township.currentIndexChanged.connect(self._on_township)
        for w in (self.village, self.year, self.status):
            w.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for w in (self.township, self.village, self.year, self.status):
            filters.addWidget(w)

        self.table = list_table(self.model, (110, 110, 100, 60, 100, 130, 130, 50, 130))
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))
        self.table.activated.connect(lambda idx: self._open_row(idx.row()))

        self.summary = QLabel()
        self.batch_button = QPushButton(self.tr("批量生成草稿…"))
        self.batch_button.clicked.connect(self.batch_create)
        self.presets_button = QPushButton(self.tr("政策预设…"))
        self.presets_button.clicked.connect(self.open_presets)
        self.open_button = QPushButton(self.tr("打开方案"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.print_button = QPushButton(self.tr("批量打印…"))
        self.print_button.clicked.connect(  # the year and township chosen in the list's filters
            lambda: self.batch_print())
        list_area_layout(self, (filters,), self.table, self.summary,
                         (self.batch_button, self.print_button, self.presets_button, self.open_button))

    def _load_filters(self) -> None:
        self.picker.load()
        with self.ctx.db.reader() as s:
            years = plan_years(s)
        current = self.year.currentData()
        refill_combo(self.year, self.tr("全部年度"), [(self.tr("{y}年").format(y=y), y) for y in years])
        if current is None and years:  # the latest year by default: a county works on one year at a time
            self.year.blockSignals(True)
            self.year.setCurrentIndex(1)
            self.year.blockSignals(False)

    def _fill_villages(self) -> None:
        self.picker.fill_villages()

    def current_filter(self) -> PlanFilter:
        return PlanFilter(township_id=self.township.currentData(), village_id=self.village.currentData(),
                          year=self.year.currentData(), status=self.status.currentData(), text=self.search.text())

    def refresh(self) -> None:
        self._stale = False
        selected = self.model.plan_id(self.table.currentIndex().row())
        with self.ctx.db.reader() as s:
            total = count_plans(s, self.current_filter())
        self.model.reset(total)
        self.summary.setText(self.tr("共 {n} 个方案").format(n=total))
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        self.open_button.setEnabled(total > 0)

    def _fetch(self, offset: int, limit: int) -> list[PlanRow]:
        with self.ctx.db.reader() as s:
            return list_plans(s, self.current_filter(), offset, limit, *self._sort)

    def _on_sort(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh()

    def _on_township(self) -> None:
        self._fill_villages()
        self.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind in ("regions", "plans"):
            self._load_filters()
        if kind in ("plans", "regions", "households", "income"):
            self.refresh_if_shown()

    def _open_row(self, row: int) -> None:
        pid = self.model.plan_id(row)
        if pid is not None:
            self.open_plan(pid)

    def open_plan(self, plan_id: int):  # type: ignore[no-untyped-def]
        from desktop.views.plan_editor import PlanEditor

        editor = PlanEditor(self.ctx, plan_id, self)
        editor.open()
        self.editor = editor
        return editor

    def open_presets(self):  # type: ignore[no-untyped-def]
        from desktop.views.preset_editor import PresetDialog

        dialog = PresetDialog(self.ctx, self)
        dialog.open()
        self.editor = dialog
        return dialog

    # -- batch creation -------------------------------------------------------------------------
    def batch_print(self) -> None:
        # imported here: ReportLab is loaded when something is printed, not at start-up
        from desktop.views.batch_print import open_batch_print

        open_batch_print(self, self.ctx, self.year.currentData(), self.township.currentData())

    def batch_dialog(self) -> BatchDialog:
        townships: list[tuple[int | None, str]] = [(None, self.tr("全县所有村"))]
        townships += [(t.id, t.name) for t in self.picker.townships]
        year = self.year.currentData() or date.today().year - 1
        return BatchDialog(townships, self.township.currentData(), year, self)

    def batch_create(self) -> None:
        dialog = self.batch_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_batch(dialog.year.value(), dialog.quarter.currentData(), dialog.township.currentData())

    def start_batch(self, year: int, quarter: int, township_id: int | None) -> None:
        db = self.ctx.db

        def work(progress):  # type: ignore[no-untyped-def]
            with db.session() as s:  # one transaction: all the drafts, or none on Cancel
                return plan_service.create_all(s, year, township_id, quarter, progress=progress)

        def done(result: plan_service.BatchResult) -> None:
            self.ctx.changed.emit("plans")
            QMessageBox.information(self, self.tr("批量生成"),
                                    self.tr("已生成 {n} 份方案草稿；{k} 个村已有该期方案，未重复生成。")
                                    .format(n=result.created, k=result.skipped))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                QMessageBox.information(self, self.tr("批量生成"), self.tr("已取消，没有生成任何方案。"))
            else:
                QMessageBox.warning(self, self.tr("批量生成"), one_line(exc))

        self.worker = run_task(self, self.tr("正在生成分配方案草稿…"), work, done, failed)
