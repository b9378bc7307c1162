"""Exact decimal columns stored as scaled integers.

SQLite has no decimal type (SQLAlchemy's ``Numeric`` there is a float), so amounts are
kept as integer fen — and shares as hundredths of a percent — on every database. SQL sums
over these columns are integer sums, exact on SQLite and PostgreSQL alike, and come back
as ``Decimal`` through this type.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal with ``places`` fraction digits stored as ``value * 10**places``."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places
        self._factor = 10**places
        self._quantum = Decimal(1).scaleb(-places)

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float | bool) or not isinstance(value, Decimal | int):
            raise TypeError(f"exact column needs Decimal or int, got {type(value).__name__}: {value!r}")
        scaled = Decimal(value) * self._factor
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.places} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        # scaleb keeps the integer's digits and sets the exponent: exact, and several times
        # cheaper than dividing and quantizing (this runs for every amount of every row read).
        return Decimal(int(value)).scaleb(-self.places)

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


def Money() -> ScaledDecimal:  # noqa: N802 - reads like a column type
    """Yuan with two places, stored as integer fen."""
    return ScaledDecimal(2)


def Percent() -> ScaledDecimal:  # noqa: N802
    """A share in percent with two places, stored as hundredths of a percent."""
    return ScaledDecimal(2)


def Quantity() -> ScaledDecimal:  # noqa: N802
    """A capacity or size with three places (kW, 亩, m²)."""
    return ScaledDecimal(3)
