"""Bulk writes for the big tables (households, members): one DBAPI executemany, in one transaction.

SQLAlchemy's Core ``insert().values`` executemany rebuilds a parameter dict per row, which
costs as much as SQLite's own work for 150,000 members. Here each column's bind processor
is looked up once and the rows go to the driver as plain tuples — the same stored values
(dates, exact decimals) as the ORM would write, on SQLite and PostgreSQL alike.

``bulk_load`` wraps a load of a whole county's roster (measured in
``benchmarks/import_bench.py``): Python's cycle collector paused, SQLite's page cache raised,
and the secondary indexes of a table that the load at least doubles built once at the end
rather than kept up row by row — all inside the caller's transaction, so a failure anywhere
still rolls back every row and every index change.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Index, Table, func, select
from sqlalchemy.orm import Session

# Page cache for a bulk load (KiB): a county's roster with its indexes (~40 MB) stays in memory
# instead of being spilled to the WAL and read back while the indexes grow. Only an upper
# bound: pages are taken as needed, and the usual size is restored afterwards.
BULK_CACHE_KIB = 128 * 1024
# Below this many rows keeping the indexes up as rows arrive is cheap enough.
REBUILD_MIN_ROWS = 20_000

_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = True


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts keyed by column name, all with the same keys) into ``table``."""
    if not rows:
        return
    names = list(rows[0])
    tuples: list[tuple[Any, ...]] = list(map(itemgetter(*names), rows)) if len(names) > 1 else \
        [(r[names[0]],) for r in rows]
    insert_tuples(session, table, names, tuples)


def insert_tuples(session: Session, table: Table, names: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (tuples of the columns ``names``, in that order) into ``table``."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    processors = [table.c[n].type._cached_bind_processor(dialect) for n in names]  # noqa: SLF001
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join([mark] * len(names))})")
    params = rows
    convert = [(j, p) for j, p in enumerate(processors) if p is not None]
    if convert:  # transposed, converted and zipped back in C loops (zip, map)
        cols: list[Any] = list(zip(*rows, strict=True))
        for j, p in convert:
            cols[j] = _converted(cols[j], p)
        params = list(zip(*cols, strict=True))
    conn.exec_driver_sql(sql, params)


# Types whose equal values are the same value: converting one of them stands for all.
_SAME_WHEN_EQUAL = {bool, date, datetime, str, type(None)}


def _converted(column: Sequence[Any], processor: Callable[[Any], Any]) -> list[Any]:
    """``processor`` applied to every value. A column of dates or flags holds few distinct
    values (one timestamp, two flags, some thousands of birth dates in 150,000 rows), so
    each distinct value is converted once and the rest looked up in C."""
    kinds = set(map(type, column))
    if not kinds <= _SAME_WHEN_EQUAL or len(kinds - {type(None)}) > 1:
        return list(map(processor, column))  # e.g. Decimal: 1.0 == 1.00 but they print differently
    done = {value: processor(value) for value in set(column)}
    return list(map(done.__getitem__, column))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector paused while a big import runs.

    It rescans every live object each time enough new ones have been made; with a
    150,000-row sheet and as many parsed people alive, that ran a dozen full passes and took
    a quarter of an import's time, finding nothing (rows are freed by reference counting).
    Reentrant and thread-safe: the collector resumes when the last pauser leaves.
    """
    global _gc_pausers, _gc_was_enabled
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


@contextmanager
def bulk_load(session: Session, tables: Sequence[tuple[Table, int]]) -> Iterator[None]:
    """A big load into ``tables`` (each with the number of rows about to be inserted) in the
    session's open transaction.

    On SQLite: a larger page cache for the load, and the secondary indexes of each table the
    load at least doubles dropped first and created again at the end. SQLite's DDL is
    transactional, so a failure before the end rolls the drops back with the rows. On
    PostgreSQL nothing changes: dropping an index there would lock out every reader of the
    county's shared database for the whole import.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        rebuilt: list[Index] = []
        # Only inside a transaction already begun (the driver begins one at the first write):
        # outside one, each DROP would commit by itself.
        if dbapi.in_transaction:
            for table, incoming in tables:
                if incoming >= REBUILD_MIN_ROWS and \
                        (conn.execute(select(func.count()).select_from(table)).scalar_one() or 0) <= incoming:
                    for index in table.indexes:
                        index.drop(conn)
                    rebuilt.extend(table.indexes)
        yield
        for index in rebuilt:
            index.create(conn)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")
