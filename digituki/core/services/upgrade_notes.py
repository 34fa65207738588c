"""Notes a migration leaves for the user (issue 22), shown once by the app and the command line.

A migration that repairs data stores what it did in `site_setting` under `upgrade_note.<kind>`;
`take_upgrade_notes` returns them and removes them, so each is said once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, select

from digituki.core.storage.database import Database
from digituki.core.storage.orm import SiteSetting

PREFIX = "upgrade_note."


@dataclass(frozen=True)
class UpgradeNote:
    """`kind`: "topics_restored" (sessions, links, backups) or "topics_missing" (sessions)."""

    kind: str
    sessions: int
    links: int = 0
    backups: tuple[str, ...] = ()


def take_upgrade_notes(db: Database) -> list[UpgradeNote]:
    """The notes left by the last upgrade (removed as they are read); none on a read-only db."""
    if db.read_only:
        return []
    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(SiteSetting.key, SiteSetting.value).where(SiteSetting.key.startswith(PREFIX))
        ).all()
        if not rows:
            return []
        uow.session.execute(delete(SiteSetting).where(SiteSetting.key.startswith(PREFIX)))
        uow.commit()
    notes = []
    for key, value in sorted(rows):
        try:
            data = json.loads(value)
            notes.append(
                UpgradeNote(
                    kind=key[len(PREFIX) :],
                    sessions=int(data.get("sessions", 0)),
                    links=int(data.get("links", 0)),
                    backups=tuple(str(b) for b in data.get("backups", ())),
                )
            )
        except (ValueError, TypeError, AttributeError):
            continue
    return notes


def describe(note: UpgradeNote) -> str:
    """The note in plain English (the command line; the window has its own translated texts)."""
    if note.kind == "topics_restored":
        return (
            f"An earlier update had lost the topics of {note.sessions} help sessions. They were "
            f"restored ({note.links} topic entries) from the backup {', '.join(note.backups)}; "
            "the statistics count them again."
        )
    if note.kind == "topics_missing":
        return (
            f"An earlier update lost the topics of {note.sessions} help sessions and no backup "
            "made before it was found. The sessions are kept, but their topics are missing from "
            "the statistics. A copy of the database from before that update still holds them: "
            "ask your support person."
        )
    return f"Digituki was updated ({note.kind})."
