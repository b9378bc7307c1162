"""Ruled tables drawn straight on the canvas, a page at a time.

Platypus lays a table out whole before splitting it into pages, and its cost grows much
faster than the rows (one Table of 60,000 rows: ~250 s). A payout sheet has rows of one
height, so the pages can be counted first and each row drawn where it belongs: the cost
is that of plain ``drawString`` calls. Text too wide for its cell is set smaller, then on
two lines, and only then cut with "…", so a long name is never silently clipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.reports.document import HEADER_FILL

Align = Literal["left", "center", "right"]
PAD = 3.0
TWO_LINE_SIZES = (8.5, 8.0, 7.0, 6.0)  # one line is shrunk down to the first; two lines try each
BREAK_AFTER = "、，,;；/·-"


class PageText:
    """The text of a page's table in one PDF text object, with the canvas's drawing calls.

    ``Canvas.drawString`` builds a text object per string (BT … ET, its own state); a
    2,500-page sheet has ~400,000 strings, so here they share one object per page and each
    string is only positioned (``Tm``) and encoded. Call :meth:`flush` before ``showPage``.
    """

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self._t: Any = None
        self._font: tuple[str, float] | None = None
        self._want: tuple[str, float] = ("", 10.0)

    def setFont(self, font: str, size: float) -> None:  # noqa: N802 - the canvas's name
        self._want = (font, size)

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        if self._t is None:
            self._t = self.c.beginText()
            self._font = None
        t = self._t
        if self._font != self._want:
            t.setFont(*self._want)
            self._font = self._want
        t.setTextOrigin(x, y)
        t._code.append(t._formatText(text))  # textOut without moving the cursor we reposition anyway

    def drawCentredString(self, x: float, y: float, text: str, width: float | None = None) -> None:  # noqa: N802
        """``width``: the text's width when the caller has measured it already."""
        self.drawString(x - (stringWidth(text, *self._want) if width is None else width) / 2, y, text)

    def drawRightString(self, x: float, y: float, text: str, width: float | None = None) -> None:  # noqa: N802
        self.drawString(x - (stringWidth(text, *self._want) if width is None else width), y, text)

    def flush(self) -> None:
        if self._t is not None:
            self.c.drawText(self._t)
            self._t = None


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    align: Align = "left"
    fit: bool = False  # free text that may be long (names): shrink or wrap instead of overflowing


class Grid:
    """Columns at ``x`` with rows of ``row_height``; text in ``font`` at ``size``."""

    def __init__(self, c: Canvas, columns: Sequence[Column], x: float, font: str, header_font: str,
                 size: float = 10, row_height: float = 24, header_height: float = 24) -> None:
        self.c, self.columns, self.x = c, list(columns), x
        self.text = PageText(c)
        self.font, self.header_font, self.size = font, header_font, size
        self.row_height, self.header_height = row_height, header_height
        self.edges = [x]
        for col in self.columns:
            self.edges.append(self.edges[-1] + col.width)
        self.width = self.edges[-1] - x
        self._baseline = (row_height - size * 0.8) / 2  # the text's baseline above the row's bottom

    def header(self, top: float) -> float:
        """The column titles (two lines when they hold a newline); returns the y below them."""
        c, h = self.c, self.header_height
        c.setFillColor(HEADER_FILL)
        c.rect(self.x, top - h, self.width, h, stroke=0, fill=1)
        c.setFillColor(colors.black)
        text = self.text
        text.setFont(self.header_font, self.size)
        for col, left in zip(self.columns, self.edges, strict=False):
            lines = col.title.split("\n")
            y = top - h / 2 + (len(lines) - 1) * self.size * 0.6 - self.size * 0.35
            for line in lines:
                text.drawCentredString(left + col.width / 2, y, line)
                y -= self.size * 1.2
        self.rule(top)
        return top - h

    def row(self, top: float, cells: Sequence[str], *, font: str | None = None) -> float:
        """One row of text under the line at ``top``; returns the y of its bottom line."""
        c = self.text
        font = font or self.font
        c.setFont(font, self.size)
        y = top - self.row_height + self._baseline
        for col, left, text in zip(self.columns, self.edges, cells, strict=False):
            if not text:
                continue
            if col.fit:
                self._fitted(col, left, top, text, font)
            elif col.align == "right":
                c.drawRightString(left + col.width - PAD, y, text)
            elif col.align == "center":
                c.drawCentredString(left + col.width / 2, y, text)
            else:
                c.drawString(left + PAD, y, text)
        return top - self.row_height

    def span_row(self, top: float, label: str, cells: dict[int, str], *, label_columns: int = 1,
                 font: str | None = None) -> float:
        """A row whose first ``label_columns`` cells are merged and hold ``label`` (subtotals,
        totals); ``cells`` gives the text of other columns by index. Returns its bottom y."""
        font = font or self.header_font
        self.text.setFont(font, self.size)
        y = top - self.row_height + self._baseline
        self.text.drawCentredString((self.edges[0] + self.edges[label_columns]) / 2, y, label)
        for i, text in cells.items():
            self._aligned(self.columns[i], self.edges[i], y, text)
        return top - self.row_height

    def rule(self, top: float, bottom: float | None = None, *, row_lines: Sequence[float] = (),
             skip_verticals: Sequence[tuple[int, float, float]] = ()) -> None:
        """The box from ``top`` to ``bottom`` with its column lines and the given row lines.

        Drawn once per block of rows (one path), not once per cell: a few hundred line
        segments per page instead of thousands of operators. ``skip_verticals`` leaves out the
        column line ``i`` between two heights (merged cells).
        """
        c = self.c
        bottom = top if bottom is None else bottom
        p = c.beginPath()
        for y in (top, bottom, *row_lines):
            p.moveTo(self.x, y)
            p.lineTo(self.edges[-1], y)
        if bottom != top:
            skips = {i: (lo, hi) for i, lo, hi in skip_verticals}
            for i, edge in enumerate(self.edges):
                if i in skips:
                    lo, hi = skips[i]
                    for a, b in ((top, hi), (lo, bottom)):
                        if a != b:
                            p.moveTo(edge, a)
                            p.lineTo(edge, b)
                else:
                    p.moveTo(edge, top)
                    p.lineTo(edge, bottom)
        c.setLineWidth(0.5)
        c.drawPath(p, stroke=1, fill=0)

    def _fitted(self, col: Column, left: float, top: float, text: str, font: str) -> None:
        """Long text: smaller on one line while still legible, else on two lines (broken after
        a "、" where possible), and only at the smallest size cut with "…"."""
        c, room = self.text, col.width - 2 * PAD
        width = stringWidth(text, font, self.size)
        if width <= room:  # the usual case: measured once, not again to centre it
            self._aligned(col, left, top - self.row_height + self._baseline, text, width)
            return
        shrunk = self.size * room / width
        if shrunk >= TWO_LINE_SIZES[0]:
            c.setFont(font, shrunk)
            self._aligned(col, left, top - self.row_height + (self.row_height - shrunk * 0.8) / 2, text)
        else:
            for size in TWO_LINE_SIZES:
                lines = wrap(text, font, size, room)
                if len(lines) <= 2:
                    break
            else:
                lines = wrap(text, font, size, room, max_lines=2)
            c.setFont(font, size)
            y = top - self.row_height / 2 - size * 0.35 + (len(lines) - 1) * size * 0.55
            for line in lines:
                self._aligned(col, left, y, line)
                y -= size * 1.1
        c.setFont(font, self.size)

    def _aligned(self, col: Column, left: float, y: float, text: str, width: float | None = None) -> None:
        if col.align == "center":
            self.text.drawCentredString(left + col.width / 2, y, text, width)
        elif col.align == "right":
            self.text.drawRightString(left + col.width - PAD, y, text, width)
        else:
            self.text.drawString(left + PAD, y, text)


def wrap(text: str, font: str, size: float, width: float, *, max_lines: int = 0) -> list[str]:
    """Break ``text`` into lines no wider than ``width``: after a separator ("、") when the
    line has one, else between any two characters (as Chinese allows). With ``max_lines``
    the last line ends in "…" when the text does not fit."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if line and stringWidth(line + ch, font, size) > width:
            cut = max(line.rfind(sep) for sep in BREAK_AFTER) + 1
            if 0 < cut < len(line):
                lines.append(line[:cut])
                line = line[cut:] + ch
            else:
                lines.append(line)
                line = ch
        else:
            line += ch
    if line:
        lines.append(line)
    if max_lines and len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines = lines[:max_lines - 1] + [last + "…"]
    return lines
