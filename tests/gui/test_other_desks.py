"""Other desks' changes show up without a restart (ui/refresh.py), and an unreachable shared
database is said plainly in the status bar."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from digituki.core import clock
from digituki.core.domain import booking as rules
from digituki.core.services import bookings as svc
from digituki.core.storage.database import Database


@pytest.fixture(autouse=True)
def _pinned(desk_clock):  # type: ignore[no-untyped-def]
    return desk_clock


def names_on_today(area: Any) -> list[str]:
    return [r.booking.name for r in area.model.rows if r.booking is not None]


def test_a_booking_made_at_another_desk_appears_on_today(qtbot: Any, make_window: Any) -> None:
    window = make_window(language="en")
    db = window.ctx.db
    svc.update_slot_settings(db, 45, 2)
    for weekday in range(7):
        svc.add_weekly_hours(db, weekday, dt.time(8), dt.time(20))
    window.show_area("today")
    area = window.areas["today"]
    watcher = window.change_watcher
    watcher.check()
    qtbot.waitUntil(
        lambda: watcher.last is not None and not window.ctx.runner.busy(), timeout=10_000
    )
    before = watcher.reloads
    watcher.check()  # nothing changed: no reload
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    assert watcher.reloads == before

    other = Database.open_file(window.ctx.paths.database)  # the second desk on the same data
    try:
        slot = svc.free_slots(other, clock.now(), limit=1)[0]
        svc.create_booking(other, slot.start, rules.CustomerInput("Toinen Tiski", "0401234567"))
    finally:
        other.close()
    loads = area.loads
    watcher.check()
    qtbot.waitUntil(lambda: area.loads > loads, timeout=10_000)
    assert watcher.reloads == before + 1
    assert "Toinen Tiski" in names_on_today(area)


def test_an_unreachable_shared_database_is_said_once_and_its_return_too(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from digituki.core.services import changes

    window = make_window(language="en")
    watcher = window.change_watcher
    original = changes.change_marker

    def unreachable(_db: Any) -> Any:
        raise ConnectionError("no route to host")

    monkeypatch.setattr(changes, "change_marker", unreachable)
    watcher.check()
    qtbot.waitUntil(lambda: watcher.offline, timeout=10_000)
    assert "cannot be reached" in window.statusBar().currentMessage()
    monkeypatch.setattr(changes, "change_marker", original)
    watcher.check()
    qtbot.waitUntil(lambda: not watcher.offline, timeout=10_000)
    assert "back" in window.statusBar().currentMessage()
