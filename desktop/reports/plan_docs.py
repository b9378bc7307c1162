"""What the plan documents print: plain frozen data, filled from a distribution plan.

This is the contract between the distribution plans and the printed notice, payout sheet
and household slips. The renderers take nothing else: no session, no ORM object, so a
batch of villages can be rendered in a worker thread and the documents tested without a
database.

Who fills it: the plan service (one ``PlanDoc`` per village plan), with

- ``recipients`` in the order they are to be printed (usually household code);
- ``Recipient.id_number`` / ``account``: the full values may be passed — every renderer
  masks them itself (``domain.masking``) and scrubs free text (:func:`scrub`), so a full ID,
  bank account or mobile number never reaches a public notice, even by mistake;
- ``channels``: every channel of the plan with its total, including those with no household
  recipients (small public works, collective retained part); ``pool`` is the whole pool;
- ``draft``: True until the plan is filed by the county (每页加“草稿”水印).

Amounts are Decimal yuan (``money.yuan``), never floats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.domain.masking import mask_account, mask_id, mask_phone
from desktop.domain.money import ZERO


@dataclass(frozen=True)
class PayLine:
    """One channel's part of a recipient's amount, with its explanation (rule, weight, cap)."""

    channel: str          # display name: 公益岗位 / 奖励补助 / 救助 / 分红 …
    amount: Decimal
    explanation: str = ""  # e.g. "保洁员 300元/月 × 10个月", "无劳动能力 权重1.5"


@dataclass(frozen=True)
class Recipient:
    name: str
    id_number: str
    account: str
    household_size: int
    lines: tuple[PayLine, ...]
    household_code: str = ""

    @property
    def amount(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def channel(self) -> str:
        """The channels of the lines, each once, in order: "公益岗位、救助"."""
        return "、".join(dict.fromkeys(line.channel for line in self.lines))


@dataclass(frozen=True)
class ChannelTotal:
    channel: str
    amount: Decimal
    recipients: int = 0
    note: str = ""  # e.g. "不低于收益的60%", "村道路灯维修"


@dataclass(frozen=True)
class PoolLine:
    """One source of the pool: an asset's share of net income, or a manual line."""

    source: str
    amount: Decimal


@dataclass(frozen=True)
class PlanDoc:
    county: str
    township: str
    village: str
    period: str                      # "2025年度", "2025年第二季度"
    pool: Decimal
    recipients: tuple[Recipient, ...] = ()
    channels: tuple[ChannelTotal, ...] = ()
    pool_lines: tuple[PoolLine, ...] = ()
    plan_no: str = ""
    draft: bool = True
    notice_start: date | None = None
    notice_end: date | None = None
    supervision_phone: str = ""      # the township's or county's supervision line (printed in full)
    supervision_unit: str = ""       # e.g. "××镇纪委"
    contact_phone: str = ""          # the village office, for the household slips
    issued_on: date | None = None      # the date on the notice and the slips
    paid_on: date | None = None        # the payout date on the sheet; blank (filled in by hand) if None
    prepared_by: str = ""
    checked_by: str = ""
    approved_by: str = ""
    committee: str = ""              # defaults to "<village>村民委员会"
    notes: tuple[str, ...] = field(default=())

    @property
    def place(self) -> str:
        return f"{self.county}{self.township}{self.village}"

    @property
    def committee_name(self) -> str:
        return self.committee or f"{self.village}村民委员会"

    @property
    def total(self) -> Decimal:
        return sum((r.amount for r in self.recipients), ZERO)


# 15–19 digits (ID numbers, bank accounts, with an optional final X) and 11-digit mobile
# numbers starting with 1, when they stand alone in free text.
_LONG_NUMBER = re.compile(r"(?<![0-9])[0-9]{15,18}[0-9Xx]?(?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


def scrub(text: str) -> str:
    """Mask ID numbers, accounts and mobile numbers typed into free text (a name, a note)."""
    text = _LONG_NUMBER.sub(lambda m: mask_id(m.group()), text)
    return _MOBILE.sub(lambda m: mask_phone(m.group()), text)


def masked_id(r: Recipient) -> str:
    return mask_id(r.id_number)


def masked_account(r: Recipient) -> str:
    return mask_account(r.account)
