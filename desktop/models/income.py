"""Income records (one per asset and period) and the self-check settings per category.

Every kind of income and cost has its own exact column, so totals by asset, year, village
or category are one grouped SUM. ``net`` is computed by the domain when a record is saved
and stored, so every report adds up the same figure.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamps
from desktop.models.types import Money, Percent, Quantity


class IncomeRecord(Timestamps, Base):
    __tablename__ = "income_records"
    # (asset, year, quarter) is unique and leads with the asset: an asset's records are an
    # index range. The year index serves the county-wide grid and the totals by year.
    __table_args__ = (UniqueConstraint("asset_id", "year", "quarter"),
                      Index("ix_income_records_year_asset", "year", "asset_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer, default=0)  # 0: the whole year
    rent: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    sales: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    power_revenue: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    power_subsidy: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    dividend: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    other_income: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    land_rent: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    maintenance: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    insurance: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    other_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    net: Mapped[Decimal] = mapped_column(Money())
    kwh: Mapped[Decimal | None] = mapped_column(Quantity())
    received_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class CategorySetting(Timestamps, Base):
    """Self-check thresholds for one asset category; a missing row means the defaults."""

    __tablename__ = "category_settings"

    id: Mapped[int] = mapped_column(primary_key=True)  # the audit log names rows by integer id
    category: Mapped[str] = mapped_column(String(20), unique=True)
    return_threshold: Mapped[Decimal] = mapped_column(Percent())
    idle_months: Mapped[int] = mapped_column(Integer)
    expiry_days: Mapped[int] = mapped_column(Integer)
