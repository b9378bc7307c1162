"""The openpyxl half of desktop/io/workbook.py, loaded only when a workbook is written.

openpyxl takes ~0.4 s to import; keeping it out of workbook.py keeps it out of start-up,
where views only need the table definitions.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.io.workbook import FORMATS, TableSheet

_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _cell(ws: Any, value: Any, proto: WriteOnlyCell | None) -> Any:
    if proto is None:
        return value
    c = WriteOnlyCell(ws, value)
    c._style = copy.copy(proto._style)
    return c


class _ColumnCell(Cell):
    """A styled cell reused for every row of its column, its style id looked up once
    (openpyxl otherwise hashes the style array again for every cell it writes)."""

    def __init__(self, ws: Any, proto: Any) -> None:
        super().__init__(ws, row=1, column=1)
        self._style = copy.copy(proto._style)
        self._sid: int | None = None

    @property
    def style_id(self) -> int:
        if self._sid is None:
            self._sid = self.parent.parent._cell_styles.add(self._style)
        return self._sid


def _place(cells: Sequence[Any], row_idx: int) -> Any:
    """openpyxl's write-only append for rows that are already styled cells: only place them
    (its own version first tries each cell as a value, failing once per cell)."""
    for col_idx, cell in enumerate(cells, 1):
        cell.column = col_idx
        cell.row = row_idx
        yield cell


def _proto(ws: Any, **style: Any) -> WriteOnlyCell:
    c = WriteOnlyCell(ws)
    for name, value in style.items():
        setattr(c, name, value)
    return c


def _plain(value: Any) -> Any:
    # Excel has no Decimal; openpyxl writes a Decimal's exact digits, which is what we want.
    if isinstance(value, float):
        raise TypeError("金额与数量不得以浮点数写入工作簿")
    return value


def write(path: str | Path, sheets: Sequence[TableSheet],
                   progress: Callable[[int], None] | None = None) -> None:
    """Write ``sheets`` to ``path`` (xlsx). ``progress`` is called every 1,000 rows with the
    running row count, so a worker thread can report and cancel (by raising).

    The file is written beside ``path`` and moved over it only when complete, so a failed or
    cancelled export never leaves a truncated workbook where a good one was."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    wb = Workbook(write_only=True)
    try:
        _write_sheets(wb, sheets, progress)
        wb.save(str(partial))
    except BaseException:
        for ws in wb.worksheets:
            ws.close()  # ends the sheet's row generator; otherwise it complains when collected
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)


def _write_sheets(wb: Workbook, sheets: Sequence[TableSheet], progress: Callable[[int], None] | None) -> None:
    done = 0
    for sheet in sheets:
        ws = wb.create_sheet(sheet.sheet_name or sheet.title[:31])
        cols = list(sheet.columns)
        for i, col in enumerate(cols, start=1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        header_row = 3 if sheet.note else 2
        ws.freeze_panes = f"A{header_row + 1}"
        ws.append([_cell(ws, sheet.title, _proto(ws, font=Font(bold=True, size=14)))])
        if sheet.note:
            ws.append([_cell(ws, sheet.note, _proto(ws, font=Font(size=9, color="666666")))])
        head = _proto(ws, font=Font(bold=True), fill=PatternFill("solid", fgColor="DDEBF7"), border=_BORDER,
                      alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
        ws.append([_cell(ws, c.header, head) for c in cols])
        # One styled cell per column, refilled for every row: openpyxl writes a row as soon as
        # it is appended, so the cells can be reused — the cost per cell is then the same as
        # for unstyled values (a new styled cell per value costs twice as much).
        protos = [_ColumnCell(ws, _proto(ws, number_format=FORMATS[c.kind], border=_BORDER)) for c in cols]
        ws._values_to_row = _place  # data rows are our cells; restored for the totals row
        totals: list[Decimal | None] = [Decimal(0) if c.total else None for c in cols]
        summed = [j for j, t in enumerate(totals) if t is not None]
        count = 0
        for row in sheet.rows:
            for cell, value in zip(protos, row, strict=False):
                if isinstance(value, float):
                    _plain(value)
                cell.value = value
            for cell in protos[len(row):]:
                cell.value = None  # a short row must not repeat the previous row's tail
            for j in summed:
                if row[j] is not None:
                    totals[j] += Decimal(row[j])  # type: ignore[operator]
            ws.append(protos)
            count += 1
            done += 1
            if progress is not None and done % 1000 == 0:
                progress(done)
        del ws._values_to_row
        sheet.written = count
        if any(t is not None for t in totals):
            bold = _proto(ws, font=Font(bold=True), border=_BORDER)
            line: list[Any] = []
            for j, total in enumerate(totals):
                if total is not None:
                    cell = _proto(ws, font=Font(bold=True), border=_BORDER, number_format=FORMATS[cols[j].kind])
                    line.append(_cell(ws, total, cell))
                else:
                    line.append(_cell(ws, sheet.totals_label if j == 0 else None, bold))
            ws.append(line)
    if progress is not None:
        progress(done)


