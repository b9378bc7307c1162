"""Policy presets as data, and a plan checked against its preset."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.distribution import (
    BUILT_IN,
    DIFFERENTIATED,
    NATIONAL,
    VILLAGE_PV,
    AidChannel,
    Amount,
    AwardsChannel,
    BannedUse,
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
    PlanRule,
    PoolLine,
    Preset,
    RetainedChannel,
    WorksChannel,
    WorksLine,
    built_in,
    check_plan,
    compute,
    normal_phone,
    validate_preset,
)
from tests.distribution_cases import greenhouse_plan

D = Decimal


@pytest.mark.parametrize("preset", BUILT_IN, ids=lambda p: p.code)
def test_presets_survive_a_json_round_trip(preset: Preset) -> None:
    text = json.dumps(preset.to_dict(), ensure_ascii=False)
    assert Preset.from_dict(json.loads(text)) == preset
    assert preset.notice_days == 10


def test_preset_defaults_and_lookup() -> None:
    assert built_in("village_pv") is VILLAGE_PV
    assert VILLAGE_PV.min_shares == {ChannelKind.JOBS: D(60)}
    cfg = NATIONAL.default_config()
    assert cfg.reserve is not None and cfg.reserve.amount == Amount.pool_percent("5")
    assert cfg.aid is not None and cfg.aid.budget == Amount.rest() and cfg.remainder_to == ChannelKind.RETAINED
    with pytest.raises(KeyError):
        built_in("nowhere")


def test_a_hand_written_preset_names_only_what_differs() -> None:
    p = Preset.from_dict({"code": "c", "name": "某县", "aid_weights": {"labour": {"none": "2"}}})
    assert p.aid_weights.labour[LabourCapacity.NONE] == D(2)
    assert p.aid_weights.labour[LabourCapacity.WEAK] == D("1.0") and p.aid_weights.disability == D("0.3")
    assert p.notice_days == 10 and p.rounding == NATIONAL.rounding


def test_built_in_presets_are_valid_and_edits_are_checked() -> None:
    assert all(validate_preset(p) == [] for p in BUILT_IN)
    bad = replace(VILLAGE_PV, min_shares={ChannelKind.JOBS: D("60.005"), ChannelKind.AID: D(50)},
                  max_shares={ChannelKind.AID: D(40)}, notice_days=0, remainder_to=ChannelKind.RETAINED,
                  aid_minimum=D(500), aid_cap=D(300), banned_uses=(BannedUse("办公经费", ("",)),))
    assert [p.message for p in validate_preset(bad)] == [
        "公益岗位工资最低比例应在 0–100% 之间、最多两位小数：60.005%",
        "救助帮扶最低比例50%高于最高比例40%",
        "各渠道最低比例合计110.005%，超过 100%",
        "公示天数应至少为 1 天：0",
        "不允许村集体留存时，取整尾差不能计入村集体留存",
        "每户保底500元高于封顶300元",
        "禁止用途“办公经费”须有名称和至少一个关键词",
    ]


def test_malformed_preset_is_refused_naming_the_key() -> None:
    good = NATIONAL.to_dict()
    with pytest.raises(ValueError, match="政策预设缺少“code”"):
        Preset.from_dict({k: v for k, v in good.items() if k != "code"})
    with pytest.raises(ValueError, match="公示天数应至少为 1 天"):
        Preset.from_dict({**good, "notice_days": 0})
    with pytest.raises(ValueError, match="min_shares.jobs"):
        Preset.from_dict({**good, "min_shares": {"jobs": 0.6}})
    with pytest.raises(ValueError, match="rounding"):
        Preset.from_dict({**good, "rounding": "jiao"})


def test_the_greenhouse_plan_passes_its_preset() -> None:
    p = greenhouse_plan()
    assert check_plan(p, compute(p), DIFFERENTIATED) == []


def test_greenhouse_jobs_share_is_below_the_pv_rule() -> None:
    p = greenhouse_plan()
    warnings = check_plan(p, compute(p), VILLAGE_PV)
    assert [(w.rule, w.message) for w in warnings] == [
        (PlanRule.CHANNEL_SHARE,
         "公益岗位工资100,000.00元，占收益总额51.34%，低于《村级光伏电站收益（公益岗位不低于60%）》规定的60%"),
    ]


def person(key: str, labour: LabourCapacity = LabourCapacity.ABLE) -> Member:
    return Member(key, f"姓名{key}", labour)


def village() -> tuple[Household, ...]:
    return (
        Household("h1", "001", "张一", members=(person("p1"), person("p2", LabourCapacity.NONE))),
        Household("h2", "002", "王二", HouseholdCategory.ORDINARY, members=(person("p3"),)),
        Household("h3", "003", "李三", members=(person("p4"),), policy_until=date(2023, 5, 20)),
        Household("h4", "004", "赵四", members=(person("p5"), person("p6", LabourCapacity.NONE)),
                  policy_until=date(2024, 6, 3)),
    )


def test_every_rule_is_cited() -> None:
    cfg = PlanConfig(
        jobs=JobsChannel((JobLine("p1", "姓名p1", "保洁员", "h1", D("100"), 10),
                          JobLine("p3", "姓名p3", "村干部误工补贴", "h2", D("100"), 5),
                          JobLine("p4", "姓名p4", "护林员", "h3", D("100"), 2),
                          JobLine("p9", "外村人", "护路员", "", D("100"), 1))),
        works=WorksChannel((WorksLine("偿还村部建设欠款", D("500")),)),
        awards=AwardsChannel(named=(NamedAward("a1", "姓名p1", D("200"), "卫生示范", "h1", "p1"),
                                    NamedAward("a2", "姓名p5", D("100"), "孝老爱亲", "h4", "p5"))),
        aid=AidChannel(Amount.fixed("300")),
        retained=RetainedChannel(Amount.fixed("100")))
    p = PlanInput("测试村", Period.year(2024), (PoolLine("光伏", "PV", D("5000")),), village(), cfg)
    r = compute(p)
    preset = replace(VILLAGE_PV, exclusive_channels=(ChannelKind.JOBS, ChannelKind.AWARDS, ChannelKind.AID))
    got = [(w.rule, w.key, w.message) for w in check_plan(p, r, preset)]
    rule = "《村级光伏电站收益（公益岗位不低于60%）》"
    assert got == [
        (PlanRule.CHANNEL_SHARE, "", f"公益岗位工资1,800.00元，占收益总额36.00%，低于{rule}规定的60%"),
        (PlanRule.BANNED_USE, "公益岗位“村干部误工补贴”（姓名p3）",
         f"公益岗位“村干部误工补贴”（姓名p3）含“村干部”，属{rule}禁止的用途：村干部报酬"),
        (PlanRule.BANNED_USE, "小型公益事业“偿还村部建设欠款”",
         f"小型公益事业“偿还村部建设欠款”含“偿还”，属{rule}禁止的用途：偿还债务"),
        (PlanRule.RETAINED_NOT_ALLOWED, "", f"村集体留存100.00元，但{rule}不允许村集体留存"),
        (PlanRule.NOT_ELIGIBLE, "p3", "公益岗位工资对象“姓名p3”所在户（002，王二）为一般农户，不是脱贫户或监测对象"),
        (PlanRule.POLICY_ENDED, "p4", "公益岗位工资对象“姓名p4”所在户（003，李三）在2024年度不享受政策"),
        (PlanRule.UNKNOWN_HOUSEHOLD, "p9",
         "公益岗位工资对象“外村人”不在本村农户名册中，无法核实是否为脱贫户或监测对象"),
        (PlanRule.POLICY_ENDED, "a2",
         "奖励补助对象“姓名p5”所在户（004，赵四）2024-06-30后停止享受政策，2024年度只部分期间享受政策，请核实金额"),
        (PlanRule.POLICY_ENDED, "h4",
         "救助帮扶对象“赵四”所在户（004，赵四）2024-06-30后停止享受政策，2024年度只部分期间享受政策，请核实金额"),
        (PlanRule.PAID_TWICE, "p1",
         f"“姓名p1”重复享受：公益岗位工资、奖励补助、救助帮扶；{rule}规定公益岗位工资、奖励补助、救助帮扶每人只能享受一项"),
        (PlanRule.PAID_TWICE, "p5",
         f"“姓名p5”重复享受：奖励补助、救助帮扶；{rule}规定公益岗位工资、奖励补助、救助帮扶每人只能享受一项"),
        (PlanRule.UNALLOCATED, "", "收益总额5,000.00元中尚有2,000.00元未分配"),
    ]


def test_no_double_pay_rule_without_exclusive_channels() -> None:
    cfg = PlanConfig(jobs=JobsChannel((JobLine("p1", "姓名p1", "保洁员", "h1", D("100"), 10),)),
                     aid=AidChannel(Amount.rest()))
    p = PlanInput("测试村", Period.year(2024), (PoolLine("光伏", "PV", D("2000")),), village()[:1], cfg)
    assert check_plan(p, compute(p), NATIONAL) == []
    assert [w.rule for w in check_plan(p, compute(p), DIFFERENTIATED)] == [PlanRule.PAID_TWICE]


def test_supervision_line_round_trips_and_old_json_still_loads() -> None:
    p = replace(NATIONAL, supervision_phone="0530-8123456", supervision_unit="城关镇纪委")
    data = json.loads(json.dumps(p.to_dict(), ensure_ascii=False))
    assert data["supervision_phone"] == "0530-8123456" and data["supervision_unit"] == "城关镇纪委"
    assert Preset.from_dict(data) == p
    old = {k: v for k, v in NATIONAL.to_dict().items() if not k.startswith("supervision_")}
    loaded = Preset.from_dict(old)  # stored before the fields existed
    assert loaded == NATIONAL and (loaded.supervision_phone, loaded.supervision_unit) == ("", "")
    assert Preset.from_dict({**old, "supervision_phone": None}).supervision_phone == ""


@pytest.mark.parametrize("phone", ["", "0530-8123456", "0530 8123456", "13812345678", "12388", "400-810-8888"])
def test_supervision_phones_people_write_are_accepted(phone: str) -> None:
    assert validate_preset(replace(NATIONAL, supervision_phone=phone)) == []


@pytest.mark.parametrize("phone", ["0530-812345转6", "(0530)8123456", "1234", "0530--8123456", "-8123456",
                                   "０５３０８１２３４５６", "123456789012345678901"])
def test_a_phone_that_is_not_digits_is_refused_naming_it(phone: str) -> None:
    [problem] = validate_preset(replace(NATIONAL, supervision_phone=phone))
    assert problem.field == "supervision_phone"
    assert problem.message.startswith("监督电话只能由数字组成") and problem.message.endswith(f"：{phone}")


def test_full_width_phone_typed_with_an_input_method_is_made_plain() -> None:
    assert normal_phone("  ０５３０－８１２３４５６ ") == "0530-8123456"
    assert normal_phone("0530　81  23456") == "0530 81 23456"


def test_an_overlong_supervision_unit_is_refused() -> None:
    [problem] = validate_preset(replace(NATIONAL, supervision_unit="纪" * 41))
    assert problem.field == "supervision_unit" and "最多 40 个字" in problem.message
