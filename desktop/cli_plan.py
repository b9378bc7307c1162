"""``plan`` commands: distribution plans, headless (``python -m desktop plan …``).

Kept out of ``cli.py``, which only hands the ``plan`` group over. Amounts in JSON are
strings with two decimals; an illegal workflow step exits non-zero with the reason.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.distribution import PlanStatus, StepInput, from_code


def add_parser(sub: Any) -> None:
    pl = sub.add_parser("plan", help="收益分配方案")
    cmds = pl.add_subparsers(dest="plan_command", required=True)
    ca = cmds.add_parser("create-all", help="按默认政策预设为每个村生成分配方案草稿")
    ca.add_argument("--year", type=int, required=True)
    ca.add_argument("--quarter", type=int, default=0, choices=[0, 1, 2, 3, 4], help="0：全年（默认）")
    ca.add_argument("--township", metavar="NAME", help="只生成该乡镇的村")
    ls = cmds.add_parser("list", help="方案列表")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--year", type=int)
    ls.add_argument("--township", metavar="NAME")
    ls.add_argument("--village", metavar="NAME")
    ls.add_argument("--status", choices=[s.value for s in PlanStatus])
    ls.add_argument("--all-revisions", action="store_true", help="包括已被修订取代的旧版本")
    sh = cmds.add_parser("show", help="一个方案的详情")
    sh.add_argument("id", type=int)
    sh.add_argument("--json", action="store_true")
    adv = cmds.add_parser("advance", help="办理流程的下一步")
    adv.add_argument("id", type=int)
    adv.add_argument("--to", required=True, choices=[s.value for s in PlanStatus])
    adv.add_argument("--comment", default="", help="意见（退回时必填）或修改原因")
    adv.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                     help="会议、公示开始或发放日期（默认今天）")
    adv.add_argument("--batch", default="", metavar="REF", help="银行批次号（登记发放时必填）")
    rv = cmds.add_parser("revise", help="修改已提交的方案：生成新修订版")
    rv.add_argument("id", type=int)
    rv.add_argument("--reason", required=True)
    bank = cmds.add_parser("bank-file", help="导出银行代发文件（Excel，含完整账号）")
    bank.add_argument("id", type=int)
    bank.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    res = cmds.add_parser("bank-result", help="导入银行回单，标记已到账")
    res.add_argument("id", type=int)
    res.add_argument("file", type=Path)
    un = cmds.add_parser("unpaid", help="尚未到账的名单")
    un.add_argument("id", type=int)
    un.add_argument("--json", action="store_true")


def run(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    handler = {"create-all": _create_all, "list": _list, "show": _show, "advance": _advance, "revise": _revise,
               "bank-file": _bank_file, "bank-result": _bank_result, "unpaid": _unpaid}[args.plan_command]
    return handler(args, open_db)


def _township_id(s: Any, name: str | None) -> int | None:
    if not name:
        return None
    from desktop.services import print_data
    return int(print_data.region_id(s, name, "township"))


def _create_all(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from desktop.services import plans

    db = open_db(args)
    with db.session() as s:
        result = plans.create_all(s, args.year, _township_id(s, args.township), args.quarter)
    print(json.dumps({"created": result.created, "skipped": result.skipped}, ensure_ascii=False))
    return 0


def _list(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from desktop.services import print_data
    from desktop.services.plan_query import PlanFilter, list_dicts

    db = open_db(args, upgrade=False)
    with db.reader() as s:
        tid = _township_id(s, args.township)
        vid = print_data.region_id(s, args.village, "village", tid) if args.village else None
        rows = list_dicts(s, PlanFilter(township_id=tid, village_id=vid, year=args.year, status=args.status,
                                        current_only=not args.all_revisions))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r['id']}\t{r['township']}\t{r['village']}\t{r['period']}\t第{r['revision']}版\t"
                  f"{from_code(PlanStatus, r['status']).label}\t{r['pool']}")
    return 0


def _show(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from desktop.services.plan_query import plan_dict

    db = open_db(args, upgrade=False)
    with db.reader() as s:
        d = plan_dict(s, args.id)
    if args.json:
        print(json.dumps(d, ensure_ascii=False))
        return 0
    print(f"{d['township']}{d['village']} {d['period']} 第{d['revision']}版 {d['status_label']}")
    print(f"收益总额\t{d['pool']}")
    for c in d["channels"]:
        print(f"  {c['name']}\t{c['amount']}\t{c['explanation']}")
    for w in d["warnings"]:
        print(f"预警：{w['message']}")
    return 0


def _advance(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from desktop.services import plans

    target = from_code(PlanStatus, args.to, "--to")
    db = open_db(args)
    with db.session() as s:
        plan = plans.advance(s, args.id, target, StepInput(args.date, args.comment, args.batch, args.comment))
        out = {"id": plan.id, "status": plan.status, "revision": plan.revision}
    print(json.dumps(out, ensure_ascii=False))
    return 0


def _revise(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from desktop.services import plans

    db = open_db(args)
    with db.session() as s:
        plan = plans.revise(s, args.id, args.reason)
        out = {"id": plan.id, "status": plan.status, "revision": plan.revision, "previous_id": plan.previous_id}
    print(json.dumps(out, ensure_ascii=False))
    return 0


def _bank_file(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from desktop.services import plan_payments

    db = open_db(args, upgrade=False)
    with db.reader() as s:
        count, total = plan_payments.write_bank_file(s, args.id, args.out)
    print(json.dumps({"file": str(args.out), "rows": count, "total": f"{total:.2f}"}, ensure_ascii=False))
    return 0


def _bank_result(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from desktop.services import plan_payments

    db = open_db(args)
    with db.session() as s:
        r = plan_payments.import_bank_result(s, args.id, args.file)
    print(json.dumps({"paid": r.paid, "failed": r.failed, "unknown": r.unknown}, ensure_ascii=False))
    return 0


def _unpaid(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from desktop.services import plan_payments

    db = open_db(args, upgrade=False)
    with db.reader() as s:
        rows = plan_payments.unpaid(s, args.id)
    out = [{"household_id": p.household_id, "code": p.code, "name": p.name, "amount": f"{p.amount:.2f}"}
           for p in rows]
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        for r in out:
            print(f"{r['code']}\t{r['name']}\t{r['amount']}")
    return 0
