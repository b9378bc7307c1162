"""The asset editor: basic data, funding, beneficiaries, ownership, disposal and history.

The whole editor is one unit of work: Save writes the asset, its lines and a pending
registration in one transaction, or nothing. Problems are shown as the clerk types and
Save stays disabled until there are none.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import shares
from desktop.domain.assets import (
    AssetData,
    BeneficiaryLine,
    FundingLine,
    OwnerLine,
    RegistrationData,
    validate_asset,
)
from desktop.domain.money import MoneyError, format_yuan, yuan
from desktop.domain.problems import Problem, ValidationError
from desktop.domain.vocab import (
    CAPACITY_UNITS,
    Category,
    DisposalMethod,
    FundingSource,
    Nature,
    OperationMode,
    OwnerKind,
    RegionLevel,
    RegistrationKind,
    Status,
)
from desktop.services import assets as asset_service
from desktop.services import income as income_service
from desktop.services import regions as region_service
from desktop.services.assets import AssetDetail, HistoryItem
from desktop.views import print_actions
from desktop.views.asset_inspections_tab import AssetInspectionsTab
from desktop.views.common import fill_combo, problem_text, select_data, show_problems, tr_label
from desktop.views.context import AppContext
from desktop.views.income_tab import IncomeTab
from desktop.views.lines_table import Column, LinesTable
from desktop.views.ownership_dialogs import DisposalDialog, RegistrationDialog, problems_label
from desktop.views.widgets import AmountField, DateField, mark_invalid

_ACTIONS = {"create": "新增", "update": "修改", "delete": "删除"}
_ENTITIES = {"assets": "资产", "asset_funding": "资金来源", "asset_beneficiaries": "受益村",
             "registrations": "确权登记", "registration_owners": "产权所有人", "disposals": "处置",
             "inspections": "验收", "handovers": "移交", "attachments": "附件", "income_records": "收益"}


class AssetEditor(QDialog):
    def __init__(self, ctx: AppContext, asset_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asset_id = asset_id
        self.pending_registration: RegistrationData | None = None
        self.saved_id: int | None = None
        self.read_only = False
        self._baseline = AssetData()  # replaced by _reload; fields fire signals while loading
        with ctx.db.reader() as s:
            townships = {t.id: t.name for t in region_service.regions_at(s, RegionLevel.TOWNSHIP)}
            self._villages = [(f"{townships.get(v.parent_id or 0, '')} {v.name}", v.id)
                              for v in region_service.regions_at(s, RegionLevel.VILLAGE)]
        self._build()
        self._reload()
        if not ctx.settings.editor_geometry.isEmpty():
            self.restoreGeometry(ctx.settings.editor_geometry)

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("新增资产") if self.asset_id is None else self.tr("资产信息"))
        self.resize(900, 680)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._basic_tab(), self.tr("基本信息"))
        self.funding = LinesTable([
            Column(self.tr("资金来源"), [(tr_label(FundingSource, c), c) for c, _ in FundingSource.choices()], 220),
            Column(self.tr("金额（元）"), numeric=True, width=160)])
        self.tabs.addTab(self.funding, self.tr("资金来源"))
        self.beneficiaries = LinesTable([
            Column(self.tr("受益村"), self._villages, 280),
            Column(self.tr("份额（%）"), numeric=True, width=120)])
        self.tabs.addTab(self.beneficiaries, self.tr("受益村"))
        self.tabs.addTab(self._ownership_tab(), self.tr("确权登记"))
        self.tabs.addTab(self._history_tab(), self.tr("处置与历史"))
        self.inspections_tab = AssetInspectionsTab(self.ctx, self.asset_id)  # 验收, 移交, 附件
        self.inspections_tab.registration_requested.connect(lambda: (self.tabs.setCurrentIndex(3), self._register()))
        self.tabs.addTab(self.inspections_tab, self.tr("验收"))
        self.income = IncomeTab()
        self.tabs.insertTab(4, self.income, self.tr("收益"))
        self.income.edited.connect(self._validate)
        self.problems = problems_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存（Ctrl+S）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)
        # One owner for Ctrl+S: a second QShortcut would make it ambiguous and neither fires.
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.print_button = self.buttons.addButton(self.tr("打印…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setMenu(print_actions.asset_menu(self, self.ctx, self._printable_id))
        self.print_button.setEnabled(self.asset_id is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for table in (self.funding, self.beneficiaries):
            table.edited.connect(self._validate)

    def _basic_tab(self) -> QWidget:
        w = QWidget()
        self.code, self.name, self.operator = QLineEdit(), QLineEdit(), QLineEdit()
        self.custodian, self.responsible = QLineEdit(), QLineEdit()
        self.category, self.nature, self.status = QComboBox(), QComboBox(), QComboBox()
        fill_combo(self.category, Category)
        fill_combo(self.nature, Nature)
        fill_combo(self.status, Status)
        self.mode = QComboBox()
        fill_combo(self.mode, OperationMode, blank=self.tr("（无）"))
        self.village = QComboBox()
        self.village.addItem(self.tr("（请选择）"), None)
        for text, vid in self._villages:
            self.village.addItem(text, vid)
        self.capacity = AmountField()
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(["", *CAPACITY_UNITS])
        self.original_value = AmountField(self.tr("元"))
        self.agreed_return = AmountField(self.tr("元/年"))
        self.project_year = QSpinBox()
        self.project_year.setRange(0, 2100)
        self.project_year.setSpecialValueText(" ")
        self.completion, self.contract_start, self.contract_end = DateField(), DateField(), DateField()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        capacity = QHBoxLayout()
        capacity.addWidget(self.capacity, 1)
        capacity.addWidget(self.unit)
        contract = QHBoxLayout()
        contract.addWidget(self.contract_start)
        contract.addWidget(QLabel(self.tr("至")))
        contract.addWidget(self.contract_end)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("资产编码*"), self.code)
        left.addRow(self.tr("资产名称*"), self.name)
        left.addRow(self.tr("资产类别*"), self.category)
        left.addRow(self.tr("资产性质*"), self.nature)
        left.addRow(self.tr("所在村*"), self.village)
        left.addRow(self.tr("规模"), capacity)
        left.addRow(self.tr("资产原值（元）*"), self.original_value)
        left.addRow(self.tr("项目年度*"), self.project_year)
        left.addRow(self.tr("竣工日期"), self.completion)
        right.addRow(self.tr("状态*"), self.status)
        right.addRow(self.tr("经营方式"), self.mode)
        right.addRow(self.tr("经营主体"), self.operator)
        right.addRow(self.tr("合同期限"), contract)
        right.addRow(self.tr("约定年收益（元）"), self.agreed_return)
        right.addRow(self.tr("管护主体"), self.custodian)
        right.addRow(self.tr("管护责任人"), self.responsible)
        grid = QGridLayout(w)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(QLabel(self.tr("备注")), 1, 0, 1, 2)
        grid.addWidget(self.notes, 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        for e in (self.code, self.name, self.operator, self.custodian, self.responsible, self.capacity,
                  self.original_value, self.agreed_return):
            e.textChanged.connect(self._validate)
        for c in (self.category, self.nature, self.status, self.mode, self.village, self.unit):
            c.currentIndexChanged.connect(self._validate)
        self.unit.editTextChanged.connect(self._validate)
        self.project_year.valueChanged.connect(self._validate)
        for d in (self.completion, self.contract_start, self.contract_end):
            d.edited.connect(self._validate)
        self.notes.textChanged.connect(self._validate)
        self._field_widgets: dict[str, QWidget] = {
            "code": self.code, "name": self.name, "category": self.category, "nature": self.nature,
            "village_id": self.village, "capacity": self.capacity, "capacity_unit": self.unit,
            "original_value": self.original_value, "project_year": self.project_year,
            "completion_date": self.completion, "status": self.status, "operation_mode": self.mode,
            "operator": self.operator, "contract_end": self.contract_end, "agreed_return": self.agreed_return}
        return w

    def _ownership_tab(self) -> QWidget:
        w = QWidget()
        self.registration_status = QLabel()
        self.registration_status.setWordWrap(True)
        self.register_button = QPushButton()
        self.register_button.clicked.connect(self._register)
        self.registrations = QTableWidget(0, 6)
        self.registrations.setHorizontalHeaderLabels([
            self.tr("登记类型"), self.tr("证书编号"), self.tr("登记日期"), self.tr("登记机关"),
            self.tr("产权所有人及份额"), self.tr("现行")])
        self.registrations.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.registrations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.registration_status, 1)
        top.addWidget(self.register_button)
        layout = QVBoxLayout(w)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("登记历史")))
        layout.addWidget(self.registrations, 1)
        return w

    def _history_tab(self) -> QWidget:
        w = QWidget()
        self.disposal_status = QLabel()
        self.disposal_status.setWordWrap(True)
        self.dispose_button = QPushButton(self.tr("处置资产…"))
        self.dispose_button.clicked.connect(self._dispose)
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels([self.tr("时间"), self.tr("操作员"), self.tr("操作"),
                                                self.tr("对象"), self.tr("修改内容")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setColumnWidth(0, 150)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.disposal_status, 1)
        top.addWidget(self.dispose_button)
        layout = QVBoxLayout(w)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("操作日志")))
        layout.addWidget(self.history, 1)
        return w

    # -- data in -------------------------------------------------------------------------
    def _reload(self) -> None:
        """Read the asset (and its history) afresh and make that the unchanged state."""
        with self.ctx.db.reader() as s:
            self.detail = asset_service.get_asset(s, self.asset_id) if self.asset_id else AssetDetail(AssetData())
            history = asset_service.history(s, self.asset_id) if self.asset_id else []
        self.income.load(self.ctx.db, self.asset_id, self.detail.data.original_value)
        self._load(self.detail, history)
        self._baseline = self._collect()[0]
        self._validate()

    def _load(self, detail: AssetDetail, history: list[HistoryItem]) -> None:
        d = detail.data
        self.code.setText(d.code)
        self.name.setText(d.name)
        select_data(self.category, d.category)
        select_data(self.nature, d.nature)
        select_data(self.status, d.status)
        select_data(self.mode, d.operation_mode)
        select_data(self.village, d.village_id)
        self.capacity.setText("" if d.capacity is None else f"{d.capacity.normalize():f}")
        self.unit.setCurrentText(d.capacity_unit)
        self.original_value.setText("" if d.original_value is None else f"{d.original_value:.2f}")
        self.agreed_return.setText("" if d.agreed_return is None else f"{d.agreed_return:.2f}")
        self.project_year.setValue(d.project_year or (date.today().year if d.id is None else 0))
        self.completion.set_value(d.completion_date)
        self.contract_start.set_value(d.contract_start)
        self.contract_end.set_value(d.contract_end)
        self.operator.setText(d.operator)
        self.custodian.setText(d.custodian)
        self.responsible.setText(d.responsible_person)
        self.notes.setPlainText(d.notes)
        self.funding.set_rows([[f.source, f"{f.amount:.2f}"] for f in d.funding])
        self.beneficiaries.set_rows([[b.village_id, f"{b.share}"] for b in d.beneficiaries])
        self._show_registrations()
        self._show_history(history)
        disposed = detail.disposal is not None
        if disposed and detail.disposal:
            dd = detail.disposal
            text = self.tr("已于 {on} 以“{method}”方式处置，处置收入 {proceeds} 元。原因：{reason}")
            self.disposal_status.setText(text.format(
                on=dd.disposed_on, method=tr_label(DisposalMethod, dd.method),
                proceeds=format_yuan(dd.proceeds), reason=dd.reason))
        else:
            self.disposal_status.setText(self.tr("资产在册。") if self.asset_id else self.tr("保存后可办理处置。"))
        self.dispose_button.setEnabled(self.asset_id is not None and not disposed)
        if disposed or detail.deleted_reason:
            self._set_read_only()
        if detail.deleted_reason:
            self.disposal_status.setText(self.tr("此资产已删除（原因：{reason}），仅供查阅。").format(
                reason=detail.deleted_reason))

    def _set_read_only(self) -> None:
        for w in self._field_widgets.values():
            w.setEnabled(False)
        for w in (self.custodian, self.responsible, self.notes, self.contract_start):
            w.setEnabled(False)
        self.funding.set_read_only(True)
        self.beneficiaries.set_read_only(True)
        self.register_button.setEnabled(False)
        self.income.set_read_only(True)
        self.read_only = True

    def _show_registrations(self) -> None:
        regs = list(self.detail.registrations)
        current = self.detail.current_registration
        pending = self.pending_registration
        self.registrations.setRowCount(0)
        rows = [(r.data, r.is_current, False) for r in regs]
        if pending:
            rows.append((pending, False, True))
        for data, is_current, is_pending in rows:
            row = self.registrations.rowCount()
            self.registrations.insertRow(row)
            owners = "；".join(f"{o.name} {o.share}%" for o in data.owners)
            flag = self.tr("待保存") if is_pending else (self.tr("是") if is_current else "")
            for col, text in enumerate((tr_label(RegistrationKind, data.kind), data.certificate_no,
                                        str(data.registered_on or ""), data.registering_body, owners, flag)):
                self.registrations.setItem(row, col, QTableWidgetItem(text))
        if pending:
            self.registration_status.setText(self.tr("新的登记（证书 {no}）将在保存资产时一并写入。").format(
                no=pending.certificate_no))
        elif current:
            self.registration_status.setText(self.tr("已确权：证书 {no}，{on} 由{body}登记。").format(
                no=current.data.certificate_no, on=current.data.registered_on, body=current.data.registering_body))
        else:
            self.registration_status.setText(self.tr("待确权：此资产尚未办理确权登记。"))
        if current:
            self.register_button.setText(self.tr("变更（转移）登记…"))
        else:
            self.register_button.setText(self.tr("修改待保存的登记…") if pending else self.tr("办理确权登记…"))

    def _show_history(self, items: list[HistoryItem]) -> None:
        self.history.setRowCount(0)
        for item in items:
            row = self.history.rowCount()
            self.history.insertRow(row)
            for col, text in enumerate((item.at, item.operator, self.tr(_ACTIONS.get(item.action, item.action)),
                                        self.tr(_ENTITIES.get(item.entity, item.entity)), _describe(item))):
                self.history.setItem(row, col, QTableWidgetItem(text))

    # -- data out ------------------------------------------------------------------------
    def _collect(self) -> tuple[AssetData, list[Problem]]:
        """The form as AssetData, plus problems of text that is not a number at all."""
        problems: list[Problem] = []

        def amount(text: str, fld: str, label: str) -> Decimal | None:
            if not text.strip():
                return None
            try:
                return yuan(text)
            except MoneyError as exc:
                problems.append(Problem(fld, "{label}：{error}", {"label": label, "error": str(exc)}))
                return None

        capacity: Decimal | None = None
        if self.capacity.text().strip():
            try:
                capacity = Decimal(self.capacity.text().strip().replace(",", ""))
                if capacity != capacity.quantize(Decimal("0.001")):
                    raise ValueError
            except Exception:  # noqa: BLE001
                problems.append(Problem("capacity", "规模“{value}”不是有效数字（最多三位小数）",
                                        {"value": self.capacity.text()}))
                capacity = None
        funding = []
        for i, (source, text) in enumerate(self.funding.rows(), start=1):
            value = amount(str(text), "funding", f"第 {i} 行资金金额")
            funding.append(FundingLine(str(source), value if value is not None else Decimal("0.00")))
        beneficiaries = []
        for i, (village_id, text) in enumerate(self.beneficiaries.rows(), start=1):
            try:
                share = shares.percent(str(text))
            except shares.ShareError as exc:
                problems.append(Problem("beneficiaries", "第 {row} 行份额：{error}", {"row": i, "error": str(exc)}))
                share = Decimal(0)
            beneficiaries.append(BeneficiaryLine(int(village_id), share))  # type: ignore[call-overload]
        data = AssetData(
            id=self.asset_id, code=self.code.text().strip(), name=self.name.text().strip(),
            category=self.category.currentData(), nature=self.nature.currentData(),
            village_id=self.village.currentData(), capacity=capacity, capacity_unit=self.unit.currentText().strip(),
            original_value=amount(self.original_value.text(), "original_value", "资产原值"),
            project_year=self.project_year.value() or None, completion_date=self.completion.value(),
            status=self.status.currentData(), operation_mode=self.mode.currentData(),
            operator=self.operator.text().strip(), contract_start=self.contract_start.value(),
            contract_end=self.contract_end.value(),
            agreed_return=amount(self.agreed_return.text(), "agreed_return", "约定年收益"),
            custodian=self.custodian.text().strip(), responsible_person=self.responsible.text().strip(),
            notes=self.notes.toPlainText(), funding=funding, beneficiaries=beneficiaries)
        return data, problems

    def is_dirty(self, data: AssetData | None = None) -> bool:
        current = data if data is not None else self._collect()[0]
        return current != self._baseline or self.pending_registration is not None or self.income.is_dirty()

    def _validate(self) -> None:
        if self.read_only:
            self.save_button.setEnabled(False)
            return
        data, problems = self._collect()
        seen = {(p.field, p.message) for p in problems}
        problems += [p for p in validate_asset(data) if (p.field, p.message) not in seen]
        problems += self.income.problems()
        self.income.set_original_value(data.original_value)
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(problem_text(p))
        for fld, widget in self._field_widgets.items():
            mark_invalid(widget, fld in by_field, "\n".join(by_field.get(fld, [])))
        self.problems.setText("\n".join(problem_text(p) for p in problems[:6]) +
                              (self.tr("\n……另有 {n} 项问题").format(n=len(problems) - 6) if len(problems) > 6 else ""))
        funded = sum((f.amount for f in data.funding), Decimal("0.00"))
        self.funding.footer.setText(self.tr("合计 {sum} 元 / 原值 {value} 元").format(
            sum=format_yuan(funded), value=format_yuan(data.original_value)))
        total = shares.total(b.share for b in data.beneficiaries)
        self.beneficiaries.footer.setText(self.tr("份额合计 {sum}%").format(sum=total))
        by_field["income"] = [p.message for p in self.income.problems()]
        for index, fld in ((1, "funding"), (2, "beneficiaries"), (4, "income")):
            self.tabs.tabBar().setTabTextColor(index, Qt.GlobalColor.red if by_field.get(fld) else Qt.GlobalColor.black)
        self.save_button.setEnabled(not problems and self.is_dirty(data))

    # -- actions -------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        data, problems = self._collect()
        if problems:
            show_problems(self, self.tr("不能保存"), problems)
            return False
        try:
            with self.ctx.db.session() as s:
                self.saved_id = asset_service.save_asset(s, data, self.pending_registration)
                income_service.save_asset_income(s, self.saved_id, self.income.records())
        except ValidationError as exc:
            show_problems(self, self.tr("不能保存"), exc.problems)
            return False
        self.asset_id = self.saved_id
        self._baseline, self.pending_registration = data, None
        self.income.mark_saved()
        self.ctx.changed.emit("assets")
        self.accept()
        return True

    def _printable_id(self) -> int | None:
        """Documents show the asset as saved: unsaved edits are saved (or discarded) first."""
        if self.asset_id is not None and self.is_dirty():
            QMessageBox.information(self, self.tr("打印"), self.tr("请先保存对资产的修改，再打印。"))
            return None
        return self.asset_id

    def _register(self) -> None:
        # A pending registration not yet saved is corrected, not transferred: the kind and the
        # date it must follow come from what is in the database.
        current = self.detail.current_registration
        base = self.pending_registration or (current.data if current else None)
        kind = RegistrationKind.TRANSFER if current else RegistrationKind.INITIAL
        previous_on = current.data.registered_on if current else None
        if base is None:
            data, _ = self._collect()
            villages = dict((vid, text.split(" ")[-1]) for text, vid in self._villages)
            collective = OwnerKind.VILLAGE_COLLECTIVE
            owners = [OwnerLine(f"{villages.get(b.village_id, '')}股份经济合作社", collective, b.share)
                      for b in data.beneficiaries] or [OwnerLine("", collective, Decimal("100.00"))]
        else:
            owners = list(base.owners)
        dialog = RegistrationDialog(kind, owners, previous_on, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return  # OK is only enabled once the registration has no problems
        self.pending_registration = dialog.data()[0]
        self._show_registrations()
        self._validate()

    def _dispose(self) -> None:
        if self.asset_id is None:
            return
        if self.is_dirty():
            QMessageBox.information(self, self.tr("资产处置"), self.tr("请先保存或放弃对资产的修改，再办理处置。"))
            return
        dialog = DisposalDialog(self.name.text(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        disposal, _ = dialog.data()
        answer = QMessageBox.question(
            self, self.tr("确认处置"),
            self.tr("确定以“{method}”方式处置“{name}”吗？处置后资产退出在册台账，此操作不能撤销。").format(
                method=tr_label(DisposalMethod, disposal.method), name=self.name.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.session() as s:
                asset_service.dispose_asset(s, self.asset_id, disposal)
        except ValidationError as exc:
            show_problems(self, self.tr("资产处置"), exc.problems)
            return
        self.ctx.changed.emit("assets")
        self._reload()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.result() != QDialog.DialogCode.Accepted and not self.read_only and self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("未保存的修改"), self.tr("资产有未保存的修改。是否保存？"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or \
                    (answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        event.accept()

    def done(self, result: int) -> None:
        self.ctx.settings.editor_geometry = self.saveGeometry()
        super().done(result)

    def reject(self) -> None:
        """Esc goes through closeEvent so that unsaved changes are asked about."""
        if self.close():
            super().reject()


def _describe(item: HistoryItem) -> str:
    """A one-line reading of an audit entry: changed fields old → new, or the values."""
    try:
        before = json.loads(item.before) if item.before else {}
        after = json.loads(item.after) if item.after else {}
    except ValueError:
        return item.after or item.before or ""
    if item.action == "update":
        return "；".join(f"{k}: {before.get(k)} → {v}" for k, v in after.items())
    values = after or before
    keys = [k for k in ("code", "name", "certificate_no", "source", "amount", "village_id", "share", "method",
                        "inspected_on", "result", "handed_on", "to_party", "file_name")
            if k in values]
    return "；".join(f"{k}: {values[k]}" for k in keys)
