"""Schema migrations, run programmatically at start (users never need the alembic CLI).

Guarded as DESIGN.md asks: the scripts ship inside the package, the upgrade runs in one
transaction, an existing SQLite database is backed up (and the backup verified) first, and a
database written by a newer Digituki is refused rather than touched.
"""

from __future__ import annotations

import logging
from datetime import datetime
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from digituki.core.domain.errors import DatabaseTooNewError
from digituki.core.storage.backup import backup_sqlite

log = logging.getLogger(__name__)


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("digituki.core.storage") / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


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
    with engine.begin() as conn:
        command.upgrade(_config(conn), target)
    log.info("database migrated from %s to %s", current, wanted)
    return backup_path
