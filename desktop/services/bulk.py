"""Bulk inserts for the big tables (households, members): one DBAPI executemany.

SQLAlchemy's Core ``insert().values`` executemany rebuilds a parameter dict per row, which
costs as much as SQLite's own work for 150,000 members. Here each column's bind processor
is looked up once and the rows go to the driver as plain tuples — the same stored values
(dates, exact decimals) as the ORM would write, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts keyed by column name, all with the same keys) into ``table``."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    names = list(rows[0])
    columns = [table.c[n] for n in names]
    processors = [c.type._cached_bind_processor(dialect) for c in columns]  # noqa: SLF001
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join([mark] * len(names))})")
    # Tuples, transposes and conversions all run in C loops (itemgetter, zip, map).
    params: list[tuple[Any, ...]] = list(map(itemgetter(*names), rows)) if len(names) > 1 else \
        [(r[names[0]],) for r in rows]
    convert = [(j, p) for j, p in enumerate(processors) if p is not None]
    if convert:
        cols: list[Any] = list(zip(*params, strict=True))
        for j, p in convert:
            cols[j] = list(map(p, cols[j]))
        params = list(zip(*cols, strict=True))
    conn.exec_driver_sql(sql, params)
