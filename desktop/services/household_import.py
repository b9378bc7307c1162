"""Importing a parsed roster: matching it against the database, previewing, committing.

``plan`` compares every household of the file with the database (matched by household
code, else by a member's ID number) and says what would happen: new, changed (with each
field's old and new value), unchanged, and the townships and villages to be created.
``commit`` writes the plan in the caller's transaction with Core bulk statements — one
executemany per table, not one ORM object per row — so 150,000 people save in seconds;
an error anywhere rolls back everything.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.households import (
    HouseholdCategory,
    LabourCapacity,
    MonitorKind,
    PolicyPeriod,
    Relation,
    change_policy,
    currently_enjoys,
    first_of_next_month,
)
from desktop.domain.vocab import Labelled
from desktop.io.household_import import ParsedHousehold, ParsedRoster
from desktop.models import AuditEntry, Household, Member, PolicyPeriodRow
from desktop.models.base import utcnow
from desktop.services.bulk import bulk_load, insert_rows, insert_tuples
from desktop.services.households import MEMBER_COLUMNS, household_values, member_row, member_values
from desktop.services.region_import import RegionResolver

CHUNK = 5000
T = TypeVar("T")
_LABELLED: dict[str, type[Labelled]] = {"category": HouseholdCategory, "monitor_kind": MonitorKind,
                                        "relation": Relation, "labour": LabourCapacity}
_NAMES = {"code": "户编号", "village_id": "所在村", "category": "户类型", "monitor_kind": "监测对象类别",
          "phone": "联系电话", "bank": "开户银行", "account": "银行账号", "notes": "备注", "head_name": "户主",
          "name": "姓名", "relation": "与户主关系", "labour": "劳动能力", "disabled": "残疾",
          "chronic_illness": "慢性病", "student": "在校生", "position": "顺序"}


def chunks(items: list[T], size: int = CHUNK) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


@dataclass
class PlannedHousehold:
    parsed: ParsedHousehold
    existing_id: int | None = None
    changes: list[str] = field(default_factory=list)
    members: dict[str, dict[str, Any]] = field(default_factory=dict)  # id_number → stored row (existing)
    periods: list[tuple[int, PolicyPeriod]] = field(default_factory=list)
    parsed_columns: set[str] = field(default_factory=set)  # the file's columns (field keys)


@dataclass
class HouseholdPlan:
    roster: ParsedRoster
    households: list[PlannedHousehold] = field(default_factory=list)
    new_regions: list[str] = field(default_factory=list)
    resolver: RegionResolver | None = None
    today: date = field(default_factory=date.today)

    @property
    def problems(self) -> list[Any]:
        return self.roster.problems

    def count(self, status: str) -> int:
        return sum(1 for h in self.households if _status(h) == status)

    def summary(self) -> dict[str, Any]:
        return {"households": len(self.households),
                "members": sum(len(h.parsed.data.members) for h in self.households),
                "new": self.count("new"), "changed": self.count("changed"), "unchanged": self.count("unchanged"),
                "regions_created": self.new_regions,
                "changes": {h.parsed.data.code: h.changes for h in self.households if h.changes and h.existing_id},
                "errors": [p.as_dict() for p in self.problems]}


def _status(h: PlannedHousehold) -> str:
    return "new" if h.existing_id is None else "changed" if h.changes else "unchanged"


def _label(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    enum = _LABELLED.get(key)
    return enum.label_of(value) if enum and value else str(value if value is not None else "")


def plan(session: Session, roster: ParsedRoster, *, today: date | None = None,
         progress: Callable[[int, int], None] | None = None) -> HouseholdPlan:
    """What importing ``roster`` would do; adds database problems (an ID already in another
    household, an unknown village without its township) to the roster's problems."""
    result = HouseholdPlan(roster, today=today or date.today())
    if roster.header.missing:
        return result
    resolver = RegionResolver(session, roster.county)
    result.resolver = resolver
    for h in roster.households:
        problem = resolver.check(h.township, h.village, "township" in roster.header.columns)
        if problem:
            roster.problem(h.rows[0].row, "village", h.village, problem)
    result.new_regions = resolver.created_names()
    # A first import into an empty roster (the usual start) has nothing to match against.
    empty = session.scalar(select(Household.id).limit(1)) is None
    by_code = {} if empty else _existing_by_code(session, [h.data.code for h in roster.households])
    by_number = {} if empty else _existing_by_number(
        session, [m.id_number for h in roster.households for m in h.data.members])
    planned = []
    columns = set(roster.header.columns)  # one set shared by every household
    claimed: dict[int, ParsedHousehold] = {}
    for h in roster.households:
        target = by_code.get(h.data.code)
        owners = {by_number[m.id_number][0] for m in h.data.members if m.id_number in by_number} \
            if by_number else set()
        if target is None and len(owners) == 1:
            target = next(iter(owners))
        if target is not None and target in claimed:
            first = claimed[target]
            roster.problem(h.rows[0].row, "code", h.data.code,
                           f"与第 {first.rows[0].row} 行（户编号“{first.data.code}”）对应数据库中的同一户，"
                           "请核对户编号和身份证号")
            h.rows[0].ok = False
        elif target is not None:
            claimed[target] = h
        for r, m in zip(h.rows, h.data.members, strict=True) if by_number else ():
            other = by_number.get(m.id_number)
            if other is not None and other[0] != target:
                roster.problem(r.row, "id_number", m.id_number,
                               f"身份证号已登记在户编号为“{other[1]}”的农户中（{other[2]}）")
                r.ok = False
        planned.append(PlannedHousehold(h, target, parsed_columns=columns))
    _compare(session, resolver, planned, result.today)
    result.households = planned
    return result


def _existing_by_code(session: Session, codes: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in chunks(codes):
        out.update((code, hid) for code, hid in
                   session.execute(select(Household.code, Household.id).where(Household.code.in_(part))))
    return out


def _inserted_households(session: Session, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Insert ``rows`` into households; their ids by code. Ids only grow, so the new rows are
    read back with one range scan above the largest id before, not 50,000 codes looked up."""
    table = Household.__table__
    last = session.execute(select(func.max(table.c.id))).scalar_one() or 0
    insert_rows(session, table, rows)
    wanted = {r["code"] for r in rows}
    found = {code: hid for code, hid in session.execute(select(table.c.code, table.c.id).where(table.c.id > last))
             if code in wanted}
    if len(found) != len(wanted):  # not expected; the codes themselves then say which ids are ours
        found = _existing_by_code(session, list(wanted))
    return found


def _existing_by_number(session: Session, numbers: list[str]) -> dict[str, tuple[int, str, str]]:
    out: dict[str, tuple[int, str, str]] = {}
    for part in chunks([n for n in numbers if n]):
        q = (select(Member.id_number, Member.household_id, Household.code, Member.name)
             .join(Household, Member.household_id == Household.id).where(Member.id_number.in_(part)))
        for number, hid, code, name in session.execute(q):
            out[number] = (hid, code, name)
    return out


def _compare(session: Session, resolver: RegionResolver, planned: list[PlannedHousehold], today: date) -> None:
    existing = [p for p in planned if p.existing_id is not None]
    ids = [p.existing_id for p in existing if p.existing_id is not None]
    rows: dict[int, dict[str, Any]] = {}
    members: dict[int, dict[str, dict[str, Any]]] = {}
    periods: dict[int, list[tuple[int, PolicyPeriod]]] = {}
    cols = [c for c in Household.__table__.c if c.name not in ("created_at", "updated_at")]
    for part in chunks(ids):
        for r in session.execute(select(*cols).where(Household.id.in_(part))).mappings():
            rows[r["id"]] = dict(r)
        for r in session.execute(select(Member.__table__).where(Member.household_id.in_(part))).mappings():
            members.setdefault(r["household_id"], {})[r["id_number"]] = dict(r)
        for r in session.execute(select(PolicyPeriodRow.__table__).where(PolicyPeriodRow.household_id.in_(part))
                                 .order_by(PolicyPeriodRow.start)).mappings():
            periods.setdefault(r["household_id"], []).append((r["id"], PolicyPeriod(r["start"], r["end"], r["reason"])))
    for p in existing:
        assert p.existing_id is not None
        p.members = members.get(p.existing_id, {})
        p.periods = periods.get(p.existing_id, [])
        _keep_absent(p, rows[p.existing_id])
        p.changes = _changes(p, rows[p.existing_id], resolver, today)


# stored field → the file column it comes from: a column the file lacks keeps the stored value
_HOUSEHOLD_SOURCES = {"phone": "phone", "bank": "bank", "account": "account", "notes": "notes",
                      "category": "category", "monitor_kind": "monitor_kind"}
_MEMBER_SOURCES = {"relation": "relation", "labour": "labour", "disabled": "disabled",
                   "chronic_illness": "chronic", "student": "student"}


def _keep_absent(p: PlannedHousehold, old: dict[str, Any]) -> None:
    columns = p.parsed_columns
    data = p.parsed.data
    for key, source in _HOUSEHOLD_SOURCES.items():
        if source not in columns and not (key == "monitor_kind" and "category" in columns):
            setattr(data, key, old[key])
    for m in data.members:
        row = p.members.get(m.id_number)
        if row is not None:
            for key, source in _MEMBER_SOURCES.items():
                if source not in columns:
                    setattr(m, key, row[key])


def _changes(p: PlannedHousehold, old: dict[str, Any], resolver: RegionResolver, today: date) -> list[str]:
    h = p.parsed
    new = household_values(h.data)
    new["village_id"] = resolver.village_id(h.township, h.village)
    changes = []
    for key, value in new.items():
        if key == "village_id" and value != old[key]:
            changes.append(f"所在村：{resolver.name_of(old[key])} → {h.village}")
        elif key != "village_id" and value != old[key] and not (key == "code" and not value):
            changes.append(f"{_NAMES[key]}：{_label(key, old[key]) or '（空）'} → {_label(key, value) or '（空）'}")
    wanted = {m.id_number: (i, m) for i, m in enumerate(h.data.members)}
    for number, row in p.members.items():
        if number not in wanted:
            changes.append(f"移除成员：{row['name']}")
    for number, (i, m) in wanted.items():
        row = p.members.get(number)
        if row is None:
            changes.append(f"新增成员：{m.name}")
            continue
        values = member_values(m, i, checked=True)
        diffs = [f"{_NAMES[k]} {_label(k, row[k])} → {_label(k, v)}" for k, v in values.items()
                 if k in _NAMES and k != "position" and row[k] != v]
        if diffs:
            changes.append(f"成员 {m.name}：" + "，".join(diffs))
    if h.enjoys is not None and h.enjoys != currently_enjoys([x for _, x in p.periods]):
        turn = "否 → 是" if h.enjoys else "是 → 否"
        changes.append(f"享受政策：{turn}（自 {first_of_next_month(today):%Y年%m月} 起）")
    return changes


def commit(session: Session, result: HouseholdPlan, *, file_name: str = "",
           progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Write the plan (the caller's transaction commits or rolls back). Refuses a plan with problems."""
    if result.problems:
        raise ValueError(f"导入文件有 {len(result.problems)} 处问题，未保存任何数据")
    assert result.resolver is not None
    summary = result.summary()
    del summary["errors"]
    now = utcnow()
    conn = session.connection()
    # The import's own audit entry first: it also begins the write transaction in which
    # ``bulk_load`` may rebuild indexes.
    conn.execute(insert(AuditEntry.__table__), [{
        "at": now, "operator": session.info.get("operator") or "导入", "action": "create", "entity": "import",
        "entity_id": 0, "asset_id": None, "before": None,
        "after": json.dumps({"file": file_name, "kind": "households", **summary}, ensure_ascii=False)}])
    result.resolver.create_missing()
    stamp = {"created_at": now, "updated_at": now}
    new = [p for p in result.households if p.existing_id is None]
    changed = [p for p in result.households if p.existing_id is not None and p.changes]
    house_rows = []
    for p in new:
        values = household_values(p.parsed.data)
        values["village_id"] = result.resolver.village_id(p.parsed.township, p.parsed.village)
        house_rows.append({**values, **stamp})
    incoming = sum(len(p.parsed.data.members) for p in new)
    with bulk_load(session, [(Household.__table__, len(house_rows)), (Member.__table__, incoming),
                             (PolicyPeriodRow.__table__, len(new))]):
        ids = _inserted_households(session, house_rows)
        member_rows: list[tuple[Any, ...]] = []
        period_rows = []
        for p in new:
            hid = ids[p.parsed.data.code]
            member_rows.extend([(hid, *member_row(m, i, checked=True)) for i, m in enumerate(p.parsed.data.members)])
            if p.parsed.enjoys:
                period_rows.append({"household_id": hid, "start": date(result.today.year, result.today.month, 1),
                                    "end": None, "reason": "导入时已享受政策"})
        if progress:
            progress(1, 3)
        _update(session, result, changed, now, member_rows, period_rows)
        member_rows.sort(key=itemgetter(_ID_NUMBER))  # the unique index then grows at its end
        insert_tuples(session, Member.__table__, _MEMBER_INSERT, member_rows)
        insert_rows(session, PolicyPeriodRow.__table__, period_rows)
    if progress:
        progress(3, 3)
    return summary


_MEMBER_INSERT = ("household_id", *MEMBER_COLUMNS)
_ID_NUMBER = _MEMBER_INSERT.index("id_number")


def _update(session: Session, result: HouseholdPlan, changed: list[PlannedHousehold], now: Any,
            member_rows: list[tuple[Any, ...]], period_rows: list[dict[str, Any]]) -> None:
    """Changed households: their columns, members (by ID number) and policy periods."""
    assert result.resolver is not None
    conn = session.connection()
    house_updates, member_updates, removed = [], [], []
    for p in changed:
        assert p.existing_id is not None
        values = household_values(p.parsed.data)
        values["village_id"] = result.resolver.village_id(p.parsed.township, p.parsed.village)
        house_updates.append({**values, "b_id": p.existing_id, "updated_at": now})
        wanted = {m.id_number for m in p.parsed.data.members}
        removed.extend(row["id"] for number, row in p.members.items() if number not in wanted)
        for i, m in enumerate(p.parsed.data.members):
            stored = member_row(m, i, checked=True)
            values = dict(zip(MEMBER_COLUMNS, stored, strict=True))
            row = p.members.get(values["id_number"])
            if row is None:
                member_rows.append((p.existing_id, *stored))
            elif any(row[k] != v for k, v in values.items()):
                member_updates.append({**values, "b_id": row["id"]})
        if p.parsed.enjoys is not None:
            _policy(conn, p, result.today, period_rows)
    if house_updates:
        conn.execute(update(Household.__table__).where(Household.__table__.c.id == bindparam("b_id")), house_updates)
    for part in chunks(removed):
        conn.execute(delete(Member.__table__).where(Member.__table__.c.id.in_(part)))
    if member_updates:
        conn.execute(update(Member.__table__).where(Member.__table__.c.id == bindparam("b_id")), member_updates)


def _policy(conn: Any, p: PlannedHousehold, today: date, period_rows: list[dict[str, Any]]) -> None:
    before = [x for _, x in p.periods]
    after = change_policy(before, bool(p.parsed.enjoys), today, "导入")
    for (row_id, old), new in zip(p.periods, after, strict=False):
        if old != new:
            conn.execute(update(PolicyPeriodRow.__table__).where(PolicyPeriodRow.__table__.c.id == row_id)
                         .values(end=new.end, reason=new.reason))
    period_rows.extend({"household_id": p.existing_id, "start": x.start, "end": x.end, "reason": x.reason}
                       for x in after[len(before):])
