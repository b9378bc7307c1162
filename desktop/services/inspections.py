"""Acceptance inspections, rectifications and handovers: save, read, search, follow up.

The list of inspections follows the register's pattern (ids in display order from SQL,
rows fetched a page at a time), so a county's years of records open at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from desktop.domain.inspections import (
    CHECKLIST,
    InspectionData,
    RectificationLine,
    TeamMember,
    validate_inspection,
)
from desktop.domain.problems import Problem, ValidationError
from desktop.domain.vocab import Status
from desktop.models import (
    Asset,
    Inspection,
    InspectionMember,
    Rectification,
    Region,
)

_village = aliased(Region, name="village")
_township = aliased(Region, name="township")


@dataclass(frozen=True)
class AssetChoice:
    id: int
    code: str
    name: str
    township: str
    village: str

    @property
    def label(self) -> str:
        return f"{self.code}  {self.name}"


@dataclass(frozen=True)
class InspectionFilter:
    date_from: date | None = None
    date_to: date | None = None
    kind: str | None = None
    result: str | None = None
    township_id: int | None = None
    text: str = ""
    asset_id: int | None = None


@dataclass(frozen=True)
class InspectionRow:
    id: int
    asset_id: int
    code: str
    name: str
    township: str
    village: str
    kind: str
    inspected_on: date
    result: str
    verified_investment: Decimal | None
    rectifications: int
    open_rectifications: int
    team: str


@dataclass(frozen=True)
class OverdueRow:
    id: int
    inspection_id: int
    asset_id: int
    code: str
    name: str
    township: str
    requirement: str
    responsible: str
    deadline: date
    days_late: int
    inspected_on: date
    kind: str


@dataclass(frozen=True)
class InspectionDetail:
    data: InspectionData
    asset: AssetChoice


def _not_found(what: str, value: int) -> ValidationError:
    return ValidationError([Problem("id", "{what}不存在：{value}", {"what": what, "value": value})])


def _asset_choice_query() -> Select:  # type: ignore[type-arg]
    return (select(Asset.id, Asset.code, Asset.name, _township.name, _village.name)
            .join(_village, Asset.village_id == _village.id)
            .join(_township, _village.parent_id == _township.id))


def asset_choices(session: Session, text: str, limit: int = 30) -> list[AssetChoice]:
    """Assets whose code or name contains ``text`` — one page for the typing completer.
    Codes that start with the text come first: a clerk copying a code types its head."""
    text = text.strip()
    q = _asset_choice_query().where(Asset.deleted_at.is_(None))
    if text:
        q = q.where(or_(Asset.code.icontains(text, autoescape=True), Asset.name.icontains(text, autoescape=True)))
        starts = case((Asset.code.istartswith(text, autoescape=True), 0), else_=1)
        q = q.order_by(starts, Asset.code)
    else:
        q = q.order_by(Asset.code)
    return [AssetChoice(*row) for row in session.execute(q.limit(limit))]


def asset_choice(session: Session, asset_id: int) -> AssetChoice | None:
    row = session.execute(_asset_choice_query().where(Asset.id == asset_id)).first()
    return AssetChoice(*row) if row else None


def known_team_members(session: Session, limit: int = 300) -> list[TeamMember]:
    """People who served on earlier inspections, most recently seen first, each once."""
    latest = func.max(InspectionMember.id).label("latest")
    q = (select(InspectionMember.name, latest).group_by(InspectionMember.name)
         .order_by(latest.desc()).limit(limit))
    ids = [row.latest for row in session.execute(q)]
    if not ids:
        return []
    rows = session.execute(select(InspectionMember.id, InspectionMember.name, InspectionMember.unit,
                                  InspectionMember.role).where(InspectionMember.id.in_(ids))).all()
    by_id = {r.id: TeamMember(r.name, r.unit, r.role) for r in rows}
    return [by_id[i] for i in ids]


# -- one inspection ----------------------------------------------------------------------
_SCALARS = ("asset_id", "kind", "inspected_on", "result", "third_party_firm", "report_no", "approved_content",
            "actual_content", "approved_quantity", "actual_quantity", "quantity_unit", "verified_investment",
            "findings")


def save_inspection(session: Session, data: InspectionData, *, today: date | None = None) -> int:
    """Create or update an inspection with its team and rectifications, whole or not at all."""
    problems = validate_inspection(data, today=today)
    asset = session.get(Asset, data.asset_id) if data.asset_id is not None else None
    if data.asset_id is not None and (asset is None or asset.deleted_at is not None):
        problems.append(Problem("asset_id", "资产不存在或已删除：{value}", {"value": data.asset_id}))
    if problems:
        raise ValidationError(problems)
    if data.id is None:
        record = Inspection()
        session.add(record)
    else:
        found = session.get(Inspection, data.id)
        if found is None:
            raise _not_found("验收记录", data.id)
        record = found
    for name in _SCALARS:
        value = getattr(data, name)
        value = value.strip() if isinstance(value, str) and name not in ("findings",) else value
        if getattr(record, name) != value:
            setattr(record, name, value)
    for fld, _label in CHECKLIST:
        wanted = bool(data.checks.get(fld, False))
        if getattr(record, fld) != wanted:
            setattr(record, fld, wanted)
    _sync_team(record, data.team)
    _sync_rectifications(record, data.rectifications)
    session.flush()
    return record.id


def _sync_team(record: Inspection, team: list[TeamMember]) -> None:
    wanted = [(m.name.strip(), m.unit.strip(), m.role.strip()) for m in team]
    current = [(m.name, m.unit, m.role) for m in record.members]
    if wanted != current:
        record.members[:] = [InspectionMember(name=n, unit=u, role=r) for n, u, r in wanted]


def _sync_rectifications(record: Inspection, lines: list[RectificationLine]) -> None:
    """Rows keep their id (and so their history) when edited; new lines are added."""
    existing = {r.id: r for r in record.rectifications}
    keep: list[Rectification] = []
    for line in lines:
        row = existing.get(line.id) if line.id is not None else None
        if row is None:
            row = Rectification()
        values = {"requirement": line.requirement.strip(), "responsible": line.responsible.strip(),
                  "deadline": line.deadline, "done_on": line.done_on, "confirmed_by": line.confirmed_by.strip()}
        for k, v in values.items():
            if getattr(row, k, None) != v:
                setattr(row, k, v)
        keep.append(row)
    if [id(r) for r in keep] != [id(r) for r in record.rectifications]:
        record.rectifications[:] = keep


def get_inspection(session: Session, inspection_id: int) -> InspectionDetail:
    r = session.scalar(select(Inspection).where(Inspection.id == inspection_id).options(
        selectinload(Inspection.members), selectinload(Inspection.rectifications)))
    if r is None:
        raise _not_found("验收记录", inspection_id)
    data = InspectionData(
        id=r.id, asset_id=r.asset_id, kind=r.kind, inspected_on=r.inspected_on, result=r.result,
        team=[TeamMember(m.name, m.unit, m.role) for m in r.members], third_party_firm=r.third_party_firm,
        report_no=r.report_no, approved_content=r.approved_content, actual_content=r.actual_content,
        approved_quantity=r.approved_quantity, actual_quantity=r.actual_quantity, quantity_unit=r.quantity_unit,
        verified_investment=r.verified_investment, checks={f: bool(getattr(r, f)) for f, _ in CHECKLIST},
        findings=r.findings,
        rectifications=[RectificationLine(x.requirement, x.responsible, x.deadline, x.done_on, x.confirmed_by, x.id)
                        for x in r.rectifications])
    asset = asset_choice(session, r.asset_id)
    assert asset is not None
    return InspectionDetail(data, asset)


def delete_inspection(session: Session, inspection_id: int) -> None:
    """Remove a record entered in error, with its team, rectifications and attachment links
    (the audit log keeps every value)."""
    from desktop.services import attachments

    record = session.get(Inspection, inspection_id)
    if record is None:
        raise _not_found("验收记录", inspection_id)
    for info in attachments.list_for(session, "inspection", inspection_id):
        attachments.remove(session, info.id)
    session.delete(record)
    session.flush()


# -- lists -------------------------------------------------------------------------------
_open = and_(Rectification.inspection_id == Inspection.id, Rectification.done_on.is_(None))
_n_rect = select(func.count(Rectification.id)).where(Rectification.inspection_id == Inspection.id) \
    .correlate(Inspection).scalar_subquery()
_n_open = select(func.count(Rectification.id)).where(_open).correlate(Inspection).scalar_subquery()

SORT_KEYS: dict[str, ColumnElement[object]] = {
    "inspected_on": Inspection.inspected_on, "code": Asset.code, "name": Asset.name,
    "township": _township.code, "village": _village.code, "kind": Inspection.kind, "result": Inspection.result,
    "verified_investment": Inspection.verified_investment, "open_rectifications": _n_open,
    "rectifications": _n_rect, "team": Inspection.id,
}


def _filtered(q: Select, f: InspectionFilter) -> Select:  # type: ignore[type-arg]
    q = (q.join(Asset, Inspection.asset_id == Asset.id).join(_village, Asset.village_id == _village.id)
         .join(_township, _village.parent_id == _township.id).where(Asset.deleted_at.is_(None)))
    if f.date_from:
        q = q.where(Inspection.inspected_on >= f.date_from)
    if f.date_to:
        q = q.where(Inspection.inspected_on <= f.date_to)
    if f.kind:
        q = q.where(Inspection.kind == f.kind)
    if f.result:
        q = q.where(Inspection.result == f.result)
    if f.township_id is not None:
        q = q.where(_village.parent_id == f.township_id)
    if f.asset_id is not None:
        q = q.where(Inspection.asset_id == f.asset_id)
    text = f.text.strip()
    if text:
        q = q.where(or_(Asset.code.icontains(text, autoescape=True), Asset.name.icontains(text, autoescape=True)))
    return q


def search(session: Session, f: InspectionFilter, sort: str = "inspected_on", descending: bool = True) -> list[int]:
    key = SORT_KEYS.get(sort, Inspection.inspected_on)
    # Empty values (no verified investment) go last either way, on SQLite as on PostgreSQL.
    order = [(key.desc() if descending else key.asc()).nulls_last(),
             Inspection.id.desc() if descending else Inspection.id]
    return list(session.scalars(_filtered(select(Inspection.id), f).order_by(*order)))


def fetch_rows(session: Session, ids: Sequence[int]) -> dict[int, InspectionRow]:
    if not ids:
        return {}
    q = (select(Inspection.id, Inspection.asset_id, Asset.code, Asset.name, _township.name.label("township"),
                _village.name.label("village"), Inspection.kind, Inspection.inspected_on, Inspection.result,
                Inspection.verified_investment, _n_rect.label("rectifications"),
                _n_open.label("open_rectifications"))
         .join(Asset, Inspection.asset_id == Asset.id).join(_village, Asset.village_id == _village.id)
         .join(_township, _village.parent_id == _township.id).where(Inspection.id.in_(list(ids))))
    rows = session.execute(q).all()
    teams: dict[int, list[str]] = {}
    for iid, name in session.execute(select(InspectionMember.inspection_id, InspectionMember.name)
                                     .where(InspectionMember.inspection_id.in_(list(ids)))
                                     .order_by(InspectionMember.id)):
        teams.setdefault(iid, []).append(name)
    return {r.id: InspectionRow(**r._asdict(), team="、".join(teams.get(r.id, []))) for r in rows}


def inspections_of_asset(session: Session, asset_id: int) -> list[InspectionRow]:
    ids = search(session, InspectionFilter(asset_id=asset_id))
    rows = fetch_rows(session, ids)
    return [rows[i] for i in ids]


def overdue_rectifications(session: Session, today: date, township_id: int | None = None) -> list[OverdueRow]:
    """Open rectifications past their deadline on active assets, the latest first."""
    q = (select(Rectification.id, Rectification.inspection_id, Asset.id, Asset.code, Asset.name, _township.name,
                Rectification.requirement, Rectification.responsible, Rectification.deadline,
                Inspection.inspected_on, Inspection.kind)
         .join(Inspection, Rectification.inspection_id == Inspection.id)
         .join(Asset, Inspection.asset_id == Asset.id).join(_village, Asset.village_id == _village.id)
         .join(_township, _village.parent_id == _township.id)
         .where(Rectification.done_on.is_(None), Rectification.deadline < today, Asset.deleted_at.is_(None),
                Asset.status != Status.DISPOSED)
         .order_by(Rectification.deadline, Rectification.id))
    if township_id is not None:
        q = q.where(_village.parent_id == township_id)
    return [OverdueRow(rid, iid, aid, code, name, town, req, resp, deadline, (today - deadline).days, on, kind)
            for rid, iid, aid, code, name, town, req, resp, deadline, on, kind in session.execute(q)]


def count_overdue(session: Session, today: date) -> int:
    q = (select(func.count(Rectification.id)).join(Inspection, Rectification.inspection_id == Inspection.id)
         .join(Asset, Inspection.asset_id == Asset.id)
         .where(Rectification.done_on.is_(None), Rectification.deadline < today, Asset.deleted_at.is_(None),
                Asset.status != Status.DISPOSED))
    return session.scalar(q) or 0


def count_inspections(session: Session) -> int:
    q = select(func.count(Inspection.id)).join(Asset, Inspection.asset_id == Asset.id) \
        .where(Asset.deleted_at.is_(None))
    return session.scalar(q) or 0
