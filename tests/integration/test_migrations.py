"""Schema migrations: fixture databases of released schemas upgrade to head; guards hold."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from digituki.core.domain.errors import DatabaseTooNewError
from digituki.core.services.settings import get_site_settings
from digituki.core.storage import migrate
from digituki.core.storage.database import Database
from digituki.core.storage.engine import choose_journal_mode, create_db_engine, sqlite_url

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_first_schema_fixture_upgrades_to_head_keeping_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0001.sqlite3", path)
    backups = tmp_path / "backups"
    db = Database.open_file(path, backup_dir=backups)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert get_site_settings(db).site_name == "Fixture point"
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        db.close()
    if migrate.head_revision() != "0001":
        made = list(backups.glob("before-migration-0001-*.sqlite3"))
        assert len(made) == 1
        con = sqlite3.connect(made[0])
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        con.close()


def test_fresh_database_gets_head_and_connection_settings(tmp_path: Path) -> None:
    db = Database.open_file(tmp_path / "new.sqlite3")
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            mode = conn.execute(text("PRAGMA journal_mode")).scalar()
            assert mode == choose_journal_mode().lower()
            assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert migrate.current_revision(db.engine) == migrate.head_revision()
    finally:
        db.close()


def test_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Database.open_file(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        Database.open_file(path)
    assert path.read_bytes() == before


def test_failed_migration_leaves_the_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upgrade is one transaction: a failure in it changes nothing."""
    path = tmp_path / "db.sqlite3"
    engine = create_db_engine(sqlite_url(path))
    original = migrate.command.upgrade

    def exploding(cfg, target):  # type: ignore[no-untyped-def]
        original(cfg, target)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrate.command, "upgrade", exploding)
    with pytest.raises(RuntimeError):
        migrate.upgrade(engine)
    assert migrate.current_revision(engine) is None
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).all()
    assert tables == []
    engine.dispose()


def test_schema_head_constant_matches_the_migrations() -> None:
    """Database.open skips Alembic when the database is at SCHEMA_HEAD: keep them equal."""
    from digituki.core.storage.database import SCHEMA_HEAD

    assert migrate.head_revision() == SCHEMA_HEAD


def test_an_up_to_date_database_opens_without_loading_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "db.sqlite3"
    Database.open_file(path).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from digituki.core.storage.database import Database\n"
        f"Database.open_file(Path({str(path)!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
