"""Integer apportionment: divide whole units by weight, with a minimum and a cap each.

Everything is in integers (units of a fen or of a yuan, weights scaled to integers), so
the parts add up exactly and the result does not depend on float rounding or on the
order of the input.

The ideal share of each recipient is ``clamp(rate × weight, minimum, cap)`` with the one
rate at which the ideal shares add up to the total: this is "cap, and give what the cap
cuts off to the others, again and again" and "lift to the minimum, taken from the others"
solved exactly rather than by a loop that may stop early. The rate is found by walking
the points where a weight class leaves the minimum or reaches the cap (there are only as
many as distinct weights). Ideal shares are then floored, and the units left over go one
each to the largest fractional parts, ties broken by key (largest remainder).

Guarantees: the amounts add up to ``total`` (less ``excess`` when every recipient is at
its cap); minimum ≤ amount ≤ cap; equal weights get amounts that differ by at most one
unit; a larger weight never gets less than a smaller one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


class MinimumInfeasible(ValueError):
    """The total cannot lift every recipient to the minimum."""

    def __init__(self, total: int, count: int, minimum: int):
        self.total, self.count, self.minimum = total, count, minimum
        super().__init__(f"{total} < {count} × {minimum}")


@dataclass(frozen=True, slots=True)
class Split:
    amounts: list[int]
    # Per recipient: -1 lifted to the minimum, 1 cut at the cap, 0 free.
    bound: list[int]
    # The rate as a fraction of units per weight (num / den); den is 0 when nobody is free.
    rate_num: int
    rate_den: int
    excess: int  # what could not be given because every recipient is at its cap


def split(total: int, weights: Sequence[int], keys: Sequence[str], minimum: int = 0,
          cap: int | None = None) -> Split:
    """Split ``total`` units among recipients with positive integer ``weights``."""
    n = len(weights)
    if n == 0:
        return Split([], [], 0, 0, total)
    if minimum * n > total:
        raise MinimumInfeasible(total, n, minimum)
    if cap is not None and total >= cap * n:
        return Split([cap] * n, [1] * n, 0, 0, total - cap * n)
    counts = Counter(weights)
    groups = sorted(counts, reverse=True)  # heaviest first: they leave the minimum and hit the cap first
    g = len(groups)
    if minimum > 0:
        fixed, free_w, i = n * minimum, 0, 0  # everyone starts at the minimum
    else:
        fixed, free_w, i = 0, sum(weights), g
    j = 0  # groups[:j] are at the cap, groups[j:i] free, groups[i:] at the minimum
    while True:
        # Next event: group i leaves the minimum at rate minimum/w, or group j reaches the cap at cap/w.
        ev_min = i < g
        ev_cap = cap is not None and j < i
        if ev_min and ev_cap:
            assert cap is not None
            take_min = minimum * groups[j] <= cap * groups[i]
        elif ev_min or ev_cap:
            take_min = ev_min
        else:
            break
        if take_min:
            p, q = minimum, groups[i]
        else:
            assert cap is not None
            p, q = cap, groups[j]
        if fixed * q + p * free_w >= total * q:
            break  # the sum reaches the total before this event: the rate lies in the current segment
        if take_min:
            fixed -= counts[groups[i]] * minimum
            free_w += counts[groups[i]] * groups[i]
            i += 1
        else:
            assert cap is not None
            fixed += counts[groups[j]] * cap
            free_w -= counts[groups[j]] * groups[j]
            j += 1
    capped = set(groups[:j]) if cap is not None else set()
    floored = set(groups[i:])
    share = total - fixed
    amounts = [0] * n
    bound = [0] * n
    free: list[tuple[int, str, int]] = []
    given = fixed
    for idx, w in enumerate(weights):
        if w in capped:
            assert cap is not None
            amounts[idx], bound[idx] = cap, 1
        elif w in floored:
            amounts[idx], bound[idx] = minimum, -1
        else:
            q, r = divmod(share * w, free_w)
            amounts[idx] = q
            given += q
            if r:
                free.append((-r, keys[idx], idx))
    left = total - given
    if left:
        free.sort()
        for _, _, idx in free[:left]:
            amounts[idx] += 1
    return Split(amounts, bound, share, free_w, 0)
