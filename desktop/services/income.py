"""Income records: one asset's periods (the editor's tab) and one year across the county
(the entry grid). Both save whole or not at all; the audit hook logs every record.

The county grid reads with three queries whatever the county's size: the assets, last
year's sums by asset, and this year's records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Select, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from desktop.domain.income import AMOUNT_KINDS, INCOME_KINDS, ZERO, IncomeData, validate_income, validate_periods
from desktop.domain.problems import Problem, ValidationError
from desktop.domain.vocab import Nature, Status
from desktop.models import Asset, IncomeRecord, Region

_KEYS = [k for k, _ in AMOUNT_KINDS]
_DATA_FIELDS = [f.name for f in fields(IncomeData) if f.name != "id"]


def gross_expr() -> ColumnElement[Any]:
    """Gross income of a record as a SQL expression (the sum of its income columns)."""
    cols = [getattr(IncomeRecord, k) for k, _ in INCOME_KINDS]
    expr: ColumnElement[Any] = cols[0]
    for c in cols[1:]:
        expr = expr + c
    return expr


def earning_assets() -> tuple[ColumnElement[bool], ...]:
    """Assets that are expected to earn: operating nature, neither deleted nor disposed."""
    return (Asset.deleted_at.is_(None), Asset.status != Status.DISPOSED, Asset.nature == Nature.OPERATING)


def _data(r: IncomeRecord) -> IncomeData:
    return IncomeData(id=r.id, **{k: getattr(r, k) for k in _DATA_FIELDS})


def _apply(record: IncomeRecord, data: IncomeData) -> None:
    for k in _DATA_FIELDS:
        if getattr(record, k) != getattr(data, k):
            setattr(record, k, getattr(data, k))
    if record.net != data.net:
        record.net = data.net


# -- one asset -------------------------------------------------------------------------
def asset_income(session: Session, asset_id: int) -> list[IncomeData]:
    q = select(IncomeRecord).where(IncomeRecord.asset_id == asset_id).order_by(
        IncomeRecord.year.desc(), IncomeRecord.quarter)
    return [_data(r) for r in session.scalars(q)]


def save_asset_income(session: Session, asset_id: int, records: list[IncomeData],
                      today: date | None = None) -> int:
    """Make the asset's records exactly ``records`` (matched by period); returns how many
    rows were added, changed or removed. Raises ValidationError and writes nothing on a problem."""
    problems = validate_periods(records, today=today)
    if problems:
        raise ValidationError(problems)
    existing = {(r.year, r.quarter): r for r in session.scalars(
        select(IncomeRecord).where(IncomeRecord.asset_id == asset_id))}
    wanted = {(d.year, d.quarter): d for d in records}
    changed = 0
    for key, record in existing.items():
        if key not in wanted:
            session.delete(record)
            changed += 1
    for key, data in wanted.items():
        record = existing.get(key) or IncomeRecord(asset_id=asset_id)
        if key not in existing:
            session.add(record)
        before = None if key not in existing else _data(record)
        _apply(record, data)
        changed += before != data
    session.flush()
    return changed


# -- one year across the county --------------------------------------------------------
@dataclass
class GridRow:
    """One asset of the grid. Its periods arrive as raw integer sums and become
    ``IncomeData`` only when asked for: a view shows a few dozen rows of thousands, and
    converting every amount of every row up front was most of the grid's load time."""

    asset_id: int
    code: str
    name: str
    category: str
    township_id: int
    township: str
    village: str
    original_value: Decimal
    previous_raw: tuple[Any, ...] | None = None  # last year, quarters summed
    current_raw: tuple[Any, ...] | None = None  # this year (an annual record is its own sum)
    by_quarter: bool = False  # this year is recorded by quarter: edit it in the asset editor
    year: int = 0

    @cached_property
    def previous(self) -> IncomeData | None:
        return None if self.previous_raw is None else _from_raw(self.year - 1, self.previous_raw)

    @cached_property
    def current(self) -> IncomeData | None:
        return None if self.current_raw is None else _from_raw(self.year, self.current_raw)

    @cached_property
    def previous_net(self) -> Decimal | None:
        return None if self.previous_raw is None else _fen(self.previous_raw[_NET])

    @cached_property
    def current_net(self) -> Decimal | None:
        return None if self.current_raw is None else _fen(self.current_raw[_NET])


_NET = len(_KEYS)  # raw sums: the kinds in order, then net, kwh, received_on, last quarter, note


def _fen(value: Any) -> Decimal:
    return Decimal(int(value)).scaleb(-2)


def _from_raw(year: int, raw: tuple[Any, ...]) -> IncomeData:
    kwh, received, note = raw[_NET + 1], raw[_NET + 2], raw[_NET + 4]
    if isinstance(received, str):  # MAX() loses the column type on SQLite
        received = date.fromisoformat(received)
    return IncomeData(year=year, **{k: _fen(v) for k, v in zip(_KEYS, raw, strict=False)},
                      kwh=None if kwh is None else Decimal(int(kwh)).scaleb(-3), received_on=received,
                      note=note or "")


def _raw_sums(year: int) -> Select[Any]:
    """Per asset: integer sums of every kind and of net (fen), kWh (thousandths), and more."""
    ints = [type_coerce(func.sum(getattr(IncomeRecord, k)), BigInteger) for k in (*_KEYS, "net", "kwh")]
    return (select(IncomeRecord.asset_id, *ints, func.max(IncomeRecord.received_on),
                   func.max(IncomeRecord.quarter), func.max(IncomeRecord.note))
            .where(IncomeRecord.year == year).group_by(IncomeRecord.asset_id))


def year_grid(session: Session, year: int) -> list[GridRow]:
    """Every earning asset with last year's figures and this year's, by township and code."""
    village, township = aliased(Region), aliased(Region)
    conn = session.connection()  # Core rows: thousands of them, no ORM bookkeeping needed
    assets = conn.execute(
        select(Asset.id, Asset.code, Asset.name, Asset.category, township.id, township.name, village.name,
               Asset.original_value)
        .join(village, Asset.village_id == village.id).join(township, village.parent_id == township.id)
        .where(*earning_assets()).order_by(township.code, Asset.code)).all()
    previous = {r[0]: tuple(r[1:]) for r in conn.execute(_raw_sums(year - 1))}
    current = {r[0]: tuple(r[1:]) for r in conn.execute(_raw_sums(year))}
    last_quarter = _NET + 3
    return [GridRow(*a, previous.get(a[0]), current.get(a[0]),  # type: ignore[misc]
                    a[0] in current and bool(current[a[0]][last_quarter]), year) for a in assets]


def save_year_grid(session: Session, year: int, entries: Mapping[int, IncomeData | None],
                   labels: Mapping[int, str] | None = None, today: date | None = None) -> int:
    """Write the annual records of ``year`` for the assets in ``entries``: a record is
    created or updated, ``None`` (a row cleared) removes it. All rows are checked first and
    nothing is written if any has a problem; messages name the row by ``labels[asset_id]``."""
    labels = labels or {}
    problems: list[Problem] = []
    for asset_id, data in entries.items():
        if data is not None:
            data.year, data.quarter = year, 0
            problems.extend(validate_income(data, where=f"{labels.get(asset_id, asset_id)}：", today=today))
    ids = list(entries)
    for chunk in _chunks(ids, 900):
        for asset_id in session.scalars(select(IncomeRecord.asset_id).distinct().where(
                IncomeRecord.year == year, IncomeRecord.quarter != 0, IncomeRecord.asset_id.in_(chunk))):
            if entries[asset_id] is not None:
                problems.append(Problem("period", "{where}{year} 年已按季度登记，请在资产信息的收益页修改",
                                        {"where": f"{labels.get(asset_id, asset_id)}：", "year": year}))
    if problems:
        raise ValidationError(problems)
    existing: dict[int, IncomeRecord] = {}
    for chunk in _chunks(ids, 900):
        existing.update((r.asset_id, r) for r in session.scalars(select(IncomeRecord).where(
            IncomeRecord.year == year, IncomeRecord.quarter == 0, IncomeRecord.asset_id.in_(chunk))))
    changed = 0
    for asset_id, data in entries.items():
        record = existing.get(asset_id)
        if data is None or data.is_blank():
            if record is not None:
                session.delete(record)
                changed += 1
            continue
        if record is None:
            record = IncomeRecord(asset_id=asset_id)
            session.add(record)
        elif _data(record) == data:
            continue
        _apply(record, data)
        changed += 1
    session.flush()
    return changed


def _chunks(ids: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def years_with_income(session: Session) -> list[int]:
    return list(session.scalars(select(IncomeRecord.year).distinct().order_by(IncomeRecord.year)))


def net_income_by_year(session: Session, asset_ids: Select[Any] | None = None) -> dict[int, Decimal]:
    """Net income of every year (all assets not deleted, or those ``asset_ids`` selects), oldest
    first. A disposed asset's income stays in the years it was earned."""
    q = (select(IncomeRecord.year, func.sum(IncomeRecord.net)).join(Asset, IncomeRecord.asset_id == Asset.id)
         .where(Asset.deleted_at.is_(None)).group_by(IncomeRecord.year).order_by(IncomeRecord.year))
    if asset_ids is not None:
        q = q.where(IncomeRecord.asset_id.in_(asset_ids))
    return {year: (total if total is not None else ZERO) for year, total in session.execute(q)}
