"""Roster import, export and search on the ``large`` county (50,000 households, ~150,000 people).

    python benchmarks/import_bench.py [--db-dir DIR] [--runs 3]

Measures, in one run and on the same files:
- export: ``household_export.export`` (titled, styled, text-formatted workbook) against the
  bare library — openpyxl write-only appending the same rows as plain values. Target ≤ 1.5×.
- import: ``importing.run_file`` (read with python-calamine, header detection, every cell
  checked, matched against the database, Core bulk inserts of every household and member,
  one transaction) into a county that has the regions but no households, against the
  fastest bare read — python-calamine alone reading the same file. Target ≤ 3×.
- search: the roster's ``search`` plus the first 200-row page for typical queries (name
  prefix, last four ID digits, full ID, household code, filters). Target ≤ 100 ms each.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402
from sqlalchemy import delete, select  # noqa: E402

from desktop.models import Household, Member, PolicyPeriodRow  # noqa: E402
from desktop.services import demo, household_export, importing, schema  # noqa: E402
from desktop.services.database import Database  # noqa: E402
from desktop.services.roster import HouseholdFilter, fetch_rows, search  # noqa: E402


def timed(fn, runs: int = 1):  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def open_db(path: Path) -> Database:
    db = Database(f"sqlite:///{path}", operator="基准测试")
    schema.upgrade(db.engine, backup=False)
    return db


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-dir", type=Path, default=None)
    ap.add_argument("--runs", type=int, default=3, help="runs per search (median)")
    ap.add_argument("--skip-export", action="store_true", help="reuse roster.xlsx from an earlier run")
    args = ap.parse_args()
    folder = args.db_dir or Path(tempfile.mkdtemp(prefix="import-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "large.sqlite"
    if not source.exists():
        db = open_db(source)
        t, counts = timed(lambda: _demo(db))
        print(f"demo --size large: {t:.1f} s ({counts['households']} households, {counts['members']} people)")
    db = open_db(source)

    # -- export against bare openpyxl ---------------------------------------------------------
    out = folder / "roster.xlsx"
    with db.reader() as s:
        rows = list(household_export.rows(s))
    if not (args.skip_export and out.exists()):
        t_export, n = timed(lambda: _export(db, out))
        t_bare_write, _ = timed(lambda: _bare_write(folder / "bare.xlsx", rows))
        print(f"export {n} rows: {t_export:.2f} s; bare openpyxl write-only of the same rows: {t_bare_write:.2f} s; "
              f"ratio {t_export / t_bare_write:.2f} (target ≤ 1.5)")

    # -- import against bare calamine -----------------------------------------------------------
    target = folder / "import.sqlite"
    shutil.copy(source, target)
    empty = open_db(target)
    with empty.session() as s:
        for model in (PolicyPeriodRow, Member, Household):
            s.execute(delete(model))
    t_read, sheet_rows = timed(lambda: CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python())
    t_import, run = timed(lambda: importing.run_file(empty, "households", out))
    summary = run.summary()
    assert run.saved and not run.problems, summary["errors"][:3]
    print(f"import {summary['households']} households / {summary['members']} people: {t_import:.2f} s; "
          f"bare python-calamine read of the same file ({len(sheet_rows)} rows): {t_read:.2f} s; "
          f"ratio {t_import / t_read:.2f} (target ≤ 3)")
    t_again, run = timed(lambda: importing.run_file(empty, "households", out, dry_run=True))
    print(f"re-import preview (all {run.summary()['unchanged']} unchanged): {t_again:.2f} s")

    # -- roster search ---------------------------------------------------------------------------
    with db.reader() as s:
        m = s.execute(select(Member.name, Member.id_number, Household.code, Household.village_id)
                      .join(Household, Member.household_id == Household.id).where(Member.id == 77777)).one()
    queries = {"no filter": HouseholdFilter(), "name prefix 1 char": HouseholdFilter(text=m.name[:1]),
               "full name": HouseholdFilter(text=m.name), "last 4 ID digits": HouseholdFilter(text=m.id_number[-4:]),
               "full ID": HouseholdFilter(text=m.id_number), "ID prefix 10": HouseholdFilter(text=m.id_number[:10]),
               "household code": HouseholdFilter(text=m.code), "village": HouseholdFilter(village_id=m.village_id),
               "labour 弱 + category": HouseholdFilter(labour="weak", category="monitored")}
    worst = 0.0
    for label, f in queries.items():
        def one(f: HouseholdFilter = f) -> int:
            with db.reader() as s:
                ids = search(s, f, "head_name")
                fetch_rows(s, ids[:200])
                return len(ids)
        t, hits = timed(one, args.runs)
        worst = max(worst, t)
        print(f"search {label}: {t * 1000:.1f} ms ({hits} households)")
    print(f"search worst: {worst * 1000:.1f} ms (target ≤ 100 ms)")
    print(f"files in {folder}")


def _demo(db: Database) -> dict[str, int]:
    with db.session() as s:
        return demo.generate(s, "large", 1)


def _export(db: Database, out: Path) -> int:
    with db.reader() as s:
        return household_export.export(s, out)


def _bare_write(path: Path, rows: list[list[object]]) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("bare")
    for r in rows:
        ws.append(r)
    wb.save(str(path))


if __name__ == "__main__":
    main()
