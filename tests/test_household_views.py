"""The roster, the household editor and the import wizard, driven as a clerk would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from desktop.models import Household
from desktop.views.households_view import HouseholdsView
from tests.import_fixtures import HEAD3, national
from tests.qt_helpers import type_text

pytestmark = pytest.mark.usefixtures("message_boxes")


@pytest.fixture
def view(ctx, qtbot):  # type: ignore[no-untyped-def]
    v = HouseholdsView(ctx)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    return v


def households(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.db.reader() as s:
        return s.scalar(select(func.count()).select_from(Household)) or 0


def test_roster_masks_ids_and_accounts_and_searches_as_you_type(view, qtbot, qtmodeltester):
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 120
    head_id = view.model.row_data(0).head_id
    shown = view.model.data(view.model.index(0, 2))
    assert shown == head_id[:6] + "********" + head_id[-4:]
    assert view.model.data(view.model.index(0, 9)).startswith("**** ")
    type_text(view.search, head_id[-4:])
    qtbot.waitUntil(lambda: view.model.rowCount() < 120)
    assert any(view.model.row_data(r).head_id == head_id for r in range(view.model.rowCount()))
    view.search.clear()
    type_text(view.search, "不存在")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)


def test_filters_and_sorting(view, qtbot):
    view.category.setCurrentIndex(view.category.findData("monitored"))
    assert 0 < view.model.rowCount() < 120
    assert all(view.model.row_data(r).category == "monitored" for r in range(view.model.rowCount()))
    view.category.setCurrentIndex(0)
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # 户主
    names = [view.model.row_data(r).head_name for r in range(view.model.rowCount())]
    assert names == sorted(names)


def test_editor_shows_full_values_checks_as_you_type_and_saves(view, qtbot):
    view.table.setFocus()
    view.table.selectRow(0)
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editor is not None and view.editor.isVisible())
    ed = view.editor
    full = view.model.row_data(0).head_id
    assert full in [ed.members.cell(r, 1).text() for r in range(ed.members.table.rowCount())]
    assert not ed.save_button.isEnabled()  # nothing changed yet
    ed.phone.clear()
    type_text(ed.phone, "123")
    assert "不是有效的手机或固定电话号码" in ed.problems.text() and not ed.save_button.isEnabled()
    ed.phone.clear()
    type_text(ed.phone, "13900001111")
    assert ed.problems.text() == "" and ed.save_button.isEnabled()
    ed.save_button.click()
    qtbot.waitUntil(lambda: not ed.isVisible())
    assert view.model.row_data(view.table.currentIndex().row()).phone == "13900001111"


def test_new_household_needs_one_valid_head(view, qtbot, ctx):
    ed = view.open_household(None)
    qtbot.waitUntil(ed.isVisible)
    type_text(ed.code, "NEW001")
    ed.village.setCurrentIndex(0)
    type_text(ed.members.cell(0, 0), "孙永庆")
    type_text(ed.members.cell(0, 1), HEAD3[:-1])
    assert "应为 18 位" in ed.problems.text() and not ed.save_button.isEnabled()
    type_text(ed.members.cell(0, 1), HEAD3[-1])
    ed.members.add_row(["王二", HEAD3, "head", "able", False, False, False])
    assert "有且只有一名户主" in ed.problems.text() and "相同" in ed.problems.text()
    ed.members.table.setCurrentCell(1, 0)
    ed.members.remove_current()
    ed.enjoys.setChecked(True)
    assert "起享受政策" in ed.policy_note.text()
    assert ed.save_button.isEnabled()
    before = households(ctx)
    ed.save_button.click()
    qtbot.waitUntil(lambda: households(ctx) == before + 1)


def test_import_wizard_previews_problems_then_imports_all(view, qtbot, ctx, tmp_path, message_boxes):
    bad = national(tmp_path / "bad.xlsx", id_cell="4.19901E+17")
    wiz = view.open_import("households")
    qtbot.waitUntil(wiz.isVisible)
    wiz.file_page.path.setText(str(bad))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.MAPPING, timeout=10000)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PREVIEW, timeout=10000)
    page = wiz.preview_page
    assert not page.isComplete()  # cannot import with problems
    assert page.model.rowCount() == 1 and "科学计数法" in page.model.data(page.model.index(0, 0))
    page.only_problems.setChecked(False)
    assert page.model.rowCount() == 4
    before = households(ctx)
    # fix the file and read it again from the first page
    good = national(tmp_path / "good.xlsx")
    wiz.back()
    wiz.back()
    wiz.file_page.path.setText(str(good))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.MAPPING, timeout=10000)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PREVIEW, timeout=10000)
    assert wiz.preview_page.isComplete() and "新建乡镇：东山镇" in wiz.preview_page.summary.text()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.DONE, timeout=10000)
    assert households(ctx) == before + 2
    assert "新增 2" in wiz.done_page.result.text()


def test_wizard_asks_for_an_unknown_column_and_remembers_the_mapping(view, qtbot, ctx, tmp_path):
    from tests.import_fixtures import HEAD1, write

    path = write(tmp_path / "m.xlsx", [["姓名", "户编号", "行政村", "乡镇", "公民身份号"],
                                       ["王建国", "M1", "东山村", "东山镇", HEAD1]])
    wiz = view.open_import("households")
    wiz.file_page.path.setText(str(path))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.MAPPING, timeout=10000)
    page = wiz.mapping_page
    assert not page.isComplete() and "证件号码" in page.missing.text()
    combo = dict(page.combos)["公民身份号"]
    combo.setCurrentIndex(combo.findData("id_number"))
    assert page.isComplete()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PREVIEW, timeout=10000)
    assert wiz.preview_page.isComplete()
    assert wiz.saved_mapping() == {"公民身份号": "id_number"}
    wiz.reject()
    again = view.open_import("households")
    again.file_page.path.setText(str(path))
    again.next()
    qtbot.waitUntil(lambda: again.currentId() == again.MAPPING, timeout=10000)
    assert again.mapping_page.isComplete()  # remembered


def test_export_and_template_from_the_roster(view, qtbot, tmp_path, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QFileDialog
    from python_calamine import CalamineWorkbook

    out = tmp_path / "roster.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.export("households")
    qtbot.waitUntil(lambda: any("已导出" in text for _k, text in message_boxes), timeout=10000)
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert rows[2][0] == "户编号" and len(rows) > 300
    view.template("assets")
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert rows[2][:2] == ["资产编码", "资产名称"] and len(rows) == 3


def test_cancel_stops_the_worker_and_saves_nothing(ctx, qtbot, tmp_path):
    from desktop.services import importing
    from desktop.views.tasks import Worker

    run = importing.parse("households", national(tmp_path / "n.xlsx"))
    before = households(ctx)
    worker = Worker(lambda progress: importing.commit(ctx.db, run, progress))
    worker.cancelled = True
    failures: list[BaseException] = []
    worker.failed.connect(failures.append)
    worker.start()
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    worker.wait()
    assert isinstance(failures[0], importing.Cancelled) and households(ctx) == before
