"""The acceptance record form (扶贫项目资产验收单) as an A4 PDF.

Official-document look after GB/T 9704: 37/35/28/26 mm margins, a centred title, ruled
tables, signature lines. The bundled CJK font is embedded as a subset so the file prints
the same on any PC and its text can be searched and copied. Data in, bytes out; the
caller decides where they go. (Kept in one module so it can move onto the shared
document base of desktop/reports when that lands.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.inspections import CHECKLIST, InspectionData, InspectionKind, InspectionResult
from desktop.domain.money import format_yuan
from desktop.domain.vocab import Category
from desktop.models import Asset
from desktop.paths import cjk_font_file
from desktop.services import inspections as svc

FONT = "FupinCJK"
MARGINS = {"topMargin": 37 * mm, "bottomMargin": 35 * mm, "leftMargin": 28 * mm, "rightMargin": 26 * mm}
WIDTH = A4[0] - 54 * mm


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(cjk_font_file()), subfontIndex=0))
    return FONT


@dataclass(frozen=True)
class FormContext:
    """What the form shows about the asset besides the inspection itself."""

    code: str
    name: str
    township: str
    village: str
    category: str
    original_value: Decimal


def _styles() -> dict[str, ParagraphStyle]:
    f = _font()
    return {
        "title": ParagraphStyle("title", fontName=f, fontSize=20, leading=30, alignment=TA_CENTER, spaceAfter=4),
        "no": ParagraphStyle("no", fontName=f, fontSize=10.5, leading=16, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName=f, fontSize=10.5, leading=14, alignment=TA_LEFT),
        "head": ParagraphStyle("head", fontName=f, fontSize=10.5, leading=15, alignment=TA_CENTER),
        "big": ParagraphStyle("big", fontName=f, fontSize=14, leading=20, alignment=TA_LEFT),
        "sign": ParagraphStyle("sign", fontName=f, fontSize=10.5, leading=20, alignment=TA_LEFT),
    }


def _esc(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _grid(rows: list[list[object]], widths: list[float], st: dict[str, ParagraphStyle],
          head: bool = False, spans: list[tuple[int, int, int, int]] | None = None) -> Table:
    cells = [[c if not isinstance(c, str) else Paragraph(_esc(c), st["head"] if head and r == 0 else st["cell"])
              for c in row] for r, row in enumerate(rows)]
    t = Table(cells, colWidths=widths, repeatRows=1 if head else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
    for c0, r0, c1, r1 in spans or []:
        style.append(("SPAN", (c0, r0), (c1, r1)))
    t.setStyle(TableStyle(style))
    return t


def _qty(value: Decimal | None, unit: str) -> str:
    return "" if value is None else f"{value.normalize():f} {unit}".strip()


def _page_number(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    canvas.saveState()
    canvas.setFont(_font(), 10.5)
    canvas.drawCentredString(A4[0] / 2, 20 * mm, f"— {doc.page} —")
    canvas.restoreState()


def render(d: InspectionData, a: FormContext, *, inspection_id: int | None = None) -> bytes:
    """The 验收单 of ``d`` as PDF bytes."""
    st = _styles()
    label = WIDTH * 0.21
    value = WIDTH * 0.29
    no = (f"编号：YS-{inspection_id:06d}　　" if inspection_id else "") + f"打印日期：{date.today().isoformat()}"
    basics = _grid([
        ["资产编码", a.code, "资产名称", a.name],
        ["所在乡镇、村", f"{a.township} {a.village}", "资产类别", Category.label_of(a.category)],
        ["验收类型", InspectionKind.label_of(d.kind), "验收日期",
         d.inspected_on.isoformat() if d.inspected_on else ""],
        ["批复建设内容", d.approved_content, "", ""],
        ["实际建设内容", d.actual_content, "", ""],
        ["批复数量", _qty(d.approved_quantity, d.quantity_unit), "实际数量", _qty(d.actual_quantity, d.quantity_unit)],
        ["资产原值（元）", format_yuan(a.original_value), "核定投资（元）", format_yuan(d.verified_investment)],
        ["第三方机构", d.third_party_firm, "报告编号", d.report_no],
    ], [label, value, label, value], st, spans=[(1, 3, 3, 3), (1, 4, 3, 4)])
    marks = [[text, "符合" if d.checks.get(fld) else "不符合"] for fld, text in CHECKLIST]
    marks += [["", ""]] * (len(marks) % 2)
    half = (len(marks) + 1) // 2
    checks = _grid([["验收检查项", "结果", "验收检查项", "结果"],
                    *[marks[i] + marks[i + half] for i in range(half)]],
                   [WIDTH * w for w in (0.37, 0.13, 0.37, 0.13)], st, head=True)
    result = _grid([["验收结论", Paragraph(_esc(InspectionResult.label_of(d.result)), st["big"])],
                    ["发现的问题", d.findings or "无"]], [label, WIDTH - label], st)
    story = [Paragraph("扶贫项目资产验收单", st["title"]), Paragraph(no, st["no"]), Spacer(1, 4),
             basics, Spacer(1, 6), checks, Spacer(1, 6), result, Spacer(1, 6)]
    if d.rectifications:
        rect_rows: list[list[object]] = [["序号", "整改要求", "责任人", "整改期限", "完成日期", "确认人"]]
        for i, r in enumerate(d.rectifications, start=1):
            rect_rows.append([str(i), r.requirement, r.responsible, r.deadline.isoformat() if r.deadline else "",
                              r.done_on.isoformat() if r.done_on else "未完成", r.confirmed_by])
        story += [_grid(rect_rows, [WIDTH * w for w in (0.08, 0.30, 0.12, 0.17, 0.17, 0.16)], st, head=True),
                  Spacer(1, 6)]
    team_rows: list[list[object]] = [["验收组成员", "单位", "职务/角色", "签字"]]
    team_rows += [[m.name, m.unit, m.role, ""] for m in d.team]
    story += [_grid(team_rows, [WIDTH * w for w in (0.18, 0.42, 0.18, 0.22)], st, head=True), Spacer(1, 10),
              Paragraph("验收组组长（签字）：________________　　　　日期：______年____月____日", st["sign"]),
              Paragraph("项目实施单位（盖章）：______________　　　　接收单位（盖章）：______________", st["sign"])]
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title="扶贫项目资产验收单", author="扶贫项目资产管理",
                            subject=f"{a.code} {a.name}", **MARGINS)
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return out.getvalue()


def write_inspection_form(session: Session, inspection_id: int, out: Path) -> Path:
    """Read the inspection and write its 验收单 to ``out``."""
    detail = svc.get_inspection(session, inspection_id)
    asset = session.execute(select(Asset.category, Asset.original_value).where(
        Asset.id == detail.asset.id)).one()
    ctx = FormContext(detail.asset.code, detail.asset.name, detail.asset.township, detail.asset.village,
                      asset.category, asset.original_value)
    data = render(detail.data, ctx, inspection_id=inspection_id)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return out
