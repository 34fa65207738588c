"""A shared PostgreSQL database for several desks: connection settings, the password in the OS
secret store, a connection test, and copying a desk's SQLite data to an empty server database.

The connection (host, port, database, user) is kept in this computer's settings as a URL without
the password (`LocalSettings.database_url`); the password is kept with `keyring` under
``db-password:<user>@<host>:<port>/<database>`` — never in a file. Where there is no secure store,
libpq's own `PGPASSWORD` variable or `~/.pgpass` file (set up by the library's IT) still work.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digituki.core.domain.errors import DigitukiError, ValidationError
from digituki.core.security import secrets

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
BATCH_ROWS = 1000

Progress = Callable[[str, int, int], None]  # (table, rows copied, rows in the table)


class TargetNotEmptyError(DigitukiError):
    """The server database already holds Digituki data (or other tables): nothing was copied."""

    code = "target_not_empty"


class ServerUnreachableError(DigitukiError):
    """The shared database server did not answer (network, server down, wrong address)."""

    code = "server_unreachable"


class CopyMismatchError(DigitukiError):
    """After copying, a table on the server does not hold as many rows as the SQLite file."""

    code = "copy_mismatch"


# --- the connection ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerConnection:
    host: str
    port: int = DEFAULT_PORT
    database: str = "digituki"
    user: str = "digituki"

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL (with `password` only when given: never stored like that)."""
        from sqlalchemy.engine import URL

        made = URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )
        return made.render_as_string(hide_password=False)

    @property
    def account(self) -> str:
        """The name the password is kept under in the OS secret store."""
        return f"db-password:{self.user}@{self.host}:{self.port}/{self.database}"


def validate(conn: ServerConnection) -> None:
    """`ValidationError` for an empty or impossible host, port, database or user."""
    if not conn.host.strip() or any(c.isspace() for c in conn.host.strip()):
        raise ValidationError("host_invalid", "host")
    if not 1 <= conn.port <= 65535:
        raise ValidationError("out_of_range", "port", low=1, high=65535)
    if not conn.database.strip() or len(conn.database) > 63:
        raise ValidationError("database_name_invalid", "database")
    if not conn.user.strip() or len(conn.user) > 63:
        raise ValidationError("user_invalid", "user")


def is_server_url(url: str) -> bool:
    return url.startswith(("postgresql", "postgres:"))


def normalize_url(url: str) -> str:
    """`postgres://…` and `postgresql://…` as written by IT, with Digituki's driver."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return DRIVER + "://" + url[len(prefix) :]
    return url


def parse(url: str) -> ServerConnection | None:
    """The connection in a server URL (its password, if any, is ignored), or None."""
    if not url or not is_server_url(url):
        return None
    from sqlalchemy.engine import make_url

    u = make_url(normalize_url(url))
    return ServerConnection(
        host=u.host or "",
        port=u.port or DEFAULT_PORT,
        database=u.database or "",
        user=u.username or "",
    )


def save_password(conn: ServerConnection, password: str) -> None:
    """Keep the password in the OS secret store (`SecureStoreUnavailable` when there is none)."""
    if password:
        secrets.store(conn.account, password)
    else:
        secrets.delete(conn.account)


def stored_password(conn: ServerConnection) -> str | None:
    return secrets.load(conn.account)


def connect_url(database_url: str) -> str:
    """The URL to open: a server URL gets its password from the secret store (if kept there)."""
    conn = parse(database_url)
    if conn is None:
        return database_url
    from sqlalchemy.engine import make_url

    if make_url(normalize_url(database_url)).password:
        return normalize_url(database_url)
    return conn.url(stored_password(conn))


# --- testing a connection ----------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectionCheck:
    """What "Test connection" found. `code`: ok_new (empty database, will be set up), ok_ready
    (Digituki's data is there), ok_upgrade (older Digituki data: upgraded at start), too_new,
    unreachable, login_failed, no_database, not_allowed, failed."""

    code: str
    server_version: str = ""

    @property
    def ok(self) -> bool:
        return self.code.startswith("ok_")


def check_connection(conn: ServerConnection, password: str | None) -> ConnectionCheck:
    """Connect once (5 s at most), read the schema version; never raises for a bad connection."""
    validate(conn)
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from digituki.core.storage import migrate
    from digituki.core.storage.engine import create_db_engine

    engine = create_db_engine(conn.url(password if password else stored_password(conn)))
    try:
        with engine.connect() as c:
            version = str(c.execute(text("SHOW server_version")).scalar_one())
            has_version = c.execute(text("SELECT to_regclass('alembic_version')")).scalar_one()
            revision = (
                c.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if has_version is not None
                else None
            )
            can_create = c.execute(
                text("SELECT has_database_privilege(current_database(), 'CREATE')")
            ).scalar_one()
    except DBAPIError as exc:
        return ConnectionCheck(_failure_code(exc))
    except Exception as exc:  # a broken driver or the like: logged, said plainly
        log.warning("connection test failed: %s", type(exc).__name__)
        return ConnectionCheck("failed")
    finally:
        engine.dispose()
    if revision is None:
        return ConnectionCheck("ok_new" if can_create else "not_allowed", version)
    if revision == migrate.head_revision():
        return ConnectionCheck("ok_ready", version)
    from alembic.script import ScriptDirectory

    known = {r.revision for r in ScriptDirectory.from_config(migrate._config()).walk_revisions()}
    return ConnectionCheck("ok_upgrade" if revision in known else "too_new", version)


def _failure_code(exc: Exception) -> str:
    """A plain reason from the driver's error (connection errors often carry no SQLSTATE)."""
    orig = getattr(exc, "orig", None)
    state = getattr(orig, "sqlstate", None) or ""
    message = str(orig or exc).lower()
    if "password authentication failed" in message or "no password supplied" in message:
        return "login_failed"
    if state == "28P01" or ("role" in message and "does not exist" in message):
        return "login_failed"
    if state == "3D000" or ("database" in message and "does not exist" in message):
        return "no_database"
    if state in ("28000", "42501") or "pg_hba.conf" in message or "permission denied" in message:
        return "not_allowed"
    return "unreachable"


# --- copying a desk's SQLite data to the server --------------------------------------------------


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int


@dataclass(frozen=True)
class CopyResult:
    tables: tuple[TableCopy, ...]
    key_wrapped: bool  # the data key is in the database wrapped by the site passphrase

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


# Filled by the migrations, not by the point's use: may be present in an "empty" target.
_SEEDED = {"alembic_version", "topic"}


def copy_to_server(source: Path, target_url: str, progress: Progress | None = None) -> CopyResult:
    """Copy the SQLite database at `source` into the EMPTY server database at `target_url`.

    The SQLite file is not touched: a verified snapshot of it is taken (and brought to this
    version's schema) in a temporary folder. The target is migrated to the same schema, then
    every table is copied in foreign-key order in ONE transaction, the id sequences are moved past
    the copied ids, and each table's row count is compared with the source.
    """
    from sqlalchemy import func, insert, inspect, select, text

    from digituki.core.storage import migrate
    from digituki.core.storage.backup import backup_sqlite
    from digituki.core.storage.engine import create_db_engine, sqlite_url
    from digituki.core.storage.orm import Base

    target = create_db_engine(normalize_url(target_url))
    try:
        _refuse_non_empty(target)
        with tempfile.TemporaryDirectory(prefix="digituki-copy-") as tmp:
            snapshot = backup_sqlite(source, Path(tmp) / "snapshot.sqlite3")
            src = create_db_engine(sqlite_url(snapshot))
            try:
                migrate.upgrade(src)  # an older desk's file: the snapshot gets today's schema
                migrate.upgrade(target)
                present = set(inspect(src).get_table_names())
                # stats_month is a cache the target's triggers rebuild from the copied rows
                tables = [
                    t
                    for t in Base.metadata.sorted_tables
                    if t.name in present and t.name != "stats_month"
                ]
                copied: list[TableCopy] = []
                with src.connect() as read, target.begin() as write:
                    write.execute(text("DELETE FROM topic"))  # the source's list wins
                    for table in tables:
                        total = int(
                            read.execute(select(func.count()).select_from(table)).scalar_one()
                        )
                        done = 0
                        if progress is not None:
                            progress(table.name, 0, total)
                        aware = [
                            c.name
                            for c in table.columns
                            if getattr(c.type, "timezone", False) is True
                        ]
                        result = read.execution_options(yield_per=BATCH_ROWS).execute(select(table))
                        for chunk in result.mappings().partitions(BATCH_ROWS):
                            rows = [_fix_times(dict(r), aware) for r in chunk]
                            write.execute(insert(table), rows)
                            done += len(rows)
                            if progress is not None:
                                progress(table.name, done, total)
                        copied.append(TableCopy(table.name, total))
                    _move_sequences(write, tables)
                    key_wrapped = bool(
                        write.execute(
                            text("SELECT count(*) FROM site_secret WHERE wrapped_key IS NOT NULL")
                        ).scalar_one()
                    )
            finally:
                src.dispose()
        _verify(target, copied)
        log.info(
            "copied %d rows in %d tables to the server", sum(c.rows for c in copied), len(copied)
        )
        return CopyResult(tuple(copied), key_wrapped)
    finally:
        target.dispose()


def _fix_times(row: dict[str, Any], aware: list[str]) -> dict[str, Any]:
    """SQLite gives timezone-aware columns back naive; they were written in UTC."""
    for name in aware:
        value = row.get(name)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            row[name] = value.replace(tzinfo=dt.UTC)
    return row


def _refuse_non_empty(engine: Any) -> None:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        for name in sorted(names - _SEEDED):
            if conn.execute(text(f'SELECT EXISTS (SELECT 1 FROM "{name}")')).scalar_one():
                raise TargetNotEmptyError(table=name)
        if names and "alembic_version" not in names:
            raise TargetNotEmptyError(table=sorted(names)[0])  # someone else's tables


def _move_sequences(conn: Any, tables: list[Any]) -> None:
    """Serial ids continue after the copied rows (a copied id is never handed out again)."""
    from sqlalchemy import Integer, text

    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or key[0].name != "id" or not isinstance(key[0].type, Integer):
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}
        ).scalar()
        if sequence is None:
            continue
        conn.execute(
            text(
                f'SELECT setval(:s, COALESCE((SELECT max(id) FROM "{table.name}"), 1), '
                f'(SELECT max(id) FROM "{table.name}") IS NOT NULL)'
            ),
            {"s": sequence},
        )


def _verify(engine: Any, copied: list[TableCopy]) -> None:
    from sqlalchemy import text

    with engine.connect() as conn:
        for item in copied:
            found = int(conn.execute(text(f'SELECT count(*) FROM "{item.table}"')).scalar_one())
            if found != item.rows:
                raise CopyMismatchError(table=item.table, expected=item.rows, found=found)
