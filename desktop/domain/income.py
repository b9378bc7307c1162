"""Annual (or quarterly) income of an asset, its net figure and its return rate.

One record per asset and period holds every kind of income and cost in its own column, so
that SQL can sum net income by asset, year, village or category without a join per kind.
Net income is computed here, once, and stored with the record: every report reads the
same number. Everything is pure: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.problems import Problem

ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
RATE_STEP = Decimal("0.01")
FIRST_YEAR = 2000
# A figure this far from last year's (as a fraction of it) is worth a second look.
CHANGE_LIMIT = Decimal("0.5")

# (field, Chinese name). The order is the order of the columns everywhere.
INCOME_KINDS: tuple[tuple[str, str], ...] = (
    ("rent", "租金收入"),
    ("sales", "产品销售收入"),
    ("power_revenue", "发电收入"),
    ("power_subsidy", "电价补贴"),
    ("dividend", "入股分红"),
    ("other_income", "其他收入"),
)
COST_KINDS: tuple[tuple[str, str], ...] = (
    ("land_rent", "土地租金"),
    ("maintenance", "运维费"),
    ("insurance", "保险费"),
    ("other_cost", "其他成本"),
)
AMOUNT_KINDS = INCOME_KINDS + COST_KINDS
LABELS = dict(AMOUNT_KINDS)
_COST_NAMES = "、".join(label for _, label in COST_KINDS)
_INCOME_KEYS = frozenset(k for k, _ in INCOME_KINDS)


@dataclass
class IncomeData:
    """One period of one asset. ``quarter`` 0 is the whole year, 1–4 a quarter."""

    year: int
    quarter: int = 0
    rent: Decimal = ZERO
    sales: Decimal = ZERO
    power_revenue: Decimal = ZERO
    power_subsidy: Decimal = ZERO
    dividend: Decimal = ZERO
    other_income: Decimal = ZERO
    land_rent: Decimal = ZERO
    maintenance: Decimal = ZERO
    insurance: Decimal = ZERO
    other_cost: Decimal = ZERO
    received_on: date | None = None
    kwh: Decimal | None = None
    note: str = ""
    id: int | None = field(default=None, compare=False)

    @property
    def gross(self) -> Decimal:
        return sum((getattr(self, k) for k, _ in INCOME_KINDS), ZERO)

    @property
    def costs(self) -> Decimal:
        return sum((getattr(self, k) for k, _ in COST_KINDS), ZERO)

    @property
    def net(self) -> Decimal:
        return self.gross - self.costs

    @property
    def period(self) -> str:
        return f"{self.year}年" if self.quarter == 0 else f"{self.year}年第{self.quarter}季度"

    def is_blank(self) -> bool:
        """Nothing typed: a grid row left empty is not a record of zero income."""
        return (all(getattr(self, k) == 0 for k, _ in AMOUNT_KINDS) and self.kwh is None
                and self.received_on is None and not self.note.strip())


def period_end(year: int, quarter: int = 0) -> date:
    """The last day a period covers (31 Dec for a year, the quarter's last day otherwise)."""
    if quarter == 0 or quarter == 4:
        return date(year, 12, 31)
    return {1: date(year, 3, 31), 2: date(year, 6, 30), 3: date(year, 9, 30)}[quarter]


def return_rate(net: Decimal, original_value: Decimal | None) -> Decimal | None:
    """Net income as a percentage of the original value, half-up to two places.

    ``None`` when there is no value to divide by (an asset without a value has no rate,
    rather than an infinite one). A quarter's rate is the quarter's own (not annualised):
    the annual rate comes from the year's sum (``year_net``).
    """
    if original_value is None or original_value <= 0:
        return None
    return (net * HUNDRED / original_value).quantize(RATE_STEP, rounding=ROUND_HALF_UP)


def year_net(records: Iterable[IncomeData], year: int) -> Decimal | None:
    """The year's net income: its annual record or the sum of its quarters; None if none."""
    mine = [r.net for r in records if r.year == year]
    return sum(mine, ZERO) if mine else None


def far_from(current: Decimal | None, previous: Decimal | None) -> bool:
    """True when ``current`` differs from last year's ``previous`` by more than ±50 %.

    Nothing to compare (no figure last year, or zero then) is not a flag: the first year
    of income is not suspicious in itself.
    """
    if current is None or previous is None or previous <= 0:
        return False
    return abs(current - previous) > previous * CHANGE_LIMIT


def _finer(value: Decimal, places: int) -> bool:
    scaled = Decimal(value).scaleb(places)
    return scaled != scaled.to_integral_value()


def validate_income(data: IncomeData, *, where: str = "", today: date | None = None) -> list[Problem]:
    """Problems of one record. ``where`` prefixes messages with its row ("第 3 行（HP2019…）")."""
    today = today or date.today()
    p: list[Problem] = []
    at = {"where": where}
    if not FIRST_YEAR <= data.year <= today.year:
        p.append(Problem("year", "{where}年度 {value} 不在 {lo}–{hi} 之间",
                         {**at, "value": data.year, "lo": FIRST_YEAR, "hi": today.year}))
    if data.quarter not in (0, 1, 2, 3, 4):
        p.append(Problem("quarter", "{where}季度 {value} 无效（全年填 0，季度填 1–4）", {**at, "value": data.quarter}))
    for key, label in AMOUNT_KINDS:
        value: Decimal = getattr(data, key)
        if value < 0:
            template = ("{where}{label}不能为负数：{value}。支出与损失请填在成本栏（" + _COST_NAMES + "）"
                        if key in _INCOME_KEYS else "{where}{label}不能为负数：{value}")
            p.append(Problem(key, template, {**at, "label": label, "value": value}))
        elif _finer(value, 2):
            p.append(Problem(key, "{where}{label}最小单位为分：{value}", {**at, "label": label, "value": value}))
    if data.kwh is not None and (data.kwh < 0 or _finer(data.kwh, 3)):
        p.append(Problem("kwh", "{where}发电量须为不小于 0、最多三位小数的数：{value}", {**at, "value": data.kwh}))
    if data.received_on is not None and data.received_on > today:
        p.append(Problem("received_on", "{where}到账日期 {value} 晚于今天",
                         {**at, "value": data.received_on.isoformat()}))
    return p


def validate_periods(records: list[IncomeData], *, today: date | None = None) -> list[Problem]:
    """Problems of an asset's records taken together: each alone, then duplicate periods and
    a year recorded both whole and by quarter (its income would be counted twice)."""
    p: list[Problem] = []
    seen: set[tuple[int, int]] = set()
    for i, r in enumerate(records, start=1):
        p.extend(validate_income(r, where=f"第 {i} 行：", today=today))
        if (r.year, r.quarter) in seen:
            p.append(Problem("period", "第 {row} 行：{period}重复登记", {"row": i, "period": r.period}))
        seen.add((r.year, r.quarter))
    years = {y for y, q in seen if q == 0} & {y for y, q in seen if q != 0}
    for year in sorted(years):
        p.append(Problem("period", "{year} 年既有全年记录又有季度记录，收益会重复计算", {"year": year}))
    return p
