"""Bulk loading a roster: indexes built once inside the import's transaction, nothing else changed."""

from __future__ import annotations

import gc
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import event, func, inspect, select

from desktop.io import household_import as household_parser
from desktop.models import Household, Member, PolicyPeriodRow, Region
from desktop.services import bulk, household_import, importing, regions
from desktop.services.roster import HouseholdFilter, search
from tests.import_fixtures import HEAD3, SON1, national, write

TABLES = (Household, Member, PolicyPeriodRow)


@pytest.fixture
def county_db(any_db):  # type: ignore[no-untyped-def]
    with any_db.session() as s:
        county = regions.add_region(s, "和平县", "419901000000", None)
        town = regions.add_region(s, "东山镇", "419901001000", county.id)
        regions.add_region(s, "东山村", "419901001001", town.id)
    return any_db


@pytest.fixture
def statements(county_db):  # type: ignore[no-untyped-def]
    """Every SQL statement the database is sent, in order."""
    seen: list[str] = []

    def record(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        seen.append(" ".join(statement.split()))

    event.listen(county_db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(county_db.engine, "before_cursor_execute", record)


def index_names(db) -> set[str]:  # type: ignore[no-untyped-def]
    insp = inspect(db.engine)
    return {ix["name"] for model in TABLES for ix in insp.get_indexes(model.__tablename__)}


def model_index_names() -> set[str]:
    return {ix.name for model in TABLES for ix in model.__table__.indexes}


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def dropped(statements: list[str]) -> list[str]:
    return sorted(s.split()[2] for s in statements if s.startswith("DROP INDEX"))


def test_a_first_import_builds_the_indexes_once_after_loading(county_db, statements, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", 1)  # the fixture file is small; a county's is not
    run = importing.run_file(county_db, "households", national(tmp_path / "n.xlsx"))
    assert run.saved and run.problems == []
    sqlite = county_db.engine.dialect.name == "sqlite"
    # On PostgreSQL an index drop would lock every reader of the shared database out: never.
    assert dropped(statements) == (sorted(model_index_names()) if sqlite else [])
    assert sum(s.startswith("CREATE INDEX") for s in statements) == (len(model_index_names()) if sqlite else 0)
    assert index_names(county_db) >= model_index_names()
    assert (count(county_db, Household), count(county_db, Member)) == (2, 4)
    with county_db.reader() as s:  # the rebuilt indexes answer the roster's searches
        assert len(search(s, HouseholdFilter(text=SON1[-4:]))) == 1
        assert len(search(s, HouseholdFilter(text="王建国"))) == 1


def test_a_failure_after_the_indexes_were_dropped_rolls_them_back(county_db, statements, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", 1)

    def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("磁盘已满")

    monkeypatch.setattr(household_import, "insert_tuples", full_disk)  # the members' insert
    with pytest.raises(RuntimeError):
        importing.run_file(county_db, "households", national(tmp_path / "n.xlsx"))
    if county_db.engine.dialect.name == "sqlite":
        assert "ix_members_name" in dropped(statements)  # the failure came after the drops
    assert index_names(county_db) >= model_index_names()
    assert [count(county_db, m) for m in (*TABLES, Region)] == [0, 0, 0, 3]


def test_a_small_addition_to_a_roster_keeps_its_indexes(county_db, statements, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "REBUILD_MIN_ROWS", 1)
    importing.run_file(county_db, "households", national(tmp_path / "n.xlsx"))
    statements.clear()
    write(tmp_path / "one.xlsx", [["姓名", "证件号码", "户编号", "村", "乡镇"],
                                  ["孙永庆", HEAD3, "H0003", "东山村", "东山镇"]])
    run = importing.run_file(county_db, "households", tmp_path / "one.xlsx")
    assert run.saved and run.summary()["new"] == 1
    assert dropped(statements) == []  # 1 new household beside 2 and 1 member beside 4: kept up as they come
    assert count(county_db, Member) == 5


def test_the_page_cache_is_back_to_its_size_after_an_import(db, tmp_path):
    with db.session() as s:
        county = regions.add_region(s, "和平县", "419901000000", None)
        regions.add_region(s, "东山村", "419901001001", regions.add_region(s, "东山镇", "419901001000", county.id).id)
    with db.engine.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    importing.run_file(db, "households", national(tmp_path / "n.xlsx"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_the_cycle_collector_is_paused_while_importing_and_resumes(county_db, tmp_path, monkeypatch):
    seen = []
    parse = household_parser.parse

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return parse(*args, **kwargs)

    monkeypatch.setattr(household_parser, "parse", watched)
    assert gc.isenabled()
    importing.run_file(county_db, "households", national(tmp_path / "n.xlsx"))
    assert seen == [False] and gc.isenabled()


def test_pausing_the_collector_nests_and_respects_a_collector_already_off():
    assert gc.isenabled()
    with bulk.gc_paused():
        with bulk.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    gc.disable()
    try:
        with bulk.gc_paused():
            pass
        assert not gc.isenabled()  # whoever turned it off turns it on
    finally:
        gc.enable()
    with pytest.raises(ZeroDivisionError), bulk.gc_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_columns_are_converted_once_per_distinct_value_but_never_merged_across_spellings():
    calls = []

    def iso(value):  # type: ignore[no-untyped-def]
        calls.append(value)
        return value.isoformat()

    days = [date(1990, 1, 1), date(1990, 1, 1), date(2001, 5, 6), None]
    assert bulk._converted(days, lambda v: None if v is None else iso(v)) == \
        ["1990-01-01", "1990-01-01", "2001-05-06", None]
    assert sorted(calls) == [date(1990, 1, 1), date(2001, 5, 6)]
    # Equal but differently written amounts, or a date beside a datetime, each keep their own text.
    assert bulk._converted([Decimal("1.0"), Decimal("1.00")], str) == ["1.0", "1.00"]
    assert bulk._converted([True, 1], repr) == ["True", "1"]
    assert bulk._converted([date(2024, 1, 1), datetime(2024, 1, 1, 8)], str) == ["2024-01-01", "2024-01-01 08:00:00"]
