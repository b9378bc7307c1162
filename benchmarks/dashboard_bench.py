"""Dashboard, income grid and warnings timings on the ``large`` demo county, each beside a
plain-library baseline measured in the same run.

    python benchmarks/dashboard_bench.py [--runs 5] [--db PATH]

The ``large`` county: 20 townships, 500 villages, 3,000 assets, ~18,000 income records.
Each figure is the median of ``--runs`` runs (after one warm-up):
- dashboard open: a new DashboardView computing its data and painting every chart;
  baseline: the same grouped sums with bare sqlite3 plus one bare QChartView painted;
- dashboard refresh: what a data change triggers on the open view (warnings recomputed), and
  what choosing another township triggers (the county's warnings reused);
- year grid load: ``reload()`` of the income grid (2,600 rows) until repainted, for a year
  still to enter (2026) and for a year entered in full (2025 beside 2024);
  baseline: the same three queries with bare sqlite3 into a QStandardItemModel painted;
- warnings: ``compute_warnings`` over the county; baseline: the three fact queries with
  bare sqlite3, fetched, no rules.
Target (issue 3): each ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 6, 30)
SUMS = ("SELECT year, SUM(net) FROM income_records GROUP BY year",
        "SELECT category, COUNT(*), SUM(original_value) FROM assets WHERE deleted_at IS NULL "
        "AND status != 'disposed' GROUP BY category",
        "SELECT a.id, a.code, a.name, a.original_value, SUM(i.net) FROM assets a JOIN income_records i "
        "ON i.asset_id = a.id WHERE i.year = 2025 GROUP BY a.id")
GRID = ("SELECT a.id, a.code, a.name, t.name, v.name FROM assets a JOIN regions v ON a.village_id = v.id "
        "JOIN regions t ON v.parent_id = t.id WHERE a.nature = 'operating' AND a.status != 'disposed'",
        "SELECT asset_id, SUM(rent), SUM(sales), SUM(power_revenue), SUM(net) FROM income_records "
        "WHERE year = 2025 GROUP BY asset_id",
        "SELECT * FROM income_records WHERE year = 2026")
FACTS = ("SELECT id, code, name, category, status, contract_end, EXISTS (SELECT 1 FROM registrations r "
         "WHERE r.asset_id = assets.id AND r.is_current) FROM assets WHERE deleted_at IS NULL",
         "SELECT asset_id, MAX(year * 10 + quarter), MAX(received_on) FROM income_records "
         "WHERE rent + sales + power_revenue + power_subsidy + dividend + other_income > 0 GROUP BY asset_id",
         "SELECT asset_id, SUM(net) FROM income_records WHERE year = 2025 GROUP BY asset_id")


def timed(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: caches, first-use imports
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def plain_queries(path: Path, queries: tuple[str, ...]) -> list[list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return [conn.execute(q).fetchall() for q in queries]
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="an existing large demo database (made if absent)")
    args = parser.parse_args()
    db_path = args.db or Path(tempfile.gettempdir()) / "fupin-bench-large-income.sqlite"
    if not db_path.exists():
        subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path), "demo", "--size", "large"],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)

    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from desktop.app import create_application
    from desktop.services import warnings as warning_service
    from desktop.services.database import Database
    from desktop.settings import Settings
    from desktop.views.context import AppContext
    from desktop.views.dashboard_view import DashboardView
    from desktop.views.income_grid import IncomeGridView

    app = create_application([sys.argv[0]])
    ctx = AppContext(Database(f"sqlite:///{db_path}", operator="bench"),
                     Settings(QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)))

    def open_dashboard() -> None:
        view = DashboardView(ctx)
        view.resize(1280, 760)
        view.show()
        while view.data is None:  # it fills itself in just after its first paint
            app.processEvents()
        view.repaint()
        view.close()
        view.deleteLater()

    def plain_dashboard() -> None:
        rows = plain_queries(db_path, SUMS)
        chart = QChart()
        bars = QBarSet("")
        for _year, total in rows[0]:
            bars.append(total / 1e6)
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([str(r[0]) for r in rows[0]])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        view = QChartView(chart)
        view.resize(1280, 760)
        view.show()
        view.repaint()
        view.close()
        view.deleteLater()

    dash = DashboardView(ctx)
    dash.resize(1280, 760)
    dash.show()
    while dash.data is None:
        app.processEvents()

    def refresh_dashboard() -> None:  # after a change of data: warnings computed afresh
        ctx.changed.emit("income")
        dash.repaint()

    def filter_dashboard() -> None:  # another township or year: the county's warnings are reused
        dash.township.setCurrentIndex(1 + dash.township.currentIndex() % (dash.township.count() - 1))
        dash.repaint()

    grid = IncomeGridView(ctx)
    grid.resize(1280, 760)
    grid.year.setValue(2026)
    grid.show()

    def load_grid(year: int) -> Callable[[], None]:
        def load() -> None:
            grid.year.setValue(year)
            grid.reload()
            grid.table.viewport().repaint()
        return load

    table = QTableView()
    table.resize(1280, 760)
    table.show()

    def plain_grid() -> None:
        rows = plain_queries(db_path, GRID)
        model = QStandardItemModel(len(rows[0]), 5)
        for r, row in enumerate(rows[0]):
            for c, value in enumerate(row):
                model.setItem(r, c, QStandardItem(str(value)))
        table.setModel(model)
        table.viewport().repaint()

    def warnings() -> None:
        with ctx.db.reader() as s:
            warning_service.compute_warnings(s, TODAY)

    n = args.runs
    figures = [
        ("dashboard open (view + charts painted)", timed(open_dashboard, n), timed(plain_dashboard, n)),
        ("dashboard refresh after a data change", timed(refresh_dashboard, n), timed(plain_dashboard, n)),
        ("dashboard refresh for another township", timed(filter_dashboard, n), timed(plain_dashboard, n)),
        ("income grid load, new year (2026 by 2025)", timed(load_grid(2026), n), timed(plain_grid, n)),
        ("income grid load, full year (2025 by 2024)", timed(load_grid(2025), n), timed(plain_grid, n)),
        ("warnings computation", timed(warnings, n), timed(lambda: plain_queries(db_path, FACTS), n)),
    ]
    with ctx.db.reader() as s:
        count = len(warning_service.compute_warnings(s, TODAY))
    print(f"large county: {grid.model.rowCount()} grid rows, {count} warnings; median of {n} runs")
    for label, ours, plain in figures:
        print(f"{label:42s} {ours:7.1f} ms   plain baseline {plain:6.1f} ms   ratio {ours / plain:5.2f}x"
              f"   (target <= 300 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
