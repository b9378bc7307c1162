"""The plan workflow: every legal and illegal step, what each needs, and locking."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from desktop.domain.distribution import (
    Need,
    Objection,
    PlanStatus,
    StepInput,
    WorkflowError,
    advance,
    allowed_transitions,
    is_locked,
    needs,
    notice_end,
    revise,
)

S = PlanStatus
TODAY = date(2025, 3, 31)
LEGAL = {
    (S.DRAFT, S.SUBMITTED), (S.SUBMITTED, S.APPROVED), (S.SUBMITTED, S.RETURNED), (S.RETURNED, S.DRAFT),
    (S.APPROVED, S.FILED), (S.FILED, S.NOTICE), (S.NOTICE, S.PAID), (S.PAID, S.ARCHIVED),
}
GOOD_INPUT = StepInput(on_date=date(2025, 3, 20), comment="金额核算有误", bank_batch="NX20250320-01",
                       reason="按乡镇意见调整")


def test_statuses_have_chinese_labels() -> None:
    assert [s.label for s in S] == ["草稿", "村级已提交", "乡镇退回", "乡镇已审核", "县级已备案", "公示中", "已发放",
                                    "已归档"]


@pytest.mark.parametrize(("source", "target"), sorted(LEGAL))
def test_every_legal_step(source: PlanStatus, target: PlanStatus) -> None:
    assert target in allowed_transitions(source)
    step = advance(source, target, GOOD_INPUT, today=TODAY, notice_ended_on=date(2025, 3, 10))
    assert (step.source, step.target, step.on_date) == (source, target, date(2025, 3, 20) if target != S.DRAFT
                                                         else TODAY)


@pytest.mark.parametrize(("source", "target"),
                         [p for p in itertools.product(S, S) if p not in LEGAL])
def test_every_illegal_step_is_refused_with_the_reason(source: PlanStatus, target: PlanStatus) -> None:
    assert target not in allowed_transitions(source)
    with pytest.raises(WorkflowError) as e:
        advance(source, target, GOOD_INPUT, today=TODAY, notice_ended_on=date(2025, 3, 10))
    assert str(e.value).startswith(f"方案状态为“{source.label}”，不能改为“{target.label}”；可以改为：")


def test_refusal_names_what_is_allowed() -> None:
    with pytest.raises(WorkflowError, match="方案状态为“草稿”，不能改为“已发放”；可以改为：村级已提交"):
        advance(S.DRAFT, S.PAID, GOOD_INPUT, today=TODAY)
    with pytest.raises(WorkflowError, match="可以改为：无（已是最后一步）"):
        advance(S.ARCHIVED, S.DRAFT, GOOD_INPUT, today=TODAY)


def test_what_each_step_needs() -> None:
    assert needs(S.DRAFT, S.SUBMITTED) == (Need.MEETING_DATE,)
    assert needs(S.SUBMITTED, S.RETURNED) == (Need.COMMENT,)
    assert needs(S.FILED, S.NOTICE) == (Need.NOTICE_START,)
    assert needs(S.NOTICE, S.PAID) == (Need.PAYMENT_DATE, Need.BANK_BATCH)
    assert needs(S.SUBMITTED, S.APPROVED) == ()


def test_submission_records_the_meeting_date_and_refuses_a_future_one() -> None:
    step = advance(S.DRAFT, S.SUBMITTED, StepInput(on_date=date(2025, 3, 1)), today=TODAY)
    assert step.on_date == date(2025, 3, 1)
    assert advance(S.DRAFT, S.SUBMITTED, StepInput(), today=TODAY).on_date == TODAY
    with pytest.raises(WorkflowError, match="提交日期2025-04-01晚于今天"):
        advance(S.DRAFT, S.SUBMITTED, StepInput(on_date=date(2025, 4, 1)), today=TODAY)


def test_return_needs_a_comment() -> None:
    with pytest.raises(WorkflowError, match="退回方案须填写退回意见"):
        advance(S.SUBMITTED, S.RETURNED, StepInput(comment="  "), today=TODAY)
    assert advance(S.SUBMITTED, S.RETURNED, StepInput(comment=" 缺少会议记录 "), today=TODAY).comment == "缺少会议记录"


def test_notice_end_comes_from_the_preset_days() -> None:
    step = advance(S.FILED, S.NOTICE, StepInput(on_date=date(2025, 3, 1)), today=TODAY)
    assert step.notice_end == date(2025, 3, 10)  # 10 days: 1–10 March inclusive
    step = advance(S.FILED, S.NOTICE, StepInput(on_date=date(2025, 3, 1)), today=TODAY, notice_days=7)
    assert step.notice_end == date(2025, 3, 7)
    assert notice_end(date(2024, 2, 25), 10) == date(2024, 3, 5)  # across a leap day
    with pytest.raises(WorkflowError, match="公示天数应至少为 1 天"):
        notice_end(date(2025, 3, 1), 0)


def test_payment_not_before_the_notice_has_ended() -> None:
    paid = StepInput(on_date=date(2025, 3, 10), bank_batch="B1")
    with pytest.raises(WorkflowError, match="公示期至2025-03-10结束，发放日期2025-03-10不能早于2025-03-11"):
        advance(S.NOTICE, S.PAID, paid, today=TODAY, notice_ended_on=date(2025, 3, 10))
    step = advance(S.NOTICE, S.PAID, StepInput(on_date=date(2025, 3, 11), bank_batch=" B1 "), today=TODAY,
                   notice_ended_on=date(2025, 3, 10))
    assert (step.on_date, step.bank_batch) == (date(2025, 3, 11), "B1")
    with pytest.raises(WorkflowError, match="没有公示结束日期"):
        advance(S.NOTICE, S.PAID, paid, today=TODAY)


def test_payment_needs_a_bank_batch_and_settled_objections() -> None:
    ended = date(2025, 3, 10)
    with pytest.raises(WorkflowError, match="登记发放须填写银行批次号"):
        advance(S.NOTICE, S.PAID, StepInput(on_date=date(2025, 3, 12)), today=TODAY, notice_ended_on=ended)
    objection = Objection(date(2025, 3, 5), "村民王五", "家中有重病人未列入")
    with pytest.raises(WorkflowError, match="公示期间有1条异议尚未处理（村民王五：家中有重病人未列入），不能登记发放"):
        advance(S.NOTICE, S.PAID, GOOD_INPUT, today=TODAY, notice_ended_on=ended, objections=(objection,))
    settled = Objection(objection.raised_on, objection.by, objection.content, "经入户核实已补列")
    assert advance(S.NOTICE, S.PAID, GOOD_INPUT, today=TODAY, notice_ended_on=ended,
                   objections=(settled,)).target == S.PAID


def test_only_a_draft_can_be_edited() -> None:
    assert [s for s in S if not is_locked(s)] == [S.DRAFT]


def test_a_locked_plan_changes_through_a_new_revision_with_a_reason() -> None:
    for source in (S.SUBMITTED, S.RETURNED, S.APPROVED, S.FILED, S.NOTICE):
        step = revise(source, "调整公益岗位人员", today=TODAY)
        assert (step.target, step.new_revision, step.comment) == (S.DRAFT, True, "调整公益岗位人员")
    with pytest.raises(WorkflowError, match="修改已提交的方案须填写修改原因"):
        revise(S.APPROVED, " ", today=TODAY)
    with pytest.raises(WorkflowError, match="草稿可以直接修改"):
        revise(S.DRAFT, "x", today=TODAY)
    for source in (S.PAID, S.ARCHIVED):
        with pytest.raises(WorkflowError, match=f"方案已{source.label}，不能再修改"):
            revise(source, "x", today=TODAY)
    with pytest.raises(WorkflowError, match="须填写修改原因"):
        advance(S.RETURNED, S.DRAFT, StepInput(), today=TODAY)
    assert advance(S.RETURNED, S.DRAFT, StepInput(reason="补会议记录"), today=TODAY).new_revision
