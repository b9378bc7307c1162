"""Chinese capital amounts against a table of cases (PBoC examples first)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.money import MoneyError
from desktop.reports.numerals import DIGITS, capital_amount

CASES = [
    # the PBoC rules' own examples
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("107000.53", "壹拾万零柒仟元零伍角叁分"),
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    # the design notes and the issue
    ("194792.15", "壹拾玖万肆仟柒佰玖拾贰元壹角伍分"),
    ("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
    # 整, 角, 分 and less than a yuan
    ("0", "零元整"),
    ("0.00", "零元整"),
    ("0.01", "壹分"),
    ("0.05", "伍分"),
    ("0.10", "壹角"),
    ("0.50", "伍角"),
    ("0.15", "壹角伍分"),
    ("1", "壹元整"),
    ("1.00", "壹元整"),
    ("1.01", "壹元零壹分"),
    ("1.10", "壹元壹角"),
    ("9.99", "玖元玖角玖分"),
    # 拾 always with its digit
    ("10", "壹拾元整"),
    ("11", "壹拾壹元整"),
    ("16.00", "壹拾陆元整"),
    ("110", "壹佰壹拾元整"),
    ("100010", "壹拾万零壹拾元整"),
    # zeros inside a group, at its end, and across 元
    ("100", "壹佰元整"),
    ("101", "壹佰零壹元整"),
    ("1001", "壹仟零壹元整"),
    ("1010", "壹仟零壹拾元整"),
    ("1100", "壹仟壹佰元整"),
    ("100.10", "壹佰元零壹角"),
    ("100.01", "壹佰元零壹分"),
    ("120.30", "壹佰贰拾元零叁角"),
    # across 万 and 亿
    ("10000", "壹万元整"),
    ("10001", "壹万零壹元整"),
    ("10010", "壹万零壹拾元整"),
    ("10100", "壹万零壹佰元整"),
    ("11000", "壹万壹仟元整"),
    ("100000", "壹拾万元整"),
    ("105000", "壹拾万零伍仟元整"),
    ("1000000", "壹佰万元整"),
    ("10000000", "壹仟万元整"),
    ("10010000", "壹仟零壹万元整"),
    ("14460000", "壹仟肆佰肆拾陆万元整"),
    ("100000000", "壹亿元整"),
    ("100005000", "壹亿零伍仟元整"),
    ("100010000", "壹亿零壹万元整"),
    ("110000000", "壹亿壹仟万元整"),
    ("1000000001.01", "壹拾亿零壹元零壹分"),
    ("123456789.12", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
    # very large amounts: 万亿 and 亿亿 nest
    ("1000000000000", "壹万亿元整"),
    ("1200000000000", "壹万贰仟亿元整"),
    ("1000100000000", "壹万零壹亿元整"),
    ("1000000010000", "壹万亿零壹万元整"),
    ("10000000000000000", "壹亿亿元整"),
    ("10000000100000000", "壹亿亿零壹亿元整"),
    ("99999999999999999.99", "玖亿亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    # negative amounts
    ("-100", "负壹佰元整"),
    ("-0.05", "负伍分"),
    ("-194792.15", "负壹拾玖万肆仟柒佰玖拾贰元壹角伍分"),
]


@pytest.mark.parametrize(("amount", "expected"), CASES)
def test_capital_amount_table(amount: str, expected: str) -> None:
    assert capital_amount(Decimal(amount)) == expected


def test_int_and_text_are_accepted() -> None:
    assert capital_amount(100) == "壹佰元整"
    assert capital_amount("1,234.50") == "壹仟贰佰叁拾肆元伍角"


@pytest.mark.parametrize("bad", [1.5, 0.1, float("nan"), Decimal("1.005"), "abc"])
def test_floats_and_sub_fen_amounts_are_refused(bad: object) -> None:
    with pytest.raises(MoneyError):
        capital_amount(bad)  # type: ignore[arg-type]


_VALUE = {d: i for i, d in enumerate(DIGITS)}
_UNIT = {"拾": 10, "佰": 100, "仟": 1000}


def _read_back(text: str) -> Decimal:
    """An independent reader of the written form, to check any amount round-trips."""
    sign = -1 if text.startswith("负") else 1
    text = text.removeprefix("负").removesuffix("整")
    whole, _, frac = text.rpartition("元") if "元" in text else ("", "", text)
    total = Decimal(0)
    section = group = digit = 0
    for ch in whole:
        if ch in _VALUE:
            digit = _VALUE[ch]
        elif ch in _UNIT:
            group += digit * _UNIT[ch]
            digit = 0
        elif ch == "万":
            section += (group + digit) * 10_000
            group = digit = 0
        elif ch == "亿":
            total = (total + section + group + digit) * 100_000_000
            section = group = digit = 0
    total += section + group + digit
    cents = 0
    digit = 0
    for ch in frac:
        if ch in _VALUE:
            digit = _VALUE[ch]
        elif ch == "角":
            cents += digit * 10
        elif ch == "分":
            cents += digit
    return sign * (total + Decimal(cents) / 100)


@given(st.integers(min_value=-10**14, max_value=10**14))
def test_every_amount_reads_back(fen: int) -> None:
    amount = Decimal(fen) / 100
    text = capital_amount(amount.quantize(Decimal("0.01")))
    assert "零零" not in text
    assert not text.replace("负", "").startswith(("零", "拾")) or text == "零元整"
    assert _read_back(text) == amount
