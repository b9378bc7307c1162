"""ID numbers (GB 11643), household rules and policy-support periods — pure domain."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import idcard
from desktop.domain.households import (
    HouseholdCategory,
    HouseholdData,
    LabourCapacity,
    MemberData,
    MonitorKind,
    PolicyPeriod,
    Relation,
    change_policy,
    currently_enjoys,
    enjoys_during,
    enjoys_in,
    validate_household,
)

VALID = "11010519491231002X"  # the standard's own example


def make_id(region: str, born: date, seq: int) -> str:
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + idcard.check_digit(first17)


regions = st.tuples(st.sampled_from(sorted(idcard.PROVINCES)), st.integers(1, 9999)).map(lambda t: f"{t[0]}{t[1]:04d}")
births = st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31))
valid_ids = st.builds(make_id, regions, births, st.integers(0, 999))


def test_the_standards_example_is_valid_and_reads_birth_and_sex():
    info = idcard.parse(VALID)
    assert info.birth_date == date(1949, 12, 31) and info.sex == "female"
    assert idcard.parse("11010519491231002x").number == VALID


@given(valid_ids)
def test_valid_ids_pass_and_round_trip(number):
    assert idcard.id_problems(number) == []
    info = idcard.parse(number)
    assert info.number == number
    assert info.birth_date == date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    assert info.sex == ("male" if int(number[16]) % 2 else "female")


@given(valid_ids, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_character_change_fails(number, pos, ch):
    if number[pos] == ch:
        return
    changed = number[:pos] + ch + number[pos + 1:]
    assert idcard.id_problems(changed), changed


_FULL = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


@given(valid_ids, st.lists(st.integers(0, 18), max_size=4), st.booleans(), st.booleans())
def test_full_width_space_and_lower_case_variants_normalise_to_the_same_id(number, cuts, full, lower):
    variant = number.translate(_FULL) if full else number
    if lower:
        variant = variant.replace("X", "x").replace("Ｘ", "ｘ")
    for cut in sorted(set(cuts), reverse=True):
        variant = variant[:cut] + (" " if cut % 2 else "\u3000") + variant[cut:]
    assert idcard.normalise(variant) == number
    assert idcard.id_problems(variant) == []


@pytest.mark.parametrize(("value", "words"), [
    ("", "请填写"), ("11010519491231002", "应为 18 位"), ("110105491231002", "15 位"),
    ("1101051949123100AX", "17 位数字"), ("990105194912310021", "地区码"), ("110105194913310020", "出生日期"),
    ("110105194912310021", "校验位错误（末位应为 X）"), ("110105299912310023", "出生日期"),
])
def test_problems_say_what_is_wrong(value, words):
    problems = idcard.id_problems(value, today=date(2026, 6, 1))
    assert len(problems) == 1 and words in problems[0].message


def _household(*members: MemberData, **kw) -> HouseholdData:  # type: ignore[no-untyped-def]
    return HouseholdData(code="H0001", village_id=1, members=list(members), **kw)


HEAD = MemberData("王建国", VALID.replace("X", "X"), Relation.HEAD, LabourCapacity.ABLE)
WIFE = MemberData("李秀英", make_id("110105", date(1952, 3, 4), 12), Relation.SPOUSE, LabourCapacity.WEAK)


def messages(data: HouseholdData) -> str:
    return "；".join(p.message for p in validate_household(data))


def test_a_valid_household_has_no_problems():
    assert validate_household(_household(HEAD, WIFE, phone="138 1234 5678", bank="农信社",
                                         account="6228 4800 1234 5678 901")) == []


def test_exactly_one_head():
    assert "有且只有一名户主，当前有 0 名" in messages(_household(WIFE))
    second = MemberData("王二", make_id("110105", date(1980, 1, 1), 11), Relation.HEAD)
    assert "当前有 2 名" in messages(_household(HEAD, second))
    assert "至少要有一名成员" in messages(_household())


def test_the_same_id_twice_is_an_error_even_written_differently():
    twin = MemberData("王某", HEAD.id_number.lower().replace("x", "ｘ"), Relation.SON)
    assert "与第 1 位相同" in messages(_household(HEAD, twin))


def test_accounts_are_digits_and_phones_have_a_shape():
    assert "只能是 6–30 位数字" in messages(_household(HEAD, bank="农信社", account="6228-48OO-1234"))
    assert "只能是 6–30 位数字" in messages(_household(HEAD, bank="农信社", account="6.22848001234568E+18"))
    assert "不是有效的手机或固定电话号码" in messages(_household(HEAD, phone="1381234"))
    assert "须填写开户银行" in messages(_household(HEAD, account="622848001234567"))


def test_monitored_households_need_their_kind():
    assert "须选择类型" in messages(_household(HEAD, category=HouseholdCategory.MONITORED))
    assert messages(_household(HEAD, category=HouseholdCategory.MONITORED, monitor_kind=MonitorKind.SUDDEN)) == ""
    assert "只有监测对象" in messages(_household(HEAD, monitor_kind=MonitorKind.SUDDEN))


def test_member_problems_name_the_member():
    bad = MemberData("张三", "110105194912310021", Relation.SON)
    assert "第 2 位成员（张三）：身份证号“110105194912310021”校验位错误" in messages(_household(HEAD, bad))


def test_policy_changes_take_effect_from_the_following_month_and_keep_history():
    periods = change_policy([], True, date(2024, 3, 15))
    assert periods == [PolicyPeriod(date(2024, 4, 1), None)]
    assert not enjoys_in(periods, 2024, 3) and enjoys_in(periods, 2024, 4)
    stopped = change_policy(periods, False, date(2025, 6, 20), "风险消除")
    assert stopped == [PolicyPeriod(date(2024, 4, 1), date(2025, 6, 30), "风险消除")]
    assert enjoys_in(stopped, 2025, 6) and not enjoys_in(stopped, 2025, 7)
    again = change_policy(stopped, True, date(2026, 1, 5))
    assert len(again) == 2 and again[0] == stopped[0]  # the history stays
    assert not enjoys_during(again, date(2025, 1, 1), date(2025, 12, 31))  # stopped mid-year
    assert enjoys_during(again, date(2024, 7, 1), date(2025, 6, 30))
    assert change_policy(again, True, date(2026, 3, 1)) == again  # deciding what holds changes nothing
    assert currently_enjoys(again)  # the standing decision, though it takes effect next month
    assert not currently_enjoys(stopped)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_the_check_digit_is_the_standards_weighted_sum(first17):
    total = sum(int(c) * w for c, w in zip(first17, idcard.WEIGHTS, strict=True))
    assert idcard.check_digit(first17) == idcard.CHECK_CHARS[total % 11]


@pytest.mark.parametrize("first17", ["1101051949123100", "110105194912310000", "11010519491231a02",
                                     "１１０１０５１９４９１２３１００２", "11010519491231 02"])
def test_the_check_digit_needs_exactly_17_ascii_digits(first17):
    with pytest.raises(ValueError):
        idcard.check_digit(first17)
