"""Where printing starts in the program: the asset editor's 打印 menu, the register's
打印台账 button, the 打印验收单 buttons of the inspections area and of the 验收 tab, the plan
editor's 打印 menu (公示 / 发放表 / 告知单). Data is
read in the GUI thread (a few quick queries, plain objects out); the PDF is built in a
worker thread; the result opens in the print preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.domain.problems import ValidationError
from desktop.services import print_data
from desktop.services.register import AssetFilter
from desktop.views.common import show_problems
from desktop.views.context import AppContext
from desktop.views.print_preview import PrintPreviewDialog, run_with_progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("print", text)


def preview(parent: QWidget, title: str, file_name: str, build: Callable[[], bytes]) -> PrintPreviewDialog | None:
    """Build a PDF off the GUI thread and show it; None if cancelled or it failed."""
    try:
        pdf = run_with_progress(parent, _tr("正在生成“{title}”…").format(title=title), build)
    except ValidationError as exc:
        show_problems(parent, title, exc.problems)
        return None
    except Exception as exc:  # noqa: BLE001 - a failed document must not close the program
        QMessageBox.critical(parent, title, _tr("生成失败：{error}").format(error=exc))
        return None
    if pdf is None:
        return None
    dialog = PrintPreviewDialog(pdf, title, file_name, parent)
    dialog.open()
    return dialog


def asset_menu(parent: QWidget, ctx: AppContext, asset_id: Callable[[], int | None]) -> QMenu:
    """资产登记卡 / 确权登记表 of the asset ``asset_id()`` names (as saved)."""
    from desktop.reports import asset_docs

    menu = QMenu(parent)

    def show(kind: str) -> None:
        current = asset_id()
        if current is None:
            return
        with ctx.db.reader() as s:
            sheet = print_data.asset_sheet(s, current)
        code = sheet.detail.data.code
        if kind == "card":
            preview(parent, _tr("资产登记卡"), f"资产登记卡-{code}.pdf", lambda: asset_docs.asset_card(sheet))
        else:
            preview(parent, _tr("确权登记表"), f"确权登记表-{code}.pdf", lambda: asset_docs.registration_form(sheet))

    menu.addAction(_tr("资产登记卡（含二维码）"), lambda: show("card"))
    menu.addAction(_tr("确权登记表"), lambda: show("registration"))
    return menu


def print_register(view: QWidget, ctx: AppContext, f: AssetFilter, sort: tuple[str, bool]) -> None:
    """The register as filtered and sorted on screen."""
    from desktop.reports import asset_docs

    with ctx.db.reader() as s:
        data = print_data.register_rows(s, f, *sort)
    if not data.rows:
        QMessageBox.information(view, _tr("打印台账"), _tr("没有符合筛选条件的资产。"))
        return
    preview(view, _tr("资产台账"), "资产台账.pdf", lambda: asset_docs.register_printout(data))


def print_inspection(parent: QWidget, ctx: AppContext, inspection_id: int) -> PrintPreviewDialog | None:
    """The 验收单 of one inspection record."""
    from desktop.reports.inspection_form import form_number, inspection_form

    try:
        with ctx.db.reader() as s:
            sheet = print_data.inspection_sheet(s, inspection_id)
    except ValidationError as exc:  # deleted meanwhile in another window
        show_problems(parent, _tr("验收单"), exc.problems)
        return None
    return preview(parent, _tr("验收单"), f"验收单-{sheet.code}-{form_number(inspection_id)}.pdf",
                   lambda: inspection_form(sheet))


PLAN_DOCUMENTS = ("notice", "payout", "slips")  # the order of the plan editor's 打印 menu


def print_plan(parent: QWidget, ctx: AppContext, plan_id: int, key: str) -> PrintPreviewDialog | None:
    """One plan's 公示 (``notice``), 发放表 (``payout``) or 告知单 (``slips``), as stored."""
    from desktop.reports import plan_batch
    from desktop.reports.batch import safe_name
    from desktop.services import plan_print

    document = plan_batch.DOCUMENTS[key]
    title = _tr(document.label)
    try:
        with ctx.db.reader() as s:
            plan = plan_print.plan_doc(s, plan_id)
    except ValidationError as exc:  # deleted meanwhile in another window
        show_problems(parent, title, exc.problems)
        return None
    name = f"{safe_name(plan.village)}-{plan.period}-{document.suffix}.pdf"
    return preview(parent, title, name, lambda: document.render(plan))


def plan_menu(parent: QWidget, ctx: AppContext, plan_id: Callable[[], int | None]) -> QMenu:
    """The 打印 menu of a plan: ``plan_id()`` names the plan as saved (None: not saved yet)."""
    from desktop.reports import plan_batch

    menu = QMenu(parent)
    for key in PLAN_DOCUMENTS:
        def show(_checked: bool = False, key: str = key) -> None:
            current = plan_id()
            if current is not None:
                print_plan(parent, ctx, current, key)
        menu.addAction(_tr(plan_batch.DOCUMENTS[key].label), show)
    return menu
