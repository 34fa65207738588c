"""Help log services on a real (in-memory or file) SQLite database."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text

from digituki.core.domain.errors import ConflictError, ValidationError
from digituki.core.domain.helplog import ExportedMonthError, SessionDraft, TallyBatch, TallyLine
from digituki.core.security.note_cipher import StaticNoteKey
from digituki.core.services import helplog as service
from digituki.core.services.helplog import HELSINKI, SessionFilter
from digituki.core.storage.database import Database
from digituki.core.storage.orm import HelpSession, HelpSessionTopic, Topic

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
TODAY = NOW.date()


def draft(**changes: object) -> SessionDraft:
    values: dict[str, object] = {
        "date": TODAY,
        "start_hour": 11,
        "topics": ("health.omakanta",),
    }
    values.update(changes)
    return SessionDraft(**values)  # type: ignore[arg-type]


def count(db: Database) -> int:
    with db.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count(HelpSession.id))) or 0)


# -- saving and validation -----------------------------------------------------------------------


def test_logged_session_is_stored_with_its_topics(db: Database) -> None:
    volunteer = service.add_volunteer(db, "Aino")
    result = service.log_session(
        db,
        draft(topics=("ident.bank_id", "security.scams"), volunteer_id=volunteer.id, booking_id=4),
        now=NOW,
    )
    [row] = service.list_sessions(db)
    assert row.id == result.session_id
    assert row.topics == ("ident.bank_id", "security.scams")
    # booking 4 does not exist (e.g. removed on another desk): the help is stored without the link
    assert (row.volunteer_name, row.booking_id, row.has_note) == ("Aino", None, False)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"duration_minutes": 0}, "duration_out_of_range"),
        ({"duration_minutes": 481}, "duration_out_of_range"),
        ({"date": TODAY + dt.timedelta(days=1)}, "date_in_future"),
        ({"topics": ()}, "no_topic"),
        ({"topics": ("nope.nope",)}, "unknown_topic"),
        ({"age_band": "teen"}, "unknown_value"),
        ({"volunteer_id": 999}, "unknown_value"),
    ],
)
def test_bad_input_saves_nothing(db: Database, changes: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as info:
        service.log_session(db, draft(**changes), now=NOW)
    assert info.value.message_code == code
    assert count(db) == 0


def test_date_in_future_uses_helsinki_calendar(db: Database) -> None:
    late_evening_utc = dt.datetime(2026, 11, 23, 22, 30, tzinfo=dt.UTC)  # 00.30 on 24.11 locally
    service.log_session(db, draft(date=dt.date(2026, 11, 24)), now=late_evening_utc)
    assert count(db) == 1


def test_private_note_is_encrypted_and_needs_the_key(db: Database) -> None:
    key = StaticNoteKey()
    result = service.log_session(db, draft(note="Ajanvaraus ensi viikolle"), notes=key, now=NOW)
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT note_enc FROM help_session")).scalar_one()
    assert b"Ajanvaraus" not in stored
    assert service.get_session(db, result.session_id, notes=key).draft.note == (
        "Ajanvaraus ensi viikolle"
    )
    other = service.get_session(db, result.session_id, notes=StaticNoteKey())
    assert other.note_unreadable and other.draft.note == ""
    with pytest.raises(ValidationError):
        service.log_session(db, draft(note="no key given"), now=NOW)


# -- database constraints ------------------------------------------------------------------------

GOOD_ROW = {
    "session_date": "2026-11-23",
    "start_hour": 10,
    "duration_minutes": 20,
    "support_form": "on_site_walk_in",
    "participants": 1,
    "age_band": "65_74",
    "language": "fi",
    "device": "own_phone",
    "on_behalf": "no",
    "outcome": "solved",
    "next_step": "none",
    "referral_target": None,
    "created_at": "2026-11-23 10:00:00",
    "updated_at": "2026-11-23 10:00:00",
}


def raw_insert(db: Database, **changes: object) -> None:
    row = {**GOOD_ROW, **changes}
    columns = ", ".join(row)
    params = ", ".join(f":{name}" for name in row)
    with db.engine.begin() as conn:
        conn.execute(text(f"INSERT INTO help_session ({columns}) VALUES ({params})"), row)


def test_raw_insert_of_a_good_row_works(db: Database) -> None:
    raw_insert(db)
    raw_insert(db, support_form="group", participants=8)
    raw_insert(db, next_step="referred", referral_target="kansalaisneuvonta")
    assert count(db) == 3


@pytest.mark.parametrize(
    "changes",
    [
        {"duration_minutes": 0},
        {"duration_minutes": 481},
        {"start_hour": 24},
        {"support_form": "carrier_pigeon"},
        {"participants": 0},
        {"participants": 3},  # more than one only for a group
        {"age_band": "teen"},
        {"language": "de"},
        {"device": "typewriter"},
        {"on_behalf": "sometimes"},
        {"outcome": "maybe"},
        {"next_step": "later"},
        {"next_step": "referred"},  # without a target
        {"referral_target": "kela"},  # target without referral
        {"next_step": "referred", "referral_target": "mars"},
    ],
)
def test_database_refuses_values_outside_the_lists(
    db: Database, changes: dict[str, object]
) -> None:
    with pytest.raises(sa_exc.IntegrityError):
        raw_insert(db, **changes)
    assert count(db) == 0


def test_database_refuses_unknown_topic_codes_and_hiding_other(db: Database) -> None:
    raw_insert(db)
    with db.engine.connect() as conn:
        session_id = conn.execute(text("SELECT id FROM help_session")).scalar_one()
    for statement in (
        f"INSERT INTO help_session_topic VALUES ({session_id}, 'made.up')",
        "INSERT INTO hidden_topic VALUES ('ident.other')",
        "INSERT INTO turned_away (day, hour, reason, created_at) "
        "VALUES ('2026-11-23', 10, 'bored', '2026-11-23 10:00:00')",
    ):
        with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
            conn.execute(text(statement))


def test_topic_table_is_seeded_and_refreshed_from_a_newer_list(db: Database) -> None:
    from digituki.core.domain.topics import load_topics, parse_topic_list

    topics = load_topics()
    with db.unit_of_work() as uow:
        assert set(uow.session.scalars(select(Topic.code))) == set(topics.all_codes())
    assert service.sync_topic_table(db) == 0
    newer = {
        "version": topics.version + 1,
        "groups": [
            {
                "code": "other",
                "names": {"fi": "Muu", "sv": "Annat", "en": "Other"},
                "topics": [
                    {"code": "other.other", "names": {"fi": "Muu", "sv": "Annat", "en": "Other"}},
                    {"code": "other.new_thing", "names": {"fi": "Uusi", "sv": "Ny", "en": "New"}},
                ],
            }
        ],
    }
    assert service.sync_topic_table(db, parse_topic_list(newer)) == 1
    with db.unit_of_work() as uow:
        assert uow.session.get(Topic, "other.new_thing") is not None
        assert uow.session.get(Topic, "ident.bank_id") is not None  # old codes stay


# -- queries -------------------------------------------------------------------------------------


@pytest.fixture
def filled(db: Database) -> Database:
    aino = service.add_volunteer(db, "Aino").id
    matti = service.add_volunteer(db, "Matti").id
    oct_day = dt.date(2026, 10, 15)
    service.log_session(db, draft(date=oct_day, topics=("tax.omavero",)), now=NOW)
    service.log_session(
        db, draft(topics=("health.omakanta", "ident.bank_id"), volunteer_id=aino), now=NOW
    )
    service.log_session(
        db,
        draft(topics=("health.prescriptions",), outcome="not_solved", volunteer_id=matti),
        now=NOW,
    )
    service.log_session(db, draft(topics=("device.phone",), volunteer_id=aino), now=NOW)
    return db


def ids_topics(db: Database, flt: SessionFilter) -> list[tuple[str, ...]]:
    return [row.topics for row in service.list_sessions(db, flt)]


def test_filter_by_month(filled: Database) -> None:
    assert ids_topics(filled, SessionFilter(month="2026-10")) == [("tax.omavero",)]
    assert len(service.list_sessions(filled, SessionFilter(month="2026-11"))) == 3
    assert service.list_sessions(filled, SessionFilter(month="2026-09")) == []


def test_filter_by_topic_and_by_topic_group(filled: Database) -> None:
    assert ids_topics(filled, SessionFilter(topic="ident.bank_id")) == [
        ("ident.bank_id", "health.omakanta")
    ]
    by_group = ids_topics(filled, SessionFilter(topic="health"))
    assert sorted(by_group) == [("health.prescriptions",), ("ident.bank_id", "health.omakanta")]


def test_filter_by_volunteer_and_outcome_combined(filled: Database) -> None:
    volunteers = {v.display_name: v.id for v in service.list_volunteers(filled)}
    assert len(service.list_sessions(filled, SessionFilter(volunteer_id=volunteers["Aino"]))) == 2
    assert ids_topics(filled, SessionFilter(month="2026-11", outcome="not_solved")) == [
        ("health.prescriptions",)
    ]
    assert (
        service.list_sessions(
            filled, SessionFilter(volunteer_id=volunteers["Aino"], outcome="not_solved")
        )
        == []
    )
    assert service.count_sessions(filled, SessionFilter(month="2026-11", topic="health")) == 2


def test_newest_first(filled: Database) -> None:
    rows = service.list_sessions(filled)
    assert rows[-1].date == dt.date(2026, 10, 15)
    assert [r.id for r in rows[:3]] == sorted((r.id for r in rows[:3]), reverse=True)


# -- undo --------------------------------------------------------------------------------------


def test_undo_a_new_session_removes_it(db: Database) -> None:
    result = service.log_session(db, draft(), now=NOW)
    service.undo_last_save(db, result.undo)
    assert count(db) == 0


def test_undo_a_correction_restores_the_previous_version(db: Database) -> None:
    key = StaticNoteKey()
    first = service.log_session(db, draft(note="alkuperäinen"), notes=key, now=NOW)
    later = NOW + dt.timedelta(minutes=5)
    fixed = service.update_session(
        db,
        first.session_id,
        draft(topics=("kela.benefits",), duration_minutes=50, note=""),
        notes=key,
        now=later,
    )
    assert service.list_sessions(db)[0].topics == ("kela.benefits",)
    service.undo_last_save(db, fixed.undo)
    detail = service.get_session(db, first.session_id, notes=key)
    assert detail.draft.topics == ("health.omakanta",)
    assert detail.draft.duration_minutes == 20
    assert detail.draft.note == "alkuperäinen"


def test_undo_a_delete_brings_the_session_back(db: Database) -> None:
    first = service.log_session(db, draft(topics=("tax.omavero", "kela.eservice")), now=NOW)
    token = service.delete_session(db, first.session_id, now=NOW)
    assert count(db) == 0
    service.undo_last_save(db, token)
    assert service.list_sessions(db)[0].topics == ("kela.eservice", "tax.omavero")


def test_undo_refused_after_a_later_change(db: Database) -> None:
    first = service.log_session(db, draft(), now=NOW)
    service.update_session(
        db, first.session_id, draft(duration_minutes=30), now=NOW + dt.timedelta(1)
    )
    with pytest.raises(ConflictError):
        service.undo_last_save(db, first.undo)
    assert count(db) == 1


# -- exported months ---------------------------------------------------------------------------


def test_editing_an_exported_month_needs_confirmation_and_marks_it_outdated(db: Database) -> None:
    october = dt.date(2026, 10, 20)
    first = service.log_session(db, draft(date=october), now=NOW)
    service.record_month_export(db, "2026-10", "monthly_report", "abc", now=NOW)
    assert service.list_sessions(db)[0].exported
    with pytest.raises(ExportedMonthError) as info:
        service.update_session(
            db, first.session_id, draft(date=october, duration_minutes=60), now=NOW
        )
    assert info.value.params["month"] == "2026-10"
    assert service.list_sessions(db)[0].duration_minutes == 20  # nothing changed
    assert not service.exported_months(db)["2026-10"].outdated
    service.update_session(
        db,
        first.session_id,
        draft(date=october, duration_minutes=60),
        now=NOW,
        confirm_exported=True,
    )
    assert service.list_sessions(db)[0].duration_minutes == 60
    assert service.exported_months(db)["2026-10"].outdated


def test_moving_a_session_into_an_exported_month_or_deleting_needs_confirmation(
    db: Database,
) -> None:
    service.record_month_export(db, "2026-10", "monthly_report", now=NOW)
    current = service.log_session(db, draft(), now=NOW)
    with pytest.raises(ExportedMonthError):
        service.update_session(db, current.session_id, draft(date=dt.date(2026, 10, 2)), now=NOW)
    with pytest.raises(ExportedMonthError):
        service.log_session(db, draft(date=dt.date(2026, 10, 2)), now=NOW)
    late = service.log_session(db, draft(date=dt.date(2026, 10, 2)), now=NOW, confirm_exported=True)
    with pytest.raises(ExportedMonthError):
        service.delete_session(db, late.session_id, now=NOW)
    assert count(db) == 2


# -- tally sheets ------------------------------------------------------------------------------


def test_tally_batch_produces_the_same_records_as_the_form(db: Database) -> None:
    batch = TallyBatch(
        date=dt.date(2026, 11, 20),
        start_hour=10,
        lines=(
            TallyLine("ident.bank_id", "75_84", "solved", 3),
            TallyLine("health.omakanta", "65_74", "partly_solved", 2, duration_minutes=35),
        ),
    )
    result = service.log_tally(db, batch, now=NOW)
    assert len(result.session_ids) == 5
    rows = service.list_sessions(db, SessionFilter(month="2026-11"))
    assert len(rows) == 5
    by_form = service.log_session(
        db,
        draft(
            date=dt.date(2026, 11, 20), start_hour=10, topics=("ident.bank_id",), age_band="75_84"
        ),
        now=NOW,
    )
    form_row = next(r for r in service.list_sessions(db) if r.id == by_form.session_id)
    tally_row = next(r for r in rows if r.topics == ("ident.bank_id",))
    differing = {
        name
        for name in form_row.__dataclass_fields__
        if getattr(form_row, name) != getattr(tally_row, name)
    }
    assert differing == {"id"}
    service.undo_last_save(db, result.undo)
    assert count(db) == 1


def test_bad_tally_line_saves_nothing(db: Database) -> None:
    batch = TallyBatch(
        date=TODAY,
        lines=(
            TallyLine("ident.bank_id", "75_84", "solved", 3),
            TallyLine("x.y", "75_84", "solved", 1),
        ),
    )
    with pytest.raises(ValidationError):
        service.log_tally(db, batch, now=NOW)
    assert count(db) == 0


def test_tally_group_line_is_one_group_session(db: Database) -> None:
    batch = TallyBatch(
        date=TODAY,
        support_form="group",
        lines=(TallyLine("device.phone", "65_74", "solved", 9, duration_minutes=90),),
    )
    service.log_tally(db, batch, now=NOW)
    [row] = service.list_sessions(db)
    assert (row.support_form, row.participants) == ("group", 9)


# -- demand signals, volunteers, hidden topics -------------------------------------------------


def test_turned_away_counts_by_reason(db: Database) -> None:
    service.record_turned_away(db, "queue_full", now=NOW)
    counts = service.record_turned_away(db, "queue_full", now=NOW)
    assert counts == {"queue_full": 2, "out_of_scope": 0, "no_volunteer": 0}
    assert service.undo_turned_away(db, "queue_full", now=NOW)
    assert service.turned_away_counts(db, TODAY, TODAY)["queue_full"] == 1
    with pytest.raises(ValidationError):
        service.record_turned_away(db, "bored", now=NOW)


def test_volunteer_hours_per_month(db: Database) -> None:
    aino = service.add_volunteer(db, "Aino")
    service.record_shift(db, TODAY, 180, aino.id, now=NOW)
    service.record_shift(db, TODAY, 60, aino.id, now=NOW)
    service.record_shift(db, TODAY, 120, None, now=NOW)
    service.record_shift(db, dt.date(2026, 10, 1), 240, aino.id, now=NOW)
    hours = {h.display_name: h.minutes for h in service.volunteer_hours(db, "2026-11")}
    assert hours == {"Aino": 240, None: 120}
    with pytest.raises(ValidationError):
        service.record_shift(db, TODAY, 0, aino.id, now=NOW)


def test_volunteers_unique_active_names_and_deactivation(db: Database) -> None:
    aino = service.add_volunteer(db, "Aino")
    with pytest.raises(ValidationError) as info:
        service.add_volunteer(db, "aino")
    assert info.value.message_code == "volunteer_exists"
    service.update_volunteer(db, aino.id, active=False)
    assert service.list_volunteers(db, include_inactive=False) == []
    again = service.add_volunteer(db, "Aino")  # a new Aino after the first one left
    assert again.id != aino.id
    assert service.update_volunteer(db, again.id, display_name="A.K.").display_name == "A.K."


def test_hidden_topics_cannot_include_other(db: Database) -> None:
    assert service.set_hidden_topics(db, {"social.getting_started", "transport.tickets"})
    assert service.hidden_topics(db) == {"social.getting_started", "transport.tickets"}
    with pytest.raises(ValidationError) as info:
        service.set_hidden_topics(db, {"social.other"})
    assert info.value.message_code == "topic_not_hideable"
    with pytest.raises(ValidationError):
        service.set_hidden_topics(db, {"made.up"})
    assert service.hidden_topics(db) == {"social.getting_started", "transport.tickets"}


# -- privacy ---------------------------------------------------------------------------------


def test_notes_purged_after_retention_period(db: Database) -> None:
    from digituki.core.services.settings import update_site_settings

    update_site_settings(db, retention_days=14)
    key = StaticNoteKey()
    old = service.log_session(
        db, draft(date=TODAY - dt.timedelta(days=15), note="vanha"), notes=key, now=NOW
    )
    edge = service.log_session(
        db, draft(date=TODAY - dt.timedelta(days=14), note="raja"), notes=key, now=NOW
    )
    assert service.purge_notes(db, NOW) == 1
    assert not service.get_session(db, old.session_id, notes=key).row.has_note
    assert service.get_session(db, edge.session_id, notes=key).draft.note == "raja"
    assert count(db) == 2  # the anonymous record stays


# -- demo data and a file database ---------------------------------------------------------------


def test_demo_sessions_use_the_topic_list_with_a_plausible_distribution(db: Database) -> None:
    counts = service.generate_demo_sessions(db, random.Random(3), TODAY, 3)
    assert counts["help sessions"] > 200
    rows = service.list_sessions(db)
    assert len(rows) == counts["help sessions"]
    ages = [r.age_band for r in rows]
    assert sum(a in ("65_74", "75_84", "85_plus") for a in ages) > len(ages) / 2
    group_counts: dict[str, int] = {}
    for row in rows:
        for code in row.topics:
            group = code.split(".")[0]
            group_counts[group] = group_counts.get(group, 0) + 1
    top3 = sorted(group_counts, key=group_counts.__getitem__, reverse=True)[:3]
    assert set(top3) == {"ident", "health", "device"}
    assert any(r.support_form == "group" and r.participants > 1 for r in rows)


def test_demo_is_deterministic(tmp_path: Path) -> None:
    def make(path: Path) -> list[tuple[object, ...]]:
        db = Database.open_file(path)
        try:
            service.generate_demo_sessions(db, random.Random(5), TODAY, 1)
        finally:
            db.close()
        con = sqlite3.connect(path)
        try:
            return con.execute(
                "SELECT session_date, age_band, outcome FROM help_session ORDER BY id"
            ).fetchall()
        finally:
            con.close()

    assert make(tmp_path / "a.sqlite3") == make(tmp_path / "b.sqlite3")


def test_session_topics_cascade_on_delete(db: Database) -> None:
    result = service.log_session(db, draft(topics=("tax.omavero", "kela.benefits")), now=NOW)
    service.delete_session(db, result.session_id, now=NOW)
    with db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(HelpSessionTopic)) == 0


def test_migration_0003_goes_down_and_up_again(tmp_path: Path) -> None:
    from alembic import command

    from digituki.core.storage import migrate
    from digituki.core.storage.engine import create_db_engine, sqlite_url

    engine = create_db_engine(sqlite_url(tmp_path / "m.sqlite3"))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0002")
    with engine.connect() as conn:
        names = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert "help_session" not in names and "topic" not in names
    migrate.upgrade(engine)
    db = Database(engine)
    try:
        service.log_session(db, draft(), now=NOW)
        assert count(db) == 1
    finally:
        db.close()


def test_a_failure_after_the_insert_stores_nothing_and_leaves_the_booking(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19, item 2: saving a booked customer's session is one transaction. When marking the
    booking done fails (here: the connection drops), no session is stored, the booking stays
    booked, and saving again (the offline replay, with the form's client id) stores it once."""
    from test_bookings import NOW as BOOKED_NOW  # type: ignore[import-not-found]
    from test_bookings import TUE_10, customer, open_point  # type: ignore[import-not-found]

    from digituki.core.services import bookings

    open_point(db)
    booking = bookings.create_booking(db, TUE_10, customer(), now=BOOKED_NOW)
    when = TUE_10 + dt.timedelta(minutes=40)
    visit = SessionDraft(
        date=when.date(), start_hour=when.hour, topics=("ident.bank_id",), booking_id=booking.id
    )

    def drop(*args: object, **kwargs: object) -> None:
        raise sa_exc.OperationalError("UPDATE booking", {}, Exception("connection dropped"))

    monkeypatch.setattr(bookings, "mark_done_in", drop)
    with pytest.raises(sa_exc.OperationalError):
        service.log_session(db, visit, now=when, client_id="3f2b1c9e-0000-4000-8000-000000000019")
    assert count(db) == 0
    assert bookings.get_booking(db, booking.id).status == "booked"

    monkeypatch.undo()
    for _ in range(2):  # the replay, twice: stored once
        service.log_session(db, visit, now=when, client_id="3f2b1c9e-0000-4000-8000-000000000019")
    assert count(db) == 1
    assert bookings.get_booking(db, booking.id).status == "done"
