"""Bookings service against a real SQLite database: booking, capacity, moves, statuses, purge."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from digituki.core.domain import booking as rules
from digituki.core.domain.errors import ValidationError
from digituki.core.domain.prefill import CHANNEL_BOOKED
from digituki.core.domain.schedule import LOCAL_TZ
from digituki.core.services import bookings as svc
from digituki.core.services.settings import update_site_settings
from digituki.core.storage.database import Database
from digituki.core.storage.orm import Booking

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=LOCAL_TZ)  # a Monday morning
TUE_10 = dt.datetime(2026, 11, 24, 10, 0, tzinfo=LOCAL_TZ)
TUE_1045 = dt.datetime(2026, 11, 24, 10, 45, tzinfo=LOCAL_TZ)
THU_14 = dt.datetime(2026, 11, 26, 14, 0, tzinfo=LOCAL_TZ)


def open_point(db: Database, capacity: int = 2) -> None:
    svc.update_slot_settings(db, 45, capacity, now=NOW)
    svc.add_weekly_hours(db, 1, dt.time(10), dt.time(12), now=NOW)
    svc.add_weekly_hours(db, 3, dt.time(14), dt.time(17), now=NOW)


def customer(name: str = "Aino Esimerkki", phone: str = "040 000 1234") -> rules.CustomerInput:
    return rules.CustomerInput(name=name, phone=phone, topics=("ident.bank_id",))


def count(db: Database) -> int:
    with db.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Booking)) or 0)


@pytest.fixture
def point(db: Database) -> Database:
    open_point(db)
    return db


def test_booking_is_stored_encrypted_and_read_back(point: Database) -> None:
    needs = rules.Needs(language="sv", hearing=True, devices=("phone", "tablet"))
    made = svc.create_booking(
        point,
        TUE_10,
        rules.CustomerInput("Aino Esimerkki", "040 000 1234", ("ident.bank_id",), needs),
        now=NOW,
    )
    assert (made.status, made.place, made.phone) == ("booked", 1, "+358400001234")
    assert made.start == TUE_10.astimezone(dt.UTC)
    with point.engine.connect() as conn:
        raw = conn.execute(text("SELECT name_enc, phone_enc FROM booking")).one()
    assert b"Aino" not in raw[0] and b"358" not in raw[1]
    again = svc.get_booking(point, made.id)
    assert (again.name, again.phone, again.topics) == (
        "Aino Esimerkki",
        "+358400001234",
        ("ident.bank_id",),
    )
    assert again.needs == needs


def test_next_free_slot_and_capacity(point: Database) -> None:
    assert svc.next_free_slot(point, NOW).start == TUE_10.astimezone(dt.UTC)
    svc.create_booking(point, TUE_10, customer("A"), now=NOW)
    svc.create_booking(point, TUE_10, customer("B"), now=NOW)
    assert svc.next_free_slot(point, NOW).start == TUE_1045.astimezone(dt.UTC)
    with pytest.raises(svc.SlotFullError) as info:
        svc.create_booking(point, TUE_10, customer("C"), now=NOW)
    assert info.value.message_code == "slot_full"
    assert info.value.next_free == TUE_1045.astimezone(dt.UTC)
    assert count(point) == 2
    day = svc.day_agenda(point, TUE_10.date())
    assert [(s.taken, s.free) for s in day.slots] == [(2, 0), (0, 2)]


def test_the_database_refuses_a_second_booking_of_the_same_place(point: Database) -> None:
    svc.create_booking(point, TUE_10, customer(), now=NOW)
    row = {
        "slot_start": TUE_10,
        "duration_minutes": 45,
        "place": 1,
        "status": "booked",
        "topics": "[]",
        "language": "fi",
        "interpreter": False,
        "hearing": False,
        "vision": False,
        "device_phone": False,
        "device_tablet": False,
        "device_laptop": False,
        "created_at": NOW,
        "updated_at": NOW,
        "version": 1,
    }
    with point.unit_of_work() as uow, pytest.raises(IntegrityError):
        uow.session.execute(insert(Booking), [row])
    for bad in ({"place": 0}, {"status": "lost"}, {"place": None}, {"status": "cancelled"}):
        with point.unit_of_work() as uow, pytest.raises(IntegrityError):
            uow.session.execute(insert(Booking), [{**row, "place": 2, **bad}])
    assert count(point) == 1


def test_stale_read_of_free_places_is_stopped_by_the_database(
    point: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk that believes place 2 is free (another desk took it meanwhile) saves nothing."""
    svc.create_booking(point, TUE_10, customer("A"), now=NOW)
    svc.create_booking(point, TUE_10, customer("B"), now=NOW)
    monkeypatch.setattr(svc, "_free_place", lambda *args, **kwargs: 2)
    with pytest.raises(svc.SlotFullError) as info:
        svc.create_booking(point, TUE_10, customer("C"), now=NOW)
    assert info.value.next_free == TUE_1045.astimezone(dt.UTC)
    assert count(point) == 2


def race_for_the_last_place(
    desk1: Database, desk2: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tuesday 10.00 with one of two places booked: desk 2 reads the free place, desk 1 books it
    and commits before desk 2 writes; desk 2 is told the slot is full and what is free next.
    (Shared with the PostgreSQL tests.)"""
    svc.create_booking(desk1, TUE_10, customer("First"), now=NOW)
    real = svc._free_place
    raced: list[int | None] = []

    def free_place_then_other_desk_books(*args, **kwargs):  # type: ignore[no-untyped-def]
        place = real(*args, **kwargs)
        if not raced:
            raced.append(place)
            monkeypatch.setattr(svc, "_free_place", real)
            svc.create_booking(desk1, TUE_10, customer("Desk one"), now=NOW)
        return place

    monkeypatch.setattr(svc, "_free_place", free_place_then_other_desk_books)
    with pytest.raises(svc.SlotFullError) as info:
        svc.create_booking(desk2, TUE_10, customer("Desk two"), now=NOW)
    assert raced == [2]
    assert info.value.next_free == TUE_1045.astimezone(dt.UTC)
    names = sorted(b.name or "" for b in svc.day_agenda(desk2, TUE_10.date()).bookings)
    assert names == ["Desk one", "First"]


def test_two_desks_racing_for_the_last_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two connections to one file: desk 2 reads the free place, desk 1 books it, desk 2 loses."""
    from digituki.core.storage import engine

    if engine.JOURNAL_MODE != "WAL":
        _two_desks_racing_with_the_rollback_journal(tmp_path, monkeypatch)
        return
    path = tmp_path / "shared.sqlite3"
    desk1, desk2 = Database.open_file(path), Database.open_file(path)
    try:
        open_point(desk1)
        race_for_the_last_place(desk1, desk2, monkeypatch)
    finally:
        desk1.close()
        desk2.close()


def _two_desks_racing_with_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without WAL, SQLite's locks serialise the desks: the desk that cannot get the write lock
    in time gets a plain "try again" (ConflictError), and no place is given twice."""
    from digituki.core.domain.errors import ConflictError
    from digituki.core.storage import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "shared.sqlite3"
    desk1, desk2 = Database.open_file(path), Database.open_file(path)
    try:
        open_point(desk1)
        svc.create_booking(desk1, TUE_10, customer("First"), now=NOW)
        real = svc._free_place
        outcome: list[str] = []

        def free_place_then_other_desk_books(*args, **kwargs):  # type: ignore[no-untyped-def]
            place = real(*args, **kwargs)
            if not outcome:
                monkeypatch.setattr(svc, "_free_place", real)
                try:
                    svc.create_booking(desk1, TUE_10, customer("Desk one"), now=NOW)
                    outcome.append("booked")
                except ConflictError:
                    outcome.append("try again")
            return place

        monkeypatch.setattr(svc, "_free_place", free_place_then_other_desk_books)
        svc.create_booking(desk2, TUE_10, customer("Desk two"), now=NOW)
        assert outcome == ["try again"]
        names = sorted(b.name or "" for b in svc.day_agenda(desk1, TUE_10.date()).bookings)
        assert names == ["Desk two", "First"]
    finally:
        desk1.close()
        desk2.close()


@pytest.mark.parametrize(
    ("when", "who", "code"),
    [
        (TUE_10 - dt.timedelta(days=7), customer(), "slot_in_past"),
        (TUE_10 + dt.timedelta(minutes=10), customer(), "outside_opening_hours"),
        (dt.datetime(2026, 11, 25, 10, tzinfo=LOCAL_TZ), customer(), "outside_opening_hours"),
        (TUE_10, customer(phone="123"), "phone_invalid"),
        (TUE_10, customer(name="", phone=""), "contact_required"),
    ],
)
def test_bad_input_raises_a_typed_error_and_saves_nothing(
    point: Database, when: dt.datetime, who: rules.CustomerInput, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        svc.create_booking(point, when, who, now=NOW)
    assert info.value.message_code == code
    assert count(point) == 0


def test_over_capacity_saves_nothing(db: Database) -> None:
    open_point(db, capacity=1)
    svc.create_booking(db, TUE_10, customer(), now=NOW)
    with pytest.raises(svc.SlotFullError):
        svc.create_booking(db, TUE_10, customer("B"), now=NOW)
    assert count(db) == 1


def test_move_takes_a_place_in_the_new_slot_and_frees_the_old(point: Database) -> None:
    a = svc.create_booking(point, TUE_10, customer("A"), now=NOW)
    svc.create_booking(point, TUE_10, customer("B"), now=NOW)
    moved = svc.move_booking(point, a.id, THU_14, now=NOW)
    assert (moved.start, moved.place) == (THU_14.astimezone(dt.UTC), 1)
    svc.create_booking(point, TUE_10, customer("C"), now=NOW)  # the freed place
    svc.create_booking(point, THU_14, customer("D"), now=NOW)
    b = svc.day_agenda(point, TUE_10.date()).bookings[0]
    with pytest.raises(svc.SlotFullError):
        svc.move_booking(point, b.id, THU_14, now=NOW)
    with pytest.raises(ValidationError) as info:
        svc.move_booking(point, b.id, THU_14 + dt.timedelta(minutes=5), now=NOW)
    assert info.value.message_code == "outside_opening_hours"
    assert svc.get_booking(point, b.id).start == TUE_10.astimezone(dt.UTC)


def test_cancel_and_no_show_free_the_place(point: Database) -> None:
    a = svc.create_booking(point, TUE_10, customer("A"), now=NOW)
    b = svc.create_booking(point, TUE_10, customer("B"), now=NOW)
    assert svc.cancel_booking(point, a.id, now=NOW).place is None
    with pytest.raises(ValidationError) as info:
        svc.mark_no_show(point, b.id, now=NOW)  # before the appointment: too early
    assert info.value.message_code == "no_show_too_early"
    later = TUE_10 + dt.timedelta(minutes=20)
    no_show = svc.mark_no_show(point, b.id, now=later)
    assert (no_show.status, no_show.place) == ("no_show", None)
    assert svc.day_agenda(point, TUE_10.date()).slots[0].free == 2
    undone = svc.set_status(point, b.id, "booked", now=later)
    assert (undone.status, undone.place) == ("booked", 1)
    with pytest.raises(ValidationError):
        svc.set_status(point, a.id, "booked", now=NOW)  # a cancellation is final


def test_no_show_is_never_set_automatically(point: Database) -> None:
    made = svc.create_booking(point, TUE_10, customer(), now=NOW)
    much_later = NOW + dt.timedelta(days=30)
    svc.purge_personal_data(point, much_later)
    svc.agenda(point, TUE_10.date(), TUE_10.date())
    assert svc.get_booking(point, made.id).status == "booked"


def test_start_help_and_mark_done(point: Database) -> None:
    made = svc.create_booking(
        point,
        TUE_10,
        rules.CustomerInput("A", "", ("ident.bank_id",), rules.Needs(language="sv")),
        now=NOW,
    )
    svc.mark_arrived(point, made.id, now=TUE_10)
    prefill = svc.start_help(point, made.id, now=TUE_10)
    assert prefill.channel == CHANNEL_BOOKED
    assert (prefill.booking_id, prefill.topics, prefill.language) == (
        made.id,
        ("ident.bank_id",),
        "sv",
    )
    assert prefill.duration_minutes == 45
    assert svc.get_booking(point, made.id).status == "in_progress"
    assert svc.mark_done(point, made.id).status == "done"
    assert svc.mark_done(point, made.id).status == "done"  # saving twice is harmless
    with pytest.raises(ValidationError):
        svc.cancel_booking(point, made.id)


def test_edit_changes_details_and_validates(point: Database) -> None:
    made = svc.create_booking(point, TUE_10, customer(), now=NOW)
    edited = svc.update_booking(point, made.id, customer("Aino E.", "+46 70 123 45 67"), now=NOW)
    assert (edited.name, edited.phone) == ("Aino E.", "+46701234567")
    with pytest.raises(ValidationError):
        svc.update_booking(point, made.id, customer("Aino", "12"), now=NOW)
    assert svc.get_booking(point, made.id).name == "Aino E."


def test_changing_hours_lists_affected_bookings_and_keeps_them(point: Database) -> None:
    a = svc.create_booking(point, TUE_1045, customer("A"), now=NOW)
    svc.create_booking(point, THU_14, customer("B"), now=NOW)
    schedule = svc.get_schedule(point)
    tuesday = next(w for w in schedule.weekly if w.weekday == 1)
    change = svc.remove_weekly_hours(point, tuesday.id, now=NOW)
    assert [b.id for b in change.affected] == [a.id]
    assert change.affected[0].outside_hours
    assert count(point) == 2  # nothing dropped
    closed = svc.add_exception(point, THU_14.date(), "closed", now=NOW)
    assert {b.name for b in closed.affected} == {"A", "B"}
    svc.cancel_booking(point, a.id, now=NOW)
    assert [b.name for b in svc.affected_bookings(point, NOW)] == ["B"]
    longer = svc.update_slot_settings(point, 60, 2, now=NOW)
    assert [b.name for b in longer.affected] == ["B"]


def test_capacity_decrease_lists_the_extra_bookings(point: Database) -> None:
    svc.create_booking(point, TUE_10, customer("A"), now=NOW)
    svc.create_booking(point, TUE_10, customer("B"), now=NOW)
    change = svc.update_slot_settings(point, 45, 1, now=NOW)
    assert [b.name for b in change.affected] == ["B"]
    with pytest.raises(svc.SlotFullError):
        svc.create_booking(point, TUE_10, customer("C"), now=NOW)


def test_overlapping_hours_are_refused(point: Database) -> None:
    with pytest.raises(ValidationError) as info:
        svc.add_weekly_hours(point, 1, dt.time(11), dt.time(13), now=NOW)
    assert info.value.message_code == "hours_overlap"
    with pytest.raises(ValidationError):
        svc.add_exception(point, TUE_10.date(), "open", dt.time(11), dt.time(13), now=NOW)
    svc.add_exception(point, TUE_10.date(), "open", dt.time(13), dt.time(14), now=NOW)
    assert len(svc.day_agenda(point, TUE_10.date()).slots) == 3


def test_booking_across_dst_keeps_its_wall_clock_time(db: Database) -> None:
    svc.add_weekly_hours(db, 6, dt.time(10), dt.time(12), now=NOW)
    before = dt.datetime(2026, 3, 20, 12, tzinfo=LOCAL_TZ)
    made = svc.create_booking(db, dt.datetime(2026, 3, 29, 10, tzinfo=LOCAL_TZ), customer(), before)
    shown = svc.get_booking(db, made.id).start.astimezone(LOCAL_TZ)
    assert (shown.hour, shown.minute, shown.utcoffset()) == (10, 0, dt.timedelta(hours=3))
    autumn = svc.create_booking(
        db, dt.datetime(2026, 10, 25, 10, 45, tzinfo=LOCAL_TZ), customer(), before
    )
    shown = svc.get_booking(db, autumn.id).start.astimezone(LOCAL_TZ)
    assert (shown.hour, shown.minute, shown.utcoffset()) == (10, 45, dt.timedelta(hours=2))


def test_purge_removes_contact_details_after_the_retention_period(point: Database) -> None:
    update_site_settings(point, retention_days=14)
    old = svc.create_booking(point, TUE_10, customer("Old"), now=NOW)
    recent = svc.create_booking(point, THU_14, customer("Recent"), now=NOW)
    svc.mark_arrived(point, old.id, now=TUE_10)
    svc.mark_done(point, old.id, now=TUE_10)
    purge_time = TUE_10 + dt.timedelta(days=14, hours=1)
    assert svc.purge_personal_data(point, purge_time) == 1
    gone = svc.get_booking(point, old.id)
    assert (gone.name, gone.phone, gone.purged, gone.status) == (None, None, True, "done")
    assert gone.topics == ("ident.bank_id",)  # the row stays for statistics
    assert svc.get_booking(point, recent.id).name == "Recent"
    assert svc.purge_personal_data(point, purge_time) == 0
    with point.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM booking")).scalar() == 2


def test_call_list_has_the_days_upcoming_bookings(point: Database) -> None:
    a = svc.create_booking(point, TUE_1045, customer("Later"), now=NOW)
    svc.create_booking(point, TUE_10, customer("Earlier", "050 000 1111"), now=NOW)
    c = svc.create_booking(point, TUE_10, customer("Cancelled"), now=NOW)
    svc.cancel_booking(point, c.id, now=NOW)
    listed = svc.call_list(point, TUE_10.date())
    assert [(b.name, b.phone) for b in listed] == [
        ("Earlier", "+358500001111"),
        ("Later", "+358400001234"),
    ]
    assert a.id in {b.id for b in listed}


def test_contact_details_survive_reopening_with_the_passphrase(tmp_path: Path) -> None:
    from digituki.core.security import keys

    path = tmp_path / "digituki.sqlite3"
    db = Database.open_file(path)
    open_point(db)
    made = svc.create_booking(db, TUE_10, customer(), now=NOW)
    db.close()
    assert not (tmp_path / "field-key").exists()  # no key in the clear on disk
    keys.forget_session_keys()
    again = Database.open_file(path)
    try:
        assert svc.get_booking(again, made.id).name == "Aino Esimerkki"
    finally:
        again.close()


def test_demo_bookings_are_deterministic_and_plausible(tmp_path: Path) -> None:
    today = dt.date(2026, 11, 24)
    results = []
    for run in range(2):
        db = Database.open_file(tmp_path / f"demo{run}.sqlite3")
        try:
            made = svc.generate_demo_bookings(db, random.Random(7), today, 2)
            week = svc.week_agenda(db, today)
            past = svc.agenda(db, today - dt.timedelta(days=60), today - dt.timedelta(days=1))
            results.append((made, [(b.start, b.status, b.name) for b in week.bookings]))
        finally:
            db.close()
        statuses = {b.status for b in past.bookings}
        assert {"done", "no_show"} <= statuses
        assert all(
            b.name is None for b in past.bookings if b.start.date() < today - dt.timedelta(days=15)
        )
        assert any(b.status == "booked" for b in week.bookings)
    assert results[0] == results[1]
    assert results[0][0] > 20


def test_migration_matches_the_orm_models(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from digituki.core.storage.orm import Base

    def not_fts(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
        # FTS5 virtual tables and their shadow tables are created by migrations only.
        return not (type_ == "table" and name is not None and "_fts" in name)

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": not_fts})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []
