"""Guides for the chosen topics, one click away from the help-log form and from a booking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def test_help_log_form_lists_guides_for_the_chosen_topic(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language="fi")
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    form = window.areas["helplog"].form
    qtbot.waitUntil(lambda: form.view.topic_search.hasFocus())
    qtbot.keyClicks(form.view.topic_search, "omakanta")
    qtbot.waitUntil(lambda: form.view.topic_results.count() > 0)
    qtbot.keyClick(form.view.topic_search, Qt.Key.Key_Return)  # picks the topic
    linked = form.linked_guides.list

    def titles() -> list[str]:
        return [linked.item(i).text() for i in range(linked.count())]

    # "Reseptin uusiminen OmaKannassa" …
    qtbot.waitUntil(lambda: any("OmaKanna" in t for t in titles()), timeout=10_000)
    qtbot.mouseClick(
        linked.viewport(),
        Qt.MouseButton.LeftButton,
        pos=linked.visualItemRect(linked.item(0)).center(),
    )
    qtbot.waitUntil(lambda: bool(form.linked_guides.dialogs), timeout=10_000)  # opened in one click


def test_selected_booking_in_today_shows_its_guides(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from digituki.core.domain import booking as booking_rules
    from digituki.core.services import bookings

    window = make_window(language="fi")
    db = window.ctx.db
    now = dt.datetime.now(ZoneInfo("Europe/Helsinki"))
    bookings.update_slot_settings(db, 30, 2, now=now)
    for weekday in range(7):
        bookings.add_weekly_hours(db, weekday, dt.time(0), dt.time(23, 30), now=now)
    slot = bookings.next_free_slot(db, now=now)
    assert slot is not None
    if slot.start.astimezone(ZoneInfo("Europe/Helsinki")).date() != now.date():
        return  # only just before midnight: no slot left today to show in Today
    bookings.create_booking(
        db, slot.start, booking_rules.CustomerInput("Aino", "", ("security.scams",)), now=now
    )
    window.show_area("bookings")
    window.show_area("today")
    today = window.areas["today"]
    qtbot.waitUntil(lambda: today.model.rowCount() > 0, timeout=10_000)
    for row in range(today.model.rowCount()):
        item = today.model.row_at(row)
        if item is not None and getattr(item, "booking", None) is not None:
            today.view.table.setCurrentIndex(today.model.index(row, 0))
            break
    linked = today.view.guides.list
    qtbot.waitUntil(
        lambda: any("huijaus" in linked.item(i).text().lower() for i in range(linked.count())),
        timeout=10_000,
    )
