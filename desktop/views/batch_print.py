"""批量打印: a year's (or quarter's) payout sheets, notices or slips of a township or of the
whole county, as one PDF or one PDF per village into a folder.

The work runs in a worker thread with its own session (plans are read and rendered village
by village, nothing ORM crosses threads), a progress bar counts villages, and Cancel stops
between villages. ``reports.batch`` writes through temporary names, so a cancelled or
failed run leaves no file behind — the clerk never finds half a county in the folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths, QThread, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.reports import plan_batch
from desktop.reports.batch import Cancelled
from desktop.reports.plan_docs import PlanDoc
from desktop.services import regions
from desktop.services.database import Database, one_line
from desktop.views.context import AppContext


class PlanSource(Protocol):
    """Where the batch's plans come from (the plan print service; a fake in tests)."""

    def count(self, session: Session, year: int, township_id: int | None, quarter: int | None) -> int: ...

    def plans(self, session: Session, year: int, township_id: int | None,
              quarter: int | None) -> Iterable[PlanDoc]: ...


class ServiceSource:
    """The plans in the database, through ``services.plan_print``."""

    def count(self, session: Session, year: int, township_id: int | None, quarter: int | None) -> int:
        from desktop.services import plan_print

        return plan_print.count_plans(session, year, township_id, quarter)

    def plans(self, session: Session, year: int, township_id: int | None,
              quarter: int | None) -> Iterable[PlanDoc]:
        from desktop.services import plan_print

        return plan_print.plan_docs_for(session, year, township_id, quarter)


@dataclass(frozen=True)
class BatchRequest:
    document: plan_batch.PlanDocument
    year: int
    quarter: int | None
    township_id: int | None
    target: Path
    per_village: bool


class BatchWorker(QThread):
    progressed = Signal(int, int, str)   # villages done, villages in all, the last village
    succeeded = Signal(object)           # plan_batch.BatchResult
    failed = Signal(str)                 # the reason; empty when cancelled

    def __init__(self, db: Database, source: PlanSource, request: BatchRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.source, self.request = db, source, request
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:
        r = self.request
        try:
            with self.db.reader() as s:
                total = self.source.count(s, r.year, r.township_id, r.quarter)
                if not total:
                    self.failed.emit(self.tr("没有符合条件的分配方案。"))
                    return
                self.progressed.emit(0, total, "")
                result = plan_batch.run(
                    r.document, self.source.plans(s, r.year, r.township_id, r.quarter), r.target,
                    per_village=r.per_village, total=total,
                    progress=lambda done, n, village: self.progressed.emit(done, n or total, village),
                    cancelled=lambda: self.cancelled)
        except Cancelled:
            self.failed.emit("")
        except Exception as exc:  # noqa: BLE001 - shown to the clerk in one line
            self.failed.emit(one_line(exc))
        else:
            self.succeeded.emit(result)


class BatchPrintDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, source: PlanSource | None = None,
                 year: int | None = None, township_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.source = ctx, source or ServiceSource()
        self.worker: BatchWorker | None = None
        self.result: plan_batch.BatchResult | None = None
        self._path_edited = False
        self.setWindowTitle(self.tr("批量打印"))
        self.setMinimumWidth(560)
        self._build()
        if year is not None:
            self.year.setValue(year)
        self._load_townships()
        if township_id is not None and self.township.findData(township_id) >= 0:
            self.township.setCurrentIndex(self.township.findData(township_id))
        self._choice_changed()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.document = QComboBox()
        for doc in plan_batch.DOCUMENTS.values():
            self.document.addItem(self.tr(doc.label), doc.key)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year - 1)  # a year's income is distributed the year after
        self.quarter = QComboBox()
        for text, q in ((self.tr("全年"), 0), (self.tr("第一季度"), 1), (self.tr("第二季度"), 2),
                        (self.tr("第三季度"), 3), (self.tr("第四季度"), 4)):
            self.quarter.addItem(text, q)
        period = QHBoxLayout()
        period.addWidget(self.year)
        period.addWidget(self.quarter, 1)
        self.township = QComboBox()
        self.one_file = QRadioButton(self.tr("合并为一个 PDF 文件(&O)"))
        self.per_village = QRadioButton(self.tr("每村一个 PDF 文件，存入文件夹(&V)"))
        self.one_file.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.one_file)
        self.mode.addButton(self.per_village)
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("浏览(&B)…"))
        self.browse.clicked.connect(self.choose_target)
        target = QHBoxLayout()
        target.addWidget(self.path, 1)
        target.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("文书(&D)："), self.document)
        form.addRow(self.tr("期间(&Y)："), period)
        form.addRow(self.tr("范围(&T)："), self.township)
        form.addRow(self.tr("输出："), self.one_file)
        form.addRow("", self.per_village)
        form.addRow(self.tr("保存到(&S)："), target)
        form.labelForField(period).setBuddy(self.year)
        form.labelForField(target).setBuddy(self.path)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v / %m 个村"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # until there is a count to show
        self.status = QLabel(self.tr("选择文书、期间和范围，然后点“开始打印”。"))
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("开始打印"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("关闭"))
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.open_button = QPushButton(self.tr("打开文件夹"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for w in (self.document, self.quarter, self.township):
            w.currentIndexChanged.connect(self._choice_changed)
        self.year.valueChanged.connect(self._choice_changed)
        self.mode.buttonToggled.connect(lambda _b, on: on and self._choice_changed())
        self.path.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))

    def _load_townships(self) -> None:
        self.township.addItem(self.tr("全县"), None)
        with self.ctx.db.reader() as s:
            for t in regions.regions_at(s, "township"):
                self.township.addItem(t.name, t.id)

    # -- choices --------------------------------------------------------------------------
    def chosen_document(self) -> plan_batch.PlanDocument:
        return plan_batch.DOCUMENTS[self.document.currentData()]

    def _choice_changed(self) -> None:
        doc = self.chosen_document()
        self.one_file.setEnabled(doc.one_pdf)
        self.one_file.setToolTip("" if doc.one_pdf else self.tr("公示按村张贴，每村一个文件。"))
        if not doc.one_pdf and self.one_file.isChecked():
            self.per_village.setChecked(True)  # re-enters through buttonToggled
            return
        if not self._path_edited:
            self.path.setText(str(self._default_target()))

    def _describe(self) -> str:
        q = self.quarter.currentData()
        period = f"{self.year.value()}年" + (self.quarter.currentText() if q else "度")
        return f"{self.township.currentText()}{period}{self.chosen_document().label}"

    def _default_target(self) -> Path:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        name = self._describe()
        return folder / (name if self.per_village.isChecked() else f"{name}.pdf")

    def choose_target(self) -> None:
        current = self.path.text().strip() or str(self._default_target())
        if self.per_village.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("选择保存文件夹"), current)
        else:
            chosen, _f = QFileDialog.getSaveFileName(self, self.tr("保存为"), current, self.tr("PDF 文件 (*.pdf)"))
            if chosen and not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
        if chosen:
            self.path.setText(chosen)
            self._path_edited = True

    def request(self) -> BatchRequest | None:
        """What to print, or None (after saying why) when the target will not do."""
        text = self.path.text().strip()
        if not text:
            self.choose_target()
            text = self.path.text().strip()
            if not text:
                return None
        target = Path(text)
        per_village = self.per_village.isChecked()
        if not per_village and target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if not per_village and not target.parent.is_dir():
            QMessageBox.warning(self, self.tr("批量打印"), self.tr("文件夹不存在：{path}").format(path=target.parent))
            return None
        if not self._may_overwrite(target, per_village):
            return None
        q = self.quarter.currentData()
        return BatchRequest(self.chosen_document(), self.year.value(), q or None, self.township.currentData(),
                            target, per_village)

    def _may_overwrite(self, target: Path, per_village: bool) -> bool:
        if per_village:
            if not (target.is_dir() and any(target.glob("*.pdf"))):
                return True
            text = self.tr("文件夹中已有 PDF 文件，同名的文件将被替换。继续吗？\n{path}")
        elif target.exists():
            text = self.tr("文件已存在，要替换它吗？\n{path}")
        else:
            return True
        answer = QMessageBox.question(self, self.tr("批量打印"), text.format(path=target))
        return answer == QMessageBox.StandardButton.Yes

    # -- running --------------------------------------------------------------------------
    def start(self) -> BatchWorker | None:
        request = self.request()
        if request is None:
            return None
        self.result = None
        self.progress.setRange(0, 0)  # busy until the plans are counted
        self.status.setText(self.tr("正在读取分配方案……"))
        self._set_running(True)
        worker = BatchWorker(self.ctx.db, self.source, request, self)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.finished.connect(lambda: self._finished(worker))
        self.worker = worker
        worker.start()
        return worker

    def _set_running(self, running: bool) -> None:
        for w in (self.document, self.year, self.quarter, self.township, self.one_file, self.per_village,
                  self.path, self.browse, self.start_button):
            w.setEnabled(not running)
        if not running:
            self.one_file.setEnabled(self.chosen_document().one_pdf)
        self.cancel_button.setText(self.tr("取消") if running else self.tr("关闭"))
        self.open_button.setEnabled(False)

    def _progressed(self, done: int, total: int, village: str) -> None:
        self.progress.setTextVisible(True)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if village:
            self.status.setText(self.tr("已完成 {done} / {total} 个村：{village}").format(
                done=done, total=total, village=village))

    def _succeeded(self, result: plan_batch.BatchResult) -> None:
        self.result = result
        if result.pages is not None:
            text = self.tr("完成：{n} 个村，共 {pages} 页，已保存到 {path}").format(
                n=result.villages, pages=result.pages, path=result.files[0])
        else:
            text = self.tr("完成：{n} 个村，{files} 个文件，已保存到 {path}").format(
                n=result.villages, files=len(result.files), path=self.worker.request.target if self.worker else "")
        self.status.setText(text)

    def _failed(self, reason: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        if reason:
            self.status.setText(self.tr("未能打印：{reason}").format(reason=reason))
        else:
            self.status.setText(self.tr("已取消，没有生成任何文件。"))

    def _finished(self, worker: BatchWorker) -> None:
        worker.deleteLater()
        if self.worker is worker:
            self.worker = None
        self._set_running(False)
        self.open_button.setEnabled(self.result is not None)

    def running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def cancel_or_close(self) -> None:
        if self.running():
            assert self.worker is not None
            self.worker.cancel()
            self.status.setText(self.tr("正在取消……"))
            self.cancel_button.setEnabled(False)
            self.worker.finished.connect(lambda: self.cancel_button.setEnabled(True))
        else:
            self.reject()

    def open_folder(self) -> None:
        if self.result and self.result.files:
            first = self.result.files[0]
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(first.parent)))

    def reject(self) -> None:
        if self.running():  # Esc or the window's close button while printing: cancel first
            self.cancel_or_close()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.running():
            self.cancel_or_close()
            event.ignore()
            return
        super().closeEvent(event)


def open_batch_print(parent: QWidget, ctx: AppContext, year: int | None = None,
                     township_id: int | None = None) -> BatchPrintDialog:
    """The dialog, window-modal, on ``year`` (else the latest year that has plans) and
    ``township_id`` (else the county); deleted when closed."""
    from desktop.services import plan_print

    if year is None:
        with ctx.db.reader() as s:
            year = plan_print.latest_year(s)
    dialog = BatchPrintDialog(ctx, parent, year=year, township_id=township_id)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
