"""``print`` commands: documents as PDF files, headless (``python -m desktop print …``).

Kept out of ``cli.py`` so that each document adds one sub-parser and one function here;
``cli.py`` only hands the ``print`` group over. ReportLab is imported when a command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.domain.vocab import Category, Nature, Status


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


def run(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
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
