"""The Qt layer driven as a clerk would: typing, clicking, saving, and seeing the result."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from desktop.domain.vocab import Category, RegionLevel
from desktop.services import assets as asset_service
from desktop.services import regions as region_service
from desktop.services import register
from desktop.services.register import AssetFilter
from desktop.views.asset_editor import AssetEditor
from desktop.views.asset_register import AssetRegisterView
from desktop.views.asset_table_model import AssetTableModel
from desktop.views.main_window import MainWindow
from desktop.views.ownership_dialogs import RegistrationDialog
from desktop.views.regions_view import RegionDialog
from tests.qt_helpers import type_text

pytestmark = pytest.mark.usefixtures("message_boxes")


def shown_codes(view: AssetRegisterView) -> list[str]:
    return [view.model.row_data(r).code for r in range(view.model.rowCount())]  # type: ignore[union-attr]


def test_search_as_you_type_filters_rows_and_total(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    view = AssetRegisterView(ctx)
    qtbot.addWidget(view)
    everything = view.model.rowCount()
    assert everything > 0
    type_text(view.search, "光伏")
    rows = [view.model.row_data(r) for r in range(view.model.rowCount())]
    assert 0 < len(rows) < everything
    assert all("光伏" in r.name or "光伏" in r.code or "光伏" in r.operator for r in rows)  # type: ignore[union-attr]
    total = sum((r.original_value for r in rows), Decimal("0.00"))  # type: ignore[union-attr]
    assert f"{total:,.2f}" in view.summary.text()
    assert f"共 {len(rows)} 项" in view.summary.text()
    view.search.clear()
    assert view.model.rowCount() == everything


def test_filters_narrow_by_township_category_and_registration(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    view = AssetRegisterView(ctx)
    qtbot.addWidget(view)
    view.township.setCurrentIndex(1)
    township = view.township.currentText()
    rows = [view.model.row_data(r) for r in range(view.model.rowCount())]
    assert rows and all(r.township == township for r in rows)  # type: ignore[union-attr]
    view.township.setCurrentIndex(0)
    view.category.setCurrentIndex(view.category.findData(Category.PV))
    assert all(view.model.row_data(r).category == Category.PV for r in range(view.model.rowCount()))  # type: ignore[union-attr]
    view.category.setCurrentIndex(0)
    view.registered.setCurrentIndex(view.registered.findData(False))
    pending = view.model.rowCount()
    assert pending > 0
    assert all(not view.model.row_data(r).registered for r in range(pending))  # type: ignore[union-attr]
    with ctx.db.reader() as s:
        assert pending == len(register.search(s, AssetFilter(registered=False)).ids)


def test_clicking_a_header_sorts_in_sql(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    view = AssetRegisterView(ctx)
    qtbot.addWidget(view)
    col = [c[0] for c in AssetTableModel.COLUMNS].index("original_value")
    view.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    values = [view.model.row_data(r).original_value for r in range(view.model.rowCount())]  # type: ignore[union-attr]
    assert values == sorted(values, reverse=True)
    view.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    values = [view.model.row_data(r).original_value for r in range(view.model.rowCount())]  # type: ignore[union-attr]
    assert values == sorted(values)


def test_table_model_passes_qt_model_checks(qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    view = AssetRegisterView(ctx)
    qtmodeltester.check(view.model)


def _fill_new_asset(qtbot, editor: AssetEditor, code: str, village_index: int = 1) -> None:  # type: ignore[no-untyped-def]
    type_text(editor.code, code)
    type_text(editor.name, "测试村50kW光伏电站")
    editor.village.setCurrentIndex(village_index)
    type_text(editor.original_value, "300,000.00")
    editor.funding.add_row()
    type_text(editor.funding.cell(0, 1), "300000")


def test_new_asset_saves_only_when_shares_add_up(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    editor = window.open_asset(None)
    _fill_new_asset(qtbot, editor, "T-0001")
    villages = [editor.beneficiaries.columns[0].choices[i][1] for i in (0, 1)]  # type: ignore[index]
    editor.beneficiaries.add_row([villages[0], "60"])
    editor.beneficiaries.add_row([villages[1], "30"])
    assert not editor.save_button.isEnabled()
    assert "份额合计 90.00%" in editor.problems.text()
    share = editor.beneficiaries.cell(1, 1)
    share.clear()  # type: ignore[union-attr]
    type_text(share, "40")
    assert editor.problems.text() == ""
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    type_text(window.register.search, "T-0001")
    assert shown_codes(window.register) == ["T-0001"]
    row = window.register.model.row_data(0)
    assert row is not None and row.original_value == Decimal("300000.00") and not row.registered
    with ctx.db.reader() as s:
        saved = asset_service.get_asset(s, row.id).data
    assert [b.share for b in saved.beneficiaries] == [Decimal("60.00"), Decimal("40.00")]


def test_funding_must_match_original_value(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    editor = AssetEditor(ctx)
    qtbot.addWidget(editor)
    _fill_new_asset(qtbot, editor, "T-0002")
    editor.beneficiaries.add_row([editor.beneficiaries.columns[0].choices[0][1], "100"])  # type: ignore[index]
    assert editor.save_button.isEnabled()
    editor.funding.cell(0, 1).setText("299999.99")  # type: ignore[union-attr]
    assert not editor.save_button.isEnabled()
    assert "差 0.01 元" in editor.problems.text()
    assert editor.original_value.property("invalid") is not True
    editor.original_value.setText("12.345")
    assert "最小单位为分" in editor.problems.text()
    assert editor.original_value.property("invalid") is True


def test_closing_with_unsaved_changes_asks_first(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        asset_id = register.search(s, AssetFilter()).ids[0]
        before = asset_service.get_asset(s, asset_id).data.name
    editor = AssetEditor(ctx, asset_id)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.save_button.isEnabled()  # nothing changed yet
    type_text(editor.name, "（改）")
    asked: list[str] = []

    def answer(choice):  # type: ignore[no-untyped-def]
        def fake(*args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(args[1])
            return choice
        return fake

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    editor.close()
    assert editor.isVisible() and asked
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    with ctx.db.reader() as s:
        assert asset_service.get_asset(s, asset_id).data.name == before


def test_edit_existing_asset_and_see_it_in_history(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        asset_id = register.search(s, AssetFilter()).ids[0]
    editor = AssetEditor(ctx, asset_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts only reach the active window
    editor.operator.setText("新经营主体合作社")
    qtbot.keyClick(editor.operator, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut "animates" the click, so the save lands a moment later.
    qtbot.waitUntil(lambda: editor.result() == editor.DialogCode.Accepted, timeout=2000)
    again = AssetEditor(ctx, asset_id)
    qtbot.addWidget(again)
    assert again.operator.text() == "新经营主体合作社"
    texts = [again.history.item(r, 4).text() for r in range(again.history.rowCount())]
    assert any("新经营主体合作社" in t for t in texts)
    assert again.history.item(0, 1).text() == "测试员"


def test_registering_ownership_in_the_editor(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        asset_id = register.search(s, AssetFilter(registered=False)).ids[0]
    editor = AssetEditor(ctx, asset_id)
    qtbot.addWidget(editor)
    assert "待确权" in editor.registration_status.text()
    dialog = RegistrationDialog("initial", [], parent=editor)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_text(dialog.certificate_no, "和平确字〔2026〕第9001号")
    type_text(dialog.registering_body, "和平县农业农村局")
    dialog.owners.add_row(["甲村股份经济合作社", "village_collective", "50"])
    assert not ok.isEnabled()  # owners add up to 50 %
    dialog.owners.add_row(["乙村股份经济合作社", "village_collective", "50"])
    assert ok.isEnabled()
    reg, problems = dialog.data()
    assert problems == []
    editor.pending_registration = reg
    editor._validate()
    assert editor.save_button.isEnabled()
    editor.save()
    with ctx.db.reader() as s:
        current = asset_service.get_asset(s, asset_id).current_registration
    assert current is not None and current.data.certificate_no == "和平确字〔2026〕第9001号"
    assert [o.share for o in current.data.owners] == [Decimal("50.00"), Decimal("50.00")]


def test_delete_asks_for_a_reason_and_keeps_the_record(qtbot, ctx, monkeypatch, message_boxes) -> None:  # type: ignore[no-untyped-def]
    view = AssetRegisterView(ctx)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    asset_id = view.model.asset_id(0)
    count = view.model.rowCount()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    view.delete_current()
    assert view.model.rowCount() == count  # no reason, nothing deleted
    assert message_boxes and "未填写删除原因" in message_boxes[-1][1]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("重复录入", True))
    view.delete_current()
    assert view.model.rowCount() == count - 1
    assert view.model.row_of(asset_id) is None  # type: ignore[arg-type]
    with ctx.db.reader() as s:
        assert asset_service.get_asset(s, asset_id).deleted_reason == "重复录入"  # type: ignore[arg-type]


def test_region_dialog_checks_codes_and_new_township_appears(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with ctx.db.reader() as s:
        county = region_service.regions_at(s, RegionLevel.COUNTY)[0]
    dialog = RegionDialog("添加乡镇", RegionLevel.TOWNSHIP, county.code)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.code.text() == county.code[:6]
    type_text(dialog.name, "新设镇")
    assert not ok.isEnabled()
    type_text(dialog.code, "099000")
    assert ok.isEnabled()
    with ctx.db.session() as s:
        region_service.add_region(s, dialog.name.text(), dialog.code.text(), county.id)
    ctx.changed.emit("regions")
    assert window.register.township.findText("新设镇") > 0
    names = [window.regions.tree.topLevelItem(0).child(i).text(0)
             for i in range(window.regions.tree.topLevelItem(0).childCount())]
    assert "新设镇" in names


def test_status_bar_names_database_and_operator(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "test.sqlite" in window.db_label.text()
    assert "测试员" in window.operator_label.text()
    assert window.nav.count() == window.stack.count() == len(window.areas) >= 2


def test_keyboard_only_find_and_open(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F, type, Down into the table, Down once more, Enter opens the editor on that asset."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.register.search.hasFocus()
    type_text(window.register.search, "光伏")
    table = window.register.table
    qtbot.keyClick(window.register.search, Qt.Key.Key_Down)
    assert table.hasFocus() and table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    expected = window.register.model.asset_id(table.currentIndex().row())
    assert expected is not None
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.editor is not None and window.editor.asset_id == expected
    assert "光伏" in window.editor.name.text()
    window.editor.done(0)
