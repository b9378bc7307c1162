"""Counts and totals for ``stats --json`` (and, later, the dashboard tiles).

Everything is an aggregate query; nothing loads every record. Active assets are those not
deleted and not disposed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desktop.domain.money import plain_yuan
from desktop.domain.vocab import RegionLevel, Status
from desktop.models import Asset, Household, Member, Region, Registration
from desktop.services import inspections
from desktop.services.income_stats import income_stats
from desktop.services.plan_query import plan_stats


def stats(session: Session) -> dict[str, Any]:
    def regions(level: str) -> int:
        return session.scalar(select(func.count()).select_from(Region).where(Region.level == level)) or 0

    active = (Asset.deleted_at.is_(None), Asset.status != Status.DISPOSED)
    registered = exists().where(Registration.asset_id == Asset.id, Registration.is_current.is_(True))
    count, value = session.execute(
        select(func.count(Asset.id), func.coalesce(func.sum(Asset.original_value), 0)).where(*active)).one()
    n_registered = session.scalar(select(func.count(Asset.id)).where(*active, registered)) or 0
    disposed = session.scalar(select(func.count(Asset.id)).where(
        Asset.deleted_at.is_(None), Asset.status == Status.DISPOSED)) or 0
    return {
        "townships": regions(RegionLevel.TOWNSHIP),
        "villages": regions(RegionLevel.VILLAGE),
        "assets": count,
        "original_value": plain_yuan(value),
        "registered": n_registered,
        "unregistered": count - n_registered,
        "disposed": disposed,
        "inspections": inspections.count_inspections(session),
        "overdue_rectifications": inspections.count_overdue(session, date.today()),
        **income_stats(session, date.today()),
        "households": session.scalar(select(func.count(Household.id))) or 0,
        "members": session.scalar(select(func.count(Member.id))) or 0,
        **plan_stats(session),
    }
