"""Self-check rules of the acceptance chain: acceptance → handover → registration.

Each rule takes plain facts (what the database aggregates per asset or per rectification)
and today's date, and returns ``SelfCheckWarning`` values; no database, no Qt, so the
edge cases (deadline today, failed then passed re-check, disposed asset) are tested as
plain function calls.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.vocab import Status
from desktop.domain.warnings import SelfCheckWarning, WarningKind

# An asset that has been put into use — idle or damaged ones were in operation too.
IN_USE = (Status.OPERATING, Status.IDLE, Status.DAMAGED)
DEFAULT_HANDOVER_DAYS = 90


@dataclass(frozen=True)
class AcceptanceFacts:
    """One asset's acceptance chain, as aggregated by the database."""

    asset_id: int
    code: str
    name: str
    status: str
    last_passed: date | None = None  # latest passing 竣工验收 / 第三方验收 / 复核
    last_failed: date | None = None  # latest failing one of those kinds
    passed_inspection_id: int | None = None
    has_handover: bool = False
    registered: bool = False
    deleted: bool = False


@dataclass(frozen=True)
class OpenRectification:
    id: int
    inspection_id: int
    asset_id: int
    code: str
    name: str
    asset_status: str
    requirement: str
    responsible: str
    deadline: date
    done_on: date | None = None


def accepted(f: AcceptanceFacts) -> bool:
    """Passed, and not failed by a later acceptance or re-check. A re-check that passes
    after a failure accepts the asset; on the same day the passing record wins."""
    if f.last_passed is None:
        return False
    return f.last_failed is None or f.last_passed >= f.last_failed


def _active(status: str, deleted: bool = False) -> bool:
    return not deleted and status != Status.DISPOSED


def no_acceptance(f: AcceptanceFacts) -> SelfCheckWarning | None:
    if not _active(f.status, f.deleted) or f.status not in IN_USE or accepted(f):
        return None
    if f.last_failed is not None:
        message = f"资产已投入使用，但最近一次验收（{f.last_failed.isoformat()}）不合格，尚未复核通过"
    else:
        message = "资产已投入使用，但没有合格的竣工验收、第三方验收或复核记录"
    return SelfCheckWarning(WarningKind.NO_ACCEPTANCE, f.asset_id, f.code, f.name, message)


def rectification_overdue(r: OpenRectification, today: date) -> SelfCheckWarning | None:
    """Overdue from the day after the deadline until it is done; done (even late) is not."""
    if r.done_on is not None or not _active(r.asset_status) or r.deadline >= today:
        return None
    late = (today - r.deadline).days
    message = f"整改“{r.requirement}”（责任人 {r.responsible}）期限 {r.deadline.isoformat()}，已逾期 {late} 天"
    return SelfCheckWarning(WarningKind.RECTIFICATION_OVERDUE, r.asset_id, r.code, r.name, message,
                            entity="rectifications", entity_id=r.id)


def no_handover(f: AcceptanceFacts, today: date,
                handover_days: int = DEFAULT_HANDOVER_DAYS) -> SelfCheckWarning | None:
    """Accepted more than ``handover_days`` ago but not yet handed over or not registered."""
    if not _active(f.status, f.deleted) or not accepted(f) or f.last_passed is None:
        return None
    if f.has_handover and f.registered:
        return None
    waited = (today - f.last_passed).days
    if waited <= handover_days:
        return None
    missing = "未移交、未确权登记" if not f.has_handover and not f.registered else (
        "未移交" if not f.has_handover else "已移交但未确权登记")
    message = f"验收合格（{f.last_passed.isoformat()}）已 {waited} 天，{missing}"
    return SelfCheckWarning(WarningKind.NO_HANDOVER, f.asset_id, f.code, f.name, message,
                            entity="inspections", entity_id=f.passed_inspection_id)


def all_warnings(assets: Iterable[AcceptanceFacts], rectifications: Iterable[OpenRectification],
                 today: date, handover_days: int = DEFAULT_HANDOVER_DAYS) -> list[SelfCheckWarning]:
    out: list[SelfCheckWarning] = []
    for f in assets:
        for w in (no_acceptance(f), no_handover(f, today, handover_days)):
            if w is not None:
                out.append(w)
    for r in rectifications:
        w = rectification_overdue(r, today)
        if w is not None:
            out.append(w)
    return out
