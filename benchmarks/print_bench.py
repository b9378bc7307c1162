"""Payout sheets of a whole county as one PDF, against plain ReportLab in the same run.

    python benchmarks/print_bench.py [--households 50000] [--villages 500] [--runs 1] [--no-accel]
    python benchmarks/print_bench.py --db sqlite:////tmp/large.sqlite [--year 2025]

Generates ``--households`` synthetic households (deterministic names, valid ID numbers,
bank accounts) in ``--villages`` villages, then measures, as the median of ``--runs``:
- baseline: plain ReportLab canvas code drawing the same rows (the same cell texts at the
  same places, with the same registered font), the same title and column header on every
  page, a line under every row and the column lines — no totals, no fitting, no masking;
- program: ``payout.draw`` for every village into one PDF through ``batch.one_pdf`` (what
  the batch print does), with page subtotals, totals, capital numerals, signatures.
Prints seconds, the ratio program / baseline, pages and file size. Target (issue 6):
within 2× the baseline and under 20 s for 50,000 households (~2,100 pages).

``--db URL`` measures the real thing instead: the stored plans of ``--year`` in that
database (make them with ``demo --size large`` and ``plans.create_all``; see README), read
by ``services.plan_print.plan_docs_for`` and printed by ``plan_batch.run`` as the batch
dialog does — end to end, reading included — against the baseline drawing the same rows
already in memory (the time to read them is printed on its own).
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
if "--no-accel" in sys.argv:  # as on a PC where rl_accel did not install: ReportLab falls back to Python
    sys.modules["_rl_accel"] = None  # type: ignore[assignment]

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from desktop.domain.money import format_yuan  # noqa: E402
from desktop.reports import batch, payout  # noqa: E402
from desktop.reports.fonts import fonts  # noqa: E402
from desktop.reports.plan_docs import PlanDoc, masked_account, masked_id  # noqa: E402
from desktop.reports.samples import fake_county  # noqa: E402


def baseline(plans: list[PlanDoc], out: Path) -> int:
    """What a programmer writes with ReportLab and nothing else."""
    f = fonts()
    c = Canvas(str(out), pagesize=A4, initialFontName=f.song)
    width, height = A4
    xs = [15 * mm]
    for col in payout.COLUMNS:
        xs.append(xs[-1] + col.width)
    pages = 0
    for plan in plans:
        rows = plan.recipients
        for page in payout.paginate(len(rows)):
            c.setFont(f.hei, 16)
            c.drawString(40 * mm, height - 18 * mm, payout.title(plan))
            c.setFont(f.song, 10)
            top = height - 28 * mm
            for col, x in zip(payout.COLUMNS, xs, strict=False):
                c.drawString(x + 3, top - 20, col.title.replace("\n", ""))
            y = top - 10 * mm
            for i in range(page.start, page.stop):
                r = rows[i]
                base = y - 18
                c.drawString(xs[0] + 3, base, str(i + 1))
                c.drawString(xs[1] + 3, base, r.name)
                c.drawString(xs[2] + 3, base, masked_id(r))
                c.drawString(xs[3] + 3, base, masked_account(r))
                c.drawString(xs[4] + 3, base, str(r.household_size))
                c.drawString(xs[5] + 3, base, r.channel)
                c.drawRightString(xs[7] - 3, base, format_yuan(r.amount))
                c.line(xs[0], y - payout.ROW_HEIGHT, xs[-1], y - payout.ROW_HEIGHT)
                y -= payout.ROW_HEIGHT
            for x in xs:
                c.line(x, top, x, y)
            c.drawString(width / 2, 8 * mm, f"第 {page.number} 页")
            c.showPage()
            pages += 1
    c.save()
    return pages


def program(plans: list[PlanDoc], out: Path) -> int:
    return batch.one_pdf(plans, payout.draw, out, title="收益分配发放表", total=len(plans))


def from_db(url: str, year: int) -> tuple[list[PlanDoc], float, object]:
    """The stored plans (read once for the baseline, timed), and a program that reads them again."""
    from desktop.reports import plan_batch
    from desktop.services import plan_print
    from desktop.services.database import Database

    db = Database(url, operator="bench")
    t = time.perf_counter()
    with db.reader() as s:
        plans = list(plan_print.plan_docs_for(s, year))
    read = time.perf_counter() - t

    def end_to_end(_plans: list[PlanDoc], out: Path) -> int:
        with db.reader() as s:
            result = plan_batch.run(plan_batch.DOCUMENTS["payout"], plan_print.plan_docs_for(s, year), out,
                                    per_village=False, total=plan_print.count_plans(s, year))
        assert result.pages is not None
        return result.pages

    return plans, read, end_to_end


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--households", type=int, default=50_000)
    ap.add_argument("--villages", type=int, default=500)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--no-accel", action="store_true", help="measure without ReportLab's C accelerator")
    ap.add_argument("--db", metavar="URL", help="print the stored plans of this database instead of synthetic ones")
    ap.add_argument("--year", type=int, default=2025, help="with --db: the plans' year")
    args = ap.parse_args()
    from reportlab.lib import rl_accel

    accel = "yes" if rl_accel._c_funcs else "no"
    run_program = program
    if args.db:
        plans, read, run_program = from_db(args.db, args.year)  # type: ignore[assignment]
        print(f"households: {sum(len(p.recipients) for p in plans):,} in {len(plans)} village plans of "
              f"{args.year} (read from the database in {read:.1f} s); rl_accel: {accel}")
    else:
        t = time.perf_counter()
        plans = list(fake_county(args.households, args.villages))
        print(f"households: {sum(len(p.recipients) for p in plans):,} in {len(plans)} villages "
              f"(generated in {time.perf_counter() - t:.1f} s); rl_accel: {accel}")
    fonts()  # loading the font file is the same for both; not timed
    times: dict[str, list[float]] = {"baseline": [], "program": []}
    results: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            for name, fn in (("baseline", baseline), ("program", run_program)):
                out = Path(tmp) / f"{name}.pdf"
                t = time.perf_counter()
                pages = fn(plans, out)
                times[name].append(time.perf_counter() - t)
                results[name] = (pages, out.stat().st_size)
    for name in ("baseline", "program"):
        pages, size = results[name]
        print(f"{name:9s} {statistics.median(times[name]):6.2f} s  {pages:,} pages  {size / 1e6:.1f} MB")
    ratio = statistics.median(times["program"]) / statistics.median(times["baseline"])
    print(f"ratio program/baseline: {ratio:.2f} (target ≤ 2.0); program "
          f"{statistics.median(times['program']):.1f} s (target < 20 s)")


if __name__ == "__main__":
    main()
