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

from digituki.core.domain.errors import (
    ConflictError,
    DatabaseNotWritableError,
    DatabaseReadOnlyError,
    DigitukiError,
    DiskFullError,
)


def storage_error(exc: BaseException | None, where: str = "") -> DigitukiError | None:
    """The typed error for SQLite's read-only and disk-full failures, else None. `where` is the
    file (or folder) to name in the message."""
    if not isinstance(exc, OperationalError):
        return None
    text = str(exc.orig)
    if "database or disk is full" in text:
        return DiskFullError()
    if "readonly database" in text or "unable to open database file" in text:
        return DatabaseNotWritableError(path=where)
    return None


def _is_lock_timeout(exc: BaseException | None) -> bool:
    """SQLite gave up waiting for another desk's write (rollback-journal mode): try again."""
    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig)


_open = threading.local()  # units of work open on this thread


class UnitOfWork:
    """`with db.unit_of_work() as uow: …; uow.commit()` — leaving without commit rolls back."""

    session: Session

    def __init__(
        self,
        factory: sessionmaker[Session],
        reading: sessionmaker[Session] | None = None,
        *,
        newer_app: bool = False,
        where: str = "",
    ) -> None:
        self._factory = factory
        self._reading = reading or factory
        self._newer_app = newer_app  # opened read-only because a newer Digituki wrote it
        self._where = where

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
        typed = storage_error(exc, self._where)
        if self._newer_app and isinstance(typed, DatabaseNotWritableError):
            raise DatabaseReadOnlyError() from None  # a newer app's file, opened read-only
        if typed is not None:
            raise typed from None

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
