"""The distribution engine's vocabularies: stored codes and the Chinese names clerks read.

Kept here rather than in ``desktop/domain/vocab.py`` so the household and income work
(issues 3 and 4) and this engine do not collide; the household model stores the same
codes, so a services layer maps rows onto these members with ``Enum(code)``.
"""

from __future__ import annotations

from typing import TypeVar

from desktop.domain.vocab import Labelled

E = TypeVar("E", bound=Labelled)


def from_code(cls: type[E], code: object, what: str = "") -> E:
    """The member of ``cls`` stored as ``code`` (a database column, a JSON value).

    ``cls(code)`` works too but does not type-check (``Labelled`` takes a label as well);
    this also names what was wrong in Chinese.
    """
    member = cls._value2member_map_.get(code) if isinstance(code, str) else None
    if not isinstance(member, cls):
        raise ValueError(f"“{what or cls.__name__}”的取值无效：{code!r}")
    return member


class HouseholdCategory(Labelled):
    ALLEVIATED = "alleviated", "脱贫户"
    MONITORED = "monitored", "监测对象"
    ORDINARY = "ordinary", "一般农户"


class MonitorKind(Labelled):
    """What kind of 监测对象 a monitored household is (empty for the other categories)."""

    UNSTABLE = "unstable", "脱贫不稳定户"
    MARGINAL = "marginal", "边缘易致贫户"
    SUDDEN = "sudden", "突发严重困难户"


class LabourCapacity(Labelled):
    ABLE = "able", "有劳动能力"
    WEAK = "weak", "弱劳动能力"
    LOST = "lost", "丧失劳动能力"
    NONE = "none", "无劳动能力"


class ChannelKind(Labelled):
    """The plan's channels, in the order the plan applies them (``CHANNEL_ORDER``)."""

    RESERVE = "reserve", "维修管护储备"
    JOBS = "jobs", "公益岗位工资"
    WORKS = "works", "小型公益事业"
    AWARDS = "awards", "奖励补助"
    AID = "aid", "救助帮扶"
    RETAINED = "retained", "村集体留存"
    UNALLOCATED = "unallocated", "未分配"


CHANNEL_ORDER: tuple[ChannelKind, ...] = (
    ChannelKind.RESERVE, ChannelKind.JOBS, ChannelKind.WORKS, ChannelKind.AWARDS,
    ChannelKind.AID, ChannelKind.RETAINED,
)
# Where a rounding remainder may go: a lump sum, never a person's pay (a wage is what was
# agreed, and an aid amount is what the weights say).
REMAINDER_TARGETS: tuple[ChannelKind, ...] = (ChannelKind.RESERVE, ChannelKind.WORKS, ChannelKind.RETAINED)


class AmountBasis(Labelled):
    FIXED = "fixed", "固定金额"
    POOL_PERCENT = "pool_percent", "占收益总额比例"
    REMAINING_PERCENT = "remaining_percent", "占剩余金额比例"
    REST = "rest", "剩余全部"


class Rounding(Labelled):
    FEN = "fen", "精确到分"
    YUAN = "yuan", "取整到元"


class AidBasis(Labelled):
    HOUSEHOLD = "household", "按户"
    PERSON = "person", "按人"


class PlanStatus(Labelled):
    DRAFT = "draft", "草稿"
    SUBMITTED = "submitted", "村级已提交"
    RETURNED = "returned", "乡镇退回"
    APPROVED = "approved", "乡镇已审核"
    FILED = "filed", "县级已备案"
    NOTICE = "notice", "公示中"
    PAID = "paid", "已发放"
    ARCHIVED = "archived", "已归档"


class PlanRule(Labelled):
    """The rule a plan warning cites."""

    CHANNEL_SHARE = "channel_share", "渠道比例不足"
    CHANNEL_CAP = "channel_cap", "渠道比例超限"
    BANNED_USE = "banned_use", "禁止用途"
    RETAINED_NOT_ALLOWED = "retained_not_allowed", "不允许村集体留存"
    NOT_ELIGIBLE = "not_eligible", "非脱贫户或监测对象"
    POLICY_ENDED = "policy_ended", "不再享受政策"
    PAID_TWICE = "paid_twice", "重复享受"
    UNALLOCATED = "unallocated", "资金未分配完"
    UNKNOWN_HOUSEHOLD = "unknown_household", "对象不在农户名册"
