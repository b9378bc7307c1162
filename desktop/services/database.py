"""Opening a database: the engine, the session factory, and the operator behind changes.

SQLite is the default (one file in the user's data folder), PostgreSQL the shared county
database. Callers open one short-lived session per user action::

    with db.session() as s:        # commits on success, rolls back on error
        assets.save_asset(s, data)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.services import audit

ENV_URL = "FUPIN_DB_URL"
DEFAULT_FILE_NAME = "fupin-assets.sqlite"
# How long a SQLite write waits for another program holding the file before giving up.
BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_url(cli_url: str | None, default_dir: Path | None) -> str:
    """``--db`` wins over ``FUPIN_DB_URL``, which wins over the file in the data folder.

    A bare path (no ``://``) is taken as a SQLite file.
    """
    url = cli_url or os.environ.get(ENV_URL)
    if url:
        return url if "://" in url else sqlite_url(Path(url).expanduser().resolve())
    if default_dir is None:
        raise ValueError("no database given and no data folder known")
    default_dir.mkdir(parents=True, exist_ok=True)
    return sqlite_url(default_dir / DEFAULT_FILE_NAME)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True, **kwargs)


def display_url(url: str | URL) -> str:
    """The URL as shown in the status bar: a file path for SQLite, no password otherwise."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def sqlite_file(url: str | URL) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(parsed.database)
    return None


class Database:
    """An engine plus a session factory whose sessions write the audit log as ``operator``."""

    def __init__(self, url: str, operator: str = "", engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.operator = operator
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(self._factory)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit when the block ends, roll back if it raises."""
        with self._factory(info={"operator": self.operator}) as s, s.begin():
            yield s

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed."""
        with self._factory(info={"operator": self.operator}) as s:
            yield s

    def dispose(self) -> None:
        self.engine.dispose()


def one_line(exc: BaseException) -> str:
    """A readable one-line reason, including the database's own words for driver errors."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        text = str(exc.orig)
        if "locked" in text:
            return "数据库正被其他程序占用，请关闭占用它的程序后重试"
        return f"数据库错误：{text}".splitlines()[0]
    return " ".join(str(exc).split()) or type(exc).__name__
