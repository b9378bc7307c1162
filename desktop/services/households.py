"""Households: reading one whole, saving one whole (members, policy support), in one go.

Views and the importer pass plain ``HouseholdData``; ORM objects stay in their session.
``member_row`` (``member_values`` as a dict) is the one place a member's stored row is
derived (normalised ID, its tail for the search index, sex and birth date read from the ID),
shared by the editor's save, the importer's bulk insert and the demo generator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import idcard
from desktop.domain.households import (
    HouseholdData,
    MemberData,
    PolicyPeriod,
    change_policy,
    clean_digits,
    currently_enjoys,
    validate_household,
)
from desktop.domain.problems import Problem, ValidationError
from desktop.domain.vocab import RegionLevel
from desktop.models import Household, Member, PolicyPeriodRow, Region

HOUSEHOLD_FIELDS = ("code", "village_id", "category", "monitor_kind", "phone", "bank", "account", "notes")
MEMBER_FIELDS = ("name", "id_number", "relation", "labour", "disabled", "chronic_illness", "student")
# A member's stored columns as ``member_row`` gives them (without id and household_id).
MEMBER_COLUMNS = ("position", "name", "id_number", "id_tail", "relation", "sex", "birth_date", "labour",
                  "disabled", "chronic_illness", "student")


@dataclass
class HouseholdDetail:
    data: HouseholdData
    periods: list[PolicyPeriod] = field(default_factory=list)

    def enjoys(self) -> bool:
        return currently_enjoys(self.periods)


def household_values(data: HouseholdData) -> dict[str, Any]:
    """The stored columns of a household (normalised), without id and timestamps."""
    head = data.head
    return {"code": data.code.strip(), "village_id": data.village_id, "category": data.category,
            "monitor_kind": data.monitor_kind or None, "phone": clean_digits(data.phone),
            "bank": data.bank.strip(), "account": clean_digits(data.account), "notes": data.notes.strip(),
            "head_name": head.name.strip() if head else ""}


def member_values(m: MemberData, position: int, *, checked: bool = False) -> dict[str, Any]:
    """The stored columns of a valid member: ID normalised, tail, sex and birth date derived.
    ``checked``: the ID has been validated already (the importer checks every cell)."""
    return dict(zip(MEMBER_COLUMNS, member_row(m, position, checked=checked), strict=True))


def member_row(m: MemberData, position: int, *, checked: bool = False) -> tuple[Any, ...]:
    """``member_values`` as a tuple in ``MEMBER_COLUMNS`` order, for bulk inserts."""
    number = idcard.normalise(m.id_number) if checked else idcard.parse(m.id_number).number
    born, sex = idcard.birth_and_sex(number)
    return (position, m.name.strip(), number, number[-4:], m.relation, sex, born, m.labour,
            bool(m.disabled), bool(m.chronic_illness), bool(m.student))


def _not_found(household_id: int) -> ValidationError:
    return ValidationError([Problem("id", "农户不存在：{value}", {"value": household_id})])


def get_household(session: Session, household_id: int) -> HouseholdDetail:
    h = session.scalar(select(Household).where(Household.id == household_id).options(
        selectinload(Household.members), selectinload(Household.policy_periods)))
    if h is None:
        raise _not_found(household_id)
    data = HouseholdData(
        id=h.id, code=h.code, village_id=h.village_id, category=h.category, monitor_kind=h.monitor_kind,
        phone=h.phone, bank=h.bank, account=h.account, notes=h.notes,
        members=[MemberData(id=m.id, name=m.name, id_number=m.id_number, relation=m.relation, labour=m.labour,
                            disabled=m.disabled, chronic_illness=m.chronic_illness, student=m.student)
                 for m in h.members])
    return HouseholdDetail(data, [PolicyPeriod(p.start, p.end, p.reason) for p in h.policy_periods])


def conflicts(session: Session, data: HouseholdData) -> list[Problem]:
    """Rules that need the database: a unique code, IDs not in another household, a real village."""
    p: list[Problem] = []
    own = data.id or -1
    clash = session.scalar(select(Household).where(Household.code == data.code.strip(), Household.id != own))
    if clash:
        p.append(Problem("code", "户编号“{value}”已被户主为“{other}”的农户使用",
                         {"value": data.code.strip(), "other": clash.head_name}))
    numbers = [idcard.normalise(m.id_number) for m in data.members]
    if numbers:
        rows = session.execute(select(Member.id_number, Member.name, Household.code)
                               .join(Household, Member.household_id == Household.id)
                               .where(Member.id_number.in_(numbers), Member.household_id != own)).all()
        for r in rows:
            p.append(Problem("members", "身份证号 {value}（{name}）已登记在户编号为“{other}”的农户中",
                             {"value": r.id_number, "name": r.name, "other": r.code}))
    if data.village_id is not None:
        village = session.get(Region, data.village_id)
        if village is None or village.level != RegionLevel.VILLAGE:
            p.append(Problem("village_id", "所在村不存在：{value}", {"value": data.village_id}))
    return p


def save_household(session: Session, data: HouseholdData, *, enjoys: bool | None = None,
                   decided_on: date | None = None, reason: str = "", today: date | None = None) -> int:
    """Create or update a household with its members; ``enjoys`` records a policy-support
    decision (taking effect from the month after ``decided_on``). All or nothing."""
    problems = validate_household(data, today=today)
    problems += [] if problems else conflicts(session, data)
    if problems:
        raise ValidationError(problems)
    if data.id is None:
        household = Household()
        session.add(household)
    else:
        found = session.get(Household, data.id)
        if found is None:
            raise _not_found(data.id)
        household = found
    for key, value in household_values(data).items():
        if getattr(household, key) != value:
            setattr(household, key, value)
    _sync_members(session, household, data.members)
    if enjoys is not None:
        set_policy(household, enjoys, decided_on or today or date.today(), reason)
    session.flush()
    return household.id


def _sync_members(session: Session, household: Household, members: list[MemberData]) -> None:
    by_id = {m.id: m for m in household.members}
    wanted = [member_values(m, i) for i, m in enumerate(members)]
    keep = {m.id for m in members if m.id is not None}
    for row in [m for m in household.members if m.id not in keep]:
        household.members.remove(row)
    session.flush()  # a removed member's ID number may come back on a new row below
    for m, values in zip(members, wanted, strict=True):
        row = by_id.get(m.id) if m.id is not None else None
        if row is None:
            household.members.append(Member(**values))
            continue
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)


def set_policy(household: Household, enjoys: bool, decided_on: date, reason: str = "") -> None:
    rows = list(household.policy_periods)
    before = [PolicyPeriod(p.start, p.end, p.reason) for p in rows]
    after = change_policy(before, enjoys, decided_on, reason)
    for row, old, new in zip(rows, before, after, strict=False):
        if old != new:
            row.end, row.reason = new.end, new.reason
    for new in after[len(rows):]:
        household.policy_periods.append(PolicyPeriodRow(start=new.start, end=new.end, reason=new.reason))


def delete_household(session: Session, household_id: int) -> None:
    household = session.get(Household, household_id)
    if household is None:
        raise _not_found(household_id)
    session.delete(household)
    session.flush()


