"""The income grid, the editor's income tab, the warnings list and the dashboard, driven as a clerk would."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.domain.selfcheck import CategoryRules
from desktop.domain.vocab import Category
from desktop.services import income as income_service
from desktop.services.category_settings import category_rules
from desktop.services.dashboard import dashboard
from desktop.services.warnings import compute_warnings
from desktop.views.category_settings_dialog import CategorySettingsDialog
from desktop.views.dashboard_view import DashboardView
from desktop.views.income_grid import IncomeGridView
from desktop.views.main_window import MainWindow
from desktop.views.warnings_view import WarningsView

pytestmark = pytest.mark.usefixtures("message_boxes")


def type_keys(text: str) -> None:
    """Type into whatever has the focus now (the table, then the editor it opened)."""
    for ch in text:
        QTest.keyClick(QApplication.focusWidget(), ch)


def press(key: Qt.Key) -> None:
    """A key, then the events it queued: Qt commits an editor on Enter through a queued call."""
    QTest.keyClick(QApplication.focusWidget(), key)
    for _ in range(3):
        QApplication.processEvents()


def open_grid(qtbot, ctx, year: int) -> IncomeGridView:  # type: ignore[no-untyped-def]
    view = IncomeGridView(ctx)
    qtbot.addWidget(view)
    view.year.setValue(year)
    view.show()
    view.reload()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    return view


def cell(view: IncomeGridView, row: int, key: str) -> str:
    return str(view.model.data(view.model.index(row, view.model.keys.index(key))))


def test_grid_keyboard_entry_enter_moves_down_tab_across_and_save_persists(qtbot, ctx):  # type: ignore[no-untyped-def]
    view = open_grid(qtbot, ctx, 2026)
    rent = view.model.keys.index("rent")
    assert view.table.currentIndex().column() == view.model.first_editable()
    view.table.setCurrentIndex(view.model.index(0, rent))
    first, second = view.model.grid_row(0), view.model.grid_row(1)
    type_keys("12345.6")
    press(Qt.Key.Key_Return)
    assert view.table.currentIndex().row() == 1 and view.table.currentIndex().column() == rent
    type_keys("500")
    press(Qt.Key.Key_Tab)  # across: the next column (产品销售收入)
    assert view.table.currentIndex().column() == rent + 1
    type_keys("20")
    press(Qt.Key.Key_Return)
    assert cell(view, 0, "rent") == "12,345.60" and cell(view, 1, "net") == "520.00"
    assert view.save_button.isEnabled()
    QTest.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.model.is_dirty())
    with ctx.db.reader() as s:
        rows = {r.asset_id: r for r in income_service.year_grid(s, 2026)}
    assert rows[first.asset_id].current.rent == Decimal("12345.60")  # type: ignore[union-attr]
    assert rows[second.asset_id].current.net == Decimal("520.00")  # type: ignore[union-attr]
    again = open_grid(qtbot, ctx, 2026)  # reopen: the figures are there
    row = again.model.row_of(first.asset_id)
    assert row is not None and cell(again, row, "rent") == "12,345.60"


def test_grid_refuses_negative_income_and_points_to_costs(qtbot, ctx):  # type: ignore[no-untyped-def]
    view = open_grid(qtbot, ctx, 2026)
    view.table.setCurrentIndex(view.model.index(0, view.model.keys.index("rent")))
    type_keys("-800")
    press(Qt.Key.Key_Return)
    assert "不能为负数" in view.message.text() and "成本栏" in view.message.text()
    assert view.model.grid_row(0).code in view.message.text()
    assert cell(view, 0, "rent") == "" and not view.model.is_dirty()
    view.table.setCurrentIndex(view.model.index(0, view.model.keys.index("maintenance")))
    type_keys("800")
    press(Qt.Key.Key_Return)
    assert cell(view, 0, "net") == "-800.00"  # a cost is fine, and the net may be negative


def test_grid_highlights_a_figure_far_from_last_year(qtbot, ctx):  # type: ignore[no-untyped-def]
    view = open_grid(qtbot, ctx, 2026)
    row = next(i for i in range(view.model.rowCount())
               if view.model.grid_row(i).previous is not None and view.model.grid_row(i).previous.net > 1000)  # type: ignore[union-attr]
    previous = view.model.grid_row(row).previous
    assert previous is not None
    key = "rent" if previous.rent else "sales" if previous.sales else "power_revenue" if previous.power_revenue \
        else "dividend"
    col = view.model.keys.index(key)
    view.model.setData(view.model.index(row, col), f"{getattr(previous, key) * 3:.2f}")
    assert view.model.data(view.model.index(row, col), Qt.ItemDataRole.BackgroundRole) is not None
    assert "相差超过 50%" in view.model.data(view.model.index(row, col), Qt.ItemDataRole.ToolTipRole)
    view.model.setData(view.model.index(row, col), f"{getattr(previous, key):.2f}")
    assert view.model.data(view.model.index(row, col), Qt.ItemDataRole.BackgroundRole) is None


def test_grid_model_passes_qt_model_checks(qtmodeltester, qtbot, ctx):  # type: ignore[no-untyped-def]
    view = open_grid(qtbot, ctx, 2025)
    qtmodeltester.check(view.model)


def test_editor_income_tab_saves_with_the_asset(qtbot, ctx):  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        asset_id = income_service.year_grid(s, 2025)[0].asset_id
        before = income_service.asset_income(s, asset_id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    editor = window.open_asset(asset_id)
    editor.tabs.setCurrentWidget(editor.income)
    tab = editor.income
    assert tab.model.rowCount() == len(before)
    tab.add_button.click()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    assert tab.table.currentIndex().column() == tab.model.keys.index("rent")
    type_keys("-5")
    press(Qt.Key.Key_Return)
    assert "成本栏" in tab.message.text()
    tab.table.setCurrentIndex(tab.model.index(0, tab.model.keys.index("rent")))
    type_keys("777")
    press(Qt.Key.Key_Return)
    assert editor.save_button.isEnabled()
    new_year = tab.model.rows[0].year
    assert editor.save()
    with ctx.db.reader() as s:
        after = income_service.asset_income(s, asset_id)
    assert len(after) == len(before) + 1
    assert next(r for r in after if r.year == new_year).rent == Decimal("777.00")


def test_editor_refuses_a_year_twice(qtbot, ctx):  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        asset_id = income_service.year_grid(s, 2025)[0].asset_id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    editor = window.open_asset(asset_id)
    tab = editor.income
    tab.add_button.click()
    existing = tab.model.rows[1].year
    tab.model.setData(tab.model.index(0, 0), str(existing))
    assert not editor.save_button.isEnabled()
    assert "重复" in editor.problems.text()
    editor.done(0)


def test_warnings_view_counts_filters_and_opens_the_asset(qtbot, ctx):  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("warnings")
    view: WarningsView = window.warnings
    with ctx.db.reader() as s:
        expected = compute_warnings(s, date.today())
    assert view.model.rowCount() == len(expected) > 0
    assert f"共 {len(expected)} 条预警" in view.counts.text()
    view.kind.setCurrentIndex(1)
    kind = view.kind.currentData()
    shown = [view.model.placed(r).warning for r in range(view.model.rowCount())]  # type: ignore[union-attr]
    assert shown and all(w.kind == kind for w in shown)
    assert len(shown) == sum(1 for w in expected if w.kind == kind)
    view.search.setText(shown[0].asset_code)
    assert view.model.rowCount() >= 1
    index = view.model.index(0, 2)
    view.table.doubleClicked.emit(index)
    assert window.editor is not None and window.editor.asset_id == shown[0].asset_id
    window.editor.done(0)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert window.editor is not None and window.editor.asset_id == shown[0].asset_id
    window.editor.done(0)


def test_warnings_view_sorts_by_column(qtbot, ctx):  # type: ignore[no-untyped-def]
    view = WarningsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    codes = [view.model.placed(r).warning.asset_code for r in range(view.model.rowCount())]  # type: ignore[union-attr]
    assert codes == sorted(codes, reverse=True)


def test_dashboard_tiles_show_the_services_numbers(qtbot, ctx):  # type: ignore[no-untyped-def]
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None)  # filled in once the window has painted
    # the county's warnings arrive from a worker thread; the tile shows that it is checking
    qtbot.waitUntil(lambda: view.warnings_checked, timeout=10000)
    qtbot.waitUntil(lambda: "…" not in view.tile_warnings.value.text())
    with ctx.db.reader() as s:
        d = dashboard(s, date.today())
    assert view.data == d
    assert view.tile_assets.value.text() == f"{d.assets} 项"
    assert view.tile_registered.value.text() == f"{d.registered_share}%"
    assert view.tile_net.title.text() == f"{d.year} 年净收益"
    assert f"{d.year_net:,.2f}" in view.tile_net.detail.text()
    assert view.tile_rate.value.text() == f"{d.average_rate}%"
    assert view.tile_warnings.value.text() == f"{sum(d.warnings.values())} 条"
    assert len(view.year_chart.series()) == 1
    assert view.year_chart.series()[0].barSets()[0].count() == len(d.net_by_year)
    assert view.top_chart.series()[0].barSets()[0].count() == len(d.top)
    view.township.setCurrentIndex(1)
    with ctx.db.reader() as s:
        town = dashboard(s, date.today(), view.township.currentData())
    assert view.tile_assets.value.text() == f"{town.assets} 项" and town.assets < d.assets


def test_dashboard_refreshes_when_income_changes(qtbot, ctx):  # type: ignore[no-untyped-def]
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None)
    before = view.data
    assert before is not None and before.year is not None
    with ctx.db.reader() as s:
        row = income_service.year_grid(s, before.year)[0]
    assert row.current is not None
    row.current.other_income += Decimal("1000.00")
    with ctx.db.session() as s:
        income_service.save_year_grid(s, before.year, {row.asset_id: row.current})
    ctx.changed.emit("income")
    assert view.data is not None and view.data.year_net == before.year_net + Decimal("1000.00")


def test_settings_dialog_stores_rules_in_the_database(qtbot, ctx):  # type: ignore[no-untyped-def]
    dialog = CategorySettingsDialog(ctx)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.thresholds[Category.PV].setText("abc")
    assert not save.isEnabled() and "不是数字" in dialog.problems.text()
    dialog.thresholds[Category.PV].setText("7.5")
    dialog.idle[Category.PV].setValue(18)
    assert save.isEnabled()
    save.click()
    with ctx.db.reader() as s:
        assert category_rules(s)[Category.PV] == CategoryRules(Decimal("7.50"), 18, 90)


def test_main_window_opens_on_the_dashboard(qtbot, ctx):  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.area_keys()[0] == "dashboard"
    assert window.stack.currentWidget() is window.dashboard
    assert {"income", "warnings"} <= set(window.area_keys())


def test_grid_exports_the_years_workbook_off_the_gui_thread(qtbot, ctx, tmp_path, monkeypatch, message_boxes):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "out" / "收益.xlsx"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view = open_grid(qtbot, ctx, 2025)
    view.export_button.click()
    worker = view._export_worker  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in message_boxes), timeout=20000)
    assert out.exists() and ctx.settings.last_export_folder == str(out.parent)
    import openpyxl

    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "2025 年度扶贫项目资产收益台账"
    with ctx.db.reader() as s:
        expected = sum((r.current_net or Decimal(0) for r in income_service.year_grid(s, 2025)), Decimal(0))
    header = [c.value for c in ws[3]]
    totals = [c.value for c in list(ws.iter_rows())[-1]]
    assert Decimal(str(totals[header.index("净收益（元）")])) >= expected  # and any since-disposed asset's
    assert worker is not None


def test_a_cancelled_export_leaves_no_file(qtbot, ctx, tmp_path, message_boxes):  # type: ignore[no-untyped-def]
    from desktop.views.returns_export_dialog import ExportWorker

    out = tmp_path / "cancelled.xlsx"
    worker = ExportWorker(ctx.db, out, None)
    worker.cancelled.set()  # the clerk pressed Cancel: the next progress report stops the writer
    with qtbot.waitSignal(worker.failed, timeout=20000) as failed:
        worker.start()
    worker.wait()
    assert failed.args == [""] and not out.exists() and not list(tmp_path.glob("*.part"))


def test_warnings_model_passes_qt_model_checks(qtmodeltester, qtbot, ctx):  # type: ignore[no-untyped-def]
    view = WarningsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    qtmodeltester.check(view.model)


def test_grid_filters_by_township_and_text_and_keeps_edits(qtbot, ctx):  # type: ignore[no-untyped-def]
    view = open_grid(qtbot, ctx, 2026)
    everything = view.model.rowCount()
    target = view.model.grid_row(5)
    view.model.setData(view.model.index(5, view.model.keys.index("rent")), "100")
    view.search.setText(target.code)
    assert view.model.rowCount() == 1 and view.model.grid_row(0).asset_id == target.asset_id
    assert cell(view, 0, "rent") == "100.00"  # an edit survives filtering
    view.search.clear()
    view.township.setCurrentIndex(1)
    rows = [view.model.grid_row(r) for r in range(view.model.rowCount())]
    assert 0 < len(rows) < everything and all(r.township == view.township.currentText() for r in rows)
    assert view.model.entries() == {target.asset_id: view.model.entries()[target.asset_id]}
