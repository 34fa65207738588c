"""Frequent actions have keyboard shortcuts, shown in the Actions menu, working from any area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_actions_menu_lists_the_frequent_actions_with_their_shortcuts(make_window) -> None:
    window = make_window("fi")
    menu = window.actions_menu.menu
    assert menu.title().replace("&", "") == "Toiminnot"
    commands = [a for a in menu.actions() if not a.isSeparator()]
    shown = {a.text().replace("&", ""): a.shortcut().toString() for a in commands}
    assert shown == {
        "Uusi varaus": "Ctrl+N",
        "Asiakas ilman ajanvarausta": "Ctrl+Shift+N",
        "Kirjaa tukikerta": "Ctrl+L",
        "Etsi ohjeita": "Ctrl+F",
        "Peru viimeisin tallennus": "Ctrl+Shift+Z",  # issue 23, item 7
    }
    for action in commands:
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in (
            action.toolTip()
        )
    native = QKeySequence.SequenceFormat.NativeText  # Finnish: Ctrl+Vaihto+N
    walk_in = QKeySequence("Ctrl+Shift+N").toString(native)
    assert walk_in in window.areas["today"].view.walk_in.toolTip()
    assert "Ctrl+N" in window.areas["bookings"].view.new_booking.toolTip()


def test_no_two_commands_share_a_shortcut(make_window) -> None:
    window = make_window("fi")
    seen: dict[str, str] = {}
    clashes = []
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            text = keys.toString()
            if text in seen:
                clashes.append(f"{text}: {seen[text]} / {action.text()}")
            seen[text] = action.text()
    for spec_key, area in window.areas.items():
        for shortcut in area.findChildren(QShortcut):
            text = shortcut.key().toString()
            if text in seen:
                clashes.append(f"{text}: {seen[text]} / {spec_key} area")
    assert clashes == []


def test_ctrl_n_books_from_any_area_and_escape_closes_the_form(make_window, qtbot) -> None:
    window = make_window("fi")
    window.show_area("guides")
    window.activateWindow()  # the Actions keys belong to the active main window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.current_area_key() == "bookings"
    area = window.areas["bookings"]
    qtbot.waitUntil(lambda: area.dialog is not None and area.dialog.isVisible())
    dialog = area.dialog
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected

    window.show_area("today")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    today = window.areas["today"]
    qtbot.waitUntil(lambda: today.dialog is not None and today.dialog.isVisible())
    assert window.current_area_key() == "today"  # Today books from Today
    today.dialog.reject()


def test_walk_in_and_log_help_open_the_help_form(make_window, qtbot) -> None:
    window = make_window("fi")
    window.show_area("guides")
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    area = window.areas["helplog"]
    assert window.current_area_key() == "helplog"
    assert area.current_tab() is area.form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.form.view.topic_search)

    window.show_area("bookings")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    assert window.current_area_key() == "helplog"
    assert area.current_tab() is area.form
    assert area.form.draft().support_form == "on_site_walk_in"


def test_ctrl_f_goes_to_the_guide_search(make_window, qtbot) -> None:
    window = make_window("fi")
    window.show_area("settings")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.current_area_key() == "guides"
    search = window.areas["guides"].view.search
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
