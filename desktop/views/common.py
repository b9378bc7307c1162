"""Small Qt helpers shared by the views: translated vocabulary, problems, message boxes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.domain.vocab import Labelled


def tr_label(enum: type[Labelled], code: str | None) -> str:
    """The display name of a stored code, through the translator (context ``vocab``)."""
    return QCoreApplication.translate("vocab", enum.label_of(code)) if code else ""


def problem_text(p: Problem) -> str:
    return QCoreApplication.translate("problems", p.template).format(**p.params)


def fill_combo(combo: QComboBox, enum: type[Labelled], *, blank: str | None = None) -> None:
    """Items show the translated name and carry the stored code as data."""
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for code, _label in enum.choices():
        combo.addItem(tr_label(enum, code), code)


def select_data(combo: QComboBox, value: object) -> None:
    idx = combo.findData(value)
    combo.setCurrentIndex(idx if idx >= 0 else 0)


def qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate()


def pydate(d: QDate) -> date | None:
    return date(d.year(), d.month(), d.day()) if d.isValid() else None


def show_problems(parent: QWidget | None, title: str, problems: Iterable[Problem]) -> None:
    QMessageBox.warning(parent, title, "\n".join(problem_text(p) for p in problems))


def list_table(model: QAbstractItemModel, widths: Iterable[int] = (), *, stretch_last: bool = True,
               sort_column: int | None = 0) -> QTableView:
    """A read-only list of records as every area shows one: whole rows selected, one at a time,
    sortable by header (the model decides how), fixed row height so paging stays cheap."""
    t = QTableView()
    t.setModel(model)
    t.setSortingEnabled(True)
    if sort_column is not None:
        t.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setDefaultSectionSize(26)
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    for col, width in enumerate(widths):
        t.setColumnWidth(col, width)
    t.horizontalHeader().setStretchLastSection(stretch_last)
    return t


class LoadsWhenShown:
    """For an area (a QWidget subclass listing this first) that loads its data when first
    shown, not at start-up, and while hidden only notes that its data changed. The class
    defines ``refresh()``, which must set ``self._stale = False``."""

    _stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.refresh()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]

    def refresh_if_shown(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()  # type: ignore[attr-defined]
        else:
            self._stale = True


def list_area_layout(owner: QWidget, top: Iterable[QWidget | QLayout], table: QTableView, summary: QWidget,
                     buttons: Iterable[QWidget]) -> QVBoxLayout:
    """The shape of every list area: search and filters on top, the table, then the count
    or total at the left of the foot with the area's buttons at the right."""
    bottom = QHBoxLayout()
    bottom.addWidget(summary, 1)
    for b in buttons:
        bottom.addWidget(b)
    layout = QVBoxLayout(owner)
    for part in top:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addWidget(table, 1)
    layout.addLayout(bottom)
    return layout
