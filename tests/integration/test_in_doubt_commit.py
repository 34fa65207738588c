"""Exactly once on the shared server (issue 22): the answer to COMMIT is lost, the save is sent
again, and the session is stored once.

A small TCP proxy stands between the desk and the throwaway PostgreSQL server. Armed, it lets the
client's COMMIT through, waits until the server has answered "COMMIT" (the row is stored), and
then cuts both connections without passing the answer on — what a desk sees when the network
fails at the worst moment. The desk cannot know whether the save happened; it keeps the session
in its offline queue under the same client id, and the replay must recognise it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from digituki.core.domain.helplog import SessionDraft
from digituki.core.services import helplog
from digituki.core.services.offline_queue import HelpQueue
from digituki.core.storage.database import Database
from digituki.core.storage.orm import HelpSession

pytestmark = pytest.mark.postgresql


class CommitDropper:
    """Forwards 127.0.0.1:port to the server; `arm()` cuts the next COMMIT's answer."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.armed = threading.Event()
        self.dropped = threading.Event()
        self._closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    def arm(self) -> None:
        self.dropped.clear()
        self.armed.set()

    def close(self) -> None:
        self._closing = True
        with contextlib.suppress(OSError):
            self.listener.close()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            state = {"commit_sent": False}
            threading.Thread(target=self._up, args=(client, server, state), daemon=True).start()
            threading.Thread(target=self._down, args=(server, client, state), daemon=True).start()

    def _up(self, client: socket.socket, server: socket.socket, state: dict[str, bool]) -> None:
        with contextlib.suppress(OSError):
            while data := client.recv(65536):
                if self.armed.is_set() and data[:1] == b"Q" and b"COMMIT" in data.upper():
                    state["commit_sent"] = True
                server.sendall(data)
        _close(client, server)

    def _down(self, server: socket.socket, client: socket.socket, state: dict[str, bool]) -> None:
        with contextlib.suppress(OSError):
            while data := server.recv(65536):
                if state["commit_sent"] and b"COMMIT\x00" in data:
                    self.armed.clear()
                    self.dropped.set()
                    break  # the server has committed; the desk never hears it
                client.sendall(data)
        _close(client, server)


def _close(*socks: socket.socket) -> None:
    for s in socks:
        with contextlib.suppress(OSError):
            s.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            s.close()


@pytest.fixture
def desk_and_proxy(pg_url: str) -> Iterator[tuple[Database, CommitDropper, Database]]:
    Database.open(pg_url).close()  # migrate directly
    url = make_url(pg_url)
    proxy = CommitDropper(int(url.port or 5432))
    desk = Database.open(url.set(port=proxy.port).render_as_string(hide_password=False))
    direct = Database.open(pg_url)
    yield desk, proxy, direct
    desk.close()
    direct.close()
    proxy.close()


def _stored(db: Database) -> int:
    with db.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(HelpSession)) or 0)


def test_a_save_whose_commit_answer_is_lost_is_stored_once_after_the_replay(
    desk_and_proxy: tuple[Database, CommitDropper, Database], tmp_path: Path
) -> None:
    desk, proxy, direct = desk_and_proxy
    draft = SessionDraft(date=dt.date.today(), start_hour=10, topics=("device.phone",))
    client_id = str(uuid.uuid4())  # what the form makes when it is saved
    proxy.arm()
    with pytest.raises(OperationalError):
        helplog.log_session(desk, draft, client_id=client_id)
    assert proxy.dropped.is_set(), "the proxy never saw the COMMIT"
    assert _stored(direct) == 1  # the server did store it: the desk could not know
    # The form keeps the session in the offline queue under the same id (ui/offline.py) ...
    queue = HelpQueue(tmp_path)
    queue.add(draft, client_id=client_id)
    # ... and the replay, once the connection is back, recognises it.
    result = queue.replay(desk)
    assert (result.sent, result.already_there, result.left) == (0, 1, 0)
    assert _stored(direct) == 1
    # The volunteer pressing Save again instead stores nothing new either.
    again = helplog.log_session(desk, draft, client_id=client_id)
    assert _stored(direct) == 1 and len(again.session_ids) == 1


def test_every_save_carries_a_client_id(
    desk_and_proxy: tuple[Database, CommitDropper, Database],
) -> None:
    _desk, _proxy, direct = desk_and_proxy
    draft = SessionDraft(date=dt.date.today(), start_hour=11, topics=("device.phone",))
    helplog.log_session(direct, draft)
    with direct.unit_of_work() as uow:
        ids = list(uow.session.scalars(select(HelpSession.client_id)))
    assert len(ids) == 1 and ids[0] is not None and uuid.UUID(ids[0])
