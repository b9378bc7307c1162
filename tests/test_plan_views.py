"""The plans area and the plan editor, driven as a clerk would (small demo county)."""

from __future__ import annotations

import json
import time
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QTableWidgetItem
from sqlalchemy import func, select

from desktop.models import Plan
from desktop.views.plans_view import PlansView
from tests.qt_helpers import type_text

pytestmark = pytest.mark.usefixtures("message_boxes")
D = Decimal


@pytest.fixture
def view(ctx, qtbot):  # type: ignore[no-untyped-def]
    v = PlansView(ctx)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    return v


def plan_count(ctx, **where) -> int:  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        return s.scalar(select(func.count()).select_from(Plan).filter_by(**where)) or 0


def test_list_filters_and_sorts(view, qtbot, qtmodeltester):
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 12  # the small demo: one plan per village for 2025
    view.status.setCurrentIndex(view.status.findData("draft"))
    drafts = view.model.rowCount()
    assert 0 < drafts < 12 and all(view.model.data(view.model.index(r, 4)) == "草稿" for r in range(drafts))
    view.status.setCurrentIndex(0)
    view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # 收益总额
    pools = [D(view.model.data(view.model.index(r, 5)).replace(",", "")) for r in range(view.model.rowCount())]
    assert pools == sorted(pools, reverse=True)
    type_text(view.search, view.model.data(view.model.index(0, 1)))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)


def test_batch_creation_runs_in_a_worker_and_a_second_run_adds_nothing(view, qtbot):
    before = plan_count(view.ctx)
    view.start_batch(2024, 0, None)
    qtbot.waitUntil(lambda: view.worker is not None and view.worker.isFinished(), timeout=20000)
    qtbot.waitUntil(lambda: plan_count(view.ctx, year=2024) == 12)
    view.start_batch(2024, 0, None)
    qtbot.waitUntil(lambda: view.worker.isFinished(), timeout=20000)
    assert plan_count(view.ctx) == before + 12


def test_batch_cancel_writes_nothing(view, qtbot, monkeypatch):
    from desktop.views import plans_view

    real = plans_view.plan_service.create_all

    def cancelled_at_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 5
        while view.worker is None and time.monotonic() < deadline:
            time.sleep(0.01)
        view.worker.cancelled = True  # as the progress dialog's Cancel does
        return real(*args, **kwargs)

    monkeypatch.setattr(plans_view.plan_service, "create_all", cancelled_at_once)
    before = plan_count(view.ctx)
    view.worker = None
    view.start_batch(2023, 0, None)
    qtbot.waitUntil(lambda: view.worker is not None and view.worker.isFinished(), timeout=20000)
    assert plan_count(view.ctx) == before


def _first_draft(view):  # type: ignore[no-untyped-def]
    view.status.setCurrentIndex(view.status.findData("draft"))
    view.table.setFocus()
    view.table.selectRow(0)
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert view.editor is not None
    return view.editor


def total_of(editor, name: str) -> D:  # type: ignore[no-untyped-def]
    for r in range(editor.totals.rowCount()):
        if editor.totals.item(r, 0).text() == name:
            return D(editor.totals.item(r, 1).text().replace(",", ""))
    raise KeyError(name)


def test_editor_recomputes_as_rules_are_typed_and_totals_balance(view, qtbot):
    editor = _first_draft(view)
    qtbot.waitExposed(editor)
    pool = D(editor.data["pool"])
    assert total_of(editor, "合计") == pool
    editor.rules.reserve.value.selectAll()
    type_text(editor.rules.reserve.value, "10")
    assert total_of(editor, "维修管护储备金") == (pool * D("0.10")).quantize(D("0.01"))
    assert total_of(editor, "合计") == pool and "=" in editor.balance.text()
    assert editor.last_ms < 50
    # a public-welfare post: a member of the village, 500 yuan a month for 10 months
    member = editor.editing.plan_input.households[0].members[0]
    editor.rules.jobs.add_row([member.name, "保洁员", "500", "10"])
    editor.rules.jobs.setItem(0, 3, QTableWidgetItem("10"))  # an edit fires the recompute
    assert total_of(editor, "公益岗位工资") == D("5000.00")
    assert total_of(editor, "合计") == pool
    assert any(editor.recipients.item(r, 1).text() == "公益岗位工资" for r in range(editor.recipients.rowCount()))
    # a typing mistake names the field and stops the recompute, the figures stay
    editor.rules.reserve.value.selectAll()
    type_text(editor.rules.reserve.value, "abc")
    assert "维修管护储备金" in editor.balance.text() and "abc" in editor.balance.text()
    editor.rules.reserve.value.selectAll()
    type_text(editor.rules.reserve.value, "10")
    editor.save_button.click()
    with view.ctx.db.reader() as s:
        stored = json.loads(s.get(Plan, editor.plan_id).config)
    assert stored["reserve"]["amount"]["value"] == "10" and len(stored["jobs"]["lines"]) == 1
    assert not editor.dirty


def test_workflow_buttons_steps_and_read_only_with_revision(view, qtbot):
    editor = _first_draft(view)
    pid = editor.plan_id
    assert [t.value for t in editor.step_buttons] == ["submitted"]  # only what is allowed now
    editor.step_buttons[next(iter(editor.step_buttons))].click()
    dialog = editor.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.on_date.set_value(date(2026, 3, 1))
    type_text(dialog.comment, "代表会议通过")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: editor.status.value == "submitted")
    with view.ctx.db.reader() as s:
        assert s.get(Plan, pid).meeting_date == date(2026, 3, 1)
    # locked: rules read-only, no save, only the township's two steps and the revision
    assert not editor.rules.isEnabled() and not editor.save_button.isVisible()
    assert {t.value for t in editor.step_buttons} == {"approved", "returned"}
    assert editor.revise_button.isVisible()
    # returning needs a comment: refused without one, nothing changes
    editor.step_buttons[next(t for t in editor.step_buttons if t.value == "returned")].click()
    editor.dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert editor.status.value == "submitted"
    # a revision asks for the reason and opens the new draft; the old one is kept
    editor.revise_button.click()
    type_text(editor.dialog.comment, "增设公益岗位")
    editor.dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: editor.plan_id != pid)
    assert editor.status.value == "draft" and editor.data["revision"] == 2 and editor.rules.isEnabled()
    with view.ctx.db.reader() as s:
        old = s.get(Plan, pid)
        assert (old.status, old.current) == ("submitted", False)


def test_preset_dialog_edits_and_validates(view, qtbot, message_boxes):
    dialog = view.open_presets()
    qtbot.waitExposed(dialog)
    from desktop.domain.distribution import ChannelKind
    dialog.min_share[ChannelKind.JOBS].setText("70")
    dialog.notice_days.setValue(15)
    assert dialog.save()
    with view.ctx.db.reader() as s:
        from desktop.services.plan_presets import default_preset
        _row, preset = default_preset(s)
    assert preset.min_shares[ChannelKind.JOBS] == D("70") and preset.notice_days == 15
    dialog.min_share[ChannelKind.JOBS].setText("170")
    assert not dialog.save()
    assert "170" in message_boxes[-1][1]


def test_preset_dialog_sets_the_supervision_phone_and_unit(view, qtbot, message_boxes):
    from desktop.services.plan_presets import default_preset
    dialog = view.open_presets()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.supervision_phone, "0530-8123456 ext 6")
    type_text(dialog.supervision_unit, "城关镇纪委")
    assert not dialog.save()  # refused whole: nothing stored, the field framed and focused
    assert "0530-8123456 ext 6" in message_boxes[-1][1] and "监督电话" in message_boxes[-1][1]
    assert dialog.supervision_phone.property("invalid") and dialog.focusWidget() is dialog.supervision_phone
    with view.ctx.db.reader() as s:
        assert default_preset(s)[1].supervision_phone == ""
    dialog.supervision_phone.clear()
    type_text(dialog.supervision_phone, "０５３０－８１２３４５６")  # typed with a Chinese input method
    assert dialog.save()
    with view.ctx.db.reader() as s:
        _row, preset = default_preset(s)
    assert (preset.supervision_phone, preset.supervision_unit) == ("0530-8123456", "城关镇纪委")
    assert preset.name == "国家指导（默认）" and preset.notice_days == 10  # the rest is kept
    assert not dialog.supervision_phone.property("invalid")
    again = view.open_presets()  # shown as stored when the dialog opens again
    assert again.supervision_phone.text() == "0530-8123456" and again.supervision_unit.text() == "城关镇纪委"


def test_paid_plan_ticks_recipients_from_the_signed_sheet(view, qtbot):
    view.status.setCurrentIndex(view.status.findData("paid"))
    assert view.model.rowCount() >= 1
    editor = view.open_plan(view.model.plan_id(0))
    assert not editor.rules.isEnabled() and editor.tick_button.isVisible()
    assert [t.value for t in editor.step_buttons] == ["archived"]
    unpaid = [i for i, r in enumerate(editor.data["recipients"]) if not r["paid"]]
    assert unpaid and "尚未到账" in editor.timing.text()
    editor.recipients.selectRow(unpaid[0])
    editor.tick_button.click()
    assert editor.data["recipients"][unpaid[0]]["paid"]
    assert editor.recipients.item(unpaid[0], 3).text() == "是"


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_notice_objections_block_payment_until_settled(view, qtbot, message_boxes):
    view.status.setCurrentIndex(view.status.findData("notice"))
    editor = view.open_plan(view.model.plan_id(0))
    assert editor.objection_button.isVisible() and not editor.settle_button.isVisible()
    dialog = editor.request_objection()
    edits = [w for w in dialog.findChildren(QLineEdit)
             if w.objectName() != "qt_spinbox_lineedit"]
    type_text(edits[0], "张三")
    type_text(edits[1], "我家人口登记有误")
    _ok(dialog)
    assert editor.data["objections"][0]["content"] == "我家人口登记有误" and editor.settle_button.isVisible()
    step = editor.request_step(next(iter(editor.step_buttons)))
    step.on_date.set_value(date(2026, 6, 1))
    type_text(step.batch, "B1")
    _ok(step)
    assert editor.status.value == "notice" and "异议尚未处理" in message_boxes[-1][1]
    dialog = editor.request_settlement()
    how = [w for w in dialog.findChildren(QLineEdit)
           if w.objectName() != "qt_spinbox_lineedit"][0]
    type_text(how, "已核实更正")
    _ok(dialog)
    assert not editor.settle_button.isVisible()
    step = editor.request_step(next(iter(editor.step_buttons)))
    step.on_date.set_value(date(2026, 6, 1))
    type_text(step.batch, "B1")
    _ok(step)
    assert editor.status.value == "paid"


def test_manual_pool_line_needs_a_reason_and_joins_the_pool(view, qtbot):
    editor = _first_draft(view)
    pool = D(editor.data["pool"])
    dialog = editor.request_manual_line()
    name, amount, reason = [w for w in dialog.findChildren(
        QLineEdit)]
    type_text(name, "上年结余")
    type_text(amount, "1000")
    type_text(reason, "2024年度未分配结余转入")
    _ok(dialog)
    assert D(editor.data["pool"]) == pool + D("1000.00")
    assert editor.data["lines"][-1]["manual"] and total_of(editor, "合计") == pool + D("1000.00")
