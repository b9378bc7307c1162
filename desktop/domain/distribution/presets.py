"""Policy presets: a county's distribution rules as data.

A preset is what the county office edits in the GUI and stores as JSON (``to_dict`` /
``from_dict``): required minimum (and maximum) shares per channel, banned uses, the
default aid weights and bounds, whether a collective retained part is allowed, which
channels a person may be paid from only once, the notice period and the rounding, and the
supervision phone and unit the public notice prints (empty: the notice keeps a blank line to
write them in by hand). It also gives the default channel configuration for a new draft
plan (``default_config``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.domain.distribution.channels import (
    AidChannel,
    AidWeights,
    Amount,
    AwardsChannel,
    JobsChannel,
    PlanConfig,
    ReserveChannel,
    RetainedChannel,
    WorksChannel,
)
from desktop.domain.distribution.serial import dec, enum, opt_dec, weights_from_dict, weights_to_dict
from desktop.domain.distribution.vocab import REMAINDER_TARGETS, AidBasis, ChannelKind, LabourCapacity, Rounding
from desktop.domain.problems import Problem

DEFAULT_NOTICE_DAYS = 10
# A landline with its area code, a mobile or a short hotline such as 12388, as people write
# them: digits, optionally grouped by dashes or spaces. Nothing else (no "转", no letters),
# since the number is posted on the village board and must be dialable as printed.
PHONE = re.compile(r"[0-9]+(?:[- ][0-9]+)*")
PHONE_DIGITS = (5, 20)
UNIT_MAX = 40  # characters: the unit fits on the notice's supervision line


@dataclass(frozen=True, slots=True)
class BannedUse:
    """A use the money must not go to, recognised by words in a post, project or reason."""

    label: str
    keywords: tuple[str, ...]


STANDARD_BANS: tuple[BannedUse, ...] = (
    BannedUse("村干部报酬", ("村干部", "误工补贴", "干部工资", "干部报酬")),
    BannedUse("办公经费", ("办公", "接待", "差旅")),
    BannedUse("偿还债务", ("还债", "偿还", "债务", "欠款")),
    BannedUse("发放福利或奖金", ("福利", "奖金", "过节费", "慰问品")),
)


@dataclass(frozen=True)
class Preset:
    code: str
    name: str
    min_shares: Mapping[ChannelKind, Decimal] = field(default_factory=dict)  # percent of the pool
    max_shares: Mapping[ChannelKind, Decimal] = field(default_factory=dict)
    banned_uses: tuple[BannedUse, ...] = STANDARD_BANS
    aid_basis: AidBasis = AidBasis.HOUSEHOLD
    aid_weights: AidWeights = field(default_factory=AidWeights)
    aid_minimum: Decimal | None = None
    aid_cap: Decimal | None = None
    retained_allowed: bool = True
    exclusive_channels: tuple[ChannelKind, ...] = ()  # a person is paid from at most one of these, once
    notice_days: int = DEFAULT_NOTICE_DAYS
    rounding: Rounding = Rounding.FEN
    remainder_to: ChannelKind = ChannelKind.RESERVE
    reserve_percent: Decimal | None = Decimal("5")
    note: str = ""
    supervision_phone: str = ""  # printed on the public notice and the slips; "" = blank to fill in
    supervision_unit: str = ""   # e.g. "城关镇纪委"; "" = the township's government

    def default_config(self) -> PlanConfig:
        """A new draft: reserve at its percentage, empty jobs/works/awards, aid takes the rest."""
        return PlanConfig(
            reserve=None if self.reserve_percent is None else ReserveChannel(Amount.pool_percent(self.reserve_percent)),
            jobs=JobsChannel(), works=WorksChannel(), awards=AwardsChannel(),
            aid=AidChannel(Amount.rest(), self.aid_basis, self.aid_weights, self.aid_minimum, self.aid_cap),
            retained=RetainedChannel(Amount.fixed("0")) if self.remainder_to == ChannelKind.RETAINED else None,
            rounding=self.rounding, remainder_to=self.remainder_to)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "name": self.name,
            "min_shares": {k.value: str(v) for k, v in self.min_shares.items()},
            "max_shares": {k.value: str(v) for k, v in self.max_shares.items()},
            "banned_uses": [{"label": b.label, "keywords": list(b.keywords)} for b in self.banned_uses],
            "aid_basis": self.aid_basis.value, "aid_weights": weights_to_dict(self.aid_weights),
            "aid_minimum": None if self.aid_minimum is None else str(self.aid_minimum),
            "aid_cap": None if self.aid_cap is None else str(self.aid_cap),
            "retained_allowed": self.retained_allowed,
            "exclusive_channels": [k.value for k in self.exclusive_channels],
            "notice_days": self.notice_days, "rounding": self.rounding.value,
            "remainder_to": self.remainder_to.value,
            "reserve_percent": None if self.reserve_percent is None else str(self.reserve_percent),
            "note": self.note,
            "supervision_phone": self.supervision_phone, "supervision_unit": self.supervision_unit,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Preset:
        try:
            days = int(d.get("notice_days", DEFAULT_NOTICE_DAYS))
            if days < 1:
                raise ValueError(f"公示天数应至少为 1 天：{days}")
            return cls(
                code=str(d["code"]), name=str(d["name"]),
                min_shares={enum(ChannelKind, k, "min_shares"): dec(v, f"min_shares.{k}")
                            for k, v in d.get("min_shares", {}).items()},
                max_shares={enum(ChannelKind, k, "max_shares"): dec(v, f"max_shares.{k}")
                            for k, v in d.get("max_shares", {}).items()},
                banned_uses=tuple(BannedUse(str(b["label"]), tuple(str(k) for k in b["keywords"]))
                                  for b in d.get("banned_uses", [])),
                aid_basis=enum(AidBasis, d.get("aid_basis", "household"), "aid_basis"),
                aid_weights=weights_from_dict(d.get("aid_weights", {})),
                aid_minimum=opt_dec(d.get("aid_minimum"), "aid_minimum"),
                aid_cap=opt_dec(d.get("aid_cap"), "aid_cap"),
                retained_allowed=bool(d.get("retained_allowed", True)),
                exclusive_channels=tuple(enum(ChannelKind, k, "exclusive_channels")
                                         for k in d.get("exclusive_channels", [])),
                notice_days=days, rounding=enum(Rounding, d.get("rounding", "fen"), "rounding"),
                remainder_to=enum(ChannelKind, d.get("remainder_to", "reserve"), "remainder_to"),
                reserve_percent=opt_dec(d.get("reserve_percent"), "reserve_percent"),
                note=str(d.get("note", "")),
                supervision_phone=str(d.get("supervision_phone") or "").strip(),
                supervision_unit=str(d.get("supervision_unit") or "").strip())
        except KeyError as e:
            raise ValueError(f"政策预设缺少“{e.args[0]}”") from None
        except (TypeError, AttributeError) as e:
            raise ValueError(f"政策预设格式无效：{e}") from None


def validate_preset(p: Preset) -> list[Problem]:
    """What is wrong with a preset as edited, each naming its field and value."""
    out: list[Problem] = []
    if not p.code.strip() or not p.name.strip():
        out.append(Problem("name", "请填写预设代码和名称"))
    for fld, shares, what in (("min_shares", p.min_shares, "最低"), ("max_shares", p.max_shares, "最高")):
        for kind, pct in shares.items():
            if not pct.is_finite() or not 0 <= pct <= 100 or pct != pct.quantize(Decimal("0.01")):
                out.append(Problem(fld, "{channel}{what}比例应在 0–100% 之间、最多两位小数：{value}%",
                                   {"channel": kind.label, "what": what, "value": pct}))
    for kind, least in p.min_shares.items():
        most = p.max_shares.get(kind)
        if most is not None and least > most:
            out.append(Problem("min_shares", "{channel}最低比例{least}%高于最高比例{most}%",
                               {"channel": kind.label, "least": least, "most": most}))
    if sum(p.min_shares.values(), Decimal(0)) > 100:
        out.append(Problem("min_shares", "各渠道最低比例合计{value}%，超过 100%",
                           {"value": sum(p.min_shares.values(), Decimal(0))}))
    if p.notice_days < 1:
        out.append(Problem("notice_days", "公示天数应至少为 1 天：{value}", {"value": p.notice_days}))
    if p.remainder_to not in REMAINDER_TARGETS:
        out.append(Problem("remainder_to", "取整尾差只能计入{allowed}：{value}",
                           {"allowed": "、".join(k.label for k in REMAINDER_TARGETS), "value": p.remainder_to.label}))
    if not p.retained_allowed and p.remainder_to == ChannelKind.RETAINED:
        out.append(Problem("remainder_to", "不允许村集体留存时，取整尾差不能计入村集体留存"))
    for fld, amount, label in (("aid_minimum", p.aid_minimum, "每户保底"), ("aid_cap", p.aid_cap, "每户封顶")):
        if amount is not None and (not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01"))):
            out.append(Problem(fld, "{label}金额无效：{value}", {"label": label, "value": amount}))
    if p.aid_minimum is not None and p.aid_cap is not None and p.aid_minimum > p.aid_cap:
        out.append(Problem("aid_cap", "每户保底{minimum}元高于封顶{cap}元",
                           {"minimum": p.aid_minimum, "cap": p.aid_cap}))
    for ban in p.banned_uses:
        if not ban.label.strip() or not any(k.strip() for k in ban.keywords):
            out.append(Problem("banned_uses", "禁止用途“{label}”须有名称和至少一个关键词", {"label": ban.label}))
    out += _supervision_problems(p)
    return out


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－—　", "0123456789-- ")


def normal_phone(text: str) -> str:
    """A phone number as typed with a Chinese input method (full-width digits and dashes)
    in the plain digits and dashes the validation and the printed notice use."""
    return " ".join(text.translate(_FULL_WIDTH).split())


def _supervision_problems(p: Preset) -> list[Problem]:
    out: list[Problem] = []
    phone = p.supervision_phone
    digits = sum(ch.isdigit() for ch in phone)
    if phone and (not PHONE.fullmatch(phone) or not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]):
        out.append(Problem("supervision_phone",
                           "监督电话只能由数字组成（可用短横线或空格分隔，{least}–{most} 位数字），"
                           "如 0530-8123456 或 12388：{value}",
                           {"least": PHONE_DIGITS[0], "most": PHONE_DIGITS[1], "value": phone}))
    if len(p.supervision_unit) > UNIT_MAX:
        out.append(Problem("supervision_unit", "监督单位名称过长（最多 {most} 个字）：{value}",
                           {"most": UNIT_MAX, "value": p.supervision_unit}))
    return out


_W = Decimal
NATIONAL = Preset(
    code="national", name="国家指导（默认）",
    note="国办函〔2021〕51号：收益主要用于公益岗位、小型公益事业和奖励补助，向弱劳动能力、无劳动能力户倾斜",
    aid_basis=AidBasis.HOUSEHOLD,
    aid_weights=AidWeights({LabourCapacity.ABLE: _W(0), LabourCapacity.WEAK: _W("1.0"),
                            LabourCapacity.LOST: _W("1.5"), LabourCapacity.NONE: _W("1.5")},
                           disability=_W("0.3")),
    max_shares={ChannelKind.RETAINED: _W(10)},
    remainder_to=ChannelKind.RETAINED)

VILLAGE_PV = Preset(
    code="village_pv", name="村级光伏电站收益（公益岗位不低于60%）",
    note="国开办发〔2017〕61号：村级光伏电站收益主要用于设置公益岗位，不得简单发钱",
    min_shares={ChannelKind.JOBS: _W(60)},
    retained_allowed=False,
    exclusive_channels=(ChannelKind.JOBS,),
    aid_basis=AidBasis.HOUSEHOLD,
    aid_weights=AidWeights({LabourCapacity.ABLE: _W(0), LabourCapacity.WEAK: _W("1.0"),
                            LabourCapacity.LOST: _W("1.5"), LabourCapacity.NONE: _W("1.5")},
                           disability=_W("0.3")),
    aid_cap=_W(3000), rounding=Rounding.YUAN, remainder_to=ChannelKind.RESERVE)

DIFFERENTIATED = Preset(
    code="differentiated", name="经营性资产收益差异化分配（按人计权）",
    note="按人计权：有劳动能力者不分红而设岗位；弱劳动能力、丧失劳动能力、残疾、重病多得",
    min_shares={ChannelKind.JOBS: _W(30)},
    max_shares={ChannelKind.RETAINED: _W(10)},
    exclusive_channels=(ChannelKind.JOBS, ChannelKind.AID),
    aid_basis=AidBasis.PERSON,
    aid_weights=AidWeights({LabourCapacity.ABLE: _W(0), LabourCapacity.WEAK: _W("1.0"),
                            LabourCapacity.LOST: _W("1.5"), LabourCapacity.NONE: _W("1.2")},
                           disability=_W("0.5"), chronic_illness=_W("0.3"), student=_W("0.2"),
                           category={"sudden": _W("1.2"), "unstable": _W("1.1")}),
    aid_minimum=_W(200), aid_cap=_W(2000), rounding=Rounding.YUAN, remainder_to=ChannelKind.RESERVE)

BUILT_IN: tuple[Preset, ...] = (NATIONAL, VILLAGE_PV, DIFFERENTIATED)


def built_in(code: str) -> Preset:
    for p in BUILT_IN:
        if p.code == code:
            return p
    raise KeyError(code)
