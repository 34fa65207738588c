"""The shared PostgreSQL database on a real (throwaway) server: migrations, guards, the data key.

Marked `postgresql`: run by the PostgreSQL pass of ./test (DIGITUKI_TEST_DB=postgresql).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from digituki.core.domain.errors import DatabaseTooNewError
from digituki.core.storage import migrate
from digituki.core.storage.database import SCHEMA_HEAD, Database, at_head
from digituki.core.storage.engine import create_db_engine
from digituki.core.storage.orm import Base

pytestmark = pytest.mark.postgresql


def test_migrations_build_the_orm_schema_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    db = Database.open(pg_url, backup_dir=backups)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision() == SCHEMA_HEAD
        assert at_head(db.engine)
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            # the shipped topic codes were seeded; no SQLite-only objects were made
            assert conn.execute(text("SELECT count(*) FROM topic")).scalar_one() > 50
            assert conn.execute(text("SELECT to_regclass('guide_fts')")).scalar_one() is None
    finally:
        db.close()
    assert list(backups.iterdir()) == []  # the server's own backups are IT's job, not ours


def test_each_step_upgrades_and_downgrades_on_postgresql(pg_url: str) -> None:
    engine = create_db_engine(pg_url)
    try:
        migrate.upgrade(engine, target="0003")
        assert migrate.current_revision(engine) == "0003"
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == SCHEMA_HEAD
        with engine.begin() as conn:
            from alembic import command

            command.downgrade(migrate._config(conn), "base")
        assert migrate.current_revision(engine) is None
    finally:
        engine.dispose()


def test_database_from_a_newer_app_is_refused_on_postgresql(pg_url: str) -> None:
    Database.open(pg_url).close()
    engine = create_db_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNewError):
        Database.open(pg_url)
