"""Opening hours → slots: weekly rules, exceptions, the daylight-saving days, capacity fields."""

from __future__ import annotations

import datetime as dt

import pytest

from digituki.core.domain import schedule as sched
from digituki.core.domain.errors import ValidationError
from digituki.core.domain.schedule import ExceptionDay, Schedule, WeeklyHours

HEL = sched.LOCAL_TZ
TUE_THU = (
    WeeklyHours(1, dt.time(10), dt.time(12)),
    WeeklyHours(3, dt.time(14), dt.time(17)),
)


def local_starts(slots: list[sched.Slot]) -> list[str]:
    return [s.local_start.strftime("%H:%M") for s in slots]


def test_weekly_hours_are_cut_into_slots_that_fit() -> None:
    schedule = Schedule(slot_minutes=45, capacity=2, weekly=TUE_THU)
    assert local_starts(sched.slots_on(schedule, dt.date(2026, 11, 24))) == ["10:00", "10:45"]
    assert local_starts(sched.slots_on(schedule, dt.date(2026, 11, 26))) == [
        "14:00",
        "14:45",
        "15:30",
        "16:15",
    ]
    assert sched.slots_on(schedule, dt.date(2026, 11, 25)) == []  # Wednesday: closed


def test_slot_length_changes_the_slots() -> None:
    schedule = Schedule(slot_minutes=60, weekly=TUE_THU)
    assert local_starts(sched.slots_on(schedule, dt.date(2026, 11, 24))) == ["10:00", "11:00"]
    schedule = Schedule(slot_minutes=120, weekly=TUE_THU)
    assert local_starts(sched.slots_on(schedule, dt.date(2026, 11, 26))) == ["14:00"]


def test_closed_exception_removes_the_days_hours() -> None:
    holiday = dt.date(2026, 12, 8)  # a Tuesday
    schedule = Schedule(weekly=TUE_THU, exceptions=(ExceptionDay(holiday, "closed"),))
    assert sched.slots_on(schedule, holiday) == []
    assert len(sched.slots_on(schedule, holiday + dt.timedelta(days=7))) == 2


def test_extra_opening_adds_hours_and_closed_plus_open_gives_other_hours() -> None:
    wednesday, tuesday = dt.date(2026, 11, 25), dt.date(2026, 11, 24)
    schedule = Schedule(
        weekly=TUE_THU,
        exceptions=(
            ExceptionDay(wednesday, "open", dt.time(9), dt.time(10, 30)),
            ExceptionDay(tuesday, "closed"),
            ExceptionDay(tuesday, "open", dt.time(13), dt.time(14, 30)),
        ),
    )
    assert local_starts(sched.slots_on(schedule, wednesday)) == ["09:00", "09:45"]
    assert local_starts(sched.slots_on(schedule, tuesday)) == ["13:00", "13:45"]


def test_slots_are_stored_in_utc_and_shown_in_helsinki_time_across_dst() -> None:
    sundays = (WeeklyHours(6, dt.time(10), dt.time(12)),)
    schedule = Schedule(slot_minutes=60, weekly=sundays)
    spring_before, spring_day = dt.date(2026, 3, 22), dt.date(2026, 3, 29)
    autumn_day, autumn_after = dt.date(2026, 10, 25), dt.date(2026, 11, 1)
    assert spring_day.weekday() == autumn_day.weekday() == 6
    utc_hours = {
        day: [s.start.hour for s in sched.slots_on(schedule, day)]
        for day in (spring_before, spring_day, autumn_day, autumn_after)
    }
    assert utc_hours[spring_before] == [8, 9]  # EET, UTC+2
    assert utc_hours[spring_day] == [7, 8]  # EEST from 03:00 that night, UTC+3
    assert utc_hours[autumn_day] == [8, 9]  # back to EET at 04:00 that night
    assert utc_hours[autumn_after] == [8, 9]
    for day in utc_hours:
        assert local_starts(sched.slots_on(schedule, day)) == ["10:00", "11:00"]
        assert all(s.start.tzinfo is dt.UTC for s in sched.slots_on(schedule, day))


def test_opening_over_the_dst_change_has_real_length_slots() -> None:
    """A night opening 02–05 on the change days: slots last 60 real minutes, none at a time that
    does not exist (spring) and the repeated hour is not lost (autumn)."""
    nights = (WeeklyHours(6, dt.time(2), dt.time(5)),)
    schedule = Schedule(slot_minutes=60, weekly=nights)
    spring = sched.slots_on(schedule, dt.date(2026, 3, 29))
    assert local_starts(spring) == ["02:00", "04:00"]  # 03:00–04:00 does not exist
    autumn = sched.slots_on(schedule, dt.date(2026, 10, 25))
    assert len(autumn) == 4  # 02–05 is four real hours that night
    for slots in (spring, autumn):
        assert all(s.end - s.start == dt.timedelta(hours=1) for s in slots)
        assert len({s.start for s in slots}) == len(slots)


def test_find_slot_only_for_real_slot_starts() -> None:
    schedule = Schedule(slot_minutes=45, weekly=TUE_THU)
    start = dt.datetime(2026, 11, 24, 10, 45, tzinfo=HEL)
    assert sched.find_slot(schedule, start) is not None
    assert sched.find_slot(schedule, start + dt.timedelta(minutes=5)) is None
    assert sched.find_slot(schedule, dt.datetime(2026, 11, 25, 10, tzinfo=HEL)) is None


@pytest.mark.parametrize(("minutes", "capacity"), [(10, 2), (121, 2), (45, 0), (45, 21)])
def test_slot_length_and_capacity_are_limited(minutes: int, capacity: int) -> None:
    with pytest.raises(ValidationError) as info:
        sched.validate_settings(minutes, capacity)
    assert info.value.message_code == "out_of_range"


def test_end_must_be_after_start() -> None:
    with pytest.raises(ValidationError) as info:
        sched.validate_hours(dt.time(12), dt.time(10))
    assert info.value.message_code == "time_order"
