"""The asset register as a workbook whose headers the asset importer reads back unchanged."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.vocab import Category, FundingSource, Nature, OperationMode, Status
from desktop.io.workbook import Column, TableSheet, write_workbook
from desktop.models import Asset, Region, Registration

TITLE = "扶贫项目资产台账"


def columns() -> list[Column]:
    return [
        Column("资产编码", 14, "text"), Column("资产名称", 28, "text"), Column("资产类别", 12, "text"),
        Column("资产性质", 9, "text"), Column("所属乡镇", 10, "text"), Column("所在村", 10, "text"),
        Column("规模", 9, "decimal"), Column("单位", 6, "text"), Column("原值（元）", 15, "money", total=True),
        Column("项目年度", 8, "int"), Column("竣工日期", 11, "date"), Column("状态", 6, "text"),
        Column("经营方式", 10, "text"), Column("经营主体", 24, "text"), Column("合同起始日期", 11, "date"),
        Column("合同截止日期", 11, "date"), Column("约定年收益（元）", 13, "money"), Column("管护主体", 18, "text"),
        Column("管护责任人", 9, "text"),
        *(Column(f"{s.label}（元）", 14, "money", total=True) for s in FundingSource),
        Column("受益村", 24, "text"), Column("产权所有人", 22, "text"), Column("确权证书编号", 22, "text"),
        Column("登记日期", 11, "date"), Column("登记机关", 16, "text"), Column("备注", 16, "text"),
    ]


def rows(session: Session) -> Iterator[list[Any]]:
    regions = {r.id: r for r in session.scalars(select(Region))}
    regs = {r.asset_id: r for r in session.scalars(
        select(Registration).where(Registration.is_current.is_(True)).options(selectinload(Registration.owners)))}
    q = (select(Asset).where(Asset.deleted_at.is_(None)).order_by(Asset.code)
         .options(selectinload(Asset.funding), selectinload(Asset.beneficiaries)))
    for a in session.scalars(q):
        village = regions[a.village_id]
        township = regions.get(village.parent_id or 0)
        funding = {f.source: f.amount for f in a.funding}
        reg = regs.get(a.id)
        bens = "；".join(f"{regions[b.village_id].name} {b.share}%" for b in a.beneficiaries)
        yield [a.code, a.name, Category.label_of(a.category), Nature.label_of(a.nature),
               township.name if township else "", village.name, a.capacity, a.capacity_unit, a.original_value,
               a.project_year, a.completion_date, Status.label_of(a.status), OperationMode.label_of(a.operation_mode),
               a.operator, a.contract_start, a.contract_end, a.agreed_return, a.custodian, a.responsible_person,
               *(funding.get(s.value) for s in FundingSource), bens,
               "、".join(o.name for o in reg.owners) if reg else "", reg.certificate_no if reg else "",
               reg.registered_on if reg else None, reg.registering_body if reg else "", a.notes]


def export(session: Session, path: str | Path, progress: Callable[[int], None] | None = None) -> int:
    sheet = TableSheet(TITLE, columns(), rows(session), sheet_name="资产台账",
                       note=f"导出日期：{date.today():%Y-%m-%d}；金额单位：元")
    write_workbook(path, [sheet], progress)
    return sheet.written


def write_template(path: str | Path) -> None:
    blank = [replace(c, total=False) for c in columns()]  # no 合计 line under an empty table
    write_workbook(path, [TableSheet(TITLE, blank, [], sheet_name="资产台账",
                                     note="每项资产一行；金额单位为元（表头写“（万元）”时按万元读取）")])
