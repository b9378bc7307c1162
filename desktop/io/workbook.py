"""Formatted table workbooks: the one way the program writes Excel.

Every export (asset register, returns, households, inspections) is a titled table: a title
row, an optional note row, a styled header frozen in place, number formats per column,
column widths, and a totals row computed exactly in ``Decimal`` (so the workbook agrees with
the database to the fen; a SUM formula would have no cached value until Excel recalculates).

openpyxl's write-only mode streams rows to disk, so a 150,000-row roster costs little
memory. Styled cells share one prototype style per column (copying its style array is far
cheaper than setting fonts and formats cell by cell).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

Kind = Literal["text", "money", "percent", "int", "decimal", "date", "general"]

FORMATS: dict[str, str] = {
    "text": "@",  # IDs and accounts stay text when a clerk edits them in Excel
    "money": "#,##0.00",
    "percent": "0.00%",
    "int": "0",
    "decimal": "#,##0.####",
    "date": "yyyy-mm-dd",
    "general": "General",
}


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 12
    kind: Kind = "general"
    total: bool = False  # summed (exactly) into the totals row


@dataclass
class TableSheet:
    """One sheet: a title, columns and rows (any iterable, consumed once)."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    sheet_name: str = ""
    note: str = ""
    totals_label: str = "合计"
    written: int = field(default=0, init=False)  # rows written, set by write_workbook


def write_workbook(path: str | Path, sheets: Sequence[TableSheet],
                   progress: Callable[[int], None] | None = None) -> None:
    """Write ``sheets`` to ``path`` (xlsx). ``progress`` is called every 1,000 rows with the
    running row count, so a worker thread can report and cancel (by raising).

    The file is written beside ``path`` and moved over it only when complete, so a failed or
    cancelled export never leaves a truncated workbook where a good one was."""
    from desktop.io.xlsx_writer import write  # openpyxl loads here, not at start-up

    write(path, sheets, progress)


def cell_text(value: Any) -> str:
    """How a value reads in a table cell (dates ISO, Decimals as written)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
