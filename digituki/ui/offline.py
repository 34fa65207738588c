"""The help-log form while the shared database cannot be reached: the session is kept in this
computer's offline queue (core/services/offline_queue.py) and sent when the server is back."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


def is_connection_error(error: BaseException) -> bool:
    """The server could not be reached (not a rule of the data, not a bug)."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(error, OperationalError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


def queue_if_offline(
    ctx: Any, draft: Any, error: BaseException, client_id: str | None = None
) -> tuple[bool, str] | None:
    """Queue a new session that failed because the shared server is unreachable: (queued, the
    message to show), or None when the error is something else (or the database is local).
    `client_id`: the id of the failed attempt, kept so that a replay is recognised."""
    db = ctx.db
    if db is None or db.engine.dialect.name == "sqlite" or not is_connection_error(error):
        return None
    from digituki.core.domain.errors import ValidationError
    from digituki.core.services.offline_queue import HelpQueue

    try:
        HelpQueue(ctx.paths.data_dir).add(draft, client_id=client_id)
    except ValidationError as exc:
        if exc.message_code != "note_offline":
            raise
        return False, QCoreApplication.translate(
            "Offline",
            "Not saved. The shared database cannot be reached, and a private note cannot be "
            "kept on this computer. Remove the note to keep the session here for now.",
        )
    log.info("help session kept in the offline queue")
    return True, QCoreApplication.translate(
        "Offline",
        "The shared database cannot be reached. The session was kept on this computer and is "
        "sent automatically when the connection is back.",
    )


def replay_queue(ctx: Any) -> Any:
    """Send the queued sessions (worker thread); None when nothing is queued."""
    from digituki.core.services.offline_queue import HelpQueue

    queue = HelpQueue(ctx.paths.data_dir)
    if ctx.db is None or not queue.path.exists():
        return None
    return queue.replay(ctx.db)
