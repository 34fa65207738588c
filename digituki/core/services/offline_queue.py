"""Help sessions saved while the shared database cannot be reached, sent when it is back.

The queue is a small JSON file in this computer's data folder (`help-queue.json`), written
atomically (temporary file, fsync, rename) after every change, so nothing is lost when the
computer is switched off at the wall. Each queued session gets a UUID (`client_id`) when it is
queued; `helplog.log_session(client_id=…)` stores a session with a known id only once, so sending
is exactly-once even when the desk crashes between sending and forgetting an entry, or two
replays run at the same moment.

Only anonymous codes are queued: a private note (personal data, encrypted in the database) is not
written to the queue file — `add` refuses a draft with a note (`ValidationError("note_offline")`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digituki.core.domain.errors import DigitukiError, ValidationError
from digituki.core.domain.helplog import SessionDraft

if TYPE_CHECKING:
    from digituki.core.storage.database import Database

log = logging.getLogger(__name__)

FILE_NAME = "help-queue.json"
_lock = threading.Lock()


@dataclass(frozen=True)
class QueuedSession:
    client_id: str
    queued_at: dt.datetime  # UTC
    draft: SessionDraft


@dataclass(frozen=True)
class ReplayResult:
    sent: int  # stored now
    already_there: int  # stored by an earlier try (a duplicate: not stored again)
    left: int  # still queued (the server went away again, or a session was refused)
    refused: int = 0  # refused by the database's rules: kept aside in help-queue-refused.json


def _encode(item: QueuedSession) -> dict[str, Any]:
    draft = dataclasses.asdict(item.draft)
    draft["date"] = item.draft.date.isoformat()
    draft["topics"] = list(item.draft.topics)
    return {"client_id": item.client_id, "queued_at": item.queued_at.isoformat(), "draft": draft}


def _decode(raw: dict[str, Any]) -> QueuedSession:
    fields = dict(raw["draft"])
    fields["date"] = dt.date.fromisoformat(fields["date"])
    fields["topics"] = tuple(fields["topics"])
    known = {f.name for f in dataclasses.fields(SessionDraft)}
    draft = SessionDraft(**{k: v for k, v in fields.items() if k in known})
    return QueuedSession(
        str(uuid.UUID(raw["client_id"])), dt.datetime.fromisoformat(raw["queued_at"]), draft
    )


class HelpQueue:
    """The queue of one computer (its data folder)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME

    def pending(self) -> list[QueuedSession]:
        """The queued sessions, oldest first (an unreadable file is kept aside, never lost)."""
        with _lock:
            return self._read()

    def _read(self) -> list[QueuedSession]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [_decode(item) for item in data["sessions"]]
        except (OSError, ValueError, KeyError, TypeError):
            aside = self.path.with_name(f"{FILE_NAME}.unreadable-{uuid.uuid4().hex[:8]}")
            log.error("the offline queue could not be read; kept aside as %s", aside.name)
            os.replace(self.path, aside)
            return []

    def _write(self, items: list[QueuedSession]) -> None:
        if not items:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(FILE_NAME + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({"version": 1, "sessions": [_encode(i) for i in items]}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def _keep_refused(self, item: QueuedSession) -> None:
        """A session the database refused is kept aside for a person to look at, never lost."""
        aside = HelpQueue(self.path.parent)
        aside.path = self.path.with_name("help-queue-refused.json")
        aside._write([*aside._read(), item])

    def add(
        self, draft: SessionDraft, now: dt.datetime | None = None, client_id: str | None = None
    ) -> QueuedSession:
        """Queue a session (validated first, so only what the server will accept is queued).

        `client_id`: the id the form gave the session when it was saved; the first attempt may
        have reached the server after all, and the replay then recognises it."""
        from digituki.core.clock import utc_now
        from digituki.core.domain import helplog as rules
        from digituki.core.domain.topics import load_topics
        from digituki.core.services.helplog import local_today

        if draft.note.strip():
            raise ValidationError("note_offline", "note")
        moment = now or utc_now()
        rules.validate_draft(draft, today=local_today(moment), topics=load_topics())
        item = QueuedSession(
            str(uuid.UUID(client_id) if client_id else uuid.uuid4()), moment, draft
        )
        with _lock:
            self._write([*self._read(), item])
        return item

    def replay(self, db: Database) -> ReplayResult:
        """Send every queued session, oldest first; each is forgotten only after it is stored.

        Stops at the first connection failure (the rest stay queued for the next try)."""
        from sqlalchemy.exc import OperationalError

        from digituki.core.services import helplog

        sent = already = refused = 0
        with _lock:
            items = self._read()
            while items:
                item = items[0]
                try:
                    before = helplog.session_by_client_id(db, item.client_id)
                    if before is None:
                        helplog.log_session(
                            db,
                            item.draft,
                            now=item.queued_at,
                            confirm_exported=True,  # the help happened; the export is outdated
                            client_id=item.client_id,
                        )
                        sent += 1
                    else:
                        already += 1
                except OperationalError:
                    break  # the server went away again
                except DigitukiError as exc:
                    # e.g. the volunteer was removed meanwhile: the help still counts without them
                    if item.draft.volunteer_id is not None:
                        items[0] = dataclasses.replace(
                            item, draft=dataclasses.replace(item.draft, volunteer_id=None)
                        )
                        continue
                    log.warning("a queued help session was refused: %s", exc)
                    self._keep_refused(item)
                    refused += 1
                items = items[1:]
                self._write(items)
        return ReplayResult(sent, already, len(items), refused)
