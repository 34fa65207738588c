"""Data safety as a desk meets it: damaged database restored, passphrase at start, privacy lock,
Back up now / Restore from backup in Settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from digituki.core.security import keys
from digituki.core.services import backup
from digituki.core.services import helplog as helplog_service
from digituki.core.services.helplog import SessionDraft
from digituki.ui import privacy

NAME = "Seppo Salaisuus"


@pytest.fixture(autouse=True)
def _fresh_lock() -> Any:
    privacy.reset_for_tests()
    yield
    privacy.reset_for_tests()
    keys.forget_session_keys()


def close(window: Any) -> None:
    window.ctx.runner.wait()
    if window.ctx.db is not None:
        window.ctx.db.close()
        window.ctx.db = None


def log_one(db: Any) -> int:
    draft = SessionDraft(date=dt.date.today(), start_hour=10, topics=("health.omakanta",))
    return helplog_service.log_session(db, draft).session_id


def all_cells(model: Any) -> str:
    texts = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            texts.append(str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or ""))
    return " | ".join(texts)


@pytest.mark.parametrize("damage", ["header", "truncate", "pages"])
def test_damaged_database_is_detected_and_the_newest_backup_restored(
    qtbot: Any, make_window: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    window = make_window(language="en")
    db = window.ctx.db
    kept = log_one(db)
    paths = window.ctx.paths
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    backup.backup_to(paths.database, paths.backup_dir, automatic=True, now=later)
    close(window)
    raw = bytearray(paths.database.read_bytes())
    if damage == "header":
        raw[0:100] = b"\xff" * 100
    elif damage == "truncate":
        raw = raw[: len(raw) // 3] + b"\x00" * 10
    else:
        page = 4096
        for start in range(page, len(raw), page * 2):
            raw[start : start + 64] = b"\xa5" * 64
    paths.database.write_bytes(bytes(raw))
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    again = make_window(language="en", open_db=False)
    again.open_database()
    qtbot.waitUntil(lambda: again.ctx.db is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not again.ctx.runner.busy(), timeout=20_000)
    assert asked and "damaged" in asked[0]
    ids = [s.id for s in helplog_service.list_sessions(again.ctx.db)]
    assert kept in ids
    aside = list(paths.data_dir.glob("digituki.sqlite3.replaced-*"))
    assert aside, "the damaged file must be kept"
    assert aside[0].read_bytes() == bytes(raw)
    assert backup.check(paths.database) == "ok"


def test_no_secure_store_asks_for_a_new_passphrase_at_start(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(keys.ENV_PASSPHRASE, raising=False)
    keys.forget_session_keys()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No
    )  # no recovery sheet this time
    window = make_window(language="en")
    qtbot.waitUntil(lambda: getattr(window, "_passphrase_dialog", None) is not None, timeout=10_000)
    dialog = window._passphrase_dialog
    assert dialog.create and dialog.isVisible()
    dialog.passphrase.setText("short")
    dialog.again.setText("short")
    dialog.buttons.accepted.emit()
    assert "at least 10" in dialog.error.text()
    dialog.passphrase.setText("library desk tuesdays")
    dialog.again.setText("library desk tuesdays")
    dialog.buttons.accepted.emit()
    import shiboken6

    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10_000)
    assert keys.key_status(window.ctx.db).state == keys.KeyState.READY
    assert keys.key_status(window.ctx.db).passphrase_set


def test_privacy_lock_hides_names_until_show_with_pin(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch, desk_clock: Any
) -> None:
    from test_bookings_ui import book, open_every_day, started_slot  # type: ignore[import-not-found]

    from digituki.core.services import privacy as privacy_service

    window = make_window(language="en")
    open_every_day(window.ctx.db)
    book(window.ctx.db, started_slot(), name=NAME)
    privacy_service.set_pin(window.ctx.db, "2468")
    window.show_area("today")
    area = window.areas["today"]
    area.activate()
    qtbot.waitUntil(lambda: NAME in all_cells(area.model), timeout=10_000)
    lock = privacy.privacy_lock()
    lock.hide_now()
    qtbot.waitUntil(lambda: NAME not in all_cells(area.model), timeout=10_000)
    assert "(hidden)" in all_cells(area.model)
    button = window._show_personal_button
    assert button.isVisible()
    answers = iter([("1111", True), ("2468", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    button.click()
    qtbot.waitUntil(lambda: "not right" in window.statusBar().currentMessage(), timeout=10_000)
    assert lock.hidden()
    button.click()
    qtbot.waitUntil(lambda: not lock.hidden(), timeout=10_000)
    qtbot.waitUntil(lambda: NAME in all_cells(area.model), timeout=10_000)


def test_back_up_now_and_restore_from_settings(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = make_window(language="en")
    first = log_one(window.ctx.db)
    window.show_area("settings")
    section = window.areas["settings"].safety
    usb = tmp_path / "usb"
    section.backup_to(usb)
    qtbot.waitUntil(lambda: "checked" in section.message.text(), timeout=20_000)
    [copy] = list(usb.glob("digituki-backup-*.sqlite3"))
    assert backup.check(copy) == "ok"
    second = log_one(window.ctx.db)
    section.restore_from(copy)
    qtbot.waitUntil(lambda: window.ctx.db is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=20_000)
    ids = {s.id for s in helplog_service.list_sessions(window.ctx.db)}
    assert first in ids and second not in ids
    assert list(window.ctx.paths.data_dir.glob("digituki.sqlite3.replaced-*"))


def test_after_an_upgrade_the_window_says_which_topics_came_back(
    qtbot: Any, make_window: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk whose topics an earlier build's upgrade deleted: 0009 restores them, and says so."""
    import shutil

    from alembic import command

    from digituki.core.storage import migrate
    from digituki.core.storage.engine import create_db_engine, sqlite_url

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0007_demo.sqlite3"
    (data_dir / "backups").mkdir(parents=True)
    shutil.copy(fixture, data_dir / "digituki.sqlite3")
    shutil.copy(fixture, data_dir / "backups" / "before-migration-0007-20261121-081500.sqlite3")
    engine = create_db_engine(sqlite_url(data_dir / "digituki.sqlite3"))
    with engine.begin() as conn:  # the old build: foreign keys on during 0008's rebuild
        command.upgrade(migrate._config(conn), "0008")
    engine.dispose()
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a: said.append((title, text))
    )
    window = make_window(language="fi")
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    title, text = said[0]
    assert title == "Digituki päivitettiin"
    assert "palautettiin varmuuskopiosta before-migration-0007-20261121-081500" in text
    assert "242" in text
    assert helplog_service.list_sessions(window.ctx.db)[0].topics
    close(window)


def test_a_missing_database_with_a_backup_is_brought_back_not_started_empty(
    qtbot: Any, make_window: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(language="en")
    kept = log_one(window.ctx.db)
    paths = window.ctx.paths
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    backup.backup_to(paths.database, paths.backup_dir, automatic=True, now=later)
    close(window)
    paths.database.unlink()
    wal = Path(str(paths.database) + "-wal")
    wal.write_bytes(b"committed pages")
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    again = make_window(language="en", open_db=False)
    again.open_database()
    qtbot.waitUntil(lambda: again.ctx.db is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not again.ctx.runner.busy(), timeout=20_000)
    assert asked and "missing" in asked[0]
    assert kept in [s.id for s in helplog_service.list_sessions(again.ctx.db)]
    [aside_wal] = list(paths.data_dir.glob("digituki.sqlite3.replaced-*-wal"))
    assert aside_wal.read_bytes() == b"committed pages"
    close(again)
