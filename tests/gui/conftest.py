"""GUI fixtures: the real main window on a private data folder, database opened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from digituki.paths import resolve_paths


@pytest.fixture
def desk_clock(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Pin the desk's clock to 10:30 today (Helsinki), so "a slot that has started" and
    "a free slot later today" exist whatever time of day the tests run."""
    import datetime as dt

    from digituki.core import clock
    from digituki.core.domain.schedule import wall_clock

    moment = wall_clock(clock.today(), dt.time(10, 30))
    monkeypatch.setattr(clock, "now", lambda: moment)
    return moment


@pytest.fixture
def make_window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    """Build the main window like `digituki` does and wait until its areas are built."""
    from digituki.app import create_window

    windows = []

    def make(language: str | None = None, open_db: bool = True):  # type: ignore[no-untyped-def]
        paths = resolve_paths(data_dir).ensure()
        if language:
            from digituki.core.services.settings import LocalSettingsStore

            LocalSettingsStore(paths.settings_file).update(language=language)
        app = QApplication.instance()
        window = create_window(paths, app)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # the newest window is the one the keys go to (a window of an earlier test may still be
        # the active one, and the Actions shortcuts belong to the active main window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        if open_db:
            window.open_database()
            qtbot.waitUntil(lambda: window.ctx.db is not None, timeout=20_000)
            # the other areas are built one per turn of the event loop after the first
            qtbot.waitUntil(lambda: window.all_areas_built, timeout=20_000)
            qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=20_000)
            # and still the active window once everything is built (keyboard shortcuts go there)
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ctx.runner.wait()
        if window.ctx.db is not None:
            window.ctx.db.close()


@pytest.fixture(autouse=True)
def _no_window_left_on_screen(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Hide every window a test left visible (a dialog it did not close, a second window): one
    left behind could stay the active window, and the keys of the next test would go there."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_first_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first-run set-up (shown on an empty database) is off, except in its own tests."""
    from digituki.ui import first_run

    monkeypatch.setattr(first_run, "ENABLED", False)


@pytest.fixture(autouse=True)
def _privacy_lock_off() -> Iterator[None]:
    """The app-wide privacy lock starts unlocked in every test."""
    from digituki.ui import privacy

    privacy.reset_for_tests()
    yield
    privacy.reset_for_tests()


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A message box nobody expected fails the test instead of waiting for a click forever.

    Tests that expect a message patch QMessageBox themselves (their patch wins)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):  # type: ignore[no-untyped-def]
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {texts}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    yield
