"""Print preview: the generated PDF on screen, then Print (the system dialog) or Save as PDF.

What is previewed is exactly what prints and what is saved: the same PDF bytes. Printing
renders each page with Qt's PDF module (PDFium) at 300 dpi onto the printer's full page —
the document carries its own margins — so it prints the same on every printer driver.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

PRINT_DPI = 300
ZOOM_STEP = 1.25


class PrintPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.file_name = pdf, file_name
        self.setWindowTitle(self.tr("打印预览 - {title}").format(title=title))
        self.resize(900, 1000)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self._build()

    def _build(self) -> None:
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.navigator = self.view.pageNavigator()
        pages = self.document.pageCount()
        self.page = QSpinBox()
        self.page.setRange(1, max(1, pages))
        self.page.setAccelerated(True)
        self.page.valueChanged.connect(self.go_to_page)
        self.page_count = QLabel(self.tr("共 {n} 页").format(n=pages))
        self.navigator.currentPageChanged.connect(self._on_page_changed)
        self.previous_button = QPushButton(self.tr("上一页"))
        self.previous_button.clicked.connect(lambda: self.page.setValue(self.page.value() - 1))
        self.next_button = QPushButton(self.tr("下一页"))
        self.next_button.clicked.connect(lambda: self.page.setValue(self.page.value() + 1))
        self.zoom_out = QPushButton(self.tr("缩小"))
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in = QPushButton(self.tr("放大"))
        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.fit_width = QPushButton(self.tr("适合宽度"))
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = QPushButton(self.tr("整页"))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_)
        self.print_button.setDefault(True)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for w in (self.previous_button, self.page, self.page_count, self.next_button, self.zoom_out, self.zoom_in,
                  self.fit_width, self.fit_page):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.save_button, self.print_button, close):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.zoom(1 / ZOOM_STEP))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=self.next_button.click)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=self.previous_button.click)
        self._update_buttons()

    # -- navigation ----------------------------------------------------------------------
    def go_to_page(self, number: int) -> None:
        """Show page ``number`` (1-based) at the top of the view."""
        if self.navigator.currentPage() != number - 1:
            self.navigator.jump(number - 1, QPointF(), self.navigator.currentZoom())
        self._update_buttons()

    def _on_page_changed(self, index: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(index + 1)
        self.page.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous_button.setEnabled(self.page.value() > 1)
        self.next_button.setEnabled(self.page.value() < self.document.pageCount())

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, max(0.1, self.view.zoomFactor() * factor)))

    # -- output --------------------------------------------------------------------------
    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), self.file_name, self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        try:
            tmp = target.with_name(target.name + ".part")
            tmp.write_bytes(self.pdf)
            tmp.replace(target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("另存为 PDF"), self.tr("无法保存到 {path}：{error}").format(
                path=target, error=exc.strerror or exc))
            return
        self.saved_path = target

    def print_(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        size = self.document.pagePointSize(0)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF has its own margins
        return printer

    def print_to(self, printer: QPrinter) -> int:
        """Render the chosen pages (all when none chosen) onto ``printer``; returns how many."""
        count = self.document.pageCount()
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("打印"), self.tr("无法开始打印，请检查打印机。"))
            return 0
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                points = self.document.pagePointSize(number - 1)
                image = self.document.render(number - 1, QSize(round(points.width() * PRINT_DPI / 72),
                                                                round(points.height() * PRINT_DPI / 72)))
                painter.drawImage(target, image)
        finally:
            painter.end()
        return last - first + 1


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], bytes]) -> bytes | None:
    """Run ``work`` (building a PDF: no Qt, no ORM objects) in a thread while the window stays
    responsive; a progress dialog with Cancel appears if it takes longer than a moment.

    Returns None when cancelled (the thread finishes in the background; its result is
    dropped). An exception raised by ``work`` is raised here, in the GUI thread.
    """
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="pdf", daemon=True)
    thread.start()
    dialog = QProgressDialog(label, QCoreApplication.translate("print", "取消"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(lambda: loop.quit() if not thread.is_alive() or dialog.wasCanceled() else None)
    timer.start()
    loop.exec()
    timer.stop()
    cancelled = dialog.wasCanceled() and thread.is_alive()
    dialog.reset()
    dialog.deleteLater()
    if cancelled:
        return None
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
