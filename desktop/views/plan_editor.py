"""The plan editor: one village's plan for one period.

A draft recomputes in memory on every edit of its rules (the engine is pure and a village
takes about a millisecond), so the totals, the recipients and the warnings always show
what saving would store; the totals always add up to the pool. From submission on the plan
is read-only and shows what was stored; a change is a new revision (修订) with a reason.
The workflow buttons are exactly the steps allowed now, each asking for what the step
needs in a dialog that is also its confirmation; the services refuse an illegal step too.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.distribution import (
    ChannelKind,
    Need,
    PlanStatus,
    PoolLine,
    StepInput,
    WorkflowError,
    allowed_transitions,
    check_plan,
    compute,
    config_from_dict,
    from_code,
    is_locked,
    needs,
)
from desktop.domain.distribution.workflow import REVISABLE, STEP_NAMES
from desktop.domain.money import format_yuan
from desktop.domain.problems import ValidationError
from desktop.services import plans as plan_service
from desktop.services.database import one_line
from desktop.services.plan_query import plan_dict
from desktop.views import print_actions
from desktop.views.plan_rules import RuleError, RulesPanel, share_text
from desktop.views.widgets import DateField

S = PlanStatus


def _table(headers: list[str], widths: list[int]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    for i, w in enumerate(widths):
        t.setColumnWidth(i, w)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setDefaultSectionSize(24)
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    return t


def _fill(t: QTableWidget, rows: list[list[str]], right: tuple[int, ...] = (), tip: int | None = None) -> None:
    t.setUpdatesEnabled(False)
    t.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QTableWidgetItem(v)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == tip:
                item.setToolTip(v)  # an explanation is longer than its column
            t.setItem(r, c, item)
    t.setUpdatesEnabled(True)


class StepDialog(QDialog):
    """One workflow step: what it needs, and the confirmation to do it."""

    def __init__(self, source: PlanStatus, target: PlanStatus, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setWindowTitle(STEP_NAMES[target])
        self.needs = needs(source, target)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("将“{title}”由“{a}”改为“{b}”。").format(
            title=title, a=source.label, b=target.label)))
        self.on_date = DateField()
        self.on_date.set_value(date.today())
        self.comment = QLineEdit()
        self.batch = QLineEdit()
        label = {Need.MEETING_DATE: self.tr("村民代表会议日期"), Need.NOTICE_START: self.tr("公示开始日期"),
                 Need.PAYMENT_DATE: self.tr("发放日期")}
        date_need = next((n for n in self.needs if n in label), None)
        if date_need is not None:
            form.addRow(label[date_need], self.on_date)
        else:
            self.on_date.hide()
        if target == S.DRAFT:
            form.addRow(self.tr("修改原因（必填）"), self.comment)
        elif Need.COMMENT in self.needs:
            form.addRow(self.tr("退回意见（必填）"), self.comment)
        else:
            form.addRow(self.tr("意见（可不填）"), self.comment)
        if Need.BANK_BATCH in self.needs:
            form.addRow(self.tr("银行批次号（必填）"), self.batch)
        if target == S.SUBMITTED:
            form.addRow(QLabel(self.tr("提交后方案即锁定，修改须生成新修订版。")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定{step}").format(
            step=STEP_NAMES[target]))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def step_input(self) -> StepInput:
        text = self.comment.text().strip()
        return StepInput(self.on_date.value() if self.on_date.isVisibleTo(self) else None, text,
                         self.batch.text().strip(), text)


class PlanEditor(QDialog):
    def __init__(self, ctx, plan_id: int, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id = plan_id
        self.dirty = False
        self.last_ms = 0.0
        self.dialog: QDialog | None = None
        self.setWindowTitle(self.tr("收益分配方案"))
        self.resize(1180, 760)
        self._build()
        self.load(plan_id)

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.state = QLabel()
        self.state.setStyleSheet("font-size: 14px; font-weight: bold; color: #1d4ed8;")
        self.rules = RulesPanel()
        self.rules.edited.connect(self._on_edited)
        rules_scroll = QScrollArea()
        rules_scroll.setWidget(self.rules)
        rules_scroll.setWidgetResizable(True)
        self.lines = _table([self.tr("收益来源"), self.tr("资产编码"), self.tr("净收益（元）"), self.tr("本村份额"),
                             self.tr("计入金额（元）"), self.tr("原因")], [200, 110, 110, 70, 110, 120])
        self.recipients = _table([self.tr("对象"), self.tr("渠道"), self.tr("金额（元）"), self.tr("已发放"),
                                  self.tr("说明")], [110, 100, 100, 60, 400])
        self.history = QListWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(rules_scroll, self.tr("分配规则"))
        self.tabs.addTab(self.lines, self.tr("收益来源"))
        self.tabs.addTab(self.recipients, self.tr("受益对象"))
        self.tabs.addTab(self.history, self.tr("流程记录"))

        self.totals = _table([self.tr("渠道"), self.tr("金额（元）"), self.tr("占比")], [120, 110, 60])
        self.totals.verticalHeader().hide()
        self.totals.setAlternatingRowColors(False)
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.timing = QLabel()
        self.timing.setStyleSheet("color: #6b7280;")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("分配汇总")))
        rl.addWidget(self.totals, 3)
        rl.addWidget(self.balance)
        rl.addWidget(QLabel(self.tr("预警（对照政策预设）")))
        rl.addWidget(self.warnings, 2)
        rl.addWidget(self.timing)
        split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.step_bar = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.revise_button = QPushButton(self.tr("修订…"))
        self.revise_button.clicked.connect(lambda: self.request_step(S.DRAFT))
        self.bank_button = QPushButton(self.tr("导出银行代发文件…"))
        self.bank_button.clicked.connect(self.export_bank_file)
        self.result_button = QPushButton(self.tr("导入银行回单…"))
        self.result_button.clicked.connect(self.import_bank_result)
        self.tick_button = QPushButton(self.tr("选中对象标记已发放"))
        self.tick_button.clicked.connect(self.tick_selected)
        self.objection_button = QPushButton(self.tr("登记异议…"))
        self.objection_button.clicked.connect(self.request_objection)
        self.settle_button = QPushButton(self.tr("处理异议…"))
        self.settle_button.clicked.connect(self.request_settlement)
        self.manual_button = QPushButton(self.tr("添加手工收益行…"))
        self.manual_button.clicked.connect(self.request_manual_line)
        self.print_button = QPushButton(self.tr("打印"))  # prints the plan as saved: unsaved edits are saved first
        saved_id = lambda: None if self.dirty and not self.save() else self.plan_id  # noqa: E731
        self.print_button.setMenu(print_actions.plan_menu(self, self.ctx, saved_id))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addLayout(self.step_bar)
        bottom.addStretch(1)
        for b in (self.print_button, self.manual_button, self.objection_button, self.settle_button, self.bank_button,
                  self.result_button, self.tick_button, self.revise_button, self.save_button, close):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.state)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    # -- loading -------------------------------------------------------------------------------
    def load(self, plan_id: int) -> None:
        self.plan_id = plan_id
        with self.ctx.db.reader() as s:
            self.data = plan_dict(s, plan_id)
            plan = plan_service.get_plan(s, plan_id)
            self.config = config_from_dict(json.loads(plan.config))
            self.status = from_code(PlanStatus, plan.status, "status")
            self.current = plan.current
            self.editing = plan_service.editing(s, plan_id) if not is_locked(self.status) else None
        d = self.data
        self.header.setText(self.tr("{t}{v}　{p}　第{r}版").format(t=d["township"], v=d["village"], p=d["period"],
                                                                r=d["revision"]))
        self.state.setText(self.tr("状态：{s}").format(s=self.status.label) +
                           ("" if self.current else self.tr("（已被新修订版取代）")))
        self.rules.set_config(self.config)
        if self.editing is not None:
            self.rules.set_people(self.editing.plan_input.households)
        locked = self.locked
        self.rules.setEnabled(not locked)
        self.save_button.setVisible(not locked)
        self.revise_button.setVisible(self.current and self.status in REVISABLE)
        self.bank_button.setVisible(self.status in (S.NOTICE, S.PAID))
        self.result_button.setVisible(self.status == S.PAID and self.current)
        self.objection_button.setVisible(self.status == S.NOTICE and self.current)
        self.settle_button.setVisible(self.status == S.NOTICE and self.current
                                      and any(not o["settlement"] for o in self.data["objections"]))
        self.manual_button.setVisible(not self.locked)
        self.tick_button.setVisible(self.status == S.PAID and self.current)
        self._fill_lines()
        self._fill_history()
        self._steps()
        if locked:
            self._show_stored()
        else:
            self.recompute()
        self.dirty = False

    @property
    def locked(self) -> bool:
        return is_locked(self.status) or not self.current

    def _fill_lines(self) -> None:
        rows = [[ln["name"], ln["asset_code"], "" if ln["manual"] else format_yuan(Decimal(ln["net_income"])),
                 "" if ln["manual"] else f"{ln['share']}%", format_yuan(Decimal(ln["amount"])), ln["reason"]]
                for ln in self.data["lines"]]
        _fill(self.lines, rows, right=(2, 3, 4))

    def _fill_history(self) -> None:
        self.history.clear()
        d = self.data
        if d["revision_reason"]:
            self.history.addItem(self.tr("第{r}版修订原因：{x}").format(r=d["revision"], x=d["revision_reason"]))
        for e in d["events"]:
            self.history.addItem(self.tr("{date}　{a} → {b}　{who}　{c}").format(
                date=e["date"], a=PlanStatus.label_of(e["from"]), b=PlanStatus.label_of(e["to"]), who=e["operator"],
                c=e["comment"]))
        if d["notice_start"]:
            self.history.addItem(self.tr("公示期：{a} 至 {b}").format(a=d["notice_start"], b=d["notice_end"]))
        for o in d["objections"]:
            self.history.addItem(self.tr("异议 {d} {by}：{c}；处理：{s}").format(
                d=o["raised_on"], by=o["by"], c=o["content"], s=o["settlement"] or self.tr("未处理")))

    def _steps(self) -> None:
        while self.step_bar.count():
            item = self.step_bar.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.step_buttons: dict[PlanStatus, QPushButton] = {}
        if not self.current:
            return
        for target in allowed_transitions(self.status):
            button = QPushButton(STEP_NAMES[target] + "…")
            button.clicked.connect(lambda _c=False, t=target: self.request_step(t))
            self.step_bar.addWidget(button)
            self.step_buttons[target] = button

    # -- figures -----------------------------------------------------------------------------
    def _on_edited(self) -> None:
        self.dirty = True
        self.recompute()

    def recompute(self) -> None:
        """Divide again from the rules as edited (drafts only) and show the figures."""
        if self.editing is None:
            return
        started = time.perf_counter()
        try:
            config = self.rules.config()
        except RuleError as e:
            self._problem(str(e))
            return
        plan_in = replace(self.editing.plan_input, config=config)
        try:
            result = compute(plan_in)
        except ValidationError as e:
            self._problem("；".join(p.message for p in e.problems))
            return
        warnings = [w.message for w in check_plan(plan_in, result, self.editing.preset)]
        warnings += [p.message for p in result.problems]
        channels = [(c.name, c.amount, c.kind) for c in result.channels]
        rows = [[r.name, r.channel.label, format_yuan(r.amount), "", r.explanation]
                for r in result.recipients if r.household_key or r.person_key]
        self._show(result.pool, channels, rows, warnings, result.remainder.amount, result.remainder.channel)
        self.last_ms = (time.perf_counter() - started) * 1000
        self.timing.setText(self.tr("重新计算用时 {ms:.1f} 毫秒").format(ms=self.last_ms))

    def _show_stored(self) -> None:
        d = self.data
        channels = [(c["name"], Decimal(c["amount"]), ChannelKind(c["kind"])) for c in d["channels"]]
        rows = [[r.get("household") or r.get("person") or "", ChannelKind(r["channel"]).label,
                 format_yuan(Decimal(r["amount"])), self.tr("是") if r["paid"] else "", r["explanation"]]
                for r in d["recipients"]]
        warnings = [w["message"] for w in d["warnings"]] + list(d["problems"])
        rem = d["remainder"]
        self._show(Decimal(d["pool"]), channels, rows, warnings, Decimal(rem["amount"]),
                   ChannelKind(rem["channel"]) if rem["channel"] else None)
        if self.status in (S.PAID, S.ARCHIVED):
            unpaid = [r for r in d["recipients"] if not r["paid"]]
            left = sum((Decimal(r["amount"]) for r in unpaid), Decimal("0.00"))
            self.timing.setText(self.tr("已锁定；尚未到账 {n} 笔，共 {t} 元").format(
                n=len(unpaid), t=format_yuan(left)))
        else:
            self.timing.setText(self.tr("已锁定：显示提交时保存的数字"))

    def _show(self, pool: Decimal, channels: list[tuple[str, Decimal, ChannelKind]], rows: list[list[str]],
              warnings: list[str], remainder: Decimal, remainder_to: ChannelKind | None) -> None:
        total = sum((a for _n, a, _k in channels), Decimal("0.00"))
        _fill(self.totals, [[n, format_yuan(a), share_text(a, pool)] for n, a, _k in channels]
              + [[self.tr("合计"), format_yuan(total), share_text(total, pool)]], right=(1, 2))
        bold = self.totals.font()
        bold.setBold(True)
        for c in range(3):
            self.totals.item(len(channels), c).setFont(bold)
        for k, (_n, _a, kind) in enumerate(channels):
            if kind == ChannelKind.UNALLOCATED:
                for c in range(3):
                    self.totals.item(k, c).setForeground(QBrush(QColor("#b45309")))
        ok = total == pool
        text = self.tr("合计 {t} 元 = 收益总额 {p} 元").format(t=format_yuan(total), p=format_yuan(pool)) if ok else \
            self.tr("合计 {t} 元 ≠ 收益总额 {p} 元").format(t=format_yuan(total), p=format_yuan(pool))
        if remainder and remainder_to is not None:
            text += self.tr("；取整尾差 {r} 元计入{c}").format(r=format_yuan(remainder), c=remainder_to.label)
        self.balance.setText(text)
        self.balance.setStyleSheet("color: #15803d;" if ok else "color: #dc2626;")
        _fill(self.recipients, rows, right=(2,), tip=4)
        self.tabs.setTabText(2, self.tr("受益对象（{n}）").format(n=len(rows)))
        self.warnings.clear()
        self.warnings.addItems(warnings or [self.tr("无预警")])

    def _problem(self, text: str) -> None:
        self.warnings.clear()
        self.warnings.addItem(text)
        self.balance.setText(self.tr("规则有误，未重新计算：{x}").format(x=text))
        self.balance.setStyleSheet("color: #dc2626;")

    # -- actions -----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.locked:
            return False
        try:
            config = self.rules.config()
        except RuleError as e:
            QMessageBox.warning(self, self.tr("保存"), str(e))
            return False
        manual = [PoolLine(ln["name"], manual_amount=Decimal(ln["amount"]), reason=ln["reason"])
                  for ln in self.data["lines"] if ln["manual"]]
        try:
            with self.ctx.db.session() as s:
                plan_service.set_config(s, self.plan_id, config, manual)
        except (ValidationError, WorkflowError) as e:
            QMessageBox.warning(self, self.tr("保存"), one_line(e))
            return False
        self.ctx.changed.emit("plans")
        self.load(self.plan_id)
        return True

    def request_step(self, target: PlanStatus) -> StepDialog:
        title = f"{self.data['village']}{self.data['period']}方案"
        dialog = StepDialog(self.status, target, title, self)
        dialog.accepted.connect(lambda: self._do_step(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _do_step(self, dialog: StepDialog) -> None:
        if self.dirty and not self.locked and not self.save():
            return
        try:
            with self.ctx.db.session() as s:
                if dialog.target == S.DRAFT and self.status != S.RETURNED:  # 修订 of a locked plan
                    plan = plan_service.revise(s, self.plan_id, dialog.step_input().reason)
                else:
                    plan = plan_service.advance(s, self.plan_id, dialog.target, dialog.step_input())
                new_id = plan.id
        except (ValidationError, WorkflowError) as e:
            QMessageBox.warning(self, STEP_NAMES[dialog.target], one_line(e))
            return
        self.ctx.changed.emit("plans")
        self.load(new_id)

    def export_bank_file(self) -> None:
        from desktop.services import plan_payments

        name = f"{self.data['village']}{self.data['period']}银行代发.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出银行代发文件"), name, self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        try:
            with self.ctx.db.reader() as s:
                count, total = plan_payments.write_bank_file(s, self.plan_id, path)
        except (ValidationError, OSError) as e:
            QMessageBox.warning(self, self.tr("导出银行代发文件"), one_line(e))
            return
        QMessageBox.information(self, self.tr("导出银行代发文件"),
                                self.tr("已导出 {n} 户，合计 {t} 元（含完整银行账号，请妥善保管）：{p}").format(
                                    n=count, t=format_yuan(total), p=path))

    def _form_dialog(self, title: str, fields: list[tuple[str, QWidget]], ok: str) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        form = QFormLayout(dialog)
        for label, w in fields:
            form.addRow(label, w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        self.dialog = dialog
        return dialog

    def request_manual_line(self) -> QDialog:
        """A manual pool line (e.g. last year's balance carried over) always carries its reason."""
        from desktop.views.widgets import AmountField

        name, amount, reason = QLineEdit(), AmountField(), QLineEdit()
        dialog = self._form_dialog(self.tr("添加手工收益行"), [(self.tr("名称"), name), (self.tr("金额（元）"), amount),
                                                              (self.tr("原因（必填）"), reason)], self.tr("添加"))

        def add() -> None:
            from desktop.domain.money import MoneyError, yuan
            try:
                value = yuan(amount.text())
            except MoneyError as e:
                QMessageBox.warning(self, self.tr("添加手工收益行"), str(e))
                return
            if not name.text().strip() or not reason.text().strip():
                QMessageBox.warning(self, self.tr("添加手工收益行"), self.tr("请填写名称和原因"))
                return
            self.data["lines"].append({"name": name.text().strip(), "asset_code": "", "net_income": "0",
                                       "share": "100", "manual": True, "reason": reason.text().strip(),
                                       "amount": str(value)})
            self.save()

        dialog.accepted.connect(add)
        dialog.open()
        return dialog

    def request_objection(self) -> QDialog:
        by, content, on = QLineEdit(), QLineEdit(), DateField()
        on.set_value(date.today())
        dialog = self._form_dialog(self.tr("登记公示异议"), [(self.tr("提出日期"), on), (self.tr("提出人"), by),
                                                            (self.tr("异议内容"), content)], self.tr("登记"))

        def add() -> None:
            try:
                with self.ctx.db.session() as s:
                    plan_service.add_objection(s, self.plan_id, on.value() or date.today(), by.text(), content.text())
            except (ValidationError, WorkflowError) as e:
                QMessageBox.warning(self, self.tr("登记公示异议"), one_line(e))
                return
            self.load(self.plan_id)

        dialog.accepted.connect(add)
        dialog.open()
        return dialog

    def request_settlement(self) -> QDialog | None:
        from PySide6.QtWidgets import QComboBox

        open_ones = [o for o in self.data["objections"] if not o["settlement"]]
        if not open_ones:
            return None
        which, how, on = QComboBox(), QLineEdit(), DateField()
        for o in open_ones:
            which.addItem(f"{o['raised_on']} {o['by']}：{o['content']}", o["id"])
        on.set_value(date.today())
        dialog = self._form_dialog(self.tr("处理公示异议"), [(self.tr("异议"), which), (self.tr("处理结果"), how),
                                                            (self.tr("处理日期"), on)], self.tr("保存"))

        def settle() -> None:
            try:
                with self.ctx.db.session() as s:
                    plan_service.settle_objection(s, which.currentData(), how.text(), on.value() or date.today())
            except ValidationError as e:
                QMessageBox.warning(self, self.tr("处理公示异议"), one_line(e))
                return
            self.load(self.plan_id)

        dialog.accepted.connect(settle)
        dialog.open()
        return dialog

    def import_bank_result(self) -> None:
        from desktop.io.sheets import ImportFileError
        from desktop.services import plan_payments

        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入银行回单"), "", self.tr("Excel 工作簿 (*.xlsx *.xls)"))
        if not path:
            return
        try:
            with self.ctx.db.session() as s:
                r = plan_payments.import_bank_result(s, self.plan_id, path)
        except (ValidationError, ImportFileError, OSError) as e:
            QMessageBox.warning(self, self.tr("导入银行回单"), one_line(e))
            return
        self.ctx.changed.emit("plans")
        self.load(self.plan_id)
        lines = [self.tr("已到账 {n} 户。").format(n=r.paid)]
        lines += [self.tr("失败：{x}").format(x=x) for x in r.failed]
        lines += [self.tr("不在本方案中：{x}").format(x=x) for x in r.unknown]
        QMessageBox.information(self, self.tr("导入银行回单"), "\n".join(lines))

    def tick_selected(self) -> None:
        """From the signed payout sheet: the selected recipients were paid."""
        from desktop.services import plan_payments

        rows = sorted({i.row() for i in self.recipients.selectedIndexes()})
        ids = [self.data["recipients"][r]["id"] for r in rows if r < len(self.data["recipients"])]
        if not ids:
            return
        with self.ctx.db.session() as s:
            plan_payments.set_paid(s, self.plan_id, ids, True)
        self.ctx.changed.emit("plans")
        self.load(self.plan_id)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.dirty and not self.locked:
            answer = QMessageBox.question(self, self.tr("收益分配方案"), self.tr("规则已修改，是否保存？"),
                                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                                          | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                event.ignore()
                return
        super().closeEvent(event)
