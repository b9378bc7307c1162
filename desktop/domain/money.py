"""Exact money: one way in (``yuan``), one way to and from storage (fen), one way out.

Floats are refused everywhere: a float cannot hold 0.1 exactly, and a payout sheet whose
total differs from the database by a fen is a sheet nobody can sign. Like beancount's
``D()`` and Electrum's ``Fiat``, every amount passes through one constructor.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
ZERO = Decimal("0.00")

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")
_STRIP = re.compile(r"[\s¥￥]|元$")
# Plain digits, or digits grouped by thousands ("1,234,567.89"); no exponents, no "_",
# no misplaced commas ("12,34" is a typo, not 1234).
_AMOUNT = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")


class MoneyError(ValueError):
    """An amount that cannot be money: a float, text that is no number, or finer than a fen."""


def yuan(value: Decimal | int | str) -> Decimal:
    """Return ``value`` as a Decimal amount in yuan with exactly two places.

    Accepts Decimal, int and text as clerks type it ("1,234.5", "１２３", "¥ 100 元").
    Refuses floats and amounts finer than a fen (rounding must be a decision, made by the
    distribution engine with its remainder booked somewhere, never a side effect of parsing).
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise MoneyError(f"金额不能是浮点数：{value!r}")
    if isinstance(value, str):
        text = _STRIP.sub("", value.strip().translate(_FULLWIDTH).replace("，", ","))
        if not text:
            raise MoneyError("金额为空")
        if not _AMOUNT.match(text):
            raise MoneyError(f"不是有效金额：{value}")
        try:
            amount = Decimal(text.replace(",", ""))
        except InvalidOperation:
            raise MoneyError(f"不是有效金额：{value}") from None
    elif isinstance(value, int | Decimal):
        amount = Decimal(value)
    else:
        raise MoneyError(f"不支持的金额类型：{type(value).__name__}")
    if not amount.is_finite():
        raise MoneyError(f"不是有效金额：{value}")
    quantized = amount.quantize(FEN)
    if quantized != amount:
        raise MoneyError(f"金额最小单位为分：{value}")
    return quantized


def to_fen(amount: Decimal) -> int:
    """Integer fen for storage; the amount must already be exact to the fen."""
    return int(yuan(amount) * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(FEN)


def round_fen(amount: Decimal) -> Decimal:
    """Round half-up to the fen — only for derived figures such as a display of a ratio."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def format_yuan(amount: Decimal | None, *, grouping: bool = True) -> str:
    """``1234.5`` → ``"1,234.50"``; ``None`` → ``""``."""
    if amount is None:
        return ""
    return f"{amount:,.2f}" if grouping else f"{amount:.2f}"


def plain_yuan(amount: Decimal) -> str:
    """The machine form used by ``stats --json``: ``"5102500.00"``."""
    return f"{yuan(amount):.2f}"
