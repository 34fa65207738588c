"""Backups, restore, start-up checks, the real purge; no personal data in the clear anywhere."""

from __future__ import annotations

import datetime as dt
import io
import logging
import sqlite3
from pathlib import Path

import pytest
from test_bookings import NOW, TUE_10, customer, open_point  # type: ignore[import-not-found]

from digituki.cli import main
from digituki.core.services import backup, startup
from digituki.core.services import bookings as svc
from digituki.core.services.backup import DatabaseDamagedError, NotABackupError
from digituki.core.storage import engine
from digituki.core.storage.database import Database

NAME, PHONE = "Seppo Salaisuus", "040 765 4321"
PHONE_E164 = "+358407654321"


def make_db(path: Path) -> tuple[Database, int]:
    db = Database.open_file(path)
    open_point(db)
    made = svc.create_booking(db, TUE_10, customer(NAME, PHONE), now=NOW)
    return db, made.id


def files_bytes(*folders: Path) -> bytes:
    return b"".join(p.read_bytes() for f in folders for p in f.rglob("*") if p.is_file())


def test_journal_mode_follows_the_sqlite_version() -> None:
    assert engine.choose_journal_mode((3, 51, 2)) == "DELETE"
    assert engine.choose_journal_mode((3, 40, 1)) == "DELETE"
    assert engine.choose_journal_mode((3, 51, 3)) == "WAL"
    assert engine.choose_journal_mode((3, 52, 0)) == "WAL"


def test_local_folder_is_not_a_network_path(tmp_path: Path) -> None:
    assert not startup.is_network_path(tmp_path)


def test_automatic_backup_once_a_day_verified(tmp_path: Path) -> None:
    db, _ = make_db(tmp_path / "d.sqlite3")
    folder = tmp_path / "backups"
    try:
        t0 = dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC)
        first = backup.auto_backup_if_due(db, folder, t0)
        assert first is not None and backup.check(first) == "ok"
        assert backup.auto_backup_if_due(db, folder, t0 + dt.timedelta(hours=5)) is None
        assert backup.auto_backup_if_due(db, folder, t0 + dt.timedelta(days=1)) is not None
        assert not list(folder.glob("*.part"))
    finally:
        db.close()


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    start = dt.datetime(2026, 9, 1, 9, tzinfo=dt.UTC)
    for day in range(60):
        for hour in (0, 5):
            t = start + dt.timedelta(days=day, hours=hour)
            (folder / f"digituki-auto-{t:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")
    backup.rotate(folder, start + dt.timedelta(days=60))
    kept = backup.list_backups(folder)
    days = {b.created.date() for b in kept}
    weeks = {tuple(b.created.isocalendar())[:2] for b in kept}
    newest_days = sorted(days, reverse=True)[:7]
    assert len(newest_days) == 7 and all(
        (newest_days[0] - d).days < 7 for d in newest_days
    )  # the last 7 days
    assert len(weeks) == 4
    assert len(kept) <= 7 + 4
    # one copy per day: the newest of that day
    assert all(b.created.hour == 14 for b in kept)


def test_backup_now_restore_and_damaged_file_kept(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    db, made = make_db(path)
    copy = backup.backup_now(db, tmp_path / "usb")
    svc.cancel_booking(db, made)
    db.close()
    with pytest.raises(NotABackupError):
        backup.restore(path.with_name("nothing.sqlite3"), path)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(NotABackupError):
        backup.restore(junk, path)
    before = path.read_bytes()
    aside = backup.restore(copy, path)
    assert aside is not None and aside.read_bytes() == before
    again = Database.open_file(path)
    try:
        assert svc.get_booking(again, made).status == "booked"
        assert svc.get_booking(again, made).name == NAME
    finally:
        again.close()


@pytest.mark.parametrize("damage", ["header", "truncate", "pages"])
def test_damage_is_detected_at_start(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "d.sqlite3"
    db, _ = make_db(path)
    db.close()
    raw = bytearray(path.read_bytes())
    if damage == "header":
        raw[16:24] = b"\xff" * 8
    elif damage == "truncate":
        raw = raw[: len(raw) // 2]
    else:
        for start in range(4096, len(raw), 8192):
            raw[start : start + 32] = b"\x5a" * 32
    path.write_bytes(bytes(raw))
    assert backup.check(path) != "ok"
    with pytest.raises(DatabaseDamagedError):
        startup.open_checked(engine.sqlite_url(path), tmp_path / "backups")
    assert path.read_bytes() == bytes(raw)  # untouched


def test_cli_backup_check_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    assert main(["demo", "--data-dir", str(home), "--months", "1"]) == 0
    out = tmp_path / "usb"
    assert main(["backup", "--data-dir", str(home), "--out", str(out)]) == 0
    [copy] = list(out.glob("digituki-backup-*.sqlite3"))
    assert main(["check", "--data-dir", str(home)]) == 0
    assert "ok" in capsys.readouterr().out
    # Without --yes and with no one to answer (input closed), nothing is replaced.
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    before = (home / "digituki.sqlite3").read_bytes()
    assert main(["restore", "--data-dir", str(home), str(copy)]) == 1
    assert "Nothing was changed." in capsys.readouterr().out
    assert (home / "digituki.sqlite3").read_bytes() == before
    assert main(["restore", "--data-dir", str(home), "--yes", str(copy)]) == 0
    assert list(home.glob("digituki.sqlite3.replaced-*"))
    (home / "digituki.sqlite3").write_bytes(b"\x00" * 4096)
    assert main(["check", "--data-dir", str(home)]) == 1
    # The log file never holds a customer's name (the demo's surnames are all made up).
    from digituki.core.services.bookings import _DEMO_LAST

    log_text = b"".join(p.read_bytes() for p in (home / "logs").glob("*"))
    assert log_text, "the CLI writes a log"
    for surname in _DEMO_LAST:
        assert surname.encode() not in log_text


def test_purge_is_real_deletion_in_the_database_and_every_backup(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    home = tmp_path / "home"
    home.mkdir()
    path = home / "d.sqlite3"
    folder = home / "backups"
    db, made = make_db(path)
    with sqlite3.connect(path) as raw:
        name_token, phone_token = raw.execute(
            "SELECT name_enc, phone_enc FROM booking WHERE id = ?", (made,)
        ).fetchone()
    backup.auto_backup_if_due(db, folder, NOW)
    backup.backup_to(path, folder, now=NOW + dt.timedelta(hours=1))
    everything = files_bytes(home)
    assert name_token in everything  # the copies hold it (encrypted) before the purge
    for clear in (NAME, PHONE, PHONE_E164):
        assert clear.encode() not in everything
        assert clear.encode("utf-16-le") not in everything
    later = TUE_10 + dt.timedelta(days=15)
    report = backup.run_purge(db, later)
    assert report.bookings == 1
    backup.purge_backups(folder, 14, later)
    db.close()
    everything = files_bytes(home)
    assert name_token not in everything and phone_token not in everything
    assert name_token[13:29] not in everything  # not even a fragment of the ciphertext
    for clear in (NAME, PHONE, PHONE_E164):
        assert clear.encode() not in caplog.text.encode()
    again = Database.open_file(path)
    try:
        last = backup.last_purge(again)
        assert last is not None and last.bookings == 1
    finally:
        again.close()


def test_exception_messages_hold_no_personal_data(tmp_path: Path) -> None:
    db, _ = make_db(tmp_path / "d.sqlite3")
    try:
        with pytest.raises(Exception) as info:
            svc.create_booking(db, TUE_10, customer(NAME, "123"), now=NOW)
        text = str(info.value) + repr(info.value) + repr(getattr(info.value, "params", ""))
        assert NAME not in text and "123" not in str(info.value)
    finally:
        db.close()


def test_database_from_a_newer_app_opens_read_only_and_stays_untouched(tmp_path: Path) -> None:
    from digituki.core.domain.errors import DatabaseReadOnlyError
    from digituki.core.services import helplog
    from digituki.core.services.settings import get_site_settings, update_site_settings

    path = tmp_path / "future.sqlite3"
    db, _ = make_db(path)
    update_site_settings(db, site_name="Kirjasto")
    db.close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    con.close()
    before = path.read_bytes()
    opened = startup.open_checked(engine.sqlite_url(path), tmp_path / "backups")
    try:
        assert opened.read_only
        startup.after_open(opened, tmp_path, tmp_path / "backups")
        assert get_site_settings(opened).site_name == "Kirjasto"
        helplog.list_sessions(opened)  # reading works
        with pytest.raises(DatabaseReadOnlyError):
            update_site_settings(opened, site_name="Muutos")
    finally:
        opened.close()
    assert path.read_bytes() == before
