"""Exporting the returns workbook from the GUI: pick a file, write it off the GUI thread
with a progress bar and Cancel, remember the folder.

The worker has its own session (ORM objects never cross threads) and reports rows
written; Cancel makes the next report raise, and the writer then removes its partial file,
so a cancelled export leaves nothing behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.io.returns_export import count_rows, export_returns
from desktop.services.database import Database, one_line
from desktop.views.context import AppContext


class ExportWorker(QThread):
    progressed = Signal(int)
    failed = Signal(str)
    done = Signal(int)

    def __init__(self, db: Database, target: Path, year: int | None) -> None:
        super().__init__()
        self.db, self.target, self.year = db, target, year
        self.cancelled = threading.Event()

    def _report(self, rows: int) -> None:
        if self.cancelled.is_set():
            raise InterruptedError("已取消")
        self.progressed.emit(rows)

    def run(self) -> None:
        try:
            with self.db.reader() as s:
                n = export_returns(s, self.target, self.year, progress=self._report)
        except InterruptedError:
            self.failed.emit("")
        except Exception as exc:  # noqa: BLE001 - a locked file, a full disk: reported, not raised
            self.failed.emit(one_line(exc))
        else:
            self.done.emit(n)


def export_returns_dialog(parent: QWidget, ctx: AppContext, year: int | None) -> ExportWorker | None:
    """Ask where, then start writing; returns the running worker (None if the clerk cancelled)."""
    folder = ctx.settings.last_export_folder or str(Path.home())
    name = f"收益台账-{year}.xlsx" if year else "收益台账.xlsx"
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("导出收益台账"), str(Path(folder) / name),
                                          parent.tr("Excel 工作簿 (*.xlsx)"))
    if not path:
        return None
    target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
    ctx.settings.last_export_folder = str(target.parent)
    return start_export(parent, ctx, target, year)


def start_export(parent: QWidget, ctx: AppContext, target: Path, year: int | None) -> ExportWorker:
    with ctx.db.reader() as s:
        total = count_rows(s, year)
    progress = QProgressDialog(parent.tr("正在导出收益台账…"), parent.tr("取消"), 0, max(total, 1), parent)
    progress.setWindowTitle(parent.tr("导出收益台账"))
    progress.setMinimumDuration(600)  # a quick export shows no dialog at all
    worker = ExportWorker(ctx.db, target, year)
    worker.progressed.connect(progress.setValue)
    progress.canceled.connect(worker.cancelled.set)

    def finished_ok(n: int) -> None:
        progress.reset()
        QMessageBox.information(parent, parent.tr("导出收益台账"),
                                parent.tr("已导出 {n} 行到\n{path}").format(n=n, path=str(target)))

    def finished_bad(reason: str) -> None:
        progress.reset()
        if reason:
            QMessageBox.warning(parent, parent.tr("导出收益台账"), parent.tr("导出失败：{error}").format(error=reason))

    worker.done.connect(finished_ok)
    worker.failed.connect(finished_bad)
    worker.finished.connect(worker.deleteLater)
    parent._export_worker = worker  # type: ignore[attr-defined]  # kept alive while it runs
    worker.start()
    return worker
