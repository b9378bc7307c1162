"""The household aggregate: the household, its members and its policy-support periods.

Indexes serve the roster search at county scale (50,000 households, 150,000 people): the
household code and a member's ID number are unique (so their indexes answer exact and
prefix lookups), the name index answers "name begins with", and ``id_tail`` (the last four
characters of the ID) answers the usual "the one ending in 1234" without a scan.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Timestamps
from desktop.models.region import Region


class Household(Timestamps, Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("regions.id"), index=True)
    category: Mapped[str] = mapped_column(String(20))  # 2 values: an index would not narrow a search
    monitor_kind: Mapped[str | None] = mapped_column(String(20))
    # The head's name kept on the household so the roster sorts and shows it without a join.
    head_name: Mapped[str] = mapped_column(String(60), default="", index=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    bank: Mapped[str] = mapped_column(String(60), default="")
    account: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    village: Mapped[Region] = relationship()
    members: Mapped[list[Member]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="Member.position")
    policy_periods: Mapped[list[PolicyPeriodRow]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="PolicyPeriodRow.start")

    def __repr__(self) -> str:
        return f"<Household {self.code} {self.head_name}>"


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(60), index=True)
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    id_tail: Mapped[str] = mapped_column(String(4), index=True)
    relation: Mapped[str] = mapped_column(String(20))
    sex: Mapped[str] = mapped_column(String(8))
    birth_date: Mapped[date] = mapped_column(Date)
    labour: Mapped[str] = mapped_column(String(20))  # 4 values: filtered per household, no index
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    chronic_illness: Mapped[bool] = mapped_column(Boolean, default=False)
    student: Mapped[bool] = mapped_column(Boolean, default=False)

    household: Mapped[Household] = relationship(back_populates="members")


class PolicyPeriodRow(Base):
    """One stretch of months with policy support; closed rows stay as the history."""

    __tablename__ = "policy_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"), index=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")

    household: Mapped[Household] = relationship(back_populates="policy_periods")
