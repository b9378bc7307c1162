"""The acceptance record entry form (验收记录), built for entering many in a row.

Keyboard path: type the asset's code or name (a completer fed by a paged query offers
matches; Enter takes the first), Tab through kind, date and result, team names are offered
from earlier records, Alt+1…5 toggle the checklist, Ctrl+R adds a rectification row,
Ctrl+S saves and closes, Ctrl+Shift+S saves and starts the next record with the same team.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.inspections import CHECKLIST, InspectionData, InspectionKind, InspectionResult, validate_inspection
from desktop.domain.money import MoneyError, yuan
from desktop.domain.problems import Problem, ValidationError
from desktop.services import inspections as svc
from desktop.views.attachments_panel import AttachmentsPanel
from desktop.views.common import fill_combo, problem_text, select_data, show_problems
from desktop.views.context import AppContext
from desktop.views.inspection_lines import RectificationTable, TeamTable
from desktop.views.ownership_dialogs import problems_label
from desktop.views.widgets import AmountField, DateField, mark_invalid


class TabDateField(DateField):
    """Tab leaves the field (instead of stepping through year, month and day): the day is
    typed or changed with the arrow keys, and entry goes on to the next field."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's name
        return QWidget.focusNextPrevChild(self, next)


class AssetPicker(QLineEdit):
    """Type a code or a name; the completer shows one page of matches fetched from SQL."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asset_id: int | None = None
        self._choices: dict[str, int] = {}
        self.setPlaceholderText(self.tr("输入资产编码或名称，回车选第一项"))
        self.model = QStringListModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self.completer_.activated.connect(self._picked)
        self.textEdited.connect(self._lookup)
        self.returnPressed.connect(self._take_first)

    def _lookup(self, text: str) -> None:
        self.asset_id = None
        with self.ctx.db.reader() as s:
            choices = svc.asset_choices(s, text, limit=30) if text.strip() else []
        self._choices = {c.label + f"  （{c.township} {c.village}）": c.id for c in choices}
        self.model.setStringList(list(self._choices))
        exact = [c for c in choices if c.code.lower() == text.strip().lower()]
        if exact:
            self.asset_id = exact[0].id
        if choices:
            self.completer_.complete()

    def _picked(self, text: str) -> None:
        self.asset_id = self._choices.get(text)
        QTimer.singleShot(0, lambda: self.setText(text))
        self.textChanged.emit(text)

    def _take_first(self) -> None:
        if self.asset_id is None and self._choices:
            first = next(iter(self._choices))
            self.asset_id = self._choices[first]
            self.setText(first)
        self.completer_.popup().hide()

    def set_asset(self, asset_id: int | None) -> None:
        self.asset_id = asset_id
        label = ""
        if asset_id is not None:
            with self.ctx.db.reader() as s:
                choice = svc.asset_choice(s, asset_id)
            label = f"{choice.label}  （{choice.township} {choice.village}）" if choice else ""
        self._choices = {label: asset_id} if asset_id is not None else {}
        self.setText(label)


class InspectionDialog(QDialog):
    def __init__(self, ctx: AppContext, inspection_id: int | None = None, asset_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.saved_ids: list[int] = []
        with ctx.db.reader() as s:
            known = svc.known_team_members(s)
            detail = svc.get_inspection(s, inspection_id) if inspection_id else None
        self._build(known)
        if detail is not None:
            self._load(detail.data)
        else:
            self._load(InspectionData(asset_id=asset_id, inspected_on=date.today()))
        self._baseline = self._collect()[0]
        self._validate()

    # -- layout --------------------------------------------------------------------------
    def _build(self, known: list) -> None:  # type: ignore[type-arg]
        self.setWindowTitle(self.tr("验收记录") if self.inspection_id else self.tr("新增验收记录"))
        self.resize(980, 720)
        self.asset = AssetPicker(self.ctx)
        self.kind, self.result = QComboBox(), QComboBox()
        fill_combo(self.kind, InspectionKind)
        fill_combo(self.result, InspectionResult)
        self.inspected_on = TabDateField()
        self.firm, self.report_no = QLineEdit(), QLineEdit()
        self.approved, self.actual = QLineEdit(), QLineEdit()
        self.approved_qty, self.actual_qty = AmountField(), AmountField()
        self.unit = QLineEdit()
        self.unit.setMaximumWidth(70)
        self.investment = AmountField(self.tr("元"))
        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)
        self.findings.setFixedHeight(54)
        self.checks: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("验收检查项（Alt+1…5 切换）"))
        grid = QGridLayout(box)
        for i, (fld, label) in enumerate(CHECKLIST):
            cb = QCheckBox(f"&{i + 1} {self.tr(label)}")
            self.checks[fld] = cb
            grid.addWidget(cb, i // 3, i % 3)
            cb.toggled.connect(self._validate)
        self.team = TeamTable(known)
        self.rectifications = RectificationTable()
        qty = QHBoxLayout()
        for w in (QLabel(self.tr("批复")), self.approved_qty, QLabel(self.tr("实际")), self.actual_qty,
                  QLabel(self.tr("单位")), self.unit):
            qty.addWidget(w)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("资产*"), self.asset)
        left.addRow(self.tr("验收类型*"), self.kind)
        left.addRow(self.tr("验收日期*"), self.inspected_on)
        left.addRow(self.tr("验收结论*"), self.result)
        left.addRow(self.tr("核定投资额（元）"), self.investment)
        right.addRow(self.tr("批复建设内容"), self.approved)
        right.addRow(self.tr("实际建设内容"), self.actual)
        right.addRow(self.tr("建设数量"), qty)
        right.addRow(self.tr("第三方机构"), self.firm)
        right.addRow(self.tr("报告编号"), self.report_no)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.team, self.tr("验收组成员"))
        self.tabs.addTab(self.rectifications, self.tr("整改要求（Ctrl+R 添加）"))
        self.attachments = AttachmentsPanel(self.ctx, "inspection", self.inspection_id)
        self.tabs.addTab(self.attachments, self.tr("附件"))
        self.problems = problems_label()
        self.save_button = QPushButton(self.tr("保存（Ctrl+S）"))
        self.save_new_button = QPushButton(self.tr("保存并新增（Ctrl+Shift+S）"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_new_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_button.clicked.connect(self.save)
        self.save_new_button.clicked.connect(self.save_and_new)
        self.close_button.clicked.connect(self.close)
        self.save_button.setAutoDefault(False)
        self.save_new_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.add_rectification)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems, 1)
        for b in (self.save_button, self.save_new_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("发现的问题")))
        layout.addWidget(self.findings)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        for e in (self.asset, self.firm, self.report_no, self.approved, self.actual, self.approved_qty,
                  self.actual_qty, self.unit, self.investment):
            e.textChanged.connect(self._validate)
        for c in (self.kind, self.result):
            c.currentIndexChanged.connect(self._validate)
        self.inspected_on.edited.connect(self._validate)
        self.findings.textChanged.connect(self._validate)
        self.team.edited.connect(self._validate)
        self.rectifications.edited.connect(self._validate)
        self._fields: dict[str, QWidget] = {
            "asset_id": self.asset, "kind": self.kind, "inspected_on": self.inspected_on, "result": self.result,
            "verified_investment": self.investment, "third_party_firm": self.firm, "findings": self.findings,
            "approved_quantity": self.approved_qty, "actual_quantity": self.actual_qty}
        QWidget.setTabOrder(self.asset, self.kind)
        QWidget.setTabOrder(self.kind, self.inspected_on)
        QWidget.setTabOrder(self.inspected_on, self.result)
        QWidget.setTabOrder(self.result, self.investment)

    # -- data ----------------------------------------------------------------------------
    def _load(self, d: InspectionData) -> None:
        self.asset.set_asset(d.asset_id)
        select_data(self.kind, d.kind)
        select_data(self.result, d.result)
        self.inspected_on.set_value(d.inspected_on)
        self.investment.setText("" if d.verified_investment is None else f"{d.verified_investment:.2f}")
        self.approved.setText(d.approved_content)
        self.actual.setText(d.actual_content)
        self.approved_qty.setText("" if d.approved_quantity is None else f"{d.approved_quantity.normalize():f}")
        self.actual_qty.setText("" if d.actual_quantity is None else f"{d.actual_quantity.normalize():f}")
        self.unit.setText(d.quantity_unit)
        self.firm.setText(d.third_party_firm)
        self.report_no.setText(d.report_no)
        self.findings.setPlainText(d.findings)
        for fld, cb in self.checks.items():
            cb.setChecked(bool(d.checks.get(fld)))
        self.team.set_members(d.team or [])
        if not d.team:
            self.team.add_row()
        self.rectifications.set_lines(d.rectifications)

    def _collect(self) -> tuple[InspectionData, list[Problem]]:
        problems: list[Problem] = []

        def amount(edit: QLineEdit, fld: str, label: str, places: int) -> Decimal | None:
            text = edit.text().strip().replace(",", "")
            if not text:
                return None
            try:
                if places == 2:
                    return yuan(text)
                value = Decimal(text)
                if not value.is_finite() or value != value.quantize(Decimal("0.001")):
                    raise ValueError
                return value
            except (MoneyError, ValueError, ArithmeticError):
                problems.append(Problem(fld, "{label}“{value}”不是有效数字", {"label": label, "value": edit.text()}))
                return None

        on = self.inspected_on.value()
        rects, rect_problems = self.rectifications.lines(on)
        problems += rect_problems
        data = InspectionData(
            id=self.inspection_id, asset_id=self.asset.asset_id, kind=self.kind.currentData(), inspected_on=on,
            result=self.result.currentData(), team=self.team.members(), third_party_firm=self.firm.text().strip(),
            report_no=self.report_no.text().strip(), approved_content=self.approved.text().strip(),
            actual_content=self.actual.text().strip(),
            approved_quantity=amount(self.approved_qty, "approved_quantity", "批复数量", 3),
            actual_quantity=amount(self.actual_qty, "actual_quantity", "实际数量", 3),
            quantity_unit=self.unit.text().strip(),
            verified_investment=amount(self.investment, "verified_investment", "核定投资额", 2),
            checks={f: cb.isChecked() for f, cb in self.checks.items()},
            findings=self.findings.toPlainText().strip(), rectifications=rects)
        return data, problems

    def is_dirty(self) -> bool:
        return self._collect()[0] != self._baseline or bool(self.attachments.pending)

    def _validate(self) -> None:
        data, problems = self._collect()
        seen = {(p.field, p.message) for p in problems}
        problems += [p for p in validate_inspection(data) if (p.field, p.message) not in seen]
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(problem_text(p))
        for fld, widget in self._fields.items():
            mark_invalid(widget, fld in by_field, "\n".join(by_field.get(fld, [])))
        for index, fld in ((0, "team"), (1, "rectifications")):
            self.tabs.tabBar().setTabTextColor(index, Qt.GlobalColor.red if fld in by_field else Qt.GlobalColor.black)
        text = "\n".join(problem_text(p) for p in problems[:4])
        if len(problems) > 4:
            text += self.tr("\n……另有 {n} 项问题").format(n=len(problems) - 4)
        self.problems.setText(text)
        self.save_button.setEnabled(not problems)
        self.save_new_button.setEnabled(not problems)

    # -- actions -------------------------------------------------------------------------
    def add_rectification(self) -> None:
        self.tabs.setCurrentWidget(self.rectifications)
        self.rectifications.add_row()

    def _write(self) -> int | None:
        data, problems = self._collect()
        if problems:
            show_problems(self, self.tr("不能保存"), problems)
            return None
        try:
            with self.ctx.db.session() as s:
                saved = svc.save_inspection(s, data)
                self.attachments.write_pending(s, saved)
        except ValidationError as exc:
            show_problems(self, self.tr("不能保存"), exc.problems)
            return None
        self.saved_ids.append(saved)
        self.ctx.changed.emit("inspections")
        return saved

    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        saved = self._write()
        if saved is None:
            return False
        self.inspection_id = saved
        self.attachments.saved(saved)
        self._baseline = self._collect()[0]
        self.accept()
        return True

    def save_and_new(self) -> bool:
        """Save, then a fresh record keeping kind, date and team: a team inspects several assets a day."""
        if not self.save_new_button.isEnabled() or self._write() is None:
            return False
        keep = self._collect()[0]
        self.inspection_id = None
        self.setWindowTitle(self.tr("新增验收记录"))
        self.attachments.pending = []
        self.attachments.set_owner(None)
        self._load(InspectionData(kind=keep.kind, inspected_on=keep.inspected_on, team=keep.team))
        self._baseline = self._collect()[0]
        self._validate()
        self.asset.setFocus()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.result() != QDialog.DialogCode.Accepted and self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("未保存的修改"), self.tr("验收记录有未保存的修改。是否保存？"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or \
                    (answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        event.accept()

    def reject(self) -> None:
        if self.close():
            super().reject()
