"""Dialogs for a registration (初始/转移/变更登记) and for a disposal (处置).

Both validate with the domain rules as the clerk types and keep OK disabled while there
is a problem, listing the problems in words.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.assets import (
    DisposalData,
    OwnerLine,
    RegistrationData,
    validate_disposal,
    validate_registration,
)
from desktop.domain.money import MoneyError, yuan
from desktop.domain.problems import Problem
from desktop.domain.shares import ShareError, percent
from desktop.domain.vocab import DisposalMethod, OwnerKind, RegistrationKind
from desktop.views.common import fill_combo, problem_text, select_data, tr_label
from desktop.views.lines_table import Column, LinesTable
from desktop.views.widgets import AmountField, DateField


def problems_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b91c1c;")
    return label


class RegistrationDialog(QDialog):
    def __init__(self, kind: str, owners: list[OwnerLine], previous_on: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_on = previous_on
        self.setWindowTitle(self.tr("确权登记") if kind == RegistrationKind.INITIAL else self.tr("变更（转移）登记"))
        self.kind = QComboBox()
        fill_combo(self.kind, RegistrationKind)
        select_data(self.kind, kind)
        self.kind.setEnabled(kind != RegistrationKind.INITIAL)
        if kind != RegistrationKind.INITIAL:
            self.kind.removeItem(self.kind.findData(RegistrationKind.INITIAL))
        self.certificate_no = QLineEdit()
        self.registered_on = DateField()
        self.registered_on.set_value(date.today())
        self.registering_body = QLineEdit()
        self.approval = QLineEdit()
        self.reason = QLineEdit()
        self.owners = LinesTable([
            Column(self.tr("产权所有人"), width=260),
            Column(self.tr("类型"), [(tr_label(OwnerKind, c), c) for c, _ in OwnerKind.choices()], width=140),
            Column(self.tr("份额（%）"), numeric=True, width=90)])
        self.owners.set_rows([[o.name, o.kind, f"{o.share}"] for o in owners])
        form = QFormLayout()
        form.addRow(self.tr("登记类型"), self.kind)
        form.addRow(self.tr("确权证书编号*"), self.certificate_no)
        form.addRow(self.tr("登记日期*"), self.registered_on)
        form.addRow(self.tr("登记机关*"), self.registering_body)
        form.addRow(self.tr("批准文号"), self.approval)
        form.addRow(self.tr("变更原因"), self.reason)
        self.problems = problems_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("产权所有人（份额合计应为 100%）")))
        layout.addWidget(self.owners, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for w in (self.certificate_no, self.registering_body, self.approval, self.reason):
            w.textChanged.connect(self._validate)
        self.kind.currentIndexChanged.connect(self._validate)
        self.registered_on.edited.connect(self._validate)
        self.owners.edited.connect(self._validate)
        self.resize(640, 520)
        self._validate()

    def data(self) -> tuple[RegistrationData, list[Problem]]:
        problems: list[Problem] = []
        owners = []
        for i, (name, kind, share_text) in enumerate(self.owners.rows(), start=1):
            try:
                share = percent(str(share_text))
            except ShareError as exc:
                problems.append(Problem("owners", "第 {row} 行份额：{error}", {"row": i, "error": str(exc)}))
                share = Decimal(0)
            owners.append(OwnerLine(str(name), str(kind), share))
        reg = RegistrationData(
            certificate_no=self.certificate_no.text(), registered_on=self.registered_on.value(),
            registering_body=self.registering_body.text(), owners=owners, kind=self.kind.currentData(),
            approval=self.approval.text(), reason=self.reason.text())
        return reg, problems

    def _validate(self) -> None:
        reg, problems = self.data()
        problems += validate_registration(reg, previous_on=self.previous_on)
        self.problems.setText("\n".join(problem_text(p) for p in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)


class DisposalDialog(QDialog):
    def __init__(self, asset_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("资产处置 — {name}").format(name=asset_name))
        self.method = QComboBox()
        fill_combo(self.method, DisposalMethod, blank=self.tr("（请选择）"))
        self.resolution_date, self.township_review_date = DateField(), DateField()
        self.county_approval_date, self.disposed_on = DateField(), DateField()
        self.disposed_on.set_value(date.today())
        self.approval_doc = QLineEdit()
        self.proceeds = AmountField(self.tr("元"))
        self.proceeds.setText("0.00")
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("处置方式*"), self.method)
        form.addRow(self.tr("村民会议决议日期"), self.resolution_date)
        form.addRow(self.tr("乡镇审核日期"), self.township_review_date)
        form.addRow(self.tr("县级批复日期"), self.county_approval_date)
        form.addRow(self.tr("批复文号"), self.approval_doc)
        form.addRow(self.tr("处置日期*"), self.disposed_on)
        form.addRow(self.tr("处置收入（元）"), self.proceeds)
        form.addRow(self.tr("处置原因*"), self.reason)
        self.problems = problems_label()
        note = QLabel(self.tr("处置后资产退出在册台账，但记录与历史永久保留。"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.method.currentIndexChanged.connect(self._validate)
        for f in (self.resolution_date, self.township_review_date, self.county_approval_date, self.disposed_on):
            f.edited.connect(self._validate)
        for w in (self.approval_doc, self.proceeds):
            w.textChanged.connect(self._validate)
        self.reason.textChanged.connect(self._validate)
        self._validate()

    def data(self) -> tuple[DisposalData, list[Problem]]:
        problems: list[Problem] = []
        try:
            proceeds = yuan(self.proceeds.text() or "0")
        except MoneyError as exc:
            problems.append(Problem("proceeds", "处置收入：{error}", {"error": str(exc)}))
            proceeds = Decimal("0.00")
        d = DisposalData(
            method=self.method.currentData() or "", disposed_on=self.disposed_on.value(),
            reason=self.reason.toPlainText(), resolution_date=self.resolution_date.value(),
            township_review_date=self.township_review_date.value(),
            county_approval_date=self.county_approval_date.value(), approval_doc=self.approval_doc.text(),
            proceeds=proceeds)
        return d, problems

    def _validate(self) -> None:
        d, problems = self.data()
        problems += validate_disposal(d)
        self.problems.setText("\n".join(problem_text(p) for p in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
