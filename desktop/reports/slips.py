"""收益分配告知单: one slip per household, three to an A4 page, cut apart along dashed lines.

Each slip tells the household what it receives from which channel and why (the
explanation the plan gives: post and months, weight, points), the total in figures and
capital numerals, and where to ask. Slips can be seen by others on the way to the
household, so the ID and the account are masked as on every printed document.
Drawn on the canvas like the payout sheet, so a county's slips print in one batch.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.money import ZERO, format_yuan
from desktop.reports.document import FORM, Margins, PageSetup, finish_page, new_canvas, today_text
from desktop.reports.fonts import fonts
from desktop.reports.grid import wrap
from desktop.reports.numerals import capital_amount
from desktop.reports.plan_docs import PayLine, PlanDoc, Recipient, masked_account, masked_id, scrub

PER_PAGE = 3
MAX_LINES = 4  # channel lines shown on a slip; more are summed into one "其他" line
MARGINS = Margins(12 * mm, 12 * mm, FORM.left, FORM.right)


def setup(plan: PlanDoc) -> PageSetup:
    return PageSetup(title=f"{plan.place}{plan.period}收益分配告知单", margins=MARGINS, draft=plan.draft)


def render(plan: PlanDoc) -> bytes:
    out = io.BytesIO()
    c = new_canvas(out, setup(plan))
    draw(c, plan)
    c.save()
    return out.getvalue()


def draw(c: Canvas, plan: PlanDoc) -> int:
    """Every slip of ``plan`` on ``c``; returns the number of pages."""
    page_setup = setup(plan)
    width, height = page_setup.size
    m = page_setup.margins
    slip_h = (height - m.top - m.bottom) / PER_PAGE
    recipients = plan.recipients
    pages = max(1, -(-len(recipients) // PER_PAGE))
    for page in range(pages):
        chunk = recipients[page * PER_PAGE:(page + 1) * PER_PAGE]
        for k, r in enumerate(chunk):
            top = height - m.top - k * slip_h
            _slip(c, plan, r, m.left, width - m.right, top, slip_h)
            if k:
                _cut_line(c, width, top)
        finish_page(c, page_setup, page + 1, pages)
        c.showPage()
    return pages


def _cut_line(c: Canvas, width: float, y: float) -> None:
    c.saveState()
    c.setDash(4, 3)
    c.setStrokeColor(colors.grey)
    c.setLineWidth(0.6)
    c.line(6 * mm, y, width - 6 * mm, y)
    c.setFillColor(colors.grey)
    c.setFont(fonts().song, 7)
    c.drawRightString(width - 8 * mm, y + 1.5, "沿虚线剪开")
    c.restoreState()


def _slip(c: Canvas, plan: PlanDoc, r: Recipient, left: float, right: float, top: float, height: float) -> None:
    f = fonts()
    y = top - 11 * mm
    c.setFont(f.hei, 14)
    c.drawCentredString((left + right) / 2, y, f"{plan.village}{plan.period}扶贫项目资产收益分配告知单")
    y -= 9 * mm
    c.setFont(f.song, 10)
    c.drawString(left, y, f"户主（领取人）：{scrub(r.name)}")
    c.drawString(left + 62 * mm, y, f"身份证号：{masked_id(r)}")
    c.drawRightString(right, y, f"家庭人口：{r.household_size} 人")
    y -= 6 * mm
    c.drawString(left, y, f"户编号：{r.household_code or '—'}")
    c.drawString(left + 62 * mm, y, f"发放账户：{masked_account(r) or '现金'}")
    y -= 3 * mm
    y = _lines_table(c, r, left, right, y)
    y -= 6 * mm
    c.setFont(f.hei, 10.5)
    c.drawString(left, y, f"合计：{format_yuan(r.amount)} 元    大写：人民币{capital_amount(r.amount)}")
    y -= 6 * mm
    c.setFont(f.song, 9)
    ask = f"如有疑问，请在公示期内向村民委员会咨询（电话：{plan.contact_phone or '________'}）"
    if plan.supervision_phone:
        ask += f"，监督电话：{plan.supervision_phone}"
    for line in wrap(ask + "。", f.song, 9, right - left):
        c.drawString(left, y, line)
        y -= 4.5 * mm
    issued = today_text(plan.issued_on) if plan.issued_on else "    年  月  日"
    c.setFont(f.song, 10)
    c.drawRightString(right, top - height + 6 * mm, f"{plan.committee_name}    {issued}")


def _lines_table(c: Canvas, r: Recipient, left: float, right: float, top: float) -> float:
    f = fonts()
    lines = list(r.lines)
    if len(lines) > MAX_LINES:
        rest = lines[MAX_LINES - 1:]
        lines = lines[:MAX_LINES - 1] + [PayLine("其他", sum((x.amount for x in rest), ZERO),
                                                "、".join(x.channel for x in rest))]
    xs = (left, left + 30 * mm, right - 30 * mm, right)
    row_h, leading = 6.5 * mm, 4 * mm
    rows = [("分配渠道", "计算说明", "金额（元）")] + [(x.channel, scrub(x.explanation), format_yuan(x.amount))
                                               for x in lines]
    # The explanation is why the household gets this amount: up to two lines, not cut to one.
    texts = [[rows[0][1]]] + [wrap(cells[1], f.song, 9.5, xs[2] - xs[1] - 6, max_lines=2) if cells[1] else [""]
                              for cells in rows[1:]]
    heights = [row_h + leading * (len(t) - 1) for t in texts]
    c.setFillColor(colors.Color(0.9, 0.9, 0.9))
    c.rect(left, top - row_h, right - left, row_h, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setLineWidth(0.5)
    y_top = top
    for i, (cells, text, h) in enumerate(zip(rows, texts, heights, strict=True)):
        c.line(left, y_top, right, y_top)
        middle = y_top - h / 2 - 1.3 * mm  # the baseline that centres one line of 9.5 pt
        c.setFont(f.hei if i == 0 else f.song, 9.5)
        c.drawCentredString((xs[0] + xs[1]) / 2, middle, cells[0])
        if i == 0:
            c.drawCentredString((xs[1] + xs[2]) / 2, middle, text[0])
            c.drawCentredString((xs[2] + xs[3]) / 2, middle, cells[2])
        else:
            for k, line in enumerate(text):
                c.drawString(xs[1] + 3, middle + leading * ((len(text) - 1) / 2 - k), line)
            c.drawRightString(xs[3] - 3, middle, cells[2])
        y_top -= h
    bottom = y_top
    c.line(left, bottom, right, bottom)
    for x in xs:
        c.line(x, top, x, bottom)
    return bottom
