"""Demo acceptance inspections, rectifications and handovers for the synthetic county.

Called by ``demo.generate`` once the assets exist. Deterministic from the seed (its own
random stream, so the assets stay as they were), written with bulk inserts. The mix gives
every warning something to show: operating assets never accepted, a failed acceptance
never re-checked, open rectifications past their deadline, accepted assets not handed over.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, insert, select, text
from sqlalchemy.orm import Session

from desktop.domain.inspections import CHECKLIST, InspectionKind, InspectionResult
from desktop.domain.vocab import Status
from desktop.models import (
    Asset,
    Handover,
    HandoverLine,
    Inspection,
    InspectionMember,
    Rectification,
    Region,
    Registration,
)

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
_GIVEN = "国建明秀英华玉兰芳军平志强伟丽红春海文永庆德福贵荣成金凤桂淑珍秋云晓东"
_COUNTY_UNITS = ("和平县农业农村局", "和平县乡村振兴局", "和平县财政局", "和平县发展和改革委员会")
_FIRMS = (("和平县正信工程咨询有限公司", "正信"), ("中原华审会计师事务所", "华审"),
          ("豫东工程质量检测有限公司", "豫东检"), ("金诚项目管理有限公司", "金诚"))
_FINDINGS = ("部分棚膜破损，排水沟淤堵", "项目公示牌未设立", "资金报账凭证不全，缺少验收签字",
             "实际建设规模小于批复规模", "受益户名单未在村务公开栏公示", "设备运行记录缺失",
             "围栏局部损坏，存在安全隐患", "光伏组件表面积尘严重，发电效率偏低")
_REQUIREMENTS = ("修复破损部位并清理排水沟", "设立项目公示牌并拍照留存", "补齐资金报账凭证和验收签字",
                 "按批复规模补建或办理变更手续", "在村务公开栏公示受益户名单", "建立设备运行和维护台账",
                 "修复围栏并设置警示标识", "清洗光伏组件并制定定期清洗计划")
REFERENCE_DAY = date(2026, 6, 30)  # the demo county's "today", as in demo.py


def _people(rng: random.Random, n: int) -> list[str]:
    seen: list[str] = []
    while len(seen) < n:
        name = rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.choice((1, 2))))
        if name not in seen:
            seen.append(name)
    return seen


class _Gen:
    def __init__(self, seed: int, now: Any) -> None:
        self.rng = random.Random(seed * 7919 + 7)
        self.stamp = {"created_at": now, "updated_at": now}
        self.county_staff = [(p, self.rng.choice(_COUNTY_UNITS)) for p in _people(self.rng, 16)]
        self.township_staff: dict[str, list[str]] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {k: [] for k in (
            "inspections", "members", "rectifications", "handovers", "items")}

    def _town_people(self, town: str) -> list[str]:
        if town not in self.township_staff:
            self.township_staff[town] = _people(self.rng, 4)
        return self.township_staff[town]

    def _team(self, iid: int, kind: str, town: str, firm: str) -> None:
        rng = self.rng
        if kind == InspectionKind.PRELIMINARY:
            lead = rng.choice(self._town_people(town))
            members = [(lead, f"{town}人民政府", "组长")]
            members += [(p, f"{town}人民政府", "成员") for p in rng.sample(self._town_people(town), 2) if p != lead]
        else:
            chosen = rng.sample(self.county_staff, 3)
            members = [(chosen[0][0], chosen[0][1], "组长"), *((p, u, "成员") for p, u in chosen[1:])]
            members.append((rng.choice(self._town_people(town)), f"{town}人民政府", "成员"))
            if firm:
                members.append((_people(rng, 1)[0], firm, "技术专家"))
        for name, unit, role in members:
            self.rows["members"].append({"inspection_id": iid, "name": name, "unit": unit, "role": role})

    def inspection(self, a: Any, kind: str, on: date, result: str, *, rectify: int = 0,
                   open_after: bool = False) -> int:
        rng = self.rng
        iid = len(self.rows["inspections"]) + 1
        firm, report = "", ""
        if kind == InspectionKind.THIRD_PARTY:
            firm, short = rng.choice(_FIRMS)
            report = f"{short}验字〔{on.year}〕{iid:03d}号"
        ok = result == InspectionResult.PASSED
        checks = {f: ok or rng.random() < 0.6 for f, _ in CHECKLIST}
        unit = a.capacity_unit
        actual = a.capacity
        if a.capacity is not None and not ok and rng.random() < 0.3:
            actual = (a.capacity * Decimal("0.9")).quantize(Decimal("0.001"))
        invest = a.original_value if ok else (a.original_value * Decimal(rng.randint(94, 100)) / 100).quantize(
            Decimal("0.01"))
        picks = rng.sample(range(len(_FINDINGS)), max(rectify, 1))
        self.rows["inspections"].append({
            "id": iid, "asset_id": a.id, "kind": kind, "inspected_on": on, "result": result,
            "third_party_firm": firm, "report_no": report,
            "approved_content": f"建设{a.name}，规模 {a.capacity.normalize():f} {unit}" if a.capacity else a.name,
            "actual_content": f"已建成{a.name}" + ("，部分未完成" if actual != a.capacity else ""),
            "approved_quantity": a.capacity, "actual_quantity": actual, "quantity_unit": unit,
            "verified_investment": invest if kind != InspectionKind.ANNUAL else None,
            **checks, "findings": "" if ok and not rectify else "；".join(_FINDINGS[i] for i in picks),
            **self.stamp})
        self._team(iid, kind, a.township, firm)
        for i in picks[:rectify]:
            deadline = on + timedelta(days=rng.choice((15, 30, 30, 45, 60, 90)))
            done = None
            if not open_after or deadline > REFERENCE_DAY:
                done = deadline - timedelta(days=rng.randint(-20, 10))
                done = min(max(done, on + timedelta(days=3)), REFERENCE_DAY)
            self.rows["rectifications"].append({
                "inspection_id": iid, "requirement": _REQUIREMENTS[i], "responsible": a.responsible_person,
                "deadline": deadline, "done_on": done if done and done <= REFERENCE_DAY else None,
                "confirmed_by": rng.choice(self.county_staff)[0] if done else "", **self.stamp})
        return iid

    def handover(self, a: Any, on: date) -> None:
        hid = len(self.rows["handovers"]) + 1
        to = a.operator or f"{a.village}股份经济合作社"
        self.rows["handovers"].append({"id": hid, "asset_id": a.id, "handed_on": on,
                                       "from_party": f"{a.township}人民政府（项目实施单位）", "to_party": to,
                                       "notes": "", **self.stamp})
        self.rows["items"].append({"handover_id": hid, "description": a.name, "quantity": a.capacity,
                                   "unit": a.capacity_unit})
        self.rows["items"].append({"handover_id": hid, "description": "竣工图纸、验收资料及设备说明书",
                                   "quantity": Decimal(1), "unit": "套"})

    def asset(self, a: Any) -> None:
        rng = self.rng
        if a.status == Status.BUILDING or a.completion_date is None:
            if rng.random() < 0.3:
                on = REFERENCE_DAY - timedelta(days=rng.randint(5, 60))
                self.inspection(a, InspectionKind.PRELIMINARY, on, InspectionResult.PASSED)
            return
        c = a.completion_date
        if rng.random() < 0.05:
            return  # never accepted: a NO_ACCEPTANCE warning
        if rng.random() < 0.3:
            self.inspection(a, InspectionKind.PRELIMINARY, min(c + timedelta(days=rng.randint(2, 8)),
                                                               REFERENCE_DAY), InspectionResult.PASSED)
        on = min(c + timedelta(days=rng.randint(10, 40)), REFERENCE_DAY)
        kind = InspectionKind.THIRD_PARTY if rng.random() < 0.25 else InspectionKind.COMPLETION
        roll = rng.random()
        accepted_on: date | None = on
        if roll < 0.8:
            self.inspection(a, kind, on, InspectionResult.PASSED)
        elif roll < 0.92:
            self.inspection(a, kind, on, InspectionResult.BASICALLY, rectify=rng.randint(1, 2))
        else:
            self.inspection(a, kind, on, InspectionResult.FAILED, rectify=2,
                            open_after=on.year >= 2025 and rng.random() < 0.5)
            again = on + timedelta(days=rng.randint(60, 120))
            if rng.random() < 0.8 and again <= REFERENCE_DAY:
                self.inspection(a, InspectionKind.RECHECK, again, InspectionResult.PASSED)
                accepted_on = again
            else:
                accepted_on = None
        # Registration follows handover: a registered asset was handed over (a few never were).
        if accepted_on is not None and rng.random() < (0.97 if a.registered else 0.5):
            self.handover(a, min(accepted_on + timedelta(days=rng.randint(5, 30)), REFERENCE_DAY))
        for year in range(c.year + 1, REFERENCE_DAY.year + 1):
            if rng.random() < 0.3:
                day = date(year, rng.randint(3, 11), rng.randint(1, 28))
                if day <= REFERENCE_DAY:
                    n = 1 if rng.random() < 0.25 else 0
                    self.inspection(a, InspectionKind.ANNUAL, day, InspectionResult.PASSED if not n
                                    else InspectionResult.BASICALLY, rectify=n, open_after=year >= 2025)


def generate(session: Session, seed: int, now: Any) -> dict[str, int]:
    """Add inspections for every asset already in the database; returns the counts written."""
    village, township = Region.__table__.alias("v"), Region.__table__.alias("t")
    q = (select(Asset.id, Asset.name, Asset.status, Asset.completion_date, Asset.capacity, Asset.capacity_unit,
                Asset.original_value, Asset.operator, Asset.responsible_person,
                village.c.name.label("village"), township.c.name.label("township"),
                exists().where(Registration.asset_id == Asset.id).label("registered"))
         .join(village, Asset.village_id == village.c.id).join(township, village.c.parent_id == township.c.id)
         .order_by(Asset.id))
    gen = _Gen(seed, now)
    for a in session.execute(q):
        gen.asset(a)
    for model, key in ((Inspection, "inspections"), (InspectionMember, "members"),
                       (Rectification, "rectifications"), (Handover, "handovers"), (HandoverLine, "items")):
        if gen.rows[key]:
            session.execute(insert(model), gen.rows[key])
    if session.get_bind().dialect.name == "postgresql":
        for table in ("inspections", "handovers"):
            session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"GREATEST((SELECT max(id) FROM {table}), 1))"))
    return {"inspections": len(gen.rows["inspections"]), "rectifications": len(gen.rows["rectifications"]),
            "handovers": len(gen.rows["handovers"])}
