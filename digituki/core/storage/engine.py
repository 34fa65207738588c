"""Opening the database: SQLite (default, one file) or PostgreSQL (shared desks).

PostgreSQL (`postgresql+psycopg://…`, psycopg 3) runs with its defaults (READ COMMITTED); the
booking service's unique (slot, place) constraint and retries keep two desks from double-booking.

SQLite settings are chosen here and nowhere else:
- `foreign_keys=ON`;
- `synchronous=FULL`: a committed record survives power loss;
- a busy timeout, so a second process waits instead of failing at once;
- the journal mode (`JOURNAL_MODE`): WAL only on a SQLite without the WAL-reset bug (fixed in
  3.51.3), otherwise the rollback journal (DELETE) — with `synchronous=FULL` either way;
- `secure_delete=ON`: deleted or overwritten personal data is zeroed, not left in free pages;
- explicit `BEGIN IMMEDIATE`: pysqlite's implicit transaction handling is switched off
  (SQLAlchemy's documented recipe) so that a whole migration, DDL included, runs in one
  transaction. IMMEDIATE takes the write lock at the start, where the busy timeout applies: a
  deferred `BEGIN` that reads and then writes fails at once with "database is locked" when another
  desk (or the app's other worker thread) writes meanwhile — SQLite cannot wait there without
  risking a deadlock (issue 22). Connections with the execution option `deferred=True` (cheap
  read-only queries, see `reading_engine`) and read-only files keep the plain `BEGIN`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

# SQLite 3.7.0–3.51.2 can corrupt a WAL database when a checkpoint races a WAL reset.
WAL_SAFE_SQLITE = (3, 51, 3)


def choose_journal_mode(version: tuple[int, int, int] = sqlite3.sqlite_version_info) -> str:
    """WAL where SQLite is free of the WAL-reset bug, else the rollback journal."""
    return "WAL" if tuple(version) >= WAL_SAFE_SQLITE else "DELETE"


JOURNAL_MODE = choose_journal_mode()
BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 5  # PostgreSQL: how long to try to reach the server before giving up


def sqlite_url(path: Path | None) -> str:
    """URL of a SQLite file, or of a private in-memory database when `path` is None."""
    return "sqlite://" if path is None else f"sqlite:///{path}"


def read_only_url(path: Path) -> str:
    """URL opening the SQLite file read-only (a database written by a newer Digituki)."""
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def create_db_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine with Digituki's connection settings applied to every new connection."""
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        kwargs: dict[str, Any] = {}
        if memory:
            kwargs["poolclass"] = StaticPool
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            **kwargs,
        )
        _configure_sqlite(engine, memory=memory, read_only="mode=ro" in url)
        return engine
    connect_args: dict[str, Any] = {}
    if url.startswith("postgresql"):
        # A desk must not hang on an unreachable server; the server's admin sees who is connected.
        connect_args = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "digituki"}
    return create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)


def _configure_sqlite(engine: Engine, *, memory: bool, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module doc)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA secure_delete=ON")
            if not memory and not read_only:
                cursor.execute(f"PRAGMA journal_mode={JOURNAL_MODE}")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        deferred = read_only or conn.get_execution_options().get(DEFERRED, False)
        conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")


DEFERRED = "deferred"  # execution option: this connection only reads (plain, deferred BEGIN)


def reading_engine(engine: Engine) -> Engine:
    """The same engine and pool, for transactions that only read (no write lock taken)."""
    return engine.execution_options(**{DEFERRED: True})
