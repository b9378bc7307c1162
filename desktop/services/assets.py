"""The asset register: reading an asset whole, saving it whole, deleting it with a reason.

Views pass plain ``AssetData`` in and get plain data out; ORM objects stay inside the
session that loaded them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.assets import (
    AssetData,
    BeneficiaryLine,
    DisposalData,
    FundingLine,
    OwnerLine,
    RegistrationData,
    validate_asset,
    validate_disposal,
    validate_registration,
)
from desktop.domain.problems import Problem, ValidationError
from desktop.domain.vocab import RegionLevel, RegistrationKind, Status
from desktop.models import (
    Asset,
    AssetBeneficiary,
    AssetFunding,
    AuditEntry,
    Disposal,
    Region,
    Registration,
    RegistrationOwner,
)
from desktop.models.base import utcnow


@dataclass
class RegistrationRecord:
    id: int
    data: RegistrationData
    is_current: bool


@dataclass
class HistoryItem:
    at: str
    operator: str
    action: str
    entity: str
    before: str | None
    after: str | None


@dataclass
class AssetDetail:
    """Everything the editor shows about one asset."""

    data: AssetData
    registrations: list[RegistrationRecord] = field(default_factory=list)
    disposal: DisposalData | None = None
    deleted_reason: str | None = None

    @property
    def current_registration(self) -> RegistrationRecord | None:
        return next((r for r in self.registrations if r.is_current), None)


def _not_found(asset_id: int) -> ValidationError:
    return ValidationError([Problem("id", "资产不存在：{value}", {"value": asset_id})])


def _to_data(a: Asset) -> AssetData:
    return AssetData(
        id=a.id, code=a.code, name=a.name, category=a.category, nature=a.nature,
        village_id=a.village_id, capacity=a.capacity, capacity_unit=a.capacity_unit,
        original_value=a.original_value, project_year=a.project_year,
        completion_date=a.completion_date, status=a.status, operation_mode=a.operation_mode,
        operator=a.operator, contract_start=a.contract_start, contract_end=a.contract_end,
        agreed_return=a.agreed_return, custodian=a.custodian,
        responsible_person=a.responsible_person, notes=a.notes,
        funding=[FundingLine(f.source, f.amount) for f in a.funding],
        beneficiaries=[BeneficiaryLine(b.village_id, b.share) for b in a.beneficiaries],
    )


def _registration_data(r: Registration) -> RegistrationData:
    return RegistrationData(
        certificate_no=r.certificate_no, registered_on=r.registered_on,
        registering_body=r.registering_body, kind=r.kind, approval=r.approval, reason=r.reason,
        owners=[OwnerLine(o.name, o.kind, o.share) for o in r.owners])


def get_asset(session: Session, asset_id: int) -> AssetDetail:
    asset = session.scalar(select(Asset).where(Asset.id == asset_id).options(
        selectinload(Asset.funding), selectinload(Asset.beneficiaries)))
    if asset is None:
        raise _not_found(asset_id)
    regs = session.scalars(select(Registration).where(Registration.asset_id == asset_id)
                           .options(selectinload(Registration.owners))
                           .order_by(Registration.registered_on, Registration.id)).all()
    disposal = session.scalar(select(Disposal).where(Disposal.asset_id == asset_id))
    return AssetDetail(
        data=_to_data(asset),
        registrations=[RegistrationRecord(r.id, _registration_data(r), r.is_current) for r in regs],
        disposal=_disposal_data(disposal) if disposal else None,
        deleted_reason=asset.deleted_reason if asset.deleted_at else None,
    )


def _disposal_data(d: Disposal) -> DisposalData:
    return DisposalData(method=d.method, disposed_on=d.disposed_on, reason=d.reason,
                        resolution_date=d.resolution_date, township_review_date=d.township_review_date,
                        county_approval_date=d.county_approval_date, approval_doc=d.approval_doc,
                        proceeds=d.proceeds)


_SCALARS = ("code", "name", "category", "nature", "village_id", "capacity", "capacity_unit",
            "original_value", "project_year", "completion_date", "status", "operation_mode",
            "operator", "contract_start", "contract_end", "agreed_return", "custodian",
            "responsible_person", "notes")


def save_asset(session: Session, data: AssetData, registration: RegistrationData | None = None,
               *, today: date | None = None) -> int:
    """Create or update an asset (and optionally register its ownership) in one go.

    Raises ValidationError, leaving the database untouched, when anything is wrong.
    """
    problems = validate_asset(data, today=today)
    code = data.code.strip()
    clash = session.scalar(select(Asset).where(Asset.code == code, Asset.id != (data.id or -1)))
    if clash:
        problems.append(Problem("code", "资产编码“{value}”已被“{other}”使用",
                                {"value": code, "other": clash.name}))
    problems += _unknown_villages(session, data)
    if problems:
        raise ValidationError(problems)
    if data.id is None:
        asset = Asset()
        session.add(asset)
    else:
        found = session.get(Asset, data.id)
        if found is None:
            raise _not_found(data.id)
        asset = found
        if asset.status == Status.DISPOSED and data.status != Status.DISPOSED:
            raise ValidationError([Problem("status", "已处置的资产不能改回其他状态")])
    for name in _SCALARS:
        value = getattr(data, name)
        if isinstance(value, str):
            value = value.strip()
        if getattr(asset, name) != value:
            setattr(asset, name, value)
    _sync_lines(asset.funding, "source", "amount", {f.source: f.amount for f in data.funding}, AssetFunding)
    _sync_lines(asset.beneficiaries, "village_id", "share",
                {b.village_id: b.share for b in data.beneficiaries}, AssetBeneficiary)
    session.flush()
    if registration is not None:
        register_ownership(session, asset.id, registration, today=today)
    return asset.id


def _unknown_villages(session: Session, data: AssetData) -> list[Problem]:
    """The asset's village and its beneficiaries must be existing villages (not townships)."""
    wanted = {b.village_id for b in data.beneficiaries}
    if data.village_id is not None:
        wanted.add(data.village_id)
    if not wanted:
        return []
    known = set(session.scalars(select(Region.id).where(
        Region.id.in_(wanted), Region.level == RegionLevel.VILLAGE)))
    p: list[Problem] = []
    if data.village_id is not None and data.village_id not in known:
        p.append(Problem("village_id", "所在村不存在或不是村级区划：{value}", {"value": data.village_id}))
    for i, b in enumerate(data.beneficiaries, start=1):
        if b.village_id not in known:
            p.append(Problem("beneficiaries", "第 {row} 行受益村不存在或不是村级区划：{value}",
                             {"row": i, "value": b.village_id}))
    return p


def _sync_lines(rows: list[Any], key: str, value: str, wanted: dict[Any, Any], make: Callable[..., Any]) -> None:
    """Make ``rows`` hold exactly ``wanted`` (key → value), keeping the rows whose key stays
    and only updating their value, so that the audit log shows real changes, not churn."""
    existing = {getattr(row, key): row for row in rows}
    for k, row in existing.items():
        if k not in wanted:
            rows.remove(row)
    for k, v in wanted.items():
        row = existing.get(k)
        if row is None:
            rows.append(make(**{key: k, value: v}))
        elif getattr(row, value) != v:
            setattr(row, value, v)


def register_ownership(session: Session, asset_id: int, reg: RegistrationData,
                       *, today: date | None = None) -> int:
    """Record a registration; a transfer or change supersedes the current one, never edits it."""
    asset = session.get(Asset, asset_id)
    if asset is None:
        raise _not_found(asset_id)
    current = session.scalar(select(Registration).where(
        Registration.asset_id == asset_id, Registration.is_current.is_(True)))
    problems = validate_registration(reg, today=today,
                                     previous_on=current.registered_on if current else None)
    if current is None and reg.kind != RegistrationKind.INITIAL:
        problems.append(Problem("kind", "资产尚未确权，首次登记应为“初始登记”"))
    if current is not None and reg.kind == RegistrationKind.INITIAL:
        problems.append(Problem("kind", "资产已确权（证书 {no}），再次登记应为转移或变更登记",
                                {"no": current.certificate_no}))
    if asset.status == Status.DISPOSED:
        problems.append(Problem("asset", "已处置的资产不能再办理确权登记"))
    if problems:
        raise ValidationError(problems)
    if current is not None:
        current.is_current = False
    new = Registration(
        asset_id=asset_id, kind=reg.kind, certificate_no=reg.certificate_no.strip(),
        registered_on=reg.registered_on, registering_body=reg.registering_body.strip(),
        approval=reg.approval.strip(), reason=reg.reason.strip(), is_current=True,
        owners=[RegistrationOwner(name=o.name.strip(), kind=o.kind, share=o.share) for o in reg.owners])
    session.add(new)
    session.flush()
    return new.id


def dispose_asset(session: Session, asset_id: int, d: DisposalData, *, today: date | None = None) -> None:
    """Take an asset off the active register; it stays in the database and in history."""
    asset = session.get(Asset, asset_id)
    if asset is None:
        raise _not_found(asset_id)
    problems = validate_disposal(d, today=today)
    if asset.status == Status.DISPOSED:
        problems.append(Problem("asset", "资产“{name}”已经处置", {"name": asset.name}))
    if problems:
        raise ValidationError(problems)
    session.add(Disposal(
        asset_id=asset_id, method=d.method, resolution_date=d.resolution_date,
        township_review_date=d.township_review_date, county_approval_date=d.county_approval_date,
        approval_doc=d.approval_doc.strip(), disposed_on=d.disposed_on, proceeds=d.proceeds,
        reason=d.reason.strip(), previous_status=asset.status))
    asset.status = Status.DISPOSED
    session.flush()


def delete_asset(session: Session, asset_id: int, reason: str) -> None:
    """Mark an entry deleted (entered in error, duplicate); the row and its history stay."""
    if not reason.strip():
        raise ValidationError([Problem("reason", "删除资产须填写原因")])
    asset = session.get(Asset, asset_id)
    if asset is None:
        raise _not_found(asset_id)
    if asset.deleted_at is not None:
        raise ValidationError([Problem("id", "资产“{name}”已删除", {"name": asset.name})])
    asset.deleted_at = utcnow()
    asset.deleted_reason = reason.strip()
    session.flush()


def history(session: Session, asset_id: int) -> list[HistoryItem]:
    """The audit trail of an asset and its child rows, newest first."""
    rows = session.scalars(select(AuditEntry).where(AuditEntry.asset_id == asset_id)
                           .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())).all()
    # Stored in UTC so that desks in one shared database agree; shown in local time.
    return [HistoryItem(r.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S"), r.operator,
                        r.action, r.entity, r.before, r.after) for r in rows]
