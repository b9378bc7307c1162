"""Plan documents from plain data: payout sheet, public notice, household slips, batches.

Each document is rendered, its text extracted with pypdf and checked against the input:
names, masked numbers, amounts, page subtotals, totals in figures and capital numerals.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.masking import mask_account, mask_id
from desktop.domain.money import format_yuan
from desktop.reports import batch, notice, payout, slips
from desktop.reports.numerals import capital_amount
from desktop.reports.plan_docs import PayLine, PlanDoc, Recipient, scrub
from desktop.reports.samples import LONG_NAMES, fake_plan, id_check_digit
from tests.pdf_helpers import assert_fonts_embedded, page_texts, squeeze

FULL_ID = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx]")
LONG_DIGITS = re.compile(r"[0-9]{11,}")


@pytest.fixture(scope="module")
def plan() -> PlanDoc:
    return fake_plan("东关村", 61, seed=3)


@pytest.fixture(scope="module")
def sheet(plan: PlanDoc) -> list[str]:
    return [squeeze(t) for t in page_texts(payout.render(plan))]


# -- payout sheet -------------------------------------------------------------------------

def test_payout_pages_hold_every_recipient_once_with_page_subtotals(plan: PlanDoc, sheet: list[str]) -> None:
    pages = payout.paginate(len(plan.recipients))
    assert len(sheet) == len(pages) == 3
    for page, text in zip(pages, sheet, strict=True):
        assert payout.title(plan) in text  # header repeated on every page
        assert "领取人签字（按手印）" in text and "身份证号" in text
        rows = plan.recipients[page.start:page.stop]
        for r in rows:
            assert squeeze(r.name) in text
            assert mask_id(r.id_number) in text
            assert squeeze(mask_account(r.account)) in text
        subtotal = sum((r.amount for r in rows), Decimal("0.00"))
        assert f"本页小计（{len(rows)}人）{format_yuan(subtotal)}" in text
        assert f"第{page.number}页共{len(pages)}页" in text
    assert sum(p.stop - p.start for p in pages) == len(plan.recipients)


def test_payout_amounts_are_the_recipients_amounts(plan: PlanDoc, sheet: list[str]) -> None:
    text = "".join(sheet)
    for i, r in enumerate(plan.recipients, start=1):
        assert f"{i}{squeeze(r.name)}{mask_id(r.id_number)}" in text
        assert format_yuan(r.amount) in text


def test_payout_grand_total_in_figures_and_capitals_on_the_last_page_only(plan: PlanDoc, sheet: list[str]) -> None:
    total = sum((r.amount for r in plan.recipients), Decimal("0.00"))
    assert f"合计（{len(plan.recipients)}人）{format_yuan(total)}" in sheet[-1]
    assert f"人民币{capital_amount(total)}" in sheet[-1]
    assert "制表人：李会计" in sheet[-1] and "审核人：王主任" in sheet[-1] and "审批人：张书记" in sheet[-1]
    assert "东关村村民委员会（盖章）" in sheet[-1] and "发放日期：年月日" in sheet[-1]
    paid = squeeze("".join(page_texts(payout.render(dataclasses.replace(plan, paid_on=date(2026, 2, 3))))))
    assert "发放日期：2026年2月3日" in paid
    assert all("人民币" not in t and "制表人" not in t for t in sheet[:-1])


def test_payout_never_shows_a_full_id_or_account(plan: PlanDoc, sheet: list[str]) -> None:
    text = "".join(sheet)
    assert not FULL_ID.search(text)
    for r in plan.recipients:
        assert r.id_number not in text and r.account not in text


def test_draft_mark_on_every_page_only_when_asked(plan: PlanDoc, sheet: list[str]) -> None:
    assert all("草稿" not in t for t in sheet)
    draft = [squeeze(t) for t in page_texts(payout.render(dataclasses.replace(plan, draft=True)))]
    assert len(draft) == len(sheet) and all("草稿" in t for t in draft)


def test_payout_fonts_are_embedded_truetype_subsets(plan: PlanDoc) -> None:
    assert_fonts_embedded(payout.render(plan))


def test_long_names_are_kept_whole_not_clipped() -> None:
    person = Recipient(LONG_NAMES[0], "371522199001011234", "6228480012345678901", 3,
                       (PayLine("救助", Decimal("100.00")),))
    plan = PlanDoc(county="示范县", township="城关镇", village="西村", period="2025年度", pool=Decimal("100.00"),
                   recipients=(person,), draft=False)
    text = squeeze("".join(page_texts(payout.render(plan))))
    assert squeeze(LONG_NAMES[0]) in text


def test_an_empty_plan_prints_one_page_with_zero_totals() -> None:
    empty = PlanDoc(county="示范县", township="城关镇", village="空村", period="2025年度", pool=Decimal("0.00"))
    texts = [squeeze(t) for t in page_texts(payout.render(empty))]
    assert len(texts) == 1 and "合计（0人）0.00" in texts[0] and "零元整" in texts[0]


@given(st.integers(min_value=0, max_value=400), st.integers(min_value=2, max_value=40), st.data())
def test_pagination_covers_every_row_once_and_leaves_room_for_totals(count: int, per_page: int,
                                                                     data: st.DataObject) -> None:
    room = data.draw(st.integers(min_value=1, max_value=per_page))
    pages = payout.paginate(count, per_page, room)
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert pages[0].start == 0 and pages[-1].stop == count
    assert all(a.stop == b.start for a, b in zip(pages, pages[1:], strict=False))
    assert all(0 < p.stop - p.start <= per_page for p in pages[:-1])
    assert pages[-1].stop - pages[-1].start <= room
    assert pages[-1].stop - pages[-1].start >= min(count, room, payout.MIN_LAST_ROWS)  # totals never stand alone
    assert pages[-1].last and not any(p.last for p in pages[:-1])
    # as few pages as the rows need: one less could not hold them
    assert len(pages) == 1 or (len(pages) - 2) * per_page + room < count


SUBTOTAL = re.compile(r"本页小计（(\d+)人）([0-9,]+\.[0-9]{2})")
GRAND = re.compile(r"合计（(\d+)人）([0-9,]+\.[0-9]{2})")
LAST_ROOM = 18  # rows beside the totals and signatures on an A4 sheet of 24 rows


def _yuan(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


@pytest.mark.parametrize("count", [1, 4, 17, 18, 19, 23, 24, 25, 42, 43, 46, 47, 48, 49, 67, 73])
def test_payout_pages_around_page_boundaries(count: int) -> None:
    """Read from the PDF alone: which rows each page shows, its printed subtotal, the grand
    total, the page numbers — and no page, the totals page least of all, nearly empty."""
    plan = fake_plan("边界村", count, seed=count)
    texts = [squeeze(t) for t in page_texts(payout.render(plan))]
    shown = [[i for i, r in enumerate(plan.recipients)
              if f"{i + 1}{squeeze(r.name)}{mask_id(r.id_number)}" in text] for text in texts]
    assert sorted(i for rows in shown for i in rows) == list(range(count))  # every row once
    assert [i for rows in shown for i in rows] == list(range(count))        # in order
    for number, (text, rows) in enumerate(zip(texts, shown, strict=True), start=1):
        assert payout.title(plan) in text and "领取人签字（按手印）" in text  # header on every page
        assert f"第{number}页共{len(texts)}页" in text
        printed = SUBTOTAL.findall(text)
        assert len(printed) == 1
        assert int(printed[0][0]) == len(rows)
        assert _yuan(printed[0][1]) == sum((plan.recipients[i].amount for i in rows), Decimal("0.00"))
        assert len(rows) >= min(count, payout.MIN_LAST_ROWS)
        assert len(rows) <= payout.ROWS_PER_PAGE
    assert [bool(GRAND.search(t)) for t in texts] == [False] * (len(texts) - 1) + [True]
    people, total = GRAND.findall(texts[-1])[0]
    assert int(people) == count
    assert _yuan(total) == sum((r.amount for r in plan.recipients), Decimal("0.00"))
    assert _yuan(total) == sum(_yuan(SUBTOTAL.findall(t)[0][1]) for t in texts)
    assert f"人民币{capital_amount(_yuan(total))}" in texts[-1] and "制表人" in texts[-1]
    assert len(texts) == -(-max(count - LAST_ROOM, 0) // payout.ROWS_PER_PAGE) + 1  # no page more than needed


def test_47_rows_no_longer_leave_one_row_on_the_totals_page() -> None:
    assert [p.stop - p.start for p in payout.paginate(47)] == [24, 18, 5]
    assert [p.stop - p.start for p in payout.paginate(48)] == [24, 19, 5]
    assert [p.stop - p.start for p in payout.paginate(61)] == [24, 24, 13]


# -- public notice --------------------------------------------------------------------------

def test_notice_lists_recipients_masked_with_amounts_and_period(plan: PlanDoc) -> None:
    pdf = notice.render(plan)
    text = squeeze("".join(page_texts(pdf)))
    assert notice.title(plan) in text
    for r in plan.recipients:
        assert squeeze(r.name) in text and mask_id(r.id_number) in text and format_yuan(r.amount) in text
    assert f"合计（{len(plan.recipients)}人）{format_yuan(plan.total)}" in text
    assert f"共计{format_yuan(plan.pool)}元（大写：{capital_amount(plan.pool)}）" in text
    for ch in plan.channels:
        assert f"{ch.channel}{format_yuan(ch.amount)}" in text
    assert "2026年1月5日至2026年1月14日，共10天" in text
    assert "监督电话：0530-8123456" in text and "城关镇纪委" in text
    assert "东关村村民委员会（盖章）" in text and "2026年1月20日" in text
    assert_fonts_embedded(pdf)


def test_notice_contains_no_id_account_or_phone_number(plan: PlanDoc) -> None:
    leaky = dataclasses.replace(plan, recipients=(
        Recipient("张三 371522199001011234", "371522199001011234", "6228480012345678901", 2,
                  (PayLine("救助", Decimal("500.00"), "电话13812345678"),)),
        *plan.recipients), notes=("有事请拨打 13912345678 或身份证 37152219800101123X",))
    text = squeeze("".join(page_texts(notice.render(leaky))))
    assert not FULL_ID.search(text)
    assert not LONG_DIGITS.search(text), LONG_DIGITS.findall(text)
    for r in leaky.recipients:
        assert r.account not in text and mask_account(r.account).replace(" ", "") not in text
    assert "张三371522********1234" in text and "139****5678" in text


def test_notice_draft_mark() -> None:
    p = fake_plan("北村", 5, draft=True)
    texts = page_texts(notice.render(p))
    assert all("草稿" in t for t in texts)
    assert all("草稿" not in t for t in page_texts(notice.render(dataclasses.replace(p, draft=False))))


def test_scrub_masks_numbers_in_free_text() -> None:
    body = "37152219900101123"
    full = body + id_check_digit(body)
    assert scrub(f"户主{full}") == f"户主{mask_id(full)}"
    assert scrub("卡号6228480012345678901") == "卡号622848*********8901"
    assert scrub("电话 13812345678") == "电话 138****5678"
    assert scrub("0530-8123456 公益岗位 300元") == "0530-8123456 公益岗位 300元"


# -- household slips ------------------------------------------------------------------------

def test_slips_one_per_recipient_three_to_a_page(plan: PlanDoc) -> None:
    pdf = slips.render(plan)
    texts = [squeeze(t) for t in page_texts(pdf)]
    assert len(texts) == -(-len(plan.recipients) // slips.PER_PAGE)
    for i, r in enumerate(plan.recipients):
        text = texts[i // slips.PER_PAGE]
        assert f"户主（领取人）：{squeeze(r.name)}" in text
        assert mask_id(r.id_number) in text and r.id_number not in text
        assert f"合计：{format_yuan(r.amount)}元大写：人民币{capital_amount(r.amount)}" in text
        for line in r.lines:
            assert f"{line.channel}{squeeze(line.explanation)}{format_yuan(line.amount)}" in text
    assert "沿虚线剪开" in texts[0]
    assert_fonts_embedded(pdf)


# -- batches --------------------------------------------------------------------------------

def _villages(n: int) -> list[PlanDoc]:
    return [fake_plan(f"第{i}村", 30 + i, seed=i, draft=i == 1) for i in range(n)]


def test_batch_into_one_pdf_reports_progress(tmp_path: Path) -> None:
    plans = _villages(3)
    seen: list[tuple[int, int | None, str]] = []
    out = tmp_path / "all.pdf"
    pages = batch.one_pdf(iter(plans), payout.draw, out, title="发放表", total=3,
                          progress=lambda *a: seen.append(a))
    assert seen == [(1, 3, "第0村"), (2, 3, "第1村"), (3, 3, "第2村")]
    texts = [squeeze(t) for t in page_texts(out.read_bytes())]
    assert len(texts) == pages == sum(len(payout.paginate(len(p.recipients))) for p in plans)
    for p in plans:
        assert sum(f"合计（{len(p.recipients)}人）{format_yuan(p.total)}" in t for t in texts) == 1
    # each village numbers its own pages; only the draft village carries the mark
    first_village = len(payout.paginate(len(plans[0].recipients)))
    assert f"第1页共{len(payout.paginate(len(plans[1].recipients)))}页" in texts[first_village]
    assert ["草稿" in t for t in texts].count(True) == len(payout.paginate(len(plans[1].recipients)))


def test_cancelled_batch_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    calls = iter([False, True])
    with pytest.raises(batch.Cancelled):
        batch.one_pdf(_villages(3), payout.draw, out, title="发放表", cancelled=lambda: next(calls))
    assert list(tmp_path.iterdir()) == []


def test_batch_one_pdf_per_village_all_or_nothing(tmp_path: Path) -> None:
    plans = _villages(3)
    files = batch.per_village(plans, slips.render, tmp_path / "slips", suffix="告知单", total=3)
    assert [f.name for f in files] == [f"城关镇-第{i}村-告知单.pdf" for i in range(3)]
    assert all(len(page_texts(f.read_bytes())) == -(-len(p.recipients) // 3) for f, p in zip(files, plans,
                                                                                              strict=True))
    done: list[int] = []
    with pytest.raises(batch.Cancelled):
        batch.per_village(plans, payout.render, tmp_path / "sheets", suffix="发放表",
                          progress=lambda n, *_: done.append(n), cancelled=lambda: len(done) == 2)
    assert done == [1, 2] and list((tmp_path / "sheets").iterdir()) == []


def test_safe_file_names() -> None:
    assert batch.safe_name('城关镇/东关"村" ') == "城关镇_东关_村"


def test_wrap_breaks_after_separators_and_marks_what_is_cut() -> None:
    from desktop.reports.fonts import fonts
    from desktop.reports.grid import wrap

    font = fonts().song
    one_em = 10.0
    assert wrap("公益岗位、奖励补助", font, 10, 6 * one_em) == ["公益岗位、", "奖励补助"]
    assert wrap("阿卜杜热合曼买买提", font, 10, 4 * one_em) == ["阿卜杜热", "合曼买买", "提"]
    cut = wrap("阿卜杜热合曼买买提", font, 10, 4 * one_em, max_lines=2)
    assert cut == ["阿卜杜热", "合曼买…"]
