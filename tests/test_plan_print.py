"""Plan documents printed from stored plans: figures checked against the database itself
(SQL over plan_recipients, households, members), not against what plan_print read."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.cli import main
from desktop.domain.distribution import PlanStatus, StepInput
from desktop.domain.masking import mask_account, mask_id
from desktop.domain.money import format_yuan
from desktop.models import Household, Member, Plan, PlanPreset, PlanRecipient, Region
from desktop.reports import notice, payout, slips
from desktop.reports.document import DRAFT_WORD
from desktop.reports.numerals import capital_amount
from desktop.services import demo, plan_presets, plan_print, plans, schema
from desktop.services.database import Database
from tests.pdf_helpers import assert_fonts_embedded, page_texts, squeeze

YEAR = 2025
FULL_ID = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")


def _plans(db: Database, size: str = "county") -> int:
    """The demo's plans for YEAR; in its largest village with income every member is made a
    weak-labour person, so aid reaches every household and the plan fills several pages.
    Returns that plan's id."""
    with db.session() as s:
        demo.generate(s, size, 1)  # the demo makes every village's plan for YEAR, a few moved on
        count = func.count(Household.id)
        village_id, plan_id = s.execute(
            select(Plan.village_id, Plan.id).join(Household, Household.village_id == Plan.village_id)
            .where(Plan.year == YEAR, Plan.current, Plan.status == "draft", Plan.pool > 0)
            .group_by(Plan.village_id, Plan.id)
            .order_by(count.desc(), Plan.village_id)).first()  # type: ignore[misc]
        in_village = select(Household.id).where(Household.village_id == village_id)
        s.execute(update(Member).where(Member.household_id.in_(in_village)).values(labour="weak"))
        plans.recompute(s, plan_id)
        return plan_id  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, int]]:
    """One county demo with plans for the module (read-only tests first; the draft test,
    which moves the plan on, runs last in the file)."""
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('plans') / 'plans.sqlite'}", operator="测试员")
    schema.upgrade(db.engine, backup=False)
    yield db, _plans(db)
    db.dispose()


def _expected(db: Database, plan_id: int) -> list[tuple[str, str, str, Decimal]]:
    """Per household, in the plan's order: (head's name, head's ID, account, amount) — by SQL."""
    with db.reader() as s:
        rows = s.execute(select(PlanRecipient.household_id, PlanRecipient.amount)
                         .where(PlanRecipient.plan_id == plan_id).order_by(PlanRecipient.position)).all()
        amounts: dict[int, Decimal] = defaultdict(Decimal)
        for hid, amount in rows:
            amounts[hid] += amount
        out = []
        for hid, amount in amounts.items():
            h = s.get(Household, hid)
            head = s.scalars(select(Member).where(Member.household_id == hid)
                             .order_by((Member.relation != "head"), Member.position)).first()
            out.append((h.head_name, head.id_number, h.account, amount))  # type: ignore[union-attr]
        return out


def test_payout_sheet_agrees_with_the_database(stored: tuple[Database, int]) -> None:
    db, plan_id = stored
    expected = _expected(db, plan_id)
    with db.reader() as s:
        summed = s.scalar(select(func.sum(PlanRecipient.amount)).where(PlanRecipient.plan_id == plan_id))
        grand = summed if isinstance(summed, Decimal) else Decimal(int(summed)).scaleb(-2)  # the Money type gives yuan
        doc = plan_print.plan_doc(s, plan_id)
    assert len(expected) > payout.ROWS_PER_PAGE  # several pages
    assert sum(a for *_x, a in expected) == grand
    pdf = payout.render(doc)
    texts = [squeeze(t) for t in page_texts(pdf)]
    pages = payout.paginate(len(expected))
    assert len(texts) == len(pages) > 1
    for page, text in zip(pages, texts, strict=True):
        rows = expected[page.start:page.stop]
        for i, (name, id_number, account, amount) in enumerate(rows, start=page.start + 1):
            assert f"{i}{squeeze(name)}{mask_id(id_number)}{squeeze(mask_account(account))}" in text
            assert format_yuan(amount) in text
            assert id_number not in text and account not in text
        subtotal = sum((a for *_x, a in rows), Decimal("0.00"))
        assert f"本页小计（{len(rows)}人）{format_yuan(subtotal)}" in text
    assert f"合计（{len(expected)}人）{format_yuan(grand)}" in texts[-1]
    assert f"人民币{capital_amount(grand)}" in texts[-1]
    assert_fonts_embedded(pdf)


def test_notice_holds_no_full_id_account_or_household_phone(stored: tuple[Database, int]) -> None:
    db, plan_id = stored
    with db.reader() as s:
        doc = plan_print.plan_doc(s, plan_id)
        hids = select(PlanRecipient.household_id).where(PlanRecipient.plan_id == plan_id)
        phones = [p for p in s.scalars(select(Household.phone).where(Household.id.in_(hids))) if p]
        accounts = [a for a in s.scalars(select(Household.account).where(Household.id.in_(hids))) if a]
        ids = list(s.scalars(select(Member.id_number).where(Member.household_id.in_(hids))))
    pdf = notice.render(doc)
    raw = "".join(page_texts(pdf))
    text = squeeze(raw)
    assert not FULL_ID.search(text)
    assert phones and accounts and ids
    for secret in (*phones, *accounts, *ids):
        assert squeeze(secret) not in text
    assert not re.search(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", text)  # no mobile number at all
    for r in doc.recipients:
        assert squeeze(r.name) in text and mask_id(r.id_number) in text
    assert f"合计（{len(doc.recipients)}人）{format_yuan(doc.total)}" in text
    assert f"本期可分配收益共计{format_yuan(doc.pool)}元" in text
    assert_fonts_embedded(pdf)


def test_batch_reads_the_same_plans_as_one_by_one(stored: tuple[Database, int]) -> None:
    db, _plan_id = stored
    with db.reader() as s:
        batch = list(plan_print.plan_docs_for(s, YEAR, chunk=5))
        ids = list(s.scalars(select(Plan.id).where(Plan.year == YEAR, Plan.current)))
        assert plan_print.count_plans(s, YEAR) == len(ids) == len(batch)
        singles = {plan_print.plan_doc(s, i).village: plan_print.plan_doc(s, i) for i in ids}
        township = s.scalars(select(Region).where(Region.level == "township").order_by(Region.code)).first()
        assert township is not None
        in_township = list(plan_print.plan_docs_for(s, YEAR, township.id))
        assert plan_print.count_plans(s, YEAR, township.id) == len(in_township) > 0
        assert plan_print.count_plans(s, YEAR, None, 2) == 0 and plan_print.count_plans(s, YEAR + 1) == 0
    assert {d.village: d for d in batch} == singles
    assert {d.township for d in in_township} == {township.name}


def _db_file(db: Database) -> str:
    return db.engine.url.database  # type: ignore[return-value]


def test_cli_prints_one_plan_and_batches(stored: tuple[Database, int], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = stored
    with db.reader() as s:
        doc = plan_print.plan_doc(s, plan_id)
        villages = plan_print.count_plans(s, YEAR)
    file = _db_file(db)
    for kind, title in (("notice", notice.title(doc)), ("payout", payout.title(doc)), ("slips", "收益分配告知单")):
        out = tmp_path / f"{kind}.pdf"
        assert main(["--db", file, "print", kind, "--plan", str(plan_id), "--out", str(out)]) == 0
        assert capsys.readouterr().out.strip() == str(out)
        assert title in squeeze(page_texts(out.read_bytes())[0])
    out = tmp_path / "county.pdf"
    assert main(["--db", file, "print", "payout", "--year", str(YEAR), "--out", str(out)]) == 0
    assert f"（{villages} 个村，" in capsys.readouterr().out
    text = squeeze("".join(page_texts(out.read_bytes())))
    assert text.count("扶贫项目资产收益分配发放表") >= villages and format_yuan(doc.total) in text
    folder = tmp_path / "notices"
    assert main(["--db", file, "print", "notice", "--year", str(YEAR), "--township", doc.township,
                 "--per-village", "--out", str(folder)]) == 0
    assert f"{doc.township}-{doc.village}-公示.pdf" in [p.name for p in folder.iterdir()]


def test_cli_errors_are_one_line_and_write_nothing(stored: tuple[Database, int], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db, _plan_id = stored
    file, out = _db_file(db), tmp_path / "x.pdf"
    assert main(["--db", file, "print", "payout", "--plan", "99999", "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == "错误：没有编号为99999的分配方案"
    assert main(["--db", file, "print", "slips", "--year", "2019", "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == "错误：没有全县2019年度的分配方案"
    assert main(["--db", file, "print", "notice", "--year", str(YEAR), "--township", "无此乡", "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == "错误：乡镇不存在：无此乡"
    assert list(tmp_path.glob("x.pdf*")) == []


def test_plans_read_on_both_databases(any_db: Database) -> None:
    plan_id = _plans(any_db, "small")
    expected = _expected(any_db, plan_id)
    with any_db.reader() as s:
        doc = plan_print.plan_doc(s, plan_id)
        assert len(list(plan_print.plan_docs_for(s, YEAR))) == plan_print.count_plans(s, YEAR)
    assert [(r.name, r.id_number, r.account, r.amount) for r in doc.recipients] == expected
    assert all(r.household_size > 0 for r in doc.recipients)


def _advance(db: Database, plan_id: int, *targets: PlanStatus) -> None:
    with db.session() as s:
        for t in targets:
            plans.advance(s, plan_id, t, StepInput(on_date=date(2026, 1, 5)), today=date(2026, 1, 5))


def test_draft_mark_until_filed_by_the_county(stored: tuple[Database, int]) -> None:
    db, plan_id = stored

    def marked() -> list[bool]:
        with db.reader() as s:
            doc = plan_print.plan_doc(s, plan_id)
        return [DRAFT_WORD in t for render in (payout.render, notice.render, slips.render)
                for t in page_texts(render(doc))]

    assert all(marked())
    _advance(db, plan_id, PlanStatus.SUBMITTED, PlanStatus.APPROVED)
    assert all(marked())  # approved by the township is not enough
    _advance(db, plan_id, PlanStatus.FILED)
    assert not any(marked())
    _advance(db, plan_id, PlanStatus.NOTICE)
    with db.reader() as s:
        doc = plan_print.plan_doc(s, plan_id)
    text = squeeze("".join(page_texts(notice.render(doc))))
    assert "公示期为2026年1月5日至2026年1月14日，共10天" in text


def test_notices_of_many_villages_in_one_pdf_keep_their_own_numbers_and_marks(tmp_path: Path) -> None:
    from desktop.reports import plan_batch
    from desktop.reports.samples import fake_plan

    docs = [fake_plan("东关村", 40, seed=1, draft=True), fake_plan("西关村", 5, seed=2, draft=False),
            fake_plan("南关村", 30, seed=3, draft=True)]
    out = tmp_path / "公示.pdf"
    result = plan_batch.run(plan_batch.DOCUMENTS["notice"], docs, out, per_village=False, total=3)
    texts = [squeeze(t) for t in page_texts(out.read_bytes())]
    assert result.villages == 3 and result.pages == len(texts)
    starts = [i for i, t in enumerate(texts) if t.startswith(tuple(notice.title(d) for d in docs))]
    assert len(starts) == 3 and starts[0] == 0
    for doc, first, end in zip(docs, starts, [*starts[1:], len(texts)], strict=True):
        assert notice.title(doc) in texts[first]
        for k in range(first, end):
            assert f"第{k - first + 1}页共{end - first}页" in texts[k]
            assert (DRAFT_WORD in texts[k]) == doc.draft
        assert f"合计（{len(doc.recipients)}人）{format_yuan(doc.total)}" in "".join(texts[first:end])
    assert_fonts_embedded(out.read_bytes())


def test_notice_prints_the_supervision_line_of_the_plans_preset(db: Database) -> None:
    """Set in the preset (as the preset editor saves it), read by plan_print, printed on
    the notice and the slips; an empty phone leaves the blank line to write in by hand."""
    plan_id = _plans(db, "small")
    with db.session() as s:
        preset_id = s.get(Plan, plan_id).preset_id  # type: ignore[union-attr]
        row = s.get(PlanPreset, preset_id)
        assert row is not None
        preset = plan_presets.preset_of(row)
        assert preset.supervision_phone == ""
        blank = squeeze("".join(page_texts(notice.render(plan_print.plan_doc(s, plan_id)))))
        plan_presets.save_preset(s, replace(preset, supervision_phone="0530-8123456",
                                            supervision_unit="城关镇纪委"), preset_id=preset_id)
    assert "监督电话：____________。" in blank and "0530-8123456" not in blank
    with db.reader() as s:
        doc = plan_print.plan_doc(s, plan_id)
    assert (doc.supervision_phone, doc.supervision_unit) == ("0530-8123456", "城关镇纪委")
    text = squeeze("".join(page_texts(notice.render(doc))))
    assert "向村民委员会或城关镇纪委反映。监督电话：0530-8123456。" in text
    assert "监督电话：0530-8123456" in squeeze("".join(page_texts(slips.render(doc))))
