"""Exact money (desktop.domain.money) and percentage shares (desktop.domain.shares)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.money import (
    MoneyError,
    format_yuan,
    from_fen,
    plain_yuan,
    round_fen,
    to_fen,
    yuan,
)
from desktop.domain.shares import HUNDRED, ShareError, even_split, percent, total

# ---------------------------------------------------------------- yuan()


@pytest.mark.parametrize(("value", "expected"), [
    (Decimal("12.3"), "12.30"),
    (Decimal("0.01"), "0.01"),
    (5, "5.00"),
    (0, "0.00"),
    (-7, "-7.00"),
    ("1234.5", "1234.50"),
    ("1,234.50", "1234.50"),
    ("12,345,678.90", "12345678.90"),
    ("１２３．４５", "123.45"),          # full-width digits and point, as typed with a Chinese IME
    ("１，２３４", "1234.00"),            # full-width comma as thousands separator
    ("¥ 100 元", "100.00"),
    ("￥1,000元", "1000.00"),
    ("  88.8  ", "88.80"),
    ("-12.30", "-12.30"),
    ("－５", "-5.00"),                   # full-width minus
])
def test_yuan_accepts_what_clerks_type(value, expected):
    result = yuan(value)
    assert isinstance(result, Decimal)
    assert str(result) == expected  # exactly two places, not merely an equal number


def test_yuan_accepts_a_trailing_space_after_the_unit():
    # Excel cells pasted into the editor often carry trailing blanks.
    assert yuan("100 元 ") == Decimal("100.00")
    assert yuan("\t2,000.50元\n") == Decimal("2000.50")


@pytest.mark.parametrize("value", [0.1, 1.0, 100.0, float("nan")])
def test_yuan_refuses_floats(value):
    with pytest.raises(MoneyError, match="浮点数"):
        yuan(value)


def test_yuan_refuses_bool_and_other_types():
    with pytest.raises(MoneyError):
        yuan(True)
    with pytest.raises(MoneyError, match="不支持"):
        yuan([1])  # type: ignore[arg-type]
    with pytest.raises(MoneyError, match="不支持"):
        yuan(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["0.001", "1.005", Decimal("0.125"), Decimal("99.999"), "１．２３４"])
def test_yuan_refuses_amounts_finer_than_a_fen(value):
    with pytest.raises(MoneyError, match="分"):
        yuan(value)


@pytest.mark.parametrize("value", ["", "   ", "元", "¥", "abc", "12a", "1.2.3", "NaN", "Infinity", "-inf"])
def test_yuan_refuses_text_that_is_no_amount(value):
    with pytest.raises(MoneyError):
        yuan(value)


def test_money_error_is_a_value_error():
    assert issubclass(MoneyError, ValueError)


def test_yuan_refuses_non_finite_decimal():
    with pytest.raises(MoneyError):
        yuan(Decimal("NaN"))
    with pytest.raises(MoneyError):
        yuan(Decimal("Infinity"))


# ---------------------------------------------------------------- fen and formatting


def test_to_fen_and_from_fen():
    assert to_fen(Decimal("1234.56")) == 123456
    assert to_fen(Decimal("0.01")) == 1
    assert to_fen(Decimal("-0.05")) == -5
    assert to_fen(Decimal("5102500")) == 510250000
    assert isinstance(to_fen(Decimal("1")), int)
    assert str(from_fen(123456)) == "1234.56"
    assert str(from_fen(0)) == "0.00"
    assert str(from_fen(-5)) == "-0.05"
    assert str(from_fen(100)) == "1.00"


def test_to_fen_refuses_sub_fen_and_floats():
    with pytest.raises(MoneyError):
        to_fen(Decimal("0.001"))
    with pytest.raises(MoneyError):
        to_fen(0.1)  # type: ignore[arg-type]


def test_format_yuan():
    assert format_yuan(Decimal("1234.5")) == "1,234.50"
    assert format_yuan(Decimal("1234567.89")) == "1,234,567.89"
    assert format_yuan(Decimal("-1234.5")) == "-1,234.50"
    assert format_yuan(Decimal("0")) == "0.00"
    assert format_yuan(Decimal("1234.5"), grouping=False) == "1234.50"
    assert format_yuan(None) == ""


def test_plain_yuan_is_the_machine_form():
    assert plain_yuan(Decimal("5102500")) == "5102500.00"
    assert plain_yuan(Decimal("0.1")) == "0.10"
    assert plain_yuan(Decimal("1234567.89")) == "1234567.89"
    with pytest.raises(MoneyError):
        plain_yuan(Decimal("0.005"))


def test_round_fen_is_half_up():
    assert str(round_fen(Decimal("0.125"))) == "0.13"
    assert str(round_fen(Decimal("2.675"))) == "2.68"
    assert str(round_fen(Decimal("0.124999"))) == "0.12"
    assert str(round_fen(Decimal("-0.125"))) == "-0.13"


fen_amounts = st.integers(min_value=-(10**15), max_value=10**15)


@given(fen_amounts)
def test_fen_round_trip(fen):
    amount = from_fen(fen)
    assert amount.as_tuple().exponent == -2
    assert to_fen(amount) == fen
    assert yuan(amount) == amount


@given(fen_amounts)
def test_what_is_printed_parses_back_to_the_same_amount(fen):
    amount = from_fen(fen)
    assert yuan(format_yuan(amount)) == amount
    assert yuan(plain_yuan(amount)) == amount
    assert yuan(f"¥{format_yuan(amount)}元") == amount


@given(st.lists(fen_amounts, max_size=50))
def test_sums_in_fen_and_in_yuan_agree(fens):
    # The property that makes integer-fen storage safe: summing stored integers and
    # summing the Decimal amounts never differ by a fen.
    assert sum((from_fen(f) for f in fens), Decimal("0.00")) == from_fen(sum(fens))


# ---------------------------------------------------------------- percent() and shares


@pytest.mark.parametrize(("value", "expected"), [
    ("33.34", "33.34"),
    ("50%", "50.00"),
    ("50 ％", "50.00"),
    (" 12.5 ", "12.50"),
    (100, "100.00"),
    (0, "0.00"),
    (Decimal("0.01"), "0.01"),
])
def test_percent_accepts(value, expected):
    assert str(percent(value)) == expected


@pytest.mark.parametrize("value", [33.3, 50.0, True])
def test_percent_refuses_floats(value):
    with pytest.raises(ShareError):
        percent(value)


@pytest.mark.parametrize("value", ["-1", "100.01", 101, "33.333", "abc", "", "NaN"])
def test_percent_refuses_out_of_range_and_junk(value):
    with pytest.raises(ShareError):
        percent(value)


def test_total_is_exact():
    assert total([Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]) == HUNDRED
    assert total([Decimal("33.33")] * 3) == Decimal("99.99")
    assert total([]) == Decimal("0.00")


def test_even_split_examples():
    assert even_split(3) == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    assert even_split(1) == [HUNDRED]
    assert even_split(7, Decimal("60")) == [Decimal("8.58")] + [Decimal("8.57")] * 6
    assert even_split(0) == []
    assert even_split(-2) == []


def test_even_split_shares_have_two_places():
    # Shares are Decimals with two places everywhere, like percent() returns them.
    assert [str(s) for s in even_split(2)] == ["50.00", "50.00"]
    assert [str(s) for s in even_split(4)] == ["25.00"] * 4
    assert str(even_split(1)[0]) == "100.00"


@given(st.integers(min_value=1, max_value=10_000))
def test_even_split_always_sums_to_exactly_100(n):
    parts = even_split(n)
    assert len(parts) == n
    assert total(parts) == HUNDRED
    assert max(parts) - min(parts) <= Decimal("0.01")
    assert all(p > 0 for p in parts)
    assert parts == sorted(parts, reverse=True)  # the extra hundredths go to the first ones
    assert all(percent(p) == p for p in parts)  # every part is a valid share


@given(st.integers(min_value=1, max_value=200), st.integers(min_value=1, max_value=10_000))
def test_even_split_of_any_whole_sums_to_it(n, hundredths):
    whole = Decimal(hundredths) / 100
    assert total(even_split(n, whole)) == whole


@pytest.mark.parametrize("value", ["1e2", "1E3", "1_000", "12,34", "1,2345", ",100", "100,"])
def test_yuan_refuses_exponents_underscores_and_misplaced_commas(value):
    # "12,34" is a typo for 12.34 or 1,234 — guessing would silently change an amount.
    with pytest.raises(MoneyError, match="不是有效金额"):
        yuan(value)
