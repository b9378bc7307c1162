"""Handover (移交) of an accepted asset to its owner or operator, the step between
acceptance and ownership registration."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.inspections import (
    ACCEPTANCE_KINDS,
    PASSING_RESULTS,
    HandoverData,
    HandoverItem,
    validate_handover,
)
from desktop.domain.problems import Problem, ValidationError
from desktop.models import Handover, HandoverLine, Inspection, Registration


@dataclass(frozen=True)
class HandoverRecord:
    id: int
    data: HandoverData



def _not_found(value: int) -> ValidationError:
    return ValidationError([Problem("id", "移交记录不存在：{value}", {"value": value})])


def passed_on(session: Session, asset_id: int) -> date | None:
    """The date the asset was accepted: its latest passing acceptance, unless a later one failed."""
    rows = session.execute(select(Inspection.inspected_on, Inspection.result)
                           .where(Inspection.asset_id == asset_id, Inspection.kind.in_(ACCEPTANCE_KINDS))
                           .order_by(Inspection.inspected_on.desc(), Inspection.id.desc())).all()
    passed = [on for on, result in rows if result in PASSING_RESULTS]
    failed = [on for on, result in rows if result not in PASSING_RESULTS]
    if not passed or (failed and failed[0] > passed[0]):
        return None
    return passed[0]


def save_handover(session: Session, h: HandoverData, *, today: date | None = None) -> int:
    accepted_on = passed_on(session, h.asset_id) if h.asset_id is not None else None
    problems = validate_handover(h, today=today, passed_on=accepted_on)
    if problems:
        raise ValidationError(problems)
    if h.id is None:
        record = Handover()
        session.add(record)
    else:
        found = session.get(Handover, h.id)
        if found is None:
            raise _not_found(h.id)
        record = found
    for name, value in (("asset_id", h.asset_id), ("handed_on", h.handed_on), ("from_party", h.from_party.strip()),
                        ("to_party", h.to_party.strip()), ("notes", h.notes.strip())):
        if getattr(record, name) != value:
            setattr(record, name, value)
    wanted = [(i.description.strip(), i.quantity, i.unit.strip()) for i in h.items]
    if wanted != [(i.description, i.quantity, i.unit) for i in record.items]:
        record.items[:] = [HandoverLine(description=d, quantity=q, unit=u) for d, q, u in wanted]
    session.flush()
    return record.id


def current_registration_id(session: Session, asset_id: int) -> int | None:
    return session.scalar(select(Registration.id).where(Registration.asset_id == asset_id,
                                                        Registration.is_current.is_(True)))


def handovers_of_asset(session: Session, asset_id: int) -> list[HandoverRecord]:
    records = session.scalars(select(Handover).where(Handover.asset_id == asset_id)
                              .options(selectinload(Handover.items)).order_by(Handover.handed_on, Handover.id))
    return [HandoverRecord(r.id, HandoverData(r.asset_id, r.handed_on, r.from_party, r.to_party,
                                              [HandoverItem(i.description, i.quantity, i.unit) for i in r.items],
                                              r.notes, r.id)) for r in records]
