"""分红发放表: the payout sheet every household signs, one village plan per sheet.

Rows are drawn page by page on the canvas (``grid.py``): a county's 50,000 households in
500 villages are ~2,500 pages (each village's sheet ends on its own page) and must render
in seconds. Every page repeats the title and the column
header and ends with the page's subtotal; the last page adds the grand total in figures
and in capital numerals, and the prepared / checked / approved signatures. A draft plan
carries the 草稿 mark on every page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.money import ZERO, format_yuan
from desktop.reports.document import FORM, PageSetup, finish_page, new_canvas, today_text
from desktop.reports.fonts import fonts
from desktop.reports.grid import Column, Grid
from desktop.reports.numerals import capital_amount
from desktop.reports.plan_docs import PlanDoc, masked_account, masked_id, scrub

ROW_HEIGHT = 9 * mm          # room to sign and to press a thumbprint beside the name
ROWS_PER_PAGE = 24
FINAL_ROWS = 2               # 合计 and 大写 rows on the last page
CLOSING_HEIGHT = 30 * mm     # the signatures under the table on the last page
MIN_LAST_ROWS = 5            # the totals page carries at least this many rows

COLUMNS = (
    Column("序号", 9 * mm, "center"),
    Column("姓名", 20 * mm, "center", fit=True),
    Column("身份证号", 37 * mm, "center", fit=True),
    Column("银行账号", 21 * mm, "center"),
    Column("家庭\n人口", 10 * mm, "center"),
    Column("分配渠道", 24 * mm, "center", fit=True),
    Column("金额（元）", 22 * mm, "right"),
    Column("领取人签字（按手印）", 37 * mm),
)
AMOUNT_COLUMN = 6


@dataclass(frozen=True)
class Page:
    number: int
    start: int  # index of the first recipient on this page
    stop: int
    last: bool


def paginate(count: int, per_page: int = ROWS_PER_PAGE, last_page_room: int | None = None,
             min_last: int = MIN_LAST_ROWS) -> list[Page]:
    """Split ``count`` rows into pages. Only the last page keeps room for the totals and
    signatures: it holds at most ``last_page_room`` rows, the pages before it ``per_page``.
    The last page also holds at least ``min_last`` rows (fewer only when the whole sheet,
    or the last page's room, is smaller): the page before gives up what is missing, so the
    totals never stand on a page with a row or two (47 rows: 24 / 18 / 5, not 24 / 22 / 1).
    As few pages as the rows need, in O(pages)."""
    room = max(1, min(per_page, per_page - _closing_rows() if last_page_room is None else last_page_room))
    if count <= room:
        return [Page(1, 0, count, True)]
    before = -(-(count - room) // per_page)  # full pages needed ahead of the last
    last = max(count - before * per_page, min(min_last, room))
    bounds = [(i * per_page, (i + 1) * per_page) for i in range(before - 1)]
    # the page before the last keeps what the last does not take: more than room - last
    # rows (so at least one), at most per_page
    bounds += [((before - 1) * per_page, count - last), (count - last, count)]
    return [Page(i + 1, a, b, i == len(bounds) - 1) for i, (a, b) in enumerate(bounds)]


def _closing_rows() -> int:
    return FINAL_ROWS + int(-(-CLOSING_HEIGHT // ROW_HEIGHT))


def title(plan: PlanDoc) -> str:
    return f"{plan.village}{plan.period}扶贫项目资产收益分配发放表"


def render(plan: PlanDoc) -> bytes:
    """The payout sheet of one plan as PDF bytes."""
    out = io.BytesIO()
    c = new_canvas(out, setup(plan))
    draw(c, plan)
    c.save()
    return out.getvalue()


def setup(plan: PlanDoc) -> PageSetup:
    return PageSetup(title=f"{plan.place}{plan.period}收益分配发放表", margins=FORM, draft=plan.draft)


def draw(c: Canvas, plan: PlanDoc) -> int:
    """Draw every page of ``plan``'s sheet on ``c`` (which may already hold other sheets);
    returns the number of pages."""
    page_setup = setup(plan)
    pages = paginate(len(plan.recipients))
    f = fonts()
    width, height = page_setup.size
    m = page_setup.margins
    grid = Grid(c, COLUMNS, m.left, f.song, f.hei, size=10, row_height=ROW_HEIGHT, header_height=10 * mm)
    rows = [_cells(plan, i) for i in range(len(plan.recipients))]
    heading = title(plan)
    info = f"{plan.county}  {plan.township}  {plan.village}" + (f"    方案编号：{plan.plan_no}" if plan.plan_no else "")
    for page in pages:
        c.setFont(f.hei, 16)
        c.drawCentredString(width / 2, height - m.top, heading)
        c.setFont(f.song, 10)
        c.drawString(m.left, height - m.top - 8 * mm, info)
        c.drawRightString(width - m.right, height - m.top - 8 * mm, "单位：元")
        top = grid.header(height - m.top - 10 * mm)
        page_top = top
        lines = []
        subtotal = ZERO
        for i in range(page.start, page.stop):
            top = grid.row(top, rows[i][0])
            lines.append(top)
            subtotal += rows[i][1]
        subtotal_top = top
        top = _total_row(grid, top, f"本页小计（{page.stop - page.start} 人）", subtotal)
        lines.append(top)
        capital_top = None
        if page.last:
            top = _total_row(grid, top, f"合  计（{len(plan.recipients)} 人）", plan.total)
            lines.append(top)
            capital_top = top
            top = _capital_row(grid, top, plan.total)
        grid.rule(page_top, top, row_lines=lines, skip_verticals=_merged(top, subtotal_top, capital_top))
        grid.text.flush()
        if page.last:
            _closing(c, plan, m.left, width - m.right, top - 10 * mm)
        finish_page(c, page_setup, page.number, len(pages))
        c.showPage()
    return len(pages)


def _cells(plan: PlanDoc, i: int) -> tuple[list[str], Decimal]:
    r = plan.recipients[i]
    amount = r.amount
    return ([str(i + 1), scrub(r.name), masked_id(r), masked_account(r), str(r.household_size),
             r.channel, format_yuan(amount), ""], amount)


def _total_row(grid: Grid, top: float, label: str, amount: Decimal) -> float:
    return grid.span_row(top, label, {AMOUNT_COLUMN: format_yuan(amount)}, label_columns=AMOUNT_COLUMN)


def _capital_row(grid: Grid, top: float, amount: Decimal) -> float:
    f = fonts()
    c = grid.c
    y = top - grid.row_height + (grid.row_height - 10 * 0.8) / 2
    c.setFont(f.hei, 10)
    c.drawCentredString((grid.edges[0] + grid.edges[2]) / 2, y, "金额大写")
    c.setFont(f.song, 11)
    c.drawString(grid.edges[2] + 3, y, f"人民币 {capital_amount(amount)}")
    return top - grid.row_height


def _merged(bottom: float, subtotal_top: float, capital_top: float | None) -> list[tuple[int, float, float]]:
    """Column lines left out where cells merge: the total labels span columns 0–5; on the
    last page 金额大写 spans columns 0–1 and the capital amount columns 2–7."""
    if capital_top is None:
        return [(i, bottom, subtotal_top) for i in range(1, AMOUNT_COLUMN)]
    skips = [(1, bottom, subtotal_top), (2, capital_top, subtotal_top)]
    skips += [(i, bottom, subtotal_top) for i in range(3, AMOUNT_COLUMN)]
    skips += [(i, bottom, capital_top) for i in range(AMOUNT_COLUMN, len(COLUMNS))]
    return skips


def _closing(c: Canvas, plan: PlanDoc, left: float, right: float, y: float) -> None:
    f = fonts()
    c.setFont(f.fang, 12)
    third = (right - left) / 3
    for i, (label, name) in enumerate((("制表人", plan.prepared_by), ("审核人", plan.checked_by),
                                        ("审批人", plan.approved_by))):
        x = left + i * third
        c.drawString(x, y, f"{label}：{name}")
        c.line(x + 15 * mm, y - 1.5, x + third - 8 * mm, y - 1.5)
    y -= 12 * mm
    c.drawString(left, y, f"{plan.committee_name}（盖章）")
    c.drawRightString(right, y, f"发放日期：{today_text(plan.paid_on) if plan.paid_on else '      年    月    日'}")
