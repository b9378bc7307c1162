"""An asset as plain data, and the rules a register entry must satisfy before it is saved.

The editor checks these rules as the clerk types (to show problems and keep Save disabled)
and the service checks them again before writing, so a script or an import cannot bypass
them. Everything here is pure: no database, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.domain import shares
from desktop.domain.problems import Problem
from desktop.domain.vocab import (
    Category,
    DisposalMethod,
    FundingSource,
    Nature,
    OperationMode,
    OwnerKind,
    RegistrationKind,
    Status,
)

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,39}$")
FIRST_PROJECT_YEAR = 1980


@dataclass
class FundingLine:
    source: str
    amount: Decimal


@dataclass
class BeneficiaryLine:
    village_id: int
    share: Decimal


@dataclass
class OwnerLine:
    name: str
    kind: str
    share: Decimal


@dataclass
class RegistrationData:
    """One 确权登记: the initial one, or a transfer/change that supersedes the previous."""

    certificate_no: str
    registered_on: date | None
    registering_body: str
    owners: list[OwnerLine]
    kind: str = RegistrationKind.INITIAL
    approval: str = ""
    reason: str = ""


@dataclass
class DisposalData:
    method: str
    disposed_on: date | None
    reason: str
    resolution_date: date | None = None
    township_review_date: date | None = None
    county_approval_date: date | None = None
    approval_doc: str = ""
    proceeds: Decimal = Decimal("0.00")


@dataclass
class AssetData:
    """What the editor edits and the service saves; ``id`` is None for a new asset."""

    code: str = ""
    name: str = ""
    category: str = Category.PV
    nature: str = Nature.OPERATING
    village_id: int | None = None
    capacity: Decimal | None = None
    capacity_unit: str = ""
    original_value: Decimal | None = None
    project_year: int | None = None
    completion_date: date | None = None
    status: str = Status.OPERATING
    operation_mode: str | None = None
    operator: str = ""
    contract_start: date | None = None
    contract_end: date | None = None
    agreed_return: Decimal | None = None
    custodian: str = ""
    responsible_person: str = ""
    notes: str = ""
    funding: list[FundingLine] = field(default_factory=list)
    beneficiaries: list[BeneficiaryLine] = field(default_factory=list)
    id: int | None = None


def _required(problems: list[Problem], fld: str, value: object, label: str) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.append(Problem(fld, "请填写{label}", {"label": label}))


def validate_asset(data: AssetData, *, today: date | None = None) -> list[Problem]:
    """All problems of ``data``, each naming its field; an empty list means it can be saved."""
    today = today or date.today()
    p: list[Problem] = []
    _required(p, "code", data.code, "资产编码")
    if data.code.strip() and not CODE_PATTERN.match(data.code.strip()):
        p.append(Problem("code", "资产编码“{value}”只能由字母、数字、- 和 _ 组成，最长 40 位",
                         {"value": data.code}))
    _required(p, "name", data.name, "资产名称")
    if len(data.name) > 200:
        p.append(Problem("name", "资产名称不能超过 200 字"))
    _required(p, "village_id", data.village_id, "所在村")
    for fld, enum, label in (("category", Category, "资产类别"), ("nature", Nature, "资产性质"),
                             ("status", Status, "状态")):
        if getattr(data, fld) not in enum._value2member_map_:
            p.append(Problem(fld, "{label}无效：{value}", {"label": label, "value": getattr(data, fld)}))
    if data.operation_mode and data.operation_mode not in OperationMode._value2member_map_:
        p.append(Problem("operation_mode", "经营方式无效：{value}", {"value": data.operation_mode}))
    _check_amounts(p, data)
    _check_dates(p, data, today)
    _check_funding(p, data)
    _check_beneficiaries(p, data)
    if data.operation_mode in (OperationMode.LEASE, OperationMode.EQUITY, OperationMode.ENTRUSTED) \
            and not data.operator.strip():
        p.append(Problem("operator", "经营方式为“{mode}”时须填写经营主体",
                         {"mode": OperationMode.label_of(data.operation_mode)}))
    return p


def _finer(value: Decimal, places: int) -> bool:
    """True when ``value`` has more fraction digits than its column stores (fen, 0.01 %, 0.001)."""
    scaled = Decimal(value).scaleb(places)
    return scaled != scaled.to_integral_value()


def _check_amounts(p: list[Problem], data: AssetData) -> None:
    if data.original_value is None:
        p.append(Problem("original_value", "请填写资产原值"))
    elif data.original_value <= 0:
        p.append(Problem("original_value", "资产原值必须大于 0，当前为 {value}",
                         {"value": data.original_value}))
    elif _finer(data.original_value, 2):
        p.append(Problem("original_value", "资产原值最小单位为分：{value}", {"value": data.original_value}))
    if data.capacity is not None:
        if data.capacity < 0:
            p.append(Problem("capacity", "规模不能为负数：{value}", {"value": data.capacity}))
        elif _finer(data.capacity, 3):
            p.append(Problem("capacity", "规模最多三位小数：{value}", {"value": data.capacity}))
        if not data.capacity_unit.strip():
            p.append(Problem("capacity_unit", "填写了规模时须选择单位"))
    if data.agreed_return is not None and data.agreed_return < 0:
        p.append(Problem("agreed_return", "约定年收益不能为负数：{value}", {"value": data.agreed_return}))
    elif data.agreed_return is not None and _finer(data.agreed_return, 2):
        p.append(Problem("agreed_return", "约定年收益最小单位为分：{value}", {"value": data.agreed_return}))


def _check_dates(p: list[Problem], data: AssetData, today: date) -> None:
    year = data.project_year
    if year is None:
        p.append(Problem("project_year", "请填写项目年度"))
    elif not FIRST_PROJECT_YEAR <= year <= today.year + 1:
        p.append(Problem("project_year", "项目年度 {value} 不在 {lo}–{hi} 之间",
                         {"value": year, "lo": FIRST_PROJECT_YEAR, "hi": today.year + 1}))
    if data.completion_date:
        if year is not None and data.completion_date.year < year:
            p.append(Problem("completion_date", "竣工日期 {value} 早于项目年度 {year}",
                             {"value": data.completion_date.isoformat(), "year": year}))
        if data.completion_date > today:
            p.append(Problem("completion_date", "竣工日期 {value} 晚于今天",
                             {"value": data.completion_date.isoformat()}))
    if data.contract_start and data.contract_end and data.contract_end < data.contract_start:
        p.append(Problem("contract_end", "合同截止日期 {end} 早于起始日期 {start}",
                         {"end": data.contract_end.isoformat(), "start": data.contract_start.isoformat()}))


def _check_funding(p: list[Problem], data: AssetData) -> None:
    if not data.funding:
        p.append(Problem("funding", "请至少填写一项资金来源"))
        return
    seen: set[str] = set()
    for i, line in enumerate(data.funding, start=1):
        if line.source not in FundingSource._value2member_map_:
            p.append(Problem("funding", "第 {row} 行资金来源无效：{value}", {"row": i, "value": line.source}))
        elif line.source in seen:
            p.append(Problem("funding", "第 {row} 行资金来源“{value}”重复",
                             {"row": i, "value": FundingSource.label_of(line.source)}))
        seen.add(line.source)
        if line.amount <= 0:
            p.append(Problem("funding", "第 {row} 行资金金额必须大于 0，当前为 {value}",
                             {"row": i, "value": line.amount}))
        elif _finer(line.amount, 2):
            p.append(Problem("funding", "第 {row} 行资金金额最小单位为分：{value}", {"row": i, "value": line.amount}))
    funded = sum((line.amount for line in data.funding), Decimal("0.00"))
    if data.original_value is not None and funded != data.original_value:
        p.append(Problem("funding", "资金来源合计 {sum} 元，与资产原值 {value} 元不符（差 {diff} 元）",
                         {"sum": f"{funded:,.2f}", "value": f"{data.original_value:,.2f}",
                          "diff": f"{data.original_value - funded:,.2f}"}))


def _check_beneficiaries(p: list[Problem], data: AssetData) -> None:
    if not data.beneficiaries:
        if data.nature == Nature.OPERATING:
            p.append(Problem("beneficiaries", "经营性资产须至少指定一个受益村"))
        return
    p.extend(_check_shares("beneficiaries", "受益村",
                           [(str(b.village_id), b.share) for b in data.beneficiaries]))


def _check_shares(fld: str, what: str, lines: list[tuple[str, Decimal]]) -> list[Problem]:
    p: list[Problem] = []
    seen: set[str] = set()
    for i, (key, share) in enumerate(lines, start=1):
        if key in seen:
            p.append(Problem(fld, "第 {row} 行{what}重复", {"row": i, "what": what}))
        seen.add(key)
        if share <= 0:
            p.append(Problem(fld, "第 {row} 行份额必须大于 0，当前为 {value}%", {"row": i, "value": share}))
        elif _finer(share, 2):
            p.append(Problem(fld, "第 {row} 行份额最多两位小数：{value}%", {"row": i, "value": share}))
    got = shares.total(s for _, s in lines)
    if got != shares.HUNDRED:
        p.append(Problem(fld, "{what}份额合计 {sum}%，应为 100%", {"what": what, "sum": got}))
    return p


def validate_registration(reg: RegistrationData, *, today: date | None = None,
                          previous_on: date | None = None) -> list[Problem]:
    today = today or date.today()
    p: list[Problem] = []
    _required(p, "certificate_no", reg.certificate_no, "确权证书编号")
    _required(p, "registering_body", reg.registering_body, "登记机关")
    if reg.registered_on is None:
        p.append(Problem("registered_on", "请填写登记日期"))
    elif reg.registered_on > today:
        p.append(Problem("registered_on", "登记日期 {value} 晚于今天", {"value": reg.registered_on.isoformat()}))
    elif previous_on and reg.registered_on < previous_on:
        p.append(Problem("registered_on", "变更登记日期 {value} 早于上一次登记 {prev}",
                         {"value": reg.registered_on.isoformat(), "prev": previous_on.isoformat()}))
    if reg.kind not in RegistrationKind._value2member_map_:
        p.append(Problem("kind", "登记类型无效：{value}", {"value": reg.kind}))
    if reg.kind != RegistrationKind.INITIAL and not reg.reason.strip():
        p.append(Problem("reason", "变更或转移登记须填写原因"))
    if not reg.owners:
        p.append(Problem("owners", "请至少填写一个产权所有人"))
        return p
    for i, owner in enumerate(reg.owners, start=1):
        if not owner.name.strip():
            p.append(Problem("owners", "第 {row} 行产权所有人名称为空", {"row": i}))
        if owner.kind not in OwnerKind._value2member_map_:
            p.append(Problem("owners", "第 {row} 行所有人类型无效：{value}", {"row": i, "value": owner.kind}))
    p.extend(_check_shares("owners", "产权所有人", [(o.name.strip(), o.share) for o in reg.owners]))
    return p


def validate_disposal(d: DisposalData, *, today: date | None = None) -> list[Problem]:
    today = today or date.today()
    p: list[Problem] = []
    if d.method not in DisposalMethod._value2member_map_:
        p.append(Problem("method", "请选择处置方式"))
    _required(p, "reason", d.reason, "处置原因")
    if d.disposed_on is None:
        p.append(Problem("disposed_on", "请填写处置日期"))
    elif d.disposed_on > today:
        p.append(Problem("disposed_on", "处置日期 {value} 晚于今天", {"value": d.disposed_on.isoformat()}))
    if d.proceeds < 0:
        p.append(Problem("proceeds", "处置收入不能为负数：{value}", {"value": d.proceeds}))
    elif _finer(d.proceeds, 2):
        p.append(Problem("proceeds", "处置收入最小单位为分：{value}", {"value": d.proceeds}))
    steps = [("resolution_date", "村民会议决议日期", d.resolution_date),
             ("township_review_date", "乡镇审核日期", d.township_review_date),
             ("county_approval_date", "县级批复日期", d.county_approval_date),
             ("disposed_on", "处置日期", d.disposed_on)]
    dated = [(f, label, v) for f, label, v in steps if v is not None]
    for (_, l1, v1), (f2, l2, v2) in zip(dated, dated[1:], strict=False):
        if v2 < v1:
            p.append(Problem(f2, "{later}（{v2}）早于{earlier}（{v1}）",
                             {"later": l2, "v2": v2.isoformat(), "earlier": l1, "v1": v1.isoformat()}))
    return p
