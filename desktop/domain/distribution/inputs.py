"""What a plan divides and among whom: the period, the pool lines and the households.

Frozen plain data so a services layer can build them from database rows (the household
model of issue 4, the income rows of issue 3) and the engine can be tested without either.
Amounts are Decimal yuan exact to the fen (``desktop.domain.money.yuan``).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from desktop.domain.distribution.vocab import HouseholdCategory, LabourCapacity, MonitorKind
from desktop.domain.money import ZERO, from_fen, to_fen


@dataclass(frozen=True, slots=True)
class Period:
    """A distribution period: a year or a quarter, both ends inclusive."""

    start: date
    end: date

    @classmethod
    def year(cls, y: int) -> Period:
        return cls(date(y, 1, 1), date(y, 12, 31))

    @classmethod
    def quarter(cls, y: int, q: int) -> Period:
        if not 1 <= q <= 4:
            raise ValueError(f"季度应为 1–4：{q}")
        last = 3 * q
        return cls(date(y, last - 2, 1), date(y, last, calendar.monthrange(y, last)[1]))

    @property
    def label(self) -> str:
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31) \
                and self.start.year == self.end.year:
            return f"{self.start.year}年度"
        if self.start.year == self.end.year and self.start.day == 1 and self.start.month % 3 == 1 \
                and self.end.month == self.start.month + 2:
            return f"{self.start.year}年第{(self.start.month + 2) // 3}季度"
        return f"{self.start.isoformat()}至{self.end.isoformat()}"


@dataclass(frozen=True, slots=True)
class PoolLine:
    """One line of the pool.

    An asset line is the village's share of one asset's net income for the period:
    ``net_income`` × ``share`` % (rounded down to the fen: a village is never credited with
    money its asset did not earn). A manual line (``asset_code`` empty) is a fixed amount
    that must carry its ``reason``.
    """

    name: str
    asset_code: str = ""
    net_income: Decimal = ZERO
    share: Decimal = Decimal("100.00")
    manual_amount: Decimal | None = None
    reason: str = ""

    @property
    def is_manual(self) -> bool:
        return self.manual_amount is not None

    @property
    def amount_fen(self) -> int:
        if self.manual_amount is not None:
            return to_fen(self.manual_amount)
        scaled = to_fen(self.net_income) * int(self.share.scaleb(2))
        magnitude = abs(scaled) // 10_000  # toward zero, for a loss as for a profit
        return magnitude if scaled >= 0 else -magnitude

    @property
    def amount(self) -> Decimal:
        return from_fen(self.amount_fen)


class Member(NamedTuple):
    """A household member as the engine weighs them. A NamedTuple rather than a frozen
    dataclass, like ``Recipient``: a county's batch builds 150,000 of them (five times
    faster to build)."""

    key: str
    name: str
    labour: LabourCapacity = LabourCapacity.ABLE
    disabled: bool = False
    chronic_illness: bool = False
    student: bool = False


def _end_of_month(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


class Household(NamedTuple):
    """A household as the engine needs it; ``key`` is stable (database id or household code).

    A NamedTuple for the same reason as ``Member`` (a county has 50,000 of them).

    ``policy_from``/``policy_until`` bound the time it enjoys policy support (享受政策);
    a household removed or deceased on ``policy_until`` stops from the following month, so
    it still enjoys policy until the end of that month.
    """

    key: str
    code: str
    head: str
    category: HouseholdCategory = HouseholdCategory.ALLEVIATED
    monitor_kind: MonitorKind | None = None
    members: tuple[Member, ...] = ()
    policy_from: date | None = None
    policy_until: date | None = None

    @property
    def is_target(self) -> bool:
        """脱贫户 or 监测对象: the only households the income may reach."""
        return self.category in (HouseholdCategory.ALLEVIATED, HouseholdCategory.MONITORED)

    @property
    def class_label(self) -> str:
        if self.category == HouseholdCategory.MONITORED and self.monitor_kind is not None:
            return f"监测对象（{self.monitor_kind.label}）"
        return self.category.label

    @property
    def policy_end(self) -> date | None:
        """Last day of policy support: the end of the month of ``policy_until``."""
        return None if self.policy_until is None else _end_of_month(self.policy_until)

    def enjoys_policy_in(self, period: Period) -> bool:
        """Does support cover at least one day of ``period``?"""
        if self.policy_from is not None and self.policy_from > period.end:
            return False
        end = self.policy_end
        return end is None or end >= period.start

    def enjoys_policy_throughout(self, period: Period) -> bool:
        end = self.policy_end
        return (self.policy_from is None or self.policy_from <= period.start) and (end is None or end >= period.end)

    def labour_count(self, capacity: LabourCapacity) -> int:
        return sum(1 for m in self.members if m.labour == capacity)

    @property
    def best_labour(self) -> LabourCapacity:
        """The household's labour class: the strongest capacity among its members."""
        present = {m.labour for m in self.members}
        for cap in (LabourCapacity.ABLE, LabourCapacity.WEAK, LabourCapacity.LOST):
            if cap in present:
                return cap
        return LabourCapacity.NONE
