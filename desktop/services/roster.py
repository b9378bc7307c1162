"""Searching the household roster: ordered ids first, display rows a page at a time.

Every search form is an index lookup, so a county of 150,000 people answers in
milliseconds: a name matches from its first character (members' name index — clerks type
the surname first), digits match an ID number from the front or its last four to six
characters (the ``id_tail`` index), and a household code from the front. Ranges
``>= text AND < text + U+10FFFF`` are used instead of LIKE because SQLite's
case-insensitive LIKE cannot use an index.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.domain import idcard
from desktop.domain.households import Relation
from desktop.models import Household, Member, PolicyPeriodRow, Region

_TOP = "\U0010ffff"
_ID_LIKE = re.compile(r"^[0-9]{3,17}[0-9X]?$")


@dataclass(frozen=True)
class HouseholdFilter:
    text: str = ""
    township_id: int | None = None
    village_id: int | None = None
    category: str | None = None
    labour: str | None = None  # households with at least one member of this capacity


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    code: str
    head_name: str
    head_id: str
    township: str
    village: str
    category: str
    monitor_kind: str | None
    members: int
    enjoys: bool
    phone: str
    account: str


_village = aliased(Region, name="village")
_township = aliased(Region, name="township")


def _prefix(column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    return and_(column >= text, column < text + _TOP)


def enjoys_column() -> ColumnElement[bool]:
    """An open policy period: the standing decision (see ``domain.households.currently_enjoys``)."""
    return exists().where(PolicyPeriodRow.household_id == Household.id, PolicyPeriodRow.end.is_(None))


SORT_KEYS: dict[str, ColumnElement[object]] = {
    "code": Household.code, "head_name": Household.head_name, "township": _township.code,
    "village": _village.code, "category": Household.category,
}


def text_condition(text: str) -> ColumnElement[bool] | None:
    """Households whose code, a member's name or a member's ID matches ``text``."""
    t = idcard.normalise(text)
    if not t:
        return None
    by_member: list[ColumnElement[bool]] = [_prefix(Member.name, text.strip())]
    if _ID_LIKE.match(t):
        by_member.append(_prefix(Member.id_number, t))
        if len(t) <= 6:
            tail = Member.id_tail == t[-4:]
            by_member.append(tail if len(t) == 4 else and_(tail, Member.id_number.endswith(t)))
    member_ids = select(Member.household_id).where(or_(*by_member))
    return or_(_prefix(Household.code, t), Household.id.in_(member_ids))


def _filtered(q: Select, f: HouseholdFilter, sort: str = "code") -> Select:  # type: ignore[type-arg]
    # The regions are joined only when a filter or the sort needs them: a scan of 50,000
    # households in code order is then a walk along the code index.
    if f.township_id is not None and f.village_id is None or sort in ("township", "village"):
        q = q.join(_village, Household.village_id == _village.id)
        if sort == "township":
            q = q.join(_township, _village.parent_id == _township.id)
    cond = text_condition(f.text)
    if cond is not None:
        q = q.where(cond)
    if f.village_id is not None:
        q = q.where(Household.village_id == f.village_id)
    elif f.township_id is not None:
        q = q.where(_village.parent_id == f.township_id)
    if f.category:
        q = q.where(Household.category == f.category)
    if f.labour:  # one pass over members (four values: no index would help), not a probe per household
        q = q.where(Household.id.in_(select(Member.household_id).where(Member.labour == f.labour)))
    return q


def search(session: Session, f: HouseholdFilter, sort: str = "code", descending: bool = False) -> list[int]:
    """Ids of the matching households in display order."""
    sort = sort if sort in SORT_KEYS else "code"
    key = SORT_KEYS[sort]
    order = [key.desc() if descending else key.asc(), Household.id]
    return list(session.scalars(_filtered(select(Household.id), f, sort).order_by(*order)))


def count_people(session: Session, f: HouseholdFilter) -> int:
    q = _filtered(select(func.count(Member.id)).join(Household, Member.household_id == Household.id), f)
    return session.scalar(q) or 0


def fetch_rows(session: Session, ids: Sequence[int]) -> dict[int, HouseholdRow]:
    """The display rows of ``ids`` (one page), keyed by id: four small indexed queries
    rather than correlated subqueries per row."""
    if not ids:
        return {}
    wanted = list(ids)
    counts = dict(session.execute(select(Member.household_id, func.count(Member.id))
                                  .where(Member.household_id.in_(wanted)).group_by(Member.household_id)).all())
    heads = dict(session.execute(select(Member.household_id, Member.id_number)
                                 .where(Member.household_id.in_(wanted), Member.relation == Relation.HEAD)).all())
    enjoying = set(session.scalars(select(PolicyPeriodRow.household_id).where(
        PolicyPeriodRow.household_id.in_(wanted), PolicyPeriodRow.end.is_(None))))
    q = (select(Household.id, Household.code, Household.head_name, _township.name.label("township"),
                _village.name.label("village"), Household.category, Household.monitor_kind, Household.phone,
                Household.account)
         .join(_village, Household.village_id == _village.id)
         .join(_township, _village.parent_id == _township.id)
         .where(Household.id.in_(wanted)))
    return {r.id: HouseholdRow(head_id=heads.get(r.id, ""), members=counts.get(r.id, 0), enjoys=r.id in enjoying,
                               **r._asdict()) for r in session.execute(q)}
