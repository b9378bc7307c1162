"""The headless command line (desktop.cli): exit codes, output, and the one-line error contract.

Every test names its database explicitly (``--db`` or FUPIN_DB_URL) in a temporary folder, so
the user's real data folder is never touched.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from desktop import __version__
from desktop.cli import main, one_line
from desktop.services import schema
from desktop.services.database import ENV_URL, Database
from desktop.services.stats import stats

STATS_KEYS = {"townships", "villages", "assets", "original_value", "registered", "unregistered", "disposed",
              "inspections", "overdue_rectifications", "net_income_by_year", "warnings",
              "households", "members", "plans", "allocated", "paid"}


@pytest.fixture(autouse=True)
def _no_env_database(monkeypatch):
    monkeypatch.delenv(ENV_URL, raising=False)


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "cli.sqlite"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("错误："), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


def sqlite_scalar(path: Path, sql: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_db_upgrade_and_current(capsys, path):
    assert run(capsys, "--db", str(path), "db", "current") == (0, "(empty)\n", "")
    code, out, err = run(capsys, "--db", str(path), "db", "upgrade")
    assert (code, err) == (0, "")
    assert f"升级到 {schema.head_revision()}" in out
    assert sqlite_scalar(path, "SELECT version_num FROM alembic_version") == schema.head_revision()
    code, out, _ = run(capsys, "--db", str(path), "db", "upgrade")
    assert code == 0 and "已是最新版本" in out
    assert run(capsys, "--db", str(path), "db", "current") == (0, f"{schema.head_revision()}\n", "")


def test_demo_then_stats_json(capsys, path):
    code, out, err = run(capsys, "--db", str(path), "demo", "--size", "small", "--seed", "1")
    assert (code, err) == (0, "")
    written = json.loads(out)
    assert (written["townships"], written["villages"], written["assets"]) == (3, 12, 40)

    code, out, err = run(capsys, "--db", str(path), "stats", "--json")
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 1
    result = json.loads(out)
    assert set(result) == STATS_KEYS
    assert (result["townships"], result["villages"]) == (3, 12)
    assert result["assets"] + result["disposed"] == 40
    assert result["registered"] + result["unregistered"] == result["assets"]
    assert re.fullmatch(r"[1-9]\d*\.\d\d", result["original_value"])
    # The same figures the services give, and the exact sum of the stored fen.
    database = Database(f"sqlite:///{path}")
    with database.reader() as s:
        assert stats(s) == result
    database.dispose()
    fen = sqlite_scalar(path, "SELECT sum(original_value) FROM assets WHERE deleted_at IS NULL "
                              "AND status != 'disposed'")
    assert result["original_value"] == f"{fen // 100}.{fen % 100:02d}"

    code, out, _ = run(capsys, "--db", str(path), "stats")
    assert code == 0
    assert out.splitlines() == [f"{k}\t{v}" for k, v in result.items()]


def test_demo_seed_changes_the_data(capsys, tmp_path):
    figures = []
    for name, seed in (("a", "1"), ("b", "1"), ("c", "2")):
        db_path = str(tmp_path / f"{name}.sqlite")
        assert run(capsys, "--db", db_path, "demo", "--seed", seed)[0] == 0
        figures.append(json.loads(run(capsys, "--db", db_path, "stats", "--json")[1]))
    assert figures[0] == figures[1]
    assert figures[0] != figures[2]


def test_demo_twice_fails_with_one_line(capsys, path):
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    before = run(capsys, "--db", str(path), "stats", "--json")[1]
    code, out, err = run(capsys, "--db", str(path), "demo", "--seed", "2")
    assert (code, out) == (1, "")
    assert_one_line_error(err, "已有数据")
    assert run(capsys, "--db", str(path), "stats", "--json")[1] == before


def test_operator_is_recorded(capsys, tmp_path):
    named, default = tmp_path / "named.sqlite", tmp_path / "default.sqlite"
    assert run(capsys, "--db", str(named), "--operator", "李四", "demo")[0] == 0
    assert run(capsys, "--db", str(default), "demo")[0] == 0
    assert sqlite_scalar(named, "SELECT operator FROM audit_log WHERE entity = 'demo'") == "李四"
    assert sqlite_scalar(default, "SELECT operator FROM audit_log WHERE entity = 'demo'") == "命令行"


def test_newer_database_is_refused_by_every_command(capsys, path):
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assets = sqlite_scalar(path, "SELECT count(*) FROM assets")
    for argv in (("stats", "--json"), ("db", "upgrade"), ("demo",)):
        code, out, err = run(capsys, "--db", str(path), *argv)
        assert (code, out) == (1, ""), argv
        assert_one_line_error(err, "更新版本", "9999")
    assert sqlite_scalar(path, "SELECT version_num FROM alembic_version") == "9999"
    assert sqlite_scalar(path, "SELECT count(*) FROM assets") == assets
    assert list(path.parent.glob("*.backup-*")) == []


def test_stats_refuses_a_database_that_is_not_upgraded(capsys, path):
    code, out, err = run(capsys, "--db", str(path), "stats", "--json")
    assert (code, out) == (1, "")
    assert_one_line_error(err, "db upgrade")
    assert sqlite_scalar(path, "SELECT count(*) FROM sqlite_master WHERE type = 'table'") == 0


def test_unreachable_database_is_one_line(capsys):
    code, out, err = run(capsys, "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "stats", "--json")
    assert (code, out) == (1, "")
    assert_one_line_error(err, "数据库错误")


def test_one_line_reasons():
    assert one_line(ValueError("第一行\n  第二行")) == "第一行 第二行"
    assert one_line(RuntimeError()) == "RuntimeError"
    locked = OperationalError("INSERT ...", {}, sqlite3.OperationalError("database is locked"))
    assert one_line(locked) == "数据库正被其他程序占用，请关闭占用它的程序后重试"
    refused = OperationalError("SELECT 1", {}, Exception("connection refused\nIs the server running?"))
    assert one_line(refused) == "数据库错误：connection refused"


def test_fupin_db_url_is_honoured(capsys, tmp_path, monkeypatch):
    from_env = tmp_path / "env.sqlite"
    monkeypatch.setenv(ENV_URL, str(from_env))  # a bare path means a SQLite file
    assert run(capsys, "db", "upgrade")[0] == 0
    assert sqlite_scalar(from_env, "SELECT version_num FROM alembic_version") == schema.head_revision()

    monkeypatch.setenv(ENV_URL, f"sqlite:///{from_env}")  # and a URL works too
    assert run(capsys, "demo")[0] == 0
    assert json.loads(run(capsys, "stats", "--json")[1])["villages"] == 12

    explicit = tmp_path / "explicit.sqlite"  # --db wins over the environment
    assert run(capsys, "--db", str(explicit), "db", "upgrade")[0] == 0
    assert json.loads(run(capsys, "--db", str(explicit), "stats", "--json")[1])["villages"] == 0
    assert json.loads(run(capsys, "stats", "--json")[1])["villages"] == 12


def test_bad_arguments_and_version(capsys, path):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(path), "demo", "--size", "enormous"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out
    assert not path.exists()  # nothing was opened


def test_python_m_desktop_entry_point(capsys, path):
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    env = {k: v for k, v in os.environ.items() if k != ENV_URL}
    env["QT_QPA_PLATFORM"] = "offscreen"
    ok = subprocess.run([sys.executable, "-m", "desktop", "--db", str(path), "stats", "--json"],
                        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["villages"] == 12
    bad = subprocess.run([sys.executable, "-m", "desktop", "--db", str(path), "demo"],
                         capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)
    assert bad.returncode == 1 and bad.stdout == ""
    assert_one_line_error(bad.stderr, "已有数据")
