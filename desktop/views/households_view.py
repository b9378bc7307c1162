"""The household roster (农户花名册): search as you type, filters, paged sortable table,
and the way into the editor, the import wizard, the export and the blank templates."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.domain.households import HouseholdCategory, LabourCapacity
from desktop.services import roster
from desktop.services.roster import HouseholdFilter, HouseholdRow
from desktop.views.common import LoadsWhenShown, fill_combo, list_area_layout, list_table
from desktop.views.context import AppContext
from desktop.views.household_table_model import HouseholdTableModel
from desktop.views.region_picker import RegionPicker


class HouseholdsView(LoadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sort = ("code", False)
        self.model = HouseholdTableModel(self._fetch_rows, self)
        self.editor: QWidget | None = None
        self.wizard: QWidget | None = None
        self._build()
        self.model.sort_requested.connect(self._on_sort)
        self._load_regions()
        ctx.changed.connect(self._on_changed)
        # Typing fires a search per keystroke; a short pause lets a fast typist finish first.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        # Loaded when first shown, not at start-up: the program opens on the overview.
        self._stale = True


    def _build(self) -> None:
        self.search = QLineEdit(
            placeholderText=self.tr("搜索姓名（从姓开始）、身份证号（或末 4 位）、户编号（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: (self.search.setFocus(),
                                                                         self.search.selectAll()))
        self.picker = RegionPicker(self.ctx.db)
        self.township, self.village = self.picker.township, self.picker.village
        self.category, self.labour = QComboBox(), QComboBox()
        fill_combo(self.category, HouseholdCategory, blank=self.tr("全部户类别"))
        fill_combo(self.labour, LabourCapacity, blank=self.tr("劳动能力：全部"))
        self.township.currentIndexChanged.connect(self._on_township)
        for w in (self.village, self.category, self.labour):
            w.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        for w in (self.township, self.village, self.category, self.labour):
            filters.addWidget(w)
        filters.addStretch(1)

        self.table = list_table(self.model, (150, 80, 170, 80, 80, 170, 50, 70, 110, 100))
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))
        self.table.activated.connect(lambda idx: self._open_row(idx.row()))

        self.summary = QLabel()
        self.new_button = QPushButton(self.tr("新增农户"))
        self.new_button.clicked.connect(lambda: self.open_household(None))
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.import_button = QPushButton(self.tr("从 Excel 导入…"))
        self.import_button.clicked.connect(lambda: self.open_import("households"))
        self.export_button = QPushButton(self.tr("导出…"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("导出农户花名册…"), lambda: self.export("households"))
        menu.addAction(self.tr("导出资产台账…"), lambda: self.export("assets"))
        menu.addSeparator()
        menu.addAction(self.tr("导入资产台账…"), lambda: self.open_import("assets"))
        menu.addAction(self.tr("空白花名册模板…"), lambda: self.template("households"))
        menu.addAction(self.tr("空白资产台账模板…"), lambda: self.template("assets"))
        self.export_button.setMenu(menu)
        list_area_layout(self, (self.search, filters), self.table, self.summary,
                         (self.new_button, self.open_button, self.import_button, self.export_button))
        self.search.installEventFilter(self)
        QWidget.setTabOrder(self.search, self.table)

    def _load_regions(self) -> None:
        self.picker.load()

    def _fill_villages(self) -> None:
        self.picker.fill_villages()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):  # type: ignore[attr-defined]
            if self._debounce.isActive():
                self._debounce.stop()
                self.refresh()
            if self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def current_filter(self) -> HouseholdFilter:
        return HouseholdFilter(text=self.search.text(), township_id=self.township.currentData(),
                               village_id=self.village.currentData(), category=self.category.currentData(),
                               labour=self.labour.currentData())

    def refresh(self) -> None:
        self._stale = False
        selected = self.model.household_id(self.table.currentIndex().row())
        f = self.current_filter()
        with self.ctx.db.reader() as s:
            ids = roster.search(s, f, *self._sort)
        self.model.set_ids(ids)
        self.summary.setText(self.tr("共 {n} 户").format(n=len(ids)))
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        self.open_button.setEnabled(bool(ids))

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, HouseholdRow]:
        with self.ctx.db.reader() as s:
            return roster.fetch_rows(s, ids)

    def _on_sort(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh()

    def _on_township(self) -> None:
        self._fill_villages()
        self.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind == "regions":
            self._load_regions()
        if kind in ("households", "regions"):
            self.refresh_if_shown()

    def _open_row(self, row: int) -> None:
        hid = self.model.household_id(row)
        if hid is not None:
            self.open_household(hid)

    def select_household(self, household_id: int) -> None:
        row = self.model.row_of(household_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- dialogs ---------------------------------------------------------------------------
    def open_household(self, household_id: int | None):  # type: ignore[no-untyped-def]
        from desktop.views.household_editor import HouseholdEditor

        editor = HouseholdEditor(self.ctx, household_id, self)
        editor.accepted.connect(lambda: editor.saved_id and self.select_household(editor.saved_id))
        editor.open()
        self.editor = editor
        return editor

    def open_import(self, kind: str):  # type: ignore[no-untyped-def]
        from desktop.views.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, kind, self)
        wizard.open()
        self.wizard = wizard
        return wizard

    def _save_name(self, title: str, default: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, default, self.tr("Excel 工作簿 (*.xlsx)"))
        return path

    def export(self, kind: str) -> None:
        from desktop.views.import_wizard import run_export

        name = self.tr("农户花名册.xlsx") if kind == "households" else self.tr("资产台账.xlsx")
        path = self._save_name(self.tr("导出"), name)
        if path:
            run_export(self, self.ctx, kind, path)

    def template(self, kind: str) -> None:
        from desktop.services import asset_export, household_export

        name = self.tr("农户花名册模板.xlsx") if kind == "households" else self.tr("资产台账模板.xlsx")
        path = self._save_name(self.tr("保存空白模板"), name)
        if not path:
            return
        (household_export if kind == "households" else asset_export).write_template(path)
        QMessageBox.information(self, self.tr("空白模板"), self.tr("已保存：{path}").format(path=path))
