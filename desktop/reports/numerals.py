"""Amounts in Chinese capital numerals (大写金额), as written on payout sheets and vouchers.

The rules are those of the People's Bank of China for filling in payment documents
(《支付结算办法》附件《正确填写票据和结算凭证的基本规定》), with each of their options
decided once, so that the same amount is always written the same way:

- 拾 is always preceded by a digit: 10 → 壹拾元整, 100,010 → 壹拾万零壹拾元整.
- One 零 for every run of zeros that lies between two non-zero digits, wherever the run
  is: inside a group (6,007 → 陆仟零柒元), across a 万/亿 boundary (105,000 → 壹拾万零伍仟元)
  and across 元 (1,680.32 → 壹仟陆佰捌拾元零叁角贰分; 325.04 → 叁佰贰拾伍元零肆分). The PBoC
  rules make the 零 compulsory in the last case and optional in the others; writing it
  always is allowed and leaves no gap to forge a digit into.
- 整 after 元 when there are no 角 and no 分 (100 → 壹佰元整); none after 角 or 分
  (1,409.50 → 壹仟肆佰零玖元伍角), as in the PBoC's own examples.
- Zero is 零元整; less than one yuan starts at 角 or 分 (0.05 → 伍分).
- A negative amount is prefixed with 负 (a refund or a correction line).
- Any size: 万 and 亿 nest as they are read (1.2 × 10¹² → 壹万贰仟亿元整, 10¹⁶ → 壹亿亿元整).

Floats are refused (through ``money.yuan``): a float cannot hold 0.1 exactly.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.money import yuan

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")


def _group_unit(position: int) -> tuple[str, int]:
    """The big unit written after the digit at ``position`` (0 = 元 digit) and how many
    digits (from ``position`` up) it covers: 万 covers 4, 亿 covers 8, 亿亿 covers 16…"""
    k = position // 4
    if position % 4 or k == 0:
        return "", 0
    if k % 2:
        return "万", 4
    twos = (k & -k).bit_length() - 1  # how many times 2 divides k: 亿 repeated that often
    return "亿" * twos, 4 * 2 ** twos


def capital_amount(amount: Decimal | int | str) -> str:
    """``194792.15`` → ``壹拾玖万肆仟柒佰玖拾贰元壹角伍分`` (see the module notes for the rules)."""
    value = yuan(amount)
    sign = "负" if value < 0 else ""
    fen = int(abs(value) * 100)
    integer, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    if fen == 0:
        return "零元整"
    digits = [int(d) for d in str(integer)] if integer else []
    out: list[str] = []
    pending_zero = False

    def put(digit: int, unit: str) -> None:
        nonlocal pending_zero
        if digit == 0:
            pending_zero = pending_zero or bool(out)
            return
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(DIGITS[digit] + unit)

    width = len(digits)
    for i, digit in enumerate(digits):
        position = width - 1 - i
        put(digit, _SMALL_UNITS[position % 4])
        unit, span = _group_unit(position)
        if unit and any(digits[max(0, width - position - span):width - position]):
            out.append(unit)
    if integer:
        out.append("元")
    put(jiao, "角")
    put(fen_digit, "分")
    if jiao == 0 and fen_digit == 0:
        out.append("整")
    return sign + "".join(out)
