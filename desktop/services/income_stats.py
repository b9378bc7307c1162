"""The income and warning figures of ``stats --json``, kept apart from the register's counts."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.money import plain_yuan
from desktop.services.income import net_income_by_year
from desktop.services.warnings import compute_warnings, counts_by_kind


def income_stats(session: Session, today: date) -> dict[str, Any]:
    """``net_income_by_year``: year (text) → amount text; ``warnings``: kind code → count."""
    return {
        "net_income_by_year": {str(y): plain_yuan(v) for y, v in net_income_by_year(session).items()},
        "warnings": counts_by_kind(compute_warnings(session, today)),
    }
