"""The plan documents' data (``reports.plan_docs.PlanDoc``) read from stored plans.

One plan for the editor's 打印 menu and ``print … --plan``; a year's (quarter's) current
plans of a township or the county for the batch. A batch reads villages in chunks, each
chunk in five set-based queries (plans with their places, pool lines, channels,
recipients with their households, household sizes and heads' IDs) whatever the number of
households — never a query per household — so a county of 50,000 households is read in
seconds and the first villages are printing while the rest are still unread.

What is printed is what was stored when the plan was computed (amounts, explanations,
names); the household's head, ID number, account and size come from the roster as it is
now, since that is whom the money goes to. Recipients paid as persons (a public-welfare
job) join their household's row, as ``PlanResult.payees`` groups them; the row is signed
by the head of household, the account holder.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from desktop.domain.distribution import ChannelKind, PlanStatus, Preset, from_code
from desktop.domain.distribution.inputs import Period
from desktop.domain.problems import Problem, ValidationError
from desktop.models import Household, Member, Plan, PlanChannel, PlanPoolLine, PlanPreset, PlanRecipient, Region
from desktop.reports.plan_docs import ChannelTotal, PayLine, PlanDoc, PoolLine, Recipient

CHUNK = 100  # villages read together in a batch
# Filed by the county or later: no 草稿 mark any more.
FINAL: frozenset[str] = frozenset(s.value for s in (PlanStatus.FILED, PlanStatus.NOTICE, PlanStatus.PAID,
                                                    PlanStatus.ARCHIVED))
HEAD = "head"  # Member.relation of the head of household

_village, _township, _county = aliased(Region), aliased(Region), aliased(Region)


@dataclass(frozen=True)
class _PlanHead:
    id: int
    county: str
    township: str
    village: str
    year: int
    quarter: int
    revision: int
    status: str
    pool: Decimal
    notice_start: Any
    notice_end: Any
    payment_date: Any
    phone: str
    unit: str


def _heads(where: Any) -> Select[Any]:
    return (select(Plan.id, _county.name, _township.name, _village.name, Plan.year, Plan.quarter, Plan.revision,
                   Plan.status, Plan.pool, Plan.notice_start, Plan.notice_end, Plan.payment_date, PlanPreset.data)
            .join(_village, _village.id == Plan.village_id)
            .outerjoin(_township, _township.id == _village.parent_id)
            .outerjoin(_county, _county.id == _township.parent_id)
            .outerjoin(PlanPreset, PlanPreset.id == Plan.preset_id)
            .where(where)
            .order_by(_township.code, _village.code))


def _head(row: Any) -> _PlanHead:
    *values, preset = row
    phone, unit = _supervision(preset)
    values[1:4] = [v or "" for v in values[1:4]]
    return _PlanHead(*values, phone=phone, unit=unit)


@lru_cache(maxsize=64)
def _supervision(preset_json: str | None) -> tuple[str, str]:
    """The supervision phone and unit of the plan's preset; empty: the notice leaves a blank
    to write them in. Many plans share one preset, so each preset's JSON is parsed once. A
    preset that no longer reads (edited by hand outside the program) prints the blank rather
    than stopping a county's batch."""
    try:
        preset = Preset.from_dict(json.loads(preset_json or "{}"))
    except ValueError:
        return "", ""
    return preset.supervision_phone, preset.supervision_unit


def _scope(year: int, township_id: int | None, quarter: int | None) -> Any:
    cond = and_(Plan.year == year, Plan.quarter == (quarter or 0), Plan.current)
    if township_id is not None:
        cond = and_(cond, _village.parent_id == township_id)
    return cond


# -- public -------------------------------------------------------------------------------
def plan_doc(session: Session, plan_id: int) -> PlanDoc:
    """One stored plan (any status, any revision) as its documents print it."""
    rows = [_head(r) for r in session.execute(_heads(Plan.id == plan_id))]
    if not rows:
        raise ValidationError([Problem("plan", "没有编号为{value}的分配方案", {"value": plan_id})])
    return _read(session, rows)[0]


def count_plans(session: Session, year: int, township_id: int | None = None, quarter: int | None = None) -> int:
    q = (select(func.count()).select_from(Plan).join(_village, _village.id == Plan.village_id)
         .where(_scope(year, township_id, quarter)))
    return int(session.scalar(q) or 0)


def latest_year(session: Session) -> int | None:
    """The last year with a plan: what a batch most likely prints."""
    return session.scalar(select(func.max(Plan.year)))


def plan_docs_for(session: Session, year: int, township_id: int | None = None,
                  quarter: int | None = None, chunk: int = CHUNK) -> Iterator[PlanDoc]:
    """The current plan of every village of the township (or county) for the year (or its
    ``quarter``), in township and village code order, read ``chunk`` villages at a time."""
    heads = [_head(r) for r in session.execute(_heads(_scope(year, township_id, quarter)))]
    for i in range(0, len(heads), chunk):
        yield from _read(session, heads[i:i + chunk])


# -- reading a chunk ----------------------------------------------------------------------
def _read(session: Session, heads: Sequence[_PlanHead]) -> list[PlanDoc]:
    ids = [h.id for h in heads]
    pool = _pool_lines(session, ids)
    channels = _channels(session, ids)
    payees = _payees(session, ids, {pid: {k: name for k, name, _a, _n in chs} for pid, chs in channels.items()})
    out = []
    for h in heads:
        recipients = payees.get(h.id, [])
        counts: dict[str, int] = defaultdict(int)
        for r in recipients:
            for channel in {pay.channel for pay in r.lines}:  # a household counts once per channel
                counts[channel] += 1
        out.append(PlanDoc(
            county=h.county, township=h.township, village=h.village,
            period=Period.quarter(h.year, h.quarter).label if h.quarter else f"{h.year}年度",
            pool=h.pool, recipients=tuple(recipients),
            channels=tuple(ChannelTotal(name, amount, counts.get(name, 0), note)
                           for _k, name, amount, note in channels.get(h.id, []) if amount),
            pool_lines=tuple(pool.get(h.id, [])),
            plan_no=str(h.id) + (f"（第{h.revision}版）" if h.revision > 1 else ""),
            draft=h.status not in FINAL,
            notice_start=h.notice_start, notice_end=h.notice_end,
            supervision_phone=h.phone, supervision_unit=h.unit or (f"{h.township}人民政府" if h.township else ""),
            issued_on=h.notice_start, paid_on=h.payment_date))
    return out


def _pool_lines(session: Session, ids: list[int]) -> dict[int, list[PoolLine]]:
    out: dict[int, list[PoolLine]] = defaultdict(list)
    q = (select(PlanPoolLine.plan_id, PlanPoolLine.name, PlanPoolLine.manual, PlanPoolLine.reason, PlanPoolLine.amount)
         .where(PlanPoolLine.plan_id.in_(ids)).order_by(PlanPoolLine.plan_id, PlanPoolLine.position))
    for plan_id, name, manual, reason, amount in session.execute(q):
        out[plan_id].append(PoolLine(f"{name}（{reason}）" if manual and reason and reason != name else name, amount))
    return out


def _channels(session: Session, ids: list[int]) -> dict[int, list[tuple[str, str, Decimal, str]]]:
    """Per plan: (kind, display name, amount, explanation) in the plan's order."""
    out: dict[int, list[tuple[str, str, Decimal, str]]] = defaultdict(list)
    q = (select(PlanChannel.plan_id, PlanChannel.kind, PlanChannel.name, PlanChannel.amount, PlanChannel.explanation)
         .where(PlanChannel.plan_id.in_(ids)).order_by(PlanChannel.plan_id, PlanChannel.position))
    for plan_id, kind, name, amount, explanation in session.execute(q):
        out[plan_id].append((kind, name or _kind_label(kind), amount, explanation))
    return out


def _kind_label(kind: str) -> str:
    try:
        return from_code(ChannelKind, kind).label
    except ValueError:
        return kind


def _payees(session: Session, ids: list[int], names: dict[int, dict[str, str]]) -> dict[int, list[Recipient]]:
    """Each plan's payment rows grouped into one row per household, in the order the plan
    lists them, with the household's head, ID number, account and size from the roster."""
    q = (select(PlanRecipient.plan_id, PlanRecipient.household_id, PlanRecipient.member_id, PlanRecipient.key,
                PlanRecipient.name, PlanRecipient.channel, PlanRecipient.amount, PlanRecipient.explanation,
                Household.code, Household.head_name, Household.account)
         .outerjoin(Household, Household.id == PlanRecipient.household_id)
         .where(PlanRecipient.plan_id.in_(ids)).order_by(PlanRecipient.plan_id, PlanRecipient.position))
    rows = session.execute(q).all()
    sizes, heads = _households(session, ids)
    loose = _members(session, ids) if any(r[1] is None and r[2] is not None for r in rows) else {}
    groups: dict[int, dict[str, list[Any]]] = defaultdict(dict)
    for r in rows:
        key = f"h{r[1]}" if r[1] is not None else f"m{r[2]}" if r[2] is not None else f"k{r[3]}"
        groups[r[0]].setdefault(key, []).append(r)
    out: dict[int, list[Recipient]] = {}
    for plan_id, by_key in groups.items():
        channel_names = names.get(plan_id, {})
        out[plan_id] = [_recipient(parts, channel_names, sizes, heads, loose) for parts in by_key.values()]
    return out


def _recipient(parts: list[Any], channel_names: dict[str, str], sizes: dict[int, int],
               heads: dict[int, tuple[str, str]], loose: dict[int, tuple[str, str]]) -> Recipient:
    first = parts[0]
    household_id, member_id = first[1], first[2]
    lines = tuple(PayLine(channel_names.get(p[5]) or _kind_label(p[5]), p[6], p[7]) for p in parts)
    if household_id is not None:
        head_name, head_id = heads.get(household_id, ("", ""))
        own = next((p[4] for p in parts if p[2] is None), "")  # the household's own row names it
        return Recipient(name=first[9] or head_name or own or first[4], id_number=head_id, account=first[10] or "",
                         household_size=sizes.get(household_id, 0), lines=lines, household_code=first[8] or "")
    name, id_number = loose.get(member_id, (first[4], ""))
    return Recipient(name=name, id_number=id_number, account="", household_size=1 if member_id else 0, lines=lines)


def _households(session: Session, plan_ids: list[int]) -> tuple[dict[int, int], dict[int, tuple[str, str]]]:
    """Members per household paid by the plans, and the head's (name, ID number): the member
    recorded as 户主, else the first member. One query over the members of those households."""
    paid = select(PlanRecipient.household_id).where(PlanRecipient.plan_id.in_(plan_ids)).distinct()
    q = (select(Member.household_id, Member.name, Member.id_number, Member.relation)
         .where(Member.household_id.in_(paid)).order_by(Member.household_id, Member.position))
    sizes: dict[int, int] = defaultdict(int)
    heads: dict[int, tuple[str, str]] = {}
    for hid, name, number, relation in session.execute(q):
        sizes[hid] += 1
        if relation == HEAD or hid not in heads:
            heads[hid] = (name, number)
    return sizes, heads


def _members(session: Session, plan_ids: list[int]) -> dict[int, tuple[str, str]]:
    """Persons paid without a household on record (name, ID number)."""
    paid = select(PlanRecipient.member_id).where(PlanRecipient.plan_id.in_(plan_ids),
                                                 PlanRecipient.household_id.is_(None))
    q = select(Member.id, Member.name, Member.id_number).where(Member.id.in_(paid))
    return {mid: (name, number) for mid, name, number in session.execute(q)}
