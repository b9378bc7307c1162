"""Start-up, search and editor timings on the ``large`` demo county, against a bare Qt window.

    python benchmarks/register_bench.py [--runs 5] [--db PATH]

Measures, each as the median of ``--runs`` runs:
- baseline: a fresh process importing PySide6 and painting an empty QMainWindow;
- cold start: a fresh process starting the program on the large county until the main
  window has painted with the register loaded (same interpreter flags as the baseline);
- search: a keystroke in the register's search box until the table has been repainted;
- editor: opening the asset editor on an asset until it has painted.
Prints one line per figure and the start-up ratio to the baseline. Targets (issue 2):
start ≤ 2× baseline and < 1 s; search and editor ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The parent notes the wall clock before spawning; each child prints the wall clock once its
# window has painted and leaves without teardown, so both figures cover interpreter start,
# imports, set-up and the first paint — and nothing after it.
BASELINE = textwrap.dedent("""
    import os, time
    from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
    app = QApplication([])
    w = QMainWindow(); w.setCentralWidget(QLabel("baseline")); w.resize(1280, 800); w.show()
    w.repaint(); app.processEvents()
    print(time.time(), flush=True); os._exit(0)
""")
PROGRAM = textwrap.dedent("""
    import os, sys, tempfile, time
    from PySide6.QtCore import QSettings
    from desktop.app import create_application
    from desktop.services.database import Database
    from desktop.services import schema
    from desktop.settings import Settings
    from desktop.views.context import AppContext
    from desktop.views.main_window import MainWindow
    app = create_application([sys.argv[0]])
    db = Database(sys.argv[1], operator="bench")
    schema.upgrade(db.engine)
    store = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    w = MainWindow(AppContext(db, Settings(store))); w.resize(1280, 800); w.show()
    w.repaint(); app.processEvents()
    assert w.register.model.rowCount() > 2000, w.register.model.rowCount()
    print(time.time(), flush=True); os._exit(0)
""")


def run_child(code: str, *args: str) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT,
                         capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1]) - start


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def in_process(db_url: str, runs: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import QSettings

    from desktop.app import create_application
    from desktop.services.database import Database
    from desktop.settings import Settings
    from desktop.views.asset_editor import AssetEditor
    from desktop.views.context import AppContext
    from desktop.views.main_window import MainWindow

    app = create_application([sys.argv[0]])
    store = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    ctx = AppContext(Database(db_url, operator="bench"), Settings(store))
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    search, editor_times = [], []
    words = ["光", "光伏", "大棚", "HP2019", "合作社", "冷库"]
    for i in range(runs * len(words)):
        window.register.search.clear()
        app.processEvents()
        start = time.perf_counter()
        window.register.search.setText(words[i % len(words)])  # what one keystroke triggers
        window.register.table.viewport().repaint()
        search.append(time.perf_counter() - start)
    window.register.search.clear()
    for row in range(runs * 3):
        asset_id = window.register.model.asset_id(row * 37)
        start = time.perf_counter()
        editor = AssetEditor(ctx, asset_id, window)
        editor.show()
        editor.repaint()
        editor_times.append(time.perf_counter() - start)
        editor.done(0)
        editor.deleteLater()
        app.processEvents()
    window.close()
    return search, editor_times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="an existing large demo database (made if absent)")
    args = parser.parse_args()
    db_path = args.db or Path(tempfile.gettempdir()) / "fupin-bench-large.sqlite"
    url = f"sqlite:///{db_path}"
    if not db_path.exists():
        subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path), "demo", "--size", "large"],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    run_child(BASELINE)  # warm the OS file cache for both children alike
    run_child(PROGRAM, url)
    baseline = [run_child(BASELINE) for _ in range(args.runs)]
    start = [run_child(PROGRAM, url) for _ in range(args.runs)]
    search, editor = in_process(url, args.runs)
    b, s = median_ms(baseline), median_ms(start)
    print(f"baseline bare PySide6 window start : {b:7.0f} ms (median of {args.runs})")
    print(f"cold start, large county register  : {s:7.0f} ms  ratio {s / b:.2f}x  (target <= 2x and < 1000 ms)")
    print(f"search keystroke to table repainted: {median_ms(search):7.1f} ms median, "
          f"{max(search) * 1000:.1f} ms max of {len(search)}  (target <= 100 ms)")
    print(f"open asset editor to painted       : {median_ms(editor):7.1f} ms median, "
          f"{max(editor) * 1000:.1f} ms max of {len(editor)}  (target <= 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
