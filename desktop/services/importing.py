"""One way to import a file, shared by the command line and the import wizard.

``preview`` reads and checks the file and compares it with the database without writing.
``commit`` plans again inside a write transaction (the database may have changed since the
preview) and writes all rows or none: any problem, a cancel, or an error rolls it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.io import asset_import as asset_parser
from desktop.io import household_import as household_parser
from desktop.io.report import ImportProblem, write_error_report
from desktop.services import asset_import, household_import
from desktop.services.bulk import gc_paused
from desktop.services.database import Database

KINDS = ("households", "assets")
TITLES = {"households": "农户花名册导入错误报告", "assets": "资产台账导入错误报告"}
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised from a progress callback to stop an import; nothing is saved."""


@dataclass
class ImportRun:
    kind: str
    path: Path
    parsed: Any  # ParsedRoster | ParsedAssets
    plan: Any = None  # HouseholdPlan | AssetPlan
    parse_problems: int = 0
    saved: bool = False

    @property
    def problems(self) -> list[ImportProblem]:
        return list(self.parsed.problems)

    def summary(self) -> dict[str, Any]:
        if self.plan is not None:
            return dict(self.plan.summary())
        return {self.kind: 0, **({"members": 0} if self.kind == "households" else {}),
                "errors": [p.as_dict() for p in self.problems]}


def parse(kind: str, path: str | Path, mapping: dict[str, str] | None = None,
          progress: Progress | None = None, sheet: Any = None) -> ImportRun:
    """Read and check ``path``; ``sheet`` (from an earlier parse) spares reading it again."""
    if kind not in KINDS:
        raise ValueError(f"未知的导入类型：{kind}（可选 households、assets）")
    parser = household_parser if kind == "households" else asset_parser
    with gc_paused():
        parsed = parser.parse(path, mapping, progress, sheet=sheet)
    return ImportRun(kind, Path(path), parsed, parse_problems=len(parsed.problems))


def _plan(run: ImportRun, session: Any) -> None:
    del run.parsed.problems[run.parse_problems:]  # planning again: drop the previous plan's findings
    run.plan = (household_import if run.kind == "households" else asset_import).plan(session, run.parsed)


def preview(db: Database, run: ImportRun) -> ImportRun:
    with gc_paused(), db.reader() as s:
        _plan(run, s)
    return run


def commit(db: Database, run: ImportRun, progress: Progress | None = None) -> ImportRun:
    """Plan and write in one transaction; leaves the database untouched when there are problems."""
    with gc_paused(), db.session() as s:
        _plan(run, s)
        if run.problems:
            s.rollback()
            return run
        service = household_import if run.kind == "households" else asset_import
        service.commit(s, run.plan, file_name=run.path.name, progress=progress)
    run.saved = True
    return run


def run_file(db: Database, kind: str, path: str | Path, *, dry_run: bool = False,
             mapping: dict[str, str] | None = None) -> ImportRun:
    run = parse(kind, path, mapping)
    return preview(db, run) if dry_run else commit(db, run)


def write_errors(run: ImportRun, out: str | Path) -> int:
    """The file's rows with an added 错误说明 column; returns the number of rows with problems."""
    sheet, header = run.parsed.sheet, run.parsed.header
    width = max((len(r) for r in sheet.rows[header.row:header.row + 50]), default=0)
    headers = [header.headers.get(j, "") for j in range(width)]
    rows = [(header.row + 2 + i, r) for i, r in enumerate(sheet.rows[header.row + 1:]) if any(r)]
    return write_error_report(out, headers, rows, run.problems, TITLES[run.kind])
