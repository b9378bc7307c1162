"""The acceptance chain's warning rules and the entry rules, as pure functions."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop.domain.inspection_rules import (
    AcceptanceFacts,
    OpenRectification,
    accepted,
    all_warnings,
    no_acceptance,
    no_handover,
    rectification_overdue,
)
from desktop.domain.inspections import (
    HandoverData,
    HandoverItem,
    InspectionData,
    InspectionKind,
    InspectionResult,
    RectificationLine,
    TeamMember,
    days_late,
    validate_handover,
    validate_inspection,
)
from desktop.domain.vocab import Status
from desktop.domain.warnings import WarningKind

TODAY = date(2026, 11, 23)


def facts(**kw) -> AcceptanceFacts:  # type: ignore[no-untyped-def]
    base = {"asset_id": 7, "code": "HP7", "name": "七号光伏", "status": Status.OPERATING}
    return AcceptanceFacts(**{**base, **kw})


def rect(**kw) -> OpenRectification:  # type: ignore[no-untyped-def]
    base = {"id": 3, "inspection_id": 2, "asset_id": 7, "code": "HP7", "name": "七号光伏",
            "asset_status": Status.OPERATING, "requirement": "设立公示牌", "responsible": "王强",
            "deadline": TODAY - timedelta(days=5)}
    return OpenRectification(**{**base, **kw})


# -- NO_ACCEPTANCE -----------------------------------------------------------------------
def test_operating_asset_without_acceptance_is_warned():
    w = no_acceptance(facts())
    assert w is not None and w.kind == WarningKind.NO_ACCEPTANCE and w.asset_id == 7 and w.asset_code == "HP7"
    assert "没有合格" in w.message


def test_idle_and_damaged_assets_were_in_use_too():
    assert no_acceptance(facts(status=Status.IDLE)) is not None
    assert no_acceptance(facts(status=Status.DAMAGED)) is not None


def test_building_disposed_and_deleted_assets_are_not_warned():
    assert no_acceptance(facts(status=Status.BUILDING)) is None
    assert no_acceptance(facts(status=Status.DISPOSED)) is None
    assert no_acceptance(facts(deleted=True)) is None


def test_failed_then_passed_recheck_is_accepted():
    f = facts(last_failed=date(2025, 3, 1), last_passed=date(2025, 6, 1))
    assert accepted(f) and no_acceptance(f) is None


def test_passed_then_failed_later_is_not_accepted():
    f = facts(last_passed=date(2025, 3, 1), last_failed=date(2025, 6, 1))
    assert not accepted(f)
    w = no_acceptance(f)
    assert w is not None and "2025-06-01" in w.message and "不合格" in w.message


def test_same_day_failure_and_pass_counts_as_passed():
    assert accepted(facts(last_failed=date(2025, 3, 1), last_passed=date(2025, 3, 1)))


# -- RECTIFICATION_OVERDUE ---------------------------------------------------------------
def test_deadline_today_is_not_overdue_yet():
    assert rectification_overdue(rect(deadline=TODAY), TODAY) is None
    w = rectification_overdue(rect(deadline=TODAY - timedelta(days=1)), TODAY)
    assert w is not None and "已逾期 1 天" in w.message


def test_overdue_names_the_rectification_and_days_late():
    w = rectification_overdue(rect(), TODAY)
    assert w is not None and w.kind == WarningKind.RECTIFICATION_OVERDUE
    assert (w.entity, w.entity_id) == ("rectifications", 3)
    assert "设立公示牌" in w.message and "王强" in w.message and "5 天" in w.message


def test_done_late_is_no_longer_a_warning_but_counts_its_lateness():
    late = rect(deadline=TODAY - timedelta(days=30), done_on=TODAY - timedelta(days=10))
    assert rectification_overdue(late, TODAY) is None
    assert days_late(late.deadline, late.done_on, TODAY) == 20
    assert days_late(TODAY, None, TODAY) == 0
    assert days_late(TODAY - timedelta(days=4), None, TODAY) == 4


def test_rectification_on_a_disposed_asset_is_not_warned():
    assert rectification_overdue(rect(asset_status=Status.DISPOSED), TODAY) is None


# -- NO_HANDOVER -------------------------------------------------------------------------
def test_no_handover_after_n_days():
    passed = TODAY - timedelta(days=91)
    w = no_handover(facts(last_passed=passed, passed_inspection_id=11), TODAY, 90)
    assert w is not None and w.kind == WarningKind.NO_HANDOVER and w.entity_id == 11
    assert "未移交、未确权登记" in w.message and "91 天" in w.message
    assert no_handover(facts(last_passed=TODAY - timedelta(days=90)), TODAY, 90) is None  # exactly N days: fine


def test_handed_over_but_not_registered_is_still_warned():
    w = no_handover(facts(last_passed=date(2025, 1, 1), has_handover=True), TODAY)
    assert w is not None and "已移交但未确权登记" in w.message
    assert no_handover(facts(last_passed=date(2025, 1, 1), has_handover=True, registered=True), TODAY) is None


def test_no_handover_needs_a_standing_acceptance_and_an_active_asset():
    assert no_handover(facts(), TODAY) is None  # never accepted: that is NO_ACCEPTANCE's business
    assert no_handover(facts(last_passed=date(2024, 1, 1), last_failed=date(2024, 5, 1)), TODAY) is None
    assert no_handover(facts(last_passed=date(2024, 1, 1), status=Status.DISPOSED), TODAY) is None


def test_all_warnings_collects_every_rule():
    ws = all_warnings([facts(), facts(asset_id=8, last_passed=date(2024, 1, 1))], [rect()], TODAY, 90)
    assert sorted(w.kind for w in ws) == sorted([WarningKind.NO_ACCEPTANCE, WarningKind.NO_HANDOVER,
                                                 WarningKind.RECTIFICATION_OVERDUE])


# -- entry rules -------------------------------------------------------------------------
def good() -> InspectionData:
    return InspectionData(asset_id=1, kind=InspectionKind.COMPLETION, inspected_on=date(2026, 5, 1),
                          result=InspectionResult.PASSED, team=[TeamMember("张明", "县农业农村局", "组长")],
                          verified_investment=Decimal("1000.00"))


def test_a_complete_inspection_has_no_problems():
    assert validate_inspection(good(), today=TODAY) == []


def test_inspection_problems_name_field_row_and_value():
    d = good()
    d.asset_id = None
    d.team = [TeamMember("张明"), TeamMember(" 张明 "), TeamMember("")]
    d.result = InspectionResult.FAILED
    d.kind = InspectionKind.THIRD_PARTY
    d.verified_investment = Decimal("1.234")
    d.rectifications = [RectificationLine("补公示牌", "", date(2026, 4, 1), None, "李四")]
    msgs = {(p.field, p.message) for p in validate_inspection(d, today=TODAY)}
    assert ("asset_id", "请选择被验收的资产（输入资产编码或名称）") in msgs
    assert ("team", "第 2 行验收组成员“张明”重复") in msgs
    assert ("team", "第 3 行验收组成员姓名为空") in msgs
    assert ("findings", "验收结论为“不合格”时须填写发现的问题") in msgs
    assert ("third_party_firm", "第三方验收须填写第三方机构名称") in msgs
    assert ("verified_investment", "核定投资额最小单位为分：1.234") in msgs
    assert ("rectifications", "第 1 行整改责任人为空") in msgs
    assert ("rectifications", "第 1 行整改期限 2026-04-01 早于验收日期 2026-05-01") in msgs
    assert ("rectifications", "第 1 行填写了确认人但没有完成日期") in msgs
    d.rectifications = []
    assert ("rectifications", "验收结论为“不合格”时须提出整改要求（Ctrl+R 添加）") in {
        (p.field, p.message) for p in validate_inspection(d, today=TODAY)}


def test_future_dates_are_refused():
    d = good()
    d.inspected_on = TODAY + timedelta(days=1)
    assert [p.field for p in validate_inspection(d, today=TODAY)] == ["inspected_on"]
    d = good()
    d.rectifications = [RectificationLine("修复", "王", date(2026, 6, 1), TODAY + timedelta(days=1), "李")]
    assert "晚于今天" in validate_inspection(d, today=TODAY)[0].message


def test_handover_needs_a_passed_acceptance_and_follows_it():
    h = HandoverData(1, date(2026, 5, 10), "某镇人民政府", "某村股份经济合作社", [HandoverItem("大棚 8 座")])
    assert validate_handover(h, today=TODAY, passed_on=date(2026, 5, 1)) == []
    assert "尚未通过" in validate_handover(h, today=TODAY, passed_on=None)[0].message
    early = validate_handover(h, today=TODAY, passed_on=date(2026, 5, 20))
    assert early[0].message == "移交日期 2026-05-10 早于验收合格日期 2026-05-20"
    empty = HandoverData(1, None, " ", "", [])
    fields = [p.field for p in validate_handover(empty, today=TODAY, passed_on=date(2026, 5, 1))]
    assert fields == ["handed_on", "from_party", "to_party", "items"]
