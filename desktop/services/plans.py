"""Distribution plans on a Session: create, compute and store, edit, move through the
workflow, revise, list.

The engine (``desktop.domain.distribution``) does the dividing; this module reads its
input from the database (``plan_inputs``), stores what it computed (pool lines, channel
totals, recipients, warnings) and refuses what the workflow forbids, so the command line
and the GUI cannot differ. A plan is edited only as a draft; from submission on a change
is a new revision (``revise``), the old row kept with ``current`` False.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.distribution import (
    PlanConfig,
    PlanInput,
    PlanResult,
    PlanStatus,
    PlanWarning,
    Preset,
    StepInput,
    WorkflowError,
    check_plan,
    compute,
    config_from_dict,
    config_to_dict,
    from_code,
    is_locked,
)
from desktop.domain.distribution import PoolLine as EnginePoolLine
from desktop.domain.distribution import advance as domain_advance
from desktop.domain.distribution.workflow import Objection
from desktop.domain.money import ZERO
from desktop.domain.problems import Problem, ValidationError
from desktop.models import (
    Plan,
    PlanChannel,
    PlanEvent,
    PlanObjection,
    PlanPoolLine,
    PlanPreset,
    PlanRecipient,
)
from desktop.models.base import utcnow
from desktop.services import plan_inputs
from desktop.services.bulk import insert_rows
from desktop.services.plan_presets import default_preset, preset_of

S = PlanStatus


def _not_found(plan_id: int) -> ValidationError:
    return ValidationError([Problem("plan", "没有编号为{value}的分配方案", {"value": plan_id})])


def get_plan(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise _not_found(plan_id)
    return plan


def status_of(plan: Plan) -> PlanStatus:
    return from_code(PlanStatus, plan.status, "status")


def preset_for(session: Session, plan: Plan) -> Preset:
    row = session.get(PlanPreset, plan.preset_id) if plan.preset_id is not None else None
    return preset_of(row) if row is not None else default_preset(session)[1]


# -- storing a computation ---------------------------------------------------------------
def warnings_json(warnings: list[PlanWarning]) -> str:
    return json.dumps([{"rule": w.rule.value, "message": w.message,
                        "channel": w.channel.value if w.channel else "", "key": w.key} for w in warnings],
                      ensure_ascii=False)


def _int_or_none(key: str) -> int | None:
    return int(key) if key.isdigit() else None


def result_rows(plan_id: int, plan_in: PlanInput, result: PlanResult | None,
                asset_ids: list[int | None]) -> dict[str, list[dict[str, Any]]]:
    """The rows of a computed plan for the three child tables (bulk insert ready)."""
    lines = [{"plan_id": plan_id, "position": i, "name": line.name, "asset_id": asset_ids[i],
              "asset_code": line.asset_code, "net_income": line.net_income, "share": line.share,
              "manual": line.is_manual, "reason": line.reason, "amount": line.amount}
             for i, line in enumerate(plan_in.pool)]
    channels: list[dict[str, Any]] = []
    recipients: list[dict[str, Any]] = []
    if result is not None:
        channels = [{"plan_id": plan_id, "position": i, "kind": c.kind.value, "name": c.name, "amount": c.amount,
                     "remainder": c.remainder, "explanation": c.explanation} for i, c in enumerate(result.channels)]
        position = 0
        for c in result.channels:
            kind = c.kind.value
            for r in c.recipients:
                if not (r.household_key or r.person_key):
                    continue  # a works project: no payee
                recipients.append({
                    "plan_id": plan_id, "position": position, "channel": kind, "key": r.key[:60],
                    "name": r.name, "household_id": _int_or_none(r.household_key),
                    "member_id": _int_or_none(r.person_key), "amount": r.amount,
                    "weight": "" if r.weight is None else str(r.weight), "explanation": r.explanation,
                    "paid": False, "paid_date": None})
                position += 1
    return {"lines": lines, "channels": channels, "recipients": recipients}


def evaluate(plan_in: PlanInput, preset: Preset) -> tuple[PlanResult | None, list[PlanWarning], list[str]]:
    """Compute and check; a plan that cannot be divided gives its problems instead."""
    try:
        result = compute(plan_in)
    except ValidationError as e:
        return None, [], [p.message for p in e.problems]
    return result, check_plan(plan_in, result, preset), [p.message for p in result.problems]


def _apply_totals(values: dict[str, Any], plan_in: PlanInput, result: PlanResult | None,
                  warnings: list[PlanWarning], problems: list[str]) -> None:
    values.update(pool=sum((line.amount for line in plan_in.pool), ZERO) if result is None else result.pool,
                  allocated=ZERO if result is None else result.allocated,
                  remainder=ZERO if result is None else result.remainder.amount,
                  remainder_channel="" if result is None else result.remainder.channel.value,
                  warnings=warnings_json(warnings), problems=json.dumps(problems, ensure_ascii=False),
                  computed_at=utcnow())


def _store(session: Session, plan: Plan, plan_in: PlanInput, asset_ids: list[int | None], preset: Preset) -> None:
    result, warnings, problems = evaluate(plan_in, preset)
    for model in (PlanPoolLine, PlanChannel, PlanRecipient):
        session.execute(delete(model).where(model.plan_id == plan.id))  # type: ignore[attr-defined]
    rows = result_rows(plan.id, plan_in, result, asset_ids)
    insert_rows(session, PlanPoolLine.__table__, rows["lines"])  # type: ignore[arg-type]
    insert_rows(session, PlanChannel.__table__, rows["channels"])  # type: ignore[arg-type]
    insert_rows(session, PlanRecipient.__table__, rows["recipients"])  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    _apply_totals(values, plan_in, result, warnings, problems)
    for k, v in values.items():
        setattr(plan, k, v)
    session.flush()


# -- the input of one plan ---------------------------------------------------------------
@dataclass
class Editing:
    """What the editor recomputes in memory: the input, the preset, the stored lines' assets."""

    plan_input: PlanInput
    preset: Preset
    asset_ids: list[int | None]


def manual_lines(session: Session, plan_id: int) -> list[EnginePoolLine]:
    rows = session.scalars(select(PlanPoolLine).where(PlanPoolLine.plan_id == plan_id, PlanPoolLine.manual)
                           .order_by(PlanPoolLine.position))
    return [EnginePoolLine(r.name, manual_amount=r.amount, reason=r.reason) for r in rows]


def editing(session: Session, plan_id: int, config: PlanConfig | None = None,
            manual: list[EnginePoolLine] | None = None) -> Editing:
    """The plan's current input: income and households as they are now, its manual lines."""
    plan = get_plan(session, plan_id)
    vs = plan_inputs.villages(session, village_ids=[plan.village_id])
    data = plan_inputs.load(session, vs, plan.year, plan.quarter)[plan.village_id]
    manual = manual_lines(session, plan_id) if manual is None else manual
    pool = tuple(p.line for p in data.pool) + tuple(manual)
    plan_in = PlanInput(data.village, plan_inputs.period_of(plan.year, plan.quarter), pool,
                        tuple(data.households), config or config_from_dict(json.loads(plan.config)))
    return Editing(plan_in, preset_for(session, plan), [p.asset_id for p in data.pool] + [None] * len(manual))


def _require_draft(plan: Plan, what: str) -> None:
    if is_locked(status_of(plan)):
        raise WorkflowError(f"方案已{status_of(plan).label}，不能{what}；请先“修改（生成新修订版）”")


def recompute(session: Session, plan_id: int) -> Plan:
    """Read the income and roster again and store fresh figures (drafts only)."""
    plan = get_plan(session, plan_id)
    _require_draft(plan, "重新计算")
    ed = editing(session, plan_id)
    _store(session, plan, ed.plan_input, ed.asset_ids, ed.preset)
    return plan


def set_config(session: Session, plan_id: int, config: PlanConfig,
               manual: list[EnginePoolLine] | None = None) -> Plan:
    """Save an edited configuration (and manual pool lines) of a draft and recompute."""
    plan = get_plan(session, plan_id)
    _require_draft(plan, "修改")
    for line in manual or ():
        if not line.reason.strip():
            raise ValidationError([Problem("lines", "手工收益行“{value}”须填写原因", {"value": line.name})])
    plan.config = json.dumps(config_to_dict(config), ensure_ascii=False)
    ed = editing(session, plan_id, config, manual)
    _store(session, plan, ed.plan_input, ed.asset_ids, ed.preset)
    return plan


def current_plan_id(session: Session, village_id: int, year: int, quarter: int = 0) -> int | None:
    return session.scalar(select(Plan.id).where(Plan.village_id == village_id, Plan.year == year,
                                                Plan.quarter == quarter, Plan.current))


def create_plan(session: Session, village_id: int, year: int, quarter: int = 0) -> Plan:
    """A draft from the default preset, computed; refuses a second plan for the same period."""
    if not 0 <= quarter <= 4:
        raise ValidationError([Problem("quarter", "季度应为 0（全年）或 1–4：{value}", {"value": quarter})])
    if current_plan_id(session, village_id, year, quarter) is not None:
        raise ValidationError([Problem("plan", "该村{value}已有分配方案",
                                       {"value": plan_inputs.period_of(year, quarter).label})])
    preset_row, preset = default_preset(session)
    plan = Plan(village_id=village_id, year=year, quarter=quarter, revision=1, status=S.DRAFT.value,
                preset_id=preset_row.id, config=json.dumps(config_to_dict(preset.default_config()), ensure_ascii=False),
                revision_reason="", current=True, bank_batch="", note="")
    session.add(plan)
    session.flush()
    recompute(session, plan.id)
    return plan


# -- batch creation -------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchResult:
    created: int
    skipped: int  # villages that already had a plan for the period
    cancelled: bool = False


Progress = Callable[[int, int], None]


def create_all(session: Session, year: int, township_id: int | None = None, quarter: int = 0,
               progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> BatchResult:
    """Draft plans for every village (of a township, or the county) that has none for the
    period. Reads everything in a few set-based queries, computes in memory, writes with
    bulk inserts; on cancel nothing is written (the caller rolls back)."""
    with plan_inputs.gc_paused():
        return _create_all(session, year, township_id, quarter, progress, cancel)


def _create_all(session: Session, year: int, township_id: int | None, quarter: int,
                progress: Progress | None, cancel: Callable[[], bool] | None) -> BatchResult:
    preset_row, preset = default_preset(session)
    config = preset.default_config()
    config_text = json.dumps(config_to_dict(config), ensure_ascii=False)
    vs = plan_inputs.villages(session, township_id)
    have = set(session.scalars(select(Plan.village_id).where(Plan.year == year, Plan.quarter == quarter,
                                                             Plan.current)))
    todo = [v for v in vs if v[0] not in have]
    total = len(todo)
    if not todo:
        return BatchResult(0, len(vs))
    data = plan_inputs.load(session, todo, year, quarter, whole_county=township_id is None)
    period = plan_inputs.period_of(year, quarter)
    now = utcnow()
    computed: list[tuple[int, PlanInput, PlanResult | None, list[PlanWarning], list[str], list[int | None]]] = []
    plan_rows: list[dict[str, Any]] = []
    for i, (vid, _name, _town) in enumerate(todo):
        if cancel is not None and cancel():
            return BatchResult(0, len(vs) - total, cancelled=True)
        d = data[vid]
        plan_in = PlanInput(d.village, period, tuple(p.line for p in d.pool), tuple(d.households), config)
        result, warnings, problems = evaluate(plan_in, preset)
        values: dict[str, Any] = {
            "village_id": vid, "year": year, "quarter": quarter, "revision": 1, "previous_id": None,
            "revision_reason": "", "current": True, "status": S.DRAFT.value, "preset_id": preset_row.id,
            "config": config_text, "meeting_date": None, "approved_date": None, "filed_date": None,
            "notice_start": None, "notice_end": None, "payment_date": None, "bank_batch": "", "note": "",
            "created_at": now, "updated_at": now}
        _apply_totals(values, plan_in, result, warnings, problems)
        values["computed_at"] = now
        plan_rows.append(values)
        computed.append((vid, plan_in, result, warnings, problems, [p.asset_id for p in d.pool]))
        if progress is not None and (i % 20 == 0 or i == total - 1):
            progress(i + 1, total)
    insert_rows(session, Plan.__table__, plan_rows)  # type: ignore[arg-type]
    ids = dict(session.execute(select(Plan.village_id, Plan.id).where(
        Plan.year == year, Plan.quarter == quarter, Plan.current)).all())
    lines: list[dict[str, Any]] = []
    channels: list[dict[str, Any]] = []
    recipients: list[dict[str, Any]] = []
    for vid, plan_in, result, _w, _p, asset_ids in computed:
        rows = result_rows(ids[vid], plan_in, result, asset_ids)
        lines += rows["lines"]
        channels += rows["channels"]
        recipients += rows["recipients"]
    insert_rows(session, PlanPoolLine.__table__, lines)  # type: ignore[arg-type]
    insert_rows(session, PlanChannel.__table__, channels)  # type: ignore[arg-type]
    insert_rows(session, PlanRecipient.__table__, recipients)  # type: ignore[arg-type]
    _audit_batch(session, year, quarter, township_id, total, now)
    return BatchResult(total, len(vs) - total)


def _audit_batch(session: Session, year: int, quarter: int, township_id: int | None, count: int, now: Any) -> None:
    """One audit record for the batch (its rows are bulk-inserted, past the flush hook)."""
    from desktop.models import AuditEntry
    session.execute(AuditEntry.__table__.insert(), [{  # type: ignore[attr-defined]
        "at": now, "operator": session.info.get("operator") or "未署名", "action": "create",
        "entity": "plans", "entity_id": 0, "asset_id": None, "before": None,
        "after": json.dumps({"batch": True, "year": year, "quarter": quarter, "township_id": township_id,
                             "plans": count}, ensure_ascii=False)}])


# -- workflow ---------------------------------------------------------------------------------
def objections(session: Session, plan_id: int) -> list[PlanObjection]:
    return list(session.scalars(select(PlanObjection).where(PlanObjection.plan_id == plan_id)
                                .order_by(PlanObjection.raised_on, PlanObjection.id)))


def add_objection(session: Session, plan_id: int, raised_on: date, raised_by: str, content: str) -> PlanObjection:
    plan = get_plan(session, plan_id)
    if plan.status != S.NOTICE.value:
        raise WorkflowError("只有公示中的方案可以登记异议")
    if not content.strip() or not raised_by.strip():
        raise ValidationError([Problem("objection", "请填写异议人和异议内容")])
    o = PlanObjection(plan_id=plan_id, raised_on=raised_on, raised_by=raised_by.strip(), content=content.strip(),
                      settlement="")
    session.add(o)
    session.flush()
    return o


def settle_objection(session: Session, objection_id: int, settlement: str, settled_on: date) -> None:
    o = session.get(PlanObjection, objection_id)
    if o is None:
        raise ValidationError([Problem("objection", "没有编号为{value}的异议", {"value": objection_id})])
    if not settlement.strip():
        raise ValidationError([Problem("settlement", "请填写异议的处理结果")])
    o.settlement, o.settled_on = settlement.strip(), settled_on
    session.flush()


def advance(session: Session, plan_id: int, target: PlanStatus, step: StepInput,
            today: date | None = None) -> Plan:
    """Move a plan one step; an illegal step raises ``WorkflowError`` and nothing changes.

    Going back to draft (from 退回) is a revision: a new plan row; the returned plan is kept.
    """
    today = today or date.today()
    plan = get_plan(session, plan_id)
    if not plan.current:
        raise WorkflowError(f"这是第{plan.revision}版，已被新的修订版取代，不能再办理")
    source = status_of(plan)
    preset = preset_for(session, plan)
    objs = tuple(Objection(o.raised_on, o.raised_by, o.content, o.settlement) for o in objections(session, plan_id))
    record = domain_advance(source, target, step, today=today, notice_days=preset.notice_days,
                            notice_ended_on=plan.notice_end, objections=objs)
    if record.new_revision:
        return _new_revision(session, plan, record.comment, source)
    if target == S.SUBMITTED and plan.problems != "[]":
        raise WorkflowError("方案无法计算（" + "；".join(json.loads(plan.problems)) + "），不能提交")
    plan.status = target.value
    if target == S.SUBMITTED:
        plan.meeting_date = record.on_date
    elif target == S.APPROVED:
        plan.approved_date = record.on_date
    elif target == S.FILED:
        plan.filed_date = record.on_date
    elif target == S.NOTICE:
        plan.notice_start, plan.notice_end = record.on_date, record.notice_end
    elif target == S.PAID:
        plan.payment_date, plan.bank_batch = record.on_date, record.bank_batch
    _event(session, plan, source, target, record.on_date, record.comment)
    session.flush()
    return plan


def _event(session: Session, plan: Plan, source: PlanStatus, target: PlanStatus, on: date, comment: str) -> None:
    session.add(PlanEvent(plan_id=plan.id, source=source.value, target=target.value, on_date=on, comment=comment,
                          operator=session.info.get("operator") or "未署名", at=utcnow()))


def revise(session: Session, plan_id: int, reason: str, today: date | None = None) -> Plan:
    """A change to a locked plan: a new draft revision with ``reason``; the old one is kept."""
    plan = get_plan(session, plan_id)
    if not plan.current:
        raise WorkflowError(f"第{plan.revision}版已被新的修订版取代，请修改最新一版")
    source = status_of(plan)
    from desktop.domain.distribution import revise as domain_revise
    record = domain_revise(source, reason, today=today or date.today())
    return _new_revision(session, plan, record.comment, source)


def _new_revision(session: Session, old: Plan, reason: str, source: PlanStatus) -> Plan:
    old.current = False
    session.flush()
    new = Plan(village_id=old.village_id, year=old.year, quarter=old.quarter, revision=old.revision + 1,
               previous_id=old.id, revision_reason=reason, current=True, status=S.DRAFT.value,
               preset_id=old.preset_id, config=old.config, bank_batch="", note=old.note)
    session.add(new)
    session.flush()
    _event(session, old, source, S.DRAFT, date.today(), f"生成第{new.revision}版：{reason}")
    ed = editing(session, new.id, manual=manual_lines(session, old.id))
    _store(session, new, ed.plan_input, ed.asset_ids, ed.preset)
    return new


def events(session: Session, plan_id: int) -> list[PlanEvent]:
    return list(session.scalars(select(PlanEvent).where(PlanEvent.plan_id == plan_id).order_by(PlanEvent.id)))
