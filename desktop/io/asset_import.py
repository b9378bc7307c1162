"""Reading an asset register from a spreadsheet into checked ``AssetData``, without the database.

Columns as county registers name them (资产编码, 资产名称, 原值（万元）, one column per
funding source or a single 资金来源, 产权所有人 and its certificate, 经营主体, …). Each cell
problem names the Excel row, the column and the value; the asset rules of
``desktop.domain.assets`` are then checked whole, the same rules the editor applies.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.domain.assets import AssetData, FundingLine, OwnerLine, RegistrationData, validate_asset
from desktop.domain.households import lookup
from desktop.domain.vocab import Category, FundingSource, Nature, OperationMode, OwnerKind, Status
from desktop.io import cells
from desktop.io.headers import FieldSpec, HeaderMatch, find_header
from desktop.io.household_import import county_named
from desktop.io.report import ImportProblem
from desktop.io.sheets import Sheet, read_first_sheet

FIELDS: list[FieldSpec] = [
    FieldSpec("code", "资产编码", ("资产编号", "编码", "资产代码"), required=True),
    FieldSpec("name", "资产名称", ("项目名称", "名称", "资产（项目）名称"), required=True),
    FieldSpec("category", "资产类别", ("类别", "资产类型", "项目类别")),
    FieldSpec("nature", "资产性质", ("性质",)),
    FieldSpec("county", "所属县", ("县",)),
    FieldSpec("township", "所属乡镇", ("乡（镇）", "乡镇", "乡镇（街道）")),
    FieldSpec("village", "所在村", ("行政村", "村", "所属村", "村（社区）")),
    FieldSpec("capacity", "规模", ("建设规模", "数量")),
    FieldSpec("capacity_unit", "单位", ("规模单位", "计量单位")),
    FieldSpec("original_value", "原值", ("资产原值", "投资额", "总投资", "项目总投资", "资产价值"), required=True),
    FieldSpec("project_year", "项目年度", ("年度", "实施年度", "建设年度"), required=True),
    FieldSpec("completion_date", "竣工日期", ("完工日期", "竣工时间")),
    FieldSpec("status", "状态", ("资产状态", "运营状态")),
    FieldSpec("operation_mode", "经营方式", ("经营模式", "运营方式")),
    FieldSpec("operator", "经营主体", ("运营主体", "经营单位", "承包方")),
    FieldSpec("contract_start", "合同起始日期", ("合同开始日期",)),
    FieldSpec("contract_end", "合同截止日期", ("合同到期日期", "合同终止日期")),
    FieldSpec("agreed_return", "约定年收益", ("年租金", "约定收益", "年收益")),
    FieldSpec("custodian", "管护主体", ("管护单位",)),
    FieldSpec("responsible_person", "管护责任人", ("责任人",)),
    FieldSpec("source", "资金来源", ("资金性质",)),
    *(FieldSpec(f"fund_{s.value}", s.label, ()) for s in FundingSource),
    FieldSpec("beneficiaries", "受益村", ("受益村及份额",)),
    FieldSpec("owner", "产权所有人", ("产权归属", "确权主体", "所有权人")),
    FieldSpec("certificate_no", "确权证书编号", ("证书编号", "确权证号")),
    FieldSpec("registered_on", "登记日期", ("确权日期", "确权登记日期")),
    FieldSpec("registering_body", "登记机关", ("发证机关", "确权登记机关")),
    FieldSpec("notes", "备注"),
    FieldSpec("row_no", "序号", ("Excel 行号",)), FieldSpec("error", "错误说明"),
]
_SHARE = re.compile(r"^(.*?)[\s(（:：]*([0-9.]+)\s*[%％]?[)）]?$")
_SPLIT = re.compile(r"[；;，,、\n]+")


@dataclass
class ParsedAsset:
    row: int
    data: AssetData
    township: str
    village: str
    beneficiaries: list[tuple[str, Decimal | None]] | None  # names and shares; None: column absent
    registration: RegistrationData | None
    ok: bool = True


@dataclass
class ParsedAssets:
    path: Path
    header: HeaderMatch
    assets: list[ParsedAsset] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    county: str = ""
    sheet: Sheet | None = None

    def problem(self, row: int, key: str, value: Any, message: str) -> None:
        self.problems.append(ImportProblem(row, self.header.header_of(key) if key else "", cells.display(value),
                                           message))


def parse(path: str | Path, mapping: dict[str, str] | None = None,
          progress: Callable[[int, int], None] | None = None, sheet: Sheet | None = None) -> ParsedAssets:
    sheet = sheet or read_first_sheet(path)
    header = find_header(sheet.rows, FIELDS, mapping)
    result = ParsedAssets(Path(path), header, sheet=sheet)
    for spec in header.missing:
        result.problems.append(ImportProblem(header.row + 1, spec.label, "",
                                             f"找不到“{spec.label}”列，请在导入向导中指定对应的列"))
    if header.missing:
        return result
    rows = sheet.rows[header.row + 1:]
    result.county = county_named(rows, header.columns.get("county"))
    seen: dict[str, int] = {}
    for i, row in enumerate(rows):
        if progress and i % 500 == 0:
            progress(i, len(rows))
        if not any(row) or cells.is_total_row(row):
            continue
        get = {k: (row[c] if c < len(row) else None) for k, c in header.columns.items()}
        asset = _asset(result, header.row + 2 + i, get)
        code = asset.data.code
        if code in seen:
            result.problem(asset.row, "code", code, f"资产编码与第 {seen[code]} 行重复")
            asset.ok = False
        seen.setdefault(code, asset.row)
        result.assets.append(asset)
    return result


def _asset(result: ParsedAssets, row: int, get: dict[str, Any]) -> ParsedAsset:
    units = result.header.units
    ok = True

    def convert(key: str, fn: Callable[..., Any], *args: Any) -> Any:
        nonlocal ok
        try:
            return fn(get.get(key), *args)
        except cells.CellError as exc:
            result.problem(row, key, get.get(key), str(exc))
            ok = False
            return None

    def choice(key: str, enum: Any, default: str | None) -> str | None:
        nonlocal ok
        t = cells.text(get.get(key))
        if not t:
            return default
        code = lookup(enum, t)
        if code is None:
            result.problem(row, key, t, f"无法识别“{t}”（应为 {'、'.join(m.label for m in enum)}）")
            ok = False
        return code or default

    data = AssetData(
        code=cells.text(get.get("code")), name=cells.text(get.get("name")),
        category=choice("category", Category, Category.PV) or "",
        nature=choice("nature", Nature, Nature.OPERATING) or "",
        capacity=convert("capacity", cells.decimal), capacity_unit=cells.text(get.get("capacity_unit")),
        original_value=convert("original_value", cells.amount, units.get("original_value", "")),
        project_year=convert("project_year", cells.integer), completion_date=convert("completion_date", cells.day),
        status=choice("status", Status, Status.OPERATING) or "",
        operation_mode=choice("operation_mode", OperationMode, None), operator=cells.text(get.get("operator")),
        contract_start=convert("contract_start", cells.day), contract_end=convert("contract_end", cells.day),
        agreed_return=convert("agreed_return", cells.amount, units.get("agreed_return", "")),
        custodian=cells.text(get.get("custodian")), responsible_person=cells.text(get.get("responsible_person")),
        notes=cells.text(get.get("notes")), village_id=0)
    for source in FundingSource:
        amount = convert(f"fund_{source.value}", cells.amount, units.get(f"fund_{source.value}", ""))
        if amount:
            data.funding.append(FundingLine(source.value, amount))
    if not data.funding and data.original_value:
        source = choice("source", FundingSource, None)
        if source:
            data.funding.append(FundingLine(source, data.original_value))
    beneficiaries = _beneficiaries(result, row, get) if "beneficiaries" in result.header.columns else None
    registration = _registration(get, convert)
    if ok:
        for p in validate_asset(data, today=date.today()):
            if p.field == "beneficiaries":
                continue  # checked once the villages are known
            key = {"funding": "original_value"}.get(p.field, p.field)
            result.problem(row, key if key in result.header.columns else "", get.get(key), p.message)
            ok = False
    return ParsedAsset(row, data, cells.text(get.get("township")), cells.text(get.get("village")),
                       beneficiaries, registration, ok)


def _beneficiaries(result: ParsedAssets, row: int, get: dict[str, Any]) -> list[tuple[str, Decimal | None]]:
    out: list[tuple[str, Decimal | None]] = []
    for part in _SPLIT.split(cells.text(get.get("beneficiaries"))):
        part = part.strip()
        if not part:
            continue
        m = _SHARE.match(part)
        if m and m.group(1).strip():
            out.append((m.group(1).strip(), Decimal(m.group(2))))
        else:
            out.append((part, None))
    return out


def _registration(get: dict[str, Any], convert: Callable[..., Any]) -> RegistrationData | None:
    owner, cert = cells.text(get.get("owner")), cells.text(get.get("certificate_no"))
    if not owner and not cert:
        return None
    kind = OwnerKind.VILLAGE_COLLECTIVE if ("村" in owner or "合作社" in owner) else OwnerKind.OTHER
    owners = [OwnerLine(name.strip(), kind.value, Decimal(100)) for name in [owner] if name.strip()]
    return RegistrationData(certificate_no=cert, registered_on=convert("registered_on", cells.day),
                            registering_body=cells.text(get.get("registering_body")), owners=owners)
