"""Backups and recovery of the SQLite database, and the maintenance done at start and daily.

- `auto_backup_if_due`: a verified copy in the backup folder when the newest one is older than a
  day; then `rotate` keeps the last 7 daily and 4 weekly copies, and `purge_backups` removes
  personal data past the retention period from the copies that remain (nothing outlives the purge).
- `backup_now` (to a chosen folder, e.g. a USB stick) and `restore` (from a chosen file; the
  current file is set aside, never deleted) for Settings and the CLI.
- `check`: SQLite's quick_check; `newest_good_backup` is offered when the database is damaged.
- `run_purge`: the retention purge of personal data with real deletion (secure_delete is on for
  every connection; a WAL checkpoint afterwards), recording when it ran and how many it cleared.

Backups are copies of the database: personal fields in them are encrypted like in the database.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from digituki.core import clock
from digituki.core.domain.errors import DigitukiError
from digituki.core.storage import backup as store

if TYPE_CHECKING:
    from digituki.core.storage.database import Database

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

AUTO_PREFIX = "digituki-auto-"
MANUAL_PREFIX = "digituki-backup-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<prefix>digituki-auto-|digituki-backup-|before-migration-.*?-)"
    r"(?P<stamp>\d{8}-\d{6})\.sqlite3$"
)


class BackupError(DigitukiError):
    """A backup could not be made or a file could not be restored."""

    code = "backup_failed"


class NotABackupError(BackupError):
    code = "not_a_backup"


class DatabaseDamagedError(DigitukiError):
    """The database file failed its check or would not open; `aside` may hold its new place."""

    code = "database_damaged"


class DatabaseMissingError(DatabaseDamagedError):
    """The database file is gone (or empty) although backups or its journal files remain: treated
    like a damaged one (the newest good backup is offered), never silently replaced by an empty
    database (issue 22)."""

    code = "database_missing"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # UTC
    automatic: bool


@dataclass(frozen=True)
class PurgeReport:
    ran_at: dt.datetime  # UTC
    bookings: int
    notes: int
    printouts: int = 0  # printout files deleted (call lists, slips with names)

    @property
    def total(self) -> int:
        return self.bookings + self.notes


def _utc(now: dt.datetime | None) -> dt.datetime:
    return (now or clock.now()).astimezone(dt.UTC)


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime(_STAMP)


def list_backups(folder: Path) -> tuple[BackupInfo, ...]:
    """Backups in `folder` (names made by Digituki), newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            m = _NAME.match(path.name)
            if m is None:
                continue
            created = dt.datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=dt.UTC)
            found.append(BackupInfo(path, created, m["prefix"] == AUTO_PREFIX))
    return tuple(sorted(found, key=lambda b: (b.created, b.path.name), reverse=True))


def backup_to(
    db_file: Path,
    folder: Path,
    *,
    automatic: bool = False,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A verified copy of the database file in `folder`; returns its path."""
    moment = _utc(now)
    name = f"{AUTO_PREFIX if automatic else MANUAL_PREFIX}{_stamp(moment)}.sqlite3"
    dest = folder / name
    try:
        store.backup_sqlite(db_file, dest, progress)
    except Exception as exc:
        log.error("backup failed: %s", type(exc).__name__)
        raise BackupError() from None
    log.info("backup written: %s", dest.name)
    return dest


def backup_now(db: Database, folder: Path, progress: Progress | None = None) -> Path:
    """Settings → "Back up now" / `digituki backup --out DIR`."""
    return backup_to(_file_of(db), folder, progress=progress)


def auto_backup_if_due(db: Database, folder: Path, now: dt.datetime | None = None) -> Path | None:
    """Back up at start when the newest automatic backup is a day old; then rotate and purge."""
    moment = _utc(now)
    made: Path | None = None
    autos = [b for b in list_backups(folder) if b.automatic]
    if not autos or moment - autos[0].created >= dt.timedelta(days=1):
        made = backup_to(_file_of(db), folder, automatic=True, now=moment)
    rotate(folder, moment)
    from digituki.core.services.settings import get_site_settings

    purge_backups(folder, get_site_settings(db).retention_days, moment)
    return made


def rotate(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Keep the newest automatic backup of each of the last 7 days and of the last 4 weeks."""
    autos = [b for b in list_backups(folder) if b.automatic]
    keep: set[Path] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for b in autos:  # newest first
        day = b.created.date()
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(b.path)
        week = tuple(b.created.isocalendar())[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add((int(week[0]), int(week[1])))
            keep.add(b.path)
    removed = []
    for b in autos:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    # Copies made before migrations: the newest three are enough to undo an upgrade.
    before = [b for b in list_backups(folder) if b.path.name.startswith("before-migration-")]
    for b in before[3:]:
        b.path.unlink(missing_ok=True)
        removed.append(b.path)
    return removed


def purge_backups(folder: Path, retention_days: int, now: dt.datetime | None = None) -> int:
    """Remove personal data past the retention period from every backup in `folder`.

    A copy that cannot be purged (damaged, unknown layout) is deleted instead.
    """
    from digituki.core.services.helplog import local_today

    moment = _utc(now)
    cutoff = (moment - dt.timedelta(days=retention_days)).replace(tzinfo=None)
    note_cutoff = local_today(moment) - dt.timedelta(days=retention_days)
    changed = 0
    for b in list_backups(folder):
        try:
            changed += store.purge_copy(
                b.path,
                cutoff.isoformat(sep=" "),
                note_cutoff.isoformat(),
                moment.replace(tzinfo=None).isoformat(sep=" "),
            )
        except Exception as exc:
            log.warning("a backup could not be purged and was deleted (%s)", type(exc).__name__)
            b.path.unlink(missing_ok=True)
    return changed


def check(db_file: Path) -> str:
    """ "ok", or what SQLite's quick_check reports for the file."""
    return store.quick_check(db_file)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes its check and holds a Digituki database."""
    for b in list_backups(folder):
        if store.is_digituki_database(b.path):
            return b
    return None


def restore(
    backup_file: Path,
    db_file: Path,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """Replace the (closed) database with `backup_file`; returns where the old file was put."""
    if not store.is_digituki_database(backup_file):
        raise NotABackupError()
    try:
        aside = store.restore_sqlite(backup_file, db_file, _stamp(_utc(now)), progress)
    except OSError:
        log.exception("restore failed")
        raise BackupError() from None
    log.info("database restored from %s", backup_file.name)
    return aside


def set_damaged_aside(
    db_file: Path, now: dt.datetime | None = None, label: str = "damaged"
) -> Path | None:
    """Move a damaged database (and its journal files) out of the way (kept, never deleted)."""
    return store.set_aside(db_file, label, _stamp(_utc(now)))


def _file_of(db: Database) -> Path:
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        raise BackupError()
    return Path(str(url.database))


# --- the retention purge ---------------------------------------------------------------------

_LAST_PURGE = "last_purge"


def purge_printouts(folder: Path | None, now: dt.datetime | None = None) -> int:
    """Delete the printouts (PDFs with names and phone numbers) made before today, local time:
    a call list serves its day. Returns how many files were deleted."""
    from digituki.core.services.helplog import local_today

    if folder is None or not folder.is_dir():
        return 0
    moment = _utc(now)
    today = local_today(moment)
    removed = 0
    for path in folder.iterdir():
        try:
            if path.is_symlink() or not path.is_file():
                continue
            made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
            if local_today(made) < today:
                path.unlink()
                removed += 1
        except OSError as exc:  # open in a viewer on Windows: tried again at the next purge
            log.warning("a printout could not be deleted yet (%s)", type(exc).__name__)
    if removed:
        log.info("retention purge deleted %d printout(s)", removed)
    return removed


def run_purge(
    db: Database, now: dt.datetime | None = None, printouts: Path | None = None
) -> PurgeReport:
    """Purge expired personal data (bookings' contacts, private notes, and the printouts folder
    `printouts` when given) for real; record the run."""
    from digituki.core.services import helplog
    from digituki.core.services.bookings import purge_personal_data
    from digituki.core.storage.orm import SiteSetting

    moment = _utc(now)
    bookings = purge_personal_data(db, moment)
    notes = helplog.purge_notes(db, moment)
    report = PurgeReport(moment, bookings, notes, purge_printouts(printouts, moment))
    with db.unit_of_work() as uow:
        value = json.dumps({"at": moment.isoformat(), "bookings": bookings, "notes": notes})
        row = uow.session.get(SiteSetting, _LAST_PURGE)
        if row is None:
            uow.session.add(SiteSetting(key=_LAST_PURGE, value=value))
        else:
            row.value = value
        uow.commit()
    from digituki.core.services.customers import checkpoint

    checkpoint(db)  # outside a transaction (inside one, SQLite refuses it: "table is locked")
    if report.total:
        log.info("retention purge cleared %d records", report.total)
    return report


def last_purge(db: Database) -> PurgeReport | None:
    """When the purge last ran and how many records it cleared (None: never)."""
    from digituki.core.storage.orm import SiteSetting

    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSetting, _LAST_PURGE)
        if row is None:
            return None
        data = json.loads(row.value)
    return PurgeReport(
        dt.datetime.fromisoformat(data["at"]), int(data["bookings"]), int(data["notes"])
    )
