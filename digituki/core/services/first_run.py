"""The first start of a real point: is the guided set-up needed, the default week, done.

The set-up is offered once, on an empty database: no point name yet, no bookings, no help log,
not a demo point, and not finished or skipped before (site setting `setup_done`, so every desk
sharing the database sees it as done).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from digituki.core.services import settings as settings_service

if TYPE_CHECKING:
    from digituki.core.storage.database import Database


@dataclass(frozen=True)
class OpeningDay:
    weekday: int  # 0 = Monday
    open: bool
    start: dt.time
    end: dt.time


# A sensible first week for a library desk: a morning and an afternoon, editable.
DEFAULT_WEEK: tuple[OpeningDay, ...] = (
    OpeningDay(0, False, dt.time(10), dt.time(13)),
    OpeningDay(1, True, dt.time(10), dt.time(13)),
    OpeningDay(2, False, dt.time(10), dt.time(13)),
    OpeningDay(3, True, dt.time(13), dt.time(16)),
    OpeningDay(4, False, dt.time(10), dt.time(13)),
    OpeningDay(5, False, dt.time(10), dt.time(13)),
    OpeningDay(6, False, dt.time(10), dt.time(13)),
)


def setup_needed(db: Database) -> bool:
    """True when the first-run set-up should be offered on this database."""
    from sqlalchemy import func, select

    from digituki.core.storage.orm import Booking, HelpSession, OpeningHours

    if db.read_only:
        return False
    site = settings_service.get_site_settings(db)
    if site.demo or site.setup_done or site.site_name:
        return False
    with db.unit_of_work() as uow:
        for table in (Booking, HelpSession, OpeningHours):
            if uow.session.execute(select(func.count()).select_from(table)).scalar_one():
                return False
    return True


def save_opening_week(db: Database, week: tuple[OpeningDay, ...] | list[OpeningDay]) -> int:
    """Open the point on the chosen days (added to any hours already set); returns how many."""
    from digituki.core.services import bookings

    chosen = [day for day in week if day.open]
    from digituki.core.domain import schedule

    for day in chosen:  # validated first: a bad row changes nothing
        schedule.validate_hours(day.start, day.end)
    for day in chosen:
        bookings.add_weekly_hours(db, day.weekday, day.start, day.end)
    return len(chosen)


def finish_setup(db: Database) -> None:
    """The set-up was finished or skipped: it is not offered again (Settings has every step)."""
    settings_service.mark_setup_done(db)
