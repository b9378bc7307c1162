"""Ownership registration (确权登记) with its history, and disposal (处置).

A transfer or change does not overwrite a registration: it adds a new one and marks the
previous one superseded, so the chain of owners is always there to show an auditor.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.asset import Asset
from desktop.models.base import Base, Timestamps
from desktop.models.types import Money, Percent


class Registration(Timestamps, Base):
    __tablename__ = "registrations"
    # "Is this asset registered?" is asked for every row of the register; a composite index
    # answers it directly (an index on the boolean alone misleads SQLite's planner into
    # scanning every current registration per asset).
    __table_args__ = (Index("ix_registrations_asset_current", "asset_id", "is_current"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"))
    kind: Mapped[str] = mapped_column(String(20))
    certificate_no: Mapped[str] = mapped_column(String(60))
    registered_on: Mapped[date] = mapped_column(Date)
    registering_body: Mapped[str] = mapped_column(String(200))
    approval: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)

    asset: Mapped[Asset] = relationship()
    owners: Mapped[list[RegistrationOwner]] = relationship(
        back_populates="registration", cascade="all, delete-orphan", order_by="RegistrationOwner.id")


class RegistrationOwner(Base):
    __tablename__ = "registration_owners"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    share: Mapped[Decimal] = mapped_column(Percent())

    registration: Mapped[Registration] = relationship(back_populates="owners")


class Disposal(Timestamps, Base):
    __tablename__ = "disposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), unique=True)
    method: Mapped[str] = mapped_column(String(20))
    resolution_date: Mapped[date | None] = mapped_column(Date)
    township_review_date: Mapped[date | None] = mapped_column(Date)
    county_approval_date: Mapped[date | None] = mapped_column(Date)
    approval_doc: Mapped[str] = mapped_column(String(200), default="")
    disposed_on: Mapped[date] = mapped_column(Date)
    proceeds: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(Text)
    previous_status: Mapped[str] = mapped_column(String(20))

    asset: Mapped[Asset] = relationship()
