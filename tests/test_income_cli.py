"""``export returns``, ``warnings --json`` and the income figures of ``stats --json``."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.models import IncomeRecord
from desktop.services.database import ENV_URL, Database
from desktop.services.warnings import compute_warnings
from tests.test_cli import assert_one_line_error, run


@pytest.fixture(autouse=True)
def _no_env_database(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_URL, raising=False)


@pytest.fixture
def path(tmp_path, capsys):  # type: ignore[no-untyped-def]
    p = tmp_path / "cli.sqlite"
    assert run(capsys, "--db", str(p), "demo", "--size", "small")[0] == 0
    return p


def test_export_returns_of_a_year_totals_match_the_database(capsys, path, tmp_path):
    out = tmp_path / "r.xlsx"
    code, stdout, err = run(capsys, "--db", str(path), "export", "returns", str(out), "--year", "2024")
    assert (code, err) == (0, "") and str(out) in stdout
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[3]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
    assert rows[-1][0] == "合计" and all(r[0] == 2024 for r in rows[:-1])
    database = Database(f"sqlite:///{path}")
    with database.reader() as s:
        net = s.scalar(select(func.sum(IncomeRecord.net)).where(IncomeRecord.year == 2024))
        n_assets = s.scalar(select(func.count(IncomeRecord.asset_id.distinct())).where(IncomeRecord.year == 2024))
    database.dispose()
    assert len(rows) - 1 == n_assets
    col = header.index("净收益（元）")
    assert Decimal(str(rows[-1][col])) == net
    assert sum((Decimal(str(r[col])) for r in rows[:-1]), Decimal(0)) == net


def test_export_returns_without_a_year_has_every_year(capsys, path, tmp_path):
    out = tmp_path / "all.xlsx"
    assert run(capsys, "--db", str(path), "export", "returns", str(out))[0] == 0
    years = {r[0].value for r in openpyxl.load_workbook(out).active.iter_rows(min_row=4) if r[0].value != "合计"}
    assert years == set(range(2016, 2026))


def test_export_to_a_missing_folder_fails_in_one_line(capsys, path, tmp_path):
    code, out, err = run(capsys, "--db", str(path), "export", "returns", str(tmp_path / "no" / "r.xlsx"))
    assert (code, out) == (1, "")
    assert_one_line_error(err)


def test_warnings_json_lists_kind_asset_record_and_message(capsys, path):
    code, out, err = run(capsys, "--db", str(path), "warnings", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    database = Database(f"sqlite:///{path}")
    with database.reader() as s:
        expected = compute_warnings(s, date.today())
    database.dispose()
    assert len(rows) == len(expected) > 0
    assert {"kind", "asset_code", "entity", "entity_id", "message"} <= set(rows[0])
    assert [(r["kind"], r["asset_code"]) for r in rows] == [(w.kind.value, w.asset_code) for w in expected]
    code, out, _ = run(capsys, "--db", str(path), "warnings")
    assert code == 0 and len(out.splitlines()) == len(rows)


def test_stats_json_counts_warnings_and_net_income_by_year(capsys, path):
    result = json.loads(run(capsys, "--db", str(path), "stats", "--json")[1])
    warnings = json.loads(run(capsys, "--db", str(path), "warnings", "--json")[1])
    counts: dict[str, int] = {}
    for w in warnings:
        counts[w["kind"]] = counts.get(w["kind"], 0) + 1
    assert result["warnings"] == counts
    assert list(result["net_income_by_year"]) == [str(y) for y in range(2016, 2026)]
    assert all(Decimal(v) > 0 for v in result["net_income_by_year"].values())
