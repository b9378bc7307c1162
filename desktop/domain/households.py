"""Households (脱贫户 / 监测对象) and their members as plain data, their vocabularies and rules.

The editor checks these rules as the clerk types, the service and the importer check them
again before anything is written. Pure: no database, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktop.domain import idcard
from desktop.domain.problems import Problem
from desktop.domain.vocab import Labelled


class HouseholdCategory(Labelled):
    LIFTED = "lifted", "脱贫户"
    MONITORED = "monitored", "监测对象"


class MonitorKind(Labelled):
    UNSTABLE = "unstable", "脱贫不稳定户"
    MARGINAL = "marginal", "边缘易致贫户"
    SUDDEN = "sudden", "突发严重困难户"


class Relation(Labelled):
    HEAD = "head", "户主"
    SPOUSE = "spouse", "配偶"
    SON = "son", "之子"
    DAUGHTER = "daughter", "之女"
    DAUGHTER_IN_LAW = "daughter_in_law", "之儿媳"
    SON_IN_LAW = "son_in_law", "之女婿"
    GRANDSON = "grandson", "之孙子"
    GRANDDAUGHTER = "granddaughter", "之孙女"
    FATHER = "father", "之父"
    MOTHER = "mother", "之母"
    SIBLING = "sibling", "兄弟姐妹"
    OTHER = "other", "其他"


class LabourCapacity(Labelled):
    ABLE = "able", "有劳动能力"
    WEAK = "weak", "弱劳动能力"
    LOST = "lost", "丧失劳动能力"
    NONE = "none", "无劳动能力"


_HEAD = Relation.HEAD.value  # a plain str: enum member access is slow in a 150,000-row loop


class Sex(Labelled):
    MALE = "male", "男"
    FEMALE = "female", "女"


# What files write for the same thing (the national system says 普通劳动力/技能劳动力 for able
# members, and 之子/儿子, 妻/配偶 and so on in the relation column).
RELATION_SYNONYMS = {
    "本人": Relation.HEAD, "户主本人": Relation.HEAD, "妻": Relation.SPOUSE, "妻子": Relation.SPOUSE,
    "夫": Relation.SPOUSE, "丈夫": Relation.SPOUSE, "子": Relation.SON, "儿子": Relation.SON,
    "长子": Relation.SON, "次子": Relation.SON, "女": Relation.DAUGHTER, "女儿": Relation.DAUGHTER,
    "长女": Relation.DAUGHTER, "次女": Relation.DAUGHTER, "儿媳": Relation.DAUGHTER_IN_LAW,
    "女婿": Relation.SON_IN_LAW, "孙子": Relation.GRANDSON, "孙女": Relation.GRANDDAUGHTER,
    "父亲": Relation.FATHER, "母亲": Relation.MOTHER, "之兄": Relation.SIBLING, "之弟": Relation.SIBLING,
    "之姐": Relation.SIBLING, "之妹": Relation.SIBLING, "兄弟": Relation.SIBLING, "姐妹": Relation.SIBLING,
    "之孙": Relation.GRANDSON, "其他亲属": Relation.OTHER,
}
LABOUR_SYNONYMS = {
    "普通劳动力": LabourCapacity.ABLE, "技能劳动力": LabourCapacity.ABLE, "有劳动力": LabourCapacity.ABLE,
    "弱劳动力": LabourCapacity.WEAK, "半劳动力": LabourCapacity.WEAK, "弱劳动力或半劳动力": LabourCapacity.WEAK,
    "丧失劳动力": LabourCapacity.LOST, "无劳动力": LabourCapacity.NONE,
}
CATEGORY_SYNONYMS = {"脱贫人口": HouseholdCategory.LIFTED, "监测户": HouseholdCategory.MONITORED,
                     "防返贫监测对象": HouseholdCategory.MONITORED}

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,39}$")
ACCOUNT_PATTERN = re.compile(r"^[0-9]{6,30}$")
PHONE_PATTERN = re.compile(r"^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[2-9][0-9]{6,7}|[2-9][0-9]{6,7})$")


_INDEXES: dict[tuple[type[Labelled], int], dict[str, str]] = {}


def lookup(enum: type[Labelled], text: str, synonyms: dict[str, Labelled] | None = None) -> str | None:
    """The stored code for a label, a code or a synonym as files write them; None if unknown."""
    key = (enum, id(synonyms))
    index = _INDEXES.get(key)
    if index is None:
        index = {str(k): str(v.value) for k, v in (synonyms or {}).items()}
        index.update({m.label: str(m.value) for m in enum})
        index.update({str(m.value): str(m.value) for m in enum})
        _INDEXES[key] = index
    hit = index.get(text)
    return hit if hit is not None else index.get("".join(text.split()))


@dataclass
class MemberData:
    name: str = ""
    id_number: str = ""
    relation: str = Relation.HEAD
    labour: str = LabourCapacity.ABLE
    disabled: bool = False
    chronic_illness: bool = False
    student: bool = False
    id: int | None = None


@dataclass
class HouseholdData:
    code: str = ""
    village_id: int | None = None
    category: str = HouseholdCategory.LIFTED
    monitor_kind: str | None = None
    phone: str = ""
    bank: str = ""
    account: str = ""
    notes: str = ""
    members: list[MemberData] = field(default_factory=list)
    id: int | None = None

    @property
    def head(self) -> MemberData | None:
        return next((m for m in self.members if m.relation == Relation.HEAD), None)


def clean_digits(value: str) -> str:
    """Accounts and phones as typed: spaces, dashes of grouping and full-width digits removed."""
    if not value:
        return ""
    if value.isascii() and value.isdigit():
        return value
    return idcard.normalise(value).replace("-", "")


def validate_member(m: MemberData, row: int, *, today: date | None = None) -> list[Problem]:
    p: list[Problem] = []
    where = {"row": row}
    if not m.name.strip():
        p.append(Problem("members", "第 {row} 位成员未填写姓名", where))
    elif len(m.name.strip()) > 60:
        p.append(Problem("members", "第 {row} 位成员姓名过长", where))
    for problem in idcard.id_problems(m.id_number, "members", today=today):
        p.append(Problem("members", "第 {row} 位成员（{name}）：" + problem.template,
                         {**where, "name": m.name.strip(), **problem.params}))
    if m.relation not in Relation._value2member_map_:
        p.append(Problem("members", "第 {row} 位成员与户主关系无效：{value}", {**where, "value": m.relation}))
    if m.labour not in LabourCapacity._value2member_map_:
        p.append(Problem("members", "第 {row} 位成员劳动能力无效：{value}", {**where, "value": m.labour}))
    return p


def validate_household(data: HouseholdData, *, today: date | None = None) -> list[Problem]:
    """All problems of ``data``, each naming its field and value; empty means it can be saved."""
    p = household_problems(data)
    for i, m in enumerate(data.members, start=1):
        p.extend(validate_member(m, i, today=today))
    return p


def household_problems(data: HouseholdData) -> list[Problem]:
    """The household's own fields and its members taken together (one head, no ID twice);
    each member's own fields are ``validate_member``'s (the importer checks those per cell)."""
    p: list[Problem] = []
    code = data.code.strip()
    if not code:
        p.append(Problem("code", "请填写户编号"))
    elif not CODE_PATTERN.match(code):
        p.append(Problem("code", "户编号“{value}”只能由字母、数字、- 和 _ 组成，最长 40 位", {"value": code}))
    if data.village_id is None:
        p.append(Problem("village_id", "请选择所在村"))
    if data.category not in HouseholdCategory._value2member_map_:
        p.append(Problem("category", "户类别无效：{value}", {"value": data.category}))
    if data.category == HouseholdCategory.MONITORED:
        if data.monitor_kind not in MonitorKind._value2member_map_:
            p.append(Problem("monitor_kind", "监测对象须选择类型（脱贫不稳定户、边缘易致贫户或突发严重困难户）"))
    elif data.monitor_kind:
        p.append(Problem("monitor_kind", "只有监测对象才有监测类型"))
    phone = clean_digits(data.phone)
    if phone and not PHONE_PATTERN.match(phone):
        p.append(Problem("phone", "联系电话“{value}”不是有效的手机或固定电话号码", {"value": data.phone}))
    account = clean_digits(data.account)
    if account and not ACCOUNT_PATTERN.match(account):
        p.append(Problem("account", "银行账号“{value}”只能是 6–30 位数字", {"value": data.account}))
    if account and not data.bank.strip():
        p.append(Problem("bank", "填写了银行账号时须填写开户银行"))
    p.extend(_check_members(data))
    return p


def _check_members(data: HouseholdData) -> list[Problem]:
    p: list[Problem] = []
    if not data.members:
        return [Problem("members", "一户至少要有一名成员（户主）")]
    heads = [m for m in data.members if m.relation == _HEAD]
    if len(heads) != 1:
        p.append(Problem("members", "一户须有且只有一名户主，当前有 {n} 名", {"n": len(heads)}))
    seen: dict[str, int] = {}
    for i, m in enumerate(data.members, start=1):
        number = idcard.normalise(m.id_number)
        if number and number in seen:
            p.append(Problem("members", "第 {row} 位成员的身份证号 {value} 与第 {other} 位相同",
                             {"row": i, "value": number, "other": seen[number]}))
        seen.setdefault(number, i)
    return p


# -- policy support (享受政策) ------------------------------------------------------------------

@dataclass(frozen=True)
class PolicyPeriod:
    """Months a household enjoys policy support: from ``start`` (a first of the month) to
    ``end`` (a last of the month) inclusive; ``end`` None while it still does."""

    start: date
    end: date | None = None
    reason: str = ""


def first_of_next_month(d: date) -> date:
    return date(d.year + d.month // 12, d.month % 12 + 1, 1)


def end_of_month(d: date) -> date:
    return date.fromordinal(first_of_next_month(d).toordinal() - 1)


def enjoys_in(periods: list[PolicyPeriod], year: int, month: int) -> bool:
    """Whether the household enjoys policy support in that month."""
    return enjoys_during(periods, date(year, month, 1), end_of_month(date(year, month, 1)))


def enjoys_during(periods: list[PolicyPeriod], start: date, end: date) -> bool:
    """Whether it enjoys policy support on every day of ``start``–``end`` (a distribution
    period: a household removed during the period stops from the following month)."""
    covered = start
    for p in sorted(periods, key=lambda p: p.start):
        if p.end is not None and p.end < p.start:
            continue  # a change undone before it took effect
        if p.start <= covered and (p.end is None or p.end >= covered):
            if p.end is None or p.end >= end:
                return True
            covered = date.fromordinal(p.end.toordinal() + 1)
    return False


def currently_enjoys(periods: list[PolicyPeriod]) -> bool:
    """The standing decision (an open period), what the roster and the export show: a
    household decided in at month's end shows as enjoying, one decided out as not, though
    either change only takes effect next month (``enjoys_in`` answers for a given month)."""
    return any(p.end is None for p in periods)


def change_policy(periods: list[PolicyPeriod], enjoys: bool, decided_on: date,
                  reason: str = "") -> list[PolicyPeriod]:
    """The periods after deciding on ``decided_on`` that the household does (not) enjoy
    policy support. The change takes effect from the following month; earlier periods stay
    as history. Deciding what already holds changes nothing."""
    open_period = next((p for p in periods if p.end is None), None)
    if enjoys == (open_period is not None):
        return list(periods)
    if enjoys:
        return [*periods, PolicyPeriod(first_of_next_month(decided_on), None, reason)]
    assert open_period is not None
    closed = PolicyPeriod(open_period.start, end_of_month(decided_on),
                          "；".join(x for x in (open_period.reason, reason) if x))
    return [closed if p is open_period else p for p in periods]
