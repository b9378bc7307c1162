"""The acceptance record form (扶贫项目资产验收单): what was approved against what was built,
the checklist, the conclusion, the rectifications demanded, the handover that followed and
the team's signatures — the paper the county files with the project.

Built on the shared base like the asset card (same fonts, margins, headings, field tables,
page X of Y, the asset code's QR code), from an ``InspectionSheet`` read beforehand: no
session here, so it builds in the preview's worker thread.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop.domain.inspections import InspectionKind, InspectionResult
from desktop.domain.money import format_yuan
from desktop.domain.vocab import Category
from desktop.reports.document import (
    PageSetup,
    build,
    date_text,
    escape,
    field_table,
    heading_with_qr,
    lines_table,
    number_text,
    seal_row,
    styles,
)
from desktop.reports.fonts import fonts
from desktop.services.print_data import InspectionSheet

TITLE = "扶贫项目资产验收单"
SECTION_NUMBERS = "一二三四五六七八九十"


def form_number(inspection_id: int) -> str:
    """The number printed on the form and quoted when the record is looked up again."""
    return f"YS-{inspection_id:06d}"


def _quantity(value: Decimal | None, unit: str) -> str:
    return f"{number_text(value)} {unit}".strip() if value is not None else ""


def _money(value: Decimal | None) -> str:
    return format_yuan(value) if value is not None else ""


def inspection_form(data: InspectionSheet) -> bytes:
    """The 验收单 of one inspection as PDF bytes."""
    setup = PageSetup(title=f"{TITLE} {data.code} {form_number(data.inspection_id)}")
    w = setup.frame_width
    st = styles()
    sections = [("基本情况", [_basic_fields(data, w)]),
                ("建设内容核对", [_comparison(data, w)]),
                ("验收检查与结论", [_checklist(data, w), _conclusion(data, w)])]
    if data.rectifications:
        sections.append(("整改要求", [_rectifications(data, w)]))
    if data.handover is not None:
        sections.append(("资产移交", [_handover(data, w)]))
    story: list[Flowable] = [heading_with_qr(TITLE, [f"编号：{form_number(data.inspection_id)}"], data.code, w),
                             Spacer(1, 3 * mm)]
    for number, (heading, flowables) in zip(SECTION_NUMBERS, sections, strict=False):
        story.append(KeepTogether([Paragraph(f"{number}、{heading}", st.heading), *flowables]))
    team_number = SECTION_NUMBERS[len(sections)]
    # The team signs with the seals: never a page of signatures apart from the team list.
    seals = seal_row(("项目实施单位（盖章）", "验收组组长（签字）", "接收单位（盖章）"), w, room=4 * mm)
    story.append(KeepTogether([Paragraph(f"{team_number}、验收组", st.heading), _team(data, w),
                               Spacer(1, 1 * mm), seals]))
    return build(story, setup)


def _basic_fields(d: InspectionSheet, w: float) -> Flowable:
    pairs = [("资产编码", d.code), ("资产名称", d.name),
             ("资产类别", Category.label_of(d.category)), ("所在地", f"{d.county}{d.township}{d.village}"),
             ("验收类型", InspectionKind.label_of(d.kind)), ("验收日期", date_text(d.inspected_on)),
             ("资产原值（元）", format_yuan(d.original_value)), ("核定投资（元）", _money(d.verified_investment))]
    if d.third_party_firm or d.report_no or d.kind == InspectionKind.THIRD_PARTY:
        pairs += [("第三方机构", d.third_party_firm), ("报告编号", d.report_no)]
    return field_table(pairs, w)


def _comparison(d: InspectionSheet, w: float) -> Flowable:
    rows = [["建设内容", d.approved_content, d.actual_content],
            ["数量", _quantity(d.approved_quantity, d.quantity_unit), _quantity(d.actual_quantity, d.quantity_unit)]]
    half = (w - 26 * mm) / 2
    return lines_table(["核对项目", "批复", "实际"], rows, [26 * mm, half, half], center_columns=(0,))


def _checklist(d: InspectionSheet, w: float) -> Flowable:
    """Two items a row, as on the paper forms: five checks in three rows."""
    marks = [[str(i), label, "符合" if met else "不符合"] for i, (label, met) in enumerate(d.checklist, start=1)]
    half = (len(marks) + 1) // 2
    left, right = marks[:half], marks[half:] + [["", "", ""]] * (2 * half - len(marks))
    item_w = w / 2 - 30 * mm
    return lines_table(["序号", "检查项目", "结果"] * 2, [a + b for a, b in zip(left, right, strict=True)],
                       [10 * mm, item_w, 20 * mm] * 2, center_columns=(0, 2, 3, 5))


def _conclusion(d: InspectionSheet, w: float) -> Flowable:
    result = Paragraph(f'<font name="{fonts().hei}" size="12">{escape(InspectionResult.label_of(d.result))}</font>',
                       styles().table)
    return field_table([("验收结论", result), ("发现的问题", d.findings.strip() or "无")], w,
                       wide=["验收结论", "发现的问题"])


def _rectifications(d: InspectionSheet, w: float) -> Flowable:
    rows = [[str(i), r.requirement, r.responsible, date_text(r.deadline),
             date_text(r.done_on) if r.done_on else "未完成", r.confirmed_by]
            for i, r in enumerate(d.rectifications, start=1)]
    widths = [12 * mm, w - 128 * mm, 22 * mm, 30 * mm, 30 * mm, 34 * mm]
    return lines_table(["序号", "整改要求", "责任人", "整改期限", "完成日期", "确认人"], rows, widths,
                       center_columns=(0,))


def _handover(d: InspectionSheet, w: float) -> Flowable:
    h = d.handover
    assert h is not None
    items = "；".join(f"{i.description} {_quantity(i.quantity, i.unit)}".strip() for i in h.items)
    pairs = [("移交日期", date_text(h.handed_on)), ("移交清单", items or "—"),
             ("移交单位", h.from_party), ("接收单位", h.to_party)]
    if h.notes.strip():
        pairs.append(("备注", h.notes))
    return field_table(pairs, w, wide=["备注"])


def _team(d: InspectionSheet, w: float) -> Flowable:
    rows = [[str(i), m.name, m.unit, m.role, ""] for i, m in enumerate(d.team, start=1)]
    return lines_table(["序号", "姓名", "单位", "职务/角色", "签字"], rows,
                       [12 * mm, 26 * mm, w - 102 * mm, 28 * mm, 36 * mm], center_columns=(0,), row_height=6.5 * mm)
