"""Excel export off the GUI thread, with a progress dialog that can cancel it.

Writing ten thousand styled rows takes seconds on an office PC; the worker opens its own
session (nothing ORM crosses threads), reports rows written, and on Cancel raises inside
the writer's progress callback, so no half-written file is left behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.services.database import Database, one_line
from desktop.services.inspections import InspectionFilter


class ExportWorker(QThread):
    progressed = Signal(int)
    failed = Signal(str)  # empty: cancelled
    succeeded = Signal(int)

    def __init__(self, db: Database, out: Path, f: InspectionFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.out, self.filter = db, out, f
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, rows: int) -> None:
        if self.cancelled:
            raise InterruptedError
        self.progressed.emit(rows)

    def run(self) -> None:
        from desktop.io.inspections_export import export_inspections

        try:
            with self.db.reader() as s:
                n = export_inspections(s, self.out, self.filter, progress=self._progress)
        except InterruptedError:
            self.failed.emit("")
        except Exception as exc:  # noqa: BLE001 - shown to the clerk in one line
            self.failed.emit(one_line(exc))
        else:
            self.succeeded.emit(n)


def export_with_progress(parent: QWidget, db: Database, out: Path, f: InspectionFilter) -> ExportWorker:
    """Start the export; a progress dialog (after ~0.6 s) offers Cancel; the result is reported."""
    title = parent.tr("导出验收记录")
    dialog = QProgressDialog(parent.tr("正在导出验收记录……"), parent.tr("取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(600)
    worker = ExportWorker(db, out, f, parent)
    dialog.canceled.connect(worker.cancel)
    worker.progressed.connect(lambda n: dialog.setLabelText(parent.tr("已写入 {n} 行……").format(n=n)))

    def finished_ok(n: int) -> None:
        dialog.reset()
        QMessageBox.information(parent, title, parent.tr("已导出 {n} 条验收记录：\n{path}").format(n=n, path=out))

    def finished_bad(reason: str) -> None:
        dialog.reset()
        if reason:
            QMessageBox.warning(parent, title, parent.tr("导出失败：{reason}").format(reason=reason))

    worker.succeeded.connect(finished_ok)
    worker.failed.connect(finished_bad)
    worker.finished.connect(worker.deleteLater)
    worker.start()
    return worker
