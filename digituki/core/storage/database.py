"""The database handle the services use: an engine, a session factory, units of work."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from digituki.core.storage.engine import create_db_engine, reading_engine, sqlite_url
from digituki.core.storage.unit_of_work import UnitOfWork

# The newest schema revision of this version (a test keeps it equal to the migrations' head). At an
# ordinary start the database is already there, and Alembic (~0.25 s to import) is not loaded.
SCHEMA_HEAD = "0011"  # 0009 -> 0010 -> 0012 -> 0011: one linear chain (0011 landed after 0012)


def at_head(engine: Engine) -> bool:
    """True when the database's schema is this version's newest (one cheap query)."""
    try:
        with reading_engine(engine).connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return False
    return [r[0] for r in rows] == [SCHEMA_HEAD]


class Database:
    """An open, migrated database."""

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only  # a newer app's database: shown, never modified
        self.offline_start = False  # the shared server was away when the window opened
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._reading = sessionmaker(reading_engine(engine), expire_on_commit=False)

    @classmethod
    def open(
        cls,
        url: str,
        *,
        backup_dir: Path | None = None,
        migrate_to_head: bool = True,
        prepare_key: bool = True,
    ) -> Database:
        """Open the database at `url` and bring its schema up to date.

        `prepare_key=False`: do not create a data key yet (`digituki demo` gives it the demo key).
        """
        engine = create_db_engine(url)
        if migrate_to_head and not at_head(engine):
            from digituki.core.storage import migrate

            try:
                migrate.upgrade(engine, backup_dir=backup_dir)
            except BaseException:
                engine.dispose()  # no pooled connection left behind (a server counts them)
                raise
        db = cls(engine)
        if migrate_to_head and prepare_key:
            # Find (or create) the data key now, outside any unit of work: creating it writes a
            # row, which must not wait on a service's open transaction. A locked key is fine here.
            from digituki.core.security import keys

            keys.prepare(db)
        return db

    @classmethod
    def open_file(
        cls, path: Path, *, backup_dir: Path | None = None, prepare_key: bool = True
    ) -> Database:
        from digituki.paths import make_private, use_private_umask

        use_private_umask()  # the file and its -wal/-shm companions: 0600
        db = cls.open(sqlite_url(path), backup_dir=backup_dir, prepare_key=prepare_key)
        make_private(path)  # also a file an earlier build made with the user's umask
        return db

    @classmethod
    def open_read_only(cls, path: Path) -> Database:
        """Open a SQLite file without migrating or writing (it was saved by a newer Digituki)."""
        from digituki.core.storage.engine import read_only_url

        return cls(create_db_engine(read_only_url(path)), read_only=True)

    @classmethod
    def in_memory(cls) -> Database:
        """A private, migrated in-memory SQLite database (tests, self-test)."""
        return cls.open(sqlite_url(None))

    def unit_of_work(self, *, read_only: bool = False) -> UnitOfWork:
        """A transaction; on SQLite it takes the write lock at once (BEGIN IMMEDIATE) unless
        `read_only` (then it must not write: for frequent cheap queries) or nested in another."""
        where = str(self.engine.url.database or "") if self.engine.dialect.name == "sqlite" else ""
        if read_only:
            return UnitOfWork(self._reading, newer_app=self.read_only, where=where)
        return UnitOfWork(self._sessions, self._reading, newer_app=self.read_only, where=where)

    def close(self) -> None:
        self.engine.dispose()
