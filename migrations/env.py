"""Alembic environment.

The program runs migrations from code and passes its own connection in
``config.attributes["connection"]`` (Alembic cookbook: sharing a connection). The
``alembic`` command line works too, with ``-x url=...`` or FUPIN_DB_URL.
SQLite uses batch mode, since it cannot ALTER most things in place.
"""

from __future__ import annotations

import os

from alembic import context

from desktop.models import Base
from desktop.services.database import make_engine

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("FUPIN_DB_URL")
    if not url:
        raise SystemExit("give the database with -x url=... or FUPIN_DB_URL")
    engine = make_engine(url)
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) mode is not supported; run against a database")
run_migrations_online()
