"""``import`` and ``export`` commands: Excel in and out over the same services as the GUI.

``import households|assets FILE [--dry-run] [--json] [--errors OUT.xlsx]`` exits 0 when
every row was (or in a dry run would be) imported and 1 when any row has a problem — and
then nothing is saved. ``--json`` prints one object: the counts and every problem as
``{row, column, value, message}``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXPORT_KINDS = ("households", "assets")


def add_parsers(sub: Any) -> None:
    imp = sub.add_parser("import", help="从 Excel 导入农户花名册或资产台账（全部成功才保存）")
    imp.add_argument("kind", choices=["households", "assets"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="只检查并显示将导入的内容，不保存")
    imp.add_argument("--json", action="store_true", help="输出一个 JSON 对象（计数和每一处错误）")
    imp.add_argument("--errors", type=Path, metavar="OUT.xlsx", help="把带“错误说明”列的错误报告写入此工作簿")
    exp = sub.add_parser("export", help="导出为格式化的 Excel 工作簿")
    exp.add_argument("kind", choices=list(EXPORT_KINDS))
    exp.add_argument("out", type=Path)


def cmd_import(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from desktop.services import importing

    db = open_db(args)
    run = importing.run_file(db, args.kind, args.file, dry_run=args.dry_run)
    summary = run.summary()
    if args.errors and run.problems:
        importing.write_errors(run, args.errors)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, default=str))
    else:
        for p in run.problems[:200]:
            print(p.line(), file=sys.stderr)
        if len(run.problems) > 200:
            print(f"……另有 {len(run.problems) - 200} 处问题", file=sys.stderr)
        counts = "，".join(f"{k} {v}" for k, v in summary.items() if isinstance(v, int))
        state = "未保存任何数据" if run.problems else "试运行，未保存" if args.dry_run else "已保存"
        print(f"{counts}；问题 {len(run.problems)} 处；{state}")
        for region in summary.get("regions_created", []):
            print(region)
    return 1 if run.problems else 0


def cmd_export(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    db = open_db(args, upgrade=False)
    if args.kind == "households":
        from desktop.services.household_export import export
    else:
        from desktop.services.asset_export import export
    with db.reader() as s:
        n = export(s, args.out)
    print(f"已导出 {n} 行：{args.out}")
    return 0
