"""Realistic distribution inputs shared by the distribution tests.

The greenhouse village follows the seeds: an 8-greenhouse project of 2 M yuan earning
194,792.15 yuan net a year, divided among 151 households with 314 people.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop.domain.distribution import (
    DIFFERENTIATED,
    Amount,
    AwardsChannel,
    Household,
    HouseholdCategory,
    JobLine,
    JobsChannel,
    LabourCapacity,
    Member,
    MonitorKind,
    NamedAward,
    Period,
    PlanConfig,
    PlanInput,
    PointsLine,
    PoolLine,
    ReserveChannel,
    WorksChannel,
    WorksLine,
)

A, W, L, N = LabourCapacity.ABLE, LabourCapacity.WEAK, LabourCapacity.LOST, LabourCapacity.NONE

# (class name, how many households, members as (labour, disabled, chronic, student))
GREENHOUSE_MIX: tuple[tuple[str, int, tuple[tuple[LabourCapacity, bool, bool, bool], ...]], ...] = (
    ("独居老人", 40, ((N, False, False, False),)),
    ("老年夫妇", 30, ((W, False, False, False), (N, False, False, False))),
    ("残疾户", 20, ((L, True, False, False), (W, False, False, False))),
    ("有劳力带学生", 25, ((A, False, False, False), (W, False, False, False), (N, False, False, True))),
    ("劳力户", 20, ((A, False, False, False), (A, False, False, False))),
    ("重病户", 10, ((A, False, False, False), (L, True, True, False), (N, False, False, False))),
    ("大户", 5, ((A, False, False, False), (A, False, False, False), (W, False, False, False),
               (N, False, False, True), (N, False, False, False))),
    ("突发困难户", 1, ((A, True, False, False), (W, False, True, False), (N, False, False, True),
                   (N, False, False, False))),
)
GREENHOUSE_INCOME = Decimal("194792.15")
GREENHOUSE_MINIMUM = Decimal("300")
GREENHOUSE_CAP = Decimal("1000")


def greenhouse_households() -> tuple[Household, ...]:
    out = []
    n = 0
    for cls, count, members in GREENHOUSE_MIX:
        for _ in range(count):
            n += 1
            key = f"H{n:03d}"
            category, kind = HouseholdCategory.ALLEVIATED, None
            if cls == "突发困难户":
                category, kind = HouseholdCategory.MONITORED, MonitorKind.SUDDEN
            elif cls == "老年夫妇" and n % 10 == 0:
                category, kind = HouseholdCategory.MONITORED, MonitorKind.UNSTABLE
            out.append(Household(
                key, f"GH{n:03d}", f"户主{n:03d}", category, kind,
                tuple(Member(f"{key}-{i}", f"成员{n:03d}-{i}", lab, dis, ill, stu)
                      for i, (lab, dis, ill, stu) in enumerate(members, start=1)),
                policy_from=date(2016, 1, 1)))
    return tuple(out)


def greenhouse_plan() -> PlanInput:
    households = greenhouse_households()
    workers = [m for h in households for m in h.members if h.head.startswith("户主") and m.labour == A]
    able_only = [h for h in households if all(m.labour == A for m in h.members)]
    job_people = [h.members[0] for h in able_only]  # 20 劳力户: one member each on a post
    posts = ("保洁员", "护林员", "护路员", "水管员")
    jobs = tuple(JobLine(m.key, m.name, posts[i % 4], m.key.split("-")[0], Decimal("500"), 10)
                 for i, m in enumerate(job_people))
    assert len(workers) >= len(job_people) == 20
    config = DIFFERENTIATED.default_config()
    assert config.aid is not None
    config = PlanConfig(
        reserve=ReserveChannel(Amount.pool_percent("5")),
        jobs=JobsChannel(jobs),
        works=WorksChannel((WorksLine("村道路灯维修", Decimal("8000")), WorksLine("饮水管网维护", Decimal("6500")))),
        awards=AwardsChannel(
            named=(NamedAward("A1", "户主081", Decimal("500"), "美丽庭院示范户", "H081"),
                   NamedAward("A2", "户主082", Decimal("500"), "孝老爱亲示范户", "H082")),
            points_budget=Amount.fixed("5000"),
            points=tuple(PointsLine(h.key, h.head, Decimal(60 + 5 * (i % 7)), h.key)
                         for i, h in enumerate(able_only))),
        aid=replace(config.aid, minimum=GREENHOUSE_MINIMUM, cap=GREENHOUSE_CAP),
        rounding=config.rounding, remainder_to=config.remainder_to)
    return PlanInput("东沟村", Period.year(2024),
                     (PoolLine("蔬菜大棚（8座）", "GH-2019-01", GREENHOUSE_INCOME, Decimal("100")),),
                     households, config)
