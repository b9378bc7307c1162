"""The asset editor's 验收 tab: the asset's inspections and handovers, its photos and scans,
and the step from a passed acceptance to handover (移交) and on to registration."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.inspections import HandoverData, HandoverItem, InspectionKind, InspectionResult, validate_handover
from desktop.domain.problems import Problem, ValidationError
from desktop.services import handovers as handover_service
from desktop.services import inspections as svc
from desktop.views import print_actions
from desktop.views.attachments_panel import AttachmentsPanel
from desktop.views.common import problem_text, show_problems, tr_label
from desktop.views.context import AppContext
from desktop.views.inspection_form import InspectionDialog
from desktop.views.lines_table import Column, LinesTable
from desktop.views.ownership_dialogs import problems_label
from desktop.views.print_preview import PrintPreviewDialog
from desktop.views.widgets import DateField


class HandoverDialog(QDialog):
    """移交: date, from, to, the list of what is handed over, and the signed form's scan."""

    def __init__(self, ctx: AppContext, asset_id: int, passed_on: date | None, defaults: tuple[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.asset_id, self.passed_on = ctx, asset_id, passed_on
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("资产移交"))
        self.resize(640, 480)
        self.handed_on = DateField()
        self.handed_on.set_value(date.today())
        self.from_party, self.to_party = QLineEdit(defaults[0]), QLineEdit(defaults[1])
        self.items = LinesTable([Column(self.tr("移交内容"), width=300),
                                 Column(self.tr("数量"), numeric=True, width=80), Column(self.tr("单位"), width=60)])
        self.attachments = AttachmentsPanel(ctx, "handover", None)
        form = QFormLayout()
        form.addRow(self.tr("移交日期*"), self.handed_on)
        form.addRow(self.tr("移交单位*"), self.from_party)
        form.addRow(self.tr("接收单位*"), self.to_party)
        tabs = QTabWidget()
        tabs.addTab(self.items, self.tr("移交清单"))
        tabs.addTab(self.attachments, self.tr("移交单扫描件"))
        self.problems = problems_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("保存移交"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for e in (self.from_party, self.to_party):
            e.textChanged.connect(self._validate)
        self.handed_on.edited.connect(self._validate)
        self.items.edited.connect(self._validate)
        self._validate()

    def data(self) -> tuple[HandoverData, list[Problem]]:
        problems: list[Problem] = []
        items = []
        for i, (text, qty, unit) in enumerate(self.items.rows(), start=1):
            quantity = None
            if str(qty):
                try:
                    quantity = Decimal(str(qty).replace(",", ""))
                except InvalidOperation:
                    problems.append(Problem("items", "第 {row} 行数量“{value}”不是有效数字", {"row": i, "value": qty}))
            items.append(HandoverItem(str(text), quantity, str(unit)))
        return HandoverData(self.asset_id, self.handed_on.value(), self.from_party.text(), self.to_party.text(),
                            items), problems

    def _validate(self) -> None:
        data, problems = self.data()
        problems += validate_handover(data, passed_on=self.passed_on)
        self.problems.setText("\n".join(problem_text(p) for p in problems[:4]))
        self.ok.setEnabled(not problems)

    def save(self) -> None:
        data, problems = self.data()
        if problems:
            show_problems(self, self.tr("不能保存"), problems)
            return
        try:
            with self.ctx.db.session() as s:
                self.saved_id = handover_service.save_handover(s, data)
                self.attachments.write_pending(s, self.saved_id)
        except ValidationError as exc:
            show_problems(self, self.tr("不能保存"), exc.problems)
            return
        self.ctx.changed.emit("inspections")
        self.accept()


class AssetInspectionsTab(QWidget):
    """Emits ``registration_requested`` when a handover is saved for an unregistered asset."""

    registration_requested = Signal()

    def __init__(self, ctx: AppContext, asset_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.asset_id = ctx, asset_id
        self.dialog: InspectionDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.inspections = QTableWidget(0, 5)
        self.inspections.setHorizontalHeaderLabels([self.tr("验收日期"), self.tr("验收类型"), self.tr("结论"),
                                                    self.tr("整改 未完/共"), self.tr("验收组")])
        self.handovers = QTableWidget(0, 4)
        self.handovers.setHorizontalHeaderLabels([self.tr("移交日期"), self.tr("移交单位"), self.tr("接收单位"),
                                                  self.tr("移交清单")])
        for t in (self.inspections, self.handovers):
            t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            t.horizontalHeader().setSectionResizeMode(t.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.inspections.cellActivated.connect(lambda row, _c: self.open_row(row))
        self.handovers.cellActivated.connect(lambda row, _c: self.handover_files(row))
        self.handovers.cellDoubleClicked.connect(lambda row, _c: self.handover_files(row))
        self.handovers.setToolTip(self.tr("回车或双击查看、添加移交单扫描件"))
        self.inspections.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        self.new_button = QPushButton(self.tr("新增验收…"))
        self.open_button = QPushButton(self.tr("打开验收记录"))
        self.print_button = QPushButton(self.tr("打印验收单…"))
        self.handover_button = QPushButton(self.tr("办理移交…"))
        self.new_button.clicked.connect(lambda: self.open_inspection(None))
        self.open_button.clicked.connect(lambda: self.open_row(self.inspections.currentRow()))
        self.print_button.clicked.connect(lambda: self.print_row(self.inspections.currentRow()))
        self.handover_button.clicked.connect(self.hand_over)
        self.asset_files = AttachmentsPanel(ctx, "asset", asset_id)
        self.registration_files = AttachmentsPanel(ctx, "registration", None)
        files = QTabWidget()
        files.addTab(self.asset_files, self.tr("资产照片与资料"))
        files.addTab(self.registration_files, self.tr("确权证书扫描件"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.new_button, self.open_button, self.print_button, self.handover_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.inspections, 2)
        layout.addWidget(QLabel(self.tr("移交记录")))
        layout.addWidget(self.handovers, 1)
        layout.addWidget(files, 2)
        self._ids: list[int] = []
        self._handover_ids: list[int] = []
        self._passed_on: date | None = None
        ctx.changed.connect(self._on_changed)  # a bound slot: disconnected when the editor goes
        self.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind == "inspections":
            self.refresh()

    def refresh(self) -> None:
        if self.asset_id is None:
            self.status.setText(self.tr("保存资产后可录入验收、移交和附件。"))
            for w in (self.new_button, self.open_button, self.print_button, self.handover_button, self.asset_files):
                w.setEnabled(False)
            return
        with self.ctx.db.reader() as s:
            rows = svc.inspections_of_asset(s, self.asset_id)
            handovers = handover_service.handovers_of_asset(s, self.asset_id)
            self._passed_on = handover_service.passed_on(s, self.asset_id)
            registration_id = handover_service.current_registration_id(s, self.asset_id)
        if registration_id != self.registration_files.owner_id:
            self.registration_files.set_owner(registration_id)
        self.registration_files.setEnabled(registration_id is not None)
        self._ids = [r.id for r in rows]
        self._handover_ids = [h.id for h in handovers]
        self.inspections.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (r.inspected_on.isoformat(), tr_label(InspectionKind, r.kind),
                      tr_label(InspectionResult, r.result),
                      f"{r.open_rectifications} / {r.rectifications}" if r.rectifications else "", r.team)
            for col, text in enumerate(values):
                self.inspections.setItem(i, col, QTableWidgetItem(text))
        self.handovers.setRowCount(len(handovers))
        for i, h in enumerate(handovers):
            items = "；".join(f"{it.description} {'' if it.quantity is None else f'{it.quantity.normalize():f}'}"
                             f"{it.unit}".strip() for it in h.data.items)
            for col, text in enumerate((str(h.data.handed_on), h.data.from_party, h.data.to_party, items)):
                self.handovers.setItem(i, col, QTableWidgetItem(text))
        if self._passed_on is None:
            self.status.setText(self.tr("尚无合格的竣工验收（或第三方验收、复核）。"))
        elif not handovers:
            self.status.setText(self.tr("已于 {on} 验收合格，尚未移交。").format(on=self._passed_on))
        else:
            self.status.setText(self.tr("已于 {on} 验收合格，{h} 移交。").format(
                on=self._passed_on, h=handovers[-1].data.handed_on))
        self.open_button.setEnabled(bool(rows))
        self.print_button.setEnabled(bool(rows))
        self.handover_button.setEnabled(self._passed_on is not None)

    def handover_files(self, row: int) -> QDialog | None:
        """The scans of a saved handover (the signed 移交单), to view or add to."""
        if not 0 <= row < len(self._handover_ids):
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("移交单扫描件"))
        dialog.resize(560, 320)
        layout = QVBoxLayout(dialog)
        layout.addWidget(AttachmentsPanel(self.ctx, "handover", self._handover_ids[row]))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout.addWidget(close)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            self.open_inspection(self._ids[row])

    def print_row(self, row: int) -> PrintPreviewDialog | None:
        """The 验收单 of the selected record (the latest when none is selected)."""
        if not self._ids:
            return None
        return print_actions.print_inspection(self, self.ctx, self._ids[row if 0 <= row < len(self._ids) else 0])

    def open_inspection(self, inspection_id: int | None) -> InspectionDialog:
        dialog = InspectionDialog(self.ctx, inspection_id, self.asset_id, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.dialog = dialog
        return dialog

    def handover_dialog(self) -> HandoverDialog | None:
        if self.asset_id is None:
            return None
        with self.ctx.db.reader() as s:
            choice = svc.asset_choice(s, self.asset_id)
        defaults = (f"{choice.township}人民政府" if choice else "", f"{choice.village}股份经济合作社" if choice else "")
        dialog = HandoverDialog(self.ctx, self.asset_id, self._passed_on, defaults, self)
        if choice:
            dialog.items.add_row([choice.name, "", ""])
        return dialog

    def hand_over(self) -> None:
        dialog = self.handover_dialog()
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not self.registration_files.isEnabled():
            answer = QMessageBox.question(self, self.tr("资产移交"),
                                          self.tr("移交已保存。资产尚未确权登记，是否现在办理确权登记？"))
            if answer == QMessageBox.StandardButton.Yes:
                self.registration_requested.emit()
