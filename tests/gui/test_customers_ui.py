"""Bookings → Customers by keyboard: find a customer, print what we hold (fi, sv), erase now."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_bookings_ui import open_every_day, started_slot  # type: ignore[import-not-found]

from digituki.core.domain import booking as rules
from digituki.core.services import bookings as svc
from digituki.core.services import customers
from digituki.ui.bookings import common

CANARY = "Kanerva Kanarialintu"


@pytest.fixture(autouse=True)
def _pinned(desk_clock):  # type: ignore[no-untyped-def]
    return desk_clock


def book(db: Any, start: dt.datetime, name: str, phone: str, language: str = "fi") -> int:
    data = rules.CustomerInput(name, phone, ("ident.bank_id",), rules.Needs(language=language))
    return svc.create_booking(db, start, data, now=start - dt.timedelta(hours=1)).id


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def press(qtbot, widget, key=Qt.Key.Key_Space) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5_000)
    qtbot.keyClick(widget, key)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_find_print_and_erase_by_keyboard(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language="fi")
    db = window.ctx.db
    open_every_day(db)
    now = started_slot()
    past = book(db, now - dt.timedelta(days=2), CANARY, "040 999 8877", "sv")
    future = book(db, now + dt.timedelta(days=3), CANARY, "040 999 8877", "sv")
    other = book(db, now + dt.timedelta(days=3), "Aino Esimerkki", "040 000 1234")
    opened: list[Path] = []
    monkeypatch.setattr(common, "open_file", lambda path: opened.append(path) or True)

    window.show_area("bookings")
    area = window.areas["bookings"]
    area.find_customer()
    panel = area.view.customers
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.query, timeout=5_000)
    qtbot.keyClicks(panel.query, "040 999")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.customer_model.rowCount() == 1, timeout=10_000)
    assert panel.customer_model.item(0, 0).text() == CANARY
    assert panel.booking_model.rowCount() == 2
    assert panel.status.text().startswith("1 ")

    # the printout in the customer's language (Swedish), then in Finnish
    assert panel.language.currentData() == "sv"
    press(qtbot, panel.print)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    sv = pdf_text(opened[0])
    assert "Uppgifter vi har om dig" in sv and CANARY in sv and "anonyma" in sv
    assert "Aino" not in sv
    assert opened[0].parent == window.ctx.paths.data_dir / "printouts"
    panel.language.setFocus()
    qtbot.keyClick(panel.language, Qt.Key.Key_Up)  # sv → fi
    assert panel.language.currentData() == "fi"
    press(qtbot, panel.print)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    fi = pdf_text(opened[1])
    assert "Tiedot, jotka meillä on sinusta" in fi and "nimettömiä" in fi and CANARY in fi

    # erase: one confirmation saying what goes and that it cannot be undone; Enter cancels
    press(qtbot, panel.erase)
    qtbot.waitUntil(lambda: panel.confirm is not None and panel.confirm.isVisible(), timeout=5_000)
    box = panel.confirm
    assert "2" in box.text() and box.informativeText().count("\n") >= 2
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
    assert customers.find_customers(db, CANARY)  # nothing happened
    press(qtbot, panel.erase)
    qtbot.waitUntil(lambda: panel.confirm is not box and panel.confirm.isVisible(), timeout=5_000)
    erase = panel.confirm.findChild(object, "eraseNow")
    press(qtbot, erase)
    qtbot.waitUntil(lambda: panel.customer_model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    assert customers.find_customers(db, CANARY) == ()
    assert svc.get_booking(db, future).status == "cancelled"
    assert svc.get_booking(db, past).name is None
    assert svc.get_booking(db, other).name == "Aino Esimerkki"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_settings_privacy_notice_opens_and_its_wording_can_be_changed(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch
) -> None:
    window = make_window(language="en")
    opened: list[Path] = []
    monkeypatch.setattr(common, "open_file", lambda path: opened.append(path) or True)
    window.show_area("settings")
    section = window.areas["settings"].privacy
    section.language.setCurrentIndex(section.language.findData("sv"))
    press(qtbot, section.pdf)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert "Dataskyddsbeskrivning" in pdf_text(opened[0])
    editor = section.open_editor()
    assert editor is not None
    qtbot.waitUntil(lambda: editor.boxes["purpose"].toPlainText() != "", timeout=5_000)
    editor.boxes["purpose"].setPlainText("Vi hjälper dig med e-tjänster.")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=5_000)
    section.pdf.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    assert "Vi hjälper dig med e-tjänster." in pdf_text(opened[1])


def test_the_privacy_lock_clears_the_found_customers(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from digituki.ui.privacy import privacy_lock

    window = make_window(language="sv")
    db = window.ctx.db
    open_every_day(db)
    book(db, started_slot() + dt.timedelta(days=1), CANARY, "040 999 8877")
    window.show_area("bookings")
    area = window.areas["bookings"]
    area.find_customer()
    panel = area.view.customers
    qtbot.keyClicks(panel.query, "kanaria")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.customer_model.rowCount() == 1, timeout=10_000)
    assert panel.status.text() == "1 kund(er) hittades."
    lock = privacy_lock()
    try:
        lock.hide_now()
        assert panel.customer_model.rowCount() == 0 and panel.booking_model.rowCount() == 0
        assert not panel.erase.isEnabled() and not panel.print.isEnabled()
    finally:
        lock.show_data()
