"""The overview (首页): tiles and chart series as plain data, from aggregate queries only.

The view draws what this returns and never queries; filtering by township is a WHERE on
the same queries. A county of 3,000 assets and 30,000 income records is a handful of
grouped queries and a pass over one row per asset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session

from desktop.domain.income import ZERO, return_rate
from desktop.domain.vocab import Category, Nature, Status
from desktop.domain.warnings import SelfCheckWarning
from desktop.models import Asset, IncomeRecord, Region, Registration
from desktop.services import warnings as warning_service
from desktop.services.income import net_income_by_year, years_with_income

# Return-rate bands (percent): [low, high); None is open.
RATE_BANDS: tuple[tuple[Decimal | None, Decimal | None], ...] = (
    (None, Decimal(0)), (Decimal(0), Decimal(3)), (Decimal(3), Decimal(5)), (Decimal(5), Decimal(8)),
    (Decimal(8), Decimal(12)), (Decimal(12), None))
RANK_SIZE = 10


@dataclass(frozen=True)
class RankedAsset:
    asset_id: int
    code: str
    name: str
    net: Decimal
    rate: Decimal


@dataclass
class Dashboard:
    year: int | None  # the year the income figures are for (None: no income recorded yet)
    assets: int = 0
    value: Decimal = ZERO
    registered: int = 0
    earning: int = 0  # operating-nature assets in the register
    year_net: Decimal = ZERO
    average_rate: Decimal | None = None  # the year's net over the value of the assets that reported it
    warnings: dict[str, int] = field(default_factory=dict)
    value_by_category: list[tuple[str, int, Decimal]] = field(default_factory=list)
    net_by_year: dict[int, Decimal] = field(default_factory=dict)
    rate_bands: list[tuple[str, int]] = field(default_factory=list)
    top: list[RankedAsset] = field(default_factory=list)
    bottom: list[RankedAsset] = field(default_factory=list)

    @property
    def registered_share(self) -> Decimal | None:
        if not self.assets:
            return None
        return return_rate(Decimal(self.registered), Decimal(self.assets))


def band_label(low: Decimal | None, high: Decimal | None) -> str:
    if low is None:
        return "负收益" if high == 0 else f"低于{high}%"
    if high is None:
        return f"≥{low}%"
    return f"{low}–{high}%"


def _in_township(township_id: int | None) -> tuple[ColumnElement[bool], ...]:
    if township_id is None:
        return ()
    return (Asset.village_id.in_(select(Region.id).where(Region.parent_id == township_id)),)


def _active(township_id: int | None) -> tuple[ColumnElement[bool], ...]:
    return (Asset.deleted_at.is_(None), Asset.status != Status.DISPOSED, *_in_township(township_id))


def default_year(session: Session, today: date) -> int | None:
    """The latest year with income up to this one: the year a clerk asks about."""
    years = [y for y in years_with_income(session) if y <= today.year]
    return years[-1] if years else None


def dashboard(session: Session, today: date, township_id: int | None = None, year: int | None = None,
              warnings: list[SelfCheckWarning] | None = None) -> Dashboard:
    """The overview of the county (or one township) for ``year`` (default: the latest with
    income). ``warnings`` may pass the county's warnings already computed: they do not
    depend on the township or year shown, and are the costliest part to compute."""
    year = year if year is not None else default_year(session, today)
    d = Dashboard(year)
    active = _active(township_id)
    registered = exists().where(Registration.asset_id == Asset.id, Registration.is_current.is_(True))
    for category, count, value, n_reg, n_earning in session.execute(
            select(Asset.category, func.count(), func.coalesce(func.sum(Asset.original_value), 0),
                   func.count().filter(registered), func.count().filter(Asset.nature == Nature.OPERATING))
            .where(*active).group_by(Asset.category)):
        d.value_by_category.append((category, count, value))
        d.assets += count
        d.value += value
        d.registered += n_reg
        d.earning += n_earning
    order = {c.value: i for i, c in enumerate(Category)}
    d.value_by_category.sort(key=lambda t: order.get(t[0], 99))
    ids: Select[Any] | None = select(Asset.id).where(*_in_township(township_id)) if township_id else None
    d.net_by_year = net_income_by_year(session, ids)
    if year is not None:
        _returns(session, d, year, active)
    d.warnings = warning_counts(session, today, township_id, warnings)
    return d


def _returns(session: Session, d: Dashboard, year: int, active: tuple[ColumnElement[bool], ...]) -> None:
    rows = session.connection().execute(  # Core rows: one per asset, no ORM bookkeeping
        select(Asset.id, Asset.code, Asset.name, Asset.original_value, func.sum(IncomeRecord.net).label("net"))
        .join(IncomeRecord, IncomeRecord.asset_id == Asset.id)
        .where(*active, Asset.nature == Nature.OPERATING, IncomeRecord.year == year)
        .group_by(Asset.id, Asset.code, Asset.name, Asset.original_value)).all()
    ranked = []
    total_net, total_value = ZERO, ZERO
    for r in rows:
        total_net += r.net
        total_value += r.original_value
        rate = return_rate(r.net, r.original_value)
        if rate is not None:
            ranked.append(RankedAsset(r.id, r.code, r.name, r.net, rate))
    d.year_net = d.net_by_year.get(year, ZERO)  # all the year's income, a since-disposed asset's too
    d.average_rate = return_rate(total_net, total_value)
    ranked.sort(key=lambda a: (a.rate, a.code))
    d.bottom = ranked[:RANK_SIZE]
    d.top = list(reversed(ranked[-RANK_SIZE:]))
    for low, high in RATE_BANDS:
        n = sum(1 for a in ranked if (low is None or a.rate >= low) and (high is None or a.rate < high))
        d.rate_bands.append((band_label(low, high), n))


def warning_counts(session: Session, today: date, township_id: int | None,
                   found: list[SelfCheckWarning] | None) -> dict[str, int]:
    """Warnings by kind in the township (or the county), from the county's list when given."""
    if found is None:
        found = warning_service.compute_warnings(session, today)
    if township_id is not None:
        inside = set(session.scalars(select(Asset.id).where(*_in_township(township_id))))
        found = [w for w in found if w.asset_id in inside]
    return warning_service.counts_by_kind(found)
