"""Acceptance-chain warnings and the inspections list on the ``large`` demo county.

    python benchmarks/inspection_bench.py [--runs 7] [--db PATH]

Each figure is the median of ``--runs`` runs on a warm database:
- warnings: ``inspection_warnings(session, today)`` — NO_ACCEPTANCE, RECTIFICATION_OVERDUE and
  NO_HANDOVER for 3,000 assets and ~9,000 inspections;
- baseline: the same two aggregate queries as hand-written SQL through the plain ``sqlite3``
  module, rows fetched and nothing else done — the floor the service is compared with;
- list: the inspections area's search (all ids, newest first) plus its first page of rows;
- overdue: the overdue-rectification list.
Prints one line per figure and the warnings/baseline ratio. Target: warnings < 100 ms.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.services import demo, schema  # noqa: E402
from desktop.services import inspections as svc  # noqa: E402
from desktop.services.database import Database  # noqa: E402
from desktop.services.inspection_warnings import inspection_warnings  # noqa: E402

TODAY = date(2026, 11, 23)
BASELINE_SQL = (
    """SELECT a.id, a.code, a.name, a.status, p.d, f.d,
              EXISTS (SELECT 1 FROM handovers h WHERE h.asset_id = a.id),
              EXISTS (SELECT 1 FROM registrations r WHERE r.asset_id = a.id AND r.is_current)
       FROM assets a
       LEFT JOIN (SELECT asset_id, max(inspected_on) d FROM inspections
                  WHERE kind IN ('completion','third_party','recheck') AND result IN ('passed','basically')
                  GROUP BY asset_id) p ON p.asset_id = a.id
       LEFT JOIN (SELECT asset_id, max(inspected_on) d FROM inspections
                  WHERE kind IN ('completion','third_party','recheck') AND result NOT IN ('passed','basically')
                  GROUP BY asset_id) f ON f.asset_id = a.id
       WHERE a.deleted_at IS NULL AND a.status != 'disposed'""",
    """SELECT r.id, r.inspection_id, a.id, a.code, a.name, a.status, r.requirement, r.responsible, r.deadline
       FROM rectifications r JOIN inspections i ON r.inspection_id = i.id JOIN assets a ON i.asset_id = a.id
       WHERE r.done_on IS NULL AND r.deadline < ? AND a.deleted_at IS NULL AND a.status != 'disposed'
       ORDER BY r.deadline, r.id""",
)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm the caches
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "large.sqlite"
    db = Database(f"sqlite:///{path}", operator="bench")
    schema.upgrade(db.engine, backup=False)
    with db.reader() as s:
        empty = demo.is_empty(s)
    if empty:
        t = time.perf_counter()
        with db.session() as s:
            counts = demo.generate(s, "large", 1)
        print(f"demo large: {time.perf_counter() - t:.1f} s, {counts['inspections']} inspections, "
              f"{counts['rectifications']} rectifications, {counts['handovers']} handovers")

    def warnings() -> object:
        with db.reader() as s:
            return inspection_warnings(s, TODAY)

    raw = sqlite3.connect(path)

    def baseline() -> object:
        return raw.execute(BASELINE_SQL[0]).fetchall(), raw.execute(BASELINE_SQL[1], (TODAY.isoformat(),)).fetchall()

    def listing() -> object:
        with db.reader() as s:
            ids = svc.search(s, svc.InspectionFilter())
            return svc.fetch_rows(s, ids[:200])

    def overdue() -> object:
        with db.reader() as s:
            return svc.overdue_rectifications(s, TODAY)

    n = len(warnings())  # type: ignore[arg-type]
    w, b = median_ms(warnings, args.runs), median_ms(baseline, args.runs)
    print(f"warnings: {w:.1f} ms ({n} warnings)")
    print(f"baseline (plain sqlite3, same aggregates): {b:.1f} ms")
    print(f"ratio warnings/baseline: {w / b:.2f}")
    print(f"inspections list (search + first page): {median_ms(listing, args.runs):.1f} ms")
    print(f"overdue list: {median_ms(overdue, args.runs):.1f} ms")
    raw.close()
    db.dispose()


if __name__ == "__main__":
    main()
