"""Acceptance inspections (验收), rectifications (整改) and handovers (移交) as plain data,
with the rules an entry must satisfy before it is saved.

The entry form checks these as the clerk types and the service checks them again, so an
import or a script cannot store an inspection without a team or a rectification without a
deadline. Pure: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.domain.problems import Problem
from desktop.domain.vocab import Labelled


class InspectionKind(Labelled):
    PRELIMINARY = "preliminary", "完工初验"
    COMPLETION = "completion", "竣工验收"
    THIRD_PARTY = "third_party", "第三方验收"
    ANNUAL = "annual", "年度巡查"
    RECHECK = "recheck", "复核"


class InspectionResult(Labelled):
    PASSED = "passed", "合格"
    BASICALLY = "basically", "基本合格"
    FAILED = "failed", "不合格"


# The kinds that accept an asset for operation. A township's 完工初验 prepares the county's
# 竣工验收 but does not replace it; a 年度巡查 checks an asset already accepted.
ACCEPTANCE_KINDS = (InspectionKind.COMPLETION, InspectionKind.THIRD_PARTY, InspectionKind.RECHECK)
PASSING_RESULTS = (InspectionResult.PASSED, InspectionResult.BASICALLY)

# (field, label): the checklist printed on the 验收单 and shown as toggles in the form.
CHECKLIST: tuple[tuple[str, str], ...] = (
    ("check_quality", "工程质量符合设计和规范要求"),
    ("check_funds", "项目资金足额到位"),
    ("check_reimbursement", "资金报账手续齐全"),
    ("check_beneficiary_list", "受益对象名单已公示"),
    ("check_notice_board", "项目公示牌已设立"),
)

MAX_TEXT = 2000


@dataclass
class TeamMember:
    name: str
    unit: str = ""
    role: str = ""


@dataclass
class RectificationLine:
    requirement: str
    responsible: str
    deadline: date | None
    done_on: date | None = None
    confirmed_by: str = ""
    id: int | None = None


@dataclass
class InspectionData:
    """What the entry form edits and the service saves; ``id`` is None for a new record."""

    asset_id: int | None = None
    kind: str = InspectionKind.COMPLETION
    inspected_on: date | None = None
    result: str = InspectionResult.PASSED
    team: list[TeamMember] = field(default_factory=list)
    third_party_firm: str = ""
    report_no: str = ""
    approved_content: str = ""
    actual_content: str = ""
    approved_quantity: Decimal | None = None
    actual_quantity: Decimal | None = None
    quantity_unit: str = ""
    verified_investment: Decimal | None = None
    checks: dict[str, bool] = field(default_factory=lambda: {f: False for f, _ in CHECKLIST})
    findings: str = ""
    rectifications: list[RectificationLine] = field(default_factory=list)
    id: int | None = None


@dataclass
class HandoverItem:
    description: str
    quantity: Decimal | None = None
    unit: str = ""


@dataclass
class HandoverData:
    asset_id: int | None
    handed_on: date | None
    from_party: str
    to_party: str
    items: list[HandoverItem] = field(default_factory=list)
    notes: str = ""
    id: int | None = None


def _finer(value: Decimal, places: int) -> bool:
    scaled = Decimal(value).scaleb(places)
    return scaled != scaled.to_integral_value()


def validate_inspection(d: InspectionData, *, today: date | None = None) -> list[Problem]:
    """All problems of ``d``, each naming its field (and row); empty means it can be saved."""
    today = today or date.today()
    p: list[Problem] = []
    if d.asset_id is None:
        p.append(Problem("asset_id", "请选择被验收的资产（输入资产编码或名称）"))
    if d.kind not in InspectionKind._value2member_map_:
        p.append(Problem("kind", "验收类型无效：{value}", {"value": d.kind}))
    if d.result not in InspectionResult._value2member_map_:
        p.append(Problem("result", "验收结论无效：{value}", {"value": d.result}))
    if d.inspected_on is None:
        p.append(Problem("inspected_on", "请填写验收日期"))
    elif d.inspected_on > today:
        p.append(Problem("inspected_on", "验收日期 {value} 晚于今天", {"value": d.inspected_on.isoformat()}))
    _check_team(p, d)
    _check_amounts(p, d)
    if d.result in (InspectionResult.BASICALLY, InspectionResult.FAILED) and not d.findings.strip():
        p.append(Problem("findings", "验收结论为“{result}”时须填写发现的问题",
                         {"result": InspectionResult.label_of(d.result)}))
    if d.result in (InspectionResult.BASICALLY, InspectionResult.FAILED) and not d.rectifications:
        p.append(Problem("rectifications", "验收结论为“{result}”时须提出整改要求（Ctrl+R 添加）",
                         {"result": InspectionResult.label_of(d.result)}))
    for fld, label in (("findings", "发现的问题"), ("approved_content", "批复建设内容"),
                       ("actual_content", "实际建设内容")):
        if len(getattr(d, fld)) > MAX_TEXT:
            p.append(Problem(fld, "{label}不能超过 {n} 字", {"label": label, "n": MAX_TEXT}))
    for i, r in enumerate(d.rectifications, start=1):
        p.extend(_check_rectification(i, r, d.inspected_on, today))
    return p


def _check_team(p: list[Problem], d: InspectionData) -> None:
    if not d.team:
        p.append(Problem("team", "请至少填写一名验收组成员"))
    seen: set[str] = set()
    for i, m in enumerate(d.team, start=1):
        name = m.name.strip()
        if not name:
            p.append(Problem("team", "第 {row} 行验收组成员姓名为空", {"row": i}))
        elif name in seen:
            p.append(Problem("team", "第 {row} 行验收组成员“{value}”重复", {"row": i, "value": name}))
        seen.add(name)
    if d.kind == InspectionKind.THIRD_PARTY and not d.third_party_firm.strip():
        p.append(Problem("third_party_firm", "第三方验收须填写第三方机构名称"))


def _check_amounts(p: list[Problem], d: InspectionData) -> None:
    if d.verified_investment is not None:
        if d.verified_investment < 0:
            p.append(Problem("verified_investment", "核定投资额不能为负数：{value}",
                             {"value": d.verified_investment}))
        elif _finer(d.verified_investment, 2):
            p.append(Problem("verified_investment", "核定投资额最小单位为分：{value}",
                             {"value": d.verified_investment}))
    for fld, label in (("approved_quantity", "批复数量"), ("actual_quantity", "实际数量")):
        value = getattr(d, fld)
        if value is None:
            continue
        if value < 0:
            p.append(Problem(fld, "{label}不能为负数：{value}", {"label": label, "value": value}))
        elif _finer(value, 3):
            p.append(Problem(fld, "{label}最多三位小数：{value}", {"label": label, "value": value}))


def _check_rectification(row: int, r: RectificationLine, inspected_on: date | None,
                         today: date) -> list[Problem]:
    p: list[Problem] = []
    args = {"row": row}
    if not r.requirement.strip():
        p.append(Problem("rectifications", "第 {row} 行整改要求为空", args))
    if not r.responsible.strip():
        p.append(Problem("rectifications", "第 {row} 行整改责任人为空", args))
    if r.deadline is None:
        p.append(Problem("rectifications", "第 {row} 行请填写整改期限", args))
    elif inspected_on is not None and r.deadline < inspected_on:
        p.append(Problem("rectifications", "第 {row} 行整改期限 {value} 早于验收日期 {on}",
                         {"row": row, "value": r.deadline.isoformat(), "on": inspected_on.isoformat()}))
    if r.done_on is not None:
        if r.done_on > today:
            p.append(Problem("rectifications", "第 {row} 行完成日期 {value} 晚于今天",
                             {"row": row, "value": r.done_on.isoformat()}))
        elif inspected_on is not None and r.done_on < inspected_on:
            p.append(Problem("rectifications", "第 {row} 行完成日期 {value} 早于验收日期 {on}",
                             {"row": row, "value": r.done_on.isoformat(), "on": inspected_on.isoformat()}))
        if not r.confirmed_by.strip():
            p.append(Problem("rectifications", "第 {row} 行已完成的整改须填写确认人", args))
    elif r.confirmed_by.strip():
        p.append(Problem("rectifications", "第 {row} 行填写了确认人但没有完成日期", args))
    return p


def validate_handover(h: HandoverData, *, today: date | None = None,
                      passed_on: date | None = None) -> list[Problem]:
    """``passed_on`` is the date of the asset's passed acceptance (None: it has none)."""
    today = today or date.today()
    p: list[Problem] = []
    if h.asset_id is None:
        p.append(Problem("asset_id", "请选择移交的资产"))
    if h.handed_on is None:
        p.append(Problem("handed_on", "请填写移交日期"))
    elif h.handed_on > today:
        p.append(Problem("handed_on", "移交日期 {value} 晚于今天", {"value": h.handed_on.isoformat()}))
    elif passed_on is not None and h.handed_on < passed_on:
        p.append(Problem("handed_on", "移交日期 {value} 早于验收合格日期 {on}",
                         {"value": h.handed_on.isoformat(), "on": passed_on.isoformat()}))
    if passed_on is None and h.asset_id is not None:
        p.append(Problem("asset_id", "资产尚未通过竣工验收（或第三方验收、复核），不能移交"))
    if not h.from_party.strip():
        p.append(Problem("from_party", "请填写移交单位"))
    if not h.to_party.strip():
        p.append(Problem("to_party", "请填写接收单位"))
    if not h.items:
        p.append(Problem("items", "请至少填写一项移交清单"))
    for i, item in enumerate(h.items, start=1):
        if not item.description.strip():
            p.append(Problem("items", "第 {row} 行移交内容为空", {"row": i}))
        if item.quantity is not None and (item.quantity < 0 or _finer(item.quantity, 3)):
            p.append(Problem("items", "第 {row} 行数量无效：{value}", {"row": i, "value": item.quantity}))
    return p


def days_late(deadline: date, done_on: date | None, today: date) -> int:
    """Days past the deadline: until done, counted to today; 0 when on time. The deadline
    day itself is still on time."""
    end = done_on or today
    return max((end - deadline).days, 0)
