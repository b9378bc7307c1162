"""What the income grid and the editor's income tab share: the editable columns, how a
cell is shown and parsed, an editor delegate, and a table where Enter moves down.

Amounts are typed as text and parsed by the domain's ``yuan`` (never through a float).
A negative income is refused at the cell with a message pointing to the cost columns.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.domain.income import AMOUNT_KINDS, COST_KINDS, INCOME_KINDS, ZERO, IncomeData
from desktop.domain.money import MoneyError, format_yuan, yuan

# (field, header, kind): kind is "money", "kwh", "date" or "text".
EDIT_FIELDS: tuple[tuple[str, str, str], ...] = (
    *((k, f"{label}", "money") for k, label in AMOUNT_KINDS),
    ("kwh", "发电量（kWh）", "kwh"),
    ("received_on", "到账日期", "date"),
    ("note", "备注", "text"),
)
INCOME_KEYS = frozenset(k for k, _ in INCOME_KINDS)
COST_NAMES = "、".join(label for _, label in COST_KINDS)
FLAG = QColor("#fde68a")  # ±50 % from last year: look again
READ_ONLY = QColor("#f1f5f9")
COMPUTED = QColor("#eef6ff")
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$|^(\d{4})(\d{2})(\d{2})$")
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("income", text)


class CellError(ValueError):
    """A typed value the cell refuses; the message says why and what to do instead."""


def show(data: IncomeData | None, key: str) -> str:
    if data is None:
        return ""
    value = getattr(data, key)
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if key == "kwh":
        return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,}"
    if isinstance(value, Decimal):
        return "" if value == 0 else format_yuan(value)
    return str(value)


def edit_text(data: IncomeData | None, key: str) -> str:
    """The text an editor starts from: plain digits without grouping."""
    if data is None:
        return ""
    value = getattr(data, key)
    if isinstance(value, Decimal):
        if key == "kwh":
            return f"{value.normalize():f}"
        return "" if value == 0 else f"{value:.2f}"
    return show(data, key)


def parse(key: str, kind: str, text: str) -> Any:
    """The value of a typed cell; raises CellError with a message for the clerk."""
    text = text.strip()
    label = tr(dict((k, h) for k, h, _ in EDIT_FIELDS)[key])
    if kind == "text":
        return text
    if kind == "date":
        if not text:
            return None
        m = _DATE.match(text)
        try:
            if not m:
                raise ValueError
            y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
            return date(y, mo, d)
        except ValueError:
            raise CellError(tr("{label}“{value}”不是有效日期，请按 2025-12-20 的格式输入").format(
                label=label, value=text)) from None
    if kind == "kwh":
        if not text:
            return None
        try:
            value = Decimal(text.replace(",", ""))
        except InvalidOperation:
            raise CellError(tr("{label}“{value}”不是有效数字").format(label=label, value=text)) from None
        if value < 0 or value != value.quantize(Decimal("0.001")):
            raise CellError(tr("{label}须为不小于 0、最多三位小数的数：{value}").format(label=label, value=text))
        return value
    if not text:
        return ZERO
    try:
        amount = yuan(text)
    except MoneyError as exc:
        raise CellError(tr("{label}：{error}").format(label=label, error=str(exc))) from None
    if amount < 0:
        if key in INCOME_KEYS:
            raise CellError(tr("{label}不能为负数（{value}）。支出与损失请填在成本栏：{costs}").format(
                label=label, value=text, costs=COST_NAMES))
        raise CellError(tr("{label}不能为负数：{value}").format(label=label, value=text))
    return amount


class CellDelegate(QStyledItemDelegate):
    """A plain line edit, right-aligned for numbers, started from the model's EditRole text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        align = index.data(Qt.ItemDataRole.TextAlignmentRole)
        if align:
            editor.setAlignment(Qt.AlignmentFlag(int(align)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        if not editor.text():  # a key that opened the editor has already typed into it
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class EntryTable(QTableView):
    """Keyboard entry as in a spreadsheet: typing starts editing, Enter commits and moves
    down, Tab moves across (and into the next cell's editor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CellDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(24)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            self.move_down()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self.move_down()
            return
        super().keyPressEvent(event)

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))
