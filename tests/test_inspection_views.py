"""The inspection screens driven as a clerk would: by keyboard, from typing the asset to
seeing the record in the list and in the asset's 验收 tab."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from sqlalchemy import select

from desktop.domain.inspections import InspectionResult
from desktop.models import Asset
from desktop.reports.inspection_form import inspection_form
from desktop.services import attachments, print_data
from desktop.services import inspections as svc
from desktop.views.attachments_panel import AttachmentsPanel
from desktop.views.inspection_form import InspectionDialog
from desktop.views.inspection_table_model import InspectionTableModel, OverdueTableModel
from desktop.views.inspections_view import InspectionsView
from desktop.views.main_window import MainWindow
from desktop.views.print_preview import PrintPreviewDialog
from tests.pdf_helpers import page_texts, squeeze
from tests.qt_helpers import type_text

pytestmark = pytest.mark.usefixtures("message_boxes")

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8"
                    "cfc0f01f0005000200f0b5e1f60000000049454e44ae426082")


def key(widget, k, mod=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    QTest.keyClick(widget, k, mod)


def an_asset(ctx) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        a = s.scalars(select(Asset).where(Asset.status == "operating").order_by(Asset.id.desc())).first()
        return a.id, a.code


def test_entry_form_by_keyboard_then_list_and_asset_tab(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("inspections")
    view: InspectionsView = window.stack.currentWidget()  # type: ignore[assignment]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.search.setFocus()
    key(view.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    dialog = view.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    asset_id, code = an_asset(ctx)

    # The asset: type the head of its code, the completer offers matches, Down + Enter takes one.
    type_text(dialog.asset, code)
    popup = dialog.asset.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    key(popup, Qt.Key.Key_Down)
    key(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.asset.asset_id == asset_id)
    assert code in dialog.asset.text()

    key(dialog.asset, Qt.Key.Key_Tab)  # → kind (竣工验收 by default)
    assert dialog.focusWidget() is dialog.kind
    key(dialog.kind, Qt.Key.Key_Tab)  # → date (today)
    assert dialog.focusWidget() is dialog.inspected_on
    key(dialog.inspected_on, Qt.Key.Key_Tab)  # → result: Tab leaves the date, not just its day part
    assert dialog.focusWidget() is dialog.result
    key(dialog.result, Qt.Key.Key_Down)  # 基本合格
    assert dialog.result.currentData() == InspectionResult.BASICALLY
    type_text(dialog.investment, "1,234,567.89")
    key(dialog.investment, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # checklist toggles by key
    key(dialog.investment, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    type_text(dialog.findings, "项目公示牌未设立")
    type_text(dialog.team.cell(0, 0), "周验收")
    type_text(dialog.team.cell(0, 1), "和平县农业农村局")
    assert not dialog.save_button.isEnabled()
    assert "验收结论为“基本合格”时须提出整改要求" in dialog.problems.text()
    key(dialog.findings, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # a rectification row
    assert dialog.rectifications.table.rowCount() == 1
    assert dialog.focusWidget() is dialog.rectifications.cell(0, 0)
    type_text(dialog.rectifications.cell(0, 0), "设立项目公示牌")
    type_text(dialog.rectifications.cell(0, 1), "王村长")
    type_text(dialog.rectifications.cell(0, 2), "+30")
    qtbot.waitUntil(dialog.save_button.isEnabled)
    with qtbot.waitSignal(dialog.finished):
        key(dialog.rectifications.cell(0, 2), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [saved] = dialog.saved_ids
    with ctx.db.reader() as s:
        data = svc.get_inspection(s, saved).data
    assert data.asset_id == asset_id and data.result == InspectionResult.BASICALLY
    assert str(data.verified_investment) == "1234567.89"
    assert data.checks["check_quality"] and data.checks["check_reimbursement"] and not data.checks["check_funds"]
    assert [(m.name, m.unit) for m in data.team] == [("周验收", "和平县农业农村局")]
    assert [(r.requirement, r.deadline) for r in data.rectifications] == [
        ("设立项目公示牌", date.today() + timedelta(days=30))]

    # In the list, selected; and in the asset's 验收 tab.
    row = view.model.row_of(saved)
    assert row is not None and view.table.currentIndex().row() == row
    assert view.model.row_data(row).open_rectifications == 1  # type: ignore[union-attr]
    editor = window.open_asset(asset_id)
    tab = editor.inspections_tab
    assert saved in tab._ids
    texts = [tab.inspections.item(tab._ids.index(saved), c).text() for c in range(5)]
    assert texts[:3] == [date.today().isoformat(), "竣工验收", "基本合格"] and texts[4] == "周验收"
    editor.close()


def test_save_and_new_keeps_team_and_date_and_clears_the_asset(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    asset_id, code = an_asset(ctx)
    dialog = InspectionDialog(ctx, asset_id=asset_id)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.team.cell(0, 0), "沈一")
    qtbot.waitUntil(dialog.save_new_button.isEnabled)
    assert dialog.save_and_new()
    assert dialog.asset.asset_id is None and dialog.asset.text() == ""
    assert [m.name for m in dialog.team.members()] == ["沈一"]
    assert dialog.inspected_on.value() == date.today()
    assert not dialog.save_button.isEnabled()  # the next asset is still to be chosen
    type_text(dialog.asset, code)
    key(dialog.asset, Qt.Key.Key_Return)  # Enter takes the first (here: exact) match
    assert dialog.asset.asset_id == asset_id
    assert dialog.save_and_new()
    assert len(dialog.saved_ids) == 2 and len(set(dialog.saved_ids)) == 2


def test_problems_are_shown_and_save_stays_disabled(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = InspectionDialog(ctx)
    qtbot.addWidget(dialog)
    assert "请选择被验收的资产" in dialog.problems.text()
    assert not dialog.save_button.isEnabled()
    dialog.add_rectification()
    type_text(dialog.rectifications.cell(0, 2), "明天")
    assert "第 1 行整改期限“明天”不是有效日期（如 2026-07-01）" in dialog.problems.text().splitlines()
    assert dialog.tabs.tabBar().tabTextColor(1) == Qt.GlobalColor.red


def test_team_members_are_offered_and_fill_unit_and_role(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        known = svc.known_team_members(s)[0]
    dialog = InspectionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    name = dialog.team.cell(0, 0)
    type_text(name, known.name)
    assert known.name in dialog.team.names.stringList()
    key(name, Qt.Key.Key_Tab)
    assert dialog.team.members()[0] == known


def test_attachments_pending_then_saved_and_opened_byte_for_byte(qtbot, ctx, tmp_path, monkeypatch,
                                                                 message_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices

    opened: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    photo = tmp_path / "现场照片.png"
    photo.write_bytes(PNG)
    big = tmp_path / "超大扫描.pdf"
    big.write_bytes(b"%PDF" + b"\0" * (attachments.MAX_BYTES + 1))
    asset_id, _ = an_asset(ctx)
    dialog = InspectionDialog(ctx, asset_id=asset_id)
    qtbot.addWidget(dialog)
    type_text(dialog.team.cell(0, 0), "沈二")
    dialog.attachments.add_files([photo, big])
    assert message_boxes and "超过上限 20.0 MB" in message_boxes[-1][1] and "超大扫描.pdf" in message_boxes[-1][1]
    assert dialog.attachments.list.count() == 1
    assert not dialog.attachments.list.item(0).icon().isNull()  # a thumbnail made by Qt
    assert dialog.save()
    [saved] = dialog.saved_ids
    with ctx.db.reader() as s:
        [info] = attachments.list_for(s, "inspection", saved)
    assert info.file_name == "现场照片.png" and info.size == len(PNG)
    reopened = InspectionDialog(ctx, saved)
    qtbot.addWidget(reopened)
    assert reopened.attachments.list.count() == 1
    reopened.attachments.list.setCurrentRow(0)
    path = reopened.attachments.open_current()
    assert opened == [path] and path is not None and path.read_bytes() == PNG and path.name == "现场照片.png"
    # Editing the record keeps its attachment.
    reopened.findings.setPlainText("补充说明")
    assert reopened.save()
    with ctx.db.reader() as s:
        assert [a.file_name for a in attachments.list_for(s, "inspection", saved)] == ["现场照片.png"]


def test_overdue_tab_lists_days_late_and_filters_narrow(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    view = InspectionsView(ctx)
    qtbot.addWidget(view)
    view.show()  # the list loads when first shown
    overdue = view.overdue_model.rows
    assert overdue and all(r.days_late == (date.today() - r.deadline).days > 0 for r in overdue)
    assert view.overdue_model.data(view.overdue_model.index(0, 0)) == str(max(r.days_late for r in overdue))
    assert f"（{len(overdue)}）" in view.tabs.tabText(1)
    everything = view.model.rowCount()
    view.result.setCurrentIndex(view.result.findData(InspectionResult.FAILED))
    failed = view.model.rowCount()
    assert 0 < failed < everything
    assert all(view.model.row_data(r).result == "failed" for r in range(failed))  # type: ignore[union-attr]
    view.result.setCurrentIndex(0)
    view.township.setCurrentIndex(1)
    town = view.township.currentText()
    assert all(view.model.row_data(r).township == town for r in range(view.model.rowCount()))  # type: ignore[union-attr]
    assert all(r.township == town for r in view.overdue_model.rows)
    view.township.setCurrentIndex(0)
    type_text(view.date_from, "2025-01-01")
    assert all(view.model.row_data(r).inspected_on >= date(2025, 1, 1)  # type: ignore[union-attr]
               for r in range(view.model.rowCount()))


def test_clicking_a_header_sorts_in_sql(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    view = InspectionsView(ctx)
    qtbot.addWidget(view)
    view.show()  # the list loads when first shown
    col = [c[0] for c in InspectionTableModel.COLUMNS].index("code")
    view.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    codes = [view.model.row_data(r).code for r in range(view.model.rowCount())]  # type: ignore[union-attr]
    assert codes == sorted(codes)


def test_models_pass_qt_model_checks(qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    view = InspectionsView(ctx)
    view.refresh()
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.overdue_model)
    assert isinstance(view.overdue_model, OverdueTableModel)


def test_handover_from_the_asset_tab_then_registration_is_offered(qtbot, ctx, monkeypatch,
                                                                  tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop.views.asset_editor import AssetEditor
    from desktop.views.asset_inspections_tab import HandoverDialog

    with ctx.db.reader() as s:
        facts = [f for f in __import__("desktop.services.inspection_warnings", fromlist=["x"]).acceptance_facts(s)
                 if f.last_passed and not f.has_handover and not f.registered]
    asset_id = facts[0].asset_id
    editor = AssetEditor(ctx, asset_id)
    qtbot.addWidget(editor)
    tab = editor.inspections_tab
    assert tab.handover_button.isEnabled() and "尚未移交" in tab.status.text()
    dialog = tab.handover_dialog()
    assert isinstance(dialog, HandoverDialog) and dialog.ok.isEnabled()
    type_text(dialog.items.cell(0, 1), "1")
    scan = tmp_path / "移交单.png"
    scan.write_bytes(PNG)
    dialog.attachments.add_files([scan])
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "移交" in tab.status.text() and tab.handovers.rowCount() == 1
    files = tab.handover_files(0)
    assert files is not None
    panel = files.findChild(AttachmentsPanel)
    assert panel.list.count() == 1 and panel.list.item(0).text() == "移交单.png"
    files.reject()
    asked: list[bool] = []
    monkeypatch.setattr(HandoverDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(editor, "_register", lambda: asked.append(True))
    tab.hand_over()
    assert asked == [True] and editor.tabs.currentIndex() == 3


def test_delete_asks_first_and_removes_record_and_attachments(qtbot, ctx, monkeypatch,
                                                              message_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    view = InspectionsView(ctx)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0  # not loaded before it is shown
    view.show()
    view.table.selectRow(0)
    iid = view.current_id()
    assert iid is not None
    with ctx.db.session() as s:
        attachments.add(s, "inspection", iid, "a.png", PNG)
    view.delete_current()  # the patched box answers "discard": nothing happens
    assert message_boxes[-1][0] == "question" and "删除" in message_boxes[-1][1]
    assert view.model.row_of(iid) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_current()
    assert view.model.row_of(iid) is None
    with ctx.db.reader() as s:
        assert attachments.list_for(s, "inspection", iid) == []
        with pytest.raises(Exception, match="验收记录不存在"):
            svc.get_inspection(s, iid)


def test_a_closed_editor_no_longer_listens(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.views.asset_editor import AssetEditor

    asset_id, _ = an_asset(ctx)
    editor = AssetEditor(ctx, asset_id)
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.changed.emit("inspections")  # would raise "C++ object already deleted" if still connected


def test_export_runs_off_the_gui_thread_and_reports(qtbot, ctx, tmp_path, monkeypatch,
                                                     message_boxes) -> None:  # type: ignore[no-untyped-def]
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "验收记录.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view = InspectionsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.result.setCurrentIndex(view.result.findData(InspectionResult.FAILED))
    worker = view.export()
    assert worker is not None
    qtbot.waitUntil(lambda: any("已导出" in text for _k, text in message_boxes), timeout=20000)
    rows = list(openpyxl.load_workbook(out)["验收记录"].iter_rows(min_row=4, values_only=True))
    assert len(rows) == view.model.rowCount() + 1 and all(r[6] == "不合格" for r in rows[:-1])


def test_cancelled_export_leaves_no_file(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.inspections import InspectionFilter
    from desktop.views.export_worker import ExportWorker

    out = tmp_path / "x.xlsx"
    worker = ExportWorker(ctx.db, out, InspectionFilter())
    outcome: list[str] = []
    worker.failed.connect(outcome.append)
    worker.succeeded.connect(lambda n: outcome.append(f"ok {n}"))
    worker.cancel()
    worker.run()  # in this thread: the writer's first progress report raises
    assert outcome == [""] and not out.exists() and not list(tmp_path.glob("*.part"))


def _preview_of(qtbot, parent) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: parent.findChild(PrintPreviewDialog) is not None, timeout=10000)
    dialog = parent.findChild(PrintPreviewDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def _expected_pages(ctx, inspection_id: int) -> int:  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        return len(page_texts(inspection_form(print_data.inspection_sheet(s, inspection_id))))


def test_ctrl_p_shows_the_selected_record_s_form_in_the_print_preview(qtbot, ctx,
                                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    view = InspectionsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.selectRow(1)
    row = view.model.row_data(1)
    assert row is not None
    qtbot.keyClick(view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _preview_of(qtbot, view)
    pages = _expected_pages(ctx, row.id)
    assert dialog.document.pageCount() == pages and dialog.page_count.text() == f"共 {pages} 页"
    text = squeeze("".join(page_texts(dialog.pdf)))
    assert f"YS-{row.id:06d}" in text and row.code in text and squeeze(row.team.split("、")[0]) in text
    assert dialog.file_name == f"验收单-{row.code}-YS-{row.id:06d}.pdf"
    assert not asked  # shown in the preview; saving is the preview's 另存为


def test_the_asset_tab_prints_the_selected_inspection(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func

    from desktop.models import Inspection
    from desktop.views.asset_editor import AssetEditor

    with ctx.db.reader() as s:
        asset_id = s.scalars(select(Inspection.asset_id).group_by(Inspection.asset_id)
                             .having(func.count(Inspection.id) > 1)).first()
    editor = AssetEditor(ctx, asset_id)
    qtbot.addWidget(editor)
    tab = editor.inspections_tab
    assert tab.print_button.isEnabled()
    tab.inspections.selectRow(1)
    tab.print_button.click()
    dialog = _preview_of(qtbot, tab)
    chosen = tab._ids[1]
    assert dialog.document.pageCount() == _expected_pages(ctx, chosen)
    assert f"YS-{chosen:06d}" in squeeze("".join(page_texts(dialog.pdf)))


def test_a_new_asset_s_tab_has_nothing_to_print(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.asset_editor import AssetEditor

    editor = AssetEditor(ctx, None)
    qtbot.addWidget(editor)
    assert not editor.inspections_tab.print_button.isEnabled()
