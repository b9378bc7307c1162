"""The household editor: the household, its members and its policy-support history.

The only place full ID numbers and bank accounts are shown. Problems are listed as the
clerk types and Save stays disabled until there are none; Save writes the household, its
members and a policy decision in one transaction, or nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import idcard
from desktop.domain.households import (
    HouseholdCategory,
    HouseholdData,
    LabourCapacity,
    MemberData,
    MonitorKind,
    PolicyPeriod,
    Relation,
    Sex,
    first_of_next_month,
    validate_household,
)
from desktop.domain.problems import Problem, ValidationError
from desktop.domain.vocab import RegionLevel
from desktop.services import households as household_service
from desktop.services import regions as region_service
from desktop.views.common import fill_combo, problem_text, select_data, show_problems, tr_label
from desktop.views.context import AppContext
from desktop.views.lines_table import Column, LinesTable
from desktop.views.ownership_dialogs import problems_label
from desktop.views.widgets import mark_invalid


class HouseholdEditor(QDialog):
    def __init__(self, ctx: AppContext, household_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.saved_id: int | None = None
        self._periods: list[PolicyPeriod] = []
        self._member_ids: dict[str, int] = {}
        with ctx.db.reader() as s:
            towns = {t.id: t.name for t in region_service.regions_at(s, RegionLevel.TOWNSHIP)}
            self._villages = [(f"{towns.get(v.parent_id or 0, '')} {v.name}", v.id)
                              for v in region_service.regions_at(s, RegionLevel.VILLAGE)]
            detail = household_service.get_household(s, household_id) if household_id is not None else None
        self._build()
        self._load(detail)
        self._baseline = self.collect()
        self._baseline_enjoys = self.enjoys.isChecked()
        self._check()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("新增农户") if self.household_id is None else self.tr("农户信息"))
        self.resize(920, 680)
        self.code = QLineEdit()
        self.village = QComboBox()
        self.village.setEditable(True)  # type to find among hundreds of villages
        for text, vid in self._villages:
            self.village.addItem(text, vid)
        self.village.setCurrentIndex(-1)
        self.category, self.kind = QComboBox(), QComboBox()
        fill_combo(self.category, HouseholdCategory)
        fill_combo(self.kind, MonitorKind, blank=self.tr("（非监测对象）"))
        self.phone, self.bank, self.account = QLineEdit(), QLineEdit(), QLineEdit()
        self.account.setPlaceholderText(self.tr("一卡通或银行卡号，只填数字"))
        self.notes = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("户编号"), self.code)
        form.addRow(self.tr("所在村"), self.village)
        row = QHBoxLayout()
        row.addWidget(self.category)
        row.addWidget(self.kind, 1)
        form.addRow(self.tr("户类别"), row)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("开户银行"), self.bank)
        form.addRow(self.tr("银行账号"), self.account)
        form.addRow(self.tr("备注"), self.notes)

        yes_no = [(self.tr("否"), False), (self.tr("是"), True)]
        self.members = LinesTable([
            Column(self.tr("姓名"), width=90), Column(self.tr("身份证号"), width=180),
            Column(self.tr("与户主关系"), [(tr_label(Relation, c), c) for c, _ in Relation.choices()], 100),
            Column(self.tr("劳动能力"), [(tr_label(LabourCapacity, c), c) for c, _ in LabourCapacity.choices()], 120),
            Column(self.tr("残疾"), yes_no, 60), Column(self.tr("慢性病"), yes_no, 70),
            Column(self.tr("在校生"), yes_no, 70)])
        self.members.add_button.setText(self.tr("添加成员（Ctrl+Ins）"))
        self.members.remove_button.setText(self.tr("删除选中成员（Ctrl+Del）"))
        self.derived = QLabel()
        box = QGroupBox(self.tr("家庭成员"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.members, 1)
        box_layout.addWidget(self.derived)

        self.enjoys = QCheckBox(self.tr("享受政策"))
        self.policy_reason = QLineEdit(placeholderText=self.tr("变更原因（如：风险消除、新识别监测对象）"))
        self.history = QTableWidget(0, 3)
        self.history.setHorizontalHeaderLabels([self.tr("起始月份"), self.tr("截止月份"), self.tr("原因")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setMaximumHeight(110)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.policy_note = QLabel()
        policy = QGroupBox(self.tr("享受政策（变更自下月起生效，历史保留）"))
        p_layout = QVBoxLayout(policy)
        line = QHBoxLayout()
        line.addWidget(self.enjoys)
        line.addWidget(self.policy_reason, 1)
        p_layout.addLayout(line)
        p_layout.addWidget(self.policy_note)
        p_layout.addWidget(self.history)

        self.problems = problems_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存（Ctrl+S）"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addWidget(policy)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for w in (self.code, self.phone, self.bank, self.account, self.notes, self.policy_reason):
            w.textChanged.connect(self._check)
        for c in (self.village, self.category, self.kind):
            c.currentIndexChanged.connect(self._check)
        self.village.editTextChanged.connect(self._check)
        self.enjoys.toggled.connect(self._check)
        self.members.edited.connect(self._check)
        self.members.table.currentCellChanged.connect(lambda *_: self._show_derived())

    def _load(self, detail: household_service.HouseholdDetail | None) -> None:
        if detail is None:
            self.members.add_row(["", "", Relation.HEAD.value, LabourCapacity.ABLE.value, False, False, False])
            return
        d = detail.data
        self.code.setText(d.code)
        select_data(self.village, d.village_id)
        select_data(self.category, d.category)
        select_data(self.kind, d.monitor_kind)
        self.phone.setText(d.phone)
        self.bank.setText(d.bank)
        self.account.setText(d.account)
        self.notes.setText(d.notes)
        self._member_ids = {m.id_number: m.id for m in d.members if m.id is not None}
        self.members.set_rows([[m.name, m.id_number, m.relation, m.labour, m.disabled, m.chronic_illness, m.student]
                               for m in d.members])
        self._periods = detail.periods
        self.enjoys.setChecked(detail.enjoys())
        self.history.setRowCount(len(detail.periods))
        for i, p in enumerate(detail.periods):
            for j, text in enumerate((f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else self.tr("至今"), p.reason)):
                self.history.setItem(i, j, QTableWidgetItem(text))

    # -- behaviour -------------------------------------------------------------------------
    def collect(self) -> HouseholdData:
        village = self.village.currentData() if self.village.currentIndex() >= 0 and \
            self.village.currentText() == self.village.itemText(self.village.currentIndex()) else None
        members = []
        for name, number, relation, labour, disabled, chronic, student in self.members.rows():
            normalised = idcard.normalise(str(number or ""))
            members.append(MemberData(str(name or ""), str(number or ""), str(relation), str(labour), bool(disabled),
                                      bool(chronic), bool(student), self._member_ids.get(normalised)))
        category = self.category.currentData()
        return HouseholdData(code=self.code.text().strip(), village_id=village, category=category,
                             monitor_kind=self.kind.currentData() if category == HouseholdCategory.MONITORED else None,
                             phone=self.phone.text(), bank=self.bank.text(), account=self.account.text(),
                             notes=self.notes.text(), members=members, id=self.household_id)

    def _check(self) -> list[Problem]:
        data = self.collect()
        problems = validate_household(data)
        self.kind.setEnabled(data.category == HouseholdCategory.MONITORED)
        fields = {p.field for p in problems}
        for name, widget in (("code", self.code), ("village_id", self.village), ("monitor_kind", self.kind),
                             ("phone", self.phone), ("account", self.account), ("bank", self.bank)):
            mark_invalid(widget, name in fields, "\n".join(problem_text(p) for p in problems if p.field == name))
        self._mark_id_cells()
        self.problems.setText("\n".join(problem_text(p) for p in problems[:8]))
        self.save_button.setEnabled(not problems and self.is_dirty())
        changed = self.enjoys.isChecked() != getattr(self, "_baseline_enjoys", self.enjoys.isChecked())
        self.policy_note.setText(self.tr("保存后自 {month} 起{what}").format(
            month=f"{first_of_next_month(date.today()):%Y年%m月}",
            what=self.tr("享受政策") if self.enjoys.isChecked() else self.tr("不再享受政策")) if changed else "")
        self._show_derived()
        return problems

    def _mark_id_cells(self) -> None:
        for row in range(self.members.table.rowCount()):
            cell = self.members.cell(row, 1)
            if isinstance(cell, QLineEdit):
                found = idcard.id_problems(cell.text())
                mark_invalid(cell, bool(found), found[0].message if found else "")

    def _show_derived(self) -> None:
        row = max(self.members.table.currentRow(), 0)
        cell = self.members.cell(row, 1) if self.members.table.rowCount() else None
        text = cell.text() if isinstance(cell, QLineEdit) else ""
        if text and not idcard.id_problems(text):
            info = idcard.parse(text)
            self.derived.setText(self.tr("第 {row} 位成员：{sex}，出生日期 {birth}（由身份证号得出）").format(
                row=row + 1, sex=tr_label(Sex, info.sex), birth=info.birth_date.isoformat()))
        else:
            self.derived.setText("")

    def is_dirty(self) -> bool:
        return self.collect() != self._baseline or self.enjoys.isChecked() != self._baseline_enjoys if \
            hasattr(self, "_baseline") else False

    def save(self) -> None:
        if self._check():
            return
        data = self.collect()
        enjoys = self.enjoys.isChecked() if self.enjoys.isChecked() != self._baseline_enjoys else None
        try:
            with self.ctx.db.session() as s:
                self.saved_id = household_service.save_household(
                    s, data, enjoys=enjoys, decided_on=date.today(), reason=self.policy_reason.text().strip())
        except ValidationError as exc:
            show_problems(self, self.tr("保存农户"), exc.problems)
            return
        self._baseline, self._baseline_enjoys = data, self.enjoys.isChecked()
        self.ctx.changed.emit("households")
        self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.result() != QDialog.DialogCode.Accepted and self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("农户信息"), self.tr("有未保存的修改，放弃吗？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        event.accept()

    def reject(self) -> None:
        self.close()
