"""What the asset documents print, read in one session and handed over as plain data.

The renderers (``reports.asset_docs``, ``reports.inspection_form``) take these objects and
no session, so a document can be built in a worker thread from data read before, and tested
without a database.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.inspections import (
    ACCEPTANCE_KINDS,
    CHECKLIST,
    PASSING_RESULTS,
    HandoverData,
    InspectionData,
    RectificationLine,
    TeamMember,
)
from desktop.domain.problems import Problem, ValidationError
from desktop.domain.vocab import Category, Nature, Status
from desktop.models import Asset, Region
from desktop.services import handovers, inspections, register
from desktop.services.assets import AssetDetail, get_asset
from desktop.services.register import AssetFilter, AssetRow

PAGE = 500  # register rows fetched per query


@dataclass(frozen=True)
class AssetSheet:
    """One asset with the names its documents show instead of ids."""

    detail: AssetDetail
    county: str
    township: str
    village: str
    village_names: dict[int, str] = field(default_factory=dict)  # beneficiary village id → "乡镇 村"


def find_asset_id(session: Session, code: str) -> int:
    asset_id = session.scalar(select(Asset.id).where(Asset.code == code.strip(), Asset.deleted_at.is_(None)))
    if asset_id is None:
        raise ValidationError([Problem("code", "资产编码不存在：{value}", {"value": code})])
    return asset_id


def asset_sheet(session: Session, asset_id: int) -> AssetSheet:
    detail = get_asset(session, asset_id)
    village_ids = {detail.data.village_id or 0} | {b.village_id for b in detail.data.beneficiaries}
    names = _place_names(session, village_ids)
    county, township, village = names.get(detail.data.village_id or 0, ("", "", ""))
    return AssetSheet(detail, county, township, village,
                      {vid: f"{t} {v}" for vid, (_c, t, v) in names.items()})


def _place_names(session: Session, village_ids: set[int]) -> dict[int, tuple[str, str, str]]:
    """(county, township, village) names of each village id."""
    out: dict[int, tuple[str, str, str]] = {}
    for vid in village_ids:
        village = session.get(Region, vid)
        if village is None:
            continue
        township = village.parent
        county = township.parent if township else None
        out[vid] = (county.name if county else "", township.name if township else "", village.name)
    return out


@dataclass(frozen=True)
class InspectionSheet:
    """Everything the 验收单 shows: the asset, the inspection, and the handover that followed
    a passed acceptance (None otherwise)."""

    inspection_id: int
    code: str
    name: str
    county: str
    township: str
    village: str
    category: str
    original_value: Decimal
    kind: str
    inspected_on: date | None
    result: str
    team: tuple[TeamMember, ...]
    third_party_firm: str
    report_no: str
    approved_content: str
    actual_content: str
    approved_quantity: Decimal | None
    actual_quantity: Decimal | None
    quantity_unit: str
    verified_investment: Decimal | None
    checklist: tuple[tuple[str, bool], ...]  # (item as printed, met)
    findings: str
    rectifications: tuple[RectificationLine, ...]
    handover: HandoverData | None


def inspection_sheet(session: Session, inspection_id: int) -> InspectionSheet:
    d = inspections.get_inspection(session, inspection_id).data
    asset = session.get(Asset, d.asset_id)
    assert asset is not None  # an inspection's asset is never deleted from the table
    county, township, village = _place_names(session, {asset.village_id or 0}).get(
        asset.village_id or 0, ("", "", ""))
    return InspectionSheet(
        inspection_id=inspection_id, code=asset.code, name=asset.name, county=county, township=township,
        village=village, category=asset.category, original_value=asset.original_value, kind=d.kind,
        inspected_on=d.inspected_on, result=d.result, team=tuple(d.team), third_party_firm=d.third_party_firm,
        report_no=d.report_no, approved_content=d.approved_content, actual_content=d.actual_content,
        approved_quantity=d.approved_quantity, actual_quantity=d.actual_quantity, quantity_unit=d.quantity_unit,
        verified_investment=d.verified_investment,
        checklist=tuple((label, bool(d.checks.get(fld))) for fld, label in CHECKLIST),
        findings=d.findings, rectifications=tuple(d.rectifications), handover=_handover_after(session, d))


def _handover_after(session: Session, d: InspectionData) -> HandoverData | None:
    """The first handover on or after a passed acceptance: the step that acceptance opened."""
    if d.asset_id is None or d.inspected_on is None or d.kind not in ACCEPTANCE_KINDS \
            or d.result not in PASSING_RESULTS:
        return None
    after = [h.data for h in handovers.handovers_of_asset(session, d.asset_id)
             if h.data.handed_on is not None and h.data.handed_on >= d.inspected_on]
    return after[0] if after else None


@dataclass(frozen=True)
class RegisterPrint:
    rows: list[AssetRow]
    total_value: Decimal
    filter_text: str


def register_rows(session: Session, f: AssetFilter, sort: str = "code", descending: bool = False) -> RegisterPrint:
    """Every asset the register shows for ``f``, in its order, fetched page by page."""
    result = register.search(session, f, sort, descending)
    rows: list[AssetRow] = []
    for chunk in _chunks(result.ids, PAGE):
        found = register.fetch_rows(session, chunk)
        rows += [found[i] for i in chunk if i in found]
    return RegisterPrint(rows, result.total_value, describe_filter(session, f))


def _chunks(ids: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def describe_filter(session: Session, f: AssetFilter) -> str:
    """The filter in words for the print-out's subtitle: "乡镇：城关镇；类别：光伏电站"."""
    parts: list[str] = []
    for label, region_id in (("乡镇", f.township_id), ("村", f.village_id)):
        region = session.get(Region, region_id) if region_id is not None else None
        if region is not None:
            parts.append(f"{label}：{region.name}")
    for label, enum, code in (("类别", Category, f.category), ("性质", Nature, f.nature), ("状态", Status, f.status)):
        if code:
            parts.append(f"{label}：{enum.label_of(code)}")
    if f.registered is not None:
        parts.append("已确权" if f.registered else "待确权")
    if f.text.strip():
        parts.append(f"搜索：{f.text.strip()}")
    if f.include_disposed:
        parts.append("含已处置")
    return "；".join(parts) or "全部在册资产"


def region_id(session: Session, name: str, level: str, parent_id: int | None = None) -> int:
    """The id of the township or village called ``name`` (within ``parent_id`` if given)."""
    q = select(Region.id).where(Region.name == name.strip(), Region.level == level)
    if parent_id is not None:
        q = q.where(Region.parent_id == parent_id)
    found = session.scalars(q).all()
    label = "乡镇" if level == "township" else "村"
    if not found:
        raise ValidationError([Problem(level, f"{label}不存在：{{value}}", {"value": name})])
    if len(found) > 1:
        raise ValidationError([Problem(level, f"有多个名为“{{value}}”的{label}，请同时指定乡镇", {"value": name})])
    return found[0]
