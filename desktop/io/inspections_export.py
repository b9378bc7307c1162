"""Export of the inspections (验收记录) and the overdue rectifications to Excel.

Written through the shared table-workbook writer (title, frozen styled header, number
formats, widths, exact totals); rows are read a page at a time and streamed, so a county's
years of records cost little memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.inspections import InspectionKind, InspectionResult
from desktop.io.workbook import Column, TableSheet, write_workbook
from desktop.services import inspections as svc
from desktop.services.inspections import InspectionFilter

PAGE = 500

INSPECTION_COLUMNS = (
    Column("验收日期", 12, "date"), Column("资产编码", 15, "text"), Column("资产名称", 30, "text"),
    Column("乡镇", 10, "text"), Column("村", 10, "text"), Column("验收类型", 11, "text"),
    Column("验收结论", 9, "text"), Column("核定投资（元）", 16, "money", total=True),
    Column("整改项数", 9, "int", total=True), Column("未完成整改", 10, "int", total=True),
    Column("验收组", 36, "text"),
)
OVERDUE_COLUMNS = (
    Column("逾期天数", 9, "int"), Column("整改期限", 12, "date"), Column("资产编码", 15, "text"),
    Column("资产名称", 30, "text"), Column("乡镇", 10, "text"), Column("整改要求", 36, "text"),
    Column("责任人", 10, "text"), Column("验收日期", 12, "date"), Column("验收类型", 11, "text"),
)


def _inspection_rows(session: Session, ids: list[int]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(ids), PAGE):
        page = ids[start:start + PAGE]
        rows = svc.fetch_rows(session, page)
        for i in page:
            r = rows[i]
            yield (r.inspected_on, r.code, r.name, r.township, r.village, InspectionKind.label_of(r.kind),
                   InspectionResult.label_of(r.result), r.verified_investment, r.rectifications,
                   r.open_rectifications, r.team)


def export_inspections(session: Session, out: Path, f: InspectionFilter | None = None,
                       today: date | None = None, progress: Callable[[int], None] | None = None) -> int:
    """Write the inspections matching ``f`` (newest first) and the overdue rectifications;
    returns the number of inspections written. ``progress(rows)`` is called every 1,000 rows
    and may raise to cancel: the file is then not written at all."""
    today = today or date.today()
    f = f or InspectionFilter()
    ids = svc.search(session, f)
    overdue = sorted(svc.overdue_rectifications(session, today, f.township_id), key=lambda r: -r.days_late)
    sheets = [
        TableSheet(f"扶贫项目资产验收记录（导出日期 {today.isoformat()}）", INSPECTION_COLUMNS,
                   _inspection_rows(session, ids), sheet_name="验收记录", note=f"共 {len(ids)} 条"),
        TableSheet(f"逾期未完成整改（截至 {today.isoformat()}）", OVERDUE_COLUMNS,
                   ((r.days_late, r.deadline, r.code, r.name, r.township, r.requirement, r.responsible,
                     r.inspected_on, InspectionKind.label_of(r.kind)) for r in overdue),
                   sheet_name="逾期整改", note=f"共 {len(overdue)} 项"),
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    write_workbook(out, sheets, progress)
    return sheets[0].written
