"""The first start of a real point: the set-up page, driven by keyboard, in Finnish and Swedish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digituki.core.services import settings as settings_service

STEP_ONE = {"fi": "Vaihe 1/3", "sv": "Steg 1 av 3"}
FINISH = {"fi": "&Valmis", "sv": "&Klar"}
PLACE = "Paakirjasto, 2. krs, neuvonta"  # (QTest types ASCII only)


def _dialog(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: (
            getattr(window, "first_run_dialog", None) is not None
            and window.first_run_dialog.isVisible()
        ),
        timeout=20_000,
    )
    return window.first_run_dialog


def _idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=20_000)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_first_run_by_keyboard_then_not_again(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, language: str
) -> None:
    from digituki.core.security import keys
    from digituki.core.services import bookings
    from digituki.ui import first_run

    monkeypatch.setattr(first_run, "ENABLED", True)
    window = make_window(language, open_db=False)
    window.open_database()
    d = _dialog(qtbot, window)
    assert d.step_label.text() == STEP_ONE[language]
    assert d.windowTitle() != "Welcome to Digituki"  # translated

    # Step 1: the point. Focus starts in the name; Tab goes on; Enter is "Next".
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.name, timeout=5_000)
    qtbot.keyClicks(d.name, "Kallion kirjasto")
    qtbot.keyClick(d.name, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.municipality, timeout=5_000)
    qtbot.keyClicks(d.municipality, "Helsinki")
    qtbot.keyClick(d.municipality, Qt.Key.Key_Tab)
    qtbot.keyClicks(d.phone, "12")  # not a phone number: a message, nothing stored, same step
    qtbot.keyClick(d.phone, Qt.Key.Key_Tab)
    qtbot.keyClicks(d.place, PLACE)
    qtbot.keyClick(d.place, Qt.Key.Key_Return)
    _idle(qtbot, window)
    assert d.pages.currentIndex() == 0 and d.message.text()
    assert "phone" not in d.message.text().lower()  # in the user's language
    assert settings_service.get_site_settings(window.ctx.db).site_name == ""
    d.phone.setFocus()
    d.phone.selectAll()
    qtbot.keyClicks(d.phone, "09 123 4567")
    qtbot.keyClick(d.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.pages.currentIndex() == 1, timeout=10_000)

    # Step 2: the default week; Space ticks Monday, Enter saves it.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.days[0][0], timeout=5_000)
    qtbot.keyClick(d.days[0][0], Qt.Key.Key_Space)
    assert d.days[0][0].isChecked()
    qtbot.keyClick(d.days[0][0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.pages.currentIndex() == 2, timeout=10_000)

    # Step 3: the passphrase, then the recovery sheet, then Finish.
    sheet = tmp_path / "recovery.pdf"
    monkeypatch.setattr(d, "choose_recovery_path", lambda: str(sheet))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.passphrase, timeout=5_000)
    qtbot.keyClicks(d.passphrase, "kolme karhua metsassa")
    qtbot.keyClick(d.passphrase, Qt.Key.Key_Tab)
    qtbot.keyClicks(d.again, "kolme karhua metsassa")
    qtbot.keyClick(d.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.recovery.isEnabled(), timeout=10_000)
    assert d.next.text() == FINISH[language]
    qtbot.keyClick(d.recovery, Qt.Key.Key_Space)
    qtbot.waitUntil(sheet.exists, timeout=10_000)
    qtbot.keyClick(d.recovery, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=10_000)
    _idle(qtbot, window)

    db = window.ctx.db
    site = settings_service.get_site_settings(db)
    assert (site.site_name, site.municipality) == ("Kallion kirjasto", "Helsinki")
    assert (site.contact_phone, site.contact_place) == ("+35891234567", PLACE)
    assert site.setup_done
    open_days = sorted({w.weekday for w in bookings.get_schedule(db).weekly})
    assert open_days == [0, 1, 3]  # Monday ticked + the default Tuesday and Thursday
    assert keys.key_status(db).passphrase_set

    # Not shown again at the next start.
    window.ctx.runner.wait()
    window.ctx.db.close()
    window.close()
    again = make_window(language)
    _idle(qtbot, again)
    assert getattr(again, "first_run_dialog", None) is None


def test_finish_later_skips_and_is_not_shown_again(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from digituki.ui import first_run

    monkeypatch.setattr(first_run, "ENABLED", True)
    window = make_window("fi", open_db=False)
    window.open_database()
    d = _dialog(qtbot, window)
    qtbot.keyClick(d.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5_000)
    _idle(qtbot, window)
    site = settings_service.get_site_settings(window.ctx.db)
    assert site.setup_done and site.site_name == ""
    from digituki.core.services.first_run import setup_needed

    assert not setup_needed(window.ctx.db)


def test_demo_point_gets_no_first_run_and_says_demo_in_the_title(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    import datetime as dt

    from digituki.cli import main
    from digituki.ui import first_run

    assert main(["demo", "--data-dir", str(data_dir), "--months", "1", "--today",
                 dt.date.today().isoformat()]) == 0  # fmt: skip
    monkeypatch.setattr(first_run, "ENABLED", True)
    window = make_window("fi")
    _idle(qtbot, window)
    qtbot.waitUntil(lambda: "DEMO" in window.windowTitle(), timeout=10_000)
    assert getattr(window, "first_run_dialog", None) is None
