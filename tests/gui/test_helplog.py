"""The Help log area as a volunteer uses it: keyboard-only logging, prefill, list, paper sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox

from digituki.core.domain.helplog import SessionDraft
from digituki.core.domain.prefill import CHANNEL_WALK_IN, HelpPrefill
from digituki.core.services import helplog as service
from digituki.core.services.helplog import SessionFilter

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def stored(window):  # type: ignore[no-untyped-def]
    return service.list_sessions(window.ctx.db)


@pytest.fixture
def helplog(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window(language="en")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    area = window.areas["helplog"]
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    return window, area


def test_walk_in_logged_by_keyboard_only(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    assert window.current_area_key() == "helplog"
    qtbot.waitUntil(lambda: area.form.view.topic_search.hasFocus())
    qtbot.keyClicks(focused(), "omakanta")
    assert area.form.view.topic_results.currentItem().data(Qt.ItemDataRole.UserRole) == (
        "health.omakanta"
    )
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # picks the topic
    assert area.form.view.topic_search.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # one keystroke more: saved with the defaults
    qtbot.waitUntil(lambda: len(stored(window)) == 1, timeout=10_000)
    [row] = stored(window)
    assert row.topics == ("health.omakanta",)
    assert row.support_form == "on_site_walk_in"
    assert row.date == service.local_today()
    assert (row.outcome, row.on_behalf, row.participants) == ("solved", "no", 1)
    assert 1 <= row.duration_minutes <= 480
    qtbot.waitUntil(lambda: "Saved" in area.form.view.status.text())
    assert area.form.view.chosen_topics.count() == 0  # ready for the next customer
    assert area.form.view.undo.isEnabled()


def test_search_in_swedish_and_by_arrow_keys(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    search = area.form.view.topic_search
    search.setFocus()
    qtbot.keyClicks(search, "fullmakt")
    results = area.form.view.topic_results
    codes = [results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(results.count())]
    assert "behalf.power_of_attorney" in codes
    target = codes.index("behalf.power_of_attorney")
    for _ in range(target):
        qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.keyClicks(search, "scam")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.keyClick(search, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: len(stored(window)) == 1, timeout=10_000)
    assert stored(window)[0].topics == ("behalf.power_of_attorney", "security.scams")


def test_save_without_topic_says_so_and_saves_nothing(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    area.form.view.topic_search.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Not saved" in area.form.view.status.text(), timeout=10_000)
    assert "topic" in area.form.view.status.text()
    assert stored(window) == []


def test_bad_duration_and_future_date_are_refused(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    form = area.form
    form._chosen = ["kela.benefits"]
    form.view.duration.setValue(600)
    qtbot.keyClick(form.view.duration, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "between 1 and 480" in form.view.status.text(), timeout=10_000)
    assert form.view.duration.hasFocus()
    form.view.duration.setValue(30)
    tomorrow = service.local_today() + dt.timedelta(days=1)
    form.view.date.setDate(tomorrow)
    qtbot.keyClick(form.view.date, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "future" in form.view.status.text(), timeout=10_000)
    assert stored(window) == []


def test_start_from_a_booking_prefills_the_form_and_saving_marks_it_done(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from digituki.core.domain import booking as booking_rules
    from digituki.core.services import bookings

    window, area = helplog
    db = window.ctx.db
    week_ago = dt.datetime.now(ZoneInfo("Europe/Helsinki")) - dt.timedelta(days=7)
    bookings.update_slot_settings(db, 45, 2, now=week_ago)
    for weekday in range(7):
        bookings.add_weekly_hours(db, weekday, dt.time(8), dt.time(20), now=week_ago)
    slot = (week_ago + dt.timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
    made = bookings.create_booking(
        db,
        slot,
        booking_rules.CustomerInput(
            "Aino", "", ("ident.bank_id",), booking_rules.Needs(language="sv")
        ),
        now=week_ago,
    )
    window.show_area("today")
    window.ctx.start_help(bookings.start_help(db, made.id))
    assert window.current_area_key() == "helplog"
    view = area.form.view
    assert view.support_form.currentData() == "on_site_booked"
    assert view.language.currentData() == "sv"
    assert view.duration.value() == 45
    assert view.chosen_topics.item(0).data(Qt.ItemDataRole.UserRole) == "ident.bank_id"
    assert view.reminders["banking"].isVisibleTo(area.form)  # never handle bank codes
    qtbot.keyClick(view.topic_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored(window)) == 1, timeout=10_000)
    row = stored(window)[0]
    assert (row.booking_id, row.support_form, row.language, row.duration_minutes) == (
        made.id,
        "on_site_booked",
        "sv",
        45,
    )
    # the booking is marked done right after the session is stored (same background job)
    qtbot.waitUntil(lambda: bookings.get_booking(db, made.id).status == "done", timeout=10_000)


def test_start_from_walk_in_with_a_start_time(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    _window, area = helplog
    started = service.utc_now() - dt.timedelta(minutes=25)
    area.start_from(HelpPrefill(channel=CHANNEL_WALK_IN, started_at=started))
    view = area.form.view
    assert view.support_form.currentData() == "on_site_walk_in"
    assert view.duration.value() in (25, 26)  # the running timer fills the duration
    assert view.topic_search.hasFocus()


def test_save_and_log_another_like_this_keeps_values(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    view = area.form.view
    view.topic_search.setFocus()
    qtbot.keyClicks(view.topic_search, "tabletti")
    qtbot.keyClick(view.topic_search, Qt.Key.Key_Return)
    view.support_form.setCurrentIndex(view.support_form.findData("group"))
    view.participants.setValue(8)
    view.age_band.setCurrentIndex(view.age_band.findData("75_84"))
    qtbot.keyClick(view.topic_search, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "same values" in view.status.text(), timeout=10_000)
    assert len(stored(window)) == 1
    assert view.chosen_topics.count() == 1
    assert (view.participants.value(), view.age_band.currentData()) == (8, "75_84")
    qtbot.keyClick(view.topic_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored(window)) == 2, timeout=10_000)
    rows = stored(window)
    assert {(r.topics, r.support_form, r.participants, r.age_band) for r in rows} == {
        (("device.tablet",), "group", 8, "75_84")
    }


def test_undo_last_save(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    view = area.form.view
    area.start_from(HelpPrefill(topics=("tax.omavero",)))
    qtbot.keyClick(view.topic_search, Qt.Key.Key_Return)
    qtbot.waitUntil(view.undo.isEnabled, timeout=10_000)
    assert len(stored(window)) == 1
    qtbot.mouseClick(view.undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(window) == [], timeout=10_000)
    qtbot.waitUntil(lambda: "undone" in view.status.text())
    assert not view.undo.isEnabled()


def test_turned_away_one_click(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    button = area.form.view.turned_buttons["queue_full"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(today 1)" in button.text(), timeout=10_000)
    today = service.local_today()
    assert service.turned_away_counts(window.ctx.db, today, today)["queue_full"] == 1
    qtbot.mouseClick(area.form.view.turned_buttons["out_of_scope"], Qt.MouseButton.LeftButton)
    assert area.form.view.reminders["scope"].isVisibleTo(area.form)


def test_correct_a_session_of_an_exported_month_asks_first(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    db = window.ctx.db
    today = service.local_today()
    result = service.log_session(
        db, SessionDraft(date=today, start_hour=10, topics=("kela.benefits",))
    )
    service.record_month_export(db, service.month_of(today), "monthly_report")
    area.show_tab(area.sessions)
    qtbot.waitUntil(lambda: area.sessions.model.rowCount() == 1, timeout=10_000)
    assert area.sessions.model.row_at(0).exported
    area.sessions.view.table.setFocus()
    area.sessions.view.table.selectRow(0)
    qtbot.keyClick(area.sessions.view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.current_tab() is area.form, timeout=10_000)
    assert "already sent" in area.form.view.editing_text.text()
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(month: str) -> bool:
        asked.append(month)
        return next(answers)

    area.confirm_exported = confirm
    area.form.view.duration.setValue(55)
    window.activateWindow()  # Ctrl+S belongs to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(area.form.view.topic_search, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "Nothing was changed" in area.form.view.status.text(), timeout=10_000)
    assert stored(window)[0].duration_minutes == 20
    qtbot.keyClick(area.form.view.topic_search, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: stored(window)[0].duration_minutes == 55, timeout=10_000)
    assert asked == [service.month_of(today)] * 2
    assert service.exported_months(db)[service.month_of(today)].outdated
    assert stored(window)[0].id == result.session_id


def test_sessions_list_filters_by_topic_group(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    db = window.ctx.db
    today = service.local_today()
    for topic in ("kela.benefits", "health.omakanta", "health.prescriptions"):
        service.log_session(db, SessionDraft(date=today, start_hour=10, topics=(topic,)))
    area.show_tab(area.sessions)
    qtbot.waitUntil(lambda: area.sessions.model.rowCount() == 3, timeout=10_000)
    combo = area.sessions.view.topic
    combo.setCurrentIndex(combo.findData("health"))
    qtbot.waitUntil(lambda: area.sessions.model.rowCount() == 2, timeout=10_000)
    assert "Sessions: 2" in area.sessions.view.summary.text()


def test_paper_sheet_batch_entry(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    area.show_tab(area.paper)
    paper = area.paper
    qtbot.mouseClick(paper.view.add_line, Qt.MouseButton.LeftButton)
    lines = paper.view.lines
    topic: QComboBox = lines.cellWidget(0, 0)
    topic.setCurrentIndex(topic.findData("ident.bank_id"))
    count: QSpinBox = lines.cellWidget(0, 4)
    count.setValue(3)
    qtbot.mouseClick(paper.view.add_line, Qt.MouseButton.LeftButton)
    second: QComboBox = lines.cellWidget(1, 0)
    second.setCurrentIndex(second.findData("device.phone"))
    assert "Customers on the sheet: 4" in paper.view.total.text()
    qtbot.mouseClick(paper.view.save_batch, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(stored(window)) == 4, timeout=10_000)
    topics = sorted(r.topics[0] for r in stored(window))
    assert topics == ["device.phone", "ident.bank_id", "ident.bank_id", "ident.bank_id"]
    qtbot.waitUntil(lambda: lines.rowCount() == 0, timeout=10_000)


def test_paper_sheet_pdf_written(qtbot, helplog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, area = helplog
    area.open_files = False
    target = tmp_path / "sheet.pdf"
    area.paper.write_sheet(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_volunteers_and_hidden_topics(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, area = helplog
    area.show_tab(area.manage)
    manage = area.manage
    manage.view.name.setText("Aino")
    qtbot.mouseClick(manage.view.add_volunteer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: manage.view.volunteers.count() == 1, timeout=10_000)
    form_volunteers = [
        area.form.view.volunteer.itemText(i) for i in range(area.form.view.volunteer.count())
    ]
    assert "Aino" in form_volunteers
    tree = manage.view.topic_tree
    social = tree.topLevelItem(tree.topLevelItemCount() - 2)
    for i in range(social.childCount()):
        social.child(i).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.mouseClick(manage.view.save_topics, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(area.hidden), timeout=10_000)
    assert service.hidden_topics(window.ctx.db) == {"social.getting_started", "social.privacy"}
    found = [t.code for t in area.topics.search("some", "fi", hidden=area.hidden)]
    assert "social.getting_started" not in found and "social.other" in found


def test_finnish_texts_and_accessible_names(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show_area("helplog")
    area = window.areas["helplog"]
    assert area.view.tabs.tabText(0) == "Uusi kirjaus"
    for widget in (
        area.form.view.topic_search,
        area.form.view.duration,
        area.form.view.save,
        *area.form.view.turned_buttons.values(),
    ):
        assert widget.accessibleName()
    assert area.form.view.labels["duration"].buddy() is area.form.view.duration


def test_filter_service_by_day(qtbot, helplog) -> None:  # type: ignore[no-untyped-def]
    window, _area = helplog
    today = service.local_today()
    service.log_session(
        window.ctx.db, SessionDraft(date=today, start_hour=9, topics=("tax.omavero",))
    )
    assert service.count_sessions(window.ctx.db, SessionFilter(day=today)) == 1
