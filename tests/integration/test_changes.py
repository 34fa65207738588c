"""The cheap change check other desks' screens rely on (services/changes.py)."""

from __future__ import annotations

import datetime as dt

from digituki.core.domain import booking as rules
from digituki.core.domain.helplog import SessionDraft
from digituki.core.domain.schedule import LOCAL_TZ
from digituki.core.services import bookings as svc
from digituki.core.services import helplog
from digituki.core.services.changes import change_marker
from digituki.core.storage.database import Database

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=LOCAL_TZ)
TUE_10 = dt.datetime(2026, 11, 24, 10, 0, tzinfo=LOCAL_TZ)


def test_every_kind_of_shared_change_moves_the_marker(db: Database) -> None:
    seen = [change_marker(db)]

    def changed() -> bool:
        marker = change_marker(db)
        moved = marker != seen[-1]
        seen.append(marker)
        return moved

    assert not changed()  # reading changes nothing
    svc.update_slot_settings(db, 45, 2, now=NOW)
    assert changed()
    svc.add_weekly_hours(db, 1, dt.time(10), dt.time(12), now=NOW)
    assert changed()
    made = svc.create_booking(db, TUE_10, rules.CustomerInput("Aino", "0401234567"), now=NOW)
    assert changed()
    svc.cancel_booking(db, made.id, now=NOW + dt.timedelta(minutes=1))
    assert changed()
    helplog.log_session(db, SessionDraft(date=NOW.date(), start_hour=10, topics=("device.phone",)))
    assert changed()
    assert not changed()
