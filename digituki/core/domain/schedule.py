"""Opening hours and slots: pure rules, no I/O.

The point's opening hours are weekly rules (weekday, start, end in Helsinki wall-clock time) and
exceptions for single dates:

- a *closed* exception removes that date's weekly hours (a holiday);
- an *open* exception adds hours on that date (an extra opening). "Different hours on one day" is
  a closed exception plus an open one for the same date.

Slots are cut from each opening from its start, every `slot_minutes` of real (elapsed) time, and a
slot must end by the opening's end. Times are computed in UTC from the wall-clock start and end,
so on the daylight-saving days (Europe/Helsinki: last Sunday of March and of October) slots last
exactly `slot_minutes` and never start at a wall-clock time that does not exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from digituki.core.domain.errors import ValidationError

LOCAL_TZ = ZoneInfo("Europe/Helsinki")
UTC = dt.UTC

SLOT_MINUTES_MIN, SLOT_MINUTES_MAX = 15, 120
CAPACITY_MIN, CAPACITY_MAX = 1, 20
EXCEPTION_CLOSED = "closed"
EXCEPTION_OPEN = "open"
EXCEPTION_KINDS = (EXCEPTION_CLOSED, EXCEPTION_OPEN)


@dataclass(frozen=True)
class WeeklyHours:
    weekday: int  # 0 = Monday … 6 = Sunday
    start: dt.time
    end: dt.time
    id: int | None = None


@dataclass(frozen=True)
class ExceptionDay:
    day: dt.date
    kind: str  # EXCEPTION_CLOSED or EXCEPTION_OPEN
    start: dt.time | None = None
    end: dt.time | None = None
    id: int | None = None


@dataclass(frozen=True)
class Schedule:
    slot_minutes: int = 45
    capacity: int = 2
    weekly: tuple[WeeklyHours, ...] = ()
    exceptions: tuple[ExceptionDay, ...] = ()


@dataclass(frozen=True)
class Slot:
    start: dt.datetime  # UTC, aware
    end: dt.datetime  # UTC, aware

    @property
    def local_start(self) -> dt.datetime:
        return self.start.astimezone(LOCAL_TZ)

    @property
    def local_end(self) -> dt.datetime:
        return self.end.astimezone(LOCAL_TZ)


def to_utc(value: dt.datetime) -> dt.datetime:
    """An aware datetime in UTC; naive values are refused (they are a bug, not user input)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    return value.astimezone(UTC)


def local_date(value: dt.datetime) -> dt.date:
    """The Helsinki calendar date of an aware instant."""
    return value.astimezone(LOCAL_TZ).date()


def wall_clock(day: dt.date, time: dt.time) -> dt.datetime:
    """The UTC instant of a Helsinki wall-clock time (non-existent times move forward)."""
    return dt.datetime.combine(day, time, tzinfo=LOCAL_TZ).astimezone(UTC)


def validate_hours(start: dt.time, end: dt.time) -> None:
    if end <= start:
        raise ValidationError("time_order", "end")


def validate_settings(slot_minutes: int, capacity: int) -> None:
    if not SLOT_MINUTES_MIN <= slot_minutes <= SLOT_MINUTES_MAX:
        raise ValidationError(
            "out_of_range", "slot_minutes", low=SLOT_MINUTES_MIN, high=SLOT_MINUTES_MAX
        )
    if not CAPACITY_MIN <= capacity <= CAPACITY_MAX:
        raise ValidationError("out_of_range", "capacity", low=CAPACITY_MIN, high=CAPACITY_MAX)


def openings_on(schedule: Schedule, day: dt.date) -> list[tuple[dt.time, dt.time]]:
    """The wall-clock opening periods of `day`, earliest first."""
    todays = [e for e in schedule.exceptions if e.day == day]
    periods: list[tuple[dt.time, dt.time]] = []
    if not any(e.kind == EXCEPTION_CLOSED for e in todays):
        periods += [(w.start, w.end) for w in schedule.weekly if w.weekday == day.weekday()]
    periods += [
        (e.start, e.end)
        for e in todays
        if e.kind == EXCEPTION_OPEN and e.start is not None and e.end is not None
    ]
    return sorted(set(periods))


def slots_on(schedule: Schedule, day: dt.date) -> list[Slot]:
    """All slots of `day` (Helsinki date), in time order, without duplicates."""
    length = dt.timedelta(minutes=schedule.slot_minutes)
    starts: dict[dt.datetime, Slot] = {}
    for start, end in openings_on(schedule, day):
        begin, finish = wall_clock(day, start), wall_clock(day, end)
        current = begin
        while current + length <= finish:
            starts.setdefault(current, Slot(current, current + length))
            current += length
    return [starts[key] for key in sorted(starts)]


def days(first: dt.date, count: int) -> Iterator[dt.date]:
    for offset in range(count):
        yield first + dt.timedelta(days=offset)


def slots_between(schedule: Schedule, first: dt.date, last: dt.date) -> list[Slot]:
    """All slots from `first` to `last` (both Helsinki dates, inclusive)."""
    out: list[Slot] = []
    for day in days(first, (last - first).days + 1):
        out += slots_on(schedule, day)
    return out


def find_slot(schedule: Schedule, start: dt.datetime) -> Slot | None:
    """The slot starting at `start`, or None if the point is not open for a slot then."""
    start = to_utc(start)
    for slot in slots_on(schedule, local_date(start)):
        if slot.start == start:
            return slot
    return None


def week_start(day: dt.date) -> dt.date:
    """Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def slot_starts(slots: Iterable[Slot]) -> frozenset[dt.datetime]:
    return frozenset(slot.start for slot in slots)
