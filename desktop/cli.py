"""Command line: the GUI by default, and headless commands over the same services.

Every command exits 0 on success and non-zero with a one-line reason on stderr on failure,
so that scripts and the office's automation can rely on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import APP_ID, ORG_NAME, __version__, cli_io, cli_plan, cli_print
from desktop.services.database import ENV_URL, Database, one_line, resolve_url

SCREENSHOT_VIEWS = ("assets", "regions", "editor", "dashboard", "warnings", "income", "inspections", "households",
                    "plans", "plan-editor")


def default_data_dir() -> Path:
    """The user's data folder (QStandardPaths AppDataLocation), e.g. %APPDATA%/fupin/fupin-assets."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fupin-assets", description="扶贫项目资产管理")
    p.add_argument("--db", metavar="URL",
                   help="数据库：SQLite 文件路径或 URL（默认：用户数据目录；也可用环境变量 FUPIN_DB_URL）")
    p.add_argument("--operator", metavar="NAME", help="记入操作日志的操作员姓名（命令行默认“命令行”）")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command")
    db = sub.add_parser("db", help="数据库维护")
    db.add_argument("action", choices=["upgrade", "current"], help="upgrade：升级到本程序的版本；current：显示版本")
    demo = sub.add_parser("demo", help="向空数据库载入演示县")
    demo.add_argument("--size", choices=["small", "county", "large"], default="small")
    demo.add_argument("--seed", type=int, default=1)
    st = sub.add_parser("stats", help="统计数字")
    st.add_argument("--json", action="store_true", help="输出一个 JSON 对象")
    warn = sub.add_parser("warnings", help="自查预警清单")
    warn.add_argument("--json", action="store_true", help="输出 JSON 数组")
    shot = sub.add_parser("screenshot", help="离屏打开一个界面并保存截图")
    shot.add_argument("view", choices=SCREENSHOT_VIEWS)
    shot.add_argument("out", type=Path)
    shot.add_argument("--size", default="1280x800", help="窗口大小，如 1280x800")
    cli_print.add_parser(sub)
    cli_io.add_parsers(sub)
    cli_plan.add_parser(sub)
    return p


def _open(args: argparse.Namespace, *, upgrade: bool = True):  # type: ignore[no-untyped-def]
    """Open the database for a headless command, refusing a newer schema, upgrading an older one."""
    from desktop.services import schema

    db = Database(database_url(args), operator=args.operator or "命令行")
    if upgrade:
        schema.upgrade(db.engine)
    elif schema.needs_upgrade(db.engine):
        raise schema.SchemaError("数据库版本较旧，请先运行：python -m desktop db upgrade")
    return db


def database_url(args: argparse.Namespace) -> str:
    """``--db`` over ``FUPIN_DB_URL`` over the file in the user's data folder."""
    import os

    explicit = args.db or os.environ.get(ENV_URL)
    return resolve_url(args.db, None if explicit else default_data_dir())


def _cmd_db(args: argparse.Namespace) -> int:
    from desktop.services import schema

    db = Database(database_url(args))
    if args.action == "current":
        print(schema.current_revision(db.engine) or "(empty)")
        return 0
    result = schema.upgrade(db.engine)
    if result.changed:
        backup = f"（升级前备份：{result.backup}）" if result.backup else ""
        print(f"数据库已从 {result.before or '空'} 升级到 {result.after}{backup}")
    else:
        print(f"数据库已是最新版本 {result.after}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services import demo

    db = _open(args)
    with db.session() as s:
        counts = demo.generate(s, args.size, args.seed)
    print(json.dumps(counts, ensure_ascii=False))
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from desktop.services.stats import stats

    db = _open(args, upgrade=False)
    with db.reader() as s:
        result = stats(s)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key}\t{value}")
    return 0


def _cmd_warnings(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.services.warnings import compute_warnings

    db = _open(args, upgrade=False)
    with db.reader() as s:
        found = compute_warnings(s, date.today())
    rows = [{"kind": w.kind.value, "kind_label": w.kind.label, "asset_id": w.asset_id, "asset_code": w.asset_code,
             "asset_name": w.asset_name, "entity": w.entity, "entity_id": w.entity_id or w.asset_id,
             "message": w.message} for w in found]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r['kind_label']}\t{r['asset_code']}\t{r['asset_name']}\t{r['message']}")
    return 0


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from desktop.app import screenshot

    db = _open(args, upgrade=False)
    width, _, height = args.size.partition("x")
    screenshot(db, args.view, args.out, (int(width), int(height)))
    print(args.out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args)
    handler = {"db": _cmd_db, "demo": _cmd_demo, "stats": _cmd_stats, "screenshot": _cmd_screenshot,
               "warnings": _cmd_warnings, "print": lambda a: cli_print.run(a, _open),
               "import": lambda a: cli_io.cmd_import(a, _open), "export": lambda a: cli_io.cmd_export(a, _open),
               "plan": lambda a: cli_plan.run(a, _open)}
    try:
        return handler[args.command](args)
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the contract is one line, not a traceback
        print(f"错误：{one_line(exc)}", file=sys.stderr)
        return 1

