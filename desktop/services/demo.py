"""A deterministic synthetic county for demonstrations, tests and benchmarks.

The same size and seed always give the same data. Figures follow the kind the seeds
report (a village PV station of a few hundred thousand yuan, an 8-greenhouse project of
about 2 M yuan; most assets registered, a few idle, a few disposed). Rows are written with
bulk inserts — the ``large`` county has thousands of assets — and the load is recorded as
one audit entry rather than one per generated row.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from desktop.domain.shares import even_split
from desktop.domain.vocab import (
    Category,
    DisposalMethod,
    FundingSource,
    Nature,
    OperationMode,
    OwnerKind,
    RegionLevel,
    RegistrationKind,
    Status,
)
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
from desktop.services import demo_households, demo_income, demo_inspections, demo_plans
from desktop.services import regions as region_service


@dataclass(frozen=True)
class DemoSize:
    townships: int
    villages: int
    assets: int


SIZES = {
    "small": DemoSize(townships=3, villages=12, assets=40),
    "county": DemoSize(townships=12, villages=180, assets=800),
    "large": DemoSize(townships=20, villages=500, assets=3000),
}

COUNTY_NAME = "和平县"
COUNTY_CODE = "419901000000"  # a code no real county uses
REFERENCE_DAY = date(2026, 6, 30)  # fixed so that the same seed gives the same data every year

_SYL = ("安", "白", "柏", "宝", "北", "长", "城", "大", "东", "丰", "凤", "福", "高", "古", "关", "广", "桂",
        "和", "河", "红", "洪", "虎", "花", "华", "黄", "回", "吉", "金", "锦", "井", "康", "柳", "龙", "芦",
        "马", "梅", "明", "南", "平", "清", "青", "泉", "沙", "山", "上", "石", "水", "松", "太", "桃", "田",
        "王", "西", "溪", "下", "新", "兴", "杏", "阳", "杨", "永", "榆", "玉", "枣", "张", "中", "竹", "庄")
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
_GIVEN = "国建明秀英华玉兰芳军平志强伟丽红春海文永庆德福贵荣成金凤桂兰淑珍秋云晓东"

# category → (weight, nature, unit, capacity range, yuan per unit range, name pattern)
_KINDS: dict[str, tuple[int, str, str, tuple[int, int], tuple[int, int], str]] = {
    Category.PV: (34, Nature.OPERATING, "kW", (60, 500), (3800, 7200), "{v}村{n}kW光伏电站"),
    Category.GREENHOUSE: (20, Nature.OPERATING, "座", (4, 16), (120000, 260000), "{v}村蔬菜大棚（{n}座）"),
    Category.WORKSHOP: (9, Nature.OPERATING, "m²", (300, 2000), (900, 1600), "{v}村扶贫车间"),
    Category.COLD_STORE: (8, Nature.OPERATING, "m²", (200, 1200), (1000, 2200), "{v}村果蔬冷库"),
    Category.FACTORY: (4, Nature.OPERATING, "m²", (800, 5000), (700, 1300), "{t}标准化厂房"),
    Category.FARM: (10, Nature.OPERATING, "头", (50, 600), (2500, 6000), "{v}村养殖场"),
    Category.EQUIPMENT: (7, Nature.OPERATING, "台/套", (2, 20), (30000, 120000), "{v}村入股设备"),
    Category.INFRASTRUCTURE: (8, Nature.PUBLIC, "km", (1, 12), (80000, 300000), "{v}村产业道路"),
}
_STATUS = ((Status.OPERATING, 80), (Status.IDLE, 8), (Status.BUILDING, 5), (Status.DAMAGED, 3),
           (Status.DISPOSED, 4))
_OPERATORS = ("{v}村股份经济合作社", "{t}{x}农业专业合作社", "和平县{x}新能源有限公司", "{t}{x}农牧有限公司",
              "{x}食品加工有限公司")


def _pick(rng: random.Random, weighted: Any) -> Any:
    items = list(weighted)
    return rng.choices([i[0] for i in items], weights=[i[1] for i in items])[0]


class _Names:
    """Unique place names from two syllables."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.used = rng, set()

    def place(self, suffix: str) -> str:
        while True:
            name = self.rng.choice(_SYL) + self.rng.choice(_SYL)
            if name[0] != name[1] and name not in self.used:
                self.used.add(name)
                return name + suffix

    def person(self) -> str:
        return self.rng.choice(_SURNAMES) + "".join(self.rng.choices(_GIVEN, k=self.rng.choice((1, 2))))


def _split_fen(rng: random.Random, total_fen: int, parts: int) -> list[int]:
    """Split an amount into ``parts`` positive whole-hundred-yuan pieces summing exactly."""
    if parts == 1:
        return [total_fen]
    cuts = sorted(rng.sample(range(1, total_fen // 10000), parts - 1))
    bounds = [0, *(c * 10000 for c in cuts), total_fen]
    return [b - a for a, b in zip(bounds, bounds[1:], strict=False)]


def generate(session: Session, size: str = "small", seed: int = 1,
             progress: Callable[[int, int], bool] | None = None) -> dict[str, int]:
    """Fill an empty database; returns the counts written. ``progress(done, total)`` may
    return False to cancel (the caller's transaction then rolls back)."""
    if size not in SIZES:
        raise ValueError(f"未知规模：{size}（可选 {', '.join(SIZES)}）")
    if not region_service.is_empty(session):
        raise ValueError("数据库中已有数据，演示数据只能载入空数据库")
    spec, rng = SIZES[size], random.Random(seed)
    names = _Names(rng)
    now = utcnow()
    regions, townships, villages = _regions(spec, names, now)
    session.execute(insert(Region), regions)
    rows = _assets(spec, rng, names, townships, villages, now, progress)
    for model, key in ((Asset, "assets"), (AssetFunding, "funding"), (AssetBeneficiary, "beneficiaries"),
                       (Registration, "registrations"), (RegistrationOwner, "owners"), (Disposal, "disposals")):
        if rows[key]:
            session.execute(insert(model), rows[key])
    if session.get_bind().dialect.name == "postgresql":
        # The rows above carry explicit ids, which PostgreSQL's sequences do not see: move them
        # past the ids used, or the next region, asset or registration added collides.
        for table in ("regions", "assets", "registrations"):
            session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"(SELECT max(id) FROM {table}))"))
    counts = {"townships": len(townships), "villages": len(villages),
              **{k: len(v) for k, v in rows.items()}}
    counts.update(demo_inspections.generate(session, seed, now))  # acceptance, rectification, handover
    counts["income_records"] = demo_income.generate_income(session, rows, seed, now)
    counts.update(demo_households.generate(session, size, seed, villages, now))
    counts.update(demo_plans.generate(session))
    session.execute(insert(AuditEntry), [{
        "at": now, "operator": session.info.get("operator") or "演示数据", "action": "create",
        "entity": "demo", "entity_id": 0, "asset_id": None, "before": None,
        "after": json.dumps({"size": size, "seed": seed, **counts}, ensure_ascii=False)}])
    return counts


def _regions(spec: DemoSize, names: _Names, now: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                                               list[dict[str, Any]]]:
    stamp = {"created_at": now, "updated_at": now}
    county = {"id": 1, "parent_id": None, "level": RegionLevel.COUNTY, "name": COUNTY_NAME,
              "code": COUNTY_CODE, **stamp}
    townships, villages = [], []
    per_town = [spec.villages // spec.townships + (1 if i < spec.villages % spec.townships else 0)
                for i in range(spec.townships)]
    next_id = 2
    for t in range(spec.townships):
        suffix = "镇" if t % 3 else "乡"
        town = {"id": next_id, "parent_id": 1, "level": RegionLevel.TOWNSHIP, "name": names.place(suffix),
                "code": f"{COUNTY_CODE[:6]}{t + 1:03d}000", **stamp}
        townships.append(town)
        next_id += 1
        for v in range(per_town[t]):
            villages.append({"id": next_id, "parent_id": town["id"], "level": RegionLevel.VILLAGE,
                             "name": names.place("村"), "code": f"{town['code'][:9]}{v + 1:03d}", **stamp})
            next_id += 1
    return [county, *townships, *villages], townships, villages


def _assets(spec: DemoSize, rng: random.Random, names: _Names, townships: list[dict[str, Any]],
            villages: list[dict[str, Any]], now: Any,
            progress: Callable[[int, int], bool] | None) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in (
        "assets", "funding", "beneficiaries", "registrations", "owners", "disposals")}
    town_of = {t["id"]: t for t in townships}
    by_town: dict[int, list[dict[str, Any]]] = {}
    for v in villages:
        by_town.setdefault(v["parent_id"], []).append(v)
    stamp = {"created_at": now, "updated_at": now}
    taken: set[str] = set()
    for i in range(spec.assets):
        if progress and i % 200 == 0 and progress(i, spec.assets) is False:
            raise InterruptedError("已取消")
        village = villages[i % len(villages)] if i < len(villages) else rng.choice(villages)
        town = town_of[village["parent_id"]]
        category = _pick(rng, ((k, v[0]) for k, v in _KINDS.items()))
        _, nature, unit, (lo, hi), (plo, phi), pattern = _KINDS[category]
        n = rng.randint(lo, hi)
        value_fen = n * rng.randint(plo, phi) // 100 * 10000  # whole hundreds of yuan
        if category == Category.GREENHOUSE and rng.random() < 0.08:
            nature = Nature.HOUSEHOLD
        year = rng.randint(2014, 2024)
        completion = date(year, rng.randint(3, 12), rng.randint(1, 28))
        status = _pick(rng, _STATUS)
        if status == Status.BUILDING and year < 2023:  # nothing stays under construction for years
            status = Status.OPERATING
        if year == 2024 and status == Status.OPERATING and rng.random() < 0.5:
            status = Status.BUILDING
        asset_id = i + 1
        mode, operator, c_start, c_end, rent = _operation(rng, nature, category, village, town, completion,
                                                          value_fen, names)
        out["assets"].append({
            "id": asset_id, "code": f"HP{year}{asset_id:05d}",
            "name": _unique_name(pattern.format(v=village["name"].removesuffix("村"), t=town["name"], n=n), taken),
            "category": category, "nature": nature, "village_id": village["id"],
            "capacity": Decimal(n), "capacity_unit": unit, "original_value": Decimal(value_fen) / 100,
            "project_year": year, "completion_date": None if status == Status.BUILDING else completion,
            "status": status, "operation_mode": mode, "operator": operator, "contract_start": c_start,
            "contract_end": c_end, "agreed_return": rent, "custodian": f"{village['name']}村民委员会",
            "responsible_person": names.person(), "notes": "", "deleted_at": None, "deleted_reason": None,
            **stamp})
        _funding(rng, out, asset_id, value_fen, year)
        shares = _beneficiaries(rng, out, asset_id, nature, village, by_town[town["id"]])
        if status != Status.BUILDING and rng.random() < 0.85:
            _registration(rng, out, asset_id, completion, shares, villages, stamp)
        if status == Status.DISPOSED:
            _disposal(rng, out, asset_id, completion, value_fen, stamp)
    return out


_PHASES = ("二期", "三期", "四期", "五期", "六期", "七期", "八期", "九期")


def _unique_name(name: str, taken: set[str]) -> str:
    """A second asset of the same kind in a village is its 二期, 三期, …"""
    candidate, phases = name, iter(_PHASES)
    while candidate in taken:
        candidate = f"{name}（{next(phases, str(len(taken)))}）"
    taken.add(candidate)
    return candidate


def _operation(rng: random.Random, nature: str, category: str, village: dict[str, Any], town: dict[str, Any],
               completion: date, value_fen: int, names: _Names) -> tuple[Any, str, Any, Any, Any]:
    if nature != Nature.OPERATING:
        return None, "", None, None, None
    mode = _pick(rng, ((OperationMode.LEASE, 45), (OperationMode.EQUITY, 20), (OperationMode.ENTRUSTED, 15),
                       (OperationMode.SELF, 20)))
    if category == Category.PV:
        mode = OperationMode.SELF if rng.random() < 0.7 else OperationMode.ENTRUSTED
    operator = rng.choice(_OPERATORS).format(v=village["name"].removesuffix("村"),
                                             t=town["name"][:-1], x=names.place("")[:2])
    if mode == OperationMode.SELF:
        return mode, f"{village['name']}股份经济合作社", None, None, None
    start = completion + timedelta(days=rng.randint(10, 90))
    years = rng.choice((3, 5, 5, 8, 10))
    end = date(start.year + years, start.month, min(start.day, 28)) - timedelta(days=1)
    while end < REFERENCE_DAY and rng.random() < 0.93:  # most contracts are renewed on expiry
        end = date(end.year + years, end.month, min(end.day, 28))
    rate = Decimal(rng.randint(40, 110)) / 1000  # 4 % – 11 % of the value a year
    rent = (Decimal(value_fen) / 100 * rate).quantize(Decimal("1"))  # whole yuan, as contracts say
    return mode, operator, start, end, Decimal(rent).quantize(Decimal("0.01"))


def _funding(rng: random.Random, out: dict[str, list[dict[str, Any]]], asset_id: int, value_fen: int,
             year: int) -> None:
    first = FundingSource.SPECIAL if year < 2021 else FundingSource.LINKAGE
    others = [FundingSource.INTEGRATED, FundingSource.SOCIAL, FundingSource.VILLAGE]
    parts = 1 if value_fen < 30_000_00 else rng.choice((1, 1, 2, 3))
    sources = [first, *rng.sample(others, parts - 1)]
    for source, fen in zip(sources, _split_fen(rng, value_fen, parts), strict=True):
        out["funding"].append({"asset_id": asset_id, "source": source, "amount": Decimal(fen) / 100})


def _beneficiaries(rng: random.Random, out: dict[str, list[dict[str, Any]]], asset_id: int, nature: str,
                   village: dict[str, Any], town_villages: list[dict[str, Any]]) -> list[tuple[int, Decimal]]:
    if nature != Nature.OPERATING:
        return [(village["id"], Decimal("100.00"))]
    others = [v for v in town_villages if v["id"] != village["id"]]
    extra = rng.sample(others, min(len(others), rng.choice((0, 0, 0, 1, 2, 3))))
    members = [village, *extra]
    shares = even_split(len(members)) if rng.random() < 0.6 or len(members) == 1 else _uneven(rng, len(members))
    pairs = [(v["id"], s) for v, s in zip(members, shares, strict=True)]
    out["beneficiaries"].extend({"asset_id": asset_id, "village_id": vid, "share": s} for vid, s in pairs)
    return pairs


def _uneven(rng: random.Random, n: int) -> list[Decimal]:
    first = rng.choice((40, 50, 60))
    return [Decimal(first).quantize(Decimal("0.01")), *even_split(n - 1, Decimal(100 - first))]


def _registration(rng: random.Random, out: dict[str, list[dict[str, Any]]], asset_id: int, completion: date,
                  shares: list[tuple[int, Decimal]], villages: list[dict[str, Any]], stamp: dict[str, Any]) -> None:
    name_of = {v["id"]: v["name"] for v in villages}
    reg_id = len(out["registrations"]) + 1
    on = min(completion + timedelta(days=rng.randint(60, 400)), REFERENCE_DAY)
    out["registrations"].append({
        "id": reg_id, "asset_id": asset_id, "kind": RegistrationKind.INITIAL,
        "certificate_no": f"和平确字〔{on.year}〕第{reg_id:04d}号", "registered_on": on,
        "registering_body": "和平县农业农村局", "approval": "", "reason": "", "is_current": True, **stamp})
    for vid, share in shares:
        out["owners"].append({"registration_id": reg_id, "name": f"{name_of[vid]}股份经济合作社",
                              "kind": OwnerKind.VILLAGE_COLLECTIVE, "share": share})


def _disposal(rng: random.Random, out: dict[str, list[dict[str, Any]]], asset_id: int, completion: date,
              value_fen: int, stamp: dict[str, Any]) -> None:
    method = rng.choice(list(DisposalMethod))
    disposed = min(completion + timedelta(days=rng.randint(900, 2400)), REFERENCE_DAY)
    proceeds = Decimal(value_fen * rng.randint(0, 30) // 100 // 100) if method in (
        DisposalMethod.AUCTION, DisposalMethod.TRANSFER) else Decimal(0)
    out["disposals"].append({
        "asset_id": asset_id, "method": method, "resolution_date": disposed - timedelta(days=60),
        "township_review_date": disposed - timedelta(days=40), "county_approval_date": disposed - timedelta(days=20),
        "approval_doc": f"和农资处〔{disposed.year}〕{asset_id % 97 + 1}号", "disposed_on": disposed,
        "proceeds": proceeds.quantize(Decimal("0.01")), "reason": rng.choice(
            ("自然灾害损毁", "设备老化报废", "规划调整", "收益低下", "入股协议到期")),
        "previous_status": Status.OPERATING, **stamp})
