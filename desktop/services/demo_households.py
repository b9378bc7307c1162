"""Demo households and members for the synthetic county: valid ID numbers, plausible families.

Deterministic (its own random stream, so assets stay as they were) and written with Core
bulk inserts carrying explicit ids: the ``large`` county's 50,000 households and ~150,000
people load in seconds.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.domain import idcard
from desktop.domain.households import HouseholdCategory, LabourCapacity, MonitorKind, Relation
from desktop.models import Household, Member, PolicyPeriodRow
from desktop.services.bulk import insert_rows

PER_VILLAGE = {"small": 10, "county": 40, "large": 100}
REFERENCE_DAY = date(2026, 6, 30)
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
_GIVEN_M = "国建明华军平志强伟春海文永庆德福贵荣成金东军刚勇杰涛斌"
_GIVEN_F = "秀英玉兰芳丽红春凤桂淑珍秋云晓霞梅娟燕萍静"
_BANKS = ("和平县农村信用合作联社", "中国邮政储蓄银行和平县支行", "中国农业银行和平县支行")


class _People:
    def __init__(self, rng: random.Random, region: str) -> None:
        self.rng, self.region, self.used = rng, region, set[str]()

    def id_number(self, born: date, male: bool) -> str:
        while True:
            seq = self.rng.randrange(0, 999) // 2 * 2 + (1 if male else 0)
            first17 = f"{self.region}{born:%Y%m%d}{seq:03d}"
            number = first17 + idcard.check_digit(first17)
            if number not in self.used:
                self.used.add(number)
                return number

    def name(self, surname: str, male: bool) -> str:
        given = _GIVEN_M if male else _GIVEN_F
        return surname + "".join(self.rng.choices(given, k=self.rng.choice((1, 2, 2))))

    def born(self, age_lo: int, age_hi: int) -> date:
        return REFERENCE_DAY - timedelta(days=self.rng.randint(age_lo * 365, age_hi * 365 + 364))


def _labour(rng: random.Random, born: date) -> str:
    age = (REFERENCE_DAY - born).days // 365
    if age < 16:
        return LabourCapacity.NONE
    if age >= 70:
        return rng.choice((LabourCapacity.LOST, LabourCapacity.NONE, LabourCapacity.WEAK))
    roll = rng.random()
    if age >= 60:
        return LabourCapacity.WEAK if roll < 0.6 else LabourCapacity.ABLE
    return LabourCapacity.ABLE if roll < 0.85 else LabourCapacity.WEAK if roll < 0.95 else LabourCapacity.LOST


def _family(p: _People, rng: random.Random) -> list[tuple[str, date, bool]]:
    """(relation, birth date, male) of each member, head first."""
    head_male = rng.random() < 0.85
    head_born = p.born(28, 82)
    people = [(Relation.HEAD.value, head_born, head_male)]
    head_age = (REFERENCE_DAY - head_born).days // 365
    if rng.random() < 0.75:
        people.append((Relation.SPOUSE.value, head_born + timedelta(days=rng.randint(-1500, 1500)), not head_male))
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3)) if head_age < 65 else rng.choice((0, 0, 1))):
        male = rng.random() < 0.5
        born = head_born + timedelta(days=rng.randint(20 * 365, min(40, max(21, head_age - 1)) * 365))
        if born >= REFERENCE_DAY:
            continue
        people.append((Relation.SON.value if male else Relation.DAUGHTER.value, born, male))
    if head_age < 50 and rng.random() < 0.2:
        people.append((Relation.MOTHER.value, head_born - timedelta(days=rng.randint(20 * 365, 35 * 365)), False))
    return people


def generate(session: Session, size: str, seed: int, villages: list[dict[str, Any]], now: Any) -> dict[str, int]:
    """Insert the demo households of ``villages``; returns the counts."""
    rng = random.Random(seed * 7919 + 4)
    per_village = PER_VILLAGE[size]
    households: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    periods: list[dict[str, Any]] = []
    stamp = {"created_at": now, "updated_at": now}
    p = _People(rng, villages[0]["code"][:6] if villages else "419901")  # born in the county
    for v in villages:
        for n in range(per_village):
            hid = len(households) + 1
            surname = rng.choice(_SURNAMES)
            family = _family(p, rng)
            for pos, (relation, born, male) in enumerate(family):
                number = p.id_number(born, male)
                age = (REFERENCE_DAY - born).days // 365
                members.append({
                    "id": len(members) + 1, "household_id": hid, "position": pos,
                    "name": p.name(surname if relation != Relation.SPOUSE and relation != Relation.MOTHER
                                   else rng.choice(_SURNAMES), male),
                    "id_number": number, "id_tail": number[-4:], "relation": relation,
                    "sex": "male" if male else "female", "birth_date": born, "labour": _labour(rng, born),
                    "disabled": rng.random() < 0.05, "chronic_illness": rng.random() < (0.25 if age > 55 else 0.04),
                    "student": 6 <= age <= 22 and rng.random() < 0.9})
            monitored = rng.random() < 0.15
            households.append({
                "id": hid, "code": f"{v['code']}{n + 1:04d}", "village_id": v["id"],
                "category": HouseholdCategory.MONITORED if monitored else HouseholdCategory.LIFTED,
                "monitor_kind": rng.choice(list(MonitorKind)).value if monitored else None,
                "head_name": members[-len(family)]["name"],
                "phone": f"1{rng.choice('3578')}{rng.randrange(10**9):09d}", "bank": rng.choice(_BANKS),
                "account": f"62{rng.randrange(10**17):017d}", "notes": "", **stamp})
            start = date(rng.choice((2016, 2017, 2018, 2019, 2020)), 1, 1) if not monitored else date(
                rng.choice((2021, 2022, 2023)), rng.randint(1, 12), 1)
            stopped = rng.random() < 0.04
            periods.append({"household_id": hid, "start": start,
                            "end": date(2025, 12, 31) if stopped else None,
                            "reason": "风险消除，标注退出" if stopped else ""})
    # One driver executemany per table (the ORM bulk path splits the rows into runs wherever
    # a None appears, and Core rebuilds a dict per row; both cost more than SQLite's work).
    for model, rows in ((Household, households), (Member, members), (PolicyPeriodRow, periods)):
        insert_rows(session, model.__table__, rows)
    if session.get_bind().dialect.name == "postgresql":
        for table in ("households", "members"):
            session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"(SELECT max(id) FROM {table}))"))
    return {"households": len(households), "members": len(members)}
