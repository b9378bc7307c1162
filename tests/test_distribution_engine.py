"""The distribution engine: exact parts, bounds, fairness, rounding, explanations, errors."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.distribution import (
    REMAINDER_TARGETS,
    AidBasis,
    AidChannel,
    AidWeights,
    Amount,
    AwardsChannel,
    ChannelKind,
    Household,
    HouseholdCategory,
    JobLine,
    JobsChannel,
    LabourCapacity,
    Member,
    NamedAward,
    Period,
    PlanConfig,
    PlanInput,
    PointsLine,
    PoolLine,
    ReserveChannel,
    RetainedChannel,
    Rounding,
    WorksChannel,
    WorksLine,
    compute,
    config_from_dict,
    config_to_dict,
    result_to_dict,
)
from desktop.domain.money import to_fen
from desktop.domain.problems import ValidationError
from tests.distribution_cases import GREENHOUSE_CAP, GREENHOUSE_MINIMUM, greenhouse_plan

D = Decimal
YEAR = Period.year(2024)


def household(key: str, *labours: LabourCapacity, disabled: int = 0,
              category: HouseholdCategory = HouseholdCategory.ALLEVIATED, **kw: date) -> Household:
    members = tuple(Member(f"{key}-{i}", f"{key}成员{i}", lab, disabled=i < disabled) for i, lab in enumerate(labours))
    return Household(key, key, f"{key}户主", category, None, members, **kw)


def plan(pool: str, households: tuple[Household, ...], **config: object) -> PlanInput:
    return PlanInput("测试村", YEAR, (PoolLine("光伏电站", "PV-1", D(pool)),), households,
                     PlanConfig(**config))  # type: ignore[arg-type]


def fen_sum(values: list[Decimal]) -> int:
    return sum(to_fen(v) for v in values)


# --- the greenhouse project from the seeds ---------------------------------------------------
def test_greenhouse_parts_add_up_to_the_pool_to_the_fen() -> None:
    r = compute(greenhouse_plan())
    assert r.pool == D("194792.15")
    assert sum(c.amount for c in r.channels) == r.pool
    # 5 % of 194,792.15 = 9,739.6075 → 9,739 (whole yuan); jobs 20 × 500 × 10; works 8,000 + 6,500;
    # awards 2 × 500 named + 5,000 by points; aid takes the rest, 64,552.5425 → 64,552.
    # Rounding moved 0.6075 + 0.5425 = 1.15 into the reserve, as the preset names.
    assert [(c.kind, c.amount) for c in r.channels] == [
        (ChannelKind.RESERVE, D("9740.15")), (ChannelKind.JOBS, D("100000.00")),
        (ChannelKind.WORKS, D("14500.00")), (ChannelKind.AWARDS, D("6000.00")), (ChannelKind.AID, D("64552.00"))]
    assert (r.remainder.amount, r.remainder.channel) == (D("1.15"), ChannelKind.RESERVE)
    assert "另计入取整尾差1.15元" in r.channels[0].explanation
    assert r.problems == ()


def naive_clamped_rate(budget: int, weights: list[Fraction], lo: int, hi: int) -> Fraction:
    """An independent, slow statement of the rule: cap and lift again and again until stable."""
    fixed: dict[int, Fraction] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        rate = (budget - sum(fixed.values())) / sum(weights[i] for i in free)
        over = [i for i in free if rate * weights[i] > hi]
        under = [i for i in free if rate * weights[i] < lo]
        if not over and not under:
            return rate
        for i in over or under:
            fixed[i] = Fraction(hi if over else lo)


def test_greenhouse_aid_per_class_caps_minimums_and_explanations() -> None:
    p = greenhouse_plan()
    r = compute(p)
    aid = r.channel(ChannelKind.AID)
    assert aid is not None
    assert len(aid.recipients) == 131 and len(aid.excluded) == 20  # the 20 households of able workers
    assert all("权重0，不参与救助分配" in x.reason for x in aid.excluded)
    assert sum(x.amount for x in aid.recipients) == aid.amount == D("64552")
    by_weight: dict[Decimal, list[Decimal]] = defaultdict(list)
    for x in aid.recipients:
        assert x.weight is not None
        by_weight[x.weight].append(x.amount)
        assert GREENHOUSE_MINIMUM <= x.amount <= GREENHOUSE_CAP
        assert x.amount == x.amount.to_integral_value()  # whole yuan
    for amounts in by_weight.values():
        assert max(amounts) - min(amounts) <= 1
    ordered = sorted(by_weight)
    for lighter, heavier in zip(ordered, ordered[1:], strict=False):
        assert min(by_weight[heavier]) >= max(by_weight[lighter])
    # The rate agrees with a naive cap-and-lift loop over the same weights.
    weights = [Fraction(x.weight) for x in aid.recipients if x.weight is not None]
    rate = naive_clamped_rate(64552, weights, 300, 1000)
    for x in aid.recipients:
        assert x.weight is not None
        ideal = min(max(rate * Fraction(x.weight), Fraction(300)), Fraction(1000))
        assert ideal - 1 < Fraction(x.amount) < ideal + 1
    # Per class: 40 single elderly (weight 1.2) lifted to the minimum, the sudden-hardship
    # household capped, the others between.
    assert by_weight[D("1.2")] == [D("300")] * 40
    assert by_weight[D("5.280")] == [D("1000")]
    assert sum(by_weight[D("2.2")]) + sum(by_weight[D("2.42")]) > 0
    texts = {x.key: x.explanation for x in aid.recipients}
    assert texts["H001"] == "按人：户人口1人（无劳动能力1人），权重1.2，按权重应得258.13元；保底300.00元"
    assert texts["H151"].startswith("按人：户人口4人（弱劳动能力1人、无劳动能力2人、残疾1人、慢性病1人、在校生1人），"
                                    "权重4.4×监测对象（突发严重困难户）系数1.2=5.28，按权重应得")
    assert texts["H151"].endswith("；封顶1,000.00元")
    assert texts["H071"] == "按人：户人口2人（弱劳动能力1人、丧失劳动能力1人、残疾1人），权重3，按权重分得646.00元"
    assert "每单位权重215.10元" in aid.explanation


def test_greenhouse_jobs_works_and_awards_explanations() -> None:
    r = compute(greenhouse_plan())
    jobs = r.channel(ChannelKind.JOBS)
    assert jobs is not None and len(jobs.recipients) == 20
    assert jobs.recipients[0].explanation == "公益岗位“保洁员”：月工资500.00元×10个月，计5,000.00元"
    awards = r.channel(ChannelKind.AWARDS)
    assert awards is not None
    points = [x for x in awards.recipients if x.weight is not None]
    assert sum(x.amount for x in points) == D("5000")
    assert points[0].explanation.startswith("积分奖补：积分60分（全村合计1485分），按积分分得")
    named = [x for x in awards.recipients if x.weight is None]
    assert [x.explanation for x in named] == ["奖补：美丽庭院示范户，500.00元", "奖补：孝老爱亲示范户，500.00元"]


# --- properties over random plans ------------------------------------------------------------
LABOURS = list(LabourCapacity)


@st.composite
def random_plans(draw: st.DrawFn) -> PlanInput:
    n = draw(st.integers(0, 25))
    households = []
    for i in range(n):
        labours = draw(st.lists(st.sampled_from(LABOURS), min_size=1, max_size=5))
        households.append(household(f"H{i:02d}", *labours, disabled=draw(st.integers(0, 2))))
    fen = draw(st.integers(0, 50_000_000))
    rounding = draw(st.sampled_from(list(Rounding)))
    target = draw(st.sampled_from(REMAINDER_TARGETS))
    pct = st.integers(0, 10_000).map(lambda h: Decimal(h).scaleb(-2))
    fixed = st.integers(0, 100_000).map(lambda f: Amount.fixed(Decimal(f).scaleb(-2)))
    reserve = draw(st.one_of(st.none(), pct.map(Amount.pool_percent).map(ReserveChannel), fixed.map(ReserveChannel)))
    works = draw(st.one_of(st.none(), st.lists(st.integers(1, 200_000), max_size=3).map(
        lambda fens: WorksChannel(tuple(WorksLine(f"项目{i}", Decimal(f).scaleb(-2)) for i, f in enumerate(fens))))))
    workers = [m for h in households for m in h.members if m.labour == LabourCapacity.ABLE][:5]
    jobs = JobsChannel(tuple(JobLine(m.key, m.name, "保洁员", m.key[:3], D(draw(st.integers(1, 300))), 1)
                             for m in workers))
    awards = AwardsChannel(named=tuple(NamedAward(f"n{i}", h.head, D(draw(st.integers(1, 500))), "示范户", h.key)
                                       for i, h in enumerate(households[:draw(st.integers(0, 2))])),
                           points_budget=Amount.remaining_percent(Decimal(draw(st.integers(0, 1000))).scaleb(-2)),
                           points=tuple(PointsLine(h.key, h.head, D(draw(st.integers(1, 100))), h.key)
                                        for h in households[:6]))
    minimum = draw(st.one_of(st.none(), st.integers(0, 300).map(D)))
    cap = draw(st.one_of(st.none(), st.integers(300, 100_000).map(D)))
    aid = AidChannel(draw(st.sampled_from([Amount.rest(), Amount.remaining_percent(D("80"))])),
                     draw(st.sampled_from(list(AidBasis))), AidWeights(), minimum, cap)
    retained = draw(st.one_of(st.none(), st.just(RetainedChannel(Amount.rest()))))
    return PlanInput("随机村", YEAR, (PoolLine("电站", "PV", Decimal(fen).scaleb(-2)),), tuple(households),
                     PlanConfig(reserve=reserve, jobs=jobs, works=works, awards=awards, aid=aid, retained=retained,
                                rounding=rounding, remainder_to=target))


def compute_or_skip(p: PlanInput):  # type: ignore[no-untyped-def]
    try:
        return compute(p)
    except ValidationError as e:
        # Only the two refusals a random plan may meet: wages beyond the pool, an unreachable minimum.
        assert all(("超出可分配余额" in q.message or "不足以使" in q.message) for q in e.problems), e
        return None


@settings(max_examples=150, deadline=None)
@given(random_plans())
def test_parts_always_equal_the_pool_to_the_fen(p: PlanInput) -> None:
    r = compute_or_skip(p)
    if r is None:
        return
    assert fen_sum([c.amount for c in r.channels]) == to_fen(r.pool)
    assert all(c.amount >= 0 for c in r.channels)
    for c in r.channels:
        if c.recipients:
            assert fen_sum([x.amount for x in c.recipients]) + to_fen(c.remainder) == to_fen(c.amount)
    unallocated = r.channel(ChannelKind.UNALLOCATED)
    assert (unallocated is not None) == any("未分配" in q.message for q in r.problems)


@settings(max_examples=150, deadline=None)
@given(random_plans())
def test_caps_minimums_equal_and_heavier_households(p: PlanInput) -> None:
    r = compute_or_skip(p)
    if r is None or r.channel(ChannelKind.AID) is None:
        return
    aid = p.config.aid
    assert aid is not None
    unit = 100 if p.config.rounding == Rounding.YUAN else 1
    got = r.channel(ChannelKind.AID)
    assert got is not None
    for x in got.recipients:
        fen = to_fen(x.amount)
        assert fen % unit == 0
        if aid.minimum is not None:
            assert fen >= to_fen(aid.minimum)
        if aid.cap is not None:
            assert fen <= to_fen(aid.cap)
    for a in got.recipients:
        for b in got.recipients:
            assert a.weight is not None and b.weight is not None
            if a.weight == b.weight:
                assert abs(to_fen(a.amount) - to_fen(b.amount)) <= unit  # equal households: at most one unit apart
            elif a.weight > b.weight:
                assert a.amount >= b.amount  # a higher weight never gets less


@settings(max_examples=150, deadline=None)
@given(random_plans())
def test_rounding_remainder_lands_where_the_plan_says(p: PlanInput) -> None:
    r = compute_or_skip(p)
    if r is None:
        return
    target = p.config.remainder_to
    assert r.remainder.channel == target
    channel = r.channel(target)
    if r.remainder.amount:
        assert channel is not None and channel.remainder == r.remainder.amount
    assert all(c.remainder == 0 for c in r.channels if c.kind != target)
    unit = 100 if p.config.rounding == Rounding.YUAN else 1
    # At most: one unit short per rounded channel figure (reserve, points budget, aid, retained)
    # plus the fen of the pool that the unit cannot hold.
    assert 0 <= to_fen(r.remainder.amount) < 4 * unit + 1
    if p.config.rounding == Rounding.YUAN:
        for kind in (ChannelKind.AID, ChannelKind.AWARDS):
            c = r.channel(kind)
            if c is not None:
                assert all(to_fen(x.amount) % 100 == 0 for x in c.recipients)


@settings(max_examples=100, deadline=None)
@given(random_plans())
def test_computation_is_deterministic_and_order_free(p: PlanInput) -> None:
    r = compute_or_skip(p)
    if r is None:
        return
    assert compute(p) == r
    shuffled = replace(p, households=tuple(reversed(p.households)))
    again = compute(shuffled)
    amounts = {(x.channel, x.key): x.amount for x in r.recipients}
    assert {(x.channel, x.key): x.amount for x in again.recipients} == amounts


# --- rules, one at a time --------------------------------------------------------------------
def test_percentages_that_fill_the_pool_leave_only_a_rounding_remainder() -> None:
    r = compute(plan("100.01", (), reserve=ReserveChannel(Amount.pool_percent("33.33")),
                     retained=RetainedChannel(Amount.pool_percent("66.67")), remainder_to=ChannelKind.RESERVE))
    # 33.33 % of 10001 fen = 3333.3333 → 3333; 66.67 % = 6667.6667 → 6667; one fen left over.
    assert [c.amount for c in r.channels] == [D("33.34"), D("66.67")]
    assert r.remainder.amount == D("0.01") and r.unallocated == 0


def test_percent_of_what_remains_is_taken_of_the_exact_rest() -> None:
    r = compute(plan("1000.00", (), reserve=ReserveChannel(Amount.fixed("100.00")),
                     retained=RetainedChannel(Amount.remaining_percent("50"))))
    assert r.amount_of(ChannelKind.RETAINED) == D("450.00")
    assert r.unallocated == D("450.00")
    assert [q.message for q in r.problems] == ["收益总额1,000.00元中尚有450.00元未分配"]


def test_over_allocation_is_refused_naming_the_channel() -> None:
    jobs = JobsChannel((JobLine("p1", "李四", "护林员", "h1", D("800"), 12),))
    with pytest.raises(ValidationError) as e:
        compute(plan("5000.00", (), reserve=ReserveChannel(Amount.pool_percent("10")), jobs=jobs))
    assert str(e.value) == "公益岗位工资需9,600.00元，超出可分配余额4,500.00元（收益总额5,000.00元）"


def test_unreachable_minimum_is_refused_with_the_numbers() -> None:
    hs = tuple(household(f"h{i}", LabourCapacity.NONE) for i in range(4))
    with pytest.raises(ValidationError) as e:
        compute(plan("1000.00", hs, aid=AidChannel(Amount.rest(), minimum=D("300"))))
    assert str(e.value) == "救助帮扶1,000.00元不足以使4户每户达到保底300.00元（需1,200.00元）"


def test_no_money_means_no_aid_rather_than_an_unreachable_minimum() -> None:
    hs = tuple(household(f"h{i}", LabourCapacity.NONE) for i in range(4))
    r = compute(plan("0.00", hs, aid=AidChannel(Amount.rest(), minimum=D("300"))))
    assert r.recipients == () and r.problems == () and r.channels[0].amount == 0


def test_cap_cut_goes_to_the_others_and_what_nobody_can_take_is_unallocated() -> None:
    hs = (household("a", LabourCapacity.NONE, LabourCapacity.NONE, LabourCapacity.NONE),
          household("b", LabourCapacity.WEAK))
    r = compute(plan("3000.00", hs, aid=AidChannel(Amount.rest(), cap=D("2000"))))
    # by person 4.5 : 1.0 would give a 2454.55, capped at 2000; b takes the rest, 1000.
    assert [x.amount for x in r.recipients] == [D("2000.00"), D("1000.00")]
    r = compute(plan("5000.00", hs, aid=AidChannel(Amount.rest(), cap=D("2000"))))
    assert r.unallocated == D("1000.00")
    assert "超过全部2户封顶合计，1,000.00元未分配" in r.problems[0].message


def test_aid_by_household_uses_the_household_labour_class() -> None:
    hs = (household("a", LabourCapacity.WEAK, LabourCapacity.NONE, disabled=1),
          household("b", LabourCapacity.LOST), household("c", LabourCapacity.ABLE, LabourCapacity.NONE))
    r = compute(plan("2800.00", hs, aid=AidChannel(Amount.rest(), AidBasis.HOUSEHOLD)))
    got = {x.key: (x.amount, x.explanation) for x in r.recipients}
    # a: weak-labour household 1.0 + disability 0.3 = 1.3; b: lost 1.5; c has an able member: 0.
    assert got["a"] == (D("1300.00"),
                        "按户：弱劳动能力户（户人口2人，弱劳动能力1人、无劳动能力1人、残疾1人），权重1.3，按权重分得1,300.00元")
    assert got["b"][0] == D("1500.00")
    assert "c" not in got


def test_eligible_only_leaves_out_ordinary_and_ended_households_with_the_reason() -> None:
    hs = (household("a", LabourCapacity.NONE),
          household("b", LabourCapacity.NONE, category=HouseholdCategory.ORDINARY),
          household("c", LabourCapacity.NONE, policy_until=date(2023, 11, 5)),
          household("d", LabourCapacity.NONE, policy_until=date(2024, 3, 5)))
    r = compute(plan("900.00", hs, aid=AidChannel(Amount.rest())))
    aid = r.channel(ChannelKind.AID)
    assert aid is not None
    assert [x.key for x in aid.recipients] == ["a", "d"]  # d stops only from April 2024
    assert [(x.key, x.reason) for x in aid.excluded] == [
        ("b", "一般农户，不属于脱贫户或监测对象"), ("c", "2023-11-30后不再享受政策，本期不享受")]


def test_rounding_to_the_yuan_books_the_fen_in_the_named_channel() -> None:
    hs = tuple(household(f"h{i}", LabourCapacity.NONE) for i in range(3))
    r = compute(plan("1000.99", hs, works=WorksChannel((WorksLine("路灯", D("100.00")),)),
                     aid=AidChannel(Amount.rest()), rounding=Rounding.YUAN, remainder_to=ChannelKind.WORKS))
    assert [x.amount for x in r.recipients if x.channel == ChannelKind.AID] == [D("300"), D("300"), D("300")]
    assert r.amount_of(ChannelKind.WORKS) == D("100.99")
    assert (r.remainder.amount, r.remainder.channel) == (D("0.99"), ChannelKind.WORKS)


def test_a_missing_remainder_channel_is_added() -> None:
    hs = tuple(household(f"h{i}", LabourCapacity.NONE) for i in range(3))
    r = compute(plan("100.50", hs, aid=AidChannel(Amount.rest()), rounding=Rounding.YUAN,
                     remainder_to=ChannelKind.RETAINED))
    assert [(c.kind, c.amount) for c in r.channels] == [(ChannelKind.AID, D("100.00")),
                                                        (ChannelKind.RETAINED, D("0.50"))]
    assert [x.amount for x in r.recipients] == [D("34"), D("33"), D("33")]


def test_bad_input_is_refused_with_field_and_value() -> None:
    p = PlanInput("村", YEAR, (PoolLine("补记收入", manual_amount=D("100")),), (),
                  PlanConfig(reserve=ReserveChannel(Amount.pool_percent("120")), remainder_to=ChannelKind.AID))
    with pytest.raises(ValidationError) as e:
        compute(p)
    assert [q.message for q in e.value.problems] == [
        "第 1 行手工收益“补记收入”须填写原因",
        "取整尾差只能计入维修管护储备、小型公益事业、村集体留存，不能计入救助帮扶",
        "维修管护储备金比例应在 0–100% 之间、最多两位小数：120%",
    ]


def test_pool_lines_take_the_village_share_rounded_down() -> None:
    line = PoolLine("光伏", "PV", D("10000.01"), D("33.33"))
    assert line.amount == D("3333.00")  # 3333.0033 → 3333.00
    assert PoolLine("亏损", "X", D("-100.01"), D("50")).amount == D("-50.00")


def test_config_and_result_as_json_round_trip() -> None:
    p = greenhouse_plan()
    assert config_from_dict(config_to_dict(p.config)) == p.config
    d = result_to_dict(compute(p))
    assert d["pool"] == "194792.15"
    assert sum(Decimal(c["amount"]) for c in d["channels"]) == Decimal(d["pool"])
    assert d["remainder"] == {"amount": "1.15", "channel": "reserve"}
    assert all(len(r["amount"].split(".")[1]) == 2 for r in d["recipients"])
    with pytest.raises(ValueError, match="rounding"):
        config_from_dict({"rounding": "jiao"})


def test_village_pv_station_worked_example() -> None:
    """A 100 kW village PV station earning 81,236.48 yuan, under the PV preset: 16 public-welfare
    posts at 300 yuan for 12 months (70.9 %), a 5 % reserve, aid by household capped at 3,000,
    whole yuan, the fen to the reserve."""
    from desktop.domain.distribution import VILLAGE_PV, check_plan

    hs = tuple(household(f"H{i:02d}", LabourCapacity.ABLE, LabourCapacity.WEAK) for i in range(16)) + \
        tuple(household(f"N{i:02d}", LabourCapacity.NONE) for i in range(6)) + \
        (household("L00", LabourCapacity.LOST, disabled=1), household("W00", LabourCapacity.WEAK))
    jobs = JobsChannel(tuple(JobLine(f"H{i:02d}-0", f"H{i:02d}成员0", "护林员" if i % 2 else "保洁员", f"H{i:02d}",
                                     D("300"), 12) for i in range(16)))
    base = VILLAGE_PV.default_config()
    p = PlanInput("西岭村", YEAR, (PoolLine("村级光伏电站100kW", "PV-2017-03", D("81236.48")),), hs,
                  replace(base, jobs=jobs))
    r = compute(p)
    # 5 % of 81,236.48 = 4,061.824 → 4,061; jobs 57,600; aid the rest, 19,574.656 → 19,574; the rounding
    # remainder 0.824 + 0.656 = 1.48 goes to the reserve. Aid by household weight: the 16 households with
    # an able member weigh 0; 6 × 1.5 (no labour) + 1.8 (lost labour + disability) + 1.0 (weak) = 11.8,
    # 1,658.81 per unit: 2,488.22 / 2,985.87 / 1,658.81 floored leave 3 yuan, to the largest fractions
    # (L00 .87, W00 .81) and then to the first of the equal N households by key.
    assert [(c.kind, c.amount) for c in r.channels] == [
        (ChannelKind.RESERVE, D("4062.48")), (ChannelKind.JOBS, D("57600.00")), (ChannelKind.WORKS, D("0.00")),
        (ChannelKind.AWARDS, D("0.00")), (ChannelKind.AID, D("19574.00"))]
    assert r.remainder.amount == D("1.48")
    aid = {x.key: x.amount for x in r.recipients if x.channel == ChannelKind.AID}
    assert aid == {"N00": D("2489"), **{f"N{i:02d}": D("2488") for i in range(1, 6)}, "L00": D("2986"),
                   "W00": D("1659")}
    assert all(v <= D("3000") for v in aid.values())
    assert check_plan(p, r, VILLAGE_PV) == []


def test_payees_group_a_household_s_parts_for_the_payout_sheet() -> None:
    hs = (household("a", LabourCapacity.ABLE, LabourCapacity.NONE), household("b", LabourCapacity.NONE))
    cfg = dict(jobs=JobsChannel((JobLine("a-0", "a成员0", "保洁员", "a", D("100"), 3),)),
               works=WorksChannel((WorksLine("路灯", D("50")),)),
               awards=AwardsChannel(named=(NamedAward("x", "外来能人", D("20"), "带头致富", "", "p-x"),)),
               aid=AidChannel(Amount.rest()))
    r = compute(plan("1030.00", hs, **cfg))
    payees = {p.key: p for p in r.payees()}
    assert list(payees) == ["a", "p-x", "b"]
    assert (payees["a"].name, payees["a"].amount) == ("a户主", D("300.00") + D("330.00"))
    assert payees["a"].explanation == ("公益岗位工资300.00元（公益岗位“保洁员”：月工资100.00元×3个月，计300.00元）；"
                                       "救助帮扶330.00元（按人：户人口2人（无劳动能力1人），权重1.5，按权重分得330.00元）")
    assert sum(p.amount for p in r.payees()) == r.pool - r.amount_of(ChannelKind.WORKS)


def test_stored_codes_become_members() -> None:
    from desktop.domain.distribution import from_code

    assert from_code(LabourCapacity, "weak") is LabourCapacity.WEAK
    with pytest.raises(ValueError, match="“劳动能力”的取值无效：'strong'"):
        from_code(LabourCapacity, "strong", "劳动能力")


def test_periods_by_year_and_quarter() -> None:
    q = Period.quarter(2024, 1)
    assert (q.start, q.end, q.label) == (date(2024, 1, 1), date(2024, 3, 31), "2024年第1季度")
    assert Period.quarter(2024, 4).end == date(2024, 12, 31)
    assert Period.year(2024).label == "2024年度"
    assert Period(date(2024, 2, 1), date(2024, 7, 31)).label == "2024-02-01至2024-07-31"
    with pytest.raises(ValueError, match="季度应为 1–4"):
        Period.quarter(2024, 5)
    h = household("h", LabourCapacity.NONE, policy_until=date(2024, 3, 5))
    assert h.enjoys_policy_in(q) and not h.enjoys_policy_throughout(Period.year(2024))
    assert not h.enjoys_policy_in(Period.quarter(2024, 2))  # stopped from the following month


@settings(max_examples=100, deadline=None)
@given(random_plans())
def test_any_configuration_survives_json(p: PlanInput) -> None:
    import json

    assert config_from_dict(json.loads(json.dumps(config_to_dict(p.config), ensure_ascii=False))) == p.config


def test_nothing_to_round_adds_no_channel() -> None:
    r = compute(plan("100.00", (), reserve=ReserveChannel(Amount.pool_percent("10"))))
    assert [(c.kind, c.amount) for c in r.channels] == [(ChannelKind.RESERVE, D("10.00")),
                                                        (ChannelKind.UNALLOCATED, D("90.00"))]
    assert (r.remainder.amount, r.remainder.channel) == (D("0.00"), ChannelKind.RETAINED)
