"""Masks for personal data (ID numbers, bank accounts, phone numbers).

Tables, exports meant for reading and printed documents show these; the full value only
appears in the editor and in the bank payment file. The masks keep enough to tell people
apart and to check a card against a sheet (the region prefix and the last four digits).
"""

from __future__ import annotations


def _clean(value: str | None) -> str:
    return "".join((value or "").split())


def mask_id(value: str | None) -> str:
    """``371522199001011234`` → ``371522********1234``: region and last four kept."""
    v = _clean(value)
    if len(v) <= 10:
        return "*" * len(v)
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


def mask_account(value: str | None) -> str:
    """``6228480012345678901`` → ``**** 8901``: the last four digits, as banks print them."""
    v = _clean(value)
    if not v:
        return ""
    return "**** " + v[-4:] if len(v) > 4 else "*" * len(v)


def mask_phone(value: str | None) -> str:
    """``13812345678`` → ``138****5678``."""
    v = _clean(value)
    if len(v) < 8:
        return "*" * len(v)
    return v[:3] + "*" * (len(v) - 7) + v[-4:]
