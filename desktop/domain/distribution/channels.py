"""A plan's channel configuration: how much each channel takes and who it pays.

This is what a plan stores (as JSON, see ``serial``) and what the editor edits. Channels
run in the fixed order of ``CHANNEL_ORDER``; each is optional. An amount is a fixed sum, a
percentage of the pool, a percentage of what the earlier channels left, or all of the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.domain.distribution.inputs import Household, Period, PoolLine
from desktop.domain.distribution.vocab import (
    AidBasis,
    AmountBasis,
    ChannelKind,
    LabourCapacity,
    Rounding,
)
from desktop.domain.money import ZERO, format_yuan, to_fen


def fmt_number(value: Decimal) -> str:
    """``Decimal("1.50")`` → ``"1.5"``, ``Decimal("60.00")`` → ``"60"``: how a clerk says it."""
    text = format(value.normalize(), "f")
    return text


@dataclass(frozen=True, slots=True)
class Amount:
    basis: AmountBasis
    value: Decimal = ZERO  # yuan for FIXED, percent for the two percentages, unused for REST

    @classmethod
    def fixed(cls, value: Decimal | str) -> Amount:
        return cls(AmountBasis.FIXED, Decimal(value))

    @classmethod
    def pool_percent(cls, value: Decimal | str) -> Amount:
        return cls(AmountBasis.POOL_PERCENT, Decimal(value))

    @classmethod
    def remaining_percent(cls, value: Decimal | str) -> Amount:
        return cls(AmountBasis.REMAINING_PERCENT, Decimal(value))

    @classmethod
    def rest(cls) -> Amount:
        return cls(AmountBasis.REST)

    def describe(self) -> str:
        if self.basis == AmountBasis.FIXED:
            return f"固定金额{format_yuan(self.value)}元"
        if self.basis == AmountBasis.POOL_PERCENT:
            return f"按收益总额的{fmt_number(self.value)}%"
        if self.basis == AmountBasis.REMAINING_PERCENT:
            return f"按剩余金额的{fmt_number(self.value)}%"
        return "剩余全部"


@dataclass(frozen=True, slots=True)
class JobLine:
    """A public-welfare job: monthly wage × months, or daily rate × days."""

    person_key: str
    person_name: str
    post: str
    household_key: str = ""
    monthly_wage: Decimal | None = None
    months: int = 0
    daily_rate: Decimal | None = None
    days: int = 0

    @property
    def amount_fen(self) -> int:
        if self.monthly_wage is not None:
            return to_fen(self.monthly_wage) * self.months
        if self.daily_rate is not None:
            return to_fen(self.daily_rate) * self.days
        return 0

    def describe(self) -> str:
        if self.monthly_wage is not None:
            basis = f"月工资{format_yuan(self.monthly_wage)}元×{self.months}个月"
        elif self.daily_rate is not None:
            basis = f"日工资{format_yuan(self.daily_rate)}元×{self.days}天"
        else:
            basis = "未填工资"
        return f"公益岗位“{self.post}”：{basis}"


@dataclass(frozen=True, slots=True)
class WorksLine:
    project: str
    amount: Decimal
    note: str = ""


@dataclass(frozen=True, slots=True)
class PointsLine:
    """A points-system (积分制) entry: a household or a person with its points for the period."""

    key: str
    name: str
    points: Decimal
    household_key: str = ""
    person_key: str = ""


@dataclass(frozen=True, slots=True)
class NamedAward:
    key: str
    name: str
    amount: Decimal
    reason: str
    household_key: str = ""
    person_key: str = ""


@dataclass(frozen=True, slots=True)
class AidWeights:
    """Weights per household class.

    ``labour`` gives the weight of a person (aid by person: the household's weight is the
    sum over its members) or of a household by its labour class (aid by household: the
    strongest capacity among its members). ``disability``, ``chronic_illness`` and
    ``student`` are added per such member (by person) or once (by household).
    ``category`` multiplies the result; keys are ``HouseholdCategory`` or ``MonitorKind``
    codes, the monitor kind winning over ``monitored``; a missing key means 1.
    """

    labour: Mapping[LabourCapacity, Decimal] = field(default_factory=lambda: {
        LabourCapacity.ABLE: Decimal("0"), LabourCapacity.WEAK: Decimal("1.0"),
        LabourCapacity.LOST: Decimal("1.5"), LabourCapacity.NONE: Decimal("1.5")})
    disability: Decimal = Decimal("0.3")
    chronic_illness: Decimal = ZERO
    student: Decimal = ZERO
    category: Mapping[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReserveChannel:
    amount: Amount
    name: str = "维修管护储备金"


@dataclass(frozen=True, slots=True)
class JobsChannel:
    lines: tuple[JobLine, ...] = ()


@dataclass(frozen=True, slots=True)
class WorksChannel:
    lines: tuple[WorksLine, ...] = ()


@dataclass(frozen=True, slots=True)
class AwardsChannel:
    """Named awards at their amounts, plus a budget divided by points (积分制)."""

    named: tuple[NamedAward, ...] = ()
    points_budget: Amount | None = None
    points: tuple[PointsLine, ...] = ()


@dataclass(frozen=True, slots=True)
class AidChannel:
    """Aid divided by weight, with a minimum and a cap per household (yuan, None for none).

    With ``eligible_only`` the households that are not 脱贫户/监测对象 or do not enjoy
    policy in the period are left out (and listed with the reason).
    """

    budget: Amount
    basis: AidBasis = AidBasis.PERSON
    weights: AidWeights = field(default_factory=AidWeights)
    minimum: Decimal | None = None
    cap: Decimal | None = None
    eligible_only: bool = True


@dataclass(frozen=True, slots=True)
class RetainedChannel:
    amount: Amount
    name: str = "村集体留存"


@dataclass(frozen=True, slots=True)
class PlanConfig:
    """The channels of a plan and its rounding; stored as JSON by ``serial.config_to_dict``."""

    reserve: ReserveChannel | None = None
    jobs: JobsChannel | None = None
    works: WorksChannel | None = None
    awards: AwardsChannel | None = None
    aid: AidChannel | None = None
    retained: RetainedChannel | None = None
    rounding: Rounding = Rounding.FEN
    remainder_to: ChannelKind = ChannelKind.RETAINED


@dataclass(frozen=True, slots=True)
class PlanInput:
    """Everything ``compute`` needs: which village and period, the pool, the households."""

    village: str
    period: Period
    pool: tuple[PoolLine, ...]
    households: tuple[Household, ...]
    config: PlanConfig
