"""The plan workflow (村提方案 — 四议两公开 — 乡镇审核 — 县级备案 — 公示 — 发放 — 归档) as a
pure state machine.

``advance`` checks one step and returns the record to store (who is added by the
service, which also writes the audit log); an illegal step raises ``WorkflowError`` with
the reason in Chinese, so the command line and the GUI refuse it the same way. A plan is
read-only from submission on (``is_locked``); changing it makes a new revision
(``revise``), which starts again as a draft and keeps the old one.

Notice period: ``notice_days`` calendar days counted from the start day inclusive, so a
10-day notice starting on 1 March ends at the end of 10 March and payment may be made
from 11 March.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.distribution.presets import DEFAULT_NOTICE_DAYS
from desktop.domain.distribution.vocab import PlanStatus
from desktop.domain.vocab import Labelled

S = PlanStatus


class Need(Labelled):
    """What a step needs from the clerk (the GUI asks for exactly these)."""

    MEETING_DATE = "meeting_date", "村民代表会议日期"
    COMMENT = "comment", "退回意见"
    NOTICE_START = "notice_start", "公示开始日期"
    PAYMENT_DATE = "payment_date", "发放日期"
    BANK_BATCH = "bank_batch", "银行批次号"
    REASON = "reason", "修改原因"


TRANSITIONS: dict[PlanStatus, tuple[PlanStatus, ...]] = {
    S.DRAFT: (S.SUBMITTED,),
    S.SUBMITTED: (S.APPROVED, S.RETURNED),
    S.RETURNED: (S.DRAFT,),
    S.APPROVED: (S.FILED,),
    S.FILED: (S.NOTICE,),
    S.NOTICE: (S.PAID,),
    S.PAID: (S.ARCHIVED,),
    S.ARCHIVED: (),
}
NEEDS: dict[tuple[PlanStatus, PlanStatus], tuple[Need, ...]] = {
    (S.DRAFT, S.SUBMITTED): (Need.MEETING_DATE,),
    (S.SUBMITTED, S.RETURNED): (Need.COMMENT,),
    (S.RETURNED, S.DRAFT): (Need.REASON,),
    (S.FILED, S.NOTICE): (Need.NOTICE_START,),
    (S.NOTICE, S.PAID): (Need.PAYMENT_DATE, Need.BANK_BATCH),
}
STEP_NAMES: dict[PlanStatus, str] = {
    S.SUBMITTED: "提交", S.APPROVED: "审核通过", S.RETURNED: "退回", S.FILED: "备案", S.NOTICE: "开始公示",
    S.PAID: "登记发放", S.ARCHIVED: "归档", S.DRAFT: "修改（生成新修订版）",
}
# Statuses from which a change is allowed as a new revision: before the money has moved.
REVISABLE: frozenset[PlanStatus] = frozenset({S.SUBMITTED, S.RETURNED, S.APPROVED, S.FILED, S.NOTICE})


class WorkflowError(ValueError):
    """An illegal step; the message says why, in Chinese."""


@dataclass(frozen=True, slots=True)
class Objection:
    """An objection raised during the notice, and how it was settled (empty: not yet)."""

    raised_on: date
    by: str
    content: str
    settlement: str = ""

    @property
    def settled(self) -> bool:
        return bool(self.settlement.strip())


@dataclass(frozen=True, slots=True)
class StepInput:
    """What the clerk gives for a step; each step reads only the fields it needs."""

    on_date: date | None = None  # meeting, notice start or payment date; today when None
    comment: str = ""
    bank_batch: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Step:
    """The record a service stores for a completed step (plus who and when, from the session)."""

    source: PlanStatus
    target: PlanStatus
    on_date: date
    comment: str = ""
    notice_end: date | None = None
    bank_batch: str = ""
    new_revision: bool = False


def allowed_transitions(status: PlanStatus) -> tuple[PlanStatus, ...]:
    return TRANSITIONS[status]


def needs(source: PlanStatus, target: PlanStatus) -> tuple[Need, ...]:
    return NEEDS.get((source, target), ())


def is_locked(status: PlanStatus) -> bool:
    """Only a draft can be edited; anything after submission changes through ``revise``."""
    return status != S.DRAFT


def notice_end(start: date, days: int = DEFAULT_NOTICE_DAYS) -> date:
    """Last day of a notice of ``days`` calendar days starting on ``start`` (inclusive)."""
    if days < 1:
        raise WorkflowError(f"公示天数应至少为 1 天：{days}")
    return start + timedelta(days=days - 1)


def advance(source: PlanStatus, target: PlanStatus, step: StepInput, *, today: date,
            notice_days: int = DEFAULT_NOTICE_DAYS, notice_ended_on: date | None = None,
            objections: tuple[Objection, ...] = ()) -> Step:
    """Check the step ``source`` → ``target`` and return its record, or raise ``WorkflowError``.

    ``notice_ended_on`` (the last day of the notice, stored when it started) and
    ``objections`` are needed for payment: no payment before the notice has ended or while
    an objection is unsettled.
    """
    if target not in TRANSITIONS[source]:
        allowed = "、".join(f"{t.label}" for t in TRANSITIONS[source]) or "无（已是最后一步）"
        raise WorkflowError(f"方案状态为“{source.label}”，不能改为“{target.label}”；可以改为：{allowed}")
    on = step.on_date or today
    if on > today:
        raise WorkflowError(f"{STEP_NAMES[target]}日期{on.isoformat()}晚于今天")
    if target == S.SUBMITTED:  # ``on`` is the villagers' representative meeting (四议两公开)
        return Step(source, target, on, step.comment.strip())
    if target == S.RETURNED:
        if not step.comment.strip():
            raise WorkflowError("退回方案须填写退回意见")
        return Step(source, target, on, step.comment.strip())
    if target == S.DRAFT:
        return revise(source, step.reason or step.comment, today=today)
    if target == S.NOTICE:
        return Step(source, target, on, step.comment.strip(), notice_end=notice_end(on, notice_days))
    if target == S.PAID:
        if notice_ended_on is None:
            raise WorkflowError("没有公示结束日期，不能登记发放")
        if on <= notice_ended_on:
            raise WorkflowError(f"公示期至{notice_ended_on.isoformat()}结束，"
                                f"发放日期{on.isoformat()}不能早于{(notice_ended_on + timedelta(days=1)).isoformat()}")
        open_ones = [o for o in objections if not o.settled]
        if open_ones:
            first = open_ones[0]
            raise WorkflowError(f"公示期间有{len(open_ones)}条异议尚未处理（{first.by}：{first.content}），"
                                "不能登记发放")
        if not step.bank_batch.strip():
            raise WorkflowError("登记发放须填写银行批次号")
        return Step(source, target, on, step.comment.strip(), bank_batch=step.bank_batch.strip())
    return Step(source, target, on, step.comment.strip())


def revise(source: PlanStatus, reason: str, *, today: date) -> Step:
    """A change to a locked plan: a new revision in draft, with its reason; the old one is kept."""
    if source not in REVISABLE:
        if source == S.DRAFT:
            raise WorkflowError("草稿可以直接修改，无须生成新修订版")
        raise WorkflowError(f"方案已{source.label}，不能再修改")
    if not reason.strip():
        raise WorkflowError("修改已提交的方案须填写修改原因")
    return Step(source, S.DRAFT, today, reason.strip(), new_revision=True)
