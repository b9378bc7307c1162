"""Audit log written by the session itself, in the same transaction as the change.

Hooking the flush (rather than asking every service to remember) means no create, update
or delete of registered data can reach the database without its audit record. Updates keep
only the columns that changed, with their old and new values.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.base import NO_VALUE

from desktop.models import (
    Asset,
    AssetBeneficiary,
    AssetFunding,
    Attachment,
    AuditEntry,
    CategorySetting,
    Disposal,
    Handover,
    HandoverLine,
    Household,
    IncomeRecord,
    Inspection,
    InspectionMember,
    Member,
    Plan,
    PlanEvent,
    PlanObjection,
    PlanPreset,
    PolicyPeriodRow,
    Rectification,
    Region,
    Registration,
    RegistrationOwner,
)
from desktop.models.base import utcnow

# Attachment bytes (AttachmentBlob) are not audited: the link, with its file name, is.
AUDITED: tuple[type, ...] = (Asset, AssetFunding, AssetBeneficiary, Region, Registration,
                             RegistrationOwner, Disposal, Inspection, InspectionMember, Rectification,
                             Handover, HandoverLine, Attachment, IncomeRecord, CategorySetting,
                             Household, Member, PolicyPeriodRow, Plan, PlanPreset, PlanEvent, PlanObjection)
_SKIP = {"created_at", "updated_at"}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _columns(obj: Any) -> dict[str, Any]:
    return {a.key: _plain(getattr(obj, a.key)) for a in inspect(obj).mapper.column_attrs
            if a.key not in _SKIP}


def _changes(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                before[attr.key], after[attr.key] = _plain(old), _plain(new)
    return before, after


def _asset_id(obj: Any) -> int | None:
    if isinstance(obj, Asset):
        return obj.id
    if isinstance(obj, RegistrationOwner):
        reg = inspect(obj).attrs.registration.loaded_value
        return None if reg is NO_VALUE or reg is None else reg.asset_id
    return getattr(obj, "asset_id", None)


def _dump(values: dict[str, Any] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


def _after_flush(session: Session, _ctx: Any) -> None:
    operator = session.info.get("operator") or "未署名"
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def add(action: str, obj: Any, before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
        rows.append({"at": now, "operator": operator, "action": action,
                     "entity": obj.__tablename__, "entity_id": obj.id, "asset_id": _asset_id(obj),
                     "before": _dump(before), "after": _dump(after)})

    for obj in session.new:
        if isinstance(obj, AUDITED):
            add("create", obj, None, _columns(obj))
    for obj in session.dirty:
        if isinstance(obj, AUDITED) and session.is_modified(obj, include_collections=False):
            before, after = _changes(obj)
            if after:
                add("update", obj, before, after)
    # Rows removed from a delete-orphan collection (a funding line, a beneficiary) are deleted
    # by the flush without ever being in session.deleted; the flush context knows them all.
    deleted = [state.obj() for state, (isdelete, listonly) in _ctx.states.items() if isdelete and not listonly]
    for obj in deleted:
        if isinstance(obj, AUDITED):
            add("delete", obj, _columns(obj), None)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)
