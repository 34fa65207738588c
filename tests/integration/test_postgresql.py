"""The shared PostgreSQL database on a real (throwaway) server: migrations, guards, the data key.

Marked `postgresql`: run by the PostgreSQL pass of ./test (DIGITUKI_TEST_DB=postgresql).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from test_bookings import (  # type: ignore[import-not-found]
    NOW,
    TUE_10,
    TUE_1045,
    customer,
    race_for_the_last_place,
)

from digituki.core.domain.errors import DatabaseTooNewError, ValidationError
from digituki.core.services import bookings as svc
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


# --- several desks on one server ---------------------------------------------------------------


@pytest.fixture
def desks(pg_url: str) -> Iterator[list[Database]]:
    """Three app instances (own engines, own connections) on one shared database."""
    opened = [Database.open(pg_url) for _ in range(3)]
    yield opened
    for desk in opened:
        desk.close()


def _race(desks: list[Database], start: dt.datetime) -> list[object]:
    """Every desk books `start` at the same moment; returns each desk's view or error."""
    barrier = threading.Barrier(len(desks))
    results: list[object] = [None] * len(desks)

    def book(i: int) -> None:
        barrier.wait()
        try:
            results[i] = svc.create_booking(desks[i], start, customer(f"Desk {i}"), now=NOW)
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=book, args=(i,)) for i in range(len(desks))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


@pytest.mark.parametrize(("capacity", "booked_before"), [(1, 0), (2, 1), (3, 1)])
def test_desks_booking_the_last_places_at_the_same_moment(
    desks: list[Database], capacity: int, booked_before: int
) -> None:
    """Many trials: exactly as many desks succeed as there are free places; the others are
    told the slot is full and which slot is the next free one. No place is given twice."""
    svc.update_slot_settings(desks[0], 45, capacity, now=NOW)
    svc.add_weekly_hours(desks[0], 1, dt.time(10), dt.time(12), now=NOW)
    free = capacity - booked_before
    for week in range(12):
        start = TUE_10 + dt.timedelta(weeks=week)
        for n in range(booked_before):
            svc.create_booking(desks[0], start, customer(f"Before {n}"), now=NOW)
        results = _race(desks, start)
        made = [r for r in results if isinstance(r, svc.BookingView)]
        lost = [r for r in results if isinstance(r, svc.SlotFullError)]
        assert len(made) == min(free, len(desks)), results
        assert len(made) + len(lost) == len(desks), results
        for error in lost:
            assert error.next_free == (TUE_1045 + dt.timedelta(weeks=week)).astimezone(dt.UTC)
        places = sorted(b.place or 0 for b in svc.day_agenda(desks[1], start.date()).bookings)
        assert places == list(range(1, capacity + 1))


def test_a_desk_that_read_a_free_place_too_early_loses_it(
    desks: list[Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Desk 2 reads the free place, desk 1 books it and commits, desk 2 is told it is taken."""
    desk1, desk2 = desks[0], desks[1]
    svc.update_slot_settings(desk1, 45, 2, now=NOW)
    svc.add_weekly_hours(desk1, 1, dt.time(10), dt.time(12), now=NOW)
    race_for_the_last_place(desk1, desk2, monkeypatch)


def test_a_booking_edited_at_two_desks_keeps_the_first_change(desks: list[Database]) -> None:
    """Optimistic versions work across connections: the second, stale change is refused."""
    desk1, desk2 = desks[0], desks[1]
    svc.update_slot_settings(desk1, 45, 2, now=NOW)
    svc.add_weekly_hours(desk1, 1, dt.time(10), dt.time(12), now=NOW)
    made = svc.create_booking(desk1, TUE_10, customer("Aino"), now=NOW)
    svc.cancel_booking(desk1, made.id, now=NOW)
    with pytest.raises(ValidationError):  # desk 2 still shows it booked: the transition is gone
        svc.mark_arrived(desk2, made.id, now=NOW)
    assert svc.get_booking(desk2, made.id).status == "cancelled"


def test_a_second_computer_unwraps_the_points_data_key_with_the_passphrase(pg_url: str) -> None:
    """The data key is stored in the shared database only wrapped by the site passphrase; a
    desk that has never seen it opens it with the passphrase and reads the other desk's data."""
    from digituki.core.security import keys

    desk1 = Database.open(pg_url)
    try:
        svc.update_slot_settings(desk1, 45, 2, now=NOW)
        svc.add_weekly_hours(desk1, 1, dt.time(10), dt.time(12), now=NOW)
        made = svc.create_booking(desk1, TUE_10, customer("Aino Esimerkki"), now=NOW)
        with desk1.engine.connect() as conn:
            row = conn.execute(text("SELECT wrapped_key, salt FROM site_secret")).one()
        assert row.wrapped_key and row.salt
        assert keys.data_key(desk1) not in bytes(row.wrapped_key)
    finally:
        desk1.close()
    keys.forget_session_keys()  # the second computer knows nothing yet
    desk2 = Database.open(pg_url)
    try:
        assert svc.get_booking(desk2, made.id).name == "Aino Esimerkki"
    finally:
        desk2.close()
    keys.forget_session_keys()
    keys.set_session_passphrase("a wrong site passphrase")
    desk3 = Database.open(pg_url)
    try:
        assert keys.key_status(desk3).state == keys.KeyState.LOCKED
        assert svc.get_booking(desk3, made.id).name is None  # unreadable, not an error
    finally:
        keys.set_session_passphrase(None)
        keys.forget_session_keys()
        desk3.close()


# --- moving a desk's SQLite data to the server ------------------------------------------------


@pytest.fixture
def desk_with_data(tmp_path: Path) -> Path:
    """A desk's data folder with three months of demo data (bookings, help log, guides…)."""
    from digituki.core.services.demo import generate_demo
    from digituki.core.services.guides import ensure_builtin_guides

    home = tmp_path / "desk"
    home.mkdir()
    db = Database.open_file(home / "digituki.sqlite3")
    try:
        generate_demo(db, seed=3, months=2, today=dt.date(2026, 11, 23))
        ensure_builtin_guides(db)
        svc.update_slot_settings(db, 45, 3, now=NOW)
    finally:
        db.close()
    return home


def _counts(url: str) -> dict[str, int]:
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.name: int(conn.execute(text(f'SELECT count(*) FROM "{t.name}"')).scalar_one())
                for t in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def test_migrate_to_server_copies_everything_and_keeps_the_file(
    desk_with_data: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from digituki import cli
    from digituki.core.services import helplog
    from digituki.core.storage.engine import sqlite_url

    file = desk_with_data / "digituki.sqlite3"
    before = file.read_bytes()
    assert cli.main(["--data-dir", str(desk_with_data), "db", "migrate-to-server", pg_url]) == 0
    out = capsys.readouterr().out
    assert "every count checked" in out and "was not changed" in out
    assert "  booking " in out and "  help_session " in out  # progress per table
    assert file.read_bytes() == before
    source, target = _counts(sqlite_url(file)), _counts(pg_url)
    assert source == target
    assert target["booking"] > 10 and target["help_session"] > 100 and target["guide"] > 20

    server = Database.open(pg_url)
    local = Database.open_file(file)
    try:
        day = dt.date(2026, 11, 23)
        on_server = svc.week_agenda(server, day).bookings
        assert on_server == svc.week_agenda(local, day).bookings  # names decrypt, times agree
        assert any(b.name for b in on_server)
        assert helplog.list_sessions(server) == helplog.list_sessions(local)
        # the id sequences continue after the copied rows
        slot = svc.free_slots(server, NOW, limit=1)[0]
        made = svc.create_booking(server, slot.start, customer("New"), now=NOW)
        assert made.id > max(b.id for b in on_server)
    finally:
        server.close()
        local.close()

    # a second run finds data there and refuses, changing nothing
    assert cli.main(["--data-dir", str(desk_with_data), "db", "migrate-to-server", pg_url]) == 1
    assert "not empty" in capsys.readouterr().err
    assert _counts(pg_url)["booking"] == target["booking"] + 1


def test_migrate_to_server_refuses_a_database_a_desk_already_uses(
    desk_with_data: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from digituki import cli

    Database.open(pg_url).close()  # a desk opened it: the data key row is there
    assert cli.main(["--data-dir", str(desk_with_data), "db", "migrate-to-server", pg_url]) == 1
    assert "not empty" in capsys.readouterr().err
    assert _counts(pg_url)["booking"] == 0


def test_migrate_to_server_says_plainly_when_the_server_is_not_there(
    desk_with_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from digituki import cli

    url = "postgresql://nobody@127.0.0.1:1/nothing"
    assert cli.main(["--data-dir", str(desk_with_data), "db", "migrate-to-server", url]) == 1
    assert "cannot be reached" in capsys.readouterr().err


def test_use_server_checks_the_connection_then_points_this_computer_at_it(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from digituki import cli
    from digituki.core.services.settings import LocalSettingsStore

    home = tmp_path / "desk"
    settings = LocalSettingsStore(home / "config" / "settings.ini")
    assert cli.main(["--data-dir", str(home), "db", "use-server", pg_url]) == 0
    assert settings.load().database_url == pg_url
    # a password in the URL needs a secure store (the tests' keyring has none): nothing changes
    with_password = pg_url.replace("digituki@", "digituki:secret@")
    assert cli.main(["--data-dir", str(home), "db", "use-local"]) == 0
    assert cli.main(["--data-dir", str(home), "db", "use-server", with_password]) == 1
    assert "no secure password store" in capsys.readouterr().err
    assert settings.load().database_url == ""
    assert b"secret" not in (home / "config" / "settings.ini").read_bytes()


def test_the_command_line_uses_the_server_a_desk_was_moved_to(
    desk_with_data: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 19: after `db migrate-to-server` + `use-server`, `export`, `backup` and `check` work
    on the server, never silently on the stale local file."""
    from digituki import cli
    from digituki.core.services import helplog
    from digituki.core.storage.engine import sqlite_url

    home = ["--data-dir", str(desk_with_data)]
    assert cli.main([*home, "db", "migrate-to-server", pg_url]) == 0
    assert cli.main([*home, "db", "use-server", pg_url]) == 0
    capsys.readouterr()
    server = Database.open(pg_url)
    try:  # a session logged at another desk after the move: only the server has it
        from digituki.core.domain.helplog import SessionDraft

        draft = SessionDraft(date=NOW.date(), start_hour=10, topics=("device.phone",))
        helplog.log_session(server, draft, now=NOW)
    finally:
        server.close()
    local_count = _counts(sqlite_url(desk_with_data / "digituki.sqlite3"))["help_session"]
    assert _counts(pg_url)["help_session"] == local_count + 1

    out_dir = tmp_path / "out"
    month = NOW.strftime("%Y-%m")
    assert (
        cli.main([*home, "export", "--month", month, "--format", "csv", "--out", str(out_dir)]) == 0
    )
    said = capsys.readouterr().out
    assert "shared server" in said and "digituki.sqlite3" not in said
    server = Database.open(pg_url)
    try:
        from digituki.core.domain.stats import Period
        from digituki.core.services import stats

        on_server = stats.period_stats(server, Period.month(month)).sessions
    finally:
        server.close()
    assert f"({on_server} help sessions)" in said

    before = sorted(p.name for p in (desk_with_data).rglob("*"))
    assert cli.main([*home, "backup", "--out", str(tmp_path / "bk")]) == 1
    err = capsys.readouterr().err
    assert "shared server" in err and "Nothing was written" in err
    assert not (tmp_path / "bk").exists() or not any((tmp_path / "bk").iterdir())
    assert sorted(p.name for p in (desk_with_data).rglob("*")) == before

    assert cli.main([*home, "check"]) == 0
    assert "shared server" in capsys.readouterr().out
