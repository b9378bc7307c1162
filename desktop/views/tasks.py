"""Long work off the GUI thread: a worker thread, a progress dialog with Cancel, a callback.

The work function gets a ``progress(done, total)`` callback; Cancel makes the next call
raise ``Cancelled`` inside the worker, so a transaction in progress rolls back. Workers
return plain data (never ORM objects) and the callbacks run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services.importing import Cancelled


class Worker(QThread):
    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled("已取消")
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
            self.failed.emit(exc)
            return
        self.done.emit(result)


def run_task(parent: QWidget, label: str, work: Callable[[Callable[[int, int], None]], Any],
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> Worker:
    """Start ``work`` in a thread with a progress dialog (shown after 400 ms) and Cancel."""
    dialog = QProgressDialog(label, parent.tr("取消"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = Worker(work, parent)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        worker.wait()
        callback(value)

    worker.progressed.connect(progressed)
    worker.done.connect(lambda result: finish(on_done, result))
    worker.failed.connect(lambda exc: finish(on_error, exc))
    dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))
    worker.start()
    return worker
