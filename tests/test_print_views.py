"""The print preview and where printing starts, driven offscreen as a clerk would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desktop.models import Registration
from desktop.reports import asset_docs, payout
from desktop.reports.samples import fake_plan
from desktop.services import print_data
from desktop.services.register import AssetFilter
from desktop.views.asset_editor import AssetEditor
from desktop.views.asset_register import AssetRegisterView
from desktop.views.print_preview import PrintPreviewDialog, run_with_progress
from tests.pdf_helpers import page_texts, reader, squeeze

pytestmark = pytest.mark.usefixtures("message_boxes")


@pytest.fixture(scope="module")
def sheet_pdf() -> bytes:
    return payout.render(fake_plan("东关村", 61, draft=True))


def _preview(qtbot, pdf: bytes) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(pdf, "发放表", "发放表.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preview_shows_the_pdf_and_its_page_count(qtbot, sheet_pdf) -> None:  # type: ignore[no-untyped-def]
    dialog = _preview(qtbot, sheet_pdf)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 3
    assert dialog.page_count.text() == "共 3 页"
    assert dialog.page.maximum() == 3 and dialog.page.value() == 1
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()


def test_page_navigation_and_zoom(qtbot, sheet_pdf) -> None:  # type: ignore[no-untyped-def]
    dialog = _preview(qtbot, sheet_pdf)
    dialog.next_button.click()
    assert dialog.page.value() == 2
    qtbot.waitUntil(lambda: dialog.navigator.currentPage() == 1)
    dialog.page.setValue(3)
    qtbot.waitUntil(lambda: dialog.navigator.currentPage() == 2)
    assert not dialog.next_button.isEnabled() and dialog.previous_button.isEnabled()
    before = dialog.view.zoomFactor()
    dialog.zoom_in.click()
    assert dialog.view.zoomFactor() == pytest.approx(before * 1.25)
    dialog.fit_page.click()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitInView


def test_save_as_writes_the_same_pdf(qtbot, sheet_pdf, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _preview(qtbot, sheet_pdf)
    target = tmp_path / "保存的发放表"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    dialog.save_button.click()
    assert (tmp_path / "保存的发放表.pdf").read_bytes() == sheet_pdf
    assert [p.name for p in tmp_path.iterdir()] == ["保存的发放表.pdf"]


def test_printing_renders_every_page_onto_the_printer(qtbot, sheet_pdf, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _preview(qtbot, sheet_pdf)
    printer = dialog.make_printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 3
    assert len(reader((tmp_path / "printed.pdf").read_bytes()).pages) == 3
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer) == 2
    assert len(reader((tmp_path / "range.pdf").read_bytes()).pages) == 2


def test_a_landscape_document_prints_landscape(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.reader() as s:
        pdf = asset_docs.register_printout(print_data.register_rows(s, AssetFilter()))
    dialog = _preview(qtbot, pdf)
    assert dialog.make_printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape


def test_work_runs_off_the_gui_thread_and_errors_come_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    seen: list[str] = []

    def work() -> bytes:
        seen.append(threading.current_thread().name)
        return b"%PDF-"

    assert run_with_progress(None, "…", work) == b"%PDF-"
    assert seen == ["pdf"]

    def broken() -> bytes:
        raise ValueError("坏了")

    with pytest.raises(ValueError, match="坏了"):
        run_with_progress(None, "…", broken)


def _opened_preview(qtbot, parent) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: parent.findChild(PrintPreviewDialog) is not None, timeout=10000)
    dialog = parent.findChild(PrintPreviewDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_register_prints_what_is_filtered(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    view = AssetRegisterView(ctx)
    qtbot.addWidget(view)
    view.township.setCurrentIndex(1)
    township = view.township.currentText()
    shown = [view.model.row_data(r).code for r in range(view.model.rowCount())]  # type: ignore[union-attr]
    view.print_button.click()
    dialog = _opened_preview(qtbot, view)
    text = squeeze("".join(page_texts(dialog.pdf)))
    assert f"乡镇：{township}" in text and f"合计{len(shown)}项" in text
    assert all(code in text for code in shown)


def test_asset_editor_prints_the_card_and_refuses_unsaved_changes(qtbot, ctx, message_boxes) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        asset_id = s.scalars(select(Registration.asset_id).where(Registration.is_current.is_(True))).first()
    editor = AssetEditor(ctx, asset_id)
    qtbot.addWidget(editor)
    assert editor.print_button.isEnabled()
    actions = editor.print_button.menu().actions()
    assert [a.text() for a in actions] == ["资产登记卡（含二维码）", "确权登记表"]
    actions[1].trigger()
    dialog = _opened_preview(qtbot, editor)
    assert "扶贫项目资产确权登记表" in squeeze("".join(page_texts(dialog.pdf)))
    dialog.close()
    dialog.setParent(None)
    editor.name.setText(editor.name.text() + "（改）")
    actions[0].trigger()
    assert message_boxes[-1] == ("information", "请先保存对资产的修改，再打印。")
    assert editor.findChild(PrintPreviewDialog) is None


def test_a_new_asset_cannot_be_printed_yet(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = AssetEditor(ctx, None)
    qtbot.addWidget(editor)
    assert not editor.print_button.isEnabled()


def test_preview_screenshot(qtbot, sheet_pdf, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Keeps a picture of the dialog for a person to look at (tests/…/preview.png)."""
    dialog = _preview(qtbot, sheet_pdf)
    dialog.resize(900, 900)
    qtbot.waitUntil(lambda: dialog.view.isVisible())
    qtbot.wait(100)
    path = Path(tmp_path / "preview.png")
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_ctrl_p_in_the_register_opens_the_preview(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    view = AssetRegisterView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _opened_preview(qtbot, view)
    assert dialog.document.pageCount() >= 1
