"""The main window as a volunteer uses it: areas by keyboard and mouse, language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListWidget

from digituki.ui.main_window import AREAS


def visible_texts(window) -> set[str]:  # type: ignore[no-untyped-def]
    texts = {window.windowTitle()}
    nav: QListWidget = window.navigation
    texts |= {nav.item(i).text() for i in range(nav.count())}
    texts |= {m.title() for m in (window.file_menu, window.go_menu, window.help_menu)}
    area = window.stack.currentWidget()
    texts |= {label.text() for label in area.findChildren(QLabel) if label.isVisible()}
    return {t for t in texts if t}


def test_every_area_by_keyboard_shortcut(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    for number, spec in reversed(list(enumerate(AREAS, start=1))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_area_key() == spec.key
        assert window.stack.currentWidget() is window.areas[spec.key]


def test_every_area_by_mouse(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    nav = window.navigation
    for row, spec in enumerate(AREAS):
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_area_key() == spec.key


def test_areas_by_arrow_keys_in_the_navigation(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_area_key() == "bookings"


def test_finnish_by_default_with_finnish_formats(make_window) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from digituki.ui.i18n import format_date, format_time

    window = make_window()
    assert window.navigation.item(0).text() == "Tänään"
    assert format_date(dt.date(2026, 11, 23)) == "23.11.2026"
    assert format_time(dt.time(14, 30)) == "14.30"


def test_switch_language_to_swedish_and_back(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show_area("settings")
    finnish = visible_texts(window)
    combo: QComboBox = window.areas["settings"].view.language
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("sv"))
    qtbot.waitUntil(lambda: "Idag" in visible_texts(window))
    swedish = visible_texts(window)
    assert "Idag" in swedish and "Inställningar" in swedish
    assert len(finnish - swedish) >= 8, "most visible texts should change"
    assert window.ctx.local_settings.load().language == "sv"
    combo.setCurrentIndex(combo.findData("fi"))
    qtbot.waitUntil(lambda: finnish <= visible_texts(window))
    assert "Kieli vaihdettu." in visible_texts(window)
    assert window.ctx.local_settings.load().language == "fi"


def test_language_choice_is_remembered_at_next_start(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language="en")
    assert window.navigation.item(0).text() == "Today"
    assert window.windowTitle().startswith("Digituki")


def test_unfinished_areas_say_so_honestly(make_window) -> None:  # type: ignore[no-untyped-def]
    from digituki.ui.widgets.placeholder import PlaceholderArea

    window = make_window(language="en")
    for spec in AREAS:
        area = window.areas[spec.key]
        if isinstance(area, PlaceholderArea):
            assert "not ready yet" in area.page.body.text()


def test_point_details_saved_from_settings(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from digituki.core.services.settings import get_site_settings

    window = make_window()
    window.show_area("settings")
    view = window.areas["settings"].view
    view.site_name.setText("Kallion kirjasto")
    view.retention.setValue(10)
    qtbot.mouseClick(view.save_point, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.status.text()), timeout=10_000)
    site = get_site_settings(window.ctx.db)
    assert (site.site_name, site.retention_days) == ("Kallion kirjasto", 10)


def test_window_size_is_remembered(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(780, 580)  # the offscreen screen is 800 × 600
    window.close()
    again = make_window(open_db=False)
    again.restore_geometry()
    assert (again.size().width(), again.size().height()) == (780, 580)
    QApplication.processEvents()
