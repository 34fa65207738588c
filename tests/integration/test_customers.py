"""A customer's rights at the desk: find, show ("what we hold") and erase one customer's data."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from test_bookings import NOW, THU_14, TUE_10, open_point  # type: ignore[import-not-found]

from digituki.core.domain import booking as rules
from digituki.core.domain.errors import ValidationError
from digituki.core.domain.helplog import SessionDraft
from digituki.core.security import keys
from digituki.core.security.note_cipher import DatabaseNoteKey
from digituki.core.services import backup, customers, helplog
from digituki.core.services import bookings as svc
from digituki.core.services.settings import update_site_settings
from digituki.core.storage.database import Database
from digituki.core.storage.orm import Booking

CANARY = "Kanerva Kanarialintu"
PHONE = "040 999 8877"
PHONE_FORMS = ("040 999 8877", "0409998877", "+358409998877", "358409998877", "+358 40 999 8877",
               "040-999 8877", "9998877")  # fmt: skip
NOTE = "Kanarialinnun pankkiasia jäi kesken"
LATER = NOW + dt.timedelta(days=9)  # Wednesday of the next week: TUE_10 is past, the rest ahead


def book(db: Database, start: dt.datetime, name: str, phone: str, **needs: object) -> int:
    data = rules.CustomerInput(name, phone, ("ident.bank_id",), rules.Needs(**needs))  # type: ignore[arg-type]
    return svc.create_booking(db, start, data, now=NOW).id


def canary_point(db: Database) -> dict[str, int]:
    """The canary's past (done, with a note), cancelled and upcoming bookings, and two others."""
    open_point(db)
    ids = {
        "past": book(db, TUE_10, CANARY, PHONE, language="sv", hearing=True),
        "cancelled": book(db, THU_14, CANARY, "0409998877"),
        "future": book(db, TUE_10 + dt.timedelta(days=14), "kanerva  KANARIALINTU", PHONE),
        "namesake": book(db, TUE_10, "Kanerva Muu", "040 111 2233"),
        "other": book(db, THU_14, "Aino Esimerkki", "040 000 1234"),
    }
    svc.cancel_booking(db, ids["cancelled"], now=NOW)
    svc.mark_done(db, ids["past"], now=TUE_10 + dt.timedelta(hours=1))
    helplog.log_session(
        db,
        SessionDraft(
            date=TUE_10.date(),
            start_hour=10,
            topics=("ident.bank_id",),
            booking_id=ids["past"],
            note=NOTE,
        ),
        notes=DatabaseNoteKey(db),
        now=TUE_10 + dt.timedelta(hours=1),
    )
    return ids


def test_find_by_partial_name_in_any_case_and_without_accents(db: Database) -> None:
    ids = canary_point(db)
    found = customers.find_customers(db, "kanarialin")
    assert [(c.name, c.phone) for c in found] == [(CANARY, "+358409998877")]
    assert set(found[0].booking_ids) == {ids["past"], ids["cancelled"], ids["future"]}
    both = customers.find_customers(db, "KANERVA")
    assert [c.name for c in both] == [CANARY, "Kanerva Muu"]
    assert [c.name for c in customers.find_customers(db, "kanérva kanaria")] == [CANARY]
    assert customers.find_customers(db, "Aino Kanerva") == ()


@pytest.mark.parametrize("query", (*PHONE_FORMS, "040 999", "+358 40 999"))
def test_find_by_any_format_of_the_phone_number(db: Database, query: str) -> None:
    canary_point(db)
    found = customers.find_customers(db, query)
    assert [c.name for c in found] == [CANARY]


@pytest.mark.parametrize("query", ["", " ", "a", "04", "+3"])
def test_a_too_short_search_is_refused(db: Database, query: str) -> None:
    canary_point(db)
    with pytest.raises(ValidationError) as info:
        customers.find_customers(db, query)
    assert info.value.message_code == "query_too_short"


def test_show_lists_exactly_that_customers_bookings(db: Database) -> None:
    ids = canary_point(db)
    who = customers.customer_of_booking(db, ids["future"])
    assert who.booking_ids == (ids["past"], ids["cancelled"], ids["future"])
    moment = LATER.astimezone(dt.UTC)
    assert [b.id for b in who.past(moment)] == [ids["past"]]
    assert [b.id for b in who.future(moment)] == [ids["future"]]
    assert [b.id for b in who.cancelled()] == [ids["cancelled"]]
    past = who.bookings[0]
    assert (past.status, past.needs.language, past.needs.hearing) == ("done", "sv", True)
    assert past.notes == (NOTE,)
    assert who.retained_until == (TUE_10 + dt.timedelta(days=28)).date()
    assert who.language == "fi"  # the newest booking's


def test_the_help_log_holds_neither_the_name_nor_the_phone(db: Database) -> None:
    """What the printout says is not held: help-log entries carry codes and counts only."""
    canary_point(db)
    prefixes = ("help_session", "turned_away", "volunteer", "month_export")
    tables = [t for t in inspect(db.engine).get_table_names() if t.startswith(prefixes)]
    assert "help_session" in tables and "help_session_topic" in tables
    dump = []
    with db.engine.connect() as conn:
        for table in tables:
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                dump.append(repr(tuple(row)))
    assert any("ident.bank_id" in line for line in dump)  # the dump holds the entries
    haystack = "\n".join(dump).casefold()
    for word in (*CANARY.split(), *PHONE_FORMS):
        assert word.casefold() not in haystack


def _all_contacts(db: Database) -> list[tuple[str | None, str | None]]:
    c = keys.cipher_for(db)
    with db.unit_of_work() as uow:
        rows = uow.session.scalars(select(Booking)).all()
        return [
            (
                None if r.name_enc is None else c.decrypt(r.name_enc, svc.NAME_AD),
                None if r.phone_enc is None else c.decrypt(r.phone_enc, svc.PHONE_AD),
            )
            for r in rows
        ]


def test_erase_cancels_upcoming_bookings_and_keeps_everyone_else(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    ids = canary_point(db)
    done = customers.erase_customer(db, ids["cancelled"], now=LATER)
    assert (done.bookings, done.cancelled, done.kept, done.notes) == (3, 1, 0, 1)
    future = svc.get_booking(db, ids["future"])
    assert (future.status, future.place, future.name, future.phone) == ("cancelled", None, None,
                                                                        None)  # fmt: skip
    assert future.purged
    assert customers.find_customers(db, "kanarialintu") == ()
    assert customers.find_customers(db, "999 8877") == ()
    contacts = _all_contacts(db)
    assert sorted(c for c in contacts if c != (None, None)) == [
        ("Aino Esimerkki", "+358400001234"),
        ("Kanerva Muu", "+358401112233"),
    ]
    [session] = helplog.list_sessions(db)
    assert not session.has_note  # the note about the visit is gone; the count stays
    assert "erased customer data from 3 bookings" in caplog.text
    for word in (*CANARY.split(), *PHONE_FORMS):
        assert word not in caplog.text
    with pytest.raises(ValidationError):
        customers.customer_of_booking(db, ids["past"])


def test_erase_can_keep_an_upcoming_appointment_without_a_name(db: Database) -> None:
    ids = canary_point(db)
    done = customers.erase_customer(db, ids["past"], keep_upcoming=True, now=LATER)
    assert (done.cancelled, done.kept) == (0, 1)
    future = svc.get_booking(db, ids["future"])
    assert (future.status, future.place, future.name, future.phone) == ("booked", 1, None, None)
    assert future.purged


@pytest.mark.parametrize("journal", ["WAL", "DELETE"])
def test_erase_leaves_no_byte_in_the_file_its_journal_or_a_later_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journal: str
) -> None:
    """Both journal modes the app may run in (WAL only on a SQLite without the WAL-reset bug)."""
    from digituki.core.storage import engine

    monkeypatch.setattr(engine, "JOURNAL_MODE", journal)
    home = tmp_path / "home"
    home.mkdir()
    path = home / "digituki.sqlite3"
    db = Database.open_file(path)
    try:
        ids = canary_point(db)
        with sqlite3.connect(path) as raw:
            tokens = [
                t
                for row in raw.execute("SELECT name_enc, phone_enc FROM booking")
                for t in row
                if t is not None
            ]
            notes = [r[0] for r in raw.execute("SELECT note_enc FROM help_session")]
        raw.close()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == journal.lower()
        if journal == "WAL":
            wal = Path(f"{path}-wal")
            assert wal.exists() and tokens[0] in wal.read_bytes()  # the WAL held the data
        customers.erase_customer(db, ids["future"], now=LATER)
        # while the app is still open (closing would checkpoint by itself)
        open_files = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
        assert tokens[0] not in open_files and notes[0] not in open_files
        backup.backup_to(path, home / "backups", now=LATER)
    finally:
        db.close()
    with sqlite3.connect(path) as raw:
        left = {t for row in raw.execute("SELECT name_enc, phone_enc FROM booking") for t in row}
    raw.close()
    everything = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert list((home / "backups").glob("*.sqlite3")), "a backup was taken"
    kept = [t for t in tokens if t in left]
    assert len(kept) == 4, "the two other customers' names and phones stay"
    for token in tokens:
        if token not in left:
            assert token not in everything and token[13:29] not in everything
    for note in notes:
        assert note[13:29] not in everything
    for clear in (*CANARY.split(), *PHONE_FORMS, NOTE):
        assert clear.encode() not in everything
        assert clear.encode("utf-16-le") not in everything


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fi", ("Tiedot, jotka meillä on sinusta", "käyty", "peruttu", "varattu", "nimettömiä",
                "Kirjasto Testilä", "09 1234567")),
        ("sv", ("Uppgifter vi har om dig", "genomförd", "avbokad", "bokad", "anonyma",
                "Kirjasto Testilä")),
    ],
)  # fmt: skip
def test_the_printout_lists_every_booking_in_the_customers_language(
    db: Database, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    ids = canary_point(db)
    update_site_settings(db, site_name="Kirjasto Testilä", municipality="Espoo")
    update_site_settings(db, contact_phone="09 123 4567", contact_place="Pääkirjasto, 2. krs")
    words = (*words, "Pääkirjasto, 2. krs")
    path = customers.write_what_we_hold(db, ids["past"], tmp_path, language=language, now=LATER)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(out.split())
    for word in (*words, CANARY, "040 9998877", *NOTE.split()):
        assert word in flat, word
    assert "Kanerva Muu" not in flat and "Aino" not in flat
    assert flat.count("24.11.2026") == 1 and "26.11.2026" in flat and "8.12.2026" in flat
