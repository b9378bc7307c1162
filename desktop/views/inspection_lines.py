"""The entry form's two line tables: the inspection team (names remembered from earlier
records) and the rectifications (dates typed as text, ``+30`` meaning 30 days on)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.domain.inspections import RectificationLine, TeamMember
from desktop.domain.problems import Problem
from desktop.views.lines_table import Column, LinesTable

_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def parse_date(text: str, base: date | None) -> date | None:
    """``2026-07-01``, ``2026/7/1``, ``20260701``, or ``+30`` (days after ``base``); raises ValueError."""
    text = text.strip()
    if text.startswith("+") and text[1:].isdigit() and base is not None:
        return base + timedelta(days=int(text[1:]))
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    m = _DATE.match(text)
    if not m:
        raise ValueError(text)
    return date(int(m[1]), int(m[2]), int(m[3]))


def _local_shortcuts(table: LinesTable) -> None:
    """Ctrl+Ins / Ctrl+Del act on the table holding the focus: two line tables share a window."""
    for shortcut in table.findChildren(QShortcut):
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


class TeamTable(LinesTable):
    """Name, unit, role; typing a name offers people from earlier inspections, and picking
    one fills in their unit and role."""

    def __init__(self, known: Sequence[TeamMember], parent: QWidget | None = None) -> None:
        super().__init__([Column(self.tr("姓名"), width=120), Column(self.tr("单位"), width=260),
                          Column(self.tr("职务/角色"), width=120)], parent)
        self.known = {m.name: m for m in known}
        self.names = QStringListModel(list(self.known), self)
        _local_shortcuts(self)

    def add_row(self, values: Sequence[object] | None = None) -> None:
        super().add_row(values)
        row = self.table.rowCount() - 1
        name = self.cell(row, 0)
        if isinstance(name, QLineEdit):
            completer = QCompleter(self.names, name)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            name.setCompleter(completer)
            completer.activated.connect(lambda text, r=row: self._fill_known(r, text))
            # A whole known name fills in unit and role (empty cells only): typing a name
            # and Tab works as well as picking it from the list.
            name.textChanged.connect(lambda text, r=row: self._fill_known(r, text))

    def _fill_known(self, row: int, name: str) -> None:
        member = self.known.get(name.strip())
        if member is None or row >= self.table.rowCount():
            return
        for col, value in ((1, member.unit), (2, member.role)):
            edit = self.cell(row, col)
            if isinstance(edit, QLineEdit) and not edit.text().strip():
                edit.setText(value)

    def members(self) -> list[TeamMember]:
        return [TeamMember(str(n), str(u), str(r)) for n, u, r in self.rows() if any((n, u, r))]

    def set_members(self, members: Sequence[TeamMember]) -> None:
        self.set_rows([[m.name, m.unit, m.role] for m in members])


class RectificationTable(LinesTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([Column(self.tr("整改要求"), width=260), Column(self.tr("责任人"), width=90),
                          Column(self.tr("整改期限"), width=110), Column(self.tr("完成日期"), width=110),
                          Column(self.tr("确认人"), width=90)], parent)
        for col, tip in ((2, self.tr("如 2026-07-01，或 +30 表示验收后 30 天")), (3, self.tr("如 2026-07-20"))):
            self.table.horizontalHeaderItem(col).setToolTip(tip)
        _local_shortcuts(self)

    def set_lines(self, lines: Sequence[RectificationLine]) -> None:
        self.set_rows([[r.requirement, r.responsible, r.deadline.isoformat() if r.deadline else "",
                        r.done_on.isoformat() if r.done_on else "", r.confirmed_by] for r in lines])
        for row, line in enumerate(lines):
            first = self.cell(row, 0)
            if first is not None:
                first.setProperty("rect_id", line.id)  # the row keeps its record (and history)

    def lines(self, inspected_on: date | None) -> tuple[list[RectificationLine], list[Problem]]:
        out: list[RectificationLine] = []
        problems: list[Problem] = []
        for i, (req, resp, deadline, done, who) in enumerate(self.rows(), start=1):
            if not any((req, resp, deadline, done, who)):
                continue
            dates: list[date | None] = []
            for text, label in ((str(deadline), "整改期限"), (str(done), "完成日期")):
                try:
                    dates.append(parse_date(text, inspected_on) if text else None)
                except ValueError:
                    problems.append(Problem("rectifications",
                                            "第 {row} 行{label}“{value}”不是有效日期（如 2026-07-01）",
                                            {"row": i, "label": label, "value": text}))
                    dates.append(None)
            first = self.cell(i - 1, 0)
            rid = first.property("rect_id") if first is not None else None
            out.append(RectificationLine(str(req), str(resp), dates[0], dates[1], str(who),
                                         int(rid) if rid is not None else None))
        return out, problems
