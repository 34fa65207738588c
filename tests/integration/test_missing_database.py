"""A missing or empty database file is not silently replaced by an empty one (issue 22), and its
leftover -wal / -journal files are never deleted: they are kept beside the set-aside file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from digituki.core.domain.helplog import SessionDraft
from digituki.core.services import backup, helplog, startup
from digituki.core.services.backup import DatabaseMissingError
from digituki.core.storage.database import Database
from digituki.core.storage.engine import sqlite_url


def _desk(tmp_path: Path, *, with_backup: bool) -> tuple[Path, Path]:
    path, backups = tmp_path / "digituki.sqlite3", tmp_path / "backups"
    db = Database.open_file(path, backup_dir=backups)
    helplog.log_session(
        db, SessionDraft(date=dt.date.today(), start_hour=10, topics=("device.phone",))
    )
    if with_backup:
        backup.backup_now(db, backups)
    db.close()
    return path, backups


def _leave_a_wal(path: Path) -> bytes:
    """What a crash leaves: the database file gone, its -wal with committed pages still there."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE later (x)")
    con.executemany("INSERT INTO later VALUES (?)", [(i,) for i in range(5)])
    con.commit()
    wal = Path(str(path) + "-wal").read_bytes()
    con.close()  # (closing checkpoints and removes the -wal: put the crash's copy back)
    path.unlink()
    Path(str(path) + "-wal").write_bytes(wal)
    assert wal
    return wal


def test_missing_file_with_a_wal_and_a_backup_is_refused_then_restored_keeping_the_wal(
    tmp_path: Path,
) -> None:
    path, backups = _desk(tmp_path, with_backup=True)
    wal = _leave_a_wal(path)
    with pytest.raises(DatabaseMissingError):
        startup.open_checked(sqlite_url(path), backups)
    assert not path.exists() and Path(str(path) + "-wal").read_bytes() == wal  # untouched
    newest = backup.newest_good_backup(backups)
    assert newest is not None
    aside = backup.restore(newest.path, path)
    assert aside is not None and Path(str(aside) + "-wal").read_bytes() == wal
    assert not Path(str(path) + "-wal").exists()  # not applied to the restored copy
    db = startup.open_checked(sqlite_url(path), backups)
    try:
        assert len(helplog.list_sessions(db)) == 1
    finally:
        db.close()


def test_missing_file_with_a_journal_and_no_backup_is_refused_then_started_anew_keeping_it(
    tmp_path: Path,
) -> None:
    path, backups = _desk(tmp_path, with_backup=False)
    path.unlink()
    journal = Path(str(path) + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 504)
    with pytest.raises(DatabaseMissingError):
        startup.open_checked(sqlite_url(path), backups)
    assert journal.exists()
    aside = backup.set_damaged_aside(path, label="missing")  # "start with a new database"
    assert aside is not None and Path(str(aside) + "-journal").exists()
    startup.open_checked(sqlite_url(path), backups).close()


def test_an_empty_file_with_backups_is_not_a_new_database(tmp_path: Path) -> None:
    path, backups = _desk(tmp_path, with_backup=True)
    path.write_bytes(b"")
    with pytest.raises(DatabaseMissingError):
        startup.open_checked(sqlite_url(path), backups)
    assert path.read_bytes() == b""


def test_a_first_start_still_makes_a_new_database(tmp_path: Path) -> None:
    db = startup.open_checked(sqlite_url(tmp_path / "digituki.sqlite3"), tmp_path / "backups")
    db.close()


def test_an_unreadable_file_is_treated_as_damaged(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("running as root: a file without read permission is still readable")
    path, backups = _desk(tmp_path, with_backup=True)
    path.chmod(0)
    try:
        with pytest.raises(backup.DatabaseDamagedError):
            startup.open_checked(sqlite_url(path), backups)
    finally:
        path.chmod(0o600)
