"""Properties of the integer weighted split with minimum and cap (the heart of aid and points)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.domain.distribution.allocate import MinimumInfeasible, split


@st.composite
def cases(draw: st.DrawFn) -> tuple[int, list[int], int, int | None]:
    weights = draw(st.lists(st.integers(1, 50), min_size=1, max_size=30))
    n = len(weights)
    minimum = draw(st.integers(0, 200))
    cap = draw(st.one_of(st.none(), st.integers(max(minimum, 1), 2000)))
    total = draw(st.integers(minimum * n, (cap or 3000) * n + 50))
    return total, weights, minimum, cap


def keys(n: int) -> list[str]:
    return [f"k{i:03d}" for i in range(n)]


@settings(max_examples=400, deadline=None)
@given(cases())
def test_parts_add_up_and_respect_bounds(case: tuple[int, list[int], int, int | None]) -> None:
    total, weights, minimum, cap = case
    s = split(total, weights, keys(len(weights)), minimum, cap)
    assert sum(s.amounts) + s.excess == total
    assert all(a >= minimum for a in s.amounts)
    if cap is not None:
        assert all(a <= cap for a in s.amounts)
        assert s.excess == max(0, total - cap * len(weights))
    else:
        assert s.excess == 0


@settings(max_examples=400, deadline=None)
@given(cases())
def test_equal_weights_within_one_unit_and_heavier_never_less(case: tuple[int, list[int], int, int | None]) -> None:
    total, weights, minimum, cap = case
    s = split(total, weights, keys(len(weights)), minimum, cap)
    for i, (wi, ai) in enumerate(zip(weights, s.amounts, strict=True)):
        for wj, aj in zip(weights[i + 1:], s.amounts[i + 1:], strict=True):
            if wi == wj:
                assert abs(ai - aj) <= 1
            elif wi > wj:
                assert ai >= aj
            else:
                assert ai <= aj


@settings(max_examples=300, deadline=None)
@given(cases())
def test_amounts_are_the_clamped_proportional_ideal_rounded(case: tuple[int, list[int], int, int | None]) -> None:
    """Each amount is within one unit of clamp(rate × weight, minimum, cap) for one common rate:
    what a cap cuts off went to the others, and the minimum was taken from the others."""
    total, weights, minimum, cap = case
    assume(cap is None or total < cap * len(weights))
    s = split(total, weights, keys(len(weights)), minimum, cap)
    if s.rate_den == 0:
        assert all(b != 0 for b in s.bound)
        return
    rate = Fraction(s.rate_num, s.rate_den)
    ideal = [max(rate * w, Fraction(minimum)) for w in weights]
    if cap is not None:
        ideal = [min(x, Fraction(cap)) for x in ideal]
    assert sum(ideal) == total
    for a, x in zip(s.amounts, ideal, strict=True):
        assert x - 1 < a < x + 1


def test_largest_remainder_ties_go_by_key() -> None:
    s = split(100, [1, 1, 1], ["b", "a", "c"])
    assert s.amounts == [33, 34, 33]  # "a" first among equal remainders
    assert split(100, [1, 1, 1], ["c", "b", "a"]).amounts == [33, 33, 34]


def test_cap_cut_is_redistributed_repeatedly() -> None:
    # 1000 by 1:2:3:10 gives the heaviest 625 > cap 300; after capping it, the next one (3)
    # would get 420 > 300 and is capped too; the rest share 400 by 1:2.
    s = split(1000, [1, 2, 3, 10], ["a", "b", "c", "d"], 0, 300)
    assert s.amounts == [133, 267, 300, 300]
    assert s.bound == [0, 0, 1, 1]


def test_minimum_is_funded_from_the_others() -> None:
    s = split(1000, [1, 1, 8], ["a", "b", "c"], 150)
    assert s.amounts == [150, 150, 700]
    assert s.bound == [-1, -1, 0]


def test_minimum_impossible_is_refused() -> None:
    with pytest.raises(MinimumInfeasible) as e:
        split(299, [1, 2, 3], ["a", "b", "c"], 100)
    assert (e.value.total, e.value.count, e.value.minimum) == (299, 3, 100)


def test_everyone_capped_leaves_excess() -> None:
    s = split(1000, [1, 2], ["a", "b"], 0, 300)
    assert s.amounts == [300, 300] and s.excess == 400


def test_nobody_takes_nothing() -> None:
    s = split(500, [], [])
    assert s.amounts == [] and s.excess == 500
