"""The acceptance chain's self-check warnings, computed from aggregate queries.

The database answers per asset "latest passing / failing acceptance, any handover, a
current registration" in one grouped query, and lists the open rectifications past their
deadline; the pure rules in ``desktop.domain.inspection_rules`` decide what is a warning.
Nothing loads every inspection, so the ``large`` demo county is checked in milliseconds.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desktop.domain.inspection_rules import (
    DEFAULT_HANDOVER_DAYS,
    AcceptanceFacts,
    OpenRectification,
    accepted,
    all_warnings,
)
from desktop.domain.inspections import ACCEPTANCE_KINDS, PASSING_RESULTS
from desktop.domain.vocab import Status
from desktop.domain.warnings import SelfCheckWarning
from desktop.models import Asset, Handover, Inspection, Rectification, Registration


def _latest(passing: bool):  # type: ignore[no-untyped-def]
    result = Inspection.result.in_(PASSING_RESULTS) if passing else Inspection.result.not_in(PASSING_RESULTS)
    return (select(Inspection.asset_id, func.max(Inspection.inspected_on).label("on"))
            .where(Inspection.kind.in_(ACCEPTANCE_KINDS), result).group_by(Inspection.asset_id).subquery())


def acceptance_facts(session: Session) -> list[AcceptanceFacts]:
    passed, failed = _latest(True), _latest(False)
    handed = exists().where(Handover.asset_id == Asset.id)
    registered = exists().where(Registration.asset_id == Asset.id, Registration.is_current.is_(True))
    q = (select(Asset.id, Asset.code, Asset.name, Asset.status, passed.c.on, failed.c.on, handed, registered)
         .outerjoin(passed, passed.c.asset_id == Asset.id).outerjoin(failed, failed.c.asset_id == Asset.id)
         .where(Asset.deleted_at.is_(None), Asset.status != Status.DISPOSED))
    return [AcceptanceFacts(aid, code, name, status, last_passed, last_failed, None, bool(h), bool(r))
            for aid, code, name, status, last_passed, last_failed, h, r in session.execute(q)]


def open_overdue(session: Session, today: date) -> list[OpenRectification]:
    q = (select(Rectification.id, Rectification.inspection_id, Asset.id, Asset.code, Asset.name, Asset.status,
                Rectification.requirement, Rectification.responsible, Rectification.deadline)
         .join(Inspection, Rectification.inspection_id == Inspection.id)
         .join(Asset, Inspection.asset_id == Asset.id)
         .where(Rectification.done_on.is_(None), Rectification.deadline < today, Asset.deleted_at.is_(None),
                Asset.status != Status.DISPOSED)
         .order_by(Rectification.deadline, Rectification.id))
    return [OpenRectification(*row) for row in session.execute(q)]


def _with_inspection_ids(session: Session, facts: list[AcceptanceFacts], today: date,
                         handover_days: int) -> list[AcceptanceFacts]:
    """Name the passing inspection behind each would-be NO_HANDOVER warning (few assets)."""
    wanted = {f.asset_id: f for f in facts if accepted(f) and f.last_passed is not None
              and not (f.has_handover and f.registered) and (today - f.last_passed).days > handover_days}
    if not wanted:
        return facts
    q = (select(Inspection.asset_id, Inspection.inspected_on, func.max(Inspection.id))
         .where(Inspection.asset_id.in_(list(wanted)), Inspection.kind.in_(ACCEPTANCE_KINDS),
                Inspection.result.in_(PASSING_RESULTS))
         .group_by(Inspection.asset_id, Inspection.inspected_on))
    ids = {(aid, on): iid for aid, on, iid in session.execute(q)}
    out = []
    for f in facts:
        g = wanted.get(f.asset_id)
        out.append(f if g is None else AcceptanceFacts(
            f.asset_id, f.code, f.name, f.status, f.last_passed, f.last_failed,
            ids.get((f.asset_id, f.last_passed)), f.has_handover, f.registered))
    return out


def inspection_warnings(session: Session, today: date,
                        handover_days: int = DEFAULT_HANDOVER_DAYS) -> list[SelfCheckWarning]:
    """NO_ACCEPTANCE, RECTIFICATION_OVERDUE and NO_HANDOVER warnings as of ``today``."""
    facts = _with_inspection_ids(session, acceptance_facts(session), today, handover_days)
    return all_warnings(facts, open_overdue(session, today), today, handover_days)
