"""The self-check warnings of the whole county, gathered from every rule set.

A rule set is a function ``(session, today) -> list[SelfCheckWarning]`` that reads what it
needs with aggregate queries and judges it with pure domain rules. ``RULE_SETS`` lists
them; a new one (acceptance and rectification, distribution plans) is one line there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, exists, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from desktop.domain.income import period_end
from desktop.domain.selfcheck import AssetFacts, check_assets
from desktop.domain.vocab import Status
from desktop.domain.warnings import SelfCheckWarning, WarningKind
from desktop.models import Asset, IncomeRecord, Region, Registration
from desktop.models.types import Money
from desktop.services.category_settings import category_rules
from desktop.services.income import gross_expr
from desktop.services.inspection_warnings import inspection_warnings

RuleSet = Callable[[Session, date], list[SelfCheckWarning]]


def asset_facts(session: Session, today: date) -> list[AssetFacts]:
    """One row of facts per active asset, from three grouped queries.

    Run as Core statements on the session's connection: the ORM's row machinery costs more
    than the queries themselves for a few thousand rows.
    """
    gross = gross_expr() > 0
    per_asset = (select(IncomeRecord.asset_id.label("asset_id"),
                        func.max(case((gross, IncomeRecord.year * 10 + IncomeRecord.quarter))).label("period"),
                        func.max(case((gross, IncomeRecord.received_on))).label("received"),
                        func.sum(case((IncomeRecord.year == today.year - 1, IncomeRecord.net))).label("judged"))
                 .group_by(IncomeRecord.asset_id).subquery())
    registered = exists().where(Registration.asset_id == Asset.id, Registration.is_current.is_(True))
    q = (select(Asset.id, Asset.code, Asset.name, Asset.category, Asset.nature, Asset.status, Asset.original_value,
                registered, Asset.operation_mode, Asset.contract_end, Asset.completion_date,
                per_asset.c.period, per_asset.c.received, type_coerce(per_asset.c.judged, Money()))
         .outerjoin(per_asset, per_asset.c.asset_id == Asset.id)
         .where(Asset.deleted_at.is_(None), Asset.status != Status.DISPOSED).order_by(Asset.code))
    out = []
    for *head, period, received, judged in session.connection().execute(q):
        last = None
        if period is not None:
            end = period_end(period // 10, period % 10)
            last = max(end, _as_date(received)) if received else end
        out.append(AssetFacts(*head, last_income_on=last, has_income=last is not None,  # type: ignore[misc]
                              judged_year_net=judged))
    return out


def _as_date(value: date | str) -> date:
    """MAX over a CASE loses the column's type on SQLite (an ISO string comes back)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def asset_warnings(session: Session, today: date) -> list[SelfCheckWarning]:
    """Unregistered, contract, idle and low-return warnings of every active asset."""
    return check_assets(asset_facts(session, today), category_rules(session), today)


RULE_SETS: list[RuleSet] = [asset_warnings, inspection_warnings]

_ORDER = {k: i for i, k in enumerate(WarningKind)}


def compute_warnings(session: Session, today: date,
                     rule_sets: Iterable[RuleSet] | None = None) -> list[SelfCheckWarning]:
    """Every warning of every rule set, by kind and then asset code."""
    out: list[SelfCheckWarning] = []
    for rule_set in (RULE_SETS if rule_sets is None else rule_sets):
        out.extend(rule_set(session, today))
    out.sort(key=lambda w: (_ORDER.get(w.kind, len(_ORDER)), w.asset_code))
    return out


def counts_by_kind(warnings: Iterable[SelfCheckWarning]) -> dict[str, int]:
    """Count per kind code, in the kinds' order, only kinds that occur."""
    c = Counter(w.kind.value for w in warnings)
    return {k.value: c[k.value] for k in WarningKind if c[k.value]}


@dataclass(frozen=True)
class PlacedWarning:
    """A warning with where its asset is, for filtering and showing by township."""

    warning: SelfCheckWarning
    township_id: int
    township: str
    village: str
    original_value: Decimal


def place(session: Session, warnings: list[SelfCheckWarning]) -> list[PlacedWarning]:
    """Attach township and village to each warning (one query for all their assets)."""
    village, township = aliased(Region), aliased(Region)
    ids = sorted({w.asset_id for w in warnings})
    where: dict[int, tuple[int, str, str, Decimal]] = {}
    for i in range(0, len(ids), 900):
        q = (select(Asset.id, township.id, township.name, village.name, Asset.original_value)
             .join(village, Asset.village_id == village.id).join(township, village.parent_id == township.id)
             .where(Asset.id.in_(ids[i:i + 900])))
        where.update((r[0], (r[1], r[2], r[3], r[4])) for r in session.execute(q))
    return [PlacedWarning(w, *where.get(w.asset_id, (0, "", "", Decimal(0)))) for w in warnings]
