"""Schema management (desktop.services.schema and migrations/) on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, String, inspect, text
from sqlalchemy.exc import IntegrityError

from desktop import models
from desktop.models import Base, Region
from desktop.paths import migrations_dir
from desktop.services import schema
from desktop.services.database import Database, make_engine

TABLES = {"alembic_version", "assets", "asset_funding", "asset_beneficiaries", "audit_log", "disposals",
          "income_records", "category_settings",
          "regions", "registrations", "registration_owners",
          "inspections", "inspection_members", "rectifications", "handovers", "handover_items",
          "attachments", "attachment_blobs", "households", "members", "policy_periods",
          "plan_presets", "plans", "plan_pool_lines", "plan_channels", "plan_recipients", "plan_events",
          "plan_objections"}


def table_names(engine) -> set[str]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def add_county(database: Database) -> None:
    with database.session() as s:
        s.add(Region(level="county", name="和平县", code="419901000000"))


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.backup-*"))


def test_schema_revision_constant_matches_the_scripts_head():
    assert models.SCHEMA_REVISION == schema.head_revision()
    assert models.SCHEMA_REVISION in schema.known_revisions()


def test_upgrade_from_empty_to_head_and_down_to_base(any_url):
    engine = make_engine(any_url)
    try:
        assert schema.current_revision(engine) is None
        assert schema.needs_upgrade(engine) is True
        result = schema.upgrade(engine)
        assert (result.before, result.after, result.backup, result.changed) == (None, schema.head_revision(),
                                                                                None, True)
        assert table_names(engine) == TABLES
        assert schema.current_revision(engine) == schema.head_revision()
        assert schema.needs_upgrade(engine) is False

        schema.downgrade(engine, "base")
        assert table_names(engine) == {"alembic_version"}
        assert schema.current_revision(engine) is None

        schema.upgrade(engine, backup=False)  # and back up again from base
        assert table_names(engine) == TABLES
    finally:
        engine.dispose()


def test_upgrade_at_head_is_a_no_op(any_url):
    engine = make_engine(any_url)
    try:
        schema.upgrade(engine, backup=False)
        result = schema.upgrade(engine)
        assert result.changed is False and result.backup is None
        assert result.before == result.after == schema.head_revision()
    finally:
        engine.dispose()


def test_models_and_migrations_agree(any_url):
    engine = make_engine(any_url)
    try:
        schema.upgrade(engine, backup=False)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []

            # The comparison has teeth: a column or a type the migrations lack is reported.
            changed = MetaData(naming_convention=Base.metadata.naming_convention)
            for table in Base.metadata.tables.values():
                table.to_metadata(changed)
            changed.tables["assets"].append_column(Column("extra", Integer))
            changed.tables["regions"].c.code.type = String(20)
            diff = compare_metadata(context, changed)
            kinds = {d[0] if isinstance(d, tuple) else d[0][0] for d in diff}
            assert "add_column" in kinds and "modify_type" in kinds
    finally:
        engine.dispose()


def test_newer_database_is_refused_untouched(any_url, tmp_path):
    database = Database(any_url, operator="测试员")
    try:
        schema.upgrade(database.engine, backup=False)
        add_county(database)
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        tables = table_names(database.engine)

        with pytest.raises(schema.NewerDatabaseError) as exc:
            schema.upgrade(database.engine)
        assert "9999" in str(exc.value) and schema.head_revision() in str(exc.value)
        assert isinstance(exc.value, schema.SchemaError)
        with pytest.raises(schema.NewerDatabaseError):
            schema.needs_upgrade(database.engine)

        assert schema.current_revision(database.engine) == "9999"
        assert table_names(database.engine) == tables
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT name, code FROM regions")).all() == [("和平县", "419901000000")]
        assert backups(tmp_path) == []  # nothing copied either
    finally:
        database.dispose()


def test_database_at_head_is_not_backed_up(db, tmp_path):
    add_county(db)
    result = schema.upgrade(db.engine)
    assert result.backup is None and not result.changed
    assert backups(tmp_path) == []


def test_a_new_empty_file_is_not_backed_up(sqlite_url, tmp_path):
    engine = make_engine(sqlite_url)
    try:
        result = schema.upgrade(engine)
        assert result.changed and result.backup is None
        assert backups(tmp_path) == []
    finally:
        engine.dispose()


@pytest.fixture
def next_revision(tmp_path, monkeypatch):
    """The real migrations plus a probe revision on top of their head, as the next program
    version would ship. Returns the real head (the "older" database's revision)."""
    head = schema.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_probe.py").write_text(
        'import sqlalchemy as sa\n'
        'from alembic import op\n'
        'revision = "9999"\n'
        f'down_revision = "{head}"\n'
        'branch_labels = None\n'
        'depends_on = None\n'
        'def upgrade():\n'
        '    op.create_table("probe", sa.Column("id", sa.Integer(), primary_key=True))\n'
        'def downgrade():\n'
        '    op.drop_table("probe")\n', encoding="utf-8")
    monkeypatch.setattr(schema, "migrations_dir", lambda: scripts)
    monkeypatch.setattr(schema, "SCHEMA_REVISION", "9999")
    return head


def test_upgrading_an_older_sqlite_file_backs_it_up_first(tmp_path, next_revision):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "fupin-assets.sqlite"
    database = Database(f"sqlite:///{path}", operator="测试员")
    try:
        schema.upgrade(database.engine, target=next_revision)
        assert schema.current_revision(database.engine) == next_revision
        add_county(database)

        result = schema.upgrade(database.engine)
        assert (result.before, result.after) == (next_revision, "9999")
        assert "probe" in table_names(database.engine)

        assert result.backup is not None and result.backup.parent == folder
        assert backups(folder) == [result.backup]
        assert result.backup.name.startswith("fupin-assets.backup-") and result.backup.suffix == ".sqlite"
        copy = sqlite3.connect(result.backup)
        try:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(next_revision,)]
            assert copy.execute("SELECT name FROM regions").fetchall() == [("和平县",)]
            tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert "probe" not in tables and "assets" in tables
        finally:
            copy.close()
    finally:
        database.dispose()


def test_upgrade_without_backup_when_asked(tmp_path, next_revision):
    database = Database(f"sqlite:///{tmp_path / 'x.sqlite'}")
    try:
        schema.upgrade(database.engine, target=next_revision)
        result = schema.upgrade(database.engine, backup=False)
        assert result.after == "9999" and result.backup is None
        assert backups(tmp_path) == []
    finally:
        database.dispose()


def test_upgrading_an_older_postgresql_database_needs_no_file_backup(pg_url, next_revision):
    engine = make_engine(pg_url)
    try:
        schema.upgrade(engine, target=next_revision)
        result = schema.upgrade(engine)
        assert (result.before, result.after, result.backup) == (next_revision, "9999", None)
        assert schema.backup_sqlite(engine) is None
    finally:
        engine.dispose()


def test_sqlite_engine_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_sqlite_enforces_foreign_keys(db):
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(text("INSERT INTO regions (parent_id, level, name, code, created_at, updated_at) "
                          "VALUES (999, 'township', '无主镇', '419901009000', '2026-01-01', '2026-01-01')"))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM regions")).scalar() == 0
