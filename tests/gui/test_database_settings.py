"""Settings → Database: this computer only or a shared server; test connection; save & restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from digituki.core.services import shared_db
from digituki.core.services.settings import LocalSettingsStore


def section_of(window: Any) -> Any:
    window.show_area("settings")
    return window.areas["settings"].database


def fill(qtbot: Any, section: Any, host: str, port: int, name: str, user: str) -> None:
    section.mode.setCurrentIndex(section.mode.findData("server"))
    for field, value in ((section.host, host), (section.database, name), (section.user, user)):
        field.clear()
        qtbot.keyClicks(field, value)
    section.port.setValue(port)


def test_this_computer_only_is_the_default_and_server_fields_wait(
    qtbot: Any, make_window: Any
) -> None:
    section = section_of(make_window(language="en"))
    assert section.mode.currentData() == "local"
    assert not section.host.isEnabled() and not section.test.isEnabled()
    section.mode.setCurrentIndex(1)
    assert section.host.isEnabled() and section.password.isEnabled() and section.test.isEnabled()
    for widget in (section.mode, section.host, section.port, section.database, section.user,
                   section.password, section.test, section.save):  # fmt: skip
        assert widget.accessibleName()


def test_test_connection_says_plainly_that_the_server_is_not_there(
    qtbot: Any, make_window: Any
) -> None:
    section = section_of(make_window(language="en"))
    fill(qtbot, section, "127.0.0.1", 1, "digituki", "desk")
    qtbot.mouseClick(section.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be reached" in section.result.text(), timeout=20_000)
    assert section.test.isEnabled()


def test_bad_connection_details_are_refused_with_a_message(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = section_of(make_window(language="en"))
    fill(qtbot, section, "", 5432, "digituki", "desk")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert shown == ["Type the server's name or address."]
    assert LocalSettingsStore(section.ctx.paths.settings_file).load().database_url == ""


def test_saving_a_server_keeps_the_password_out_of_files_and_offers_a_restart(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    section = section_of(make_window(language="en"))
    fill(qtbot, section, "db.kirjasto.example", 5433, "digituki_kallio", "desk1")
    qtbot.keyClicks(section.password, "Sal4sana-kirjasto")
    kept: dict[str, str] = {}
    monkeypatch.setattr(
        shared_db, "save_password", lambda conn, pw: kept.__setitem__(conn.account, pw)
    )
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    restarted: list[bool] = []
    monkeypatch.setattr(section, "restart", lambda: restarted.append(True))
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert asked and "Restart" in asked[0] and not restarted
    assert kept == {
        "db-password:desk1@db.kirjasto.example:5433/digituki_kallio": "Sal4sana-kirjasto"
    }
    url = LocalSettingsStore(section.ctx.paths.settings_file).load().database_url
    assert url == "postgresql+psycopg://desk1@db.kirjasto.example:5433/digituki_kallio"
    files = [p for p in data_dir.rglob("*") if p.is_file() and p.suffix in (".ini", ".log")]
    assert files and all(b"Sal4sana" not in p.read_bytes() for p in files)
    assert section.password.text() == ""
    assert "Saved" in section.password.placeholderText()
    # and back to this computer only
    section.mode.setCurrentIndex(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert LocalSettingsStore(section.ctx.paths.settings_file).load().database_url == ""
    assert restarted == [True]


def test_without_a_secure_store_the_password_is_not_saved(
    qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tests' keyring is the `fail` backend: no secure store, so nothing is written."""
    section = section_of(make_window(language="en"))
    fill(qtbot, section, "db.kirjasto.example", 5432, "digituki", "desk1")
    qtbot.keyClicks(section.password, "Sal4sana-kirjasto")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    assert shown and "no safe place" in shown[0]
    assert LocalSettingsStore(section.ctx.paths.settings_file).load().database_url == ""


@pytest.mark.postgresql
def test_test_connection_on_a_real_server(
    qtbot: Any, make_window: Any, pg_cluster: Any, pg_url: str
) -> None:
    from digituki.core.storage.database import Database

    conn = shared_db.parse(pg_url)
    assert conn is not None
    section = section_of(make_window(language="en"))
    fill(qtbot, section, conn.host, conn.port, conn.database, conn.user)
    qtbot.mouseClick(section.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "database is empty" in section.result.text(), timeout=20_000)
    Database.open(pg_url).close()
    qtbot.mouseClick(section.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "data is on the server" in section.result.text(), timeout=20_000)
    section.database.setText("no_such_database")
    qtbot.mouseClick(section.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no database with this name" in section.result.text(), timeout=20_000)
