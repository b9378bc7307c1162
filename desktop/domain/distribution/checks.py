"""A plan checked against its preset: warnings that cite the rule they come from.

Warnings do not stop a plan (a county may knowingly deviate and say why in the meeting
record); they are shown beside the figures in the editor and listed by ``plan show``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache, partial

from desktop.domain.distribution.channels import PlanInput
from desktop.domain.distribution.inputs import Household
from desktop.domain.distribution.presets import BannedUse, Preset
from desktop.domain.distribution.result import PlanResult
from desktop.domain.distribution.vocab import ChannelKind, PlanRule
from desktop.domain.money import format_yuan


@dataclass(frozen=True, slots=True)
class PlanWarning:
    rule: PlanRule
    message: str
    channel: ChannelKind | None = None
    key: str = ""  # the recipient (household or person key) or line the warning is about


def _pct(part: Decimal, whole: Decimal) -> str:
    return f"{(part * 100 / whole).quantize(Decimal('0.01'))}%"


def check_plan(plan: PlanInput, result: PlanResult, preset: Preset) -> list[PlanWarning]:
    """All warnings for ``result`` (computed from ``plan``) under ``preset``, in a stable order."""
    out: list[PlanWarning] = []
    rule = f"《{preset.name}》"
    _shares(result, preset, rule, out)
    _banned(plan, preset, rule, out)
    if not preset.retained_allowed and result.amount_of(ChannelKind.RETAINED) > 0:
        out.append(PlanWarning(PlanRule.RETAINED_NOT_ALLOWED,
                               f"村集体留存{format_yuan(result.amount_of(ChannelKind.RETAINED))}元，"
                               f"但{rule}不允许村集体留存", ChannelKind.RETAINED))
    _eligibility(plan, result, out)
    _paid_twice(plan, result, preset, rule, out)
    if result.unallocated > 0:
        out.append(PlanWarning(PlanRule.UNALLOCATED,
                               f"收益总额{format_yuan(result.pool)}元中尚有{format_yuan(result.unallocated)}元未分配",
                               ChannelKind.UNALLOCATED))
    return out


def _shares(result: PlanResult, preset: Preset, rule: str, out: list[PlanWarning]) -> None:
    if result.pool <= 0:
        return
    for kind, least in preset.min_shares.items():
        amount = result.amount_of(kind)
        if amount * 100 < least * result.pool:
            out.append(PlanWarning(PlanRule.CHANNEL_SHARE,
                                   f"{kind.label}{format_yuan(amount)}元，占收益总额{_pct(amount, result.pool)}，"
                                   f"低于{rule}规定的{least}%", kind))
    for kind, most in preset.max_shares.items():
        amount = result.amount_of(kind)
        if amount * 100 > most * result.pool:
            out.append(PlanWarning(PlanRule.CHANNEL_CAP,
                                   f"{kind.label}{format_yuan(amount)}元，占收益总额{_pct(amount, result.pool)}，"
                                   f"超过{rule}规定的{most}%", kind))


@lru_cache(maxsize=64)
def _ban_pattern(bans: tuple[BannedUse, ...]) -> tuple[re.Pattern[str] | None, dict[str, BannedUse]]:
    """One pattern for all of a preset's banned words (a plan has many lines to search)."""
    owner: dict[str, BannedUse] = {}
    for ban in bans:
        for word in ban.keywords:
            if word:
                owner.setdefault(word, ban)
    if not owner:
        return None, owner
    words = sorted(owner, key=len, reverse=True)  # the longest word wins where words overlap
    return re.compile("|".join(re.escape(w) for w in words)), owner


def _banned(plan: PlanInput, preset: Preset, rule: str, out: list[PlanWarning]) -> None:
    pattern, owner = _ban_pattern(preset.banned_uses)
    if pattern is None:
        return
    cfg = plan.config
    texts: list[tuple[ChannelKind, str, Callable[[], str]]] = []  # (channel, text to search, what it is)
    if cfg.reserve is not None:
        name = cfg.reserve.name
        texts.append((ChannelKind.RESERVE, name, lambda: name))
    if cfg.retained is not None:
        kept = cfg.retained.name
        texts.append((ChannelKind.RETAINED, kept, lambda: kept))
    if cfg.jobs is not None:
        texts += [(ChannelKind.JOBS, ln.post, partial("公益岗位“{}”（{}）".format, ln.post, ln.person_name))
                  for ln in cfg.jobs.lines]
    if cfg.works is not None:
        texts += [(ChannelKind.WORKS, f"{ln.project} {ln.note}", partial("小型公益事业“{}”".format, ln.project))
                  for ln in cfg.works.lines]
    if cfg.awards is not None:
        texts += [(ChannelKind.AWARDS, n.reason, partial("奖补“{}”（{}）".format, n.reason, n.name))
                  for n in cfg.awards.named]
    for kind, text, describe in texts:
        found = pattern.search(text)
        if found is not None:
            what = describe()
            out.append(PlanWarning(PlanRule.BANNED_USE,
                                   f"{what}含“{found.group()}”，属{rule}禁止的用途：{owner[found.group()].label}",
                                   kind, what))


def _eligibility(plan: PlanInput, result: PlanResult, out: list[PlanWarning]) -> None:
    households = {h.key: h for h in plan.households}
    person_home: dict[str, Household] | None = None  # built only if a payee is named by person alone
    period = plan.period
    fine: dict[str, bool] = {}  # household key → eligible for the whole period
    seen: set[tuple[ChannelKind, str]] = set()
    for r in result.recipients:
        if not (r.household_key or r.person_key):
            continue  # a works project, not a payee
        h: Household | None = households.get(r.household_key) if r.household_key else None
        if h is None and r.person_key:
            if person_home is None:
                person_home = {m.key: hh for hh in plan.households for m in hh.members}
            h = person_home.get(r.person_key)
        if h is not None:
            ok = fine.get(h.key)
            if ok is None:
                ok = fine[h.key] = h.is_target and h.enjoys_policy_throughout(period)
            if ok:
                continue
        if (r.channel, r.key) in seen:
            continue
        seen.add((r.channel, r.key))
        who = f"{r.channel.label}对象“{r.name}”"
        if h is None:
            out.append(PlanWarning(PlanRule.UNKNOWN_HOUSEHOLD,
                                   f"{who}不在本村农户名册中，无法核实是否为脱贫户或监测对象", r.channel, r.key))
        elif not h.is_target:
            out.append(PlanWarning(PlanRule.NOT_ELIGIBLE,
                                   f"{who}所在户（{h.code}，{h.head}）为{h.category.label}，不是脱贫户或监测对象",
                                   r.channel, r.key))
        elif not h.enjoys_policy_in(period):
            out.append(PlanWarning(PlanRule.POLICY_ENDED,
                                   f"{who}所在户（{h.code}，{h.head}）在{period.label}不享受政策",
                                   r.channel, r.key))
        else:
            end = h.policy_end
            when = f"{end.isoformat()}后停止享受政策" if end and end < period.end else \
                f"{h.policy_from.isoformat() if h.policy_from else ''}起才享受政策"
            out.append(PlanWarning(PlanRule.POLICY_ENDED,
                                   f"{who}所在户（{h.code}，{h.head}）{when}，{period.label}只部分期间享受政策，请核实金额",
                                   r.channel, r.key))


def _paid_twice(plan: PlanInput, result: PlanResult, preset: Preset, rule: str, out: list[PlanWarning]) -> None:
    exclusive = set(preset.exclusive_channels)
    if not exclusive:
        return
    paid: dict[str, list[tuple[ChannelKind, str]]] = defaultdict(list)
    aid: list[str] = []
    for r in result.recipients:
        if r.channel not in exclusive:
            continue
        if r.person_key:
            paid[r.person_key].append((r.channel, r.name))
        elif r.channel == ChannelKind.AID:
            aid.append(r.household_key)
    if aid and paid:  # aid reaches every member of the household; it comes last in the plan's order
        members = {h.key: h.members for h in plan.households}
        for key in aid:
            for m in members.get(key, ()):
                if m.key in paid:
                    paid[m.key].append((ChannelKind.AID, m.name))
    channels = "、".join(k.label for k in preset.exclusive_channels)
    for person, entries in paid.items():
        if len(entries) > 1:
            name = entries[0][1]
            where = "、".join(k.label for k, _ in entries)
            out.append(PlanWarning(PlanRule.PAID_TWICE,
                                   f"“{name}”重复享受：{where}；{rule}规定{channels}每人只能享受一项",
                                   entries[1][0], person))
