"""Turning spreadsheet cells into exact values, and saying precisely what is wrong.

Excel keeps every number as a binary double: an 18-digit ID number typed into a number
cell has already lost its last digits (``3.71522199001012E+17``) and cannot be repaired,
only reported. Amounts go from the cell to ``Decimal`` through the shortest text that
gives the same double (what Excel itself shows), never through float arithmetic.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.domain.money import MoneyError, yuan

_SCIENTIFIC = re.compile(r"^[0-9.]+[eE][+-]?[0-9]+$")
EXACT_DIGITS = 15  # a double holds every integer of up to 15 digits exactly
TRUE_WORDS = {"是", "有", "√", "✓", "y", "yes", "true", "1", "在校", "在校生"}
FALSE_WORDS = {"否", "无", "", "n", "no", "false", "0", "非在校生", "不在校", "健康", "×"}


class CellError(ValueError):
    """A cell whose value cannot be used; the message says what is wrong with it."""


def display(value: Any) -> str:
    """The cell as the clerk sees it in Excel (for error reports)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value).removesuffix(".0") if value.is_integer() and abs(value) < 1e15 else f"{value:.15G}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != datetime.min.time() else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def text(value: Any) -> str:
    """Text of a cell; whole numbers lose the ``.0`` Excel adds."""
    if type(value) is str:
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return display(value)


def digits_text(value: Any, what: str, *, exact_digits: int = EXACT_DIGITS) -> str:
    """A number that must keep every digit (ID, account, phone). A cell Excel stored as a
    number is accepted only if a double holds it exactly; scientific notation never."""
    if type(value) is str and "E" not in value and "e" not in value:
        return value.strip()
    if isinstance(value, bool):
        raise CellError(f"{what}不能是逻辑值")
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise CellError(f"{what}被 Excel 存成了带小数的数字，请将该列设为“文本”后重新输入")
        as_int = int(value)
        if len(str(abs(as_int))) > exact_digits:
            raise CellError(f"{what}被 Excel 存成了数字，末几位已丢失（显示为 {value:.15G}），"
                            "请将该列设为“文本”后重新输入")
        return str(as_int)
    t = display(value)
    if _SCIENTIFIC.match(t.replace(" ", "")):
        raise CellError(f"{what}是科学计数法“{t}”，末几位已丢失，请将该列设为“文本”后重新输入")
    return t


def amount(value: Any, unit: str = "") -> Decimal | None:
    """Yuan, exact to the fen; a ``万元`` column is scaled. Empty → None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellError("金额不能是逻辑值")
    raw: Decimal | str
    if isinstance(value, float):
        raw = Decimal(repr(value))  # the shortest decimal that is this double: what Excel shows
    elif isinstance(value, int):
        raw = Decimal(value)
    else:
        raw = str(value).strip()
    try:
        if unit == "万元":
            cleaned = str(raw).replace(",", "").replace("，", "").replace(" ", "")
            return yuan(Decimal(cleaned) * 10000)
        return yuan(raw)
    except MoneyError as exc:
        if "分" in str(exc):
            raise CellError(f"金额最小单位为分：{display(value)}{unit}") from None
        raise CellError(f"不是有效金额：{display(value)}") from None
    except (InvalidOperation, ValueError):
        raise CellError(f"不是有效金额：{display(value)}") from None


def decimal(value: Any) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        raise CellError(f"不是有效数字：{display(value)}") from None


def integer(value: Any) -> int | None:
    d = decimal(value)
    if d is None:
        return None
    if d != d.to_integral_value():
        raise CellError(f"应为整数：{display(value)}")
    return int(d)


_DATE_TEXT = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def day(value: Any) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    t = text(value)
    m = _DATE_TEXT.match(t)
    if m is None and len(t) == 8 and t.isdigit():
        m = re.match(r"^(\d{4})(\d{2})(\d{2})$", t)
    if m is None:
        raise CellError(f"不是有效日期：{t}（应如 2024-05-01）")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise CellError(f"不是有效日期：{t}") from None


_FLAGS: dict[str, bool] = {}


def flag(value: Any) -> bool:
    """是/否 columns, and descriptive ones (``残疾`` vs ``无``)."""
    if isinstance(value, bool):
        return value
    if type(value) is str:
        known = _FLAGS.get(value)
        if known is None:
            known = _flag(value.strip().lower())
            if len(_FLAGS) < 10_000:
                _FLAGS[value] = known
        return known
    return _flag(text(value).lower())


def _flag(t: str) -> bool:
    if t in TRUE_WORDS:
        return True
    if t in FALSE_WORDS:
        return False
    if t.startswith(("否", "无", "非", "不")):
        return False
    return True  # a description such as 肢体残疾二级 or 高血压 says yes


_TOTAL_WORDS = {"合计", "总计", "小计", "总合计"}


def is_total_row(row: list[Any]) -> bool:
    """A totals line under the table (合计, 小计) is not a record."""
    first = next((c for c in row if c not in (None, "")), None)
    return isinstance(first, str) and "".join(first.split()) in _TOTAL_WORDS
