"""Opening the database: SQLite (default, one file) or PostgreSQL (shared desks).

SQLite settings are chosen here and nowhere else:
- `foreign_keys=ON`;
- `synchronous=FULL`: a committed record survives power loss;
- a busy timeout, so a second process waits instead of failing at once;
- the journal mode (`JOURNAL_MODE`, WAL by default);
- explicit `BEGIN`: pysqlite's implicit transaction handling is switched off (SQLAlchemy's
  documented recipe) so that a whole migration, DDL included, runs in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

JOURNAL_MODE = "WAL"
BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path | None) -> str:
    """URL of a SQLite file, or of a private in-memory database when `path` is None."""
    return "sqlite://" if path is None else f"sqlite:///{path}"


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
        _configure_sqlite(engine, memory=memory)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _configure_sqlite(engine: Engine, *, memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module doc)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not memory:
                cursor.execute(f"PRAGMA journal_mode={JOURNAL_MODE}")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")
