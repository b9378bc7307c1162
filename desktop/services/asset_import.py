"""Importing a parsed asset register: villages resolved, matched by asset code, saved whole.

Assets are few (a county has thousands, not hundreds of thousands), so each is saved
through ``services.assets.save_asset`` — the same validation and audit trail as the editor —
inside the caller's single transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.assets import AssetData, BeneficiaryLine
from desktop.domain.problems import ValidationError
from desktop.domain.shares import even_split
from desktop.domain.vocab import Nature
from desktop.io.asset_import import ParsedAsset, ParsedAssets
from desktop.models import Asset, AuditEntry, Registration
from desktop.models.base import utcnow
from desktop.services import assets as asset_service
from desktop.services.assets import _to_data  # noqa: PLC2701 - the one mapping from row to AssetData
from desktop.services.household_import import chunks
from desktop.services.region_import import RegionResolver

_COMPARED = ("name", "category", "nature", "village_id", "capacity", "capacity_unit", "original_value",
             "project_year", "completion_date", "status", "operation_mode", "operator", "contract_start",
             "contract_end", "agreed_return", "custodian", "responsible_person", "notes")
_NAMES = {"name": "资产名称", "category": "类别", "nature": "性质", "village_id": "所在村", "capacity": "规模",
          "capacity_unit": "单位", "original_value": "原值", "project_year": "项目年度", "completion_date": "竣工日期",
          "status": "状态", "operation_mode": "经营方式", "operator": "经营主体", "contract_start": "合同起始日期",
          "contract_end": "合同截止日期", "agreed_return": "约定年收益", "custodian": "管护主体",
          "responsible_person": "管护责任人", "notes": "备注"}


@dataclass
class PlannedAsset:
    parsed: ParsedAsset
    existing: AssetData | None = None
    registered: bool = False
    changes: list[str] = field(default_factory=list)


@dataclass
class AssetPlan:
    parsed: ParsedAssets
    assets: list[PlannedAsset] = field(default_factory=list)
    new_regions: list[str] = field(default_factory=list)
    resolver: RegionResolver | None = None

    @property
    def problems(self) -> list[Any]:
        return self.parsed.problems

    def summary(self) -> dict[str, Any]:
        def n(status: str) -> int:
            return sum(1 for a in self.assets if _status(a) == status)
        return {"assets": len(self.assets), "new": n("new"), "changed": n("changed"), "unchanged": n("unchanged"),
                "regions_created": self.new_regions,
                "changes": {a.parsed.data.code: a.changes for a in self.assets if a.existing and a.changes},
                "errors": [p.as_dict() for p in self.problems]}


def _status(a: PlannedAsset) -> str:
    return "new" if a.existing is None else "changed" if a.changes else "unchanged"


def plan(session: Session, parsed: ParsedAssets) -> AssetPlan:
    result = AssetPlan(parsed)
    if parsed.header.missing:
        return result
    resolver = RegionResolver(session, parsed.county)
    result.resolver = resolver
    existing: dict[str, Asset] = {}
    for part in chunks([a.data.code for a in parsed.assets]):
        for asset in session.scalars(select(Asset).where(Asset.code.in_(part)).options(
                selectinload(Asset.funding), selectinload(Asset.beneficiaries))):
            existing[asset.code] = asset
    registered = set(session.scalars(select(Registration.asset_id).where(Registration.is_current.is_(True))))
    for a in parsed.assets:
        problem = resolver.check(a.township, a.village, "township" in parsed.header.columns)
        if problem:
            parsed.problem(a.row, "village", a.village, problem)
            a.ok = False
        old = existing.get(a.data.code)
        planned = PlannedAsset(a, _to_data(old) if old else None, old is not None and old.id in registered)
        result.assets.append(planned)
    result.new_regions = resolver.created_names()
    for p in result.assets:
        _resolve(parsed, resolver, p)
        if p.existing is not None:
            p.changes = _changes(resolver, p.existing, p.parsed.data)
    return result


def _resolve(parsed: ParsedAssets, resolver: RegionResolver, p: PlannedAsset) -> None:
    """Village ids where known (new villages get theirs at commit), and the beneficiary lines."""
    a = p.parsed
    a.data.village_id = resolver.village_id(a.township, a.village) or 0
    if a.beneficiaries is None:
        if p.existing is not None:
            a.data.beneficiaries = p.existing.beneficiaries
        return
    lines = []
    shares = [s for _, s in a.beneficiaries]
    if shares and all(s is None for s in shares):
        shares = list(even_split(len(shares)))
    for (name, _), share in zip(a.beneficiaries, shares, strict=True):
        vid = resolver.village_id(a.township, name) or resolver.village_id("", name)
        if vid is None:
            parsed.problem(a.row, "beneficiaries", name, f"受益村“{name}”不存在")
            a.ok = False
            continue
        lines.append(BeneficiaryLine(vid, share if share is not None else Decimal(0)))
    a.data.beneficiaries = lines


def _changes(resolver: RegionResolver, old: AssetData, new: AssetData) -> list[str]:
    out = []
    for key in _COMPARED:
        a, b = getattr(old, key), getattr(new, key)
        if key == "village_id" and not b:
            continue  # a village to be created: reported with the regions
        if a != b and not (a in (None, "") and b in (None, "")):
            if key == "village_id":
                a, b = resolver.name_of(a), resolver.name_of(b)
            before, after = (a if a not in (None, "") else "（空）"), (b if b not in (None, "") else "（空）")
            out.append(f"{_NAMES[key]}：{before} → {after}")
    if sorted((f.source, f.amount) for f in old.funding) != sorted((f.source, f.amount) for f in new.funding):
        out.append("资金来源已变")
    if sorted((b.village_id, b.share) for b in old.beneficiaries) != \
            sorted((b.village_id, b.share) for b in new.beneficiaries):
        out.append("受益村已变")
    return out


def commit(session: Session, result: AssetPlan, *, file_name: str = "",
           progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    if result.problems:
        raise ValueError(f"导入文件有 {len(result.problems)} 处问题，未保存任何数据")
    assert result.resolver is not None
    result.resolver.create_missing()
    for i, p in enumerate(result.assets):
        if progress and i % 100 == 0:
            progress(i, len(result.assets))
        if p.existing is not None and not p.changes:
            continue
        a = p.parsed
        data = a.data
        data.village_id = result.resolver.village_id(a.township, a.village)
        if not data.beneficiaries and data.nature == Nature.OPERATING and data.village_id:
            data.beneficiaries = [BeneficiaryLine(data.village_id, Decimal(100))]
        data.id = p.existing.id if p.existing else None
        registration = a.registration if not p.registered else None
        try:
            asset_service.save_asset(session, data, registration)
        except ValidationError as exc:
            raise ValueError(f"第 {a.row} 行（{data.code}）：{exc}") from None
    summary = result.summary()
    del summary["errors"]
    session.execute(insert(AuditEntry), [{
        "at": utcnow(), "operator": session.info.get("operator") or "导入", "action": "create", "entity": "import",
        "entity_id": 0, "asset_id": None, "before": None,
        "after": json.dumps({"file": file_name, "kind": "assets", **summary}, ensure_ascii=False)}])
    return summary
