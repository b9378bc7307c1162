"""Resident ID numbers (公民身份号码, GB 11643-1999): normalising, checking, reading.

An ID number is 17 digits and a check digit (0–9 or X). Digits 1–6 are the region of
first registration, 7–14 the birth date, 15–17 a sequence whose last digit is odd for men
and even for women. Clerks' spreadsheets carry every kind of damage: spaces, full-width
characters typed with a Chinese input method, a lower-case x — those are repaired; a wrong
length, birth date or check digit is reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from desktop.domain.problems import Problem

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"  # indexed by the weighted sum mod 11
# Province-level prefixes of GB/T 2260 (and 71/81/82/83 for Taiwan, Hong Kong, Macao residents).
PROVINCES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    "71", "81", "82", "83"})
FIRST_BIRTH_YEAR = 1900
_EARLIEST = date(FIRST_BIRTH_YEAR, 1, 1)

_FULLWIDTH = {0xFF10 + i: ord("0") + i for i in range(10)}
_FULLWIDTH.update({0xFF21 + i: ord("A") + i for i in range(26)})
_FULLWIDTH.update({0xFF41 + i: ord("a") + i for i in range(26)})
_SPACES = re.compile(r"[\s\u3000\u00a0\u200b'‘’\"“”]+")
_SHAPE = re.compile(r"^[0-9]{17}[0-9X]$")


def normalise(value: str | None) -> str:
    """Repair what typing and copying do to an ID: spaces (also full-width and inside),
    stray quotes (Excel's text marker ``'``), full-width characters, a lower-case ``x``."""
    if not value:
        return ""
    if len(value) == 18 and value.isascii() and value.isalnum():
        return value.upper()  # the common case, 150,000 times per roster: nothing to repair
    return _SPACES.sub("", value.translate(_FULLWIDTH)).upper()


def check_digit(first17: str) -> str:
    """The GB 11643 check character of 17 digits."""
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise ValueError("check_digit needs 17 digits")
    # WEIGHTS are 2**17 … 2**1 modulo 11, and 13 ≡ 2 (mod 11), so the 17 digits read as a
    # base-13 number are half the weighted sum, modulo 11: one C call instead of 17 Python
    # multiplications per ID (tests/test_idcard_households.py checks it against WEIGHTS).
    return CHECK_CHARS[2 * int(first17, 13) % 11]


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: date
    sex: str  # "male" / "female" (desktop.domain.households.Sex codes)


def birth_date_of(number: str) -> date | None:
    return _born(number[6:14])


@lru_cache(maxsize=1 << 16)
def _born(digits: str) -> date | None:
    """The date of 8 digits ``YYYYMMDD``; cached, as a county's 150,000 people share ~40,000."""
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def id_problems(value: str | None, field: str = "id_number", *, today: date | None = None) -> list[Problem]:
    """What is wrong with ``value`` (after normalising); empty when it is a valid ID number."""
    number = normalise(value)
    raw = value or ""
    if not number:
        return [Problem(field, "请填写身份证号")]
    if len(number) == 15 and number.isdigit():
        return [Problem(field, "身份证号“{value}”是旧的 15 位号码，请换成 18 位号码", {"value": raw})]
    if len(number) != 18:
        return [Problem(field, "身份证号“{value}”应为 18 位，实际 {n} 位", {"value": raw, "n": len(number)})]
    if not _SHAPE.match(number):
        return [Problem(field, "身份证号“{value}”只能是 17 位数字加一位数字或 X", {"value": raw})]
    if number[:2] not in PROVINCES or number[2:6] == "0000":
        return [Problem(field, "身份证号“{value}”的地区码“{region}”不存在", {"value": raw, "region": number[:6]})]
    born = _born(number[6:14])
    today = today or date.today()
    if born is None or not _EARLIEST <= born <= today:
        return [Problem(field, "身份证号“{value}”中的出生日期“{birth}”无效",
                        {"value": raw, "birth": number[6:14]})]
    expected = check_digit(number[:17])
    if number[17] != expected:
        return [Problem(field, "身份证号“{value}”校验位错误（末位应为 {expected}），请核对是否抄错",
                        {"value": raw, "expected": expected})]
    return []


def parse(value: str | None, *, today: date | None = None) -> IdInfo:
    """The normalised number with its birth date and sex; ValueError with the message if invalid."""
    problems = id_problems(value, today=today)
    if problems:
        raise ValueError(problems[0].message)
    return derive(normalise(value))


def derive(number: str) -> IdInfo:
    """Birth date and sex of a number already checked (by ``id_problems``) and normalised."""
    return IdInfo(number, *birth_and_sex(number))


def birth_and_sex(number: str) -> tuple[date, str]:
    """``derive`` without the ``IdInfo``: what a bulk insert of 150,000 members needs per row."""
    born = _born(number[6:14])
    if born is None:
        raise ValueError(f"身份证号“{number}”中的出生日期无效")
    return born, "male" if number[16] in "13579" else "female"


def is_valid(value: str | None) -> bool:
    return not id_problems(value)
