"""Bookings: opening hours, appointments, statuses, the call list, purge of personal data.

Where things are kept:
- slot length and capacity: the single-row table `booking_schedule` (defaults 45 min, 2 places
  until the point sets its own);
- weekly hours and date exceptions: `opening_hours`, `opening_exception`;
- appointments: `booking`; the customer's name and phone only ever encrypted
  (`core/security`), and purged `SiteSettings.retention_days` after the appointment.

Capacity is enforced by the database (see `orm.Booking`): a booking takes the lowest free place
number of its slot inside the transaction, and UNIQUE(slot_start, place) makes a second desk that
raced for the same place fail; that desk retries and, if the slot is now full, gets
`SlotFullError` with the next free slot.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from digituki.core import clock
from digituki.core.domain import booking as rules
from digituki.core.domain import schedule as sched
from digituki.core.domain.errors import ConflictError, NotFoundError, ValidationError
from digituki.core.domain.prefill import CHANNEL_BOOKED, HelpPrefill
from digituki.core.domain.schedule import Schedule, Slot
from digituki.core.domain.topics import load_topics
from digituki.core.security import keys
from digituki.core.security.crypto import (
    DecryptionError,
    FieldCipher,
    decrypt_optional,
    encrypt_optional,
)
from digituki.core.storage.database import Database
from digituki.core.storage.orm import Booking, BookingSchedule, OpeningException, OpeningHours

log = logging.getLogger(__name__)

NAME_AD = "booking.name"
PHONE_AD = "booking.phone"
DEFAULT_SLOT_MINUTES = 45
DEFAULT_CAPACITY = 2
FREE_SLOT_HORIZON_DAYS = 90
RETRIES = 3

T = TypeVar("T")


class SlotFullError(ValidationError):
    """The slot has no free place; `next_free` is the next free slot's start (UTC) or None."""

    def __init__(self, next_free: dt.datetime | None) -> None:
        super().__init__("slot_full", "slot", next_free=next_free)
        self.next_free = next_free


# --- data handed to callers ------------------------------------------------------------------


@dataclass(frozen=True)
class BookingView:
    id: int
    start: dt.datetime  # UTC
    end: dt.datetime  # UTC
    status: str
    place: int | None
    name: str | None
    phone: str | None  # E.164
    topics: tuple[str, ...]
    needs: rules.Needs
    outside_hours: bool = False  # the opening hours changed: this booking must be moved
    purged: bool = False  # name and phone were removed after the retention period
    contact_unreadable: bool = False  # the key does not open the stored name/phone

    @property
    def duration_minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def holds_place(self) -> bool:
        return self.status in rules.HOLDS_PLACE


@dataclass(frozen=True)
class SlotView:
    start: dt.datetime  # UTC
    end: dt.datetime
    capacity: int
    taken: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.taken)


@dataclass(frozen=True)
class Agenda:
    """Bookings and slots of a range of days (a day for Today, a week for the week view)."""

    first: dt.date
    last: dt.date
    schedule: Schedule
    slots: tuple[SlotView, ...]
    bookings: tuple[BookingView, ...]


@dataclass(frozen=True)
class ScheduleChange:
    """The schedule after a change, and the bookings that no longer fit it (to move or cancel)."""

    schedule: Schedule
    affected: tuple[BookingView, ...]


def _now(now: dt.datetime | None) -> dt.datetime:
    return clock.now() if now is None else sched.to_utc(now)


# --- the schedule ----------------------------------------------------------------------------


def _load_schedule(session: Session) -> Schedule:
    row = session.get(BookingSchedule, 1)
    weekly = tuple(
        sched.WeeklyHours(r.weekday, r.start_time, r.end_time, r.id)
        for r in session.scalars(
            select(OpeningHours).order_by(OpeningHours.weekday, OpeningHours.start_time)
        )
    )
    exceptions = tuple(
        sched.ExceptionDay(r.day, r.kind, r.start_time, r.end_time, r.id)
        for r in session.scalars(
            select(OpeningException).order_by(OpeningException.day, OpeningException.start_time)
        )
    )
    return Schedule(
        slot_minutes=row.slot_minutes if row else DEFAULT_SLOT_MINUTES,
        capacity=row.capacity if row else DEFAULT_CAPACITY,
        weekly=weekly,
        exceptions=exceptions,
    )


def get_schedule(db: Database) -> Schedule:
    """Slot length, capacity, weekly hours and exceptions."""
    with db.unit_of_work() as uow:
        return _load_schedule(uow.session)


def _affected(session: Session, schedule: Schedule, now: dt.datetime) -> tuple[BookingView, ...]:
    rows = session.scalars(
        select(Booking)
        .where(Booking.status == rules.BOOKED, Booking.slot_start >= now)
        .order_by(Booking.slot_start, Booking.place)
    ).all()
    cipher = _cipher_of(session)
    views = [_view(r, cipher, schedule) for r in rows]
    return tuple(v for v in views if v.outside_hours)


def _change_schedule(
    db: Database, now: dt.datetime | None, change: Callable[[Session, Schedule], None]
) -> ScheduleChange:
    moment = _now(now)
    with db.unit_of_work() as uow:
        _attach_db(uow.session, db)
        change(uow.session, _load_schedule(uow.session))
        uow.session.flush()
        schedule = _load_schedule(uow.session)
        affected = _affected(uow.session, schedule, moment)
        uow.commit()
    return ScheduleChange(schedule, affected)


def update_slot_settings(
    db: Database, slot_minutes: int, capacity: int, now: dt.datetime | None = None
) -> ScheduleChange:
    """Set the slot length (15–120 min) and how many customers are served at once."""
    sched.validate_settings(slot_minutes, capacity)

    def change(session: Session, _: Schedule) -> None:
        row = session.get(BookingSchedule, 1)
        if row is None:
            session.add(BookingSchedule(id=1, slot_minutes=slot_minutes, capacity=capacity))
        else:
            row.slot_minutes, row.capacity = slot_minutes, capacity

    return _change_schedule(db, now, change)


def _overlaps(periods: Iterable[tuple[dt.time, dt.time]], start: dt.time, end: dt.time) -> bool:
    return any(start < p_end and p_start < end for p_start, p_end in periods)


def add_weekly_hours(
    db: Database, weekday: int, start: dt.time, end: dt.time, now: dt.datetime | None = None
) -> ScheduleChange:
    """Open every `weekday` (0 = Monday) from `start` to `end` (Helsinki time)."""
    if not 0 <= weekday <= 6:
        raise ValidationError("out_of_range", "weekday", low=0, high=6)
    sched.validate_hours(start, end)

    def change(session: Session, schedule: Schedule) -> None:
        same_day = [(w.start, w.end) for w in schedule.weekly if w.weekday == weekday]
        if _overlaps(same_day, start, end):
            raise ValidationError("hours_overlap", "start")
        session.add(OpeningHours(weekday=weekday, start_time=start, end_time=end))

    return _change_schedule(db, now, change)


def remove_weekly_hours(
    db: Database, hours_id: int, now: dt.datetime | None = None
) -> ScheduleChange:
    """Remove a weekly opening; returns the bookings now outside the opening hours."""

    def change(session: Session, _: Schedule) -> None:
        row = session.get(OpeningHours, hours_id)
        if row is None:
            raise NotFoundError()
        session.delete(row)

    return _change_schedule(db, now, change)


def add_exception(
    db: Database,
    day: dt.date,
    kind: str,
    start: dt.time | None = None,
    end: dt.time | None = None,
    now: dt.datetime | None = None,
) -> ScheduleChange:
    """Close a date (`kind="closed"`) or add an extra opening on it (`kind="open"`, with hours)."""
    if kind not in sched.EXCEPTION_KINDS:
        raise ValidationError("choice_unknown", "kind")
    if kind == sched.EXCEPTION_OPEN:
        if start is None or end is None:
            raise ValidationError("required", "start")
        sched.validate_hours(start, end)
    else:
        start = end = None

    def change(session: Session, schedule: Schedule) -> None:
        if kind == sched.EXCEPTION_CLOSED:
            if any(e.day == day and e.kind == kind for e in schedule.exceptions):
                raise ValidationError("already_closed", "day")
        else:
            assert start is not None and end is not None
            if _overlaps(sched.openings_on(schedule, day), start, end):
                raise ValidationError("hours_overlap", "start")
        session.add(OpeningException(day=day, kind=kind, start_time=start, end_time=end))

    return _change_schedule(db, now, change)


def remove_exception(
    db: Database, exception_id: int, now: dt.datetime | None = None
) -> ScheduleChange:
    def change(session: Session, _: Schedule) -> None:
        row = session.get(OpeningException, exception_id)
        if row is None:
            raise NotFoundError()
        session.delete(row)

    return _change_schedule(db, now, change)


def affected_bookings(db: Database, now: dt.datetime | None = None) -> tuple[BookingView, ...]:
    """Upcoming bookings that no longer fit the opening hours or the capacity."""
    with db.unit_of_work() as uow:
        _attach_db(uow.session, db)
        return _affected(uow.session, _load_schedule(uow.session), _now(now))


# --- encryption (the one place) ----------------------------------------------------------------


def _attach_db(session: Session, db: Database) -> None:
    session.info["db"] = db


def _cipher_of(session: Session) -> FieldCipher:
    return keys.cipher_for(session.info["db"])


def _decrypt(cipher: FieldCipher, row: Booking) -> tuple[str | None, str | None, bool]:
    try:
        return (
            decrypt_optional(cipher, row.name_enc, NAME_AD),
            decrypt_optional(cipher, row.phone_enc, PHONE_AD),
            False,
        )
    except DecryptionError:
        log.warning("booking %s: contact details cannot be decrypted with this key", row.id)
        return None, None, True


def _view(row: Booking, cipher: FieldCipher, schedule: Schedule | None = None) -> BookingView:
    name, phone, unreadable = _decrypt(cipher, row)
    start = row.slot_start
    outside = False
    if schedule is not None and row.status in (rules.BOOKED, rules.ARRIVED):
        slot = sched.find_slot(schedule, start)
        outside = slot is None or (row.place or 0) > schedule.capacity
    devices = tuple(
        d
        for d, flag in zip(
            rules.DEVICES, (row.device_phone, row.device_tablet, row.device_laptop), strict=True
        )
        if flag
    )
    return BookingView(
        id=row.id,
        start=start,
        end=start + dt.timedelta(minutes=row.duration_minutes),
        status=row.status,
        place=row.place,
        name=name,
        phone=phone,
        topics=tuple(json.loads(row.topics)),
        needs=rules.Needs(row.language, row.interpreter, row.hearing, row.vision, devices),
        outside_hours=outside,
        purged=row.purged_at is not None,
        contact_unreadable=unreadable,
    )


def _customer_columns(cipher: FieldCipher, customer: rules.CleanCustomer) -> dict[str, Any]:
    needs = customer.needs
    return {
        "name_enc": encrypt_optional(cipher, customer.name, NAME_AD),
        "phone_enc": encrypt_optional(cipher, customer.phone, PHONE_AD),
        "topics": json.dumps(list(customer.topics)),
        "language": needs.language,
        "interpreter": needs.interpreter,
        "hearing": needs.hearing,
        "vision": needs.vision,
        "device_phone": "phone" in needs.devices,
        "device_tablet": "tablet" in needs.devices,
        "device_laptop": "laptop" in needs.devices,
    }


# --- places and free slots ----------------------------------------------------------------------


def _taken_places(session: Session, start: dt.datetime, exclude: int | None = None) -> set[int]:
    query = select(Booking.place).where(Booking.slot_start == start, Booking.place.is_not(None))
    if exclude is not None:
        query = query.where(Booking.id != exclude)
    return {p for p in session.scalars(query) if p is not None}


def _free_place(
    session: Session, start: dt.datetime, capacity: int, exclude: int | None = None
) -> int | None:
    """The lowest free place number of the slot, or None when the slot is full."""
    taken = _taken_places(session, start, exclude)
    if len(taken) >= capacity:
        return None
    place = 1
    while place in taken:
        place += 1
    return place


def _taken_counts(
    session: Session, first: dt.datetime, last: dt.datetime
) -> dict[dt.datetime, int]:
    counts: dict[dt.datetime, int] = {}
    for start in session.scalars(
        select(Booking.slot_start).where(
            Booking.slot_start >= first, Booking.slot_start < last, Booking.place.is_not(None)
        )
    ):
        counts[start] = counts.get(start, 0) + 1
    return counts


def _free_slots(
    session: Session, schedule: Schedule, after: dt.datetime, days: int, limit: int | None
) -> list[SlotView]:
    first_day = sched.local_date(after)
    slots = [
        s
        for s in sched.slots_between(schedule, first_day, first_day + dt.timedelta(days=days))
        if s.start >= after
    ]
    if not slots:
        return []
    counts = _taken_counts(session, slots[0].start, slots[-1].end)
    out: list[SlotView] = []
    for slot in slots:
        view = SlotView(slot.start, slot.end, schedule.capacity, counts.get(slot.start, 0))
        if view.free > 0:
            out.append(view)
            if limit is not None and len(out) >= limit:
                break
    return out


def free_slots(
    db: Database,
    now: dt.datetime | None = None,
    days: int = FREE_SLOT_HORIZON_DAYS,
    limit: int | None = None,
) -> tuple[SlotView, ...]:
    """Slots with at least one free place, from `now` on (the first one is the next free slot)."""
    with db.unit_of_work() as uow:
        schedule = _load_schedule(uow.session)
        return tuple(_free_slots(uow.session, schedule, _now(now), days, limit))


def next_free_slot(db: Database, now: dt.datetime | None = None) -> SlotView | None:
    found = free_slots(db, now, limit=1)
    return found[0] if found else None


def _next_free_start(db: Database, after: dt.datetime) -> dt.datetime | None:
    found = free_slots(db, after, limit=1)
    return found[0].start if found else None


def _check_slot(schedule: Schedule, start: dt.datetime, now: dt.datetime) -> Slot:
    if start < now:
        raise ValidationError("slot_in_past", "slot")
    slot = sched.find_slot(schedule, start)
    if slot is None:
        raise ValidationError("outside_opening_hours", "slot")
    return slot


def _is_retryable(exc: Exception) -> bool:
    """A lost race for a place (unique constraint) or a write conflict between desks."""
    if isinstance(exc, IntegrityError):
        return True
    if isinstance(exc, OperationalError):
        code = getattr(exc.orig, "sqlite_errorcode", None)
        if code is not None:
            return int(code) & 0xFF in (5, 6)  # SQLITE_BUSY (incl. BUSY_SNAPSHOT), SQLITE_LOCKED
        # PostgreSQL: serialization failure, deadlock (psycopg 3 says `sqlstate`, psycopg2 `pgcode`)
        state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        return state in ("40001", "40P01")
    return False


def _with_retries(db: Database, slot_start: dt.datetime, attempt: Callable[[], T]) -> T:
    """Run `attempt` (one transaction); when it loses a race, run it again with fresh data."""
    for _ in range(RETRIES):
        try:
            return attempt()
        except (IntegrityError, OperationalError) as exc:
            if not _is_retryable(exc):
                raise
            log.info("booking lost a race for a place; trying again")
        except StaleDataError:
            raise ConflictError() from None
    raise SlotFullError(_next_free_start(db, slot_start))


# --- bookings ----------------------------------------------------------------------------------


def create_booking(
    db: Database,
    slot_start: dt.datetime,
    customer: rules.CustomerInput,
    now: dt.datetime | None = None,
) -> BookingView:
    """Book `slot_start` for the customer; nothing is saved if any rule is broken."""
    moment = _now(now)
    start = sched.to_utc(slot_start)
    clean = rules.clean_customer(customer, load_topics())

    def attempt() -> BookingView:
        with db.unit_of_work() as uow:
            session = uow.session
            _attach_db(session, db)
            schedule = _load_schedule(session)
            slot = _check_slot(schedule, start, moment)
            place = _free_place(session, start, schedule.capacity)
            if place is None:
                raise SlotFullError(_next_free_in(session, schedule, start))
            row = Booking(
                slot_start=start,
                duration_minutes=schedule.slot_minutes,
                place=place,
                status=rules.BOOKED,
                created_at=moment,
                updated_at=moment,
                **_customer_columns(_cipher_of(session), clean),
            )
            session.add(row)
            session.flush()
            view = _view(row, _cipher_of(session))
            uow.commit()
            assert slot.start == view.start
            return view

    return _with_retries(db, start, attempt)


def _next_free_in(session: Session, schedule: Schedule, after: dt.datetime) -> dt.datetime | None:
    found = _free_slots(session, schedule, after, FREE_SLOT_HORIZON_DAYS, 1)
    return found[0].start if found else None


def _get(session: Session, booking_id: int) -> Booking:
    row = session.get(Booking, booking_id)
    if row is None:
        raise NotFoundError()
    return row


def get_booking(db: Database, booking_id: int) -> BookingView:
    with db.unit_of_work() as uow:
        _attach_db(uow.session, db)
        row = _get(uow.session, booking_id)
        return _view(row, _cipher_of(uow.session), _load_schedule(uow.session))


def update_booking(
    db: Database,
    booking_id: int,
    customer: rules.CustomerInput,
    now: dt.datetime | None = None,
) -> BookingView:
    """Change the customer's details, topics and needs (not the time: see `move_booking`)."""
    moment = _now(now)
    clean = rules.clean_customer(customer, load_topics())
    try:
        with db.unit_of_work() as uow:
            session = uow.session
            _attach_db(session, db)
            row = _get(session, booking_id)
            if row.status not in rules.EDITABLE:
                raise ValidationError("not_editable", "status", status=row.status)
            for column, value in _customer_columns(_cipher_of(session), clean).items():
                setattr(row, column, value)
            row.updated_at = moment
            row.purged_at = None
            session.flush()
            view = _view(row, _cipher_of(session), _load_schedule(session))
            uow.commit()
            return view
    except StaleDataError:
        raise ConflictError() from None


def move_booking(
    db: Database, booking_id: int, new_start: dt.datetime, now: dt.datetime | None = None
) -> BookingView:
    """Move a booking to another slot (which must be open, upcoming and have a free place)."""
    moment = _now(now)
    start = sched.to_utc(new_start)

    def attempt() -> BookingView:
        with db.unit_of_work() as uow:
            session = uow.session
            _attach_db(session, db)
            row = _get(session, booking_id)
            if row.status not in rules.MOVABLE:
                raise ValidationError("not_movable", "status", status=row.status)
            schedule = _load_schedule(session)
            _check_slot(schedule, start, moment)
            if row.slot_start != start:
                place = _free_place(session, start, schedule.capacity, exclude=row.id)
                if place is None:
                    raise SlotFullError(_next_free_in(session, schedule, start))
                row.slot_start, row.place = start, place
                row.duration_minutes = schedule.slot_minutes
                row.updated_at = moment
                session.flush()
            view = _view(row, _cipher_of(session), schedule)
            uow.commit()
            return view

    return _with_retries(db, start, attempt)


def set_status(
    db: Database, booking_id: int, status: str, now: dt.datetime | None = None
) -> BookingView:
    """Change a booking's status by the transition table; frees or retakes its place."""
    moment = _now(now)

    def attempt() -> BookingView:
        with db.unit_of_work() as uow:
            session = uow.session
            _attach_db(session, db)
            row = _get(session, booking_id)
            rules.check_transition(row.status, status)
            if status == rules.NO_SHOW and row.slot_start > moment:
                raise ValidationError("no_show_too_early", "status")
            schedule = _load_schedule(session)
            if status in rules.HOLDS_PLACE and row.place is None:
                place = _free_place(session, row.slot_start, schedule.capacity, exclude=row.id)
                if place is None:
                    raise SlotFullError(_next_free_in(session, schedule, moment))
                row.place = place
            elif status not in rules.HOLDS_PLACE:
                row.place = None
            row.status = status
            row.updated_at = moment
            session.flush()
            view = _view(row, _cipher_of(session), schedule)
            uow.commit()
            return view

    with db.unit_of_work() as uow:
        start = _get(uow.session, booking_id).slot_start
    return _with_retries(db, start, attempt)


def mark_arrived(db: Database, booking_id: int, now: dt.datetime | None = None) -> BookingView:
    return set_status(db, booking_id, rules.ARRIVED, now)


def mark_no_show(db: Database, booking_id: int, now: dt.datetime | None = None) -> BookingView:
    """A person marks that the customer did not come (never done automatically)."""
    return set_status(db, booking_id, rules.NO_SHOW, now)


def cancel_booking(db: Database, booking_id: int, now: dt.datetime | None = None) -> BookingView:
    return set_status(db, booking_id, rules.CANCELLED, now)


def mark_done(db: Database, booking_id: int, now: dt.datetime | None = None) -> BookingView:
    """The help session of this booking was logged (called when the help-log form is saved)."""
    current = get_booking(db, booking_id)
    if current.status == rules.DONE:
        return current
    return set_status(db, booking_id, rules.DONE, now)


def mark_done_in(session: Session, booking_id: int, now: dt.datetime) -> bool:
    """`mark_done` inside the caller's transaction (the help-log save, issue 22): True when the
    booking became done; a cancelled, no-show, finished or vanished booking is left as it is."""
    row = session.get(Booking, booking_id)
    if row is None or rules.DONE not in rules.TRANSITIONS.get(row.status, frozenset()):
        return False
    if row.place is None:  # holds no place (should not happen): the normal path finds one
        return False
    row.status = rules.DONE
    row.updated_at = _now(now)
    return True


def prefill_for(booking: BookingView) -> HelpPrefill:
    """What the help-log form starts with for this booking."""
    return HelpPrefill(
        channel=CHANNEL_BOOKED,
        booking_id=booking.id,
        topics=booking.topics,
        language=booking.needs.language,
        started_at=None,
        duration_minutes=booking.duration_minutes,
    )


def start_help(db: Database, booking_id: int, now: dt.datetime | None = None) -> HelpPrefill:
    """Mark the booking in progress and return the prefill for the help-log form."""
    current = get_booking(db, booking_id)
    if current.status != rules.IN_PROGRESS:
        current = set_status(db, booking_id, rules.IN_PROGRESS, now)
    return prefill_for(current)


# --- lists ---------------------------------------------------------------------------------------


def agenda(db: Database, first: dt.date, last: dt.date) -> Agenda:
    """Slots and bookings (all statuses) from `first` to `last`, Helsinki dates, inclusive."""
    begin = sched.wall_clock(first, dt.time(0))
    finish = sched.wall_clock(last + dt.timedelta(days=1), dt.time(0))
    with db.unit_of_work() as uow:
        session = uow.session
        _attach_db(session, db)
        schedule = _load_schedule(session)
        rows = session.scalars(
            select(Booking)
            .where(Booking.slot_start >= begin, Booking.slot_start < finish)
            .order_by(Booking.slot_start, Booking.place.is_(None), Booking.place, Booking.id)
        ).all()
        cipher = _cipher_of(session)
        bookings = tuple(_view(r, cipher, schedule) for r in rows)
    counts: dict[dt.datetime, int] = {}
    for b in bookings:
        if b.place is not None:
            counts[b.start] = counts.get(b.start, 0) + 1
    slots = tuple(
        SlotView(s.start, s.end, schedule.capacity, counts.get(s.start, 0))
        for s in sched.slots_between(schedule, first, last)
    )
    return Agenda(first, last, schedule, slots, bookings)


def day_agenda(db: Database, day: dt.date) -> Agenda:
    return agenda(db, day, day)


def week_agenda(db: Database, any_day: dt.date) -> Agenda:
    monday = sched.week_start(any_day)
    return agenda(db, monday, monday + dt.timedelta(days=6))


def call_list(db: Database, day: dt.date) -> tuple[BookingView, ...]:
    """The day's upcoming bookings (booked or arrived) in time order, with their phone numbers."""
    found = agenda(db, day, day).bookings
    return tuple(b for b in found if b.status in (rules.BOOKED, rules.ARRIVED))


# --- documents -----------------------------------------------------------------------------------


def write_confirmation_slip(db: Database, booking_id: int, folder: Path) -> Path:
    """The booking's confirmation slip as a PDF in `folder`, in the customer's language."""
    from digituki.core.exports.pdf.slip import write_slip
    from digituki.core.services.settings import contact_phone_text, get_site_settings

    booking = get_booking(db, booking_id)
    site = get_site_settings(db)
    place = ", ".join(p for p in (site.site_name, site.municipality) if p)
    return write_slip(
        folder / f"confirmation-{booking.id}.pdf",
        start=booking.start,
        end=booking.end,
        language=booking.needs.language,
        place=place,
        devices=booking.needs.devices,
        where=site.contact_place,
        phone=contact_phone_text(site),
        email=site.contact_email,
    )


def write_call_list_pdf(db: Database, day: dt.date, folder: Path, language: str) -> Path:
    """The day's call list as a PDF in `folder` (phone numbers: keep the folder private)."""
    from digituki.core.exports.pdf.call_list import write_call_list
    from digituki.core.services.settings import contact_phone_text, get_site_settings

    site = get_site_settings(db)
    return write_call_list(
        folder / f"call-list-{day.isoformat()}.pdf",
        day,
        call_list(db, day),
        language,
        point=site.site_name,
        point_phone=contact_phone_text(site),
    )


# --- personal data -------------------------------------------------------------------------------


def purge_personal_data(db: Database, now: dt.datetime | None = None) -> int:
    """Remove names and phones of bookings older than the retention period; the rows stay."""
    from digituki.core.services.settings import get_site_settings

    moment = _now(now)
    cutoff = moment - dt.timedelta(days=get_site_settings(db).retention_days)
    with db.unit_of_work() as uow:
        result = uow.session.execute(
            update(Booking)
            .where(
                Booking.slot_start < cutoff,
                (Booking.name_enc.is_not(None)) | (Booking.phone_enc.is_not(None)),
            )
            .values(name_enc=None, phone_enc=None, purged_at=moment, version=Booking.version + 1)
            .execution_options(synchronize_session=False)
        )
        uow.commit()
    count = int(getattr(result, "rowcount", 0) or 0)
    if count:
        log.info("removed the contact details of %d past bookings", count)
    return count


# --- demo data ---------------------------------------------------------------------------------

_DEMO_FIRST = (
    "Aino", "Eino", "Helmi", "Toivo", "Kerttu", "Veikko", "Sirkka", "Pentti", "Raili", "Erkki",
    "Ulla", "Kalevi", "Marjatta", "Sven", "Gunilla", "Ritva", "Heikki", "Leena", "Arvo", "Elsa",
)  # fmt: skip
_DEMO_LAST = (
    "Esimerkki", "Mallinen", "Kuvitelma", "Testilä", "Keksitty", "Demola", "Harjoitus",
    "Lumeinen", "Sepitelmä", "Näytemäki",
)  # fmt: skip


def _demo_customer(rng: random.Random, topics: Sequence[str]) -> rules.CleanCustomer:
    name = f"{rng.choice(_DEMO_FIRST)} {rng.choice(_DEMO_LAST)}"
    phone = f"+35840000{rng.randrange(10000):04d}"  # 040 000 xxxx: fictional demo numbers
    if rng.random() < 0.15:
        phone_or_none: str | None = None
    else:
        phone_or_none = phone
    language = rng.choices(rules.LANGUAGES, weights=(80, 10, 6, 4))[0]
    devices = tuple(d for d in rules.DEVICES if rng.random() < (0.6 if d == "phone" else 0.15))
    return rules.CleanCustomer(
        name=name,
        phone=phone_or_none,
        topics=tuple(rng.sample(list(topics), rng.choice((1, 1, 1, 2)))),
        needs=rules.Needs(
            language=language,
            interpreter=language == "other" and rng.random() < 0.5,
            hearing=rng.random() < 0.15,
            vision=rng.random() < 0.1,
            devices=devices,
        ),
    )


def generate_demo_bookings(db: Database, rng: random.Random, today: dt.date, months: int) -> int:
    """Demo opening hours (Tue 10–12, Thu 14–17, 45 min, 2 places) and bookings around `today`.

    Past bookings are mostly done, some no-shows and cancellations; upcoming ones are booked. If
    `today` is not an opening day, an extra opening is added today so the desk's day has content.
    Names are invented and phone numbers are fictional (040 000 xxxx).
    """
    now = sched.wall_clock(today, dt.time(12, 0))
    with db.unit_of_work() as uow:
        uow.session.execute(delete(Booking))
        uow.session.execute(delete(OpeningHours))
        uow.session.execute(delete(OpeningException))
        uow.session.execute(delete(BookingSchedule))
        uow.session.add(BookingSchedule(id=1, slot_minutes=45, capacity=2))
        uow.session.add(OpeningHours(weekday=1, start_time=dt.time(10), end_time=dt.time(12)))
        uow.session.add(OpeningHours(weekday=3, start_time=dt.time(14), end_time=dt.time(17)))
        schedule = _load_schedule(uow.session)
        if not sched.openings_on(schedule, today):
            uow.session.add(
                OpeningException(
                    day=today, kind="open", start_time=dt.time(10), end_time=dt.time(14)
                )
            )
        holiday = today + dt.timedelta(days=(1 - today.weekday()) % 7 + 14)  # a Tuesday
        uow.session.add(OpeningException(day=holiday, kind="closed"))
        uow.commit()
    schedule = get_schedule(db)
    cipher = keys.cipher_for(db)
    codes = [t.code for t in load_topics().all_topics()]
    first = today - dt.timedelta(days=30 * months)
    last = today + dt.timedelta(days=21)
    rows: list[dict[str, Any]] = []
    for slot in sched.slots_between(schedule, first, last):
        upcoming = slot.start >= now
        fill = 0.55 if upcoming and slot.start > now + dt.timedelta(days=7) else 0.8
        place = 0
        for _ in range(schedule.capacity):
            if rng.random() > fill:
                continue
            if upcoming:
                status = rules.BOOKED
            elif sched.local_date(slot.start) == today and slot.end > now - dt.timedelta(hours=1):
                status = rng.choice((rules.ARRIVED, rules.DONE))
            else:
                status = rng.choices(
                    (rules.DONE, rules.NO_SHOW, rules.CANCELLED), weights=(85, 8, 7)
                )[0]
            holds = status in rules.HOLDS_PLACE
            if holds:
                place += 1
            created = slot.start - dt.timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 8))
            rows.append(
                {
                    "slot_start": slot.start,
                    "duration_minutes": schedule.slot_minutes,
                    "place": place if holds else None,
                    "status": status,
                    "created_at": created,
                    "updated_at": created,
                    "purged_at": None,
                    "version": 1,
                    **_customer_columns(cipher, _demo_customer(rng, codes)),
                }
            )
    if rows:
        with db.unit_of_work() as uow:
            uow.session.execute(insert(Booking), rows)
            uow.commit()
    purge_personal_data(db, now)
    return len(rows)
