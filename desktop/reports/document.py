"""The base every printed document builds on: A4 page set-up, type hierarchy, page footers,
the draft mark and the shared table style.

Two ways to make a document, both ending in PDF bytes:

- flowing documents (cards, forms, notices, the register print-out) are a list of platypus
  flowables passed to :func:`build`, which adds "第 X 页 共 Y 页" and, when asked, the 草稿
  mark to every page;
- documents of many uniform rows (payout sheets: thousands of pages) draw on a canvas from
  :func:`new_canvas` page by page (see ``grid.py``) and call :func:`finish_page` on each.

Layout follows GB/T 9704 (党政机关公文格式) as the model: A4, margins 37/35/28/26 mm for
text documents (:data:`OFFICIAL`), the title in 黑体 (standing in for 小标宋), body in 仿宋,
subtitles in 楷体. Tables and forms use narrower margins (:data:`FORM`) to hold more rows,
as printed registers and payout sheets in county offices do.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.reports.fonts import fonts

DRAFT_WORD = "草稿"
DRAFT_NOTE = "草稿：未经县级备案，不得张贴或据以发放"
GRID_COLOR = colors.black
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)


@dataclass(frozen=True)
class Margins:
    top: float
    bottom: float
    left: float
    right: float


OFFICIAL = Margins(37 * mm, 35 * mm, 28 * mm, 26 * mm)  # GB/T 9704 text area 156 × 225 mm
FORM = Margins(18 * mm, 16 * mm, 15 * mm, 15 * mm)


@dataclass(frozen=True)
class PageSetup:
    """What a document asks of its pages."""

    title: str
    landscape: bool = False
    margins: Margins = FORM
    draft: bool = False
    page_numbers: bool = True
    author: str = "扶贫项目资产管理"

    @property
    def size(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def frame_width(self) -> float:
        return self.size[0] - self.margins.left - self.margins.right


@dataclass(frozen=True)
class Styles:
    """GB/T 9704's hierarchy, scaled for forms: sizes in points (2号 22, 3号 16, 4号 14, 5号 10.5)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    table: ParagraphStyle
    table_center: ParagraphStyle
    table_right: ParagraphStyle
    table_header: ParagraphStyle
    small: ParagraphStyle
    signature: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    f = fonts()

    def style(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        # wordWrap="CJK": Chinese breaks between any two characters, not only at spaces.
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw)

    return Styles(
        title=style("title", f.hei, 20, 28, alignment=TA_CENTER, spaceAfter=4 * mm),
        subtitle=style("subtitle", f.kai, 14, 20, alignment=TA_CENTER, spaceAfter=3 * mm),
        heading=style("heading", f.hei, 13, 20, spaceBefore=3 * mm, spaceAfter=2 * mm),
        body=style("body", f.fang, 14, 24, firstLineIndent=28, alignment=TA_LEFT),
        table=style("table", f.song, 10, 13),
        table_center=style("table_center", f.song, 10, 13, alignment=TA_CENTER),
        table_right=style("table_right", f.song, 10, 13, alignment=TA_RIGHT),
        table_header=style("table_header", f.hei, 10, 13, alignment=TA_CENTER),
        small=style("small", f.song, 9, 12),
        signature=style("signature", f.fang, 13, 22),
    )


def page_label(page: int, pages: int) -> str:
    return f"第 {page} 页 共 {pages} 页"


def draw_draft_mark(c: Canvas, size: tuple[float, float]) -> None:
    """A large diagonal 草稿 across the page, translucent so the content stays readable, and a
    note in the top margin saying why (a draft must not be posted or paid from)."""
    width, height = size
    f = fonts()
    c.saveState()
    c.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.16))
    c.setFont(f.hei, min(width, height) * 0.3)
    c.translate(width / 2, height / 2)
    c.rotate(35)
    c.drawCentredString(0, -min(width, height) * 0.1, DRAFT_WORD)
    c.restoreState()
    c.saveState()
    c.setFillColor(colors.Color(0.75, 0.1, 0.1))
    c.setFont(f.hei, 10)
    c.drawRightString(width - 12 * mm, height - 10 * mm, DRAFT_NOTE)
    c.restoreState()


def finish_page(c: Canvas, setup: PageSetup, page: int, pages: int) -> None:
    """Footer and draft mark of one page; the caller then calls ``c.showPage()``."""
    width, _height = setup.size
    if setup.page_numbers:
        c.saveState()
        c.setFont(fonts().song, 9)
        c.drawCentredString(width / 2, setup.margins.bottom / 2, page_label(page, pages))
        c.restoreState()
    if setup.draft:
        draw_draft_mark(c, setup.size)


def new_canvas(out: io.BytesIO, setup: PageSetup) -> Canvas:
    """A canvas for page-by-page drawing with the document's metadata and CJK as first font
    (so no unembedded Helvetica is referenced)."""
    c = Canvas(out, pagesize=setup.size, initialFontName=fonts().song, initialFontSize=10,
               pageCompression=1)
    c.setTitle(setup.title)
    c.setAuthor(setup.author)
    c.setCreator(setup.author)
    return c


class _NumberedCanvas(Canvas):
    """Keeps each page until the end, then writes every footer knowing the page count."""

    setup: PageSetup

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts().song  # platypus passes None
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def _numbering(self) -> list[tuple[PageSetup, int, int]]:
        """Each kept page's set-up, number and page count."""
        n = len(self._pages)
        return [(self.setup, i + 1, n) for i in range(n)]

    def save(self) -> None:
        for state, (setup, number, pages) in zip(self._pages, self._numbering(), strict=True):
            self.__dict__.update(state)
            finish_page(self, setup, number, pages)
            Canvas.showPage(self)
        Canvas.save(self)


class BatchCanvas(_NumberedCanvas):
    """Several flowing documents in one PDF (a county's notices), each numbered "第 X 页 共 Y 页"
    on its own and with its own draft mark. Each is laid out by its own platypus build onto
    this canvas, so only one village's flowables are in memory at a time."""

    def __init__(self, out: Any, setup: PageSetup) -> None:
        super().__init__(out, pagesize=setup.size, pageCompression=1)
        self.setup = setup
        self.setTitle(setup.title)
        self.setAuthor(setup.author)
        self.setCreator(setup.author)
        self.groups: list[tuple[int, PageSetup]] = []  # first page index, set-up

    def add(self, flowables: Sequence[Flowable], setup: PageSetup) -> int:
        """Lay out one document on new pages; returns its number of pages."""
        start = len(self._pages)
        doc = _template(io.BytesIO(), setup)
        doc.title = self.setup.title  # platypus sets the PDF's title on every build
        doc._doSave = 0  # noqa: SLF001 - ReportLab's switch: the pages stay here until save()
        doc.build(list(flowables), canvasmaker=lambda *_a, **_k: self)
        self.groups.append((start, setup))
        return len(self._pages) - start

    def _numbering(self) -> list[tuple[PageSetup, int, int]]:
        out: list[tuple[PageSetup, int, int]] = []
        ends = [start for start, _s in self.groups[1:]] + [len(self._pages)]
        for (start, setup), end in zip(self.groups, ends, strict=True):
            out += [(setup, i - start + 1, end - start) for i in range(start, end)]
        return out


def _template(out: Any, setup: PageSetup) -> SimpleDocTemplate:
    m = setup.margins
    return SimpleDocTemplate(out, pagesize=setup.size, leftMargin=m.left, rightMargin=m.right,
                             topMargin=m.top, bottomMargin=m.bottom, title=setup.title,
                             author=setup.author, creator=setup.author, pageCompression=1)


def build(flowables: Sequence[Flowable], setup: PageSetup) -> bytes:
    """Lay out ``flowables`` on A4 pages as ``setup`` says and return the PDF."""
    out = io.BytesIO()
    doc = _template(out, setup)
    canvas_class = type("DocumentCanvas", (_NumberedCanvas,), {"setup": setup})
    doc.build(list(flowables), canvasmaker=canvas_class)
    return out.getvalue()


def layout_style(*commands: tuple[Any, ...]) -> TableStyle:
    """For tables used only to place things (no grid): the CJK font on every cell, so even an
    empty cell does not pull an unembedded standard font into the PDF."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts().song, 10), *commands])


def table_style(header_rows: int = 1, *, font: str | None = None, size: float = 10,
                extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """Ruled table: thin black grid, grey header in 黑体, cells vertically centred."""
    f = fonts()
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font or f.song, size),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [("FONT", (0, 0), (-1, header_rows - 1), f.hei, size),
                     ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
                     ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER")]
    return TableStyle(commands + list(extra))


def field_table(pairs: Sequence[tuple[str, Any]], width: float, columns: int = 2,
                wide: Sequence[str] = ()) -> Table:
    """A form of label/value cells, ``columns`` pairs per row (labels shaded, in 黑体); the
    labels in ``wide`` take a row of their own, their value spanning it."""
    st = styles()
    label_w = 26 * mm
    value_w = (width - label_w * columns) / columns
    rows: list[list[Any]] = []
    spans: list[tuple[Any, ...]] = []
    pending: list[Any] = []

    def cell(value: Any) -> Any:
        return value if isinstance(value, Flowable) else Paragraph(escape(str(value)), st.table)

    def flush() -> None:
        if pending:
            missing = 2 * columns - len(pending)
            rows.append(pending + [""] * missing)
            if missing:  # the last value runs to the right edge instead of leaving empty cells
                spans.append(("SPAN", (len(pending) - 1, len(rows) - 1), (-1, len(rows) - 1)))
            pending.clear()

    for label, value in pairs:
        if label in wide:
            flush()
            rows.append([Paragraph(label, st.table_header), cell(value)] + [""] * (2 * columns - 2))
            spans.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
            continue
        pending += [Paragraph(label, st.table_header), cell(value)]
        if len(pending) == 2 * columns:
            flush()
    flush()
    shade = [("BACKGROUND", (c, r), (c, r), HEADER_FILL) for r, row in enumerate(rows)
             for c in range(0, len(row), 2) if row[c] != ""]
    t = Table(rows, colWidths=[label_w, value_w] * columns)
    t.setStyle(table_style(0, extra=shade + spans))
    return t


def signature_block(labels: Sequence[str], width: float, *, date_text: str = "") -> Table:
    """"制表人：________" side by side — a ruled blank after each label to sign on — and the
    date at the right when given."""
    st = styles()
    cells: list[Any] = []
    widths: list[float] = []
    date_w = 66 * mm if date_text else 0
    for label in labels:
        label_w = (len(label) + 1) * st.signature.fontSize + 10
        cells += [Paragraph(f"{label}：", st.signature), ""]
        widths += [label_w, (width - date_w) / len(labels) - label_w]
    if date_text:
        cells.append(Paragraph(date_text, st.signature))
        widths.append(date_w)
    lines = [("LINEBELOW", (i * 2 + 1, 0), (i * 2 + 1, 0), 0.5, GRID_COLOR) for i in range(len(labels))]
    t = Table([cells], colWidths=widths, rowHeights=[12 * mm])
    t.setStyle(layout_style(("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (1, 0), (-1, 0), 10), *lines))
    return t


def lines_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
                right_columns: Sequence[int] = (), center_columns: Sequence[int] = (),
                row_height: float | None = None) -> Table:
    """A ruled list under a grey header row (repeated on each page); text cells wrap, amounts
    in ``right_columns`` stay on one line, right-aligned. ``row_height``: a least height for
    the body rows (room to sign in)."""
    st = styles()
    center = set(center_columns)

    def cell(i: int, text: str) -> Any:
        if i in right_columns:
            return text
        return Paragraph(escape(text), st.table_center if i in center else st.table)

    body = [[cell(i, c) for i, c in enumerate(r)] for r in rows]
    heights = None if row_height is None else [None, *[row_height] * len(body)]
    t = Table([list(header), *body], colWidths=list(widths), rowHeights=heights, repeatRows=1)
    t.setStyle(table_style(extra=[("ALIGN", (c, 1), (c, -1), "RIGHT") for c in right_columns]))
    return t


def seal_row(labels: Sequence[str], width: float, *, room: float = 22 * mm) -> Table:
    """Boxes side by side to stamp a seal or sign in, each with its "年 月 日"; ``room`` is
    the blank between the label and the date (a round seal is 40 mm and may cover both)."""
    st = styles()
    cells = [[Paragraph(escape(text), st.signature), Spacer(1, room), Paragraph("年　　月　　日", st.signature)]
             for text in labels]
    t = Table([cells], colWidths=[width / len(labels)] * len(labels))
    t.setStyle(layout_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, GRID_COLOR),
                            ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID_COLOR)))
    return t


def qr_code(text: str, size: float = 30 * mm) -> Any:
    """The QR code of ``text`` as squares drawn on the canvas (the graphics ``Drawing`` route
    would reference an unembedded Helvetica); level M survives a scuffed plate."""
    from reportlab.graphics.barcode.qr import QrCode  # its package loads every barcode kind: 0.4 s

    return QrCode(text, width=size, height=size, qrLevel="M", qrBorder=2)


def heading_with_qr(title: str, lines: Sequence[str], code: str, width: float) -> Table:
    """The title and its subtitle lines, with the asset code's QR code at the right: every
    document about one asset starts this way, so the paper leads back to the record."""
    st = styles()
    left: list[Flowable] = [Paragraph(escape(title), st.title)]
    left += [Paragraph(escape(line), st.subtitle) for line in lines]
    qr = [qr_code(code, 28 * mm), Paragraph(escape(code), st.table_center)]
    t = Table([[left, qr]], colWidths=[width - 34 * mm, 34 * mm])
    t.setStyle(layout_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "CENTER"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    return t


def today_text(d: date | None = None) -> str:
    d = d or date.today()
    return f"{d.year}年{d.month}月{d.day}日"


def date_text(d: date | None) -> str:
    """A date as documents write it (2026年3月1日); blank when there is none."""
    return today_text(d) if d else ""


def number_text(value: Decimal | None) -> str:
    """A quantity without trailing zeros or exponent (557, 1221.5); blank when there is none."""
    return "" if value is None else f"{value.normalize():f}"


def escape(text: str) -> str:
    """Plain text for a Paragraph, whose text is mark-up: a name with "<" or "&" prints as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
