"""No upgrade loses data (issue 22): every migration step keeps every row, on SQLite and PostgreSQL.

`schema_0007_demo.sqlite3` was made by the app at schema 0007 (commit 6d02b92, `digituki demo
--seed 7 --months 2 --today 2026-11-20`); upgrading it across 0008 used to empty
`help_session_topic`. The step test builds a demo database at head, takes it back to each older
revision, notes every table's row count and a digest of its content, upgrades to head again and
compares. Documented changes are columns and tables a migration adds: only what existed at the
old revision is compared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from digituki.core.services.demo import generate_demo
from digituki.core.storage import migrate
from digituki.core.storage.database import Database
from digituki.core.storage.engine import create_db_engine, sqlite_url

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Not data of the point: the schema version (SQLite's FTS5 index tables are skipped too: they
# are rebuilt from `guide`, which is compared itself).
SKIP_TABLES = {"alembic_version"}


def _old_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config())
    revs = [r.revision for r in script.walk_revisions()]  # head first
    return list(reversed(revs))[:-1]


Snapshot = dict[str, tuple[int, str]]


def _snapshot(engine: Engine, only: dict[str, list[str]] | None = None) -> Snapshot:
    """{table: (rows, sha256 of its rows in a stable order)} over the given (or all) columns."""
    insp = inspect(engine)
    tables = {
        t: [c["name"] for c in insp.get_columns(t)]
        for t in insp.get_table_names()
        if t not in SKIP_TABLES and not t.startswith("guide_fts")
    }
    if only is not None:
        tables = {t: [c for c in cols if c in only[t]] for t, cols in tables.items() if t in only}
    out: Snapshot = {}
    with engine.connect() as conn:
        for table, cols in sorted(tables.items()):
            names = ", ".join(f'"{c}"' for c in cols)
            rows = conn.execute(text(f'SELECT {names} FROM "{table}"')).all()
            lines = sorted(repr(tuple(_plain(v) for v in row)) for row in rows)
            out[table] = (len(rows), hashlib.sha256("\n".join(lines).encode()).hexdigest())
    return out


def _plain(value: object) -> object:
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _columns(engine: Engine) -> dict[str, list[str]]:
    insp = inspect(engine)
    return {t: [c["name"] for c in insp.get_columns(t)] for t in insp.get_table_names()}


def _check_every_step(new_copy: Callable[[], str]) -> None:
    """For each old revision: a fresh demo copy taken back to it, upgraded, compared."""
    for revision in _old_revisions():
        engine = create_db_engine(new_copy())
        try:
            migrate.downgrade(engine, revision)
            assert migrate.current_revision(engine) == revision
            columns = _columns(engine)
            before = _snapshot(engine)
            migrate.upgrade(engine)
            assert migrate.current_revision(engine) == migrate.head_revision()
            after = _snapshot(engine, only=columns)
        finally:
            engine.dispose()
        changed = {t for t in before if after.get(t) != before[t]}
        assert not changed, f"upgrading from {revision} changed {sorted(changed)}"
        if "help_session_topic" in before:
            assert before["help_session_topic"][0] > 0  # the demo has topic links to lose


DEMO_DAY = dt.date(2026, 11, 20)


def test_every_step_keeps_every_row_on_sqlite(tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite3"
    db = Database.open_file(demo)
    generate_demo(db, seed=5, months=2, today=DEMO_DAY)
    db.close()
    copies = iter(range(100))

    def new_copy() -> str:
        path = tmp_path / f"copy{next(copies)}.sqlite3"
        shutil.copy(demo, path)
        return sqlite_url(path)

    _check_every_step(new_copy)


@pytest.mark.postgresql
def test_every_step_keeps_every_row_on_postgresql(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    url = pg_cluster.create_database(prefix="demo")
    db = Database.open(url)
    generate_demo(db, seed=5, months=2, today=DEMO_DAY)
    db.close()
    name = url.rsplit("/", 1)[1]
    made: list[str] = []

    def new_copy() -> str:
        made.append(pg_cluster.create_database(template=name))
        return made[-1]

    try:
        _check_every_step(new_copy)
    finally:
        for u in [*made, url]:
            pg_cluster.drop_database(u)


def test_schema_0007_demo_keeps_every_topic_link_across_0008(tmp_path: Path) -> None:
    """The desk database the bug report used: 0007 -> head keeps all topic links."""
    path = tmp_path / "digituki.sqlite3"
    shutil.copy(FIXTURES / "schema_0007_demo.sqlite3", path)
    con = sqlite3.connect(path)
    links = sorted(con.execute("SELECT session_id, topic_code FROM help_session_topic").fetchall())
    sessions = con.execute("SELECT count(*) FROM help_session").fetchone()[0]
    con.close()
    assert len(links) == 292 and sessions == 242

    db = Database.open_file(path, backup_dir=tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            after = sorted(
                tuple(r)
                for r in conn.execute(text("SELECT session_id, topic_code FROM help_session_topic"))
            )
            assert conn.execute(text("SELECT count(*) FROM help_session")).scalar() == sessions
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        assert after == links
        from digituki.core.domain.stats import Period
        from digituki.core.services import stats

        # what the month's CSV shows: topic mentions, 0 for every topic after the bad upgrade
        november = stats.period_stats(db, Period.month("2026-11"))
        assert november.table("topics").total() > 0
    finally:
        db.close()
