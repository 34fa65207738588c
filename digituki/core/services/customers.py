"""A customer's own rights at the desk: find one customer's bookings, show what is held, erase it.

There is no customer table: a customer is the set of bookings that carry the same name and phone
number. Names and phones are only ever stored encrypted and kept for the retention period, which
is short by design, so `find_customers` decrypts them in memory and compares there: no plaintext
and no plaintext index is ever stored. A customer is addressed by any one of their booking ids.

Every search, show and erase writes one audit line to the log, with counts only (never a name,
phone number or query).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import or_, select

from digituki.core import clock
from digituki.core.domain import booking as rules
from digituki.core.domain import schedule as sched
from digituki.core.domain.errors import NotFoundError, ValidationError
from digituki.core.security import keys
from digituki.core.security.crypto import DecryptionError, FieldCipher, decrypt_optional
from digituki.core.storage.database import Database
from digituki.core.storage.orm import Booking, HelpSession

log = logging.getLogger(__name__)

MIN_QUERY = 2  # characters of a name, or digits of a phone number
MIN_DIGITS = 3
ERASED_ACTION = "erased"


@dataclass(frozen=True)
class HeldBooking:
    """One booking of the customer as the customer is shown it."""

    id: int
    start: dt.datetime  # UTC
    end: dt.datetime
    status: str
    topics: tuple[str, ...]
    needs: rules.Needs
    notes: tuple[str, ...] = ()  # the private notes of help sessions logged for this booking
    notes_unreadable: int = 0  # notes the key does not open

    def is_future(self, now: dt.datetime) -> bool:
        return self.start >= now


@dataclass(frozen=True)
class Customer:
    """The bookings that carry one name and phone number, oldest first."""

    name: str | None
    phone: str | None  # E.164
    bookings: tuple[HeldBooking, ...]
    retention_days: int = 14

    @property
    def booking_ids(self) -> tuple[int, ...]:
        return tuple(b.id for b in self.bookings)

    @property
    def language(self) -> str:
        """The language of the customer's newest booking (what their printout is written in)."""
        return self.bookings[-1].needs.language if self.bookings else "fi"

    @property
    def retained_until(self) -> dt.date:
        """The day the name and phone are purged at the latest (after the last booking)."""
        last = max(sched.local_date(b.start) for b in self.bookings)
        return last + dt.timedelta(days=self.retention_days)

    def past(self, now: dt.datetime) -> tuple[HeldBooking, ...]:
        return tuple(
            b for b in self.bookings if not b.is_future(now) and b.status != rules.CANCELLED
        )

    def future(self, now: dt.datetime) -> tuple[HeldBooking, ...]:
        return tuple(b for b in self.bookings if b.is_future(now) and b.status != rules.CANCELLED)

    def cancelled(self) -> tuple[HeldBooking, ...]:
        return tuple(b for b in self.bookings if b.status == rules.CANCELLED)


@dataclass(frozen=True)
class Erasure:
    """What `erase_customer` did (counts only)."""

    bookings: int  # bookings whose name and phone were erased
    cancelled: int  # upcoming bookings cancelled so the place frees up
    kept: int  # upcoming bookings kept without a name
    notes: int  # private help-log notes erased
    booking_ids: tuple[int, ...] = field(default=())


# --- matching --------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Lower case, no accents, single spaces: "Äiti  Öhman" and "aiti ohman" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_forms(e164: str) -> tuple[str, ...]:
    """The digit strings a number may be said in: international (358…) and national (0…)."""
    digits = _digits(e164)
    forms = [digits]
    if digits.startswith("358"):
        forms.append("0" + digits[3:])
    return tuple(forms)


@dataclass(frozen=True)
class _Query:
    words: tuple[str, ...]
    digits: str

    @classmethod
    def parse(cls, text: str) -> _Query:
        cleaned = " ".join(text.split())
        digits = _digits(cleaned)
        letters = re.sub(r"[\d\s+()\-./]", "", cleaned)
        if letters:
            words = tuple(w for w in _fold(re.sub(r"\d", " ", cleaned)).split() if w)
            if sum(len(w) for w in words) < MIN_QUERY:
                raise ValidationError("query_too_short", "query", minimum=MIN_QUERY)
            return cls(words, "")
        if len(digits) < MIN_DIGITS:
            raise ValidationError("query_too_short", "query", minimum=MIN_DIGITS)
        if cleaned.startswith("00"):
            digits = digits[2:]
        return cls((), digits)

    def matches(self, name: str | None, phone: str | None) -> bool:
        if self.digits:
            return phone is not None and any(self.digits in f for f in phone_forms(phone))
        if name is None:
            return False
        folded = _fold(name)
        return all(w in folded for w in self.words)


# --- reading -----------------------------------------------------------------------------------


def _key(name: str | None, phone: str | None) -> tuple[str, str]:
    return (_fold(name or ""), phone or "")


def _open(cipher: FieldCipher, token: bytes | None, associated: str) -> str | None:
    """The decrypted value; raises `DecryptionError` for a value this key does not open."""
    return decrypt_optional(cipher, token, associated)


def _decrypt(cipher: FieldCipher, row: Booking) -> tuple[str | None, str | None] | None:
    from digituki.core.services.bookings import NAME_AD, PHONE_AD

    try:
        return _open(cipher, row.name_enc, NAME_AD), _open(cipher, row.phone_enc, PHONE_AD)
    except DecryptionError:
        return None


def _notes_of(
    db: Database, session_rows: Iterable[HelpSession]
) -> dict[int, tuple[list[str], int]]:
    from digituki.core.security.note_cipher import DatabaseNoteKey, NoteKeyError, decrypt_note

    provider = DatabaseNoteKey(db)
    out: dict[int, tuple[list[str], int]] = {}
    for s in session_rows:
        if s.booking_id is None or s.note_enc is None:
            continue
        texts, unreadable = out.setdefault(s.booking_id, ([], 0))
        try:
            texts.append(decrypt_note(provider, s.note_enc))
        except NoteKeyError:
            out[s.booking_id] = (texts, unreadable + 1)
    return out


def _held(row: Booking, notes: dict[int, tuple[list[str], int]]) -> HeldBooking:
    devices = tuple(
        d
        for d, flag in zip(
            rules.DEVICES, (row.device_phone, row.device_tablet, row.device_laptop), strict=True
        )
        if flag
    )
    texts, unreadable = notes.get(row.id, ([], 0))
    return HeldBooking(
        id=row.id,
        start=row.slot_start,
        end=row.slot_start + dt.timedelta(minutes=row.duration_minutes),
        status=row.status,
        topics=tuple(json.loads(row.topics)),
        needs=rules.Needs(row.language, row.interpreter, row.hearing, row.vision, devices),
        notes=tuple(texts),
        notes_unreadable=unreadable,
    )


def _customers(db: Database, wanted: _Query | tuple[str, str]) -> list[Customer]:
    """Every customer (name + phone) whose details match; decrypted in memory only."""
    from digituki.core.services.settings import get_site_settings

    retention = get_site_settings(db).retention_days
    cipher = keys.cipher_for(db)
    from digituki.core.services.bookings import NAME_AD, PHONE_AD

    # Only the encrypted columns are read for the search; a value is decrypted only when it is
    # needed (a phone search opens the name of the matching bookings only), and just the
    # matching bookings are loaded whole.
    by_phone = isinstance(wanted, _Query) and bool(wanted.digits)
    groups: dict[tuple[str, str], tuple[str | None, str | None, list[int]]] = {}
    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Booking.id, Booking.name_enc, Booking.phone_enc)
            .where(or_(Booking.name_enc.is_not(None), Booking.phone_enc.is_not(None)))
            .order_by(Booking.slot_start, Booking.id)
        ).all()
        for booking_id, name_enc, phone_enc in rows:
            try:
                if isinstance(wanted, _Query):
                    if by_phone:
                        phone = _open(cipher, phone_enc, PHONE_AD)
                        if not wanted.matches(None, phone):
                            continue
                        name = _open(cipher, name_enc, NAME_AD)
                    else:
                        name = _open(cipher, name_enc, NAME_AD)
                        if not wanted.matches(name, None):
                            continue
                        phone = _open(cipher, phone_enc, PHONE_AD)
                else:
                    name = _open(cipher, name_enc, NAME_AD)
                    if _fold(name or "") != wanted[0]:
                        continue
                    phone = _open(cipher, phone_enc, PHONE_AD)
                    if (phone or "") != wanted[1]:
                        continue
            except DecryptionError:
                continue  # another key's value: not readable here, so not findable
            groups.setdefault(_key(name, phone), (name, phone, []))[2].append(booking_id)
        wanted_ids = [i for _, _, found in groups.values() for i in found]
        loaded = (
            {
                r.id: r
                for r in uow.session.scalars(select(Booking).where(Booking.id.in_(wanted_ids)))
            }
            if wanted_ids
            else {}
        )
        ids = wanted_ids
        sessions = (
            uow.session.scalars(
                select(HelpSession).where(
                    HelpSession.booking_id.in_(ids), HelpSession.note_enc.is_not(None)
                )
            ).all()
            if ids
            else []
        )
        notes = _notes_of(db, sessions)
        customers = [
            Customer(name, phone, tuple(_held(loaded[i], notes) for i in found), retention)
            for name, phone, found in groups.values()
        ]
    customers.sort(key=lambda c: (_fold(c.name or ""), c.phone or ""))
    return customers


def find_customers(db: Database, query: str) -> tuple[Customer, ...]:
    """Customers whose name contains every word of `query`, or whose phone contains its digits.

    A name matches without regard to case or accents ("aino" finds "Äino"); a phone number in any
    format ("040 111", "+358 40 111", "0401112233") finds the same customer.
    """
    parsed = _Query.parse(query)
    found = tuple(_customers(db, parsed))
    log.info(
        "searched customer data: %d customers, %d bookings",
        len(found),
        sum(len(c.bookings) for c in found),
    )
    return found


def customer_of_booking(db: Database, booking_id: int, *, audit: bool = True) -> Customer:
    """The customer of `booking_id`: every booking with the same name and phone number."""
    with db.unit_of_work() as uow:
        row = uow.session.get(Booking, booking_id)
        if row is None:
            raise NotFoundError()
        contact = _decrypt(keys.cipher_for(db), row)
    if contact is None:
        raise DecryptionError()
    if contact == (None, None):
        raise ValidationError("customer_erased", "booking")
    found = _customers(db, _key(*contact))
    assert len(found) == 1
    if audit:
        log.info("showed customer data of %d bookings", len(found[0].bookings))
    return found[0]


# --- showing -----------------------------------------------------------------------------------


def point_contact(db: Database) -> tuple[str, ...]:
    """The point's name and its contact for customers (place, phone, e-mail) from the settings."""
    from digituki.core.services.settings import contact_phone_text, get_site_settings

    site = get_site_settings(db)
    lines = [
        ", ".join(p for p in (site.site_name, site.municipality) if p),
        site.contact_place,
        contact_phone_text(site),
        site.contact_email,
    ]
    return tuple(line.strip() for line in lines if line and line.strip())


def write_what_we_hold(
    db: Database,
    booking_id: int,
    folder: Path | None = None,
    language: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """The PDF "what we hold about you" for the customer of `booking_id`, in their language.

    Written to the private printouts folder unless `folder` is given.
    """
    from digituki import paths
    from digituki.core.exports.pdf.held_data import write_held_data

    customer = customer_of_booking(db, booking_id, audit=False)
    target = folder if folder is not None else paths.printouts_dir()
    moment = clock.now() if now is None else sched.to_utc(now)
    path = write_held_data(
        target / f"what-we-hold-{booking_id}.pdf",
        customer,
        language=language or customer.language,
        contact=point_contact(db),
        now=moment,
    )
    log.info("printed customer data of %d bookings", len(customer.bookings))
    return path


# --- erasing -----------------------------------------------------------------------------------


def erase_customer(
    db: Database, booking_id: int, *, keep_upcoming: bool = False, now: dt.datetime | None = None
) -> Erasure:
    """Erase the customer's name, phone and private notes from all their bookings, for real.

    Upcoming bookings are cancelled so their places free up, or kept without a name when
    `keep_upcoming`. The rows stay (statistics are anonymous counts). Deleted bytes are zeroed
    (SQLite secure_delete) and the write-ahead log is checkpointed, so neither the database file
    nor its WAL nor a backup taken afterwards holds them. There is no undo.
    """
    moment = clock.now() if now is None else sched.to_utc(now)
    customer = customer_of_booking(db, booking_id, audit=False)
    ids = customer.booking_ids
    cancelled = kept = 0
    with db.unit_of_work() as uow:
        session = uow.session
        rows = session.scalars(select(Booking).where(Booking.id.in_(ids))).all()
        for row in rows:
            row.name_enc = None
            row.phone_enc = None
            row.purged_at = moment
            row.updated_at = moment
            if row.slot_start >= moment and row.status in rules.EDITABLE:
                if keep_upcoming:
                    kept += 1
                else:
                    row.status = rules.CANCELLED
                    row.place = None
                    cancelled += 1
        notes = 0
        for s in session.scalars(
            select(HelpSession).where(
                HelpSession.booking_id.in_(ids), HelpSession.note_enc.is_not(None)
            )
        ):
            s.note_enc = None
            notes += 1
        uow.commit()
    checkpoint(db)
    log.info(
        "erased customer data from %d bookings (%d cancelled, %d kept without a name, %d notes)",
        len(ids),
        cancelled,
        kept,
        notes,
    )
    return Erasure(len(ids), cancelled, kept, notes, ids)


def checkpoint(db: Database) -> None:
    """Move the write-ahead log into the database file and empty it (SQLite; no-op elsewhere).

    Run on the driver's connection outside any transaction: the engine begins every SQLAlchemy
    transaction itself (IMMEDIATE for writes), and SQLite refuses a checkpoint inside one.
    """
    if db.engine.dialect.name != "sqlite":
        return
    raw = db.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        mode = driver.execute("PRAGMA journal_mode").fetchone()
        if mode is not None and str(mode[0]).lower() == "wal":
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
