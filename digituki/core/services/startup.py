"""Opening the database safely at start (GUI and CLI share this).

1. A SQLite file is checked with `PRAGMA quick_check` first; a damaged file (or one that will not
   open) raises `DatabaseDamagedError` — the UI then offers the newest good backup.
2. The database is opened and migrated (a verified backup is made before any migration).
3. Maintenance: a daily automatic backup (rotated, old copies purged), the retention purge.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from digituki.core.domain.errors import DatabaseTooNewError, DigitukiError
from digituki.core.services.backup import DatabaseDamagedError

if TYPE_CHECKING:
    from digituki.core.services.settings import LocalSettings
    from digituki.core.storage.database import Database

log = logging.getLogger(__name__)

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "afs", "9p", "fuse.sshfs", "ncpfs",
               "davfs", "fuse.davfs2", "glusterfs", "ceph"}  # fmt: skip


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None (in-memory, PostgreSQL)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or u.database in (None, "", ":memory:"):
        return None
    return Path(str(u.database))


@dataclass(frozen=True)
class ConfiguredDatabase:
    """The database this desk uses, as its settings say (the GUI and every CLI command agree).

    `kind`: "local" (the point's own file), "shared" (a PostgreSQL server) or "coordinator"
    (the coordinator's own file). `where` names it for people, never with a password."""

    kind: str
    url: str  # SQLAlchemy URL; a server URL here has no password in it
    where: str
    file: Path | None = None


def configured_database(
    local_file: Path, data_dir: Path, local: LocalSettings
) -> ConfiguredDatabase:
    """Decide which database the desk's settings point at (no connection is made)."""
    from digituki.core.storage.engine import sqlite_url

    if local.mode == "coordinator":  # the same file `digituki coordinator …` uses
        from digituki.core.services.coordinator import coordinator_database_path

        path = coordinator_database_path(data_dir)
        return ConfiguredDatabase(
            "coordinator", sqlite_url(path), f"the coordinator file {path}", path
        )
    if local.database_url:
        from digituki.core.services.shared_db import parse

        conn = parse(local.database_url)
        if conn is not None:
            where = f"the shared server {conn.host}:{conn.port} (database {conn.database})"
            return ConfiguredDatabase("shared", conn.url(None), where)
        hand_edited = sqlite_file(local.database_url)  # a hand-edited SQLite URL
        if hand_edited is not None:
            where = f"the file {hand_edited}"
            return ConfiguredDatabase("local", local.database_url, where, hand_edited)
    return ConfiguredDatabase("local", sqlite_url(local_file), f"the file {local_file}", local_file)


def open_configured(
    local_file: Path, data_dir: Path, backup_dir: Path | None, local: LocalSettings
) -> tuple[Database, ConfiguredDatabase]:
    """Check, open and migrate the database the desk's settings point at (GUI and CLI).

    A server's password comes from the OS secret store; a SQLite file gets its quick check first
    (`DatabaseDamagedError`), an unreachable server `ServerUnreachableError`."""
    target = configured_database(local_file, data_dir, local)
    url = target.url
    if target.kind == "shared":
        from digituki.core.services.shared_db import connect_url

        url = connect_url(local.database_url)
    return open_checked(url, backup_dir, point_database=target.kind != "coordinator"), target


def open_checked(
    url: str, backup_dir: Path | None, *, point_database: bool = True, prepare_key: bool = True
) -> Database:
    """Check, open and migrate; `DatabaseDamagedError` when the file is not sound.

    A missing or empty file is a first start unless its journal files remain or (for the point's
    own database, whose copies `backup_dir` holds) a good backup exists: `DatabaseMissingError`."""
    from digituki.core.storage.backup import quick_check
    from digituki.core.storage.database import Database

    path = sqlite_file(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        _refuse_a_silent_new_database(path, backup_dir if point_database else None)
    elif path is not None:
        result = quick_check(path)
        if result != "ok":
            log.error("the database failed its check: %s", result[:200])
            raise DatabaseDamagedError(path=str(path))
    try:
        from digituki.core.storage.engine import sqlite_url

        if path is not None and url == sqlite_url(path):  # 0600
            return Database.open_file(path, backup_dir=backup_dir, prepare_key=prepare_key)
        return Database.open(url, backup_dir=backup_dir, prepare_key=prepare_key)
    except DatabaseTooNewError:
        if path is None:
            raise
        log.warning("the database was written by a newer Digituki: opened read-only")
        return Database.open_read_only(path)
    except DigitukiError:
        raise
    except Exception as exc:
        from sqlalchemy.exc import OperationalError

        from digituki.core.storage.unit_of_work import storage_error

        typed = storage_error(exc, str(path) if path is not None else "")
        if typed is not None and path is not None:
            log.error("the database cannot be written: %s", typed.code)
            raise typed from None

        if path is None and isinstance(exc, OperationalError) and url.startswith("postgres"):
            log.warning("the shared database server cannot be reached")
            from digituki.core.services.shared_db import ServerUnreachableError

            raise ServerUnreachableError() from None
        if path is not None and path.exists() and quick_check(path) != "ok":
            log.exception("the database would not open and is damaged")
            raise DatabaseDamagedError(path=str(path)) from None
        raise


def _refuse_a_silent_new_database(path: Path, backup_dir: Path | None) -> None:
    """No database file (or an empty one): a first start, unless backups or journal files show
    that there was a database here — then `DatabaseMissingError` (the newest backup is offered)."""
    from digituki.core.services.backup import DatabaseMissingError, newest_good_backup
    from digituki.core.storage.backup import leftover_files

    leftovers = leftover_files(path)
    good = (
        newest_good_backup(backup_dir) if backup_dir is not None and backup_dir.is_dir() else None
    )
    if leftovers or good is not None:
        log.error(
            "the database file is %s; %d journal files left, backup: %s",
            "empty" if path.exists() else "missing",
            len(leftovers),
            good.path.name if good else "none",
        )
        raise DatabaseMissingError(path=str(path))


def after_open(db: Database, data_dir: Path, backup_dir: Path | None) -> None:
    """Maintenance after opening: key folder, topic list, automatic backup, retention purge."""
    from digituki.core.security import keys
    from digituki.core.services import backup, helplog

    keys.register_key_folder(db, data_dir)
    from digituki.core.services import topic_updates

    topic_updates.activate(db)  # a newer topic list the coordinator published, if imported
    if db.read_only:
        with contextlib.suppress(Exception):
            keys.prepare(db)
        return
    from digituki.core.security import signing

    signing.seal_legacy_key(db)  # a plaintext signing key of an earlier build (when unlocked)
    helplog.sync_topic_table(db)
    if backup_dir is not None and sqlite_file(str(db.engine.url)) is not None:
        try:
            backup.auto_backup_if_due(db, backup_dir)
        except Exception:  # a failed backup must not stop the desk; it is logged
            log.exception("the automatic backup failed")
    from digituki.paths import PRINTOUTS_DIR_NAME

    backup.run_purge(db, printouts=data_dir / PRINTOUTS_DIR_NAME)


def is_network_path(path: Path) -> bool:
    """True when `path` is on a network drive (SQLite needs a local disk for safe locking)."""
    p = str(path.resolve())
    if sys.platform == "win32":
        if p.startswith("\\\\"):
            return True
        try:
            import ctypes

            drive = os.path.splitdrive(p)[0] + "\\"
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # type: ignore[attr-defined]
        except Exception:
            return False
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (p == point or p.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype in _NETWORK_FS


__all__ = ["DatabaseDamagedError", "DatabaseTooNewError", "after_open", "open_checked"]
