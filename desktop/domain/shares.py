"""Percentage shares (beneficiary villages, joint owners) that must add up to 100 % exactly.

Shares are Decimals with two places (``33.34``); they are checked exactly, never within a
tolerance, because a registration certificate that says 99.99 % is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

HUNDRED = Decimal("100.00")
SHARE_STEP = Decimal("0.01")


class ShareError(ValueError):
    pass


def percent(value: Decimal | int | str) -> Decimal:
    """A share in percent with two places; refuses floats, negatives and finer steps."""
    if isinstance(value, float | bool):
        raise ShareError(f"份额不能是浮点数：{value!r}")
    try:
        amount = Decimal(str(value).strip().rstrip("%％")) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise ShareError(f"不是有效份额：{value}") from None
    if not amount.is_finite() or amount.quantize(SHARE_STEP) != amount:
        raise ShareError(f"份额最多两位小数：{value}")
    if amount < 0 or amount > HUNDRED:
        raise ShareError(f"份额应在 0 到 100 之间：{value}")
    return amount.quantize(SHARE_STEP)


def total(shares: Iterable[Decimal]) -> Decimal:
    return sum(shares, Decimal("0.00"))


def even_split(n: int, whole: Decimal = HUNDRED) -> list[Decimal]:
    """``n`` shares summing to exactly ``whole`` (100 by default), the extra hundredths
    going to the first ones."""
    if n <= 0:
        return []
    base_hundredths, extra = divmod(int(whole * 100), n)
    return [(Decimal(base_hundredths + (1 if i < extra else 0)) / 100).quantize(SHARE_STEP) for i in range(n)]
