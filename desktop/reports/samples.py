"""Synthetic plan documents: realistic names, valid ID numbers and accounts, deterministic.

For the benchmark (a county of 50,000 households), for tests, and to look at a layout
before real plans exist. Nothing here is a real person: names are drawn from common
surnames and given-name characters, IDs carry a correct GB 11643 check digit.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from desktop.reports.plan_docs import ChannelTotal, PayLine, PlanDoc, PoolLine, Recipient

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "秀英桂兰玉珍凤华建国志强明军伟芳娜敏静丽强磊洋勇艳杰娟涛超霞平刚桂芝春梅海燕红霞金凤德福永胜广"
LONG_NAMES = ("阿卜杜热合曼·买买提", "欧阳晓东", "司马春兰", "古丽尼沙·艾力")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def fake_id(rng: random.Random, region: str = "371522") -> str:
    born = date(1935, 1, 1) + timedelta(days=rng.randrange(0, 365 * 70))
    body = f"{region}{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return body + id_check_digit(body)


def fake_name(rng: random.Random) -> str:
    if rng.random() < 0.004:
        return rng.choice(LONG_NAMES)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def fake_recipient(rng: random.Random, code: str) -> Recipient:
    kind = rng.random()
    lines: tuple[PayLine, ...]
    if kind < 0.35:
        months = rng.choice((6, 10, 12))
        wage = rng.choice((200, 300, 400, 500))
        lines = (PayLine("公益岗位", Decimal(wage * months), f"保洁员 {wage}元/月×{months}个月"),)
    elif kind < 0.85:
        weight = rng.choice(("1.5", "1.3", "1.0"))
        lines = (PayLine("救助", Decimal(rng.randrange(30000, 120000)) / 100, f"权重{weight}"),)
    else:
        lines = (PayLine("公益岗位", Decimal(1200), "护路员 200元/月×6个月"),
                 PayLine("奖励补助", Decimal(rng.randrange(5000, 30000)) / 100, "积分制"))
    return Recipient(name=fake_name(rng), id_number=fake_id(rng),
                     account="622848" + "".join(str(rng.randrange(10)) for _ in range(13)),
                     household_size=rng.randint(1, 6), lines=lines, household_code=code)


def fake_plan(village: str, households: int, seed: int = 1, *, township: str = "城关镇",
              draft: bool = False) -> PlanDoc:
    rng = random.Random(f"{seed}-{township}-{village}")
    recipients = tuple(fake_recipient(rng, f"{seed:02d}{i:05d}") for i in range(households))
    by_channel: dict[str, list[Decimal]] = {}
    for r in recipients:
        for line in r.lines:
            by_channel.setdefault(line.channel, []).append(line.amount)
    channels = [ChannelTotal(ch, sum(amounts, Decimal("0.00")), len(amounts)) for ch, amounts in by_channel.items()]
    works = Decimal(rng.randrange(500000, 2000000)) / 100
    channels.append(ChannelTotal("小型公益事业", works, 0, "村内道路维修"))
    pool = sum((c.amount for c in channels), Decimal("0.00"))
    return PlanDoc(
        county="示范县", township=township, village=village, period="2025年度", pool=pool,
        recipients=recipients, channels=tuple(channels),
        pool_lines=(PoolLine(f"{village}村级光伏电站 净收益", pool - Decimal("1000.00")),
                    PoolLine("大棚租金（分成）", Decimal("1000.00"))),
        plan_no=f"2025-{seed:03d}", draft=draft,
        notice_start=date(2026, 1, 5), notice_end=date(2026, 1, 14),
        supervision_phone="0530-8123456", supervision_unit=f"{township}纪委",
        contact_phone="0530-8765432", issued_on=date(2026, 1, 20),
        prepared_by="李会计", checked_by="王主任", approved_by="张书记")


def fake_county(households: int = 50_000, villages: int = 500, seed: int = 1) -> Iterator[PlanDoc]:
    """``households`` spread evenly over ``villages`` in 20 townships, generated lazily."""
    per = households // villages
    for v in range(villages):
        extra = 1 if v < households - per * villages else 0
        yield fake_plan(f"第{v + 1}村", per + extra, seed, township=f"第{v // 25 + 1}镇")
