"""Plain JSON dicts for what a plan stores and shows: its configuration and its result.

The database keeps a plan's channel configuration and its preset as JSON; ``plan show
--json`` prints the result. Decimals travel as strings ("12.50"), vocabularies as their
codes, so a file read back gives the same plan to the fen. ``from_dict`` functions raise
``ValueError`` with a Chinese message naming the key on malformed input.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from desktop.domain.distribution.channels import (
    AidChannel,
    AidWeights,
    Amount,
    AwardsChannel,
    JobLine,
    JobsChannel,
    NamedAward,
    PlanConfig,
    PointsLine,
    ReserveChannel,
    RetainedChannel,
    WorksChannel,
    WorksLine,
)
from desktop.domain.distribution.result import PlanResult
from desktop.domain.distribution.vocab import (
    AidBasis,
    AmountBasis,
    ChannelKind,
    LabourCapacity,
    Rounding,
    from_code,
)
from desktop.domain.money import plain_yuan
from desktop.domain.vocab import Labelled

Json = dict[str, Any]
E = TypeVar("E", bound=Labelled)


def dec(value: Any, key: str) -> Decimal:
    if isinstance(value, float | bool):
        raise ValueError(f"“{key}”不能是浮点数：{value!r}")
    try:
        result = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"“{key}”不是数字：{value!r}") from None
    if not result.is_finite():
        raise ValueError(f"“{key}”不是有限数：{value!r}")
    return result


def opt_dec(value: Any, key: str) -> Decimal | None:
    return None if value is None else dec(value, key)


def enum(cls: type[E], value: Any, key: str) -> E:
    return from_code(cls, value, key)


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def amount_to_dict(a: Amount) -> Json:
    return {"basis": a.basis.value, "value": str(a.value)}


def amount_from_dict(d: Mapping[str, Any], key: str) -> Amount:
    return Amount(enum(AmountBasis, d.get("basis"), f"{key}.basis"), dec(d.get("value", "0"), f"{key}.value"))


def weights_to_dict(w: AidWeights) -> Json:
    return {"labour": {k.value: str(v) for k, v in w.labour.items()}, "disability": str(w.disability),
            "chronic_illness": str(w.chronic_illness), "student": str(w.student),
            "category": {k: str(v) for k, v in w.category.items()}}


def weights_from_dict(d: Mapping[str, Any]) -> AidWeights:
    """Missing keys keep ``AidWeights``' defaults, so a hand-written preset may name only what differs."""
    default = AidWeights()
    labour = dict(default.labour)
    labour.update({enum(LabourCapacity, k, "weights.labour"): dec(v, f"weights.labour.{k}")
                   for k, v in d.get("labour", {}).items()})
    return AidWeights(
        labour=labour,
        disability=dec(d.get("disability", default.disability), "weights.disability"),
        chronic_illness=dec(d.get("chronic_illness", default.chronic_illness), "weights.chronic_illness"),
        student=dec(d.get("student", default.student), "weights.student"),
        category={str(k): dec(v, f"weights.category.{k}") for k, v in d.get("category", {}).items()})


def _lines(d: Mapping[str, Any], key: str, make: Callable[[Mapping[str, Any], str], Any]) -> tuple[Any, ...]:
    rows = d.get(key, [])
    if not isinstance(rows, list):
        raise ValueError(f"“{key}”应为列表")
    return tuple(make(row, f"{key}[{i}]") for i, row in enumerate(rows))


def _job(d: Mapping[str, Any], k: str) -> JobLine:
    return JobLine(str(d["person_key"]), str(d["person_name"]), str(d["post"]), str(d.get("household_key", "")),
                   opt_dec(d.get("monthly_wage"), f"{k}.monthly_wage"), int(d.get("months", 0)),
                   opt_dec(d.get("daily_rate"), f"{k}.daily_rate"), int(d.get("days", 0)))


def _works(d: Mapping[str, Any], k: str) -> WorksLine:
    return WorksLine(str(d["project"]), dec(d["amount"], f"{k}.amount"), str(d.get("note", "")))


def _named(d: Mapping[str, Any], k: str) -> NamedAward:
    return NamedAward(str(d["key"]), str(d["name"]), dec(d["amount"], f"{k}.amount"), str(d.get("reason", "")),
                      str(d.get("household_key", "")), str(d.get("person_key", "")))


def _points(d: Mapping[str, Any], k: str) -> PointsLine:
    return PointsLine(str(d["key"]), str(d["name"]), dec(d["points"], f"{k}.points"),
                      str(d.get("household_key", "")), str(d.get("person_key", "")))


def config_to_dict(c: PlanConfig) -> Json:
    out: Json = {"rounding": c.rounding.value, "remainder_to": c.remainder_to.value}
    if c.reserve is not None:
        out["reserve"] = {"amount": amount_to_dict(c.reserve.amount), "name": c.reserve.name}
    if c.jobs is not None:
        out["jobs"] = {"lines": [
            {"person_key": ln.person_key, "person_name": ln.person_name, "post": ln.post,
             "household_key": ln.household_key, "monthly_wage": _s(ln.monthly_wage), "months": ln.months,
             "daily_rate": _s(ln.daily_rate), "days": ln.days} for ln in c.jobs.lines]}
    if c.works is not None:
        out["works"] = {"lines": [{"project": ln.project, "amount": str(ln.amount), "note": ln.note}
                                  for ln in c.works.lines]}
    if c.awards is not None:
        a = c.awards
        out["awards"] = {
            "named": [{"key": n.key, "name": n.name, "amount": str(n.amount), "reason": n.reason,
                       "household_key": n.household_key, "person_key": n.person_key} for n in a.named],
            "points_budget": None if a.points_budget is None else amount_to_dict(a.points_budget),
            "points": [{"key": p.key, "name": p.name, "points": str(p.points), "household_key": p.household_key,
                        "person_key": p.person_key} for p in a.points]}
    if c.aid is not None:
        out["aid"] = {"budget": amount_to_dict(c.aid.budget), "basis": c.aid.basis.value,
                      "weights": weights_to_dict(c.aid.weights), "minimum": _s(c.aid.minimum),
                      "cap": _s(c.aid.cap), "eligible_only": c.aid.eligible_only}
    if c.retained is not None:
        out["retained"] = {"amount": amount_to_dict(c.retained.amount), "name": c.retained.name}
    return out


def config_from_dict(d: Mapping[str, Any]) -> PlanConfig:
    try:
        return _config_from_dict(d)
    except KeyError as e:
        raise ValueError(f"分配方案配置缺少“{e.args[0]}”") from None
    except (TypeError, AttributeError) as e:
        raise ValueError(f"分配方案配置格式无效：{e}") from None


def _config_from_dict(d: Mapping[str, Any]) -> PlanConfig:
    reserve = retained = jobs = works = awards = aid = None
    if (r := d.get("reserve")) is not None:
        reserve = ReserveChannel(amount_from_dict(r["amount"], "reserve.amount"), str(r.get("name", "维修管护储备金")))
    if (j := d.get("jobs")) is not None:
        jobs = JobsChannel(_lines(j, "lines", _job))
    if (w := d.get("works")) is not None:
        works = WorksChannel(_lines(w, "lines", _works))
    if (a := d.get("awards")) is not None:
        budget = a.get("points_budget")
        awards = AwardsChannel(_lines(a, "named", _named),
                               None if budget is None else amount_from_dict(budget, "awards.points_budget"),
                               _lines(a, "points", _points))
    if (x := d.get("aid")) is not None:
        aid = AidChannel(amount_from_dict(x["budget"], "aid.budget"), enum(AidBasis, x.get("basis", "person"),
                                                                            "aid.basis"),
                         weights_from_dict(x.get("weights", {})), opt_dec(x.get("minimum"), "aid.minimum"),
                         opt_dec(x.get("cap"), "aid.cap"), bool(x.get("eligible_only", True)))
    if (t := d.get("retained")) is not None:
        retained = RetainedChannel(amount_from_dict(t["amount"], "retained.amount"), str(t.get("name", "村集体留存")))
    return PlanConfig(reserve, jobs, works, awards, aid, retained,
                      enum(Rounding, d.get("rounding", "fen"), "rounding"),
                      enum(ChannelKind, d.get("remainder_to", "retained"), "remainder_to"))


def result_to_dict(r: PlanResult) -> Json:
    """The shape of ``plan show --json`` (without the plan's id, status and warnings)."""
    return {
        "village": r.village, "period": r.period_label, "pool": plain_yuan(r.pool),
        "lines": [{"name": name, "amount": plain_yuan(amount)} for name, amount in r.lines],
        "channels": [{"kind": c.kind.value, "name": c.name, "amount": plain_yuan(c.amount),
                      "explanation": c.explanation} for c in r.channels],
        "recipients": [{("person" if rc.person_key else "household"): rc.name, "key": rc.key,
                        "household_key": rc.household_key, "person_key": rc.person_key,
                        "channel": rc.channel.value, "amount": plain_yuan(rc.amount),
                        "explanation": rc.explanation}
                       for rc in r.recipients if rc.household_key or rc.person_key],
        "remainder": {"amount": plain_yuan(r.remainder.amount), "channel": r.remainder.channel.value},
        "problems": [p.message for p in r.problems],
    }
