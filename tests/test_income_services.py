"""Income, settings, warnings, dashboard, stats and the returns export on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.domain.income import IncomeData
from desktop.domain.problems import ValidationError
from desktop.domain.selfcheck import CategoryRules
from desktop.domain.vocab import Category, Nature, OperationMode, Status
from desktop.domain.warnings import SelfCheckWarning, WarningKind
from desktop.io.returns_export import export_returns
from desktop.models import AuditEntry, IncomeRecord
from desktop.services import demo
from desktop.services import warnings as warning_service
from desktop.services.assets import dispose_asset
from desktop.services.category_settings import category_rules, save_category_rules
from desktop.services.dashboard import dashboard
from desktop.services.database import Database
from desktop.services.income import asset_income, save_asset_income, save_year_grid, year_grid
from desktop.services.stats import stats
from tests.test_services import TODAY, asset_data, disposal, initial, make_tree, save

D = Decimal


def income(db: Database, asset_id: int, rows: list[IncomeData]) -> None:
    with db.session() as s:
        save_asset_income(s, asset_id, rows, today=TODAY)


@pytest.fixture
def county(any_db: Database) -> dict[str, int]:
    """A known county: A earns well, B is unregistered, low and its lease ends soon (by
    quarters), C earns nothing, D is public, E is disposed (its income stays in history)."""
    t = make_tree(any_db)
    ids = {
        "A": save(any_db, asset_data(t["v11"], code="A", name="东山村光伏电站", original_value=D("100000.00")),
                  initial()),
        "B": save(any_db, asset_data(t["v12"], code="B", name="柳树村大棚", category=Category.GREENHOUSE,
                                     original_value=D("200000.00"), contract_end=date(2026, 7, 15))),
        "C": save(any_db, asset_data(t["v21"], code="C", name="西河村车间", category=Category.WORKSHOP,
                                     original_value=D("50000.00"), operation_mode=OperationMode.SELF,
                                     contract_start=None, contract_end=None), initial()),
        "D": save(any_db, asset_data(t["v11"], code="D", name="东山村道路", category=Category.INFRASTRUCTURE,
                                     nature=Nature.PUBLIC, original_value=D("300000.00"), operation_mode=None,
                                     operator="", contract_start=None, contract_end=None, agreed_return=None),
                  initial()),
        "E": save(any_db, asset_data(t["v11"], code="E", name="东山村冷库", category=Category.COLD_STORE,
                                     original_value=D("80000.00")), initial()),
    }
    income(any_db, ids["A"], [IncomeData(2024, rent=D("9000.00")),
                              IncomeData(2025, rent=D("8000.00"), maintenance=D("500.00"))])
    income(any_db, ids["B"], [IncomeData(2025, q, rent=D("2000.00")) for q in (1, 2, 3, 4)])
    income(any_db, ids["E"], [IncomeData(2025, dividend=D("4000.00"))])
    with any_db.session() as s:
        dispose_asset(s, ids["E"], disposal(), today=TODAY)
    return {**t, **ids}


def test_asset_income_round_trips_with_its_audit(any_db, county):
    rows = asset_income_of(any_db, county["A"])
    assert [(r.year, r.quarter, r.net) for r in rows] == [(2025, 0, D("7500.00")), (2024, 0, D("9000.00"))]
    with any_db.reader() as s:
        audit = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "income_records",
                                                        AuditEntry.asset_id == county["A"])))
    assert len(audit) == 2 and {a.action for a in audit} == {"create"} and audit[0].operator == "测试员"
    assert json.loads(audit[1].after)["net"] == "7500.00"
    income(any_db, county["A"], [IncomeData(2025, rent=D("8100.00"), maintenance=D("500.00"))])
    assert [(r.year, r.net) for r in asset_income_of(any_db, county["A"])] == [(2025, D("7600.00"))]
    with any_db.reader() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "income_records", AuditEntry.asset_id == county["A"]).order_by(AuditEntry.id))]
    assert sorted(actions[2:]) == ["delete", "update"]  # 2024 removed, 2025 changed


def asset_income_of(db: Database, asset_id: int) -> list[IncomeData]:
    with db.reader() as s:
        return asset_income(s, asset_id)


def test_a_negative_income_or_a_double_year_writes_nothing(any_db, county):
    before = asset_income_of(any_db, county["A"])
    with any_db.session() as s, pytest.raises(ValidationError, match="成本栏"):
        save_asset_income(s, county["A"], [IncomeData(2025, rent=D("-1.00"))], today=TODAY)
    with any_db.session() as s, pytest.raises(ValidationError, match="重复计算"):
        save_asset_income(s, county["A"], [*before, IncomeData(2025, 3, rent=D("1.00"))], today=TODAY)
    assert asset_income_of(any_db, county["A"]) == before


def test_year_grid_lists_earning_assets_with_last_year_beside(any_db, county):
    with any_db.reader() as s:
        rows = {r.code: r for r in year_grid(s, 2025)}
    assert set(rows) == {"A", "B", "C"}  # not the public road, not the disposed store
    assert rows["A"].previous is not None and rows["A"].previous.net == D("9000.00")
    assert rows["A"].current is not None and rows["A"].current.net == D("7500.00") and not rows["A"].by_quarter
    assert rows["B"].by_quarter and rows["B"].current is not None and rows["B"].current.rent == D("8000.00")
    assert rows["C"].current is None and rows["C"].township == "西河乡" and rows["C"].village == "西河村"
    with any_db.reader() as s:
        nxt = {r.code: r for r in year_grid(s, 2026)}
    assert nxt["B"].previous is not None and nxt["B"].previous.net == D("8000.00")  # quarters summed


def test_save_year_grid_creates_updates_clears_in_one_go(any_db, county):
    entries = {county["A"]: IncomeData(2026, rent=D("8800.00")), county["C"]: IncomeData(2026, sales=D("100.00"))}
    with any_db.session() as s:
        assert save_year_grid(s, 2026, entries, today=date(2026, 12, 31)) == 2
    with any_db.session() as s:
        assert save_year_grid(s, 2026, {county["A"]: IncomeData(2026, rent=D("8800.00")), county["C"]: None},
                              today=date(2026, 12, 31)) == 1  # A unchanged, C cleared
    with any_db.reader() as s:
        rows = {r.code: r for r in year_grid(s, 2026)}
    assert rows["A"].current is not None and rows["A"].current.rent == D("8800.00")
    assert rows["C"].current is None


def test_save_year_grid_checks_every_row_first(any_db, county):
    entries = {county["A"]: IncomeData(2025, rent=D("1.00")), county["C"]: IncomeData(2025, sales=D("-5.00")),
               county["B"]: IncomeData(2025, rent=D("1.00"))}
    with any_db.session() as s, pytest.raises(ValidationError) as err:
        save_year_grid(s, 2025, entries, labels={county["C"]: "C 西河村车间"}, today=TODAY)
    messages = [p.message for p in err.value.problems]
    assert any(m.startswith("C 西河村车间：") and "成本栏" in m for m in messages)
    assert any("按季度登记" in m for m in messages)
    assert asset_income_of(any_db, county["A"])[0].rent == D("8000.00")  # nothing written


def test_category_rules_default_and_persist(any_db):
    with any_db.reader() as s:
        rules = category_rules(s)
    assert set(rules) == {c.value for c in Category} and rules[Category.PV] == CategoryRules()
    with any_db.session() as s:
        assert save_category_rules(s, {**rules, Category.PV: CategoryRules(D("6.50"), 6, 30)}) == 1
    with any_db.reader() as s:
        assert category_rules(s)[Category.PV] == CategoryRules(D("6.50"), 6, 30)
    with any_db.session() as s, pytest.raises(ValidationError, match="闲置月数"):
        save_category_rules(s, {Category.FARM: CategoryRules(D("5"), 0, 90)})


def test_warnings_of_the_known_county(any_db, county):
    with any_db.reader() as s:
        found = warning_service.compute_warnings(s, TODAY, [warning_service.asset_warnings])
        everything = warning_service.compute_warnings(s, TODAY)
    got = sorted((w.asset_code, w.kind.value) for w in found)
    assert got == sorted([("B", "unregistered"), ("B", "contract_expiring"), ("B", "low_return"), ("C", "idle")])
    # the default list also gathers the acceptance rules: no asset here has passed one
    assert set(found) < set(everything)
    assert {w.kind.value for w in everything} - {w.kind.value for w in found} == {"no_acceptance"}
    low = next(w for w in found if w.kind == WarningKind.LOW_RETURN)
    assert "4.00%" in low.message and low.asset_id == county["B"]
    # the office raises the workshop's idle period: C is no longer idle after 12 months…
    with any_db.session() as s:
        save_category_rules(s, {Category.WORKSHOP: CategoryRules(idle_months=120)})
    with any_db.reader() as s:
        assert not [w for w in warning_service.compute_warnings(s, TODAY, [warning_service.asset_warnings])
                    if w.asset_code == "C"]


def test_rule_sets_plug_in_and_are_ordered_by_kind(any_db, county):
    def extra(session, today):  # type: ignore[no-untyped-def]
        return [SelfCheckWarning(WarningKind.NO_ACCEPTANCE, county["A"], "A", "东山村光伏电站", "未验收",
                                 entity="inspections", entity_id=7)]

    with any_db.reader() as s:
        found = warning_service.compute_warnings(s, TODAY, [extra, warning_service.asset_warnings])
        placed = warning_service.place(s, found)
    assert found[-1].kind == WarningKind.NO_ACCEPTANCE and found[0].kind == WarningKind.UNREGISTERED
    assert {p.warning.asset_code: p.township for p in placed} == {"A": "东山镇", "B": "东山镇", "C": "西河乡"}


def test_dashboard_tiles_of_the_known_county(any_db, county):
    with any_db.reader() as s:
        d = dashboard(s, TODAY)
        east = dashboard(s, TODAY, township_id=county["t1"])
    assert d.year == 2025
    assert (d.assets, d.value, d.registered, d.earning) == (4, D("650000.00"), 3, 3)
    assert d.registered_share == D("75.00")
    assert d.year_net == D("19500.00")  # A 7,500 + B 8,000 + E 4,000 (earned before its disposal)
    assert d.average_rate == D("5.17")  # (7,500 + 8,000) / 300,000, active earning assets only
    assert d.net_by_year == {2024: D("9000.00"), 2025: D("19500.00")}
    assert d.warnings == {"unregistered": 1, "contract_expiring": 1, "idle": 1, "low_return": 1,
                          "no_acceptance": 4}  # A–D are in operation and none has passed an acceptance
    assert [a.code for a in d.top] == ["A", "B"] and [a.code for a in d.bottom] == ["B", "A"]
    assert dict(d.rate_bands)["3–5%"] == 1 and dict(d.rate_bands)["5–8%"] == 1
    assert dict((c, v) for c, _, v in d.value_by_category)[Category.INFRASTRUCTURE] == D("300000.00")
    assert (east.assets, east.year_net) == (3, D("19500.00"))
    assert east.warnings == {"unregistered": 1, "contract_expiring": 1, "low_return": 1, "no_acceptance": 3}


def test_stats_gain_net_income_by_year_and_warning_counts(any_db, county):
    with any_db.reader() as s:
        result = stats(s)
    assert result["net_income_by_year"] == {"2024": "9000.00", "2025": "19500.00"}
    assert set(result["warnings"]) <= {k.value for k in WarningKind}
    assert all(isinstance(n, int) and n > 0 for n in result["warnings"].values())


def test_returns_export_reads_back_with_exact_totals(any_db, county, tmp_path):
    out = tmp_path / "returns.xlsx"
    with any_db.reader() as s:
        assert export_returns(s, out, 2025, today=TODAY) == 3  # A, B (quarters summed), E
        db_net = s.scalar(select(func.sum(IncomeRecord.net)).where(IncomeRecord.year == 2025))
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "2025 年度扶贫项目资产收益台账" and ws.freeze_panes == "A4"
    header = [c.value for c in ws[3]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
    body, totals = rows[:-1], rows[-1]
    net_col = header.index("净收益（元）")
    assert [r[header.index("资产编码")] for r in body] == ["A", "B", "E"]
    assert Decimal(str(totals[net_col])) == db_net == D("19500.00")
    assert totals[0] == "合计"
    b = body[1]
    assert Decimal(str(b[header.index("租金收入（元）")])) == D("8000.00")
    assert Decimal(str(b[header.index("收益率")])) == D("0.04")  # 4.00 % as an Excel percentage
    assert ws.cell(4, net_col + 1).number_format == "#,##0.00"


def test_demo_income_is_deterministic_and_spread(tmp_path):
    from desktop.services import schema

    def build(name: str) -> tuple[dict[str, object], list[tuple[object, ...]]]:
        db = Database(f"sqlite:///{tmp_path / name}", operator="测试员")
        schema.upgrade(db.engine, backup=False)
        with db.session() as s:
            demo.generate(s, "county", 3)
        with db.reader() as s:
            result = stats(s), list(s.execute(select(IncomeRecord.asset_id, IncomeRecord.year, IncomeRecord.net)
                                              .order_by(IncomeRecord.id).limit(50)))
            pv = s.execute(select(func.count(), func.min(IncomeRecord.kwh)).where(
                IncomeRecord.power_revenue > 0)).one()
        db.dispose()
        assert pv[0] > 100 and pv[1] > 0  # PV stations record their generation
        return result

    a, b = build("a.sqlite"), build("b.sqlite")
    assert a == b
    years = a[0]["net_income_by_year"]
    assert list(years) == [str(y) for y in range(2016, 2026)]  # type: ignore[arg-type]
    warnings = a[0]["warnings"]
    assets = a[0]["assets"]
    assert isinstance(warnings, dict) and isinstance(assets, int)
    for kind in ("idle", "low_return"):  # a few, not none and not most
        assert 0 < warnings[kind] < assets * 0.2, (kind, warnings)


def test_demo_has_no_long_running_construction(demo_db):
    from desktop.models import Asset

    with demo_db.reader() as s:
        years = list(s.scalars(select(Asset.project_year).where(Asset.status == Status.BUILDING)))
    assert all(y >= 2023 for y in years)


def test_dashboard_and_warnings_of_an_empty_database(any_db):
    with any_db.reader() as s:
        d = dashboard(s, TODAY)
        assert warning_service.compute_warnings(s, TODAY) == []
        assert year_grid(s, 2025) == []
    assert (d.year, d.assets, d.year_net, d.average_rate, d.registered_share) == (None, 0, D("0.00"), None, None)
    assert d.top == d.bottom == [] and d.warnings == {} and d.net_by_year == {}
