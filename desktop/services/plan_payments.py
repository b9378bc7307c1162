"""Paying a plan: the bank payment file, the bank's result back, ticks from the signed
sheet, and who is still unpaid.

The bank file is the one place a full account number leaves the program: one row per
household (every part it receives, summed), the household's 一卡通 account and the head's
name, with an exact total. A person paid from a post is paid into their household's
account. Ticking or importing is allowed only once the plan is registered as paid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.distribution import PlanStatus
from desktop.domain.money import ZERO
from desktop.domain.problems import Problem, ValidationError
from desktop.io.workbook import Column, TableSheet, write_workbook
from desktop.models import Household, Member, Plan, PlanRecipient
from desktop.services.plans import get_plan


@dataclass(frozen=True)
class Payment:
    household_id: int | None
    code: str
    name: str
    bank: str
    account: str
    amount: Decimal
    paid: bool
    recipient_ids: tuple[int, ...]


def payments(session: Session, plan_id: int) -> list[Payment]:
    """One line per household (or per person outside the roster), in the plan's order."""
    get_plan(session, plan_id)
    member_household = select(Member.household_id).where(Member.id == PlanRecipient.member_id).scalar_subquery()
    q = select(PlanRecipient.id, PlanRecipient.household_id, member_household, PlanRecipient.name,
               PlanRecipient.amount, PlanRecipient.paid).where(PlanRecipient.plan_id == plan_id) \
        .order_by(PlanRecipient.position)
    groups: dict[Any, dict[str, Any]] = {}
    for rid, hid, mhid, name, amount, paid in session.execute(q):
        household = hid if hid is not None else mhid
        key = household if household is not None else f"p{rid}"
        g = groups.setdefault(key, {"household": household, "name": name, "amount": ZERO, "paid": True, "ids": []})
        g["amount"] += amount
        g["paid"] = g["paid"] and paid
        g["ids"].append(rid)
    ids = [g["household"] for g in groups.values() if g["household"] is not None]
    info = {h: (c, head, bank, acct) for h, c, head, bank, acct in session.execute(
        select(Household.id, Household.code, Household.head_name, Household.bank, Household.account)
        .where(Household.id.in_(ids)))} if ids else {}
    out = []
    for g in groups.values():
        code, head, bank, account = info.get(g["household"], ("", g["name"], "", ""))
        out.append(Payment(g["household"], code, head or g["name"], bank, account, g["amount"], g["paid"],
                           tuple(g["ids"])))
    return out


BANK_COLUMNS = (Column("序号", 6, "int"), Column("户编号", 16, "text"), Column("户名", 12, "text"),
                Column("开户行", 18, "text"), Column("账号", 24, "text"), Column("金额（元）", 14, "money", total=True))


def write_bank_file(session: Session, plan_id: int, path: str | Path) -> tuple[int, Decimal]:
    """Write the bank payment workbook; returns (rows, total). Refuses lines without an account."""
    plan = get_plan(session, plan_id)
    if plan.status not in (PlanStatus.NOTICE.value, PlanStatus.PAID.value):
        raise ValidationError([Problem("status", "方案状态为“{value}”，公示后才能导出银行代发文件",
                                       {"value": PlanStatus.label_of(plan.status)})])
    rows = [p for p in payments(session, plan_id) if p.amount > 0]
    missing = [p for p in rows if not p.account.strip()]
    if missing:
        raise ValidationError([Problem("account", "第{row}行“{name}”（户编号{code}）没有银行账号",
                                       {"row": i + 1, "name": p.name, "code": p.code or "无"})
                               for i, p in enumerate(rows) if not p.account.strip()][:20])
    total = sum((p.amount for p in rows), ZERO)
    from desktop.services.plan_query import plan_dict
    head = plan_dict(session, plan_id)
    sheet = TableSheet(f"{head['township']}{head['village']}{head['period']}收益分配银行代发清单", BANK_COLUMNS,
                       [(i + 1, p.code, p.name, p.bank, p.account, p.amount) for i, p in enumerate(rows)],
                       sheet_name="代发清单", note=f"方案编号 {plan_id}，第{plan.revision}版；共{len(rows)}户")
    write_workbook(path, [sheet])
    return len(rows), total


def _require_paid_status(plan: Plan) -> None:
    if plan.status != PlanStatus.PAID.value:
        raise ValidationError([Problem("status", "方案状态为“{value}”，登记发放后才能核对到账",
                                       {"value": PlanStatus.label_of(plan.status)})])


def set_paid(session: Session, plan_id: int, recipient_ids: Iterable[int], paid: bool = True,
             on: date | None = None) -> int:
    """Tick (or untick) recipients from the signed sheet; returns how many rows changed."""
    plan = get_plan(session, plan_id)
    _require_paid_status(plan)
    ids = list(recipient_ids)
    when = (on or plan.payment_date or date.today()) if paid else None
    result = session.execute(update(PlanRecipient).where(PlanRecipient.plan_id == plan_id,
                                                         PlanRecipient.id.in_(ids))
                             .values(paid=paid, paid_date=when))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class BankResult:
    paid: int       # households marked paid
    failed: list[str]   # lines the bank refused, "name（account tail）: status"
    unknown: list[str]  # lines that match no household of the plan


_OK = ("成功", "已入账", "入账成功", "交易成功", "ok", "success", "已支付", "支付成功")


def import_bank_result(session: Session, plan_id: int, path: str | Path) -> BankResult:
    """Read the bank's returned workbook (account, name, status) and mark who was paid."""
    from desktop.io.sheets import read_first_sheet
    plan = get_plan(session, plan_id)
    _require_paid_status(plan)
    rows = read_first_sheet(path).rows
    header_row, cols = _find_columns(rows)
    by_account = {p.account.replace(" ", ""): p for p in payments(session, plan_id) if p.account}
    paid_ids: list[int] = []
    failed: list[str] = []
    unknown: list[str] = []
    for row in rows[header_row + 1:]:
        account = _text(row, cols["account"]).replace(" ", "")
        if not account:
            continue
        name = _text(row, cols.get("name"))
        status = _text(row, cols.get("status")) or "成功"
        p = by_account.get(account)
        if p is None:
            unknown.append(f"{name}（账号尾号{account[-4:]}）")
            continue
        if status.lower() in _OK:
            paid_ids.extend(p.recipient_ids)
        else:
            failed.append(f"{p.name}（账号尾号{account[-4:]}）：{status}")
    if paid_ids:
        set_paid(session, plan_id, paid_ids, True, plan.payment_date)
    households = {p.household_id or p.recipient_ids[0] for p in by_account.values()
                  if set(p.recipient_ids) & set(paid_ids)}
    return BankResult(len(households), failed, unknown)


def _text(row: list[Any], col: int | None) -> str:
    if col is None or col >= len(row) or row[col] is None:
        return ""
    value = row[col]
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number-formatted account cell
    return str(value).strip()


_HEADS = {"account": ("账号", "卡号", "收款账号", "账户"), "name": ("户名", "姓名", "收款人", "收款户名"),
          "status": ("状态", "结果", "处理结果", "交易状态")}


def _find_columns(rows: list[list[Any]]) -> tuple[int, dict[str, int]]:
    for r, row in enumerate(rows[:20]):
        texts = [str(c).strip() if c is not None else "" for c in row]
        cols: dict[str, int] = {}
        for key, names in _HEADS.items():
            for j, t in enumerate(texts):
                if any(t.startswith(n) for n in names):
                    cols.setdefault(key, j)
        if "account" in cols:
            return r, cols
    raise ValidationError([Problem("file", "银行回单中找不到“账号”列")])


def unpaid(session: Session, plan_id: int) -> list[Payment]:
    return [p for p in payments(session, plan_id) if not p.paid and p.amount > 0]


def paid_totals(session: Session, plan_id: int) -> tuple[Decimal, Decimal]:
    """(paid, unpaid) amounts of the plan."""
    paid = unpaid_amount = ZERO
    for amount, flag in session.execute(select(PlanRecipient.amount, PlanRecipient.paid)
                                        .where(PlanRecipient.plan_id == plan_id)):
        if flag:
            paid += amount
        else:
            unpaid_amount += amount
    return paid, unpaid_amount
