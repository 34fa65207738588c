"""Unit of work: one session, one transaction, committed explicitly or rolled back."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from digituki.core.domain.errors import ConflictError, DatabaseReadOnlyError


def _is_lock_timeout(exc: BaseException | None) -> bool:
    """SQLite gave up waiting for another desk's write (rollback-journal mode): try again."""
    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig)


class UnitOfWork:
    """`with db.unit_of_work() as uow: …; uow.commit()` — leaving without commit rolls back."""

    session: Session

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
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
