"""What other desks changed: one cheap query whose answer changes when the shared data does.

The UI (ui/refresh.py) asks on a short timer and when the window gets focus; when the answer
differs from the last one, the visible area reloads. Counts catch inserts and deletes, the newest
`updated_at` catches edits (every booking and help-session write sets it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from digituki.core.storage.database import Database

Marker = tuple[object, ...]


def change_marker(db: Database) -> Marker:
    """A fingerprint of bookings, help sessions, opening hours and the slot settings."""
    from sqlalchemy import func, select

    from digituki.core.storage.orm import (
        Booking,
        BookingSchedule,
        HelpSession,
        OpeningException,
        OpeningHours,
        TurnedAway,
    )

    def count(model: type) -> Any:
        return select(func.count()).select_from(model).scalar_subquery()

    query = select(
        count(Booking),
        select(func.max(Booking.updated_at)).scalar_subquery(),
        count(HelpSession),
        select(func.max(HelpSession.updated_at)).scalar_subquery(),
        count(OpeningHours),
        count(OpeningException),
        count(TurnedAway),
        select(
            func.max(BookingSchedule.capacity * 1000 + BookingSchedule.slot_minutes)
        ).scalar_subquery(),
    )
    with db.unit_of_work(read_only=True) as uow:
        return tuple(uow.session.execute(query).one())
