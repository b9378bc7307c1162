"""Import problems — row, column, value, what is wrong — and the error report workbook."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop.io.cells import display
from desktop.io.workbook import Column, TableSheet, write_workbook

ERROR_COLUMN = "错误说明"


@dataclass(frozen=True)
class ImportProblem:
    row: int  # the Excel row number (1-based), 0 for the file as a whole
    column: str  # the header as written in the file
    value: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        where = f"第 {self.row} 行" if self.row else "文件"
        col = f"“{self.column}”列" if self.column else ""
        val = f"（{self.value}）" if self.value else ""
        return f"{where}{col}{val}：{self.message}"


def write_error_report(path: str | Path, headers: list[str], rows: Iterable[tuple[int, list[Any]]],
                       problems: list[ImportProblem], title: str,
                       progress: Callable[[int], None] | None = None) -> int:
    """The file's rows as they were, with an added 错误说明 column; rows with problems come
    first so the clerk sees them at once. Returns the number of rows with problems."""
    by_row: dict[int, list[str]] = {}
    for p in problems:
        by_row.setdefault(p.row, []).append((f"{p.column}：" if p.column else "") + p.message)
    data = list(rows)
    bad = [r for r in data if r[0] in by_row]
    good = [r for r in data if r[0] not in by_row]
    general = by_row.get(0, [])
    columns = [Column("Excel 行号", 9, "int"),
               *(Column(h or f"第{j + 1}列", 14, "text") for j, h in enumerate(headers)),
               Column(ERROR_COLUMN, 60, "text")]

    def out() -> Iterable[list[Any]]:
        for n, cells in [*bad, *good]:
            texts = [display(c) for c in cells[:len(headers)]]
            texts += [""] * (len(headers) - len(texts))
            yield [n, *texts, "；".join(by_row.get(n, []))]

    note = "；".join(general) if general else f"共 {len(bad)} 行有问题，已排在最前；改正后可直接导入本文件"
    write_workbook(path, [TableSheet(title, columns, out(), sheet_name="错误报告", note=note)], progress)
    return len(bad)
