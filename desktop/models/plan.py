"""Distribution plans (收益分配方案): presets, plans and their revisions, pool lines,
channel totals, recipients, workflow events and notice objections.

A plan row is one revision of one village's plan for one period; a revision replaces the
``current`` flag of its predecessor but never the row, so what was submitted, approved or
paid stays as it was. The computed figures (channels, recipients) are stored, not derived
on reading: a locked plan must keep showing what was approved even after the roster or
the income changes. Configuration and presets are JSON text in the shape of
``desktop.domain.distribution.serial``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamps
from desktop.models.types import Money, Percent


class PlanPreset(Timestamps, Base):
    """A county's distribution rules (``Preset.to_dict`` as JSON); one is the default."""

    __tablename__ = "plan_presets"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    data: Mapped[str] = mapped_column(Text)  # JSON
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class Plan(Timestamps, Base):
    __tablename__ = "plans"
    # (village, year, quarter, revision) is unique and leads with the village: a village's
    # plans are an index range. The period index serves the county-wide list of a year;
    # status is a short filter applied on that range.
    __table_args__ = (UniqueConstraint("village_id", "year", "quarter", "revision"),
                      Index("ix_plans_period_status", "year", "quarter", "status"))

    id: Mapped[int] = mapped_column(primary_key=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("regions.id"))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer, default=0)  # 0: the whole year
    revision: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"))
    revision_reason: Mapped[str] = mapped_column(Text, default="")
    current: Mapped[bool] = mapped_column(Boolean, default=True)  # the latest revision
    status: Mapped[str] = mapped_column(String(16), default="draft")
    preset_id: Mapped[int | None] = mapped_column(ForeignKey("plan_presets.id"))
    config: Mapped[str] = mapped_column(Text)  # JSON, serial.config_to_dict
    pool: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    allocated: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    remainder: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    remainder_channel: Mapped[str] = mapped_column(String(16), default="")
    warnings: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of {rule, message, channel, key}
    problems: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of messages
    computed_at: Mapped[datetime | None] = mapped_column(DateTime)
    meeting_date: Mapped[date | None] = mapped_column(Date)
    approved_date: Mapped[date | None] = mapped_column(Date)
    filed_date: Mapped[date | None] = mapped_column(Date)
    notice_start: Mapped[date | None] = mapped_column(Date)
    notice_end: Mapped[date | None] = mapped_column(Date)
    payment_date: Mapped[date | None] = mapped_column(Date)
    bank_batch: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class PlanPoolLine(Base):
    """One line of the pool: an asset's share of its net income, or a manual line with a reason."""

    __tablename__ = "plan_pool_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"))
    asset_code: Mapped[str] = mapped_column(String(40), default="")
    net_income: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    share: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(100))
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal] = mapped_column(Money())


class PlanChannel(Base):
    """A channel's total as computed; the totals of a plan add up exactly to its pool."""

    __tablename__ = "plan_channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    amount: Mapped[Decimal] = mapped_column(Money())
    remainder: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    explanation: Mapped[str] = mapped_column(Text, default="")


class PlanRecipient(Base):
    """One payment of a plan: to a household (``member_id`` empty) or to a person."""

    __tablename__ = "plan_recipients"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(60), default="")
    name: Mapped[str] = mapped_column(String(100))
    household_id: Mapped[int | None] = mapped_column(Integer, index=True)  # no FK: the record outlives the roster
    member_id: Mapped[int | None] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money())
    weight: Mapped[str] = mapped_column(String(20), default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    paid_date: Mapped[date | None] = mapped_column(Date)


class PlanEvent(Base):
    """One workflow step: from → to, on which date (meeting, notice start, payment), by whom."""

    __tablename__ = "plan_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(16))
    on_date: Mapped[date] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")
    operator: Mapped[str] = mapped_column(String(60))
    at: Mapped[datetime] = mapped_column(DateTime)


class PlanObjection(Timestamps, Base):
    """An objection raised during the public notice, and how it was settled (empty: open)."""

    __tablename__ = "plan_objections"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    raised_on: Mapped[date] = mapped_column(Date)
    raised_by: Mapped[str] = mapped_column(String(60))
    content: Mapped[str] = mapped_column(Text)
    settlement: Mapped[str] = mapped_column(Text, default="")
    settled_on: Mapped[date | None] = mapped_column(Date)
