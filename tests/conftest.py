"""Shared fixtures: offscreen Qt, temporary SQLite databases, and PostgreSQL when reachable.

PostgreSQL tests use ``FUPIN_TEST_PG_URL`` (default: the local server, database ``test``)
and skip with the reason when it cannot be reached — unless ``FUPIN_REQUIRE_PG=1`` (as in
``.ci/run``), where an unreachable server fails them. Each PostgreSQL test gets a schema
of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

# Before anything imports Qt: without a display Qt aborts unless told to draw offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from desktop.services import schema  # noqa: E402
from desktop.services.database import Database  # noqa: E402

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _pg_base_url() -> str:
    return os.environ.get("FUPIN_TEST_PG_URL", DEFAULT_PG_URL)


_pg_state: dict[str, str | None] = {}


def _pg_unreachable_reason() -> str | None:
    if "reason" not in _pg_state:
        try:
            engine = create_engine(_pg_base_url(), connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
            _pg_state["reason"] = None
        except Exception as exc:  # noqa: BLE001
            _pg_state["reason"] = f"PostgreSQL not reachable at {_pg_base_url()}: {str(exc).splitlines()[0]}"
    return _pg_state["reason"]


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL whose connections work in a fresh, private schema."""
    reason = _pg_unreachable_reason()
    if reason:
        if os.environ.get("FUPIN_REQUIRE_PG") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_pg_base_url())
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    sep = "&" if "?" in _pg_base_url() else "?"
    yield f"{_pg_base_url()}{sep}options={quote(f'-csearch_path={name}')}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'test.sqlite'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_url(request: pytest.FixtureRequest) -> str:
    """Runs the test on SQLite and again on PostgreSQL."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


def _migrated(url: str) -> Iterator[Database]:
    db = Database(url, operator="测试员")
    schema.upgrade(db.engine, backup=False)
    yield db
    db.dispose()


@pytest.fixture
def db(sqlite_url: str) -> Iterator[Database]:
    """An empty database at the current schema, written as operator 测试员."""
    yield from _migrated(sqlite_url)


@pytest.fixture
def any_db(any_url: str) -> Iterator[Database]:
    """Like ``db``, on SQLite and on PostgreSQL."""
    yield from _migrated(any_url)


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The small demo county (seed 1)."""
    from desktop.services import demo

    with db.session() as s:
        demo.generate(s, "small", 1)
    return db


@pytest.fixture
def message_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """No real message box may block a test: each is recorded and answered "discard"/OK.
    View test modules use it with ``pytestmark = pytest.mark.usefixtures("message_boxes")``;
    tests that care about an answer patch the box themselves."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def fake(kind, answer):  # type: ignore[no-untyped-def]
        def box(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Discard))
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind, QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def ctx(demo_db, tmp_path, qapp):  # type: ignore[no-untyped-def]
    """The GUI's context on the small demo county, with a throwaway settings file."""
    from PySide6.QtCore import QSettings

    from desktop.settings import Settings
    from desktop.views.context import AppContext

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    return AppContext(demo_db, settings)
