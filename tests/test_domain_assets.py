"""The register's validation rules (desktop.domain.assets, desktop.domain.regions): pure, no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.assets import (
    AssetData,
    BeneficiaryLine,
    DisposalData,
    FundingLine,
    OwnerLine,
    RegistrationData,
    validate_asset,
    validate_disposal,
    validate_registration,
)
from desktop.domain.problems import Problem, ValidationError
from desktop.domain.regions import normalise_code, validate_region
from desktop.domain.vocab import (
    Category,
    DisposalMethod,
    FundingSource,
    Nature,
    OperationMode,
    OwnerKind,
    RegionLevel,
    RegistrationKind,
    Status,
)

TODAY = date(2026, 6, 30)


def asset(**changes: object) -> AssetData:
    """A valid operating asset; ``changes`` replace fields."""
    base = AssetData(
        code="HP2020-001", name="东山村200kW光伏电站", category=Category.PV, nature=Nature.OPERATING,
        village_id=7, capacity=Decimal("200.000"), capacity_unit="kW", original_value=Decimal("1000000.00"),
        project_year=2020, completion_date=date(2020, 9, 1), status=Status.OPERATING,
        operation_mode=OperationMode.LEASE, operator="和平县阳光新能源有限公司",
        contract_start=date(2020, 10, 1), contract_end=date(2030, 9, 30), agreed_return=Decimal("80000.00"),
        funding=[FundingLine(FundingSource.SPECIAL, Decimal("800000.00")),
                 FundingLine(FundingSource.SOCIAL, Decimal("200000.00"))],
        beneficiaries=[BeneficiaryLine(7, Decimal("60.00")), BeneficiaryLine(8, Decimal("40.00"))],
    )
    return replace(base, **changes)


def fields(problems: list[Problem]) -> set[str]:
    return {p.field for p in problems}


def only(problems: list[Problem], fld: str) -> list[Problem]:
    found = [p for p in problems if p.field == fld]
    assert found, f"no problem on {fld!r}: {[p.message for p in problems]}"
    return found


def test_a_complete_asset_has_no_problems():
    assert validate_asset(asset(), today=TODAY) == []


def test_every_problem_names_a_field_and_reads_as_text():
    problems = validate_asset(AssetData(), today=TODAY)
    assert problems
    data_fields = set(AssetData.__dataclass_fields__)
    for p in problems:
        assert p.field in data_fields
        assert p.message and "{" not in p.message  # every placeholder filled


def test_empty_asset_lists_the_required_fields():
    got = fields(validate_asset(AssetData(), today=TODAY))
    assert {"code", "name", "village_id", "original_value", "project_year", "funding", "beneficiaries"} <= got


@pytest.mark.parametrize("code", ["HP 001", "资产001", "-HP001", "A" * 41, "HP/01", "HP.01"])
def test_bad_asset_codes(code):
    assert fields(validate_asset(asset(code=code), today=TODAY)) == {"code"}


@pytest.mark.parametrize("code", ["A", "HP2020_001", "hp-2020-01", "9" * 40, "  HP001  "])
def test_good_asset_codes(code):
    assert validate_asset(asset(code=code), today=TODAY) == []


def test_blank_name_and_overlong_name():
    assert fields(validate_asset(asset(name="   "), today=TODAY)) == {"name"}
    assert fields(validate_asset(asset(name="名" * 201), today=TODAY)) == {"name"}
    assert validate_asset(asset(name="名" * 200), today=TODAY) == []


@pytest.mark.parametrize(("fld", "value"), [
    ("category", "spaceship"), ("nature", "经营性"), ("status", "broken"), ("operation_mode", "rent"),
])
def test_unknown_vocabulary_codes(fld, value):
    problems = validate_asset(asset(**{fld: value}), today=TODAY)
    assert value in only(problems, fld)[0].message


@pytest.mark.parametrize("value", [Decimal("0"), Decimal("-1.00")])
def test_original_value_must_be_positive(value):
    problems = validate_asset(asset(original_value=value, funding=[]), today=TODAY)
    assert "original_value" in fields(problems)


def test_original_value_finer_than_a_fen_is_a_problem_not_a_crash_later():
    data = asset(original_value=Decimal("1000000.005"),
                 funding=[FundingLine(FundingSource.SPECIAL, Decimal("1000000.005"))])
    problems = validate_asset(data, today=TODAY)
    assert {"original_value", "funding"} <= fields(problems)


def test_shares_finer_than_a_hundredth_are_a_problem():
    data = asset(beneficiaries=[BeneficiaryLine(1, Decimal("33.333")), BeneficiaryLine(2, Decimal("33.333")),
                                BeneficiaryLine(3, Decimal("33.334"))])
    assert "beneficiaries" in fields(validate_asset(data, today=TODAY))


def test_capacity_rules():
    assert fields(validate_asset(asset(capacity=Decimal("-1")), today=TODAY)) == {"capacity"}
    assert fields(validate_asset(asset(capacity_unit=" "), today=TODAY)) == {"capacity_unit"}
    assert validate_asset(asset(capacity=None, capacity_unit=""), today=TODAY) == []
    assert fields(validate_asset(asset(capacity=Decimal("1.0001")), today=TODAY)) == {"capacity"}


def test_agreed_return_cannot_be_negative():
    assert fields(validate_asset(asset(agreed_return=Decimal("-0.01")), today=TODAY)) == {"agreed_return"}
    assert validate_asset(asset(agreed_return=Decimal("0")), today=TODAY) == []


def test_project_year_range():
    assert fields(validate_asset(asset(project_year=None), today=TODAY)) == {"project_year"}
    assert fields(validate_asset(asset(project_year=1979, completion_date=None), today=TODAY)) == {"project_year"}
    assert validate_asset(asset(project_year=1980, completion_date=None), today=TODAY) == []
    assert validate_asset(asset(project_year=TODAY.year + 1, completion_date=None), today=TODAY) == []
    problems = validate_asset(asset(project_year=TODAY.year + 2, completion_date=None), today=TODAY)
    assert fields(problems) == {"project_year"}
    assert str(TODAY.year + 2) in problems[0].message


def test_completion_date_before_project_year_or_in_the_future():
    problems = validate_asset(asset(completion_date=date(2019, 12, 31)), today=TODAY)
    assert fields(problems) == {"completion_date"}
    assert "2019-12-31" in problems[0].message and "2020" in problems[0].message
    assert fields(validate_asset(asset(project_year=2026, completion_date=date(2026, 7, 1)),
                                 today=TODAY)) == {"completion_date"}
    assert validate_asset(asset(project_year=2026, completion_date=TODAY), today=TODAY) == []


def test_contract_end_before_start():
    problems = validate_asset(asset(contract_start=date(2021, 1, 1), contract_end=date(2020, 12, 31)),
                              today=TODAY)
    assert fields(problems) == {"contract_end"}
    assert "2020-12-31" in problems[0].message and "2021-01-01" in problems[0].message
    assert validate_asset(asset(contract_start=date(2021, 1, 1), contract_end=date(2021, 1, 1)),
                          today=TODAY) == []


# ---------------------------------------------------------------- funding


def test_funding_sum_differing_from_original_value_names_the_difference():
    data = asset(funding=[FundingLine(FundingSource.SPECIAL, Decimal("800000.00")),
                          FundingLine(FundingSource.SOCIAL, Decimal("199999.50"))])
    problems = only(validate_asset(data, today=TODAY), "funding")
    assert len(problems) == 1
    msg = problems[0].message
    assert "999,999.50" in msg and "1,000,000.00" in msg
    assert "差 0.50 元" in msg


def test_funding_over_the_original_value_gives_a_negative_difference():
    data = asset(funding=[FundingLine(FundingSource.SPECIAL, Decimal("1000000.01"))])
    msg = only(validate_asset(data, today=TODAY), "funding")[0].message
    assert "差 -0.01 元" in msg


def test_funding_exactly_equal_is_accepted_even_with_many_small_lines():
    # 0.10 + 0.20 is not 0.30 in floating point; in Decimal it must be.
    data = asset(original_value=Decimal("0.30"), funding=[FundingLine(FundingSource.SPECIAL, Decimal("0.10")),
                                                         FundingLine(FundingSource.SOCIAL, Decimal("0.20"))])
    assert validate_asset(data, today=TODAY) == []


def test_funding_required_and_line_rules():
    assert fields(validate_asset(asset(funding=[]), today=TODAY)) == {"funding"}
    bad_source = asset(funding=[FundingLine("lottery", Decimal("1000000.00"))])
    assert "lottery" in only(validate_asset(bad_source, today=TODAY), "funding")[0].message
    dup = asset(funding=[FundingLine(FundingSource.SPECIAL, Decimal("500000.00")),
                         FundingLine(FundingSource.SPECIAL, Decimal("500000.00"))])
    msgs = [p.message for p in validate_asset(dup, today=TODAY)]
    assert any("第 2 行" in m and "重复" in m and "财政专项扶贫资金" in m for m in msgs)
    zero = asset(funding=[FundingLine(FundingSource.SPECIAL, Decimal("1000000.00")),
                          FundingLine(FundingSource.SOCIAL, Decimal("0"))])
    assert any("第 2 行" in p.message and "大于 0" in p.message for p in validate_asset(zero, today=TODAY))


# ---------------------------------------------------------------- beneficiaries


def test_beneficiary_shares_of_99_99_are_rejected():
    data = asset(beneficiaries=[BeneficiaryLine(1, Decimal("33.33")), BeneficiaryLine(2, Decimal("33.33")),
                                BeneficiaryLine(3, Decimal("33.33"))])
    problems = only(validate_asset(data, today=TODAY), "beneficiaries")
    assert "99.99%" in problems[0].message


def test_beneficiary_shares_of_exactly_100_are_accepted():
    data = asset(beneficiaries=[BeneficiaryLine(1, Decimal("33.34")), BeneficiaryLine(2, Decimal("33.33")),
                                BeneficiaryLine(3, Decimal("33.33"))])
    assert validate_asset(data, today=TODAY) == []
    assert validate_asset(asset(beneficiaries=[BeneficiaryLine(1, Decimal("100"))]), today=TODAY) == []


def test_beneficiary_shares_over_100_are_rejected():
    data = asset(beneficiaries=[BeneficiaryLine(1, Decimal("60")), BeneficiaryLine(2, Decimal("40.01"))])
    assert "100.01%" in only(validate_asset(data, today=TODAY), "beneficiaries")[0].message


def test_duplicate_beneficiary_village():
    data = asset(beneficiaries=[BeneficiaryLine(5, Decimal("50")), BeneficiaryLine(5, Decimal("50"))])
    problems = only(validate_asset(data, today=TODAY), "beneficiaries")
    assert any("第 2 行" in p.message and "重复" in p.message for p in problems)


def test_zero_share_is_rejected():
    data = asset(beneficiaries=[BeneficiaryLine(1, Decimal("100")), BeneficiaryLine(2, Decimal("0"))])
    assert any("大于 0" in p.message for p in only(validate_asset(data, today=TODAY), "beneficiaries"))


def test_operating_asset_needs_a_beneficiary_but_public_one_does_not():
    assert fields(validate_asset(asset(beneficiaries=[]), today=TODAY)) == {"beneficiaries"}
    public = asset(nature=Nature.PUBLIC, category=Category.INFRASTRUCTURE, beneficiaries=[],
                   operation_mode=None, operator="")
    assert validate_asset(public, today=TODAY) == []


# ---------------------------------------------------------------- operation


@pytest.mark.parametrize("mode", [OperationMode.LEASE, OperationMode.EQUITY, OperationMode.ENTRUSTED])
def test_operator_required_when_someone_else_runs_the_asset(mode):
    problems = validate_asset(asset(operation_mode=mode, operator="  "), today=TODAY)
    assert fields(problems) == {"operator"}
    assert OperationMode(mode).label in problems[0].message


@pytest.mark.parametrize("mode", [OperationMode.SELF, None])
def test_operator_optional_when_self_run_or_no_mode(mode):
    assert validate_asset(asset(operation_mode=mode, operator=""), today=TODAY) == []


def test_today_defaults_to_the_real_date():
    future = date(date.today().year + 1, 1, 1)
    problems = validate_asset(asset(project_year=future.year, completion_date=future))
    assert fields(problems) == {"completion_date"}


# ---------------------------------------------------------------- registration


def registration(**changes: object) -> RegistrationData:
    base = RegistrationData(
        certificate_no="和平确字〔2021〕第0001号", registered_on=date(2021, 3, 1), registering_body="和平县农业农村局",
        owners=[OwnerLine("东山村股份经济合作社", OwnerKind.VILLAGE_COLLECTIVE, Decimal("60.00")),
                OwnerLine("西河村股份经济合作社", OwnerKind.VILLAGE_COLLECTIVE, Decimal("40.00"))])
    return replace(base, **changes)


def test_a_complete_registration_has_no_problems():
    assert validate_registration(registration(), today=TODAY) == []


def test_registration_required_fields():
    reg = registration(certificate_no=" ", registering_body="", registered_on=None, owners=[])
    assert fields(validate_registration(reg, today=TODAY)) == {
        "certificate_no", "registering_body", "registered_on", "owners"}


def test_registration_dates():
    assert fields(validate_registration(registration(registered_on=date(2026, 7, 1)), today=TODAY)) \
        == {"registered_on"}
    later = registration(kind=RegistrationKind.TRANSFER, reason="村合并", registered_on=date(2022, 1, 1))
    problems = validate_registration(later, today=TODAY, previous_on=date(2022, 1, 2))
    assert fields(problems) == {"registered_on"}
    assert "2022-01-02" in problems[0].message
    assert validate_registration(later, today=TODAY, previous_on=date(2022, 1, 1)) == []


def test_transfer_and_change_need_a_reason():
    for kind in (RegistrationKind.TRANSFER, RegistrationKind.CHANGE):
        assert fields(validate_registration(registration(kind=kind), today=TODAY)) == {"reason"}
        assert validate_registration(registration(kind=kind, reason="村集体合并"), today=TODAY) == []
    assert fields(validate_registration(registration(kind="gift"), today=TODAY)) >= {"kind"}


def test_registration_owner_shares_must_be_exactly_100():
    owners = [OwnerLine("甲村股份经济合作社", OwnerKind.VILLAGE_COLLECTIVE, Decimal("33.33")),
              OwnerLine("乙村股份经济合作社", OwnerKind.VILLAGE_COLLECTIVE, Decimal("33.33")),
              OwnerLine("丙村股份经济合作社", OwnerKind.VILLAGE_COLLECTIVE, Decimal("33.33"))]
    problems = validate_registration(registration(owners=owners), today=TODAY)
    assert fields(problems) == {"owners"}
    assert "99.99%" in problems[0].message
    owners[0] = replace(owners[0], share=Decimal("33.34"))
    assert validate_registration(registration(owners=owners), today=TODAY) == []


def test_registration_owner_lines():
    owners = [OwnerLine(" 甲村股份经济合作社", OwnerKind.VILLAGE_COLLECTIVE, Decimal("50")),
              OwnerLine("甲村股份经济合作社 ", OwnerKind.TOWNSHIP, Decimal("50"))]
    msgs = [p.message for p in only(validate_registration(registration(owners=owners), today=TODAY), "owners")]
    assert any("重复" in m for m in msgs)  # the same owner twice, despite the blanks
    owners = [OwnerLine("", "alien", Decimal("100"))]
    msgs = [p.message for p in only(validate_registration(registration(owners=owners), today=TODAY), "owners")]
    assert any("名称为空" in m for m in msgs)
    assert any("alien" in m for m in msgs)


# ---------------------------------------------------------------- disposal


def disposal(**changes: object) -> DisposalData:
    base = DisposalData(method=DisposalMethod.AUCTION, disposed_on=date(2025, 6, 1), reason="设备老化",
                        resolution_date=date(2025, 3, 1), township_review_date=date(2025, 4, 1),
                        county_approval_date=date(2025, 5, 1), approval_doc="和农资处〔2025〕3号",
                        proceeds=Decimal("12000.00"))
    return replace(base, **changes)


def test_a_complete_disposal_has_no_problems():
    assert validate_disposal(disposal(), today=TODAY) == []
    same_day = disposal(resolution_date=date(2025, 6, 1), township_review_date=date(2025, 6, 1),
                        county_approval_date=date(2025, 6, 1))
    assert validate_disposal(same_day, today=TODAY) == []


def test_disposal_required_fields():
    d = disposal(method="", reason=" ", disposed_on=None)
    assert fields(validate_disposal(d, today=TODAY)) == {"method", "reason", "disposed_on"}


def test_disposal_in_the_future_or_with_negative_proceeds():
    assert fields(validate_disposal(disposal(disposed_on=date(2026, 7, 1)), today=TODAY)) == {"disposed_on"}
    assert fields(validate_disposal(disposal(proceeds=Decimal("-1")), today=TODAY)) == {"proceeds"}


def test_disposal_steps_out_of_order_name_the_later_step():
    d = disposal(township_review_date=date(2025, 2, 1))  # reviewed before the villagers resolved
    problems = validate_disposal(d, today=TODAY)
    assert fields(problems) == {"township_review_date"}
    assert "2025-02-01" in problems[0].message and "2025-03-01" in problems[0].message
    d = disposal(disposed_on=date(2025, 4, 30))  # disposed before the county approved
    assert fields(validate_disposal(d, today=TODAY)) == {"disposed_on"}
    d = disposal(county_approval_date=date(2025, 3, 15))
    assert fields(validate_disposal(d, today=TODAY)) == {"county_approval_date"}


def test_disposal_missing_steps_are_skipped_but_the_rest_still_checked():
    d = disposal(township_review_date=None, county_approval_date=None, disposed_on=date(2025, 2, 1))
    assert fields(validate_disposal(d, today=TODAY)) == {"disposed_on"}
    d = disposal(resolution_date=None, township_review_date=None, county_approval_date=None)
    assert validate_disposal(d, today=TODAY) == []


# ---------------------------------------------------------------- problems


def test_problem_message_and_validation_error():
    p1 = Problem("code", "资产编码“{value}”已被使用", {"value": "HP1"})
    p2 = Problem("name", "请填写资产名称")
    assert p1.message == "资产编码“HP1”已被使用"
    err = ValidationError([p1, p2])
    assert err.problems == [p1, p2]
    assert str(err) == "资产编码“HP1”已被使用；请填写资产名称"
    assert isinstance(err, ValueError)


# ---------------------------------------------------------------- regions


def test_normalise_code():
    assert normalise_code("419901") == "419901000000"
    assert normalise_code(" 4199 01 ") == "419901000000"
    assert normalise_code("419901001002") == "419901001002"
    assert normalise_code("41990") == "41990"  # not a county code: left for validation to refuse


def test_valid_regions():
    assert validate_region(RegionLevel.COUNTY, "和平县", "419901", None) == []
    assert validate_region(RegionLevel.TOWNSHIP, "东山镇", "419901001000", "419901000000") == []
    assert validate_region(RegionLevel.VILLAGE, "东山村", "419901001002", "419901001000") == []


@pytest.mark.parametrize("code", ["41990100100", "4199010010021", "41990100100a", "", "４１９９０１"])
def test_region_code_must_be_12_digits(code):
    problems = validate_region(RegionLevel.VILLAGE, "东山村", code, None)
    assert fields(problems) == {"code"}
    assert "12 位数字" in problems[0].message


def test_county_code_has_no_township_or_village_part():
    assert fields(validate_region(RegionLevel.COUNTY, "和平县", "419901001000", None)) == {"code"}
    assert fields(validate_region(RegionLevel.COUNTY, "和平县", "419901000001", None)) == {"code"}


@pytest.mark.parametrize("code", ["419901000000", "419901001001"])
def test_township_code_rules(code):
    assert fields(validate_region(RegionLevel.TOWNSHIP, "东山镇", code, "419901000000")) == {"code"}


def test_village_code_must_not_end_in_000():
    assert fields(validate_region(RegionLevel.VILLAGE, "东山村", "419901001000", "419901001000")) == {"code"}


def test_region_code_must_extend_the_parent_code():
    problems = validate_region(RegionLevel.TOWNSHIP, "东山镇", "419902001000", "419901000000")
    assert fields(problems) == {"code"} and "前 6 位" in problems[0].message
    problems = validate_region(RegionLevel.VILLAGE, "东山村", "419901002001", "419901001000")
    assert fields(problems) == {"code"} and "前 9 位" in problems[0].message


def test_region_name_rules():
    assert fields(validate_region(RegionLevel.VILLAGE, "  ", "419901001002", None)) == {"name"}
    assert fields(validate_region(RegionLevel.VILLAGE, "村" * 61, "419901001002", None)) == {"name"}
    assert validate_region(RegionLevel.VILLAGE, "村" * 60, "419901001002", None) == []
