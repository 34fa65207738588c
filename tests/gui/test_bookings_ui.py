"""Today and Bookings as the desk uses them: book by keyboard, move, cancel, no-show, start help."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from digituki.core import clock
from digituki.core.domain import booking as rules
from digituki.core.domain.prefill import CHANNEL_BOOKED, CHANNEL_WALK_IN
from digituki.core.domain.schedule import LOCAL_TZ
from digituki.core.services import bookings as svc


def open_every_day(db: Any) -> None:
    """Hourly slots all day, every day: there is always a started slot and a free one later."""
    svc.update_slot_settings(db, 60, 2)
    for weekday in range(7):
        svc.add_weekly_hours(db, weekday, dt.time(0), dt.time(23, 59))


def started_slot() -> dt.datetime:
    """The start of the slot running now (hourly slots from midnight; pin `desk_clock`)."""
    return clock.now().astimezone(LOCAL_TZ).replace(minute=0, second=0, microsecond=0)


def book(db: Any, start: dt.datetime, name: str = "Aino Esimerkki", **needs: Any) -> Any:
    customer = rules.CustomerInput(
        name=name, phone="040 000 1234", topics=("ident.bank_id",), needs=rules.Needs(**needs)
    )
    return svc.create_booking(db, start, customer, now=start - dt.timedelta(hours=1))


@pytest.fixture(autouse=True)
def _pinned(desk_clock):  # type: ignore[no-untyped-def]
    """Every test here runs at 10:30 on today's date (see conftest.desk_clock)."""
    return desk_clock


@pytest.fixture
def desk(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window(language="en")
    open_every_day(window.ctx.db)
    return window


def show_today(qtbot, window) -> Any:  # type: ignore[no-untyped-def]
    window.show_area("today")
    area = window.areas["today"]
    before = area.loads
    area.activate()
    qtbot.waitUntil(lambda: area.loads > before, timeout=10_000)
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    return area


def select_booking(table, model, booking_id: int) -> None:  # type: ignore[no-untyped-def]
    for row, item in enumerate(model.rows):
        if item.booking is not None and item.booking.id == booking_id:
            table.setCurrentIndex(model.index(row, 0))
            return
    raise AssertionError(f"booking {booking_id} is not listed")


def test_book_on_the_phone_by_keyboard_only(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    area = show_today(qtbot, desk)
    expected = svc.next_free_slot(desk.ctx.db)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: area.dialog is not None and area.dialog.slot.count() > 0)
    dialog = area.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.slot)
    assert dialog.selected_start() == expected.start  # the next free time is proposed

    def type_into_focus(text: str) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def tab() -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    tab()  # → name
    assert QApplication.focusWidget() is dialog.name
    type_into_focus("Eino Esimerkki")
    tab()
    assert QApplication.focusWidget() is dialog.phone
    type_into_focus("040 000 5555")
    before = area.loads
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: area.loads > before, timeout=10_000
    )  # the dialog closed, Today reloaded
    day = svc.agenda(
        desk.ctx.db,
        expected.start.astimezone(LOCAL_TZ).date(),
        expected.start.astimezone(LOCAL_TZ).date(),
    )
    stored = [b for b in day.bookings if b.name == "Eino Esimerkki"]
    assert len(stored) == 1
    assert (stored[0].start, stored[0].phone, stored[0].status) == (
        expected.start,
        "+358400005555",
        "booked",
    )


def test_bad_phone_number_shows_a_message_and_saves_nothing(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    area = show_today(qtbot, desk)
    dialog = area.new_booking()
    qtbot.waitUntil(lambda: dialog.slot.count() > 0)
    dialog.name.setText("Eino")
    dialog.phone.setText("12345")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "phone number" in dialog.message.text()
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.phone
    first = svc.next_free_slot(desk.ctx.db)
    assert first is not None and first.taken == 0  # nothing was saved
    dialog.phone.setText("")
    dialog.name.setText("")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "name or phone" in dialog.message.text(), timeout=10_000)
    dialog.reject()


def test_mark_no_show_from_today(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    made = book(desk.ctx.db, started_slot())
    area = show_today(qtbot, desk)
    select_booking(area.view.table, area.model, made.id)
    assert area.view.actions.no_show.isEnabled()
    before = area.loads
    qtbot.mouseClick(area.view.actions.no_show, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.loads > before, timeout=10_000)
    assert svc.get_booking(desk.ctx.db, made.id).status == "no_show"
    row = next(r for r in area.model.rows if r.booking is not None and r.booking.id == made.id)
    index = area.model.index(area.model.rows.index(row), area.model.columns().index("status"))
    assert area.model.data(index) == "Did not come"  # status in words, not colour


def test_arrived_then_start_help_hands_the_prefill_over(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    made = book(desk.ctx.db, started_slot(), language="sv")
    received: list[Any] = []
    desk.ctx.start_help = received.append
    area = show_today(qtbot, desk)
    select_booking(area.view.table, area.model, made.id)
    before = area.loads
    qtbot.mouseClick(area.view.actions.arrived, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.loads > before, timeout=10_000)
    assert svc.get_booking(desk.ctx.db, made.id).status == "arrived"
    select_booking(area.view.table, area.model, made.id)
    qtbot.mouseClick(area.view.actions.start_help, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(received), timeout=10_000)
    prefill = received[0]
    assert prefill.channel == CHANNEL_BOOKED
    assert prefill.booking_id == made.id
    assert prefill.topics == ("ident.bank_id",)
    assert prefill.language == "sv"
    assert prefill.duration_minutes == 60
    assert svc.get_booking(desk.ctx.db, made.id).status == "in_progress"
    svc.mark_done(desk.ctx.db, made.id)  # what saving the help log does
    assert svc.get_booking(desk.ctx.db, made.id).status == "done"


def test_walk_in_button_starts_help_without_a_booking(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    received: list[Any] = []
    desk.ctx.start_help = received.append
    area = show_today(qtbot, desk)
    qtbot.mouseClick(area.view.walk_in, Qt.MouseButton.LeftButton)
    assert len(received) == 1
    assert (received[0].channel, received[0].booking_id) == (CHANNEL_WALK_IN, None)


def test_walk_in_from_the_real_window_opens_the_help_log(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    area = show_today(qtbot, desk)
    qtbot.mouseClick(area.view.walk_in, Qt.MouseButton.LeftButton)
    assert desk.current_area_key() == "helplog"


def show_week_of(qtbot, window, day: dt.date) -> Any:  # type: ignore[no-untyped-def]
    window.show_area("bookings")
    area = window.areas["bookings"]
    area.monday = day - dt.timedelta(days=day.weekday())
    before = area.week_loads
    area.load_week()
    qtbot.waitUntil(lambda: area.week_loads > before, timeout=10_000)
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    return area


def tomorrow_at(hour: int) -> dt.datetime:
    day = dt.datetime.now(LOCAL_TZ).date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour), tzinfo=LOCAL_TZ)


def test_move_a_booking_in_the_week_view(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    made = book(desk.ctx.db, tomorrow_at(10))
    area = show_week_of(qtbot, desk, tomorrow_at(10).date())
    select_booking(area.view.week_table, area.model, made.id)
    qtbot.mouseClick(area.view.actions.move, Qt.MouseButton.LeftButton)
    dialog = area.view.actions.last_dialog
    qtbot.waitUntil(lambda: dialog.slot.count() > 0, timeout=10_000)
    target = tomorrow_at(14).astimezone(dt.UTC)
    assert dialog.select_start(target)
    before = area.week_loads
    qtbot.keyClick(dialog.slot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.week_loads > before, timeout=10_000)
    moved = svc.get_booking(desk.ctx.db, made.id)
    assert (moved.start, moved.status) == (target, "booked")
    assert "moved" in area.view.week_status.text()


def test_cancel_a_booking_in_the_week_view(qtbot, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    made = book(desk.ctx.db, tomorrow_at(11))
    area = show_week_of(qtbot, desk, tomorrow_at(11).date())
    select_booking(area.view.week_table, area.model, made.id)
    asked: list[str] = []

    def answer_yes(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    before = area.week_loads
    qtbot.mouseClick(area.view.actions.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.week_loads > before, timeout=10_000)
    assert asked and "Cancel the booking" in asked[0]
    cancelled = svc.get_booking(desk.ctx.db, made.id)
    assert (cancelled.status, cancelled.place) == ("cancelled", None)
    # the row stays selected, now cancelled: it cannot be cancelled again
    qtbot.waitUntil(lambda: not area.view.actions.cancel.isEnabled(), timeout=10_000)


def test_enter_on_a_free_time_in_the_week_books_that_time(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    area = show_week_of(qtbot, desk, tomorrow_at(9).date())
    row = next(
        i for i, r in enumerate(area.model.rows) if r.kind == "free" and r.start == tomorrow_at(9)
    )
    area.view.week_table.setFocus()
    area.view.week_table.setCurrentIndex(area.model.index(row, 0))
    qtbot.keyClick(area.view.week_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.dialog is not None and area.dialog.slot.count() > 0)
    assert area.dialog.selected_start() == tomorrow_at(9).astimezone(dt.UTC)
    area.dialog.reject()


def test_changing_opening_hours_lists_the_bookings_to_move(qtbot, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    made = book(desk.ctx.db, tomorrow_at(15))
    area = show_week_of(qtbot, desk, tomorrow_at(15).date())
    area.view.tabs.setCurrentIndex(2)
    hours = area.view.hours
    qtbot.waitUntil(lambda: hours.weekly_list.count() == 7, timeout=10_000)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args[2]))
    hours.exception_day.setDate(tomorrow_at(15).date())
    hours.exception_kind.setCurrentIndex(hours.exception_kind.findData("closed"))
    qtbot.mouseClick(hours.add_exception, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "Aino Esimerkki" in warnings[0]
    assert hours.exception_list.count() == 1
    assert svc.get_booking(desk.ctx.db, made.id).status == "booked"  # kept, to be moved
    area.view.tabs.setCurrentIndex(0)
    qtbot.waitUntil(
        lambda: "outside the opening hours" in area.view.week_notice.text(), timeout=10_000
    )


def test_agenda_and_call_list_models_pass_the_model_tester(qtmodeltester, desk) -> None:  # type: ignore[no-untyped-def]
    from digituki.ui.bookings.model import AgendaModel, CallListModel, agenda_rows

    made = book(desk.ctx.db, tomorrow_at(10))
    day = tomorrow_at(10).date()
    model = AgendaModel(show_day=True)
    model.set_rows(agenda_rows(svc.agenda(desk.ctx.db, day, day)), "en")
    assert any(r.booking is not None and r.booking.id == made.id for r in model.rows)
    qtmodeltester.check(model)
    calls = CallListModel()
    calls.set_rows(list(svc.call_list(desk.ctx.db, day)))
    assert calls.rowCount() == 1
    qtmodeltester.check(calls)
