"""Issue 23, the desk under real use: nothing changes or vanishes by accident.

Each test is named after the numbered finding of the issue it guards against."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from digituki.core.services import helplog as service

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(window):  # type: ignore[no-untyped-def]
    return service.list_sessions(window.ctx.db)


@pytest.fixture
def helplog(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window(language="en")
    window.resize(1280, 800)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    area = window.areas["helplog"]
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    return window, area


def scroll_area_around(widget):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def wheel(widget, steps: int = -3) -> None:  # type: ignore[no-untyped-def]
    """Turn the wheel `steps` notches (negative: towards the user, i.e. scroll down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_1_scroll_wheel_over_a_box_scrolls_the_page_and_changes_nothing(qtbot, helplog):  # type: ignore[no-untyped-def]
    window, area = helplog
    v = area.form.view
    v.topic_search.setFocus()
    window.resize(900, 400)  # the form is taller than the window: the page can scroll
    page = scroll_area_around(v.duration)
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0, timeout=2000)
    before = (v.language.currentIndex(), v.duration.value(), v.age_band.currentIndex())
    for box in (v.language, v.duration, v.age_band, v.start_hour):
        wheel(box, -3)
        wheel(box.lineEdit() if box.lineEdit() is not None else box, -3)
        assert not box.hasFocus()  # the wheel does not take the focus either
    assert (v.language.currentIndex(), v.duration.value(), v.age_band.currentIndex()) == before
    assert page.verticalScrollBar().value() > 0  # the page scrolled instead
    # a box the user clicked or tabbed into still follows the wheel
    v.duration.setFocus()
    value = v.duration.value()
    wheel(v.duration, 2)
    assert v.duration.value() == value + 2


def focused():  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_2_duration_counts_from_the_sessions_own_start_not_the_last_save(
    qtbot, helplog, monkeypatch
):  # type: ignore[no-untyped-def]
    import datetime as dt

    window, area = helplog
    v = area.form.view
    now = [service.utc_now()]
    monkeypatch.setattr(service, "utc_now", lambda: now[0])
    area.form.reset()
    # a first session, saved
    v.topic_search.setFocus()
    qtbot.keyClicks(focused(), "omakanta")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    now[0] += dt.timedelta(minutes=12)
    area.form._update_timer()
    assert v.duration.value() == 12
    assert "12 min" in v.duration_hint.text()  # visible right above Save
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored(window)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Saved" in v.status.text(), timeout=10_000)
    # an hour's gap with nobody at the desk: the next session does not count it
    now[0] += dt.timedelta(minutes=63)
    area.form._update_timer()
    assert "first key" in v.timer_text.text()
    qtbot.keyClicks(focused(), "scam")  # the next customer's first key starts the timer
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    now[0] += dt.timedelta(minutes=7)
    area.form._update_timer()
    assert "7 min" in v.duration_hint.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored(window)) == 2, timeout=10_000)
    assert sorted(row.duration_minutes for row in stored(window)) == [7, 12]


def answer_next_question(qtbot, button_name: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click `button_name` in the next unsaved-input question (its text goes to `seen`)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, click)


def test_3_unsaved_topic_asks_before_quitting_and_comes_back_as_a_draft(
    qtbot, make_window, helplog
):  # type: ignore[no-untyped-def]
    window, area = helplog
    v = area.form.view
    v.topic_search.setFocus()
    qtbot.keyClicks(focused(), "omakanta")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # chosen, not saved
    seen: list[str] = []
    answer_next_question(qtbot, "goBackButton", seen)
    window.quit_action.trigger()  # Quit (Ctrl+Q) asks
    assert seen and "not been saved" in seen[0]
    assert window.isVisible()  # "Go back" kept the window and the topic
    assert v.chosen_topics.count() == 1
    answer_next_question(qtbot, "keepButton", seen)
    window.quit()
    assert not window.isVisible()
    assert stored(window) == []  # kept as a draft, not saved as a session
    again = make_window()
    form = again.areas["helplog"].form
    assert form.draft().topics == ("health.omakanta",)
    assert "not saved when Digituki closed" in form.view.status.text()
    assert not area.draft_path.exists()  # back once, not at every start
    form.reset()


def test_3_escape_in_the_booking_dialog_asks_before_the_name_and_phone_are_lost(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window(language="en")
    from tests.gui.test_bookings_ui import open_every_day

    open_every_day(window.ctx.db)
    window.show_area("today")
    today = window.areas["today"]
    dialog = today.new_booking()
    qtbot.waitUntil(lambda: dialog.slot.count() > 0, timeout=10_000)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Eino Esimerkki")
    seen: list[str] = []
    answer_next_question(qtbot, "goBackButton", seen)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert seen and "not been saved" in seen[0]
    assert dialog.isVisible() and dialog.name.text() == "Eino Esimerkki"
    answer_next_question(qtbot, "discardButton", seen)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_4_booking_typed_as_name_tab_phone_tab_omakanta_enter_enter(qtbot, make_window, desk_clock):  # type: ignore[no-untyped-def]
    from digituki.core.domain.schedule import LOCAL_TZ
    from digituki.core.services import bookings as svc
    from tests.gui.test_bookings_ui import open_every_day

    window = make_window(language="en")
    open_every_day(window.ctx.db)
    window.show_area("today")
    today = window.areas["today"]
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: today.dialog is not None and today.dialog.slot.count() > 0)
    dialog = today.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.slot)
    expected = dialog.selected_start()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Eino Esimerkki")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "040 000 5555")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.topic_filter
    qtbot.keyClicks(focused(), "omakanta")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # ticks the topic, does not book yet
    assert dialog.isVisible()
    assert "ticked" in dialog.message.text()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the second Enter books
    day = expected.astimezone(LOCAL_TZ).date()
    bookings = svc.agenda(window.ctx.db, day, day).bookings
    [booking] = [b for b in bookings if b.name == "Eino Esimerkki"]
    assert booking.topics == ("health.omakanta",)
    # the confirmation is in view: beside the table and in the status bar
    qtbot.waitUntil(lambda: "Booked" in window.statusBar().currentMessage(), timeout=5000)
    assert "Booked" in today.view.status.text()


def test_6_customer_language_follows_the_point_not_the_ui_and_behalf_topics_set_behalf(
    qtbot, make_window
):  # type: ignore[no-untyped-def]
    window = make_window(language="sv")  # the UI was Swedish last time
    area = window.areas["helplog"]
    settings = window.areas["settings"]
    combo = settings.view.language
    window.show_area("settings")
    combo.setCurrentIndex(combo.findData("fi"))  # now Finnish again
    qtbot.waitUntil(lambda: window.ctx.local_settings.load().language == "fi")
    window.show_area("helplog")
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    area.form.reset()
    assert area.form.view.language.currentData() == "fi"  # not "ruotsi"
    assert area.paper.view.language.currentData() == "fi"
    # a Swedish-speaking point says so once, in Settings: both forms follow
    window.show_area("settings")
    qtbot.waitUntil(lambda: settings.view.customer_language.isVisible())
    settings.view.customer_language.setCurrentIndex(settings.view.customer_language.findData("sv"))
    settings.view.save_point.click()
    qtbot.waitUntil(lambda: "tallennettu" in settings.view.status.text(), timeout=10_000)
    window.show_area("helplog")
    qtbot.waitUntil(lambda: area.customer_language == "sv", timeout=10_000)
    assert area.form.view.language.currentData() == "sv"
    assert area.paper.view.language.currentData() == "sv"
    # a topic of the "acting on someone's behalf" group says so; the user can still change it
    form = area.form
    form.view.topic_search.setFocus()
    qtbot.keyClicks(form.view.topic_search, "valtuudet")
    codes = [
        form.view.topic_results.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(form.view.topic_results.count())
    ]
    form.view.topic_results.setCurrentRow(codes.index("behalf.suomifi_authorization"))
    qtbot.keyClick(form.view.topic_search, Qt.Key.Key_Return)
    assert form.view.on_behalf.currentData() == "suomifi_authorization"
    form.view.on_behalf.setCurrentIndex(form.view.on_behalf.findData("no"))
    assert form.draft().on_behalf == "no"
    form.reset()


def test_7_undo_last_save_is_in_the_actions_menu_with_ctrl_shift_z(qtbot, helplog):  # type: ignore[no-untyped-def]
    window, area = helplog
    undo = window.actions_menu.undo_save
    assert undo in window.actions_menu.menu.actions()
    assert not undo.isEnabled()  # nothing saved yet
    v = area.form.view
    v.topic_search.setFocus()
    qtbot.keyClicks(focused(), "omakanta")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: undo.isEnabled(), timeout=10_000)
    window.show_area("guides")  # from any area, no Tabbing to the button
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: stored(window) == [], timeout=10_000)
    qtbot.waitUntil(lambda: "undone" in window.statusBar().currentMessage(), timeout=5000)
    assert window.current_area_key() == "helplog"
    assert not undo.isEnabled()


def test_13_slip_without_a_pdf_viewer_says_so_and_offers_save_as(
    qtbot, make_window, monkeypatch, tmp_path
):  # type: ignore[no-untyped-def]
    from digituki.ui.bookings import common

    window = make_window(language="en")
    pdf = tmp_path / "made" / "slip.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"%PDF-1.4 test")
    monkeypatch.setattr(common, "open_file", lambda path: False)  # a bare desktop: no viewer
    target = tmp_path / "kept.pdf"
    monkeypatch.setattr(common, "save_pdf_as", lambda parent, path: target)
    seen: list[str] = []
    answer_next_question(qtbot, "saveAsButton", seen)
    assert common.show_pdf(window.areas["today"], pdf)
    assert seen and "no program that opens PDF files" in seen[0]
    assert target.read_bytes() == b"%PDF-1.4 test"
    assert str(target) in window.statusBar().currentMessage()
