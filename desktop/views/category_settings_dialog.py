"""Self-check settings per asset category (预警设置): return-rate threshold, idle months,
contract-expiry warning days. Stored in the database so every desk judges alike."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem, ValidationError
from desktop.domain.selfcheck import CategoryRules
from desktop.domain.vocab import Category
from desktop.services.category_settings import category_rules, save_category_rules, validate_rules
from desktop.views.common import problem_text, show_problems, tr_label
from desktop.views.context import AppContext


class CategorySettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("自查预警设置"))
        self.resize(620, 400)
        with ctx.db.reader() as s:
            self._initial = category_rules(s)
        self.table = QTableWidget(len(Category), 3)
        self.table.setHorizontalHeaderLabels([self.tr("收益率阈值（%）"), self.tr("闲置月数"),
                                              self.tr("合同到期提前提醒（天）")])
        self.table.setVerticalHeaderLabels([tr_label(Category, c.value) for c in Category])
        self.thresholds: dict[str, QLineEdit] = {}
        self.idle: dict[str, QSpinBox] = {}
        self.expiry: dict[str, QSpinBox] = {}
        for row, c in enumerate(Category):
            rules = self._initial[c.value]
            edit = QLineEdit(f"{rules.return_threshold:.2f}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            months, days = QSpinBox(), QSpinBox()
            months.setRange(1, 120)
            months.setValue(rules.idle_months)
            days.setRange(0, 3650)
            days.setValue(rules.expiry_days)
            self.table.setCellWidget(row, 0, edit)
            self.table.setCellWidget(row, 1, months)
            self.table.setCellWidget(row, 2, days)
            self.thresholds[c.value], self.idle[c.value], self.expiry[c.value] = edit, months, days
            edit.textChanged.connect(self._validate)
        for col, width in enumerate((140, 100, 170)):
            self.table.setColumnWidth(col, width)
        note = QLabel(self.tr("低于阈值的经营性资产、超过闲置月数没有收益的资产、"
                              "合同在提醒天数内到期的资产会列入自查预警。"
                              "设置保存在数据库中，共用数据库的各台电脑与命令行一致。"))
        note.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b91c1c;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def rules(self) -> tuple[dict[str, CategoryRules], list[Problem]]:
        out: dict[str, CategoryRules] = {}
        problems: list[Problem] = []
        for c in Category:
            text = self.thresholds[c.value].text().strip().rstrip("%％")
            try:
                threshold = Decimal(text)
            except InvalidOperation:
                problems.append(Problem("return_threshold", "{label}：收益率阈值“{value}”不是数字",
                                        {"label": c.label, "value": text}))
                threshold = Decimal(0)
            out[c.value] = CategoryRules(threshold, self.idle[c.value].value(), self.expiry[c.value].value())
        return out, problems + validate_rules(out) if not problems else problems

    def _validate(self) -> None:
        _, problems = self.rules()
        self.problems.setText("\n".join(problem_text(p) for p in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def save(self) -> None:
        rules, problems = self.rules()
        if problems:
            show_problems(self, self.tr("不能保存"), problems)
            return
        try:
            with self.ctx.db.session() as s:
                save_category_rules(s, rules)
        except ValidationError as exc:
            show_problems(self, self.tr("不能保存"), exc.problems)
            return
        self.accept()
