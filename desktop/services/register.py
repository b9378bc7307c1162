"""Searching the asset register: ids in display order first, rows fetched page by page.

The table model holds only the ordered ids of what matches (as Anki's browser does) and
asks for rows as they scroll into view, so a county of any size opens at once. Search,
filters and sorting all run in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, exists, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.domain.vocab import Status
from desktop.models import Asset, Region, Registration


@dataclass(frozen=True)
class AssetFilter:
    text: str = ""
    township_id: int | None = None
    village_id: int | None = None
    category: str | None = None
    nature: str | None = None
    status: str | None = None
    registered: bool | None = None  # None: both; True: 已确权; False: 待确权
    include_disposed: bool = False


@dataclass(frozen=True)
class AssetRow:
    id: int
    code: str
    name: str
    category: str
    nature: str
    township: str
    village: str
    capacity: Decimal | None
    capacity_unit: str
    original_value: Decimal
    project_year: int
    status: str
    operator: str
    registered: bool


@dataclass(frozen=True)
class SearchResult:
    ids: list[int]
    total_value: Decimal


_village = aliased(Region, name="village")
_township = aliased(Region, name="township")
_registered = exists().where(Registration.asset_id == Asset.id, Registration.is_current.is_(True))

SORT_KEYS: dict[str, ColumnElement[object]] = {
    "code": Asset.code, "name": Asset.name, "category": Asset.category, "nature": Asset.nature,
    "township": _township.code, "village": _village.code, "capacity": Asset.capacity,
    "original_value": Asset.original_value, "project_year": Asset.project_year,
    "status": Asset.status, "operator": Asset.operator, "registered": _registered,
}


def _filtered(q: Select, f: AssetFilter) -> Select:  # type: ignore[type-arg]
    q = q.join(_village, Asset.village_id == _village.id).join(_township, _village.parent_id == _township.id)
    q = q.where(Asset.deleted_at.is_(None))
    if not f.include_disposed and f.status != Status.DISPOSED:
        q = q.where(Asset.status != Status.DISPOSED)
    text = f.text.strip()
    if text:
        q = q.where(or_(Asset.name.icontains(text, autoescape=True),
                        Asset.code.icontains(text, autoescape=True),
                        Asset.operator.icontains(text, autoescape=True)))
    if f.village_id is not None:
        q = q.where(Asset.village_id == f.village_id)
    elif f.township_id is not None:
        q = q.where(_village.parent_id == f.township_id)
    for column, value in ((Asset.category, f.category), (Asset.nature, f.nature), (Asset.status, f.status)):
        if value:
            q = q.where(column == value)
    if f.registered is not None:
        q = q.where(_registered if f.registered else ~_registered)
    return q


def search(session: Session, f: AssetFilter, sort: str = "code", descending: bool = False) -> SearchResult:
    """Ids of matching assets in display order, and the total original value of them all."""
    key = SORT_KEYS.get(sort, Asset.code)
    order = [key.desc() if descending else key.asc(), Asset.id]
    rows = session.execute(_filtered(select(Asset.id, Asset.original_value), f).order_by(*order)).all()
    total = sum((r.original_value for r in rows), Decimal("0.00"))
    return SearchResult([r.id for r in rows], total)


def fetch_rows(session: Session, ids: Sequence[int]) -> dict[int, AssetRow]:
    """The display rows of ``ids`` (one page), keyed by id."""
    if not ids:
        return {}
    q = (select(Asset.id, Asset.code, Asset.name, Asset.category, Asset.nature,
                _township.name.label("township"), _village.name.label("village"), Asset.capacity,
                Asset.capacity_unit, Asset.original_value, Asset.project_year, Asset.status,
                Asset.operator, _registered.label("registered"))
         .join(_village, Asset.village_id == _village.id)
         .join(_township, _village.parent_id == _township.id)
         .where(Asset.id.in_(list(ids))))
    return {r.id: AssetRow(**r._asdict()) for r in session.execute(q)}

