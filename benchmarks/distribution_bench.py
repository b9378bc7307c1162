"""The distribution engine on a large county, against a plain-Decimal proportional split.

    python benchmarks/distribution_bench.py [--villages 500] [--households 100] [--runs 3]

Builds (outside the timings) 500 villages × ~100 households (~150,000 people) for one
year with the ``differentiated`` preset: 2–8 asset lines per village, public-welfare jobs,
two works projects, named and points awards, aid by person with minimum and cap, rounded
to the yuan. Then measures, best of ``--runs``:
- engine: ``compute`` for every village (per-village median and max beside the total);
- engine + checks: ``compute`` and ``check_plan`` (what a recompute in the editor does);
- baseline: a naive split of the same pools among the same households in proportion to
  their size, with plain Decimal arithmetic quantized to the fen (no channels, no bounds,
  no explanations, and its parts do not add up to the pool).
Targets (issue 5): all plans created and computed incl. the database ≤ 2 s; one village's
recompute ≤ 50 ms — the engine should be a small part of both.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.domain.distribution import (  # noqa: E402
    DIFFERENTIATED,
    Amount,
    AwardsChannel,
    Household,
    HouseholdCategory,
    JobLine,
    JobsChannel,
    LabourCapacity,
    Member,
    MonitorKind,
    NamedAward,
    Period,
    PlanInput,
    PointsLine,
    PoolLine,
    WorksChannel,
    WorksLine,
    check_plan,
    compute,
)
from desktop.domain.money import FEN  # noqa: E402

LABOURS = [LabourCapacity.ABLE] * 5 + [LabourCapacity.WEAK] * 2 + [LabourCapacity.LOST, LabourCapacity.NONE,
                                                                     LabourCapacity.NONE]


def village(rng: random.Random, v: int, households: int) -> PlanInput:
    hs = []
    for i in range(households + rng.randint(-10, 10)):
        key = f"V{v:03d}H{i:03d}"
        size = rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5))
        members = tuple(Member(f"{key}-{j}", f"成员{j}", rng.choice(LABOURS), rng.random() < 0.08,
                               rng.random() < 0.1, rng.random() < 0.1) for j in range(size))
        monitored = rng.random() < 0.12
        hs.append(Household(key, key, f"户主{i}",
                            HouseholdCategory.MONITORED if monitored else HouseholdCategory.ALLEVIATED,
                            rng.choice(list(MonitorKind)) if monitored else None, members,
                            date(2016, 1, 1), date(2024, rng.randint(1, 12), 1) if rng.random() < 0.02 else None))
    pool = tuple(PoolLine(f"资产{a}", f"A{v}-{a}", Decimal(rng.randint(3_000_000, 15_000_000)).scaleb(-2),
                          Decimal(rng.choice(("100", "50", "40", "33.33"))))
                 for a in range(rng.randint(2, 8)))
    total = sum(line.amount for line in pool)
    able = [(h, m) for h in hs for m in h.members if m.labour == LabourCapacity.ABLE]
    workers = rng.sample(able, min(len(able), int(total * Decimal("0.4") / 5000)))  # ≤ 40 % of the pool
    base = DIFFERENTIATED.default_config()
    assert base.aid is not None
    config = replace(
        base,
        jobs=JobsChannel(tuple(JobLine(m.key, m.name, "保洁员", h.key, Decimal(rng.choice((300, 400, 500))), 10)
                               for h, m in workers)),
        works=WorksChannel((WorksLine("村道维修", Decimal(rng.randint(10, 40) * 100)),
                            WorksLine("路灯", Decimal(3000)))),
        awards=AwardsChannel((NamedAward("n1", hs[0].head, Decimal(500), "美丽庭院", hs[0].key),),
                             Amount.remaining_percent("5"),
                             tuple(PointsLine(h.key, h.head, Decimal(rng.randint(40, 100)), h.key) for h in hs[:20])),
        aid=replace(base.aid, minimum=Decimal(100), cap=Decimal(3000)))
    return PlanInput(f"村{v}", Period.year(2024), pool, tuple(hs), config)


def baseline(plan: PlanInput) -> Decimal:
    pool = sum((line.net_income * line.share / 100 for line in plan.pool), Decimal(0))
    people = sum(len(h.members) for h in plan.households)
    return sum(((pool * len(h.members) / people).quantize(FEN) for h in plan.households), Decimal(0))


def timed(plans: list[PlanInput], work: Callable[[PlanInput], object], runs: int) -> tuple[float, float, list[float]]:
    """Best of ``runs``: wall-clock total, CPU total (steadier on a shared machine), per-plan wall times."""
    best: tuple[float, float, list[float]] = (float("inf"), float("inf"), [])
    for _ in range(runs):
        each = []
        start, cpu = time.perf_counter(), time.process_time()
        for p in plans:
            t = time.perf_counter()
            work(p)
            each.append(time.perf_counter() - t)
        total, cpu = time.perf_counter() - start, time.process_time() - cpu
        if total < best[0]:
            best = (total, cpu, each)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--villages", type=int, default=500)
    ap.add_argument("--households", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(2024)
    plans = [village(rng, v, args.households) for v in range(args.villages)]
    hh = sum(len(p.households) for p in plans)
    people = sum(len(h.members) for p in plans for h in p.households)
    print(f"{len(plans)} villages, {hh} households, {people} people")
    results = [compute(p) for p in plans]
    assert all(sum(c.amount for c in r.channels) == r.pool for r in results)
    print(f"recipients: {sum(len(r.recipients) for r in results)}, "
          f"pool total {sum(r.pool for r in results):,} yuan, all plans balance to the fen")

    def both(p: PlanInput) -> None:
        check_plan(p, compute(p), DIFFERENTIATED)

    rows = [("engine (compute)", timed(plans, compute, args.runs)),
            ("engine + checks", timed(plans, both, args.runs)),
            ("baseline (plain Decimal split)", timed(plans, baseline, args.runs))]
    base_cpu = rows[-1][1][1]  # CPU time: steadier than the wall clock when others share the machine
    for name, (total, cpu, each) in rows:
        print(f"{name:31s} total {total * 1000:7.1f} ms (cpu {cpu * 1000:7.1f} ms)   per village median "
              f"{statistics.median(each) * 1000:5.2f} ms, max {max(each) * 1000:5.2f} ms   "
              f"cpu ratio to baseline {cpu / base_cpu:5.1f}")

if __name__ == "__main__":
    main()
