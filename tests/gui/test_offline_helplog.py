"""On a shared server that went away: the help-log form keeps the session on this computer and
it is sent, once, when the server answers again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from digituki.core.services import helplog as service
from digituki.core.services.offline_queue import HelpQueue
from digituki.core.services.settings import LocalSettingsStore
from digituki.paths import resolve_paths

pytestmark = pytest.mark.postgresql


def test_help_logged_while_the_server_is_away_is_sent_when_it_is_back(
    qtbot: Any, make_window: Any, pg_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths(data_dir).ensure()
    LocalSettingsStore(paths.settings_file).update(database_url=pg_url)
    window = make_window(language="en")
    assert window.ctx.db.engine.dialect.name == "postgresql"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    area = window.areas["helplog"]
    qtbot.waitUntil(lambda: area.form.view.topic_search.hasFocus(), timeout=10_000)

    real = service.log_session

    def server_gone(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError("INSERT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(service, "log_session", server_gone)
    qtbot.keyClicks(QApplication.focusWidget(), "omakanta")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # picks the topic
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # saves
    qtbot.waitUntil(lambda: "kept on this computer" in area.form.view.status.text(), timeout=10_000)
    assert area.form.view.chosen_topics.count() == 0  # ready for the next customer
    assert [q.draft.topics for q in HelpQueue(paths.data_dir).pending()] == [("health.omakanta",)]
    assert service.list_sessions(window.ctx.db) == []

    monkeypatch.setattr(service, "log_session", real)  # the server answers again
    window.change_watcher.check()
    qtbot.waitUntil(lambda: len(service.list_sessions(window.ctx.db)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    assert HelpQueue(paths.data_dir).pending() == []
    assert "were sent: 1" in window.statusBar().currentMessage()
    window.change_watcher.check()  # nothing is sent twice
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    assert len(service.list_sessions(window.ctx.db)) == 1


def test_a_save_whose_answer_was_lost_after_the_commit_is_not_stored_twice(
    qtbot: Any, make_window: Any, pg_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server stored the session, but the connection broke before the desk heard so (issue
    22): the form queued it under the id it gave the save, and the replay recognises it."""
    paths = resolve_paths(data_dir).ensure()
    LocalSettingsStore(paths.settings_file).update(database_url=pg_url)
    window = make_window(language="en")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    area = window.areas["helplog"]
    qtbot.waitUntil(lambda: area.form.view.topic_search.hasFocus(), timeout=10_000)
    real = service.log_session

    def committed_then_cut(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)  # COMMIT reached the server ...
        raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(service, "log_session", committed_then_cut)
    qtbot.keyClicks(QApplication.focusWidget(), "omakanta")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "kept on this computer" in area.form.view.status.text(), timeout=10_000)
    assert len(service.list_sessions(window.ctx.db)) == 1  # ... and it is stored
    monkeypatch.setattr(service, "log_session", real)
    window.change_watcher.check()  # the replay
    qtbot.waitUntil(lambda: HelpQueue(paths.data_dir).pending() == [], timeout=10_000)
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=10_000)
    assert len(service.list_sessions(window.ctx.db)) == 1
