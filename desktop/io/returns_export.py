"""The returns workbook (年度收益台账): one row per asset and year, exact totals.

Quarters are summed into their year in SQL; the rows stream from the query into the
shared writer, so the whole county's ten years cost one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop.domain.income import AMOUNT_KINDS, COST_KINDS, INCOME_KINDS, return_rate
from desktop.domain.vocab import Category
from desktop.io.workbook import Column, TableSheet, write_workbook
from desktop.models import Asset, IncomeRecord, Region

COLUMNS: tuple[Column, ...] = (
    Column("年度", 7, "int"), Column("乡镇", 12, "text"), Column("村", 12, "text"),
    Column("资产编码", 14, "text"), Column("资产名称", 30, "text"), Column("类别", 11, "text"),
    Column("原值（元）", 16, "money"),
    *(Column(f"{label}（元）", 13, "money", total=True) for _, label in AMOUNT_KINDS),
    Column("收入合计（元）", 15, "money", total=True), Column("成本合计（元）", 14, "money", total=True),
    Column("净收益（元）", 15, "money", total=True), Column("收益率", 9, "percent"),
    Column("发电量（kWh）", 14, "decimal", total=True), Column("到账日期", 12, "date"),
)


def returns_rows(session: Session, year: int | None = None) -> Iterator[tuple[Any, ...]]:
    """Rows in the order of ``COLUMNS``, by year, township and asset code."""
    village, township = aliased(Region), aliased(Region)
    sums = [func.sum(getattr(IncomeRecord, k)).label(k) for k, _ in AMOUNT_KINDS]
    q = (select(IncomeRecord.year, township.name, village.name, Asset.code, Asset.name, Asset.category,
                Asset.original_value, *sums, func.sum(IncomeRecord.net).label("net"),
                func.sum(IncomeRecord.kwh).label("kwh"), func.max(IncomeRecord.received_on).label("received"))
         .join(Asset, IncomeRecord.asset_id == Asset.id)
         .join(village, Asset.village_id == village.id).join(township, village.parent_id == township.id)
         .where(Asset.deleted_at.is_(None))
         .group_by(IncomeRecord.year, township.code, township.name, village.name, Asset.code, Asset.name,
                   Asset.category, Asset.original_value)
         .order_by(IncomeRecord.year, township.code, Asset.code))
    if year is not None:
        q = q.where(IncomeRecord.year == year)
    for r in session.execute(q):
        m = r._mapping
        gross = sum(m[k] for k, _ in INCOME_KINDS)
        costs = sum(m[k] for k, _ in COST_KINDS)
        rate = return_rate(r.net, r.original_value)
        yield (r.year, r[1], r[2], r.code, r[4], Category.label_of(r.category), r.original_value,
               *(m[k] for k, _ in AMOUNT_KINDS), gross, costs, r.net,
               None if rate is None else rate / 100, r.kwh, r.received)


def count_rows(session: Session, year: int | None = None) -> int:
    """How many rows ``returns_rows`` will give (for a progress bar)."""
    q = (select(IncomeRecord.asset_id, IncomeRecord.year).join(Asset, IncomeRecord.asset_id == Asset.id)
         .where(Asset.deleted_at.is_(None)).group_by(IncomeRecord.asset_id, IncomeRecord.year))
    if year is not None:
        q = q.where(IncomeRecord.year == year)
    return session.scalar(select(func.count()).select_from(q.subquery())) or 0


def export_returns(session: Session, path: str | Path, year: int | None = None,
                   progress: Callable[[int], None] | None = None, today: date | None = None) -> int:
    """Write the workbook; returns the number of asset rows."""
    title = f"{year} 年度扶贫项目资产收益台账" if year is not None else "扶贫项目资产收益台账（各年度）"
    sheet = TableSheet(title, COLUMNS, returns_rows(session, year), sheet_name="收益台账",
                       note=f"导出日期 {(today or date.today()).isoformat()}；收益率 = 净收益 ÷ 资产原值")
    write_workbook(path, [sheet], progress)
    return sheet.written


def headers() -> Sequence[str]:
    return [c.header for c in COLUMNS]
