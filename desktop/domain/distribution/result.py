"""What ``compute`` returns: channel amounts, recipients with explanations, the remainder.

The channel amounts add up exactly to the pool (money nobody receives is the
``UNALLOCATED`` channel, shown only when non-zero), and in each channel that pays
recipients they add up to its amount less the rounding remainder booked in it (reserve
and retained part are lump sums without recipients). Amounts are Decimal yuan.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from desktop.domain.distribution.vocab import ChannelKind
from desktop.domain.problems import Problem


class Recipient(NamedTuple):
    """One payment: to a household (``household_key``) or a person (``person_key``).

    ``key`` names the payee or line: the person for jobs (a person on two posts appears
    twice), the household for aid, the line key for awards, the project for works;
    ``weight`` is the aid weight or the points. ``explanation`` is the sentence a clerk
    reads out when asked "why this much". A NamedTuple rather than a frozen dataclass
    because a county's batch makes tens of thousands of them (four times faster to build).
    """

    channel: ChannelKind
    key: str
    name: str
    amount: Decimal
    explanation: str
    household_key: str = ""
    person_key: str = ""
    weight: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Excluded:
    """A household the aid channel left out, and why."""

    key: str
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class ChannelResult:
    kind: ChannelKind
    name: str
    amount: Decimal
    explanation: str
    recipients: tuple[Recipient, ...] = ()
    remainder: Decimal = Decimal("0.00")  # rounding remainder booked here, inside ``amount``
    excluded: tuple[Excluded, ...] = ()


@dataclass(frozen=True, slots=True)
class Remainder:
    """How much rounding moved (always ≥ 0) and the channel that received it."""

    amount: Decimal
    channel: ChannelKind


@dataclass(frozen=True, slots=True)
class Payee:
    """One line of the payout sheet: everything one household (or person outside the
    register) receives from the plan, with the explanation of each part."""

    key: str  # the household key, or the person key when no household is known
    name: str
    amount: Decimal
    parts: tuple[Recipient, ...]

    @property
    def explanation(self) -> str:
        return "；".join(f"{p.channel.label}{p.amount:,.2f}元（{p.explanation}）" for p in self.parts)


@dataclass(frozen=True, slots=True)
class PlanResult:
    village: str
    period_label: str
    pool: Decimal
    lines: tuple[tuple[str, Decimal], ...]  # (line name, amount), in the order given
    channels: tuple[ChannelResult, ...]
    remainder: Remainder
    problems: tuple[Problem, ...] = ()

    @property
    def recipients(self) -> tuple[Recipient, ...]:
        return tuple(r for c in self.channels for r in c.recipients)

    def channel(self, kind: ChannelKind) -> ChannelResult | None:
        for c in self.channels:
            if c.kind == kind:
                return c
        return None

    def amount_of(self, kind: ChannelKind) -> Decimal:
        c = self.channel(kind)
        return c.amount if c is not None else Decimal("0.00")

    def payees(self) -> tuple[Payee, ...]:
        """Recipients grouped by household (jobs and awards paid to a member join the
        member's household), in the order each first appears; projects are not payees."""
        groups: dict[str, list[Recipient]] = {}
        for r in self.recipients:
            key = r.household_key or r.person_key
            if key:
                groups.setdefault(key, []).append(r)
        return tuple(Payee(key, next((p.name for p in parts if p.household_key == p.key), parts[0].name),
                           sum((p.amount for p in parts), Decimal("0.00")), tuple(parts))
                     for key, parts in groups.items())

    @property
    def unallocated(self) -> Decimal:
        return self.amount_of(ChannelKind.UNALLOCATED)

    @property
    def allocated(self) -> Decimal:
        return self.pool - self.unallocated
