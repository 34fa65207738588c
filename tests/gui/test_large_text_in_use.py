"""Issue 23, 200 % text on the screens users use: with a guide open (item 8) and at the window's
first size (item 11)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QScrollArea


def _squashed(root) -> list[str]:  # type: ignore[no-untyped-def]
    """Visible buttons lower or narrower than their text needs."""
    problems = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        hint = button.minimumSizeHint()
        if button.height() < hint.height() - 1 or button.width() < hint.width() - 1:
            problems.append(f"{button.text()!r}: {button.width()}×{button.height()} < {hint}")
    return problems


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_8_guide_viewer_at_200_percent_is_readable_with_a_guide_open(make_window, qtbot, language):  # type: ignore[no-untyped-def]
    window = make_window(language)
    window.show_area("settings")
    window.areas["settings"].view.font_scale.setValue(200)
    window.resize(1280, 800)
    window.show_area("guides")
    area = window.areas["guides"]
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    qtbot.waitUntil(lambda: area.view.model.rowCount() > 0, timeout=10_000)
    area.view.results.setCurrentIndex(area.view.model.index(0, 0))
    panel = area.view.panel
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=10_000)
    qtbot.wait(100)
    assert _squashed(panel) == []
    lines = panel.browser.height() / panel.browser.fontMetrics().lineSpacing()
    assert lines >= 5, f"only {lines:.1f} lines of the guide show"
    title = panel.title
    assert title.height() >= title.heightForWidth(title.width()) - 1  # the title is not cut
    for scroll in [window.scroll, *area.findChildren(QScrollArea)]:
        if scroll.isVisible():
            assert scroll.horizontalScrollBar().maximum() == 0  # no sideways scrolling


def test_11_window_opens_fitted_to_the_screen(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("fi")
    screen = window.screen().availableGeometry()
    size = window.size()
    assert size.width() >= screen.width() * 0.9 and size.height() >= screen.height() * 0.9
    assert size.width() <= screen.width() and size.height() <= screen.height()


def _narrow_columns(table) -> list[str]:  # type: ignore[no-untyped-def]
    """Columns narrower than the first word of their header."""
    from PySide6.QtCore import Qt

    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    problems = []
    for section in range(header.count()):
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        word = title.split()[0] if title.split() else ""
        if word and header.sectionSize(section) < metrics.horizontalAdvance(word):
            problems.append(f"{title!r}: {header.sectionSize(section)} px")
    return problems


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_9_today_and_week_tables_at_200_percent_with_a_booking_selected(
    make_window, qtbot, desk_clock, language
):  # type: ignore[no-untyped-def]
    import datetime as dt

    from digituki.core.domain import booking as rules
    from digituki.core.services import bookings as svc
    from tests.gui.test_bookings_ui import open_every_day, started_slot

    window = make_window(language)
    open_every_day(window.ctx.db)
    start = started_slot() + dt.timedelta(hours=1)
    customer = rules.CustomerInput(
        name="Aino Esimerkki-Virtanen",
        phone="040 000 1234",
        topics=("ident.bank_id", "health.omakanta", "behalf.suomifi_authorization"),
        needs=rules.Needs(interpreter=True, hearing=True, devices=("phone", "tablet")),
    )
    svc.create_booking(window.ctx.db, start, customer, now=start - dt.timedelta(hours=2))
    window.show_area("settings")
    window.areas["settings"].view.font_scale.setValue(200)
    window.resize(1280, 800)
    for key, table_of in (
        ("today", lambda a: a.view.table),
        ("bookings", lambda a: a.view.week_table),
    ):
        window.show_area(key)
        area = window.areas[key]
        area.activate()
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
        table = table_of(area)
        qtbot.waitUntil(lambda table=table: table.model().rowCount() > 0, timeout=10_000)
        table.setCurrentIndex(table.model().index(0, 0))
        qtbot.wait(100)
        header = table.horizontalHeader()
        sizes = [header.sectionSize(i) for i in range(header.count())]
        assert _narrow_columns(table) == [], (key, table.viewport().width(), sizes)
        assert table.horizontalScrollBar().maximum() == 0, key  # no sideways scrollbar
        for scroll in [window.scroll, *area.findChildren(QScrollArea)]:
            if scroll.isVisible():
                assert scroll.horizontalScrollBar().maximum() == 0, key
