"""收益分配公示: the public notice posted on the village board.

Public, so it carries no personal number in full: IDs are masked (``371522********1234``),
bank accounts and household phones are not printed at all, and free text (names, notes) is
scrubbed of anything that looks like an ID, account or mobile number (``plan_docs.scrub``).
The only phone number on it is the supervision line the plan gives.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.domain.money import format_yuan
from desktop.reports.document import (
    OFFICIAL,
    BatchCanvas,
    PageSetup,
    build,
    escape,
    layout_style,
    styles,
    table_style,
    today_text,
)
from desktop.reports.numerals import capital_amount
from desktop.reports.plan_docs import PlanDoc, masked_id, scrub


def title(plan: PlanDoc) -> str:
    return f"{plan.village}{plan.period}扶贫项目资产收益分配公示"


def setup(plan: PlanDoc) -> PageSetup:
    return PageSetup(title=f"{plan.place}{plan.period}收益分配公示", margins=OFFICIAL, draft=plan.draft)


def render(plan: PlanDoc) -> bytes:
    page_setup = setup(plan)
    return build(story(plan, page_setup.frame_width), page_setup)


def draw(c: Canvas, plan: PlanDoc) -> int:
    """The notice on new pages of a :class:`BatchCanvas` (many villages in one PDF)."""
    if not isinstance(c, BatchCanvas):
        raise TypeError("notice.draw needs a BatchCanvas")
    page_setup = setup(plan)
    return c.add(story(plan, page_setup.frame_width), page_setup)


def story(plan: PlanDoc, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph(escape(title(plan)), st.title)]
    if plan.plan_no:
        out.append(Paragraph(f"方案编号：{escape(plan.plan_no)}", st.subtitle))
    out.append(Paragraph(
        f"根据扶贫项目资产收益分配的有关规定，经村“两委”提议、村民代表会议审议，{escape(plan.village)}"
        f"{escape(plan.period)}扶贫项目资产收益分配方案如下，现予公示，接受群众监督。", st.body))
    out += _pool(plan, width)
    out += _channels(plan, width)
    out += _recipients(plan, width)
    # The period, the supervision phone and the seal stay on one page: a notice whose
    # phone number starts on one sheet and ends on the next cannot be posted.
    out.append(KeepTogether([*_notice_period(plan), _seal(plan, width)]))
    return out


def _money(amount: Decimal) -> str:
    return format_yuan(amount)


def _pool(plan: PlanDoc, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph("一、收益情况", st.heading), Paragraph(
        f"本期可分配收益共计 {_money(plan.pool)} 元（大写：{capital_amount(plan.pool)}）。", st.body)]
    if plan.pool_lines:
        rows = [["收益来源", "金额（元）"]] + [[Paragraph(escape(scrub(p.source)), st.table), _money(p.amount)]
                                          for p in plan.pool_lines]
        rows.append(["合计", _money(plan.pool)])
        t = Table(rows, colWidths=[width - 40 * mm, 40 * mm], repeatRows=1)
        t.setStyle(table_style(extra=[("ALIGN", (1, 1), (1, -1), "RIGHT"), ("FONT", (0, -1), (-1, -1), _hei(), 10),
                                      ("ALIGN", (0, -1), (0, -1), "CENTER")]))
        out += [Spacer(1, 2 * mm), t]
    return out


def _channels(plan: PlanDoc, width: float) -> list[Flowable]:
    st = styles()
    if not plan.channels:
        return []
    rows: list[list[object]] = [["分配用途", "金额（元）", "占比", "受益人数", "说明"]]
    for ch in plan.channels:
        share = f"{(ch.amount * 100 / plan.pool).quantize(Decimal('0.1'))}%" if plan.pool else ""
        rows.append([ch.channel, _money(ch.amount), share, str(ch.recipients or ""),
                     Paragraph(escape(scrub(ch.note)), st.table)])
    rows.append(["合计", _money(sum((c.amount for c in plan.channels), Decimal("0.00"))), "", "", ""])
    widths = [30 * mm, 30 * mm, 18 * mm, 20 * mm]
    t = Table(rows, colWidths=[*widths, width - sum(widths)], repeatRows=1)
    t.setStyle(table_style(extra=[("ALIGN", (1, 1), (3, -1), "RIGHT"), ("FONT", (0, -1), (-1, -1), _hei(), 10),
                                  ("ALIGN", (0, 0), (0, -1), "CENTER")]))
    return [Paragraph("二、分配方案", st.heading), t]


def _recipients(plan: PlanDoc, width: float) -> list[Flowable]:
    st = styles()
    rows: list[list[object]] = [["序号", "姓名", "身份证号", "家庭人口", "分配渠道", "金额（元）"]]
    for i, r in enumerate(plan.recipients, start=1):
        rows.append([str(i), Paragraph(escape(scrub(r.name)), st.table_center), masked_id(r), str(r.household_size),
                     Paragraph(escape(r.channel), st.table_center), _money(r.amount)])
    rows.append([f"合计（{len(plan.recipients)} 人）", "", "", "", "", _money(plan.total)])
    widths = [12 * mm, 24 * mm, 42 * mm, 16 * mm, 0, 28 * mm]
    widths[4] = width - sum(widths)
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(table_style(extra=[("ALIGN", (0, 1), (4, -1), "CENTER"), ("ALIGN", (5, 1), (5, -1), "RIGHT"),
                                  ("SPAN", (0, -1), (4, -1)), ("FONT", (0, -1), (-1, -1), _hei(), 10)]))
    intro = Paragraph(f"本期共有 {len(plan.recipients)} 人获得分配，合计 {_money(plan.total)} 元。", st.body)
    # A sentence of its own: ReportLab's CJK wrapping may start a line with the "，" of a long one.
    privacy = Paragraph("（为保护个人信息，身份证号已隐去部分号码。）", st.small)
    # The heading and its sentence never stand alone at the foot of a page without a row of the list.
    return [CondPageBreak(48 * mm), Paragraph("三、受益人员名单", st.heading), intro, privacy, Spacer(1, 2 * mm), t]


def _notice_period(plan: PlanDoc) -> list[Flowable]:
    st = styles()
    if plan.notice_start and plan.notice_end:
        days = (plan.notice_end - plan.notice_start).days + 1
        period = f"公示期为 {today_text(plan.notice_start)}至{today_text(plan.notice_end)}，共 {days} 天。"
    else:
        period = "公示期为　　　　年　　月　　日至　　　　年　　月　　日。"  # full-width: blanks to write in
    unit = escape(plan.supervision_unit) or "乡镇人民政府"
    phone = f"监督电话：{escape(plan.supervision_phone)}。" if plan.supervision_phone else "监督电话：____________。"
    text = (f"{period}公示期内如有异议，请以书面或口头形式向村民委员会或{unit}反映。{phone}")
    out: list[Flowable] = [Paragraph("四、公示期限与监督", st.heading), Paragraph(text, st.body)]
    out += [Paragraph(escape(scrub(n)), st.body) for n in plan.notes]
    return out


def _seal(plan: PlanDoc, width: float) -> Flowable:
    """The committee's name and date at the right, over a square left free for the seal."""
    st = styles()
    issued = today_text(plan.issued_on) if plan.issued_on else "　　　　年　　月　　日"
    right = [Paragraph(f"{escape(plan.committee_name)}（盖章）", st.signature),
             Paragraph(issued, st.signature)]
    t = Table([["", right]], colWidths=[width - 75 * mm, 75 * mm], rowHeights=[40 * mm])
    t.setStyle(layout_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return t


def _hei() -> str:
    from desktop.reports.fonts import fonts

    return fonts().hei
