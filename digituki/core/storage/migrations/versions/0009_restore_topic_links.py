"""Repair: give back the topic links that an earlier build's migration 0008 deleted (issue 22).

On SQLite, 0008's table rebuild ran with foreign keys on, so dropping the old `help_session`
cascaded into `help_session_topic`: every session kept, every topic link lost. The schema is
unchanged here; this step only restores data.

Every saved session has at least one topic, so a session with none lost them. Their links are
taken from the copies in the backup folder made before 0008 existed (`before-migration-000N-…`
made by the upgrade itself first, then any other backup at schema 0003–0007), newest first, for
the sessions whose id, date, hour, length and creation time are the same in the copy. What was
restored (or that nothing could be) is left as a note in `site_setting` (`upgrade_note.*`), which
the app and the command line show once in words (services/upgrade_notes.py).

PostgreSQL never lost anything (no table rebuild there): nothing to do.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic import context, op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

log = logging.getLogger("digituki.core.storage.migrations")

OLD_REVISIONS = {"0003", "0004", "0005", "0006", "0007"}  # help_session_topic, before 0008
MATCH = ("id", "session_date", "start_hour", "duration_minutes", "created_at")
NOTE_RESTORED = "upgrade_note.topics_restored"
NOTE_MISSING = "upgrade_note.topics_missing"


def _candidates(folder: Path) -> list[Path]:
    """Backups that may still hold the links: made before 0008, the upgrade's own copies first."""
    found: list[tuple[int, float, Path]] = []
    for path in folder.glob("*.sqlite3"):
        revision = _revision(path)
        if revision in OLD_REVISIONS:
            first = 0 if path.name.startswith("before-migration-") else 1
            found.append((first, -path.stat().st_mtime, path))
    return [p for _, _, p in sorted(found)]


def _revision(path: Path) -> str | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if con.execute("PRAGMA quick_check").fetchone() != ("ok",):
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return None
    return None if row is None else str(row[0])


def _backup_links(path: Path, wanted: dict[int, tuple[object, ...]]) -> dict[int, list[str]]:
    """{session id: topic codes} from the copy, for sessions that are the same as ours."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        same: set[int] = set()
        for row in con.execute(f"SELECT {', '.join(MATCH)} FROM help_session"):
            if wanted.get(int(row[0])) == tuple(row):
                same.add(int(row[0]))
        links: dict[int, list[str]] = {}
        for session_id, code in con.execute(
            "SELECT session_id, topic_code FROM help_session_topic ORDER BY session_id, topic_code"
        ):
            if int(session_id) in same:
                links.setdefault(int(session_id), []).append(str(code))
    finally:
        con.close()
    return links


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    rows = bind.execute(
        sa.text(
            f"SELECT {', '.join(MATCH)} FROM help_session WHERE NOT EXISTS "
            "(SELECT 1 FROM help_session_topic t WHERE t.session_id = help_session.id)"
        )
    ).all()
    bare = {int(r[0]): tuple(r) for r in rows}
    if not bare:
        return
    known = {str(r[0]) for r in bind.execute(sa.text("SELECT code FROM topic"))}
    folder = context.config.attributes.get("backup_dir")
    restored_sessions = 0
    restored_links = 0
    sources: list[str] = []
    if folder is not None and Path(folder).is_dir():
        for path in _candidates(Path(folder)):
            links = _backup_links(path, bare)
            used = 0
            for session_id, codes in links.items():
                codes = [c for c in codes if c in known]
                if not codes:
                    continue
                bind.execute(
                    sa.text(
                        "INSERT INTO help_session_topic (session_id, topic_code) VALUES (:s, :c)"
                    ),
                    [{"s": session_id, "c": c} for c in codes],
                )
                del bare[session_id]
                used += 1
                restored_links += len(codes)
            if used:
                restored_sessions += used
                sources.append(path.name)
                log.info("restored the topics of %d sessions from %s", used, path.name)
            if not bare:
                break
    if restored_sessions:
        _note(
            NOTE_RESTORED,
            {"sessions": restored_sessions, "links": restored_links, "backups": sources},
        )
    if bare:
        log.warning("%d sessions have no topics and no backup holds them", len(bare))
        _note(NOTE_MISSING, {"sessions": len(bare)})


def _note(key: str, value: dict[str, object]) -> None:
    op.get_bind().execute(
        sa.text("INSERT OR REPLACE INTO site_setting (key, value) VALUES (:k, :v)"),
        {"k": key, "v": json.dumps(value)},
    )


def downgrade() -> None:
    """Nothing to undo: the restored links are the data as it was saved."""
