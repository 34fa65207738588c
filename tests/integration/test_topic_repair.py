"""Migration 0009 gives back the topic links an earlier build's 0008 deleted, and says so once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from digituki.core.services.upgrade_notes import UpgradeNote, describe, take_upgrade_notes
from digituki.core.storage import migrate
from digituki.core.storage.database import Database
from digituki.core.storage.engine import create_db_engine, sqlite_url

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BACKUP_NAME = "before-migration-0007-20261121-081500.sqlite3"


def _links(path: Path) -> list[tuple[int, str]]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT session_id, topic_code FROM help_session_topic"))
    finally:
        con.close()


def _desk_hit_by_the_bug(tmp_path: Path, *, with_backup: bool = True) -> tuple[Path, Path]:
    """A desk that upgraded 0007 -> 0008 with the old build: its backup, its emptied topics."""
    path = tmp_path / "digituki.sqlite3"
    shutil.copy(FIXTURES / "schema_0007_demo.sqlite3", path)
    backups = tmp_path / "backups"
    backups.mkdir()
    if with_backup:
        shutil.copy(path, backups / BACKUP_NAME)
    engine = create_db_engine(sqlite_url(path))
    with engine.begin() as conn:  # what the old build did: foreign keys on during the rebuild
        command.upgrade(migrate._config(conn), "0008")
    engine.dispose()
    assert _links(path) == []
    return path, backups


def test_lost_topic_links_come_back_from_the_backup_and_the_user_is_told_once(
    tmp_path: Path,
) -> None:
    original = _links(FIXTURES / "schema_0007_demo.sqlite3")
    path, backups = _desk_hit_by_the_bug(tmp_path)
    db = Database.open_file(path, backup_dir=backups)
    try:
        assert _links(path) == original
        notes = take_upgrade_notes(db)
        assert notes == [
            UpgradeNote(
                "topics_restored", sessions=242, links=len(original), backups=(BACKUP_NAME,)
            )
        ]
        text = describe(notes[0])
        assert "242 help sessions" in text and BACKUP_NAME in text
        assert take_upgrade_notes(db) == []  # said once
    finally:
        db.close()


def test_a_session_changed_since_the_backup_is_not_given_its_old_topics(tmp_path: Path) -> None:
    path, backups = _desk_hit_by_the_bug(tmp_path)
    con = sqlite3.connect(path)
    changed = con.execute("SELECT id, duration_minutes FROM help_session LIMIT 1").fetchone()
    con.execute(
        "UPDATE help_session SET duration_minutes = ? WHERE id = ?",
        (changed[1] % 400 + 5, changed[0]),
    )
    con.commit()
    con.close()
    db = Database.open_file(path, backup_dir=backups)
    try:
        restored = {s for s, _ in _links(path)}
        assert changed[0] not in restored and len(restored) == 241
        kinds = {n.kind: n.sessions for n in take_upgrade_notes(db)}
        assert kinds == {"topics_missing": 1, "topics_restored": 241}
    finally:
        db.close()


def test_without_a_backup_the_user_is_told_what_is_missing(tmp_path: Path) -> None:
    path, backups = _desk_hit_by_the_bug(tmp_path, with_backup=False)
    db = Database.open_file(path, backup_dir=backups)
    try:
        assert _links(path) == []
        notes = take_upgrade_notes(db)
        assert [(n.kind, n.sessions) for n in notes] == [("topics_missing", 242)]
        assert "no backup" in describe(notes[0])
    finally:
        db.close()


def test_an_intact_database_gets_no_note(tmp_path: Path) -> None:
    path = tmp_path / "digituki.sqlite3"
    shutil.copy(FIXTURES / "schema_0007_demo.sqlite3", path)
    db = Database.open_file(path, backup_dir=tmp_path / "backups")
    try:
        assert take_upgrade_notes(db) == []
    finally:
        db.close()


def test_the_command_line_says_what_the_upgrade_restored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from digituki.cli import main

    _desk_hit_by_the_bug(tmp_path)
    out = tmp_path / "out"
    assert (
        main(["export", "--data-dir", str(tmp_path), "--month", "2026-11", "--out", str(out)]) == 0
    )
    err = capsys.readouterr().err
    assert "restored" in err and BACKUP_NAME in err and "242 help sessions" in err
    assert (
        main(["export", "--data-dir", str(tmp_path), "--month", "2026-11", "--out", str(out)]) == 0
    )
    assert "restored" not in capsys.readouterr().err  # said once
