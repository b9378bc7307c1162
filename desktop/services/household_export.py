"""The household roster as a workbook: one row per person, as the national system exports it.

The headers are the importer's canonical names, so an exported file imports again
unchanged; IDs, accounts and phones are text cells so Excel cannot turn them into numbers.
Rows stream from the database into openpyxl's write-only mode.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.domain.households import HouseholdCategory, LabourCapacity, MonitorKind, Relation, Sex
from desktop.io.household_import import LABELS
from desktop.io.workbook import Column, TableSheet, write_workbook
from desktop.models import Household, Member, Region
from desktop.services.roster import enjoys_column

COLUMNS = [
    ("code", 20, "text"), ("township", 12, "text"), ("village", 12, "text"), ("name", 10, "text"),
    ("id_number", 21, "text"), ("relation", 10, "text"), ("sex", 6, "text"), ("birth", 12, "date"),
    ("labour", 13, "text"), ("disabled", 9, "text"), ("chronic", 11, "text"), ("student", 10, "text"),
    ("category", 10, "text"), ("monitor_kind", 14, "text"), ("policy", 12, "text"), ("phone", 14, "text"),
    ("bank", 24, "text"), ("account", 22, "text"), ("notes", 16, "text"),
]
TITLE = "脱贫户和监测对象花名册"


def columns() -> list[Column]:
    return [Column(LABELS[key], width, kind) for key, width, kind in COLUMNS]  # type: ignore[arg-type]


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


def rows(session: Session) -> Iterator[list[Any]]:
    village, township = aliased(Region), aliased(Region)
    enjoys = enjoys_column()
    q = (select(Household.code, township.name, village.name, Member.name, Member.id_number, Member.relation,
                Member.sex, Member.birth_date, Member.labour, Member.disabled, Member.chronic_illness,
                Member.student, Household.category, Household.monitor_kind, enjoys, Household.phone,
                Household.bank, Household.account, Household.notes)
         .join(Household, Member.household_id == Household.id)
         .join(village, Household.village_id == village.id).join(township, village.parent_id == township.id)
         .order_by(Household.code, Member.position, Member.id))
    rel, lab, sex, cat, kind = (Relation.label_of, LabourCapacity.label_of, Sex.label_of,
                                HouseholdCategory.label_of, MonitorKind.label_of)
    for r in session.execute(q.execution_options(yield_per=5000)):
        yield [r[0], r[1], r[2], r[3], r[4], rel(r[5]), sex(r[6]), r[7], lab(r[8]), _yes(r[9]), _yes(r[10]),
               _yes(r[11]), cat(r[12]), kind(r[13]), _yes(r[14]), r[15], r[16], r[17], r[18]]


def export(session: Session, path: str | Path, progress: Callable[[int], None] | None = None) -> int:
    """Write the whole roster to ``path``; returns the number of people written."""
    sheet = TableSheet(TITLE, columns(), rows(session), sheet_name="花名册",
                       note=f"导出日期：{date.today():%Y-%m-%d}。本表含完整身份证号和银行账号，属个人信息，请妥善保管")
    write_workbook(path, [sheet], progress)
    return sheet.written


def write_template(path: str | Path) -> None:
    """A blank roster with the canonical headers, for offices that start from nothing."""
    write_workbook(path, [TableSheet(TITLE, columns(), [], sheet_name="花名册",
                                     note="每人一行，同户成员填写相同的户编号；身份证号、银行账号请按文本填写")])
