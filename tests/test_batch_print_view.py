"""The batch-printing dialog, driven as a clerk would: choose, start, watch, cancel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.money import format_yuan
from desktop.reports.document import DRAFT_WORD
from desktop.reports.plan_docs import PlanDoc
from desktop.reports.samples import fake_plan
from desktop.views.batch_print import BatchPrintDialog
from desktop.views.print_preview import PrintPreviewDialog
from tests.pdf_helpers import page_texts, squeeze

pytestmark = pytest.mark.usefixtures("message_boxes")


class FakeSource:
    """``villages`` synthetic plans; ``gate`` (when set) holds each plan after the first
    until the test lets it go, so a run can be cancelled half way."""

    def __init__(self, villages: int = 3, gate: threading.Event | None = None) -> None:
        self.villages, self.gate = villages, gate
        self.asked: list[tuple[int, int | None, int | None]] = []

    def count(self, session, year, township_id, quarter) -> int:  # type: ignore[no-untyped-def]
        self.asked.append((year, township_id, quarter))
        return self.villages

    def plans(self, session, year, township_id, quarter) -> Iterator[PlanDoc]:  # type: ignore[no-untyped-def]
        for i in range(self.villages):
            if i and self.gate is not None:
                assert self.gate.wait(10)
            yield fake_plan(f"第{i + 1}村", 30, seed=i, township="东关镇")


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder for the output (tmp_path also holds the test database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _dialog(qtbot, ctx, source: FakeSource) -> BatchPrintDialog:  # type: ignore[no-untyped-def]
    dialog = BatchPrintDialog(ctx, source=source)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _run(qtbot, dialog: BatchPrintDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.start_button.isEnabled(), timeout=20000)


def test_payout_sheets_of_a_township_into_one_pdf(qtbot, ctx, out_dir: Path) -> None:  # type: ignore[no-untyped-def]
    source = FakeSource(3)
    dialog = _dialog(qtbot, ctx, source)
    assert dialog.document.currentText() == "分红发放表"
    dialog.year.setValue(2025)
    dialog.quarter.setCurrentIndex(2)
    dialog.township.setCurrentIndex(1)
    township_id = dialog.township.currentData()
    assert dialog.path.text().endswith(f"{dialog.township.currentText()}2025年第二季度分红发放表.pdf")
    dialog.path.setText(str(out_dir / "发放表"))
    _run(qtbot, dialog)
    assert source.asked == [(2025, township_id, 2)]
    out = out_dir / "发放表.pdf"
    assert [p.name for p in out_dir.iterdir()] == ["发放表.pdf"]
    assert dialog.result is not None and dialog.result.villages == 3
    texts = [squeeze(t) for t in page_texts(out.read_bytes())]
    assert len(texts) == dialog.result.pages
    for i in range(3):
        assert any(f"第{i + 1}村2025年度扶贫项目资产收益分配发放表" in t for t in texts)
    assert dialog.progress.value() == dialog.progress.maximum() == 3
    assert "3 个村" in dialog.status.text() and dialog.open_button.isEnabled()


def test_notices_one_file_per_village(qtbot, ctx, out_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ctx, FakeSource(2))
    dialog.document.setCurrentIndex(dialog.document.findData("notice"))
    dialog.per_village.click()
    assert dialog.per_village.isChecked() and not dialog.path.text().endswith(".pdf")
    dialog.path.setText(str(out_dir / "公示"))
    _run(qtbot, dialog)
    names = sorted(p.name for p in (out_dir / "公示").iterdir())
    assert names == ["东关镇-第1村-公示.pdf", "东关镇-第2村-公示.pdf"]
    assert "2 个文件" in dialog.status.text()


def test_cancel_half_way_leaves_no_files(qtbot, ctx, out_dir: Path) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    dialog = _dialog(qtbot, ctx, FakeSource(4, gate))
    dialog.per_village.setChecked(True)
    dialog.path.setText(str(out_dir / "告知单"))
    dialog.document.setCurrentIndex(dialog.document.findData("slips"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() == 1, timeout=10000)
    assert dialog.cancel_button.text() == "取消" and not dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10000)
    assert "已取消" in dialog.status.text()
    assert not any(p.is_file() for p in out_dir.rglob("*"))  # not even a .part file
    assert dialog.result is None and not dialog.open_button.isEnabled()
    assert dialog.isVisible() and dialog.cancel_button.text() == "关闭"


def test_cancel_of_one_pdf_leaves_no_file_and_escape_cancels(qtbot, ctx, out_dir: Path) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    dialog = _dialog(qtbot, ctx, FakeSource(3, gate))
    dialog.path.setText(str(out_dir / "全县.pdf"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() == 1, timeout=10000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while printing cancels, it does not close
    gate.set()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10000)
    assert dialog.isVisible()
    assert list(out_dir.iterdir()) == []


def test_no_plans_says_so(qtbot, ctx, out_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ctx, FakeSource(0))
    dialog.path.setText(str(out_dir / "x.pdf"))
    _run(qtbot, dialog)
    assert "没有符合条件的分配方案" in dialog.status.text()
    assert list(out_dir.iterdir()) == []


def test_existing_file_is_replaced_only_when_confirmed(qtbot, ctx, out_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = out_dir / "发放表.pdf"
    out.write_bytes(b"old")
    dialog = _dialog(qtbot, ctx, FakeSource(1))
    dialog.path.setText(str(out))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert dialog.start() is None
    assert out.read_bytes() == b"old"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _run(qtbot, dialog)
    assert out.read_bytes().startswith(b"%PDF-")


def test_the_file_menu_opens_the_batch_dialog_on_the_stored_plans(qtbot, ctx, out_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text().startswith("批量打印"))
    action.trigger()
    dialog = window.batch_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.year.setValue(2025)  # the small demo's plans (ServiceSource: the real database)
    dialog.path.setText(str(out_dir / "县.pdf"))
    _run(qtbot, dialog)
    from desktop.services import plan_print

    with ctx.db.reader() as s:
        villages = plan_print.count_plans(s, 2025)
    assert villages > 0 and dialog.result is not None and dialog.result.villages == villages
    text = squeeze("".join(page_texts((out_dir / "县.pdf").read_bytes())))
    assert text.count("扶贫项目资产收益分配发放表") >= villages


def test_plan_print_actions_preview_each_document_of_a_stored_plan(qtbot, ctx, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from desktop.models import Plan
    from desktop.services import plan_print
    from desktop.views import print_actions

    parent = QWidget()
    qtbot.addWidget(parent)
    with ctx.db.reader() as s:
        plan_id = s.scalars(Plan.__table__.select().with_only_columns(Plan.id).order_by(Plan.id)).first()
        doc = plan_print.plan_doc(s, plan_id)
    menu = print_actions.plan_menu(parent, ctx, lambda: plan_id)
    assert [a.text() for a in menu.actions()] == ["收益分配公示", "分红发放表", "收益分配告知单"]
    for key in print_actions.PLAN_DOCUMENTS:
        dialog = print_actions.print_plan(parent, ctx, plan_id, key)
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert doc.village in squeeze(page_texts(dialog.pdf)[0])
        assert dialog.file_name.startswith(f"{doc.village}-{doc.period}-")
        dialog.close()
    menu.actions()[1].trigger()  # 分红发放表 from the menu
    qtbot.waitUntil(lambda: any(d.isVisible() and d.file_name.endswith("发放表.pdf")
                                for d in parent.findChildren(PrintPreviewDialog)), timeout=10000)
    assert print_actions.print_plan(parent, ctx, 99999, "payout") is None
    assert message_boxes and "没有编号为99999的分配方案" in message_boxes[-1][1]


def _previews(parent) -> list[PrintPreviewDialog]:  # type: ignore[no-untyped-def]
    return [d for d in parent.findChildren(PrintPreviewDialog) if d.isVisible()]


def test_plan_editor_prints_the_plan_as_saved(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from desktop.models import Plan
    from desktop.views.plan_editor import PlanEditor
    from tests.qt_helpers import type_text

    with ctx.db.reader() as s:
        plan_id = s.scalars(Plan.__table__.select().with_only_columns(Plan.id)
                            .where(Plan.status == "draft", Plan.pool > 0).order_by(Plan.id)).first()
    editor = PlanEditor(ctx, plan_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    menu = editor.print_button.menu()
    assert [a.text() for a in menu.actions()] == ["收益分配公示", "分红发放表", "收益分配告知单"]
    editor.rules.reserve.value.selectAll()
    type_text(editor.rules.reserve.value, "10")  # an unsaved edit: printing saves it first
    assert editor.dirty
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: bool(_previews(editor)), timeout=10000)
    assert not editor.dirty
    pool = Decimal(editor.data["pool"])
    reserve = format_yuan((pool * Decimal("0.10")).quantize(Decimal("0.01")))
    text = squeeze("".join(page_texts(_previews(editor)[0].pdf)))
    assert f"维修管护储备金{reserve}10.0%" in text and DRAFT_WORD in text


def test_plans_area_opens_the_batch_dialog_on_its_filters(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.plans_view import PlansView

    view = PlansView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.print_button.click()
    dialog = next(d for d in view.findChildren(BatchPrintDialog))
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.year.value() == 2025 and dialog.document.currentData() == "payout"
    assert dialog.township.currentData() is None  # 全县, as the list shows
    dialog.reject()
    view.township.setCurrentIndex(1)  # the list filtered to a township: the batch is that township's
    view.print_button.click()
    dialog = next(d for d in view.findChildren(BatchPrintDialog) if d.isVisible())
    assert dialog.township.currentData() == view.township.currentData() is not None
    assert dialog.township.currentText() == view.township.currentText()
    dialog.reject()
