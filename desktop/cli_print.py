"""``print`` commands: documents as PDF files, headless (``python -m desktop print …``).

Kept out of ``cli.py`` so that each document adds one sub-parser and one function here;
``cli.py`` only hands the ``print`` group over. ReportLab is imported when a command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.domain.problems import Problem, ValidationError
from desktop.domain.vocab import Category, Nature, Status
from desktop.reports import plan_batch


def add_parser(sub: Any) -> None:
    """The ``print`` group and its documents."""
    pr = sub.add_parser("print", help="打印文书（输出 PDF）")
    docs = pr.add_subparsers(dest="document", required=True)
    for name, help_text in (("asset-card", "资产登记卡（含资产编码二维码）"), ("registration", "确权登记表")):
        p = docs.add_parser(name, help=help_text)
        p.add_argument("--asset", required=True, metavar="CODE", help="资产编码")
        p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    insp = docs.add_parser("inspection", help="验收单")
    insp.add_argument("--id", type=int, required=True, help="验收记录编号")
    insp.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    for name, document in plan_batch.DOCUMENTS.items():
        _plan_parser(docs, name, document)
    reg = docs.add_parser("register", help="资产台账（横向，按筛选条件）")
    reg.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    reg.add_argument("--search", default="", help="名称、编码或经营主体包含的文字")
    reg.add_argument("--township", metavar="NAME", help="乡镇名称")
    reg.add_argument("--village", metavar="NAME", help="村名称")
    reg.add_argument("--category", choices=[c.value for c in Category], help="资产类别")
    reg.add_argument("--nature", choices=[c.value for c in Nature], help="资产性质")
    reg.add_argument("--status", choices=[c.value for c in Status], help="资产状态")
    reg.add_argument("--unregistered", action="store_true", help="只打印待确权资产")
    reg.add_argument("--include-disposed", action="store_true", help="包含已处置资产")


def _plan_parser(docs: Any, name: str, document: plan_batch.PlanDocument) -> None:
    one = "；--year 时可合并为一个 PDF" if document.one_pdf else "；--year 时每村一个 PDF"
    p = docs.add_parser(name, help=f"{document.label}（一个方案，或按年度批量{one}）")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--plan", type=int, metavar="ID", help="分配方案编号")
    which.add_argument("--year", type=int, metavar="Y", help="批量：该年度（或季度）的全部村级方案")
    p.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), help="批量：只打印该季度的方案")
    p.add_argument("--township", metavar="NAME", help="批量：只打印该乡镇（默认全县）")
    p.add_argument("--per-village", action="store_true", help="批量：每村一个 PDF，--out 为文件夹")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FOLDER")


def run(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    if args.document in plan_batch.DOCUMENTS:
        return _plan_document(args, open_db(args, upgrade=False))
    handler = {"asset-card": _asset_doc, "registration": _asset_doc, "register": _register,
               "inspection": _inspection}[args.document]
    pdf = handler(args, open_db(args, upgrade=False))
    write_pdf(args.out, pdf)
    print(args.out)
    return 0


def write_pdf(out: Path, pdf: bytes) -> None:
    """Write through a temporary name, so a failure never leaves half a file under ``out``."""
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(pdf)
    tmp.replace(out)


def _asset_doc(args: argparse.Namespace, db: Any) -> bytes:
    from desktop.reports import asset_docs
    from desktop.services import print_data

    with db.reader() as s:
        sheet = print_data.asset_sheet(s, print_data.find_asset_id(s, args.asset))
    return asset_docs.asset_card(sheet) if args.document == "asset-card" else asset_docs.registration_form(sheet)


def _register(args: argparse.Namespace, db: Any) -> bytes:
    from desktop.reports import asset_docs
    from desktop.services import print_data
    from desktop.services.register import AssetFilter

    with db.reader() as s:
        township_id = print_data.region_id(s, args.township, "township") if args.township else None
        village_id = print_data.region_id(s, args.village, "village", township_id) if args.village else None
        f = AssetFilter(text=args.search, township_id=township_id, village_id=village_id, category=args.category,
                        nature=args.nature, status=args.status, registered=False if args.unregistered else None,
                        include_disposed=args.include_disposed)
        data = print_data.register_rows(s, f)
    return asset_docs.register_printout(data)


def _inspection(args: argparse.Namespace, db: Any) -> bytes:
    from desktop.reports.inspection_form import inspection_form
    from desktop.services import print_data

    with db.reader() as s:
        sheet = print_data.inspection_sheet(s, args.id)
    return inspection_form(sheet)


def _plan_document(args: argparse.Namespace, db: Any) -> int:
    """One plan's document, or a batch of a year's (quarter's) plans of a township or the county."""
    from desktop.services import plan_print, print_data

    document = plan_batch.DOCUMENTS[args.document]
    if args.plan is not None:
        with db.reader() as s:
            plan = plan_print.plan_doc(s, args.plan)
        write_pdf(args.out, document.render(plan))
        print(args.out)
        return 0
    per_village = args.per_village or not document.one_pdf
    with db.reader() as s:
        township_id = print_data.region_id(s, args.township, "township") if args.township else None
        total = plan_print.count_plans(s, args.year, township_id, args.quarter)
        if not total:
            raise ValidationError([Problem("year", "没有{value}的分配方案", {"value": _scope(args)})])
        result = plan_batch.run(document, plan_print.plan_docs_for(s, args.year, township_id, args.quarter),
                                args.out, per_village=per_village, total=total)
    if per_village:
        print(f"{result.villages} 个村，{len(result.files)} 个文件，已写入 {args.out}")
    else:
        print(f"{args.out}（{result.villages} 个村，{result.pages} 页）")
    return 0


def _scope(args: argparse.Namespace) -> str:
    period = f"{args.year}年" + (f"第{args.quarter}季度" if args.quarter else "度")
    return f"{args.township or '全县'}{period}"
