"""The asset aggregate: the asset, its funding lines and its beneficiary villages."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Timestamps
from desktop.models.region import Region
from desktop.models.types import Money, Percent, Quantity


class Asset(Timestamps, Base):
    __tablename__ = "assets"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[str] = mapped_column(String(20), index=True)
    nature: Mapped[str] = mapped_column(String(20))
    village_id: Mapped[int] = mapped_column(ForeignKey("regions.id"), index=True)
    capacity: Mapped[Decimal | None] = mapped_column(Quantity())
    capacity_unit: Mapped[str] = mapped_column(String(10), default="")
    original_value: Mapped[Decimal] = mapped_column(Money())
    project_year: Mapped[int] = mapped_column(Integer)
    completion_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), index=True)
    operation_mode: Mapped[str | None] = mapped_column(String(20))
    operator: Mapped[str] = mapped_column(String(200), default="")
    contract_start: Mapped[date | None] = mapped_column(Date)
    contract_end: Mapped[date | None] = mapped_column(Date)
    agreed_return: Mapped[Decimal | None] = mapped_column(Money())
    custodian: Mapped[str] = mapped_column(String(200), default="")
    responsible_person: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Deleting keeps the record (and its history); the register hides it.
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    deleted_reason: Mapped[str | None] = mapped_column(Text)

    village: Mapped[Region] = relationship()
    funding: Mapped[list[AssetFunding]] = relationship(
        back_populates="asset", cascade="all, delete-orphan", order_by="AssetFunding.id")
    beneficiaries: Mapped[list[AssetBeneficiary]] = relationship(
        back_populates="asset", cascade="all, delete-orphan", order_by="AssetBeneficiary.id")

    def __repr__(self) -> str:
        return f"<Asset {self.code} {self.name}>"


class AssetFunding(Base):
    __tablename__ = "asset_funding"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money())

    asset: Mapped[Asset] = relationship(back_populates="funding")


class AssetBeneficiary(Base):
    __tablename__ = "asset_beneficiaries"
    __table_args__ = (UniqueConstraint("asset_id", "village_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"), index=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("regions.id"), index=True)
    share: Mapped[Decimal] = mapped_column(Percent())

    asset: Mapped[Asset] = relationship(back_populates="beneficiaries")
    village: Mapped[Region] = relationship()
