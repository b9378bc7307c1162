"""Distribution plans for the demo county: every village's draft for the latest income year
(``create_all``), then a few plans moved along the workflow so the list and the editor show
every state — submitted, returned, approved, filed, in notice, paid (half the households
ticked) and archived. Same seed, same plans; dates are fixed in the demo's year.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.distribution import PlanStatus, StepInput
from desktop.models import IncomeRecord, Plan, PlanRecipient
from desktop.services import plans
from desktop.services.plan_payments import set_paid

S = PlanStatus
TODAY = date(2026, 6, 30)  # the demo's reference day (see demo_income)
# How far each of the first plans goes (the rest stay drafts): one spread, repeated.
_SPREAD: tuple[PlanStatus, ...] = (S.SUBMITTED, S.PAID, S.APPROVED, S.NOTICE, S.FILED, S.RETURNED, S.ARCHIVED,
                                   S.SUBMITTED, S.APPROVED, S.PAID)
_PATH: tuple[PlanStatus, ...] = (S.SUBMITTED, S.APPROVED, S.FILED, S.NOTICE, S.PAID, S.ARCHIVED)
_STEP = {
    S.SUBMITTED: StepInput(date(2026, 3, 2), "村民代表会议通过"),
    S.APPROVED: StepInput(date(2026, 3, 10), "经审核符合差异化分配要求"),
    S.RETURNED: StepInput(date(2026, 3, 10), "公益岗位比例偏低，请补充岗位设置"),
    S.FILED: StepInput(date(2026, 3, 16)),
    S.NOTICE: StepInput(date(2026, 3, 20)),
    S.PAID: StepInput(date(2026, 4, 10), "", "PAY-2026-0410"),
    S.ARCHIVED: StepInput(date(2026, 5, 5)),
}


def generate(session: Session) -> dict[str, int]:
    year = session.scalar(select(func.max(IncomeRecord.year)))
    if year is None:
        return {"plans": 0}
    result = plans.create_all(session, year)
    ids = list(session.scalars(select(Plan.id).where(Plan.year == year, Plan.current, Plan.pool > 0)
                               .order_by(Plan.id).limit(3 * len(_SPREAD))))
    every = 3 if len(ids) >= 3 * len(_SPREAD) else 2  # a small county still keeps some drafts
    for plan_id, goal in zip(ids[::every], _SPREAD, strict=False):
        path = (S.SUBMITTED, S.RETURNED) if goal == S.RETURNED else _PATH[:_PATH.index(goal) + 1]
        for target in path:
            plans.advance(session, plan_id, target, _STEP[target], today=TODAY)
            if target == S.PAID:
                rids = list(session.scalars(select(PlanRecipient.id).where(PlanRecipient.plan_id == plan_id)
                                            .order_by(PlanRecipient.position)))
                set_paid(session, plan_id, rids[: (len(rids) + 1) // 2], True, _STEP[S.PAID].on_date)
    return {"plans": result.created}
