"""Unit of work: one session, one transaction, committed explicitly or rolled back.

On SQLite a unit of work begins with `BEGIN IMMEDIATE` (see storage/engine.py). A unit of work
opened while another is open on the same thread (a service reading the data key inside its own
transaction) reads with a deferred `BEGIN` instead: the outer one holds the write lock, and an
inner IMMEDIATE would wait for it until the busy timeout.
"""

from __future__ import annotations

import threading
from types import TracebackType

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from digituki.core.domain.errors import ConflictError, DatabaseReadOnlyError


def _is_lock_timeout(exc: BaseException | None) -> bool:
    """SQLite gave up waiting for another desk's write (rollback-journal mode): try again."""
    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig)


_open = threading.local()  # units of work open on this thread


class UnitOfWork:
    """`with db.unit_of_work() as uow: …; uow.commit()` — leaving without commit rolls back."""

    session: Session

    def __init__(
        self, factory: sessionmaker[Session], reading: sessionmaker[Session] | None = None
    ) -> None:
        self._factory = factory
        self._reading = reading or factory

    def __enter__(self) -> UnitOfWork:
        depth = getattr(_open, "depth", 0)
        self.session = (self._reading if depth else self._factory)()
        _open.depth = depth + 1
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        _open.depth = max(0, getattr(_open, "depth", 1) - 1)
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if _is_lock_timeout(exc):
            raise ConflictError() from None
        if isinstance(exc, OperationalError) and "readonly database" in str(exc.orig):
            raise DatabaseReadOnlyError() from None

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
