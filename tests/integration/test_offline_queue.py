"""The offline queue of help sessions: kept across restarts, sent exactly once (client ids)."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from digituki.core.domain.errors import ValidationError
from digituki.core.domain.helplog import SessionDraft
from digituki.core.services import helplog
from digituki.core.services.offline_queue import HelpQueue
from digituki.core.storage.database import Database
from digituki.core.storage.engine import create_db_engine
from digituki.core.storage.orm import HelpSession

TODAY = dt.date.today()


def draft(hour: int) -> SessionDraft:
    return SessionDraft(date=TODAY, start_hour=hour, topics=("device.phone",))


def stored(db: Database) -> int:
    with db.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(HelpSession)) or 0)


def test_queued_sessions_survive_a_restart_and_are_sent_once(db: Database, tmp_path: Path) -> None:
    queue = HelpQueue(tmp_path)
    for hour in (9, 10, 11):
        queue.add(draft(hour))
    again = HelpQueue(tmp_path)  # the computer was restarted
    assert [q.draft.start_hour for q in again.pending()] == [9, 10, 11]
    shutil.copy(again.path, tmp_path / "before.json")

    result = again.replay(db)
    assert (result.sent, result.already_there, result.left) == (3, 0, 0)
    assert stored(db) == 3 and again.pending() == []
    rows = helplog.list_sessions(db)
    assert sorted(r.start_hour for r in rows) == [9, 10, 11]

    # a crash after sending but before forgetting: the old queue file is back; nothing doubles
    shutil.copy(tmp_path / "before.json", again.path)
    result = HelpQueue(tmp_path).replay(db)
    assert (result.sent, result.already_there, result.left) == (0, 3, 0)
    assert stored(db) == 3


def test_a_private_note_is_never_written_to_the_queue(tmp_path: Path) -> None:
    queue = HelpQueue(tmp_path)
    with pytest.raises(ValidationError) as info:
        queue.add(SessionDraft(date=TODAY, start_hour=9, topics=("device.phone",), note="Aino"))
    assert info.value.message_code == "note_offline"
    assert queue.pending() == [] and not queue.path.exists()


def test_unreachable_server_keeps_everything_queued(tmp_path: Path) -> None:
    queue = HelpQueue(tmp_path)
    queue.add(draft(9))
    before = queue.path.read_bytes()
    gone = Database(create_db_engine("postgresql+psycopg://desk@127.0.0.1:1/digituki"))
    try:
        result = queue.replay(gone)
    finally:
        gone.close()
    assert (result.sent, result.left) == (0, 1)
    assert queue.path.read_bytes() == before


def test_a_removed_volunteer_does_not_lose_the_session(db: Database, tmp_path: Path) -> None:
    queue = HelpQueue(tmp_path)
    queue.add(SessionDraft(date=TODAY, start_hour=9, topics=("device.phone",), volunteer_id=999))
    result = queue.replay(db)
    assert (result.sent, result.left, result.refused) == (1, 0, 0)
    with db.unit_of_work() as uow:
        assert list(uow.session.scalars(select(HelpSession.volunteer_id))) == [None]


@pytest.mark.postgresql
def test_two_replays_at_the_same_moment_store_each_session_once(
    pg_url: str, tmp_path: Path
) -> None:
    """The same queue replayed by two threads (two connections) with duplicates in flight."""
    first = tmp_path / "a"
    first.mkdir()
    queue = HelpQueue(first)
    for hour in range(8, 18):
        queue.add(draft(hour))
    second = tmp_path / "b"
    second.mkdir()
    shutil.copy(queue.path, second / queue.path.name)
    desks = [Database.open(pg_url), Database.open(pg_url)]
    try:
        barrier = threading.Barrier(2)
        results = []

        def run(folder: Path, db: Database) -> None:
            barrier.wait()
            results.append(HelpQueue(folder).replay(db))

        threads = [
            threading.Thread(target=run, args=(folder, db))
            for folder, db in zip((first, second), desks, strict=True)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sum(r.sent for r in results) == 10
        assert sum(r.sent + r.already_there for r in results) == 20
        assert stored(desks[0]) == 10
    finally:
        for db in desks:
            db.close()


def test_a_session_sent_by_another_desk_meanwhile_is_not_stored_twice(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The id check passed, then another replay stored the same session: the unique client id
    refuses the second copy and the first one is returned."""
    first = helplog.log_session(db, draft(9), client_id="0b6f8f8e-3a0e-4d5e-9a52-2f0d3f1c9a10")
    real = helplog.session_by_client_id
    calls: list[str] = []

    def not_yet_the_first_time(database: Database, client_id: str) -> int | None:
        calls.append(client_id)
        return None if len(calls) == 1 else real(database, client_id)

    monkeypatch.setattr(helplog, "session_by_client_id", not_yet_the_first_time)
    again = helplog.log_session(db, draft(9), client_id="0b6f8f8e-3a0e-4d5e-9a52-2f0d3f1c9a10")
    assert again.session_id == first.session_id and len(calls) == 2
    assert stored(db) == 1


def test_an_unreachable_shared_database_at_start_is_said_plainly() -> None:
    from digituki.core.services import startup
    from digituki.core.services.shared_db import ServerUnreachableError

    with pytest.raises(ServerUnreachableError):
        startup.open_checked("postgresql+psycopg://desk@127.0.0.1:1/digituki", None)
