"""Distribution plans through the services, on SQLite and PostgreSQL: the pool from income ×
beneficiary share, exact channel sums, every workflow step legal and illegal, locking,
revisions, batch creation, the bank file and the bank's result."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.domain.distribution import (
    Amount,
    JobLine,
    JobsChannel,
    PlanStatus,
    StepInput,
    WorkflowError,
    config_from_dict,
)
from desktop.domain.distribution.workflow import TRANSITIONS
from desktop.domain.income import IncomeData
from desktop.domain.problems import ValidationError
from desktop.models import AuditEntry, Plan, PlanEvent, PlanRecipient, PolicyPeriodRow
from desktop.models import Household as HouseholdRow
from desktop.models import Member as MemberRow
from desktop.services import plan_payments, plans
from desktop.services.database import Database
from desktop.services.income import save_asset_income
from desktop.services.plan_query import PlanFilter, count_plans, list_plans, plan_dict, plan_stats
from tests.test_services import TODAY, asset_data, make_tree, save

D = Decimal
S = PlanStatus
DAY = date(2026, 6, 1)


def _household(s, village: int, code: str, head: str, labour: str, *, category: str = "lifted",
               disabled: bool = False, policy_end: date | None = None, seq: int = 0) -> int:  # type: ignore[no-untyped-def]
    h = HouseholdRow(code=code, village_id=village, category=category, monitor_kind=None, head_name=head,
                     phone="", bank="农商银行", account=f"62210000000000{seq:05d}", notes="")
    s.add(h)
    s.flush()
    s.add(MemberRow(household_id=h.id, position=0, name=head, id_number=f"41990119800101{seq:04d}",
                    id_tail=f"{seq:04d}", relation="head", sex="male", birth_date=date(1980, 1, 1), labour=labour,
                    disabled=disabled, chronic_illness=False, student=False))
    s.add(PolicyPeriodRow(household_id=h.id, start=date(2016, 1, 1), end=policy_end, reason=""))
    s.flush()
    return h.id


@pytest.fixture
def county(any_db: Database) -> dict[str, int]:
    """东山村 gets 60 % of A (net 9,500 in 2025) and all of B (4 quarters × 2,000); 柳树村
    gets 40 % of A. 东山村 has four households: weak labour, no labour with a disability,
    able (weight 0) and one whose policy support ended in 2024."""
    t = make_tree(any_db)
    a = save(any_db, asset_data(t["v11"], (t["v12"],), code="A", name="东山柳树光伏电站"))
    b = save(any_db, asset_data(t["v11"], code="B", name="东山村大棚"))
    with any_db.session() as s:
        save_asset_income(s, a, [IncomeData(2025, rent=D("10000.00"), maintenance=D("500.00"))], today=TODAY)
        save_asset_income(s, b, [IncomeData(2025, q, rent=D("2000.00")) for q in (1, 2, 3, 4)], today=TODAY)
        ids = {"weak": _household(s, t["v11"], "H1", "张弱", "weak", seq=1),
               "none": _household(s, t["v11"], "H2", "李无", "none", disabled=True, seq=2),
               "able": _household(s, t["v11"], "H3", "王强", "able", seq=3),
               "ended": _household(s, t["v11"], "H4", "赵停", "none", policy_end=date(2024, 12, 31), seq=4),
               "v12": _household(s, t["v12"], "H5", "钱柳", "weak", seq=5)}
    return {**t, "A": a, "B": b, **{f"h_{k}": v for k, v in ids.items()}}


def create(db: Database, village: int, year: int = 2025, quarter: int = 0) -> int:
    with db.session() as s:
        return plans.create_plan(s, village, year, quarter).id


def show(db: Database, plan_id: int) -> dict:  # type: ignore[type-arg]
    with db.reader() as s:
        return plan_dict(s, plan_id)


def step(db: Database, plan_id: int, target: PlanStatus, **kw: object) -> int:
    with db.session() as s:
        return plans.advance(s, plan_id, target, StepInput(**kw), today=DAY).id  # type: ignore[arg-type]


def test_pool_is_each_assets_net_income_times_the_villages_share(any_db, county):
    d = show(any_db, create(any_db, county["v11"]))
    assert [(ln["asset_code"], ln["net_income"], ln["share"], ln["amount"]) for ln in d["lines"]] == [
        ("A", "9500.00", "60.00", "5700.00"), ("B", "8000.00", "100.00", "8000.00")]
    assert d["pool"] == "13700.00"
    assert show(any_db, create(any_db, county["v12"]))["pool"] == "3800.00"
    # a quarter plan takes only that quarter's records (A has a whole-year record only)
    assert show(any_db, create(any_db, county["v11"], quarter=1))["pool"] == "2000.00"


def test_channels_add_up_to_the_pool_and_only_eligible_households_get_aid(any_db, county):
    d = show(any_db, create(any_db, county["v11"]))
    assert sum(D(c["amount"]) for c in d["channels"]) == D(d["pool"])
    aid = next(c for c in d["channels"] if c["kind"] == "aid")
    recipients = [r for r in d["recipients"] if r["channel"] == "aid"]
    assert sum(D(r["amount"]) for r in recipients) + (D(d["remainder"]["amount"]) if d["remainder"]["channel"] == "aid"
                                                     else 0) == D(aid["amount"])
    names = {r["household"]: D(r["amount"]) for r in recipients}
    assert set(names) == {"张弱", "李无"}  # the able one weighs 0, the ended one no longer enjoys policy
    assert names["李无"] > names["张弱"]  # 1.5 + 0.3 against 1.0
    assert all(r["explanation"] for r in recipients)
    assert d["status"] == "draft" and d["revision"] == 1


def test_editing_a_draft_config_recomputes_and_stores(any_db, county):
    pid = create(any_db, county["v11"])
    with any_db.session() as s:
        config = config_from_dict(json.loads(plans.get_plan(s, pid).config))
        job = JobLine(str(county["h_able"]), "王强", "保洁员", str(county["h_able"]), D("500.00"), 10)
        from dataclasses import replace
        plans.set_config(s, pid, replace(config, jobs=JobsChannel((job,))))
    d = show(any_db, pid)
    jobs = next(c for c in d["channels"] if c["kind"] == "jobs")
    assert jobs["amount"] == "5000.00"
    assert any(r["channel"] == "jobs" and r["amount"] == "5000.00" for r in d["recipients"])
    assert sum(D(c["amount"]) for c in d["channels"]) == D("13700.00")


def test_the_whole_workflow_records_dates_events_and_audit(any_db, county):
    pid = create(any_db, county["v11"])
    step(any_db, pid, S.SUBMITTED, on_date=date(2026, 3, 2), comment="四议两公开")
    step(any_db, pid, S.APPROVED, on_date=date(2026, 3, 10), comment="同意")
    step(any_db, pid, S.FILED, on_date=date(2026, 3, 12))
    step(any_db, pid, S.NOTICE, on_date=date(2026, 3, 20))
    d = show(any_db, pid)
    assert (d["meeting_date"], d["approved_date"], d["filed_date"], d["notice_start"], d["notice_end"]) == (
        "2026-03-02", "2026-03-10", "2026-03-12", "2026-03-20", "2026-03-29")
    with pytest.raises(WorkflowError, match="公示期至2026-03-29结束"):
        step(any_db, pid, S.PAID, on_date=date(2026, 3, 29), bank_batch="B1")
    with any_db.session() as s:
        o = plans.add_objection(s, pid, date(2026, 3, 21), "张弱", "分配不公")
        oid = o.id
    with pytest.raises(WorkflowError, match="异议尚未处理"):
        step(any_db, pid, S.PAID, on_date=date(2026, 3, 30), bank_batch="B1")
    with any_db.session() as s:
        plans.settle_objection(s, oid, "已解释权重规则，本人无异议", date(2026, 3, 25))
    with pytest.raises(WorkflowError, match="银行批次号"):
        step(any_db, pid, S.PAID, on_date=date(2026, 3, 30))
    step(any_db, pid, S.PAID, on_date=date(2026, 3, 30), bank_batch="B1")
    step(any_db, pid, S.ARCHIVED)
    d = show(any_db, pid)
    assert d["status"] == "archived" and d["payment_date"] == "2026-03-30" and d["bank_batch"] == "B1"
    assert [(e["from"], e["to"]) for e in d["events"]] == [
        ("draft", "submitted"), ("submitted", "approved"), ("approved", "filed"), ("filed", "notice"),
        ("notice", "paid"), ("paid", "archived")]
    assert d["events"][0]["comment"] == "四议两公开" and d["events"][0]["operator"]
    with any_db.reader() as s:
        audited = s.scalars(select(AuditEntry.after).where(AuditEntry.entity == "plans",
                                                          AuditEntry.entity_id == pid)).all()
        assert any('"status": "submitted"' in (a or "") for a in audited)
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "plan_events")) == 6


def _plan_at(db: Database, village: int, status: PlanStatus) -> int:
    pid = create(db, village)
    path = {S.DRAFT: [], S.SUBMITTED: [S.SUBMITTED], S.RETURNED: [S.SUBMITTED, S.RETURNED],
            S.APPROVED: [S.SUBMITTED, S.APPROVED], S.FILED: [S.SUBMITTED, S.APPROVED, S.FILED],
            S.NOTICE: [S.SUBMITTED, S.APPROVED, S.FILED, S.NOTICE],
            S.PAID: [S.SUBMITTED, S.APPROVED, S.FILED, S.NOTICE, S.PAID],
            S.ARCHIVED: [S.SUBMITTED, S.APPROVED, S.FILED, S.NOTICE, S.PAID, S.ARCHIVED]}[status]
    dates = {S.SUBMITTED: date(2026, 3, 1), S.RETURNED: date(2026, 3, 2), S.APPROVED: date(2026, 3, 2),
             S.FILED: date(2026, 3, 3), S.NOTICE: date(2026, 3, 4), S.PAID: date(2026, 4, 1),
             S.ARCHIVED: date(2026, 4, 2)}
    for target in path:
        step(db, pid, target, on_date=dates[target], comment="意见", bank_batch="B9")
    return pid


@pytest.mark.parametrize("source", list(S))
def test_every_illegal_step_is_refused_by_the_service_and_changes_nothing(any_db, county, source):
    pid = _plan_at(any_db, county["v11"], source)
    for target in S:
        if target in TRANSITIONS[source]:
            continue
        with pytest.raises(WorkflowError, match="不能改为"):
            step(any_db, pid, target, comment="x", reason="x", bank_batch="x")
        assert show(any_db, pid)["status"] == source.value
    with any_db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Plan)) == 1


def test_returned_plan_goes_back_to_draft_as_a_new_revision(any_db, county):
    pid = _plan_at(any_db, county["v11"], S.RETURNED)
    with pytest.raises(WorkflowError, match="退回意见"):
        with any_db.session() as s:
            pid2 = _plan_at(any_db, county["v12"], S.SUBMITTED)
            plans.advance(s, pid2, S.RETURNED, StepInput(), today=DAY)
    new = step(any_db, pid, S.DRAFT, comment="按乡镇意见增设公益岗位")
    old, d = show(any_db, pid), show(any_db, new)
    assert (old["status"], old["current"]) == ("returned", False)
    assert (d["status"], d["revision"], d["previous_id"], d["revision_reason"]) == ("draft", 2, pid,
                                                                                   "按乡镇意见增设公益岗位")
    assert d["pool"] == old["pool"]


def test_a_submitted_plan_is_locked_and_a_revision_keeps_the_old_one(any_db, county):
    pid = _plan_at(any_db, county["v11"], S.APPROVED)
    with any_db.session() as s:
        config = config_from_dict(json.loads(plans.get_plan(s, pid).config))
    for action in (lambda s: plans.set_config(s, pid, config), lambda s: plans.recompute(s, pid)):
        with pytest.raises(WorkflowError, match="乡镇已审核"):
            with any_db.session() as s:
                action(s)
    with pytest.raises(WorkflowError, match="修改原因"):
        with any_db.session() as s:
            plans.revise(s, pid, "  ")
    with any_db.session() as s:
        new = plans.revise(s, pid, "户籍变动，重新核定").id
    old = show(any_db, pid)
    assert (old["status"], old["current"], old["approved_date"]) == ("approved", False, "2026-03-02")
    assert show(any_db, new)["status"] == "draft"
    with pytest.raises(WorkflowError, match="取代"):
        step(any_db, pid, S.FILED)
    with any_db.reader() as s:
        assert [r.id for r in list_plans(s, PlanFilter())] == [new]
        assert {r.id for r in list_plans(s, PlanFilter(current_only=False))} == {pid, new}
    with pytest.raises(WorkflowError, match="不能再修改"):
        with any_db.session() as s:
            plans.revise(s, _plan_at(any_db, county["v12"], S.PAID), "晚了")


def test_create_all_is_idempotent_and_filters_by_township(any_db, county):
    with any_db.session() as s:
        first = plans.create_all(s, 2025, county["t1"])
    assert (first.created, first.skipped) == (2, 0)
    seen: list[tuple[int, int]] = []
    with any_db.session() as s:
        second = plans.create_all(s, 2025, progress=lambda d, t: seen.append((d, t)))
    assert (second.created, second.skipped) == (1, 2)
    assert seen[-1] == (1, 1)
    with any_db.session() as s:
        assert plans.create_all(s, 2025).created == 0
        assert s.scalar(select(func.count()).select_from(Plan)) == 3
        with pytest.raises(ValidationError, match="已有分配方案"):
            plans.create_plan(s, county["v11"], 2025)
    with any_db.reader() as s:
        by_village = {r.village: r for r in list_plans(s, PlanFilter(year=2025))}
        assert by_village["东山村"].pool == D("13700.00") and by_village["柳树村"].pool == D("3800.00")
        assert by_village["西河村"].pool == D("0.00")
        assert count_plans(s, PlanFilter(township_id=county["t1"])) == 2
        assert count_plans(s, PlanFilter(status="submitted")) == 0
        # the batch stored the same figures as a single creation would
        d = plan_dict(s, by_village["东山村"].id)
    single = show(any_db, create(any_db, county["v11"], 2025, 1))
    assert sum(D(c["amount"]) for c in d["channels"]) == D("13700.00")
    assert {r["household"] for r in d["recipients"]} == {"张弱", "李无"}
    assert single["pool"] == "2000.00"


def test_create_all_cancelled_writes_nothing(any_db, county):
    with any_db.session() as s:
        r = plans.create_all(s, 2025, cancel=lambda: True)
        assert r.cancelled and r.created == 0
    with any_db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Plan)) == 0


def test_bank_file_has_full_accounts_and_the_exact_total(any_db, county, tmp_path):
    pid = _plan_at(any_db, county["v11"], S.FILED)
    with pytest.raises(ValidationError, match="公示后"):
        with any_db.reader() as s:
            plan_payments.write_bank_file(s, pid, tmp_path / "early.xlsx")
    step(any_db, pid, S.NOTICE, on_date=date(2026, 3, 4))
    out = tmp_path / "bank.xlsx"
    with any_db.reader() as s:
        count, total = plan_payments.write_bank_file(s, pid, out)
    d = show(any_db, pid)
    assert count == 2 and total == sum(D(r["amount"]) for r in d["recipients"])
    ws = openpyxl.load_workbook(out).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    data = [r for r in rows if r[0] not in (None, "序号") and isinstance(r[0], int)]
    assert {r[4] for r in data} == {"6221000000000000001", "6221000000000000002"}
    assert {r[2] for r in data} == {"张弱", "李无"}
    assert D(str(rows[-1][5])) == total and rows[-1][0] == "合计"


def test_bank_result_marks_paid_and_the_rest_stay_unpaid(any_db, county, tmp_path):
    pid = _plan_at(any_db, county["v11"], S.NOTICE)
    with pytest.raises(ValidationError, match="登记发放后"):
        with any_db.session() as s:
            plan_payments.set_paid(s, pid, [1])
    step(any_db, pid, S.PAID, on_date=date(2026, 4, 1), bank_batch="B1")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["银行代发结果"])
    ws.append(["序号", "户名", "账号", "金额", "处理结果"])
    ws.append([1, "张弱", "6221000000000000001", 100, "成功"])
    ws.append([2, "李无", "6221000000000000002", 100, "账户已销户"])
    ws.append([3, "某人", "6221000000000099999", 1, "成功"])
    wb.save(tmp_path / "result.xlsx")
    with any_db.session() as s:
        r = plan_payments.import_bank_result(s, pid, tmp_path / "result.xlsx")
    assert r.paid == 1 and r.failed == ["李无（账号尾号0002）：账户已销户"] and len(r.unknown) == 1
    with any_db.session() as s:
        left = plan_payments.unpaid(s, pid)
        assert [p.name for p in left] == ["李无"]
        plan_payments.set_paid(s, pid, left[0].recipient_ids, True, date(2026, 4, 3))
    with any_db.reader() as s:
        assert plan_payments.unpaid(s, pid) == []
        assert s.scalar(select(func.count()).select_from(PlanRecipient).where(PlanRecipient.paid)) == 2
        st = plan_stats(s)
    d = show(any_db, pid)
    assert st["plans"]["paid"] == 1 and st["allocated"] == d["allocated"] == "13700.00"
    assert D(st["paid"]) == sum(D(r["amount"]) for r in d["recipients"])  # the reserve is not paid out


def test_a_plan_that_cannot_be_divided_is_stored_with_its_problems_and_cannot_be_submitted(any_db, county):
    pid = create(any_db, county["v11"])
    with any_db.session() as s:
        config = config_from_dict(json.loads(plans.get_plan(s, pid).config))
        from dataclasses import replace

        from desktop.domain.distribution import ReserveChannel
        plans.set_config(s, pid, replace(config, reserve=ReserveChannel(Amount.fixed("99999.00"))))
    d = show(any_db, pid)
    assert d["problems"]
    with pytest.raises(WorkflowError, match="无法计算"):
        step(any_db, pid, S.SUBMITTED)
    with any_db.reader() as s:
        assert s.scalar(select(func.count()).select_from(PlanEvent)) == 0
