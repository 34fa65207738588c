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
    customer = booking_rules.CustomerInput(
        "Aino", "", ("security.scams",), booking_rules.Needs(language="sv")
    )
    bookings.create_booking(db, slot.start, customer, now=now)
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
    # The customer asked for Swedish: the guides are the Swedish versions, marked as such.
    qtbot.waitUntil(
        lambda: any("bluff" in linked.item(i).text().lower() for i in range(linked.count())),
        timeout=10_000,
    )
    assert all("(svenska)" in linked.item(i).text() for i in range(linked.count()))


def test_help_log_guides_and_handout_follow_the_customers_language(
    qtbot, make_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import base64
    import contextlib
    import re
    import zlib

    window = make_window(language="fi")
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    form = window.areas["helplog"].form
    v = form.view
    qtbot.waitUntil(lambda: v.topic_search.hasFocus())
    qtbot.keyClicks(v.topic_search, "omakanta")
    qtbot.waitUntil(lambda: v.topic_results.count() > 0)
    qtbot.keyClick(v.topic_search, Qt.Key.Key_Return)
    linked = form.linked_guides

    def titles() -> list[str]:
        return [linked.list.item(i).text() for i in range(linked.list.count())]

    qtbot.waitUntil(lambda: any("OmaKanna" in t for t in titles()), timeout=10_000)
    v.language.setCurrentIndex(v.language.findData("en"))  # the customer is served in English
    qtbot.waitUntil(lambda: any("MyKanta" in t for t in titles()), timeout=10_000)
    assert not any("OmaKanna" in t for t in titles())
    linked.open_guide(linked.guide_ids()[0])
    dialog = linked.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.panel.detail is not None, timeout=10_000)
    assert dialog.panel.detail.guide.language == "en"
    pdf = tmp_path / "handout.pdf"
    dialog.panel.save_pdf_to(pdf)
    qtbot.waitUntil(pdf.exists, timeout=10_000)
    text = b""
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", pdf.read_bytes(), re.S):
        with contextlib.suppress(ValueError, zlib.error):
            text += zlib.decompress(base64.a85decode(raw.strip().removesuffix(b"~>")))
    assert b"Reviewed" in text and b"Tarkistettu" not in text
    dialog.close()
