"""Bringing a database to the schema this program expects — only through Alembic.

Start-up reads the stored revision with one query and compares it with
``models.SCHEMA_REVISION``; only when they differ are the migration scripts loaded. A
database stamped with a revision this program does not know was written by a newer
version and is refused untouched. A SQLite file is copied aside before it is upgraded.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from desktop.models import SCHEMA_REVISION
from desktop.paths import migrations_dir
from desktop.services.database import sqlite_file


class SchemaError(RuntimeError):
    """The database cannot be used by this program; the message says why and what to do."""


class NewerDatabaseError(SchemaError):
    pass


@dataclass
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in scripts.walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is behind; raises NewerDatabaseError when it is ahead."""
    rev = current_revision(engine)
    if rev == SCHEMA_REVISION:
        return False
    if rev is not None and rev not in known_revisions():
        raise NewerDatabaseError(
            f"此数据库由更新版本的程序写入（数据库版本 {rev}，本程序支持到 {SCHEMA_REVISION}）。"
            "为保护数据，程序不会打开或修改它，请升级本程序后再打开。")
    return True


def backup_sqlite(engine: Engine) -> Path | None:
    """Copy a SQLite database aside (a consistent copy, WAL included) before a migration."""
    path = sqlite_file(engine.url)
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    n = 1
    while target.exists():  # two upgrades within a second must not overwrite a backup
        target = path.with_name(f"{path.stem}.backup-{stamp}-{n}{path.suffix}")
        n += 1
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine, *, backup: bool = True, target: str = "head") -> UpgradeResult:
    """Upgrade to ``target``; a no-op (no scripts loaded) when already current."""
    before = current_revision(engine)
    if not needs_upgrade(engine):
        return UpgradeResult(before, before or SCHEMA_REVISION, None)
    copy = backup_sqlite(engine) if backup and before is not None else None
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)
    return UpgradeResult(before, current_revision(engine) or "", copy)


def downgrade(engine: Engine, target: str = "base") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), target)
