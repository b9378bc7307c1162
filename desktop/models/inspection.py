"""Acceptance inspections with their team and rectifications, handovers, and attachments.

Attachments keep the file bytes once per content (``attachment_blobs``, unique SHA-256)
and link them to any record by (owner_kind, owner_id): the same scan attached to an
inspection and to the asset is stored once, and editing a record never touches its links.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from desktop.models.asset import Asset
from desktop.models.base import Base, Timestamps
from desktop.models.types import Money, Quantity


class Inspection(Timestamps, Base):
    __tablename__ = "inspections"
    # The chain rules ask "latest passing acceptance per asset": asset first, then date.
    __table_args__ = (Index("ix_inspections_asset_date", "asset_id", "inspected_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"))
    kind: Mapped[str] = mapped_column(String(20))
    inspected_on: Mapped[date] = mapped_column(Date, index=True)
    result: Mapped[str] = mapped_column(String(20))
    third_party_firm: Mapped[str] = mapped_column(String(200), default="")
    report_no: Mapped[str] = mapped_column(String(60), default="")
    approved_content: Mapped[str] = mapped_column(Text, default="")
    actual_content: Mapped[str] = mapped_column(Text, default="")
    approved_quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    actual_quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    quantity_unit: Mapped[str] = mapped_column(String(10), default="")
    verified_investment: Mapped[Decimal | None] = mapped_column(Money())
    check_quality: Mapped[bool] = mapped_column(Boolean, default=False)
    check_funds: Mapped[bool] = mapped_column(Boolean, default=False)
    check_reimbursement: Mapped[bool] = mapped_column(Boolean, default=False)
    check_beneficiary_list: Mapped[bool] = mapped_column(Boolean, default=False)
    check_notice_board: Mapped[bool] = mapped_column(Boolean, default=False)
    findings: Mapped[str] = mapped_column(Text, default="")

    asset: Mapped[Asset] = relationship()
    members: Mapped[list[InspectionMember]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="InspectionMember.id")
    rectifications: Mapped[list[Rectification]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Rectification.id")


class InspectionMember(Base):
    __tablename__ = "inspection_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    unit: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(60), default="")

    inspection: Mapped[Inspection] = relationship(back_populates="members")


class Rectification(Timestamps, Base):
    __tablename__ = "rectifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    requirement: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(60))
    deadline: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    confirmed_by: Mapped[str] = mapped_column(String(60), default="")

    inspection: Mapped[Inspection] = relationship(back_populates="rectifications")


class Handover(Timestamps, Base):
    __tablename__ = "handovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), index=True)
    handed_on: Mapped[date] = mapped_column(Date)
    from_party: Mapped[str] = mapped_column(String(200))
    to_party: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")

    asset: Mapped[Asset] = relationship()
    items: Mapped[list[HandoverLine]] = relationship(
        back_populates="handover", cascade="all, delete-orphan", order_by="HandoverLine.id")


class HandoverLine(Base):
    __tablename__ = "handover_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handovers.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    unit: Mapped[str] = mapped_column(String(10), default="")

    handover: Mapped[Handover] = relationship(back_populates="items")


class AttachmentBlob(Base):
    """File content, stored once however many records it is attached to."""

    __tablename__ = "attachment_blobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))


class Attachment(Timestamps, Base):
    """A file attached to a record (owner_kind: inspection, handover, registration, asset)."""

    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("owner_kind", "owner_id", "blob_id"),
                      Index("ix_attachments_owner", "owner_kind", "owner_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_kind: Mapped[str] = mapped_column(String(20))
    owner_id: Mapped[int] = mapped_column(Integer)
    # The asset the record belongs to, so an asset's attachments and history are one query.
    asset_id: Mapped[int | None] = mapped_column(Integer, index=True)
    blob_id: Mapped[int] = mapped_column(ForeignKey("attachment_blobs.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100))

    blob: Mapped[AttachmentBlob] = relationship()
