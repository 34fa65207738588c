"""Dates, times and numbers in the UI language's own format, and printed slips in the customer's
language whatever the UI language is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digituki.core.domain import booking as rules
from digituki.core.domain.schedule import LOCAL_TZ
from digituki.core.services import bookings as svc

MOMENT = dt.datetime(2026, 11, 23, 12, 30, tzinfo=dt.UTC)  # 14.30 in Helsinki (winter time)


@pytest.mark.parametrize(
    ("language", "expected", "number"),
    [
        ("fi", "23.11.2026 klo 14.30", "1 234,5"),
        ("sv", "23.11.2026 kl. 14.30", "1 234,5"),
        ("en", "23/11/2026 at 14.30", "1 234,5"),
    ],
)
def test_date_time_and_number_formats(make_window, language, expected, number) -> None:
    make_window(language, open_db=False)
    from digituki.ui.i18n import format_datetime, format_number

    assert format_datetime(MOMENT) == expected
    assert format_number(1234.5, 1).replace("\u00a0", " ").replace("\u202f", " ") == number


def test_a_booked_time_reads_with_klo_in_finnish(make_window) -> None:
    make_window("fi", open_db=False)
    from digituki.ui.bookings.common import slot_text

    start = dt.datetime(2026, 11, 24, 10, 0, tzinfo=LOCAL_TZ)
    text = slot_text(start, start + dt.timedelta(minutes=45))
    assert text.endswith("24.11.2026 klo 10.00–10.45"), text
    assert text.lower().startswith("tiistai")


@pytest.mark.parametrize(("customer", "ui"), [("sv", "fi"), ("en", "fi"), ("fi", "sv")])
def test_the_slip_is_in_the_customers_language_not_the_uis(
    make_window, qtbot, monkeypatch, customer, ui
) -> None:
    from reportlab import rl_config

    from digituki.core.exports.pdf.slip import TEXTS
    from digituki.ui.bookings import actions, common

    monkeypatch.setattr(rl_config, "pageCompression", 0)  # readable text in the PDF
    opened: list[Path] = []
    monkeypatch.setattr(common, "open_file", lambda path: opened.append(Path(path)) or True)
    window = make_window(ui)
    db = window.ctx.db
    svc.update_slot_settings(db, 60, 2)
    for weekday in range(7):
        svc.add_weekly_hours(db, weekday, dt.time(8), dt.time(18))
    start = dt.datetime.combine(
        dt.date.today() + dt.timedelta(days=2), dt.time(10), tzinfo=LOCAL_TZ
    )
    made = svc.create_booking(
        db,
        start,
        rules.CustomerInput(
            name="Aino", phone="040 000 1234", topics=(), needs=rules.Needs(language=customer)
        ),
        now=start - dt.timedelta(days=1),
    )
    actions.open_slip(window.ctx, window, made.id)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    data = opened[0].read_bytes()

    def title(language: str) -> bytes:  # the first words: plain ASCII in every language
        return TEXTS[language]["title"].encode("latin-1")[:8]

    assert title(customer) in data
    assert title(ui) not in data


@pytest.mark.parametrize(("language", "cancel"), [("fi", "Peru"), ("sv", "Avbryt")])
def test_qt_s_own_buttons_follow_the_language(make_window, language, cancel):  # type: ignore[no-untyped-def]
    """Qt's standard texts (the Cancel of a question, the menu of a text field) load just after
    the first frame; they are there once the window is up, and after switching language."""
    from PySide6.QtCore import QCoreApplication

    window = make_window(language)
    assert window.menus_built
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    window.ctx.translations.apply("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    window.ctx.translations.apply(language)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
