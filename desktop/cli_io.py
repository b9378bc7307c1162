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

# what ``export`` writes: name → (help, "module:function"); each exporter is
# ``function(session, out, **options) -> rows written``
EXPORTS = {
    "households": ("农户花名册（一人一行）", "desktop.services.household_export:export"),
    "assets": ("资产台账", "desktop.services.asset_export:export"),
    "returns": ("年度收益台账", "desktop.io.returns_export:export_returns"),
    "inspections": ("验收记录与逾期整改", "desktop.io.inspections_export:export_inspections"),
}


EXPORT_OPTIONS: dict[str, tuple[str, ...]] = {"returns": ("year",)}  # passed to the exporter by name
OPTION_HELP = {"year": "只导出这一年（默认：各年度）"}


def add_parsers(sub: Any) -> None:
    imp = sub.add_parser("import", help="从 Excel 导入农户花名册或资产台账（全部成功才保存）")
    imp.add_argument("kind", choices=["households", "assets"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="只检查并显示将导入的内容，不保存")
    imp.add_argument("--json", action="store_true", help="输出一个 JSON 对象（计数和每一处错误）")
    imp.add_argument("--errors", type=Path, metavar="OUT.xlsx", help="把带“错误说明”列的错误报告写入此工作簿")
    exp = sub.add_parser("export", help="导出为格式化的 Excel 工作簿").add_subparsers(dest="what", required=True)
    for name, (help_text, _module) in EXPORTS.items():
        p = exp.add_parser(name, help=help_text)
        p.add_argument("out", type=Path, metavar="OUT.xlsx")
        for option in EXPORT_OPTIONS.get(name, ()):
            p.add_argument(f"--{option}", type=int, help=OPTION_HELP[option])


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
    import importlib

    db = open_db(args, upgrade=False)
    module, function = EXPORTS[args.what][1].split(":")
    export = getattr(importlib.import_module(module), function)
    options = {o: getattr(args, o) for o in EXPORT_OPTIONS.get(args.what, ())}
    with db.reader() as s:
        n = export(s, args.out, **options)
    print(f"已导出 {n} 行：{args.out}")
    return 0
