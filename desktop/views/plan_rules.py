"""The plan editor's rules panel: the channel configuration as widgets, read back into a
``PlanConfig`` on every edit (the editor recomputes from it at once).

Awards and the aid weights are kept as the plan has them (the weights come from the
county's preset); what a village clerk edits is here: the reserve, public-welfare jobs,
small public works, the aid budget, basis, minimum and cap, the retained part, rounding and
where the remainder goes.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.distribution import (
    REMAINDER_TARGETS,
    AidBasis,
    AidChannel,
    Amount,
    AmountBasis,
    ChannelKind,
    Household,
    JobLine,
    JobsChannel,
    PlanConfig,
    ReserveChannel,
    RetainedChannel,
    Rounding,
    WorksChannel,
    WorksLine,
)
from desktop.domain.money import MoneyError, format_yuan, yuan
from desktop.views.common import fill_combo, select_data
from desktop.views.widgets import AmountField, mark_invalid


class RuleError(ValueError):
    """A rule as typed cannot be used; the message names the field and the value."""


def _fmt(d: Decimal) -> str:
    return format(d.normalize(), "f")


class AmountRow(QWidget):
    """Basis (fixed, % of pool, % of the rest, the rest) and its value."""

    edited = Signal()

    def __init__(self, label: str, bases: tuple[AmountBasis, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.basis = QComboBox()
        for b in bases:
            self.basis.addItem(b.label, b.value)
        self.value = AmountField()
        self.value.setMaximumWidth(120)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.basis)
        row.addWidget(self.value)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.value.textEdited.connect(lambda _t: self.edited.emit())

    def _basis_changed(self) -> None:
        self.value.setEnabled(self.basis.currentData() != AmountBasis.REST.value)
        self.edited.emit()

    def set_amount(self, a: Amount) -> None:
        select_data(self.basis, a.basis.value)
        self.value.setText("" if a.basis == AmountBasis.REST else _fmt(a.value))
        self.value.setEnabled(a.basis != AmountBasis.REST)

    def amount(self) -> Amount:
        basis = AmountBasis(self.basis.currentData())
        if basis == AmountBasis.REST:
            mark_invalid(self.value, False)
            return Amount.rest()
        text = self.value.text().strip()
        try:
            value = yuan(text) if basis == AmountBasis.FIXED else Decimal(text or "x")
            if basis != AmountBasis.FIXED and not (0 <= value <= 100 and value == value.quantize(Decimal("0.01"))):
                raise RuleError(f"{self.label}比例应在 0–100 之间、最多两位小数：{text}")
        except (MoneyError, InvalidOperation):
            mark_invalid(self.value, True, f"{self.label}：不是有效数值“{text}”")
            raise RuleError(f"{self.label}：不是有效数值“{text}”") from None
        except RuleError as e:
            mark_invalid(self.value, True, str(e))
            raise
        mark_invalid(self.value, False)
        return Amount(basis, value)


class LinesTable(QTableWidget):
    """A small editable table (a plan has a handful of posts or projects)."""

    def __init__(self, headers: list[str], widths: list[int], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        for i, w in enumerate(widths):
            self.setColumnWidth(i, w)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(110)

    def add_row(self, values: list[str]) -> None:
        self.blockSignals(True)
        r = self.rowCount()
        self.insertRow(r)
        for c, v in enumerate(values):
            self.setItem(r, c, QTableWidgetItem(v))
        self.blockSignals(False)

    def text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text().strip() if item is not None else ""


class RulesPanel(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._config = PlanConfig()
        self._people: dict[str, tuple[str, str]] = {}  # name → (member key, household key)
        A = AmountBasis  # noqa: N806
        self.reserve_on = QCheckBox(self.tr("提取维修管护储备金"))
        self.reserve = AmountRow(self.tr("维修管护储备金"), (A.POOL_PERCENT, A.FIXED, A.REMAINING_PERCENT))
        self.jobs = LinesTable([self.tr("姓名"), self.tr("岗位"), self.tr("月工资（元）"), self.tr("月数")],
                               [90, 120, 100, 50])
        self.works = LinesTable([self.tr("项目"), self.tr("金额（元）"), self.tr("说明")], [160, 100, 120])
        self.aid_budget = AmountRow(self.tr("救助帮扶"), (A.REST, A.POOL_PERCENT, A.REMAINING_PERCENT, A.FIXED))
        self.aid_basis = QComboBox()
        fill_combo(self.aid_basis, AidBasis)
        self.aid_minimum, self.aid_cap = AmountField(self.tr("不设")), AmountField(self.tr("不设"))
        self.retained_on = QCheckBox(self.tr("村集体留存"))
        self.retained = AmountRow(self.tr("村集体留存"), (A.FIXED, A.POOL_PERCENT, A.REMAINING_PERCENT, A.REST))
        self.rounding = QComboBox()
        fill_combo(self.rounding, Rounding)
        self.remainder_to = QComboBox()
        for k in REMAINDER_TARGETS:
            self.remainder_to.addItem(k.label, k.value)

        def lines_box(title: str, table: LinesTable, empty: list[str]) -> QGroupBox:
            box = QGroupBox(title)
            add, remove = QPushButton(self.tr("添加")), QPushButton(self.tr("删除"))
            add.clicked.connect(lambda: (table.add_row(empty), table.setCurrentCell(table.rowCount() - 1, 0),
                                         table.editItem(table.item(table.rowCount() - 1, 0))))
            remove.clicked.connect(lambda: (table.removeRow(table.currentRow()), self.edited.emit())
                                   if table.currentRow() >= 0 else None)
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(add)
            buttons.addWidget(remove)
            lay = QVBoxLayout(box)
            lay.addWidget(table)
            lay.addLayout(buttons)
            table.itemChanged.connect(lambda _i: self.edited.emit())
            return box

        top = QFormLayout()
        reserve_row = QHBoxLayout()
        reserve_row.addWidget(self.reserve_on)
        reserve_row.addWidget(self.reserve, 1)
        top.addRow(reserve_row)
        aid = QGroupBox(self.tr("救助帮扶（按权重，向弱劳动能力、无劳动能力户倾斜）"))
        aid_form = QFormLayout(aid)
        aid_form.addRow(self.tr("金额"), self.aid_budget)
        aid_form.addRow(self.tr("计算方式"), self.aid_basis)
        bounds = QHBoxLayout()
        bounds.addWidget(self.aid_minimum)
        bounds.addWidget(self.aid_cap)
        aid_form.addRow(self.tr("每户保底 / 封顶（元）"), bounds)
        bottom = QFormLayout()
        retained_row = QHBoxLayout()
        retained_row.addWidget(self.retained_on)
        retained_row.addWidget(self.retained, 1)
        bottom.addRow(retained_row)
        bottom.addRow(self.tr("取整"), self.rounding)
        bottom.addRow(self.tr("取整尾差计入"), self.remainder_to)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(lines_box(self.tr("公益岗位"), self.jobs, ["", "", "", "12"]))
        layout.addWidget(lines_box(self.tr("小型公益事业"), self.works, ["", "", ""]))
        layout.addWidget(aid)
        layout.addLayout(bottom)
        for w in (self.reserve, self.aid_budget, self.retained):
            w.edited.connect(self.edited)
        for c in (self.reserve_on, self.retained_on):
            c.toggled.connect(lambda _on: self._sync_enabled())
        for combo in (self.aid_basis, self.rounding, self.remainder_to):
            combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
        for f in (self.aid_minimum, self.aid_cap):
            f.textEdited.connect(lambda _t: self.edited.emit())

    def _sync_enabled(self) -> None:
        self.reserve.setEnabled(self.reserve_on.isChecked() and self.isEnabled())
        self.retained.setEnabled(self.retained_on.isChecked() and self.isEnabled())
        self.edited.emit()

    def set_people(self, households: tuple[Household, ...]) -> None:
        """The village's members, so a post typed by name is paid to the right person."""
        self._people = {}
        for h in households:
            for m in h.members:
                self._people.setdefault(m.name, (m.key, h.key))

    def set_config(self, c: PlanConfig) -> None:
        self.blockSignals(True)
        self._config = c
        self.reserve_on.setChecked(c.reserve is not None)
        self.reserve.set_amount(c.reserve.amount if c.reserve else Amount.pool_percent("5"))
        self.jobs.setRowCount(0)
        for j in (c.jobs.lines if c.jobs else ()):
            self.jobs.add_row([j.person_name, j.post, _fmt(j.monthly_wage) if j.monthly_wage is not None else "",
                               str(j.months)])
        self.works.setRowCount(0)
        for w in (c.works.lines if c.works else ()):
            self.works.add_row([w.project, _fmt(w.amount), w.note])
        aid = c.aid or AidChannel(Amount.rest())
        self.aid_budget.set_amount(aid.budget)
        select_data(self.aid_basis, aid.basis.value)
        self.aid_minimum.setText(_fmt(aid.minimum) if aid.minimum is not None else "")
        self.aid_cap.setText(_fmt(aid.cap) if aid.cap is not None else "")
        self.retained_on.setChecked(c.retained is not None)
        self.retained.set_amount(c.retained.amount if c.retained else Amount.fixed("0"))
        select_data(self.rounding, c.rounding.value)
        select_data(self.remainder_to, c.remainder_to.value)
        self.reserve.setEnabled(self.reserve_on.isChecked())
        self.retained.setEnabled(self.retained_on.isChecked())
        self.blockSignals(False)

    def _money(self, text: str, what: str) -> Decimal:
        try:
            return yuan(text)
        except MoneyError:
            raise RuleError(f"{what}：不是有效金额“{text}”") from None

    def config(self) -> PlanConfig:
        """The configuration as edited; ``RuleError`` names what cannot be used."""
        jobs = []
        for r in range(self.jobs.rowCount()):
            name, post, wage, months = (self.jobs.text(r, c) for c in range(4))
            if not (name or post or wage):
                continue
            if not name or not post:
                raise RuleError(f"公益岗位第{r + 1}行：请填写姓名和岗位")
            if not months.isdigit() or not 1 <= int(months) <= 12:
                raise RuleError(f"公益岗位第{r + 1}行：月数应为 1–12：“{months}”")
            person, household = self._people.get(name, (f"name:{name}", ""))
            jobs.append(JobLine(person, name, post, household, self._money(wage, f"公益岗位第{r + 1}行月工资"),
                                int(months)))
        works = []
        for r in range(self.works.rowCount()):
            project, amount, note = (self.works.text(r, c) for c in range(3))
            if not (project or amount):
                continue
            if not project:
                raise RuleError(f"小型公益事业第{r + 1}行：请填写项目名称")
            works.append(WorksLine(project, self._money(amount, f"小型公益事业第{r + 1}行金额"), note))
        minimum = self._money(self.aid_minimum.text(), "每户保底") if self.aid_minimum.text().strip() else None
        cap = self._money(self.aid_cap.text(), "每户封顶") if self.aid_cap.text().strip() else None
        base_aid = self._config.aid or AidChannel(Amount.rest())
        aid = replace(base_aid, budget=self.aid_budget.amount(), basis=AidBasis(self.aid_basis.currentData()),
                      minimum=minimum, cap=cap)
        c = self._config
        return PlanConfig(
            reserve=ReserveChannel(self.reserve.amount(), c.reserve.name if c.reserve else "维修管护储备金")
            if self.reserve_on.isChecked() else None,
            jobs=JobsChannel(tuple(jobs)), works=WorksChannel(tuple(works)), awards=c.awards, aid=aid,
            retained=RetainedChannel(self.retained.amount()) if self.retained_on.isChecked() else None,
            rounding=Rounding(self.rounding.currentData()), remainder_to=ChannelKind(self.remainder_to.currentData()))


def share_text(amount: Decimal, pool: Decimal) -> str:
    return f"{(amount * 100 / pool).quantize(Decimal('0.01'))}%" if pool else ""


__all__ = ["RuleError", "RulesPanel", "format_yuan", "share_text"]
