"""Schema migrations, run programmatically at start (users never need the alembic CLI).

Guarded as DESIGN.md asks: the scripts ship inside the package, the upgrade runs in one
transaction, an existing SQLite database is backed up (and the backup verified) first, and a
database written by a newer Digituki is refused rather than touched.

SQLite: batch migrations rebuild a table (create a copy, drop the old, rename). With
`foreign_keys=ON` the drop fires `ON DELETE CASCADE` and empties every child table — migration
0008 lost every session's topics that way (issue 22). So, as SQLite's documentation prescribes for
schema changes, foreign keys are switched off on the connection *before* the transaction begins
(the pragma is a no-op inside one), `PRAGMA foreign_key_check` must come back empty before the
commit, and the pragma is switched back on afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from digituki.core.domain.errors import DatabaseTooNewError
from digituki.core.storage.backup import backup_sqlite

log = logging.getLogger(__name__)


class MigrationIntegrityError(SQLAlchemyError):
    """A migration left rows pointing at nothing; the whole upgrade was rolled back."""


def _config(connection: Connection | None = None, **attributes: object) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("digituki.core.storage") / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    cfg.attributes.update(attributes)
    return cfg


def _run_guarded(engine: Engine, run: Callable[[Connection], None]) -> None:
    """Run `run(conn)` in one transaction; on SQLite with foreign keys off, checked at the end."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        if sqlite:
            raw.execute(
                "PRAGMA foreign_keys=OFF"
            )  # before BEGIN: inside a transaction it is ignored
        try:
            with conn.begin():
                run(conn)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        tables = sorted({str(row[0]) for row in broken})
                        raise MigrationIntegrityError(
                            f"{len(broken)} rows point at missing rows in {', '.join(tables)}"
                        )
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, or None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, *, backup_dir: Path | None = None, target: str = "head") -> str | None:
    """Bring the database to `target`; returns the path of the pre-migration backup, if any."""
    script = ScriptDirectory.from_config(_config())
    current = current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNewError(revision=current)
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return None
    backup_path: str | None = None
    db_file = engine.url.database
    if (
        current is not None
        and backup_dir is not None
        and engine.dialect.name == "sqlite"
        and db_file
        and db_file != ":memory:"
    ):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = backup_dir / f"before-migration-{current}-{stamp}.sqlite3"
        backup_sqlite(Path(db_file), dest)
        backup_path = str(dest)
        log.info("backed up the database before migrating from %s", current)
    _run_guarded(engine, lambda conn: command.upgrade(_config(conn, backup_dir=backup_dir), target))
    log.info("database migrated from %s to %s", current, wanted)
    return backup_path


def downgrade(engine: Engine, target: str) -> None:
    """Take the schema back to `target` (tests build databases of old revisions this way)."""
    _run_guarded(engine, lambda conn: command.downgrade(_config(conn), target))
