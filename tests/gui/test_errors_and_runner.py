"""Background work and errors as a user meets them: results arrive, failures become messages."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from digituki.core.domain.errors import DatabaseTooNewError, ValidationError
from digituki.ui import errors
from digituki.ui.runner import Runner


def test_runner_delivers_results_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThread

    runner = Runner()
    got: list[object] = []
    runner.run(lambda a, b: a + b, 2, 3, on_done=lambda r: got.append((r, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(got))
    from PySide6.QtWidgets import QApplication

    assert got[0][0] == 5
    assert got[0][1] is QApplication.instance().thread()


def test_slow_work_shows_progress_and_reports_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QProgressDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = Runner()
    seen: list[int] = []

    def work(progress):  # type: ignore[no-untyped-def]
        for i in range(8):
            time.sleep(0.1)
            progress(i + 1, 8)
        return "ok"

    runner.run(work, on_done=seen.append, label="Working", parent=parent, progress=True)
    qtbot.waitUntil(lambda: bool(parent.findChildren(QProgressDialog)), timeout=3000)
    qtbot.waitUntil(lambda: seen == ["ok"], timeout=5000)


def test_work_for_an_area_not_on_screen_shows_no_progress_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A background area's slow count must not pop a box that takes the keyboard focus from the
    window the user is typing in (seen in the first-run dialog)."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QProgressDialog

    typing = QLineEdit()
    qtbot.addWidget(typing)
    typing.show()
    typing.activateWindow()
    typing.setFocus()
    hidden_area = QWidget()  # built, never shown
    qtbot.addWidget(hidden_area)
    runner = Runner()
    seen: list[str] = []
    runner.run(
        lambda: time.sleep(0.8) or "ok", on_done=seen.append, label="Counting", parent=hidden_area
    )
    qtbot.wait(650)  # past the progress delay, while the work still runs
    assert not seen and not hidden_area.findChildren(QProgressDialog)
    assert QApplication.focusWidget() is typing
    qtbot.waitUntil(lambda: seen == ["ok"], timeout=5000)


def test_typed_error_becomes_a_translated_message(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    runner = Runner()

    def fail() -> None:
        raise DatabaseTooNewError(revision="9999")

    runner.run(fail)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [errors.message_for(DatabaseTooNewError(revision="9999"))]
    assert "9999" not in shown[0] and "Traceback" not in shown[0]


def test_validation_message_uses_parameters() -> None:
    text = errors.message_for(ValidationError("out_of_range", "x", low=1, high=480))
    assert "1" in text and "480" in text


def test_unexpected_exception_is_logged_and_shown_plainly(
    qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from digituki.logs import setup_logging

    log_file = tmp_path / "logs" / "digituki.log"
    setup_logging(log_file)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    old_hook = sys.excepthook
    try:
        errors.install_excepthook()
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # what Qt does for an exception escaping a slot
    finally:
        sys.excepthook = old_hook
        for handler in logging.getLogger().handlers:
            handler.flush()
    assert shown and str(log_file) in shown[0]
    assert "Traceback" not in shown[0]
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in logged and "Traceback" in logged


@pytest.mark.parametrize("lang,expected", [("fi", "uudemmalla"), ("sv", "nyare")])
def test_error_messages_in_the_users_language(qtbot, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from digituki.ui.i18n import Translations

    t = Translations()
    t.apply(lang)
    try:
        assert expected in errors.message_for(DatabaseTooNewError(revision="x"))
    finally:
        t.apply("en")
