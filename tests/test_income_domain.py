"""Pure income and self-check rules: net, return rate, ±50 %, validation, warnings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.income import (
    IncomeData,
    far_from,
    period_end,
    return_rate,
    validate_income,
    validate_periods,
    year_net,
)
from desktop.domain.selfcheck import (
    AssetFacts,
    CategoryRules,
    check_assets,
    contract,
    idle,
    low_return,
    months_before,
    unregistered,
)
from desktop.domain.vocab import Category, Nature, OperationMode, Status
from desktop.domain.warnings import WarningKind

TODAY = date(2026, 6, 30)
RULES = CategoryRules()
D = Decimal


# ------------------------------------------------------------------ income and rate
def test_net_is_income_minus_costs_to_the_fen():
    d = IncomeData(2025, rent=D("100000.10"), power_subsidy=D("0.20"), maintenance=D("2500.05"),
                   insurance=D("0.01"))
    assert (d.gross, d.costs, d.net) == (D("100000.30"), D("2500.06"), D("97500.24"))


def test_return_rate_is_a_two_place_percentage_rounded_half_up():
    assert return_rate(D("194792.15"), D("2000000.00")) == D("9.74")
    assert return_rate(D("1.25"), D("1000.00")) == D("0.13")  # 0.125 → 0.13, not banker's 0.12
    assert return_rate(D("-500.00"), D("10000.00")) == D("-5.00")
    assert return_rate(D("0.00"), D("10000.00")) == D("0.00")


def test_return_rate_of_an_asset_without_value_is_none_not_infinite():
    assert return_rate(D("1000.00"), D("0.00")) is None
    assert return_rate(D("1000.00"), None) is None
    assert return_rate(D("1000.00"), D("-1.00")) is None


def test_a_year_by_quarters_sums_its_quarters_and_a_quarter_rate_is_not_annualised():
    quarters = [IncomeData(2025, q, rent=D("2500.00")) for q in (1, 2, 3, 4)]
    assert year_net(quarters, 2025) == D("10000.00")
    assert return_rate(year_net(quarters, 2025), D("100000.00")) == D("10.00")  # type: ignore[arg-type]
    assert return_rate(quarters[0].net, D("100000.00")) == D("2.50")
    assert year_net(quarters, 2024) is None
    assert period_end(2025, 1) == date(2025, 3, 31) and period_end(2025, 0) == date(2025, 12, 31)


def test_far_from_last_year_is_beyond_fifty_percent_either_way():
    assert far_from(D("150.01"), D("100.00")) and far_from(D("49.99"), D("100.00"))
    assert not far_from(D("150.00"), D("100.00")) and not far_from(D("50.00"), D("100.00"))
    assert not far_from(D("100.00"), None) and not far_from(D("100.00"), D("0.00"))  # nothing to compare


def test_negative_income_is_refused_pointing_to_the_costs():
    problems = validate_income(IncomeData(2025, rent=D("-300.00")), where="HP1：", today=TODAY)
    assert len(problems) == 1
    msg = problems[0].message
    assert "HP1：" in msg and "租金收入" in msg and "-300.00" in msg and "成本栏" in msg and "运维费" in msg
    costs = validate_income(IncomeData(2025, maintenance=D("-1.00")), today=TODAY)
    assert costs and "成本栏" not in costs[0].message


def test_income_validation_names_year_fen_and_future_receipt():
    bad = IncomeData(2027, sales=D("1.001"), received_on=date(2026, 7, 1), kwh=D("-1"))
    fields = {p.field for p in validate_income(bad, today=TODAY)}
    assert fields == {"year", "sales", "received_on", "kwh"}
    assert validate_income(IncomeData(2025, rent=D("1.00"), received_on=TODAY), today=TODAY) == []


def test_periods_refuse_duplicates_and_a_year_both_whole_and_by_quarter():
    rows = [IncomeData(2024), IncomeData(2024), IncomeData(2025, 0), IncomeData(2025, 2)]
    messages = [p.message for p in validate_periods(rows, today=TODAY)]
    assert any("第 2 行" in m and "2024年重复" in m for m in messages)
    assert any("2025 年既有全年记录又有季度记录" in m for m in messages)
    assert validate_periods([IncomeData(2024, q) for q in (1, 2, 3, 4)], today=TODAY) == []


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=10, max_size=10))
def test_net_is_exact_for_any_amounts(fens):
    amounts = [D(f) / 100 for f in fens]
    keys = ["rent", "sales", "power_revenue", "power_subsidy", "dividend", "other_income",
            "land_rent", "maintenance", "insurance", "other_cost"]
    d = IncomeData(2025, **dict(zip(keys, amounts, strict=True)))
    assert d.net * 100 == sum(fens[:6]) - sum(fens[6:])


# ------------------------------------------------------------------ self-check rules
def facts(**changes: object) -> AssetFacts:
    base = AssetFacts(id=1, code="HP1", name="东山村光伏电站", category=Category.PV, nature=Nature.OPERATING,
                      status=Status.OPERATING, original_value=D("100000.00"), registered=True,
                      operation_mode=OperationMode.LEASE, contract_end=date(2030, 1, 1),
                      completion_date=date(2018, 5, 1), last_income_on=date(2025, 12, 31), has_income=True,
                      judged_year_net=D("8000.00"))
    return replace(base, **changes)


def kinds(a: AssetFacts, rules: CategoryRules = RULES, today: date = TODAY) -> list[WarningKind]:
    return [w.kind for w in check_assets([a], {a.category: rules}, today)]


def test_a_healthy_asset_has_no_warning():
    assert kinds(facts()) == []


def test_unregistered_unless_being_built_or_disposed():
    assert unregistered(facts(registered=False), RULES, TODAY).kind == WarningKind.UNREGISTERED  # type: ignore[union-attr]
    assert unregistered(facts(registered=False, status=Status.BUILDING), RULES, TODAY) is None
    assert unregistered(facts(registered=False, status=Status.DISPOSED), RULES, TODAY) is None


def test_contract_ending_today_is_expiring_and_yesterday_expired():
    today = contract(facts(contract_end=TODAY), RULES, TODAY)
    assert today is not None and today.kind == WarningKind.CONTRACT_EXPIRING and "还剩 0 天" in today.message
    gone = contract(facts(contract_end=date(2026, 6, 29)), RULES, TODAY)
    assert gone is not None and gone.kind == WarningKind.CONTRACT_EXPIRED and "2026-06-29" in gone.message
    edge = contract(facts(contract_end=date(2026, 9, 28)), RULES, TODAY)  # exactly 90 days ahead
    assert edge is not None and edge.kind == WarningKind.CONTRACT_EXPIRING
    assert contract(facts(contract_end=date(2026, 9, 29)), RULES, TODAY) is None
    assert contract(facts(contract_end=date(2026, 9, 29)), CategoryRules(expiry_days=120), TODAY) is not None


def test_no_contract_for_a_lease_or_for_income_without_a_mode_but_not_for_self_operation():
    assert contract(facts(contract_end=None), RULES, TODAY).kind == WarningKind.NO_CONTRACT  # type: ignore[union-attr]
    assert contract(facts(contract_end=None, operation_mode=None), RULES, TODAY) is not None
    assert contract(facts(contract_end=None, operation_mode=None, has_income=False), RULES, TODAY) is None
    assert contract(facts(contract_end=None, operation_mode=OperationMode.SELF), RULES, TODAY) is None
    assert contract(facts(contract_end=None, nature=Nature.PUBLIC), RULES, TODAY) is None
    assert contract(facts(contract_end=None, status=Status.DISPOSED), RULES, TODAY) is None


def test_idle_after_the_months_without_income():
    assert idle(facts(), RULES, TODAY) is None
    stale = idle(facts(last_income_on=date(2025, 6, 30)), RULES, TODAY)  # exactly twelve months
    assert stale is not None and stale.kind == WarningKind.IDLE and "2025-06-30" in stale.message
    assert idle(facts(last_income_on=date(2025, 7, 1)), RULES, TODAY) is None
    assert idle(facts(last_income_on=date(2025, 6, 30)), CategoryRules(idle_months=18), TODAY) is None
    never = idle(facts(last_income_on=None, has_income=False), RULES, TODAY)
    assert never is not None and "从未登记收益" in never.message


def test_idle_does_not_judge_a_new_asset_a_disposed_one_or_a_public_one():
    assert idle(facts(last_income_on=None, completion_date=date(2025, 9, 1)), RULES, TODAY) is None
    assert idle(facts(last_income_on=None, status=Status.DISPOSED), RULES, TODAY) is None
    assert idle(facts(last_income_on=None, status=Status.BUILDING), RULES, TODAY) is None
    assert idle(facts(last_income_on=None, nature=Nature.PUBLIC), RULES, TODAY) is None


def test_low_return_against_the_category_threshold():
    low = low_return(facts(judged_year_net=D("4994.99")), RULES, TODAY)
    assert low is not None and low.kind == WarningKind.LOW_RETURN
    assert "2025 年收益率 4.99%" in low.message and "光伏电站阈值 5.00%" in low.message
    # judged on the rate as shown: 4.99999 % reads 5.00 %, which is not below 5.00 %
    assert low_return(facts(judged_year_net=D("4999.99")), RULES, TODAY) is None
    assert low_return(facts(judged_year_net=D("5000.00")), RULES, TODAY) is None  # at the threshold is fine
    assert low_return(facts(judged_year_net=D("7000.00")), CategoryRules(D("8.00")), TODAY) is not None


def test_low_return_skips_zero_value_disposed_and_unreported_years():
    assert low_return(facts(judged_year_net=D("1.00"), original_value=D("0.00")), RULES, TODAY) is None
    assert low_return(facts(judged_year_net=D("1.00"), status=Status.DISPOSED), RULES, TODAY) is None
    assert low_return(facts(judged_year_net=None), RULES, TODAY) is None


def test_months_before_keeps_the_day_or_takes_the_months_last():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_check_assets_applies_each_categorys_rules():
    pv = facts(id=1, code="A", judged_year_net=D("6000.00"))
    shed = facts(id=2, code="B", category=Category.GREENHOUSE, judged_year_net=D("6000.00"), registered=False)
    found = check_assets([pv, shed], {Category.PV: CategoryRules(D("7.00"))}, TODAY)
    assert [(w.asset_code, w.kind) for w in found] == [("A", WarningKind.LOW_RETURN),
                                                      ("B", WarningKind.UNREGISTERED)]


@pytest.mark.parametrize("status", [Status.OPERATING, Status.IDLE, Status.DAMAGED])
def test_an_asset_in_service_without_any_income_record_is_idle(status):
    assert WarningKind.IDLE in kinds(facts(status=status, last_income_on=None, has_income=False,
                                           judged_year_net=None))
