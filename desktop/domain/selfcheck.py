"""Self-check rules about registration, contracts and income, as pure functions.

The services layer gathers one ``AssetFacts`` per asset from aggregate queries (is it
registered, when did it last earn, what did it earn last year) and these rules turn facts
into ``SelfCheckWarning`` values. Thresholds come per category from ``CategoryRules``,
which the office sets in the database so every desk and the command line agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from desktop.domain.income import return_rate
from desktop.domain.vocab import Category, Nature, OperationMode, Status
from desktop.domain.warnings import SelfCheckWarning, WarningKind


@dataclass(frozen=True)
class CategoryRules:
    """What counts as low, idle and soon for one asset category."""

    return_threshold: Decimal = Decimal("5.00")  # percent a year
    idle_months: int = 12
    expiry_days: int = 90


DEFAULT_RULES = CategoryRules()
# Modes in which someone else runs the asset and pays for it: they need a contract.
CONTRACT_MODES = frozenset({OperationMode.LEASE, OperationMode.EQUITY, OperationMode.ENTRUSTED})


@dataclass(frozen=True)
class AssetFacts:
    id: int
    code: str
    name: str
    category: str
    nature: str
    status: str
    original_value: Decimal
    registered: bool
    operation_mode: str | None = None
    contract_end: date | None = None
    completion_date: date | None = None
    last_income_on: date | None = None  # end of the latest period with income, or its receipt date
    has_income: bool = False
    judged_year_net: Decimal | None = None  # net income of the year the return rule judges

    @property
    def active(self) -> bool:
        return self.status != Status.DISPOSED

    @property
    def earning(self) -> bool:
        """Expected to earn: an operating-nature asset in service (not being built, not disposed)."""
        return self.nature == Nature.OPERATING and self.status not in (Status.BUILDING, Status.DISPOSED)


Rule = Callable[[AssetFacts, CategoryRules, date], SelfCheckWarning | None]


def _warn(a: AssetFacts, kind: WarningKind, message: str) -> SelfCheckWarning:
    return SelfCheckWarning(kind, a.id, a.code, a.name, message)


def unregistered(a: AssetFacts, rules: CategoryRules, today: date) -> SelfCheckWarning | None:
    """An asset in service without ownership registration (one being built cannot be yet)."""
    if not a.active or a.status == Status.BUILDING or a.registered:
        return None
    return _warn(a, WarningKind.UNREGISTERED, "资产尚未办理确权登记")


def contract(a: AssetFacts, rules: CategoryRules, today: date) -> SelfCheckWarning | None:
    """Someone else runs it (or it earns with no mode given) and there is no live contract.

    A contract ending today is still in force today: it is "expiring", not "expired".
    """
    if not a.earning or a.operation_mode == OperationMode.SELF:
        return None
    if a.operation_mode not in CONTRACT_MODES and not a.has_income:
        return None
    if a.contract_end is None:
        return _warn(a, WarningKind.NO_CONTRACT, "有经营收益但未登记经营合同（合同截止日期为空）")
    if a.contract_end < today:
        return _warn(a, WarningKind.CONTRACT_EXPIRED, f"经营合同已于 {a.contract_end.isoformat()} 到期")
    if a.contract_end <= today + timedelta(days=rules.expiry_days):
        days = (a.contract_end - today).days
        return _warn(a, WarningKind.CONTRACT_EXPIRING,
                     f"经营合同将于 {a.contract_end.isoformat()} 到期（还剩 {days} 天）")
    return None


@lru_cache(maxsize=64)  # asked once per asset with the same arguments
def months_before(today: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when that day does not exist)."""
    y, m = divmod(today.year * 12 + today.month - 1 - months, 12)
    m += 1
    for day in (today.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def idle(a: AssetFacts, rules: CategoryRules, today: date) -> SelfCheckWarning | None:
    """In service for at least the idle period and no income within it.

    An asset completed less than the idle period ago is not judged yet: it has not had the
    chance to earn.
    """
    if not a.earning:
        return None
    since = months_before(today, rules.idle_months)
    if a.completion_date is not None and a.completion_date > since:
        return None
    if a.last_income_on is not None and a.last_income_on > since:
        return None
    last = a.last_income_on.isoformat() if a.last_income_on else "从未登记收益"
    return _warn(a, WarningKind.IDLE, f"已连续 {rules.idle_months} 个月以上无收益（最近收益：{last}）")


def low_return(a: AssetFacts, rules: CategoryRules, today: date) -> SelfCheckWarning | None:
    """Last complete year's return below the category's threshold.

    Judged only when that year has a record: a year with none is the idle rule's business,
    and a disposed asset is no longer the office's to improve.
    """
    if not a.earning or a.judged_year_net is None:
        return None
    rate = return_rate(a.judged_year_net, a.original_value)
    if rate is None or rate >= rules.return_threshold:
        return None
    return _warn(a, WarningKind.LOW_RETURN,
                 f"{today.year - 1} 年收益率 {rate}%，低于{Category.label_of(a.category)}阈值 "
                 f"{rules.return_threshold}%")


ASSET_RULES: tuple[Rule, ...] = (unregistered, contract, idle, low_return)


def check_assets(facts: Iterable[AssetFacts], rules: dict[str, CategoryRules], today: date,
                 checks: Iterable[Rule] = ASSET_RULES) -> list[SelfCheckWarning]:
    """Every warning of every asset, in the order of the assets and of the rules."""
    out: list[SelfCheckWarning] = []
    checks = tuple(checks)
    for a in facts:
        r = rules.get(a.category, DEFAULT_RULES)
        for check in checks:
            w = check(a, r, today)
            if w is not None:
                out.append(w)
    return out
