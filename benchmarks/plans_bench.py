"""Distribution plans on the ``large`` demo county (20 townships, 500 villages, 50,000
households): batch creation and a single village's recompute, against the pure engine.

    python benchmarks/plans_bench.py [--runs 3] [--db PATH]

Measures, each as the median of ``--runs`` runs (every batch is rolled back, so each run
starts from the same database):
- create-all: ``plans.create_all`` for every village for one year (reading income × share,
  households, members and policy periods; computing; checking; bulk-writing plans, pool
  lines, channels and recipients), and its parts: reading the inputs, and the baseline —
  the pure engine (compute + check) alone on the same inputs;
- editor recompute: what the plan editor does on each edit (compute + check in memory) for
  the village with the most households; and the service's stored recompute of a draft.
Targets (issue 5): create-all ≤ 2 s; a village's recompute in the editor ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from desktop.domain.distribution import PlanInput, check_plan, compute  # noqa: E402
from desktop.models import Household, Plan  # noqa: E402
from desktop.services import demo, plan_inputs, plans, schema  # noqa: E402
from desktop.services.database import Database, sqlite_url  # noqa: E402
from desktop.services.demo_income import LAST_YEAR  # noqa: E402
from desktop.services.plan_presets import default_preset  # noqa: E402

YEAR = LAST_YEAR - 1  # the demo already made plans for its last year


def median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--db", type=Path, help="a large demo database to reuse (made when missing)")
    args = ap.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / "fupin_plans_bench.sqlite"
    db = Database(sqlite_url(path), operator="bench")
    schema.upgrade(db.engine)
    with db.session() as s:
        if demo.is_empty(s):
            print("generating the large demo county …", flush=True)
            demo.generate(s, "large", 1)
    with db.reader() as s:
        households = s.scalar(select(func.count(Household.id)))
        villages = len(plan_inputs.villages(s))
    print(f"county: {villages} villages, {households} households, year {YEAR}")

    def batch() -> None:
        with db.engine.connect() as conn:
            from sqlalchemy.orm import Session
            with Session(conn) as s:
                r = plans.create_all(s, YEAR)
                assert r.created == villages, r
                s.rollback()

    def read_inputs() -> None:
        with db.reader() as s:
            plan_inputs.load(s, plan_inputs.villages(s), YEAR, whole_county=True)

    t_read = median_ms(read_inputs, args.runs)
    t_batch = median_ms(batch, args.runs)
    with db.reader() as s:
        data = plan_inputs.load(s, plan_inputs.villages(s), YEAR, whole_county=True)
        _, preset = default_preset(s)
    config = preset.default_config()
    period = plan_inputs.period_of(YEAR, 0)
    inputs = [PlanInput(d.village, period, tuple(p.line for p in d.pool), tuple(d.households), config)
              for d in data.values()]

    def engine_only() -> None:
        for p in inputs:
            check_plan(p, compute(p), preset)

    biggest = max(inputs, key=lambda p: len(p.households))

    def one_village() -> None:
        check_plan(biggest, compute(biggest), preset)

    t_engine = median_ms(engine_only, args.runs)
    t_one = median_ms(one_village, max(args.runs, 20))

    with db.reader() as s:
        pid = s.scalar(select(Plan.id).where(Plan.status == "draft", Plan.current).order_by(Plan.id))

    def stored_recompute() -> None:
        with db.engine.connect() as conn:
            from sqlalchemy.orm import Session
            with Session(conn) as s:
                plans.recompute(s, pid)
                s.rollback()

    t_stored = median_ms(stored_recompute, max(args.runs, 10))
    print(f"create-all ({villages} plans):          {t_batch:8.0f} ms   (target ≤ 2000 ms)")
    print(f"  reading inputs (4 queries):           {t_read:8.0f} ms")
    print(f"  baseline: pure engine compute+check:  {t_engine:8.0f} ms")
    print(f"  ratio create-all / engine alone:      {t_batch / t_engine:8.2f}×")
    print(f"editor recompute ({len(biggest.households)} households):   {t_one:8.1f} ms   (target ≤ 50 ms)")
    print(f"stored recompute of one draft:          {t_stored:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
