"""Services on real databases: regions, assets, ownership, disposal, audit log, register search,
statistics and the demo county. Money must come back exact to the fen on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import StatementError

from desktop.domain.assets import (
    AssetData,
    BeneficiaryLine,
    DisposalData,
    FundingLine,
    OwnerLine,
    RegistrationData,
    validate_asset,
    validate_disposal,
    validate_registration,
)
from desktop.domain.problems import ValidationError
from desktop.domain.vocab import (
    Category,
    DisposalMethod,
    FundingSource,
    Nature,
    OperationMode,
    OwnerKind,
    RegionLevel,
    RegistrationKind,
    Status,
)
from desktop.models import (
    Asset,
    AssetBeneficiary,
    AssetFunding,
    AuditEntry,
    Disposal,
    Region,
    Registration,
    RegistrationOwner,
)
from desktop.models.types import Money, Percent, Quantity, ScaledDecimal
from desktop.services import demo, schema
from desktop.services import regions as regions_service
from desktop.services.assets import (
    delete_asset,
    dispose_asset,
    get_asset,
    history,
    register_ownership,
    save_asset,
)
from desktop.services.database import (
    ENV_URL,
    Database,
    display_url,
    make_engine,
    resolve_url,
    sqlite_file,
)
from desktop.services.register import AssetFilter, fetch_rows, search
from desktop.services.stats import stats

TODAY = date(2026, 6, 30)
STATS_KEYS = {"townships", "villages", "assets", "original_value", "registered", "unregistered", "disposed",
              "inspections", "overdue_rectifications", "net_income_by_year", "warnings",
              "households", "members", "plans", "allocated", "paid"}


# ---------------------------------------------------------------- helpers


def make_tree(db: Database) -> dict[str, int]:
    """和平县 with two townships and three villages, added through the regions service."""
    with db.session() as s:
        add = regions_service.add_region
        county = add(s, "和平县", "419901", None)
        t1 = add(s, "东山镇", "419901001000", county.id)
        t2 = add(s, "西河乡", "419901002000", county.id)
        v11 = add(s, "东山村", "419901001001", t1.id)
        v12 = add(s, "柳树村", "419901001002", t1.id)
        v21 = add(s, "西河村", "419901002001", t2.id)
    return {"county": county.id, "t1": t1.id, "t2": t2.id, "v11": v11.id, "v12": v12.id, "v21": v21.id}


def asset_data(village: int, others: tuple[int, ...] = (), **changes: object) -> AssetData:
    value = changes.pop("original_value", Decimal("1234567.89"))
    assert isinstance(value, Decimal)
    if len(others) == 2:
        shares = [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    elif len(others) == 1:
        shares = [Decimal("60.00"), Decimal("40.00")]
    else:
        shares = [Decimal("100.00")]
    funding = [FundingLine(FundingSource.SPECIAL, value)] if value < 2000 else [
        FundingLine(FundingSource.SPECIAL, value - Decimal("1000.01")),
        FundingLine(FundingSource.SOCIAL, Decimal("1000.01"))]
    base = AssetData(
        code="HP2020-001", name="东山村200kW光伏电站", category=Category.PV, nature=Nature.OPERATING,
        village_id=village, capacity=Decimal("123.456"), capacity_unit="kW", original_value=value,
        project_year=2020, completion_date=date(2020, 9, 1), status=Status.OPERATING,
        operation_mode=OperationMode.LEASE, operator="和平县阳光新能源有限公司",
        contract_start=date(2020, 10, 1), contract_end=date(2030, 9, 30), agreed_return=Decimal("98765.43"),
        custodian="东山村村民委员会", responsible_person="王国强", notes="二〇二〇年衔接项目",
        funding=funding,
        beneficiaries=[BeneficiaryLine(v, s) for v, s in zip((village, *others), shares, strict=True)],
    )
    return replace(base, **changes)


def owners(*pairs: tuple[str, str]) -> list[OwnerLine]:
    return [OwnerLine(name, OwnerKind.VILLAGE_COLLECTIVE, Decimal(share)) for name, share in pairs]


def initial(on: date = date(2021, 3, 1), **changes: object) -> RegistrationData:
    reg = RegistrationData(certificate_no="和平确字〔2021〕第0001号", registered_on=on,
                           registering_body="和平县农业农村局", owners=owners(("东山村股份经济合作社", "100")))
    return replace(reg, **changes)


def transfer(on: date = date(2023, 5, 1), **changes: object) -> RegistrationData:
    reg = RegistrationData(certificate_no="和平确字〔2023〕第0042号", registered_on=on,
                           registering_body="和平县农业农村局", kind=RegistrationKind.TRANSFER,
                           reason="东山村与柳树村合并", approval="和政〔2023〕5号",
                           owners=owners(("东山村股份经济合作社", "70"), ("柳树村股份经济合作社", "30")))
    return replace(reg, **changes)


def disposal(**changes: object) -> DisposalData:
    d = DisposalData(method=DisposalMethod.SCRAP, disposed_on=date(2025, 6, 1), reason="设备老化报废",
                     resolution_date=date(2025, 3, 1), township_review_date=date(2025, 4, 1),
                     county_approval_date=date(2025, 5, 1), approval_doc="和农资处〔2025〕3号",
                     proceeds=Decimal("1234.56"))
    return replace(d, **changes)


def save(db: Database, data: AssetData, registration: RegistrationData | None = None) -> int:
    with db.session() as s:
        return save_asset(s, data, registration, today=TODAY)


def counts(db: Database) -> dict[str, int]:
    with db.reader() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Region, Asset, AssetFunding, AssetBeneficiary, Registration, RegistrationOwner,
                          Disposal, AuditEntry)}


def audit_rows(db: Database, **where: object) -> list[AuditEntry]:
    with db.reader() as s:
        q = select(AuditEntry).order_by(AuditEntry.id)
        for key, value in where.items():
            q = q.where(getattr(AuditEntry, key) == value)
        return list(s.scalars(q))


def problem_fields(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in exc.value.problems}


# ---------------------------------------------------------------- database plumbing


def test_resolve_url_precedence(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_URL, raising=False)
    data_dir = tmp_path / "data" / "nested"
    assert resolve_url(None, data_dir) == f"sqlite:///{data_dir / 'fupin-assets.sqlite'}"
    assert data_dir.is_dir()  # the data folder is created
    monkeypatch.setenv(ENV_URL, "sqlite:///from-env.sqlite")
    assert resolve_url(None, data_dir) == "sqlite:///from-env.sqlite"
    assert resolve_url("postgresql://u@h/db", data_dir) == "postgresql://u@h/db"
    monkeypatch.delenv(ENV_URL)
    with pytest.raises(ValueError):
        resolve_url(None, None)


def test_resolve_url_takes_a_bare_path_as_an_absolute_sqlite_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = resolve_url("rel/file.sqlite", None)
    assert url == f"sqlite:///{(tmp_path / 'rel' / 'file.sqlite').resolve()}"
    assert sqlite_file(url) == (tmp_path / "rel" / "file.sqlite").resolve()


def test_display_url_and_sqlite_file():
    assert display_url("postgresql+psycopg://clerk:s3cret@db.example/fupin") == \
        "postgresql+psycopg://clerk:***@db.example/fupin"
    assert display_url("sqlite:////tmp/x.sqlite") == "/tmp/x.sqlite"
    assert display_url("sqlite://") == ":memory:"
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("postgresql://u@h/db") is None


def test_make_engine_uses_psycopg_for_plain_postgresql_urls():
    engine = make_engine("postgresql://u@127.0.0.1:1/none")  # not connected
    assert engine.url.drivername == "postgresql+psycopg"
    engine.dispose()


def test_session_commits_and_rolls_back(db):
    tree = make_tree(db)
    with pytest.raises(RuntimeError), db.session() as s:
        regions_service.add_region(s, "新村", "419901001003", tree["t1"])
        raise RuntimeError("boom")
    with db.reader() as s:
        assert s.scalar(select(Region).where(Region.code == "419901001003")) is None
    with db.reader() as s:
        regions_service.add_region(s, "新村", "419901001003", tree["t1"])
    with db.reader() as s:  # a reader never commits
        assert s.scalar(select(Region).where(Region.code == "419901001003")) is None


# ---------------------------------------------------------------- exact columns (models.types)

DIALECT = sqlite_dialect.dialect()


def test_scaled_decimal_binds_integers_and_returns_decimals():
    money = Money()
    assert money.process_bind_param(Decimal("1234.56"), DIALECT) == 123456
    assert money.process_bind_param(Decimal("-0.05"), DIALECT) == -5
    assert money.process_bind_param(7, DIALECT) == 700
    assert money.process_bind_param(Decimal("1.5000"), DIALECT) == 150  # trailing zeros are not precision
    assert money.process_bind_param(None, DIALECT) is None
    assert str(money.process_result_value(123456, DIALECT)) == "1234.56"
    assert str(money.process_result_value(Decimal("700"), DIALECT)) == "7.00"  # PostgreSQL sums are numeric
    assert money.process_result_value(None, DIALECT) is None
    assert str(Quantity().process_result_value(123456, DIALECT)) == "123.456"
    assert Percent().process_bind_param(Decimal("33.34"), DIALECT) == 3334
    assert money.python_type is Decimal


@pytest.mark.parametrize("value", [0.1, 1.0, True, "1.00"])
def test_scaled_decimal_refuses_floats_and_other_types(value):
    with pytest.raises(TypeError):
        Money().process_bind_param(value, DIALECT)


def test_scaled_decimal_refuses_more_places_than_it_stores():
    with pytest.raises(ValueError, match="decimal places"):
        Money().process_bind_param(Decimal("0.001"), DIALECT)
    with pytest.raises(ValueError):
        Quantity().process_bind_param(Decimal("1.0001"), DIALECT)


@given(st.integers(min_value=-(10**17), max_value=10**17), st.integers(min_value=0, max_value=4))
def test_scaled_decimal_round_trip(units, places):
    column = ScaledDecimal(places)
    value = Decimal(units).scaleb(-places)
    stored = column.process_bind_param(value, DIALECT)
    assert stored == units
    back = column.process_result_value(stored, DIALECT)
    assert back == value and back.as_tuple().exponent == -places


def test_a_float_never_reaches_the_database(any_db):
    tree = make_tree(any_db)
    asset_id = save(any_db, asset_data(tree["v11"]))
    with pytest.raises(StatementError) as exc, any_db.session() as s:
        s.get(Asset, asset_id).original_value = 1234567.89  # type: ignore[assignment]
    assert isinstance(exc.value.orig, TypeError)
    with any_db.reader() as s:
        assert get_asset(s, asset_id).data.original_value == Decimal("1234567.89")


def test_queries_compare_scaled_values(any_db):
    tree = make_tree(any_db)
    small = save(any_db, asset_data(tree["v11"], code="S", original_value=Decimal("999.99")))
    big = save(any_db, asset_data(tree["v11"], code="B", original_value=Decimal("1000.00")))
    with any_db.reader() as s:
        assert list(s.scalars(select(Asset.id).where(Asset.original_value >= Decimal("1000")))) == [big]
        assert list(s.scalars(select(Asset.id).where(Asset.original_value == Decimal("999.99")))) == [small]
        assert s.scalar(select(func.sum(Asset.original_value))) == Decimal("1999.99")


# ---------------------------------------------------------------- regions


def test_region_tree_and_lookups(db):
    tree = make_tree(db)
    with db.reader() as s:
        everything = regions_service.all_regions(s)
        assert [r.code for r in everything] == sorted(r.code for r in everything)
        assert len(everything) == 6
        county = next(r for r in everything if r.id == tree["county"])
        assert county.code == "419901000000" and county.level == RegionLevel.COUNTY
        villages = regions_service.regions_at(s, RegionLevel.VILLAGE, tree["t1"])
        assert [v.name for v in villages] == ["东山村", "柳树村"]
        assert len(regions_service.regions_at(s, RegionLevel.VILLAGE)) == 3


def test_region_rules_in_the_service(db):
    tree = make_tree(db)
    with db.session() as s:
        with pytest.raises(ValidationError) as exc:
            regions_service.add_region(s, "另一个村", "419901001001", tree["t1"])
        assert "东山村" in str(exc.value)  # names the region that holds the code
        with pytest.raises(ValidationError) as exc:
            regions_service.add_region(s, " 东山村 ", "419901001009", tree["t1"])
        assert problem_fields(exc) == {"name"}
        with pytest.raises(ValidationError) as exc:
            regions_service.add_region(s, "小组", "419901001001", tree["v11"])
        assert problem_fields(exc) == {"parent_id"}
        with pytest.raises(ValidationError):
            regions_service.add_region(s, "孤村", "419901001009", 99999)
        with pytest.raises(ValidationError) as exc:
            regions_service.rename_region(s, tree["t1"], "东山镇", "419901003000")
        assert "下级" in str(exc.value)  # a township with villages keeps its code
        renamed = regions_service.rename_region(s, tree["v11"], "东山社区", "419901001001")
        assert renamed.name == "东山社区"
        # the same name under another parent is fine
        assert regions_service.add_region(s, "柳树村", "419901002002", tree["t2"]).parent_id == tree["t2"]
    rows = audit_rows(db, entity="regions", entity_id=tree["v11"])
    assert [r.action for r in rows] == ["create", "update"]
    assert json.loads(rows[1].before) == {"name": "东山村"} and json.loads(rows[1].after) == {"name": "东山社区"}
    assert rows[1].asset_id is None


# ---------------------------------------------------------------- saving assets


def test_save_and_get_round_trip_is_exact(any_db):
    tree = make_tree(any_db)
    data = asset_data(tree["v11"], (tree["v12"], tree["v21"]))
    asset_id = save(any_db, data)
    with any_db.reader() as s:
        detail = get_asset(s, asset_id)
    assert detail.data == replace(data, id=asset_id)
    got = detail.data
    assert str(got.original_value) == "1234567.89"
    assert [str(f.amount) for f in got.funding] == ["1233567.88", "1000.01"]
    assert [str(b.share) for b in got.beneficiaries] == ["33.34", "33.33", "33.33"]
    assert str(got.capacity) == "123.456" and str(got.agreed_return) == "98765.43"
    assert detail.registrations == [] and detail.disposal is None and detail.deleted_reason is None
    # Stored as scaled integers: fen, hundredths of a percent, thousandths.
    with any_db.engine.connect() as conn:
        raw = conn.execute(text("SELECT original_value, capacity, agreed_return FROM assets")).one()
        assert tuple(int(x) for x in raw) == (123456789, 123456, 9876543)
        assert {int(x) for x in conn.execute(text("SELECT share FROM asset_beneficiaries")).scalars()} \
            == {3334, 3333}


def test_save_strips_text_fields(db):
    tree = make_tree(db)
    asset_id = save(db, asset_data(tree["v11"], code="  HP-9 ", name=" 东山村冷库 ", operator=" 甲公司 "))
    with db.reader() as s:
        got = get_asset(s, asset_id).data
    assert (got.code, got.name, got.operator) == ("HP-9", "东山村冷库", "甲公司")


def test_update_round_trip(any_db):
    tree = make_tree(any_db)
    asset_id = save(any_db, asset_data(tree["v11"], (tree["v12"],)))
    changed = asset_data(
        tree["v11"], (tree["v21"],), id=asset_id, name="东山村光伏电站（扩建）", original_value=Decimal("2000000.01"),
        status=Status.IDLE, operation_mode=OperationMode.SELF, operator="", contract_start=None, contract_end=None,
        capacity=None, capacity_unit="", agreed_return=None)
    assert save(any_db, changed) == asset_id
    with any_db.reader() as s:
        assert get_asset(s, asset_id).data == changed
        assert s.scalar(select(func.count()).select_from(Asset)) == 1


def test_get_asset_of_unknown_id(db):
    with db.reader() as s, pytest.raises(ValidationError) as exc:
        get_asset(s, 4242)
    assert problem_fields(exc) == {"id"} and "4242" in str(exc.value)


def test_update_of_unknown_id_is_refused(db):
    tree = make_tree(db)
    with pytest.raises(ValidationError) as exc:
        save(db, asset_data(tree["v11"], id=4242))
    assert problem_fields(exc) == {"id"}
    assert counts(db)["assets"] == 0


def test_asset_code_must_be_unique(any_db):
    tree = make_tree(any_db)
    first = save(any_db, asset_data(tree["v11"], code="HP-1", name="东山村光伏电站"))
    with pytest.raises(ValidationError) as exc:
        save(any_db, asset_data(tree["v12"], code=" HP-1 ", name="柳树村大棚"))
    assert problem_fields(exc) == {"code"}
    assert str(exc.value) == "资产编码“HP-1”已被“东山村光伏电站”使用"
    # saving the asset itself under its own code is not a clash
    assert save(any_db, asset_data(tree["v11"], id=first, code="HP-1", name="东山村光伏电站一期")) == first
    assert counts(any_db)["assets"] == 1


def test_invalid_asset_saves_nothing(any_db):
    tree = make_tree(any_db)
    before = counts(any_db)
    bad = asset_data(tree["v11"], name="", funding=[FundingLine(FundingSource.SPECIAL, Decimal("1000.00"))])
    with pytest.raises(ValidationError) as exc:
        save(any_db, bad)
    assert {"name", "funding"} <= problem_fields(exc)
    assert counts(any_db) == before


def test_bad_registration_rolls_back_the_asset_saved_with_it(any_db):
    """save_asset flushes the asset before registering it; a bad registration must take it back."""
    tree = make_tree(any_db)
    before = counts(any_db)
    bad_reg = initial(owners=owners(("东山村股份经济合作社", "99.99")))
    with pytest.raises(ValidationError) as exc:
        save(any_db, asset_data(tree["v11"]), bad_reg)
    assert problem_fields(exc) == {"owners"}
    assert counts(any_db) == before  # no asset, no funding, no audit entry


def test_invalid_update_leaves_the_stored_asset_as_it_was(db):
    tree = make_tree(db)
    asset_id = save(db, asset_data(tree["v11"]))
    with db.reader() as s:
        stored = get_asset(s, asset_id).data
    before = counts(db)
    bad = replace(stored, name="改名", funding=[FundingLine(FundingSource.SPECIAL, Decimal("1.00"))])
    with pytest.raises(ValidationError):
        save(db, bad)
    with db.reader() as s:
        assert get_asset(s, asset_id).data == stored
    assert counts(db) == before


def test_sub_fen_amount_is_a_validation_error_not_a_database_error(db):
    tree = make_tree(db)
    data = asset_data(tree["v11"], original_value=Decimal("100.005"))
    with pytest.raises(ValidationError) as exc:
        save(db, data)
    assert "original_value" in problem_fields(exc)
    assert counts(db)["assets"] == 0


# ---------------------------------------------------------------- audit log


def test_audit_on_create_records_every_row_with_operator(any_db):
    tree = make_tree(any_db)
    asset_id = save(any_db, asset_data(tree["v11"], (tree["v12"],)))
    rows = audit_rows(any_db, asset_id=asset_id)
    assert sorted((r.action, r.entity) for r in rows) == [
        ("create", "asset_beneficiaries"), ("create", "asset_beneficiaries"),
        ("create", "asset_funding"), ("create", "asset_funding"), ("create", "assets")]
    assert {r.operator for r in rows} == {"测试员"}
    asset_row = next(r for r in rows if r.entity == "assets")
    assert asset_row.entity_id == asset_id and asset_row.before is None
    after = json.loads(asset_row.after)
    assert after["original_value"] == "1234567.89" and after["code"] == "HP2020-001"
    assert after["completion_date"] == "2020-09-01" and after["capacity"] == "123.456"
    assert "created_at" not in after and "updated_at" not in after
    funding = sorted(json.loads(r.after)["amount"] for r in rows if r.entity == "asset_funding")
    assert funding == ["1000.01", "1233567.88"]
    assert all(json.loads(r.after)["asset_id"] == asset_id for r in rows if r.entity != "assets")


def test_audit_on_update_keeps_only_changed_columns(any_db):
    tree = make_tree(any_db)
    data = asset_data(tree["v11"], (tree["v12"],))
    asset_id = save(any_db, data)
    n = len(audit_rows(any_db))
    new_value = Decimal("1300000.00")
    changed = replace(data, id=asset_id, name="东山村光伏电站（二期）", original_value=new_value,
                      funding=[FundingLine(FundingSource.SPECIAL, new_value - Decimal("1000.01")),
                               FundingLine(FundingSource.SOCIAL, Decimal("1000.01"))])
    save(any_db, changed)
    new_rows = audit_rows(any_db)[n:]
    assert sorted((r.action, r.entity) for r in new_rows) == [("update", "asset_funding"), ("update", "assets")]
    asset_row = next(r for r in new_rows if r.entity == "assets")
    assert json.loads(asset_row.before) == {"name": "东山村200kW光伏电站", "original_value": "1234567.89"}
    assert json.loads(asset_row.after) == {"name": "东山村光伏电站（二期）", "original_value": "1300000.00"}
    funding_row = next(r for r in new_rows if r.entity == "asset_funding")
    assert json.loads(funding_row.before) == {"amount": "1233567.88"}
    assert json.loads(funding_row.after) == {"amount": "1298999.99"}
    assert funding_row.asset_id == asset_id and asset_row.operator == "测试员"


def test_saving_unchanged_data_writes_no_audit_entry(db):
    tree = make_tree(db)
    asset_id = save(db, asset_data(tree["v11"], (tree["v12"], tree["v21"])))
    n = len(audit_rows(db))
    with db.reader() as s:
        same = get_asset(s, asset_id).data
    save(db, same)
    assert len(audit_rows(db)) == n


def test_audit_of_child_rows_removed_and_changed(db):
    tree = make_tree(db)
    data = asset_data(tree["v11"], (tree["v12"],))
    asset_id = save(db, data)
    n = len(audit_rows(db))
    save(db, replace(data, id=asset_id, beneficiaries=[BeneficiaryLine(tree["v11"], Decimal("100.00"))]))
    new_rows = audit_rows(db)[n:]
    assert sorted((r.action, r.entity) for r in new_rows) == [
        ("delete", "asset_beneficiaries"), ("update", "asset_beneficiaries")]
    deleted = next(r for r in new_rows if r.action == "delete")
    assert deleted.after is None and deleted.asset_id == asset_id
    assert json.loads(deleted.before)["village_id"] == tree["v12"]
    assert json.loads(deleted.before)["share"] == "40.00"
    updated = next(r for r in new_rows if r.action == "update")
    assert (json.loads(updated.before), json.loads(updated.after)) == ({"share": "60.00"}, {"share": "100.00"})
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(AssetBeneficiary)) == 1


def test_audit_operator_comes_from_the_session(db):
    tree = make_tree(db)
    zhang = Database(db.url, operator="张三", engine=db.engine)
    nobody = Database(db.url, operator="", engine=db.engine)
    a = save(zhang, asset_data(tree["v11"], code="HP-A"))
    b = save(nobody, asset_data(tree["v11"], code="HP-B"))
    assert {r.operator for r in audit_rows(db, asset_id=a)} == {"张三"}
    assert {r.operator for r in audit_rows(db, asset_id=b)} == {"未署名"}


def test_audit_is_written_in_the_same_transaction(db):
    tree = make_tree(db)
    n = len(audit_rows(db))
    with pytest.raises(RuntimeError), db.session() as s:
        save_asset(s, asset_data(tree["v11"]), today=TODAY)
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == n + 4  # visible inside
        raise RuntimeError("the clerk's PC lost power")
    assert len(audit_rows(db)) == n
    assert counts(db)["assets"] == 0


def test_audit_of_an_explicit_delete(db):
    tree = make_tree(db)
    with db.session() as s:
        extra = regions_service.add_region(s, "新村", "419901001009", tree["t1"])
    with db.session() as s:
        s.delete(s.get(Region, extra.id))
    rows = audit_rows(db, entity="regions", entity_id=extra.id)
    assert [r.action for r in rows] == ["create", "delete"]
    assert json.loads(rows[1].before)["code"] == "419901001009" and rows[1].after is None
    assert rows[1].operator == "测试员"


def test_history_lists_an_assets_changes_newest_first(db):
    tree = make_tree(db)
    data = asset_data(tree["v11"])
    asset_id = save(db, data)
    other = save(db, asset_data(tree["v12"], code="HP-OTHER"))
    save(db, replace(data, id=asset_id, name="改名后的电站"))
    with db.session() as s:
        register_ownership(s, asset_id, transfer(kind=RegistrationKind.INITIAL, reason=""), today=TODAY)
    with db.reader() as s:
        items = history(s, asset_id)
    # registration (1 registration + 2 owners), then the rename, then the 4 creates
    assert len(items) == 8
    assert {(i.action, i.entity) for i in items[:3]} == {("create", "registrations"),
                                                           ("create", "registration_owners")}
    assert (items[3].action, items[3].entity) == ("update", "assets")
    assert json.loads(items[3].after) == {"name": "改名后的电站"}
    assert {i.action for i in items[4:]} == {"create"}
    assert {i.entity for i in items[4:]} == {"assets", "asset_funding", "asset_beneficiaries"}
    assert all(i.operator == "测试员" for i in items)
    assert len(items[0].at) == 19 and items[0].at[4] == "-" and items[0].at[13] == ":"
    with db.reader() as s:
        assert all("HP-OTHER" not in (i.after or "") for i in history(s, asset_id))
        assert len(history(s, other)) == 4


# ---------------------------------------------------------------- ownership registration


def test_initial_then_transfer_keeps_history_with_one_current(any_db):
    tree = make_tree(any_db)
    asset_id = save(any_db, asset_data(tree["v11"]), initial())
    with any_db.session() as s:
        register_ownership(s, asset_id, transfer(), today=TODAY)
    with any_db.reader() as s:
        detail = get_asset(s, asset_id)
        assert len(detail.registrations) == 2
        assert [r.is_current for r in detail.registrations] == [False, True]
        first, second = (r.data for r in detail.registrations)
        assert first == initial()  # the superseded registration is kept as it was
        assert second == transfer()
        assert detail.current_registration is not None
        assert detail.current_registration.data.certificate_no == "和平确字〔2023〕第0042号"
        assert [str(o.share) for o in second.owners] == ["70.00", "30.00"]
        assert s.scalar(select(func.count()).select_from(Registration).where(
            Registration.asset_id == asset_id, Registration.is_current.is_(True))) == 1
    superseded = [r for r in audit_rows(any_db, entity="registrations") if r.action == "update"]
    assert len(superseded) == 1
    assert (json.loads(superseded[0].before), json.loads(superseded[0].after)) == (
        {"is_current": True}, {"is_current": False})
    owner_rows = audit_rows(any_db, entity="registration_owners")
    assert len(owner_rows) == 3 and {r.asset_id for r in owner_rows} == {asset_id}


def test_registration_kind_must_fit_the_assets_state(db):
    tree = make_tree(db)
    asset_id = save(db, asset_data(tree["v11"]))
    with db.session() as s, pytest.raises(ValidationError) as exc:
        register_ownership(s, asset_id, transfer(), today=TODAY)
    assert problem_fields(exc) == {"kind"}
    with db.session() as s:
        register_ownership(s, asset_id, initial(), today=TODAY)
    with db.session() as s, pytest.raises(ValidationError) as exc:
        register_ownership(s, asset_id, initial(certificate_no="另一个证书"), today=TODAY)
    assert problem_fields(exc) == {"kind"} and "和平确字〔2021〕第0001号" in str(exc.value)


def test_transfer_dated_before_the_current_registration_is_refused(db):
    tree = make_tree(db)
    asset_id = save(db, asset_data(tree["v11"]), initial(on=date(2022, 6, 1)))
    before = counts(db)
    with db.session() as s, pytest.raises(ValidationError) as exc:
        register_ownership(s, asset_id, transfer(on=date(2022, 5, 31)), today=TODAY)
    assert problem_fields(exc) == {"registered_on"}
    assert counts(db) == before
    with db.reader() as s:
        assert get_asset(s, asset_id).current_registration.data == initial(on=date(2022, 6, 1))


def test_register_unknown_asset(db):
    with db.session() as s, pytest.raises(ValidationError) as exc:
        register_ownership(s, 777, initial(), today=TODAY)
    assert problem_fields(exc) == {"id"}


# ---------------------------------------------------------------- disposal and deletion


def test_dispose_hides_from_register_but_stats_count_it(any_db):
    tree = make_tree(any_db)
    keep = save(any_db, asset_data(tree["v11"], code="HP-KEEP", original_value=Decimal("100.10")))
    gone = save(any_db, asset_data(tree["v12"], code="HP-GONE", original_value=Decimal("200.20")), initial())
    with any_db.session() as s:
        dispose_asset(s, gone, disposal(), today=TODAY)
    with any_db.reader() as s:
        assert search(s, AssetFilter()).ids == [keep]
        assert search(s, AssetFilter()).total_value == Decimal("100.10")
        assert search(s, AssetFilter(include_disposed=True)).ids == [gone, keep]
        assert search(s, AssetFilter(status=Status.DISPOSED)).ids == [gone]
        register_figures = {k: v for k, v in stats(s).items()
                            if k not in ("net_income_by_year", "warnings", "plans", "allocated", "paid")}
        assert register_figures == {"townships": 2, "villages": 3, "assets": 1, "original_value": "100.10",
                                    "registered": 0, "unregistered": 1, "disposed": 1,
                                    "inspections": 0, "overdue_rectifications": 0, "households": 0, "members": 0}
        detail = get_asset(s, gone)
        assert detail.data.status == Status.DISPOSED
        assert detail.disposal == disposal()
        assert str(detail.disposal.proceeds) == "1234.56"
        assert len(detail.registrations) == 1  # history stays
        assert s.scalar(select(Disposal.previous_status)) == Status.OPERATING
        assert stats(s)["assets"] == 1  # active assets: the disposed one no longer counts
    status_change = [r for r in audit_rows(any_db, entity="assets", entity_id=gone) if r.action == "update"]
    assert [json.loads(r.after) for r in status_change] == [{"status": "disposed"}]
    assert [r.action for r in audit_rows(any_db, entity="disposals")] == ["create"]


def test_disposed_asset_cannot_be_disposed_registered_or_revived(db):
    tree = make_tree(db)
    asset_id = save(db, asset_data(tree["v11"]))
    with db.session() as s:
        dispose_asset(s, asset_id, disposal(), today=TODAY)
    before = counts(db)
    with db.session() as s, pytest.raises(ValidationError) as exc:
        dispose_asset(s, asset_id, disposal(), today=TODAY)
    assert problem_fields(exc) == {"asset"}
    with db.session() as s, pytest.raises(ValidationError) as exc:
        register_ownership(s, asset_id, initial(), today=TODAY)
    assert problem_fields(exc) == {"asset"}
    with db.reader() as s:
        data = get_asset(s, asset_id).data
    with pytest.raises(ValidationError) as exc:
        save(db, replace(data, status=Status.OPERATING))
    assert problem_fields(exc) == {"status"}
    assert counts(db) == before
    save(db, replace(data, notes="处置后补记"))  # other edits of a disposed asset are allowed


def test_invalid_disposal_changes_nothing(db):
    tree = make_tree(db)
    asset_id = save(db, asset_data(tree["v11"]))
    before = counts(db)
    with db.session() as s, pytest.raises(ValidationError) as exc:
        dispose_asset(s, asset_id, disposal(disposed_on=date(2025, 4, 15)), today=TODAY)
    assert problem_fields(exc) == {"disposed_on"}
    assert counts(db) == before
    with db.reader() as s:
        assert get_asset(s, asset_id).data.status == Status.OPERATING


def test_delete_needs_a_reason_and_keeps_the_row(any_db):
    tree = make_tree(any_db)
    asset_id = save(any_db, asset_data(tree["v11"]))
    with any_db.session() as s, pytest.raises(ValidationError) as exc:
        delete_asset(s, asset_id, "   ")
    assert problem_fields(exc) == {"reason"}
    with any_db.session() as s:
        delete_asset(s, asset_id, " 重复录入 ")
    with any_db.reader() as s:
        assert search(s, AssetFilter(include_disposed=True)).ids == []
        assert stats(s)["assets"] == 0 and stats(s)["original_value"] == "0.00"
        row = s.get(Asset, asset_id)
        assert row is not None and row.deleted_at is not None
        detail = get_asset(s, asset_id)
        assert detail.deleted_reason == "重复录入"
        assert len(detail.data.funding) == 2  # children kept too
    with any_db.session() as s, pytest.raises(ValidationError):
        delete_asset(s, asset_id, "再删一次")
    update = [r for r in audit_rows(any_db, entity="assets") if r.action == "update"]
    assert len(update) == 1 and json.loads(update[0].after)["deleted_reason"] == "重复录入"
    with any_db.session() as s, pytest.raises(ValidationError):
        delete_asset(s, 98765, "不存在")


# ---------------------------------------------------------------- register search


@pytest.fixture
def register_db(any_db):
    """Six assets: four active, one disposed, one deleted."""
    tree = make_tree(any_db)
    ids = {}
    ids["pv"] = save(any_db, asset_data(tree["v11"], code="HP-001", name="东山村光伏电站",
                                        original_value=Decimal("1000000.10"), operator="阳光新能源有限公司"),
                     initial())
    ids["greenhouse"] = save(any_db, asset_data(
        tree["v12"], (tree["v11"],), code="HP-002", name="柳树村蔬菜大棚", category=Category.GREENHOUSE,
        capacity=Decimal("8"), capacity_unit="座", original_value=Decimal("2000000.20"),
        operation_mode=OperationMode.SELF, operator="柳树村股份经济合作社"))
    ids["cold"] = save(any_db, asset_data(tree["v21"], code="XY-003", name="西河村冷库", category=Category.COLD_STORE,
                                          original_value=Decimal("300000.30"), operator="Sunrise Cold Chain Ltd"),
                       initial(certificate_no="和平确字〔2021〕第0003号",
                               owners=owners(("西河村股份经济合作社", "100"))))
    ids["road"] = save(any_db, asset_data(tree["v21"], code="HP-004", name="西河村产业道路",
                                          category=Category.INFRASTRUCTURE, nature=Nature.PUBLIC,
                                          original_value=Decimal("400000.40"), operation_mode=None, operator="",
                                          contract_start=None, contract_end=None, agreed_return=None))
    ids["workshop"] = save(any_db, asset_data(tree["v11"], code="HP-005", name="东山村扶贫车间100%自筹",
                                              category=Category.WORKSHOP, original_value=Decimal("0.10"),
                                              operation_mode=OperationMode.SELF, operator=""))
    ids["farm"] = save(any_db, asset_data(tree["v12"], code="HP-006", name="柳树村养殖场", category=Category.FARM,
                                          original_value=Decimal("600000.60")))
    with any_db.session() as s:
        dispose_asset(s, ids["road"], disposal(), today=TODAY)
        delete_asset(s, ids["farm"], "重复录入")
    return any_db, tree, ids


def _names(ids, found):
    by_id = {v: k for k, v in ids.items()}
    return [by_id[i] for i in found]


def test_search_default_shows_active_assets_with_exact_total(register_db):
    db, _, ids = register_db
    with db.reader() as s:
        result = search(s, AssetFilter())
    assert _names(ids, result.ids) == ["pv", "greenhouse", "workshop", "cold"]  # by code
    assert result.total_value == Decimal("3300000.70")
    assert str(result.total_value) == "3300000.70"


@pytest.mark.parametrize(("text_", "expected"), [
    ("光伏", ["pv"]),
    ("hp-00", ["pv", "greenhouse", "workshop"]),       # code, case-insensitive; disposed and deleted hidden
    ("xy", ["cold"]),
    ("sunrise", ["cold"]),                              # operator, case-insensitive
    ("合作社", ["greenhouse"]),                          # operator
    ("西河村", ["cold"]),
    ("%", ["workshop"]),                                # a literal %, not a wildcard
    ("_", []),                                          # a literal _, not a wildcard
    ("  冷库  ", ["cold"]),
    ("没有这个", []),
])
def test_search_text_covers_name_code_and_operator(register_db, text_, expected):
    db, _, ids = register_db
    with db.reader() as s:
        assert _names(ids, search(s, AssetFilter(text=text_)).ids) == expected


def test_search_filters(register_db):
    db, tree, ids = register_db

    def found(**kw: object) -> list[str]:
        with db.reader() as s:
            return _names(ids, search(s, AssetFilter(**kw)).ids)

    assert found(township_id=tree["t1"]) == ["pv", "greenhouse", "workshop"]
    assert found(township_id=tree["t2"]) == ["cold"]
    assert found(township_id=tree["t2"], include_disposed=True) == ["road", "cold"]
    assert found(village_id=tree["v12"]) == ["greenhouse"]  # the deleted farm stays hidden
    assert found(village_id=tree["v11"]) == ["pv", "workshop"]
    assert found(village_id=tree["v21"], township_id=tree["t1"]) == ["cold"]  # the village wins
    assert found(category=Category.GREENHOUSE) == ["greenhouse"]
    assert found(category=Category.FARM) == []
    assert found(nature=Nature.PUBLIC) == []
    assert found(nature=Nature.PUBLIC, include_disposed=True) == ["road"]
    assert found(registered=True) == ["pv", "cold"]
    assert found(registered=False) == ["greenhouse", "workshop"]
    assert found(include_disposed=True) == ["pv", "greenhouse", "road", "workshop", "cold"]
    assert found(status=Status.DISPOSED) == ["road"]
    assert found(text="东山", registered=False, township_id=tree["t1"]) == ["workshop"]
    with db.reader() as s:
        assert search(s, AssetFilter(registered=True)).total_value == Decimal("1300000.40")


def test_search_sorting(register_db):
    db, _, ids = register_db

    def order(sort: str, descending: bool = False, **kw: object) -> list[str]:
        with db.reader() as s:
            return _names(ids, search(s, AssetFilter(**kw), sort=sort, descending=descending).ids)

    assert order("original_value") == ["workshop", "cold", "pv", "greenhouse"]
    assert order("original_value", True) == ["greenhouse", "pv", "cold", "workshop"]
    assert order("code", True) == ["cold", "workshop", "greenhouse", "pv"]
    assert order("township") == ["pv", "greenhouse", "workshop", "cold"]  # ties broken by id
    assert order("township", True) == ["cold", "pv", "greenhouse", "workshop"]
    assert order("registered", True) == ["pv", "cold", "greenhouse", "workshop"]
    assert order("registered") == ["greenhouse", "workshop", "pv", "cold"]
    assert order("category") == ["cold", "greenhouse", "pv", "workshop"]
    assert order("no-such-column") == order("code")


def test_fetch_rows(register_db):
    db, _, ids = register_db
    with db.reader() as s:
        rows = fetch_rows(s, [ids["pv"], ids["greenhouse"]])
        assert fetch_rows(s, []) == {}
    assert set(rows) == {ids["pv"], ids["greenhouse"]}
    pv, gh = rows[ids["pv"]], rows[ids["greenhouse"]]
    assert (pv.code, pv.name, pv.township, pv.village) == ("HP-001", "东山村光伏电站", "东山镇", "东山村")
    assert pv.registered is True and gh.registered is False
    assert pv.original_value == Decimal("1000000.10") and str(pv.original_value) == "1000000.10"
    assert str(gh.capacity) == "8.000" and gh.capacity_unit == "座"
    assert (gh.township, gh.village, gh.category) == ("东山镇", "柳树村", Category.GREENHOUSE)
    assert pv.project_year == 2020 and pv.status == Status.OPERATING and pv.operator == "阳光新能源有限公司"


# ---------------------------------------------------------------- statistics


def test_stats_of_an_empty_database(db):
    with db.reader() as s:
        assert stats(s) == {"townships": 0, "villages": 0, "assets": 0, "original_value": "0.00",
                            "registered": 0, "unregistered": 0, "disposed": 0, "net_income_by_year": {},
                            "warnings": {}, "inspections": 0, "overdue_rectifications": 0,
                            "households": 0, "members": 0,
                            "plans": {st: 0 for st in ("draft", "submitted", "returned", "approved", "filed",
                                                       "notice", "paid", "archived")},
                            "allocated": "0.00", "paid": "0.00"}


def test_stats_of_the_register(register_db):
    db, _, _ = register_db
    with db.reader() as s:
        result = stats(s)
    register_figures = {k: v for k, v in result.items()
                        if k not in ("net_income_by_year", "warnings", "plans", "allocated", "paid")}
    assert register_figures == {"townships": 2, "villages": 3, "assets": 4, "original_value": "3300000.70",
                                "registered": 2, "unregistered": 2, "disposed": 1, "inspections": 0,
                                "overdue_rectifications": 0, "households": 0, "members": 0}
    assert json.loads(json.dumps(result)) == result  # plain JSON types


def test_money_sums_are_exact_where_floats_would_drift(any_db):
    """Amounts a float sum gets wrong: tenths of a yuan and values beyond 2**53 fen."""
    tree = make_tree(any_db)
    values = [Decimal("0.10")] * 7 + [Decimal("0.20")] * 3 + [Decimal("99999999999999.99"),
                                                            Decimal("12345678901234.57")]
    for i, value in enumerate(values):
        save(any_db, asset_data(tree["v11"], code=f"HP-{i:03d}", original_value=value))
    expected = sum(values, Decimal("0.00"))
    assert expected == Decimal("112345678901235.86")
    with any_db.reader() as s:
        assert stats(s)["original_value"] == "112345678901235.86"
        assert search(s, AssetFilter()).total_value == expected
        assert sum((a.original_value for a in s.scalars(select(Asset))), Decimal("0.00")) == expected


# ---------------------------------------------------------------- demo county


def _fresh(path: Path) -> Database:
    database = Database(f"sqlite:///{path}", operator="测试员")
    schema.upgrade(database.engine, backup=False)
    return database


def _snapshot(database: Database) -> tuple[dict[str, object], list[object]]:
    with database.reader() as s:
        found = search(s, AssetFilter(include_disposed=True))
        rows = fetch_rows(s, found.ids[:25])
        return stats(s), [rows[i] for i in found.ids[:25]]


def test_demo_is_deterministic(tmp_path):
    dbs = [_fresh(tmp_path / f"{n}.sqlite") for n in ("a", "b", "c")]
    try:
        for database, seed in zip(dbs, (7, 7, 8), strict=True):
            with database.session() as s:
                demo.generate(s, "small", seed)
        a, b, c = (_snapshot(d) for d in dbs)
        assert a == b
        assert a[0]["assets"] == 40 - a[0]["disposed"]  # nothing deleted in the demo
        assert a != c
        assert a[1] != c[1]
    finally:
        for database in dbs:
            database.dispose()


def test_demo_counts_and_stats(demo_db):
    with demo_db.reader() as s:
        result = stats(s)
        assert set(result) == STATS_KEYS
        assert (result["townships"], result["villages"]) == (3, 12)
        assert result["assets"] + result["disposed"] == 40
        assert result["registered"] + result["unregistered"] == result["assets"]
        active = list(s.scalars(select(Asset).where(Asset.deleted_at.is_(None), Asset.status != Status.DISPOSED)))
        assert len(active) == result["assets"]
        assert result["original_value"] == str(sum((a.original_value for a in active), Decimal("0.00")))
        assert result["registered"] == sum(
            1 for a in active if s.scalar(select(Registration.id).where(
                Registration.asset_id == a.id, Registration.is_current.is_(True))))
        assert s.scalar(select(func.count()).select_from(Region).where(Region.level == RegionLevel.COUNTY)) == 1
    load = audit_rows(demo_db, entity="demo")
    assert len(load) == 1 and load[0].operator == "测试员"
    assert json.loads(load[0].after)["assets"] == 40


def test_demo_data_obeys_the_register_rules(demo_db):
    with demo_db.reader() as s:
        ids = list(s.scalars(select(Asset.id).order_by(Asset.id)))
        assert len(ids) == 40
        for asset_id in ids:
            detail = get_asset(s, asset_id)
            assert validate_asset(detail.data, today=demo.REFERENCE_DAY) == [], detail.data.code
            previous = None
            for reg in detail.registrations:
                assert validate_registration(reg.data, today=demo.REFERENCE_DAY, previous_on=previous) == []
                previous = reg.data.registered_on
            if detail.disposal:
                assert detail.data.status == Status.DISPOSED
                assert validate_disposal(detail.disposal, today=demo.REFERENCE_DAY) == []
        names = list(s.scalars(select(Asset.name)))
        assert len(set(names)) == len(names)


def test_demo_refuses_a_database_that_has_data(demo_db):
    before = counts(demo_db)
    with demo_db.session() as s, pytest.raises(ValueError, match="已有数据"):
        demo.generate(s, "small", 2)
    assert counts(demo_db) == before


def test_demo_refuses_even_a_database_with_only_regions(db):
    make_tree(db)
    with db.session() as s, pytest.raises(ValueError, match="已有数据"):
        demo.generate(s, "small", 1)
    assert counts(db)["assets"] == 0


def test_demo_refuses_an_unknown_size(db):
    with db.session() as s, pytest.raises(ValueError, match="未知规模"):
        demo.generate(s, "huge", 1)
    assert counts(db)["regions"] == 0


def test_demo_cancelled_by_progress_writes_nothing(db):
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(InterruptedError), db.session() as s:
        demo.generate(s, "small", 1, progress)
    assert seen == [(0, 40)]
    assert counts(db)["regions"] == 0


def test_database_stays_usable_after_the_demo(any_db):
    """The demo writes explicit ids; new rows added afterwards must not collide with them."""
    with any_db.session() as s:
        demo.generate(s, "small", 1)
    with any_db.reader() as s:
        township = s.scalars(select(Region).where(Region.level == RegionLevel.TOWNSHIP).order_by(Region.id)).first()
        assert township is not None
        town_id, town_code = township.id, township.code
    with any_db.session() as s:
        village = regions_service.add_region(s, "新建村", town_code[:9] + "099", town_id)
    asset_id = save(any_db, asset_data(village.id, code="NEW-001"), initial())
    with any_db.session() as s:
        reg_id = s.scalar(select(Registration.id).where(Registration.asset_id == asset_id))
    with any_db.reader() as s:
        assert asset_id > 40 and reg_id is not None
        assert get_asset(s, asset_id).data.code == "NEW-001"
        assert stats(s)["villages"] == 13


def test_save_refuses_unknown_or_non_village_regions(demo_db) -> None:  # type: ignore[no-untyped-def]
    """A township id or a missing id is named as a problem, not a database error."""
    from desktop.domain.problems import ValidationError as VE
    from desktop.domain.vocab import RegionLevel as RL
    from desktop.services import assets as svc
    from desktop.services import regions as regs
    from desktop.services.register import AssetFilter as AF
    from desktop.services.register import search as find

    with demo_db.reader() as s:
        asset_id = find(s, AF()).ids[0]
        data = svc.get_asset(s, asset_id).data
        township = regs.regions_at(s, RL.TOWNSHIP)[0]
    data.village_id = township.id
    data.beneficiaries = [BeneficiaryLine(999_999, Decimal("100.00"))]
    with pytest.raises(VE) as err, demo_db.session() as s:
        svc.save_asset(s, data)
    fields = {p.field for p in err.value.problems}
    assert fields == {"village_id", "beneficiaries"}
    assert "999999" in str(err.value)
