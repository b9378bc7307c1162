"""Reading plans: the paged list, one plan in the shape of ``plan show --json``, the totals
for ``stats``. Lists read the stored figures only (a plan's totals are columns), so a
county's 500 plans page in one indexed query.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from desktop.domain.distribution import PlanStatus, from_code
from desktop.domain.money import plain_yuan
from desktop.models import Plan, PlanChannel, PlanPoolLine, PlanRecipient, Region
from desktop.services import plan_inputs
from desktop.services.plans import events, get_plan, objections


def period_label(year: int, quarter: int) -> str:
    return plan_inputs.period_of(year, quarter).label


@dataclass(frozen=True)
class PlanFilter:
    township_id: int | None = None
    village_id: int | None = None
    year: int | None = None
    quarter: int | None = None
    status: str | None = None
    text: str = ""  # village name contains
    current_only: bool = True


@dataclass(frozen=True)
class PlanRow:
    id: int
    township: str
    village: str
    year: int
    quarter: int
    revision: int
    status: str
    pool: Decimal
    allocated: Decimal
    warnings: int
    updated_at: Any

    @property
    def period(self) -> str:
        return period_label(self.year, self.quarter)

    @property
    def status_label(self) -> str:
        return from_code(PlanStatus, self.status, "status").label


SORT_KEYS = ("township", "village", "period", "revision", "status", "pool", "allocated", "warnings", "updated")


def _query(f: PlanFilter) -> tuple[Select[Any], dict[str, Any]]:
    village, town = aliased(Region), aliased(Region)
    # A warnings count without parsing JSON in SQL: "[]" is an empty list.
    has_warn = (Plan.warnings != "[]")
    q = (select(Plan.id, town.name, village.name, Plan.year, Plan.quarter, Plan.revision, Plan.status,
                Plan.pool, Plan.allocated, Plan.warnings, Plan.updated_at)
         .join(village, village.id == Plan.village_id).join(town, town.id == village.parent_id))
    if f.current_only:
        q = q.where(Plan.current)
    if f.township_id is not None:
        q = q.where(village.parent_id == f.township_id)
    if f.village_id is not None:
        q = q.where(Plan.village_id == f.village_id)
    if f.year is not None:
        q = q.where(Plan.year == f.year)
    if f.quarter is not None:
        q = q.where(Plan.quarter == f.quarter)
    if f.status:
        q = q.where(Plan.status == f.status)
    if f.text.strip():
        q = q.where(village.name.contains(f.text.strip(), autoescape=True))
    cols = {"township": town.name, "village": village.name, "period": Plan.year, "revision": Plan.revision,
            "status": Plan.status, "pool": Plan.pool, "allocated": Plan.allocated, "warnings": has_warn,
            "updated": Plan.updated_at}
    return q, cols


def count_plans(session: Session, f: PlanFilter) -> int:
    q, _ = _query(f)
    return session.scalar(select(func.count()).select_from(q.subquery())) or 0


def list_plans(session: Session, f: PlanFilter, offset: int = 0, limit: int | None = None,
               sort: str = "village", descending: bool = False) -> list[PlanRow]:
    q, cols = _query(f)
    key = cols.get(sort, cols["village"])
    order = [key.desc() if descending else key.asc()]
    if sort == "period":
        order.append(Plan.quarter.desc() if descending else Plan.quarter.asc())
    order += [cols["township"], cols["village"], Plan.year, Plan.quarter, Plan.revision]
    q = q.order_by(*order).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [PlanRow(i, t, v, y, qt, rev, st, pool, alloc, len(json.loads(w)) if w != "[]" else 0, upd)
            for i, t, v, y, qt, rev, st, pool, alloc, w, upd in session.execute(q)]


def plan_years(session: Session) -> list[int]:
    return list(session.scalars(select(Plan.year).distinct().order_by(Plan.year.desc())))


# -- one plan ---------------------------------------------------------------------------------
def plan_dict(session: Session, plan_id: int) -> dict[str, Any]:
    """The plan as ``plan show --json`` prints it; amounts are strings with two decimals."""
    plan = get_plan(session, plan_id)
    village = session.get(Region, plan.village_id)
    township = session.get(Region, village.parent_id) if village and village.parent_id else None
    lines = session.scalars(select(PlanPoolLine).where(PlanPoolLine.plan_id == plan_id)
                            .order_by(PlanPoolLine.position))
    channels = session.scalars(select(PlanChannel).where(PlanChannel.plan_id == plan_id)
                               .order_by(PlanChannel.position))
    recipients = session.scalars(select(PlanRecipient).where(PlanRecipient.plan_id == plan_id)
                                 .order_by(PlanRecipient.position))
    status = from_code(PlanStatus, plan.status, "status")

    def day(d: Any) -> str | None:
        return None if d is None else d.isoformat()

    return {
        "id": plan.id, "village": village.name if village else "", "township": township.name if township else "",
        "year": plan.year, "quarter": plan.quarter, "period": period_label(plan.year, plan.quarter),
        "revision": plan.revision, "previous_id": plan.previous_id, "revision_reason": plan.revision_reason,
        "current": plan.current, "status": plan.status, "status_label": status.label,
        "pool": plain_yuan(plan.pool), "allocated": plain_yuan(plan.allocated),
        "lines": [{"name": ln.name, "asset_code": ln.asset_code, "net_income": plain_yuan(ln.net_income),
                   "share": str(ln.share), "manual": ln.manual, "reason": ln.reason,
                   "amount": plain_yuan(ln.amount)} for ln in lines],
        "channels": [{"kind": c.kind, "name": c.name, "amount": plain_yuan(c.amount),
                      "explanation": c.explanation} for c in channels],
        "recipients": [{("person" if r.member_id is not None else "household"): r.name, "id": r.id,
                        "household_id": r.household_id, "member_id": r.member_id, "channel": r.channel,
                        "amount": plain_yuan(r.amount), "explanation": r.explanation, "paid": r.paid,
                        "paid_date": day(r.paid_date)} for r in recipients],
        "remainder": {"amount": plain_yuan(plan.remainder), "channel": plan.remainder_channel},
        "warnings": json.loads(plan.warnings), "problems": json.loads(plan.problems),
        "meeting_date": day(plan.meeting_date), "approved_date": day(plan.approved_date),
        "filed_date": day(plan.filed_date), "notice_start": day(plan.notice_start),
        "notice_end": day(plan.notice_end), "payment_date": day(plan.payment_date), "bank_batch": plan.bank_batch,
        "events": [{"from": e.source, "to": e.target, "date": e.on_date.isoformat(), "comment": e.comment,
                    "operator": e.operator, "at": e.at.isoformat(timespec="seconds")}
                   for e in events(session, plan_id)],
        "objections": [{"id": o.id, "raised_on": o.raised_on.isoformat(), "by": o.raised_by, "content": o.content,
                        "settlement": o.settlement} for o in objections(session, plan_id)],
    }


def list_dicts(session: Session, f: PlanFilter) -> list[dict[str, Any]]:
    return [{"id": r.id, "township": r.township, "village": r.village, "year": r.year, "quarter": r.quarter,
             "period": r.period, "revision": r.revision, "status": r.status, "pool": plain_yuan(r.pool),
             "allocated": plain_yuan(r.allocated), "warnings": r.warnings} for r in list_plans(session, f)]


def plan_stats(session: Session) -> dict[str, Any]:
    """``stats --json`` keys: current plans by status, the money they allocate, what was paid."""
    counts = dict(session.execute(select(Plan.status, func.count()).where(Plan.current)
                                  .group_by(Plan.status)).all())
    allocated = session.scalar(select(func.coalesce(func.sum(Plan.allocated), 0)).where(Plan.current)) or 0
    paid = session.scalar(select(func.coalesce(func.sum(PlanRecipient.amount), 0))
                          .join(Plan, Plan.id == PlanRecipient.plan_id)
                          .where(Plan.current, PlanRecipient.paid)) or 0
    # SUM keeps the column's type: exact Decimal yuan.
    return {"plans": {s.value: counts.get(s.value, 0) for s in PlanStatus},
            "allocated": plain_yuan(Decimal(allocated)), "paid": plain_yuan(Decimal(paid))}
