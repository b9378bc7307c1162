"""Input widgets the editors share: an optional date, and amounts typed as text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from desktop.views.common import pydate, qdate

_EMPTY = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A QDateEdit that can be empty: the minimum date stands for "not filled in" and is
    shown blank; Delete or Backspace with everything selected clears it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(_EMPTY)
        self.dateChanged.connect(lambda _d: self.edited.emit())

    def value(self) -> date | None:
        return None if self.date() == _EMPTY else pydate(self.date())

    def set_value(self, d: date | None) -> None:
        self.setDate(qdate(d) if d else _EMPTY)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.lineEdit().selectedText() == self.lineEdit().text():
            self.set_value(None)
            return
        if self.date() == _EMPTY and event.text().isdigit():
            self.setDate(QDate.currentDate())  # start from today rather than 1900
            self.lineEdit().selectAll()
        super().keyPressEvent(event)


class AmountField(QLineEdit):
    """Amounts are typed as text and parsed exactly by the domain (never through a float)."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(placeholder)


def mark_invalid(widget: QWidget, invalid: bool, tip: str = "") -> None:
    """Red frame and the problem as tooltip; cleared when fixed. Runs on every keystroke, so
    the (costly) style sheet is only touched when the state changes."""
    widget.setToolTip(tip if invalid else "")
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet("border: 1px solid #dc2626;" if invalid else "")
