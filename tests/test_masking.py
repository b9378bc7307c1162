"""Masks keep region and last digits and never the middle of an ID, account or phone."""

from __future__ import annotations

import pytest

from desktop.domain.masking import mask_account, mask_id, mask_phone


@pytest.mark.parametrize(("raw", "masked"), [
    ("371522199001011234", "371522********1234"),
    ("37152219900101123X", "371522********123X"),
    (" 371522 19900101 1234 ", "371522********1234"),
    ("371522900101123", "371522*****1123"),
    ("", ""),
    (None, ""),
    ("1234", "****"),
])
def test_mask_id(raw, masked) -> None:  # type: ignore[no-untyped-def]
    assert mask_id(raw) == masked


@pytest.mark.parametrize(("raw", "masked"), [
    ("6228480012345678901", "**** 8901"),
    ("6228 4800 1234 5678 901", "**** 8901"),
    ("123", "***"),
    ("", ""),
])
def test_mask_account(raw, masked) -> None:  # type: ignore[no-untyped-def]
    assert mask_account(raw) == masked


def test_mask_phone() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0539-1234567") == "053*****4567"
    assert mask_phone("12") == "**"


def test_masked_values_never_hold_the_middle_digits() -> None:
    full = "371522199001011234"
    assert "19900101" not in mask_id(full)
    assert "0012345678" not in mask_account("6228480012345678901")
