"""The engine's input read from the database, for one village or a whole county at once.

Every read is one set-based query over all the villages asked for (pool lines, households,
members, policy periods), grouped in memory: a county's 500 villages and 50,000 households
cost four queries, not 500 × 4. Households and members are keyed by their database ids
(as strings), so a recipient maps back to its row.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.distribution import Household, HouseholdCategory, LabourCapacity, Member, MonitorKind, Period
from desktop.domain.distribution import PoolLine as EnginePoolLine
from desktop.models import Asset, AssetBeneficiary, IncomeRecord, PolicyPeriodRow, Region
from desktop.models import Household as HouseholdRow
from desktop.models import Member as MemberRow

_CATEGORY = {"lifted": HouseholdCategory.ALLEVIATED, "alleviated": HouseholdCategory.ALLEVIATED,
             "monitored": HouseholdCategory.MONITORED}
_MONITOR = {m.value: m for m in MonitorKind}
_LABOUR = {c.value: c for c in LabourCapacity}
_NEVER = date(1900, 1, 1)  # policy_until for a household that never enjoyed policy support


def period_of(year: int, quarter: int) -> Period:
    return Period.year(year) if quarter == 0 else Period.quarter(year, quarter)


@dataclass
class PoolSource:
    """One asset line of a village's pool, with the asset id the stored line refers to."""

    asset_id: int
    line: EnginePoolLine


@dataclass
class VillageInput:
    village_id: int
    village: str
    township: str
    pool: list[PoolSource] = field(default_factory=list)
    households: list[Household] = field(default_factory=list)


def villages(session: Session, township_id: int | None = None,
             village_ids: Iterable[int] | None = None) -> list[tuple[int, str, str]]:
    """(id, name, township name) of the villages asked for, in code order."""
    town = Region.__table__.alias("town")
    v = Region.__table__
    q = select(v.c.id, v.c.name, town.c.name).join(town, town.c.id == v.c.parent_id).where(
        v.c.level == "village").order_by(v.c.code)
    if township_id is not None:
        q = q.where(v.c.parent_id == township_id)
    if village_ids is not None:
        q = q.where(v.c.id.in_(list(village_ids)))
    return [(i, n, t) for i, n, t in session.execute(q)]


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch builds its 200,000 small objects: none of
    them forms a cycle, and the collector's repeated passes over the growing heap cost
    more than building them (half the time of a county's batch)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def raw_rows(session: Session, stmt: Any) -> list[tuple[Any, ...]]:
    """All rows of ``stmt`` straight from the driver's cursor: for 150,000 members the
    per-row result processing costs more than the database. Only for statements whose
    columns need no conversion beyond ``bool``/``_day`` (ints, text, booleans, dates)."""
    conn = session.connection()
    sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _code(h: Household) -> str:
    return h.code


def _day(value: Any) -> date | None:
    """SQLite's driver gives dates as ISO text, PostgreSQL's as dates."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _income_filter(year: int, quarter: int) -> Any:
    # A year plan takes everything recorded for the year (a whole-year record or quarters);
    # a quarter plan only that quarter's record.
    if quarter == 0:
        return IncomeRecord.year == year
    return (IncomeRecord.year == year) & (IncomeRecord.quarter == quarter)


def load(session: Session, village_list: list[tuple[int, str, str]], year: int, quarter: int = 0,
         *, whole_county: bool = False) -> dict[int, VillageInput]:
    """The inputs of every village in ``village_list``; ``whole_county`` skips the id filter."""
    with gc_paused():
        return _load(session, village_list, year, quarter, whole_county)


def _load(session: Session, village_list: list[tuple[int, str, str]], year: int, quarter: int,
          whole_county: bool) -> dict[int, VillageInput]:
    out = {vid: VillageInput(vid, name, town) for vid, name, town in village_list}
    ids = list(out)
    if not ids:
        return out

    def only(col: Any) -> Any:
        return col.in_(ids) if not whole_county else True

    net = func.sum(IncomeRecord.net)
    q = (select(AssetBeneficiary.village_id, Asset.id, Asset.code, Asset.name, AssetBeneficiary.share, net)
         .join(Asset, Asset.id == AssetBeneficiary.asset_id)
         .join(IncomeRecord, IncomeRecord.asset_id == Asset.id)
         .where(_income_filter(year, quarter), only(AssetBeneficiary.village_id))
         .group_by(AssetBeneficiary.village_id, Asset.id, Asset.code, Asset.name, AssetBeneficiary.share)
         .order_by(AssetBeneficiary.village_id, Asset.code))
    for vid, aid, code, name, share, total in session.execute(q):
        if vid in out:
            # SUM keeps the column's type: the exact Decimal yuan of the stored fen.
            out[vid].pool.append(PoolSource(aid, EnginePoolLine(name, code, Decimal(total), share)))

    h = HouseholdRow.__table__
    m = MemberRow.__table__
    p = PolicyPeriodRow.__table__
    # Members in id order (the order they were entered; a sort by position would cost a
    # temporary index over 150,000 rows) — the engine only counts and weighs them.
    mq = select(m.c.household_id, m.c.id, m.c.name, m.c.labour, m.c.disabled, m.c.chronic_illness,
                m.c.student).order_by(m.c.id)
    pq = select(p.c.household_id, p.c.start, p.c.end)
    # In id order (a scan, not a walk of the code index); each village's list is sorted by
    # code below.
    hq = select(h.c.id, h.c.village_id, h.c.code, h.c.head_name, h.c.category, h.c.monitor_kind).order_by(h.c.id)
    if not whole_county:
        in_villages = select(h.c.id).where(h.c.village_id.in_(ids))
        mq = mq.where(m.c.household_id.in_(in_villages))
        pq = pq.where(p.c.household_id.in_(in_villages))
        hq = hq.where(h.c.village_id.in_(ids))
    members: dict[int, list[Member]] = defaultdict(list)
    labour = _LABOUR
    able = LabourCapacity.ABLE
    make = tuple.__new__  # Member's own __new__ is a Python function around this very call
    for hid, mid, name, lab, dis, chronic, student in raw_rows(session, mq):
        members[hid].append(make(Member, (str(mid), name, labour.get(lab, able), bool(dis), bool(chronic),
                                          bool(student))))
    spans: dict[int, list[Any]] = {}
    for hid, start, end in raw_rows(session, pq):
        start, end = _day(start), _day(end)
        span = spans.get(hid)
        if span is None:
            spans[hid] = [start, end]
        else:
            if start < span[0]:
                span[0] = start
            if span[1] is not None and (end is None or end > span[1]):
                span[1] = end
    category, monitor = _CATEGORY, _MONITOR
    ordinary = HouseholdCategory.ORDINARY
    empty: tuple[Member, ...] = ()
    for hid, vid, code, head, cat, mon in raw_rows(session, hq):
        target = out.get(vid)
        if target is None:
            continue
        span = spans.get(hid)
        start, until = (span[0], span[1]) if span is not None else (None, _NEVER)
        # A period row's end is the last day of its last month; the engine's "until" is a day
        # in the last month (it takes that month's end), so pass it as is.
        ms = members.get(hid)
        target.households.append(make(Household, (str(hid), code, head, category.get(cat, ordinary),
                                                   monitor.get(mon) if mon else None,
                                                   tuple(ms) if ms else empty, start, until)))
    for target in out.values():
        target.households.sort(key=_code)
    return out


