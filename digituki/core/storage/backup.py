"""Copies of a SQLite database made with SQLite's online backup API, verified after writing.

Also the low-level pieces of recovery: checking a file (`quick_check`), restoring a copy in place
while keeping the replaced (maybe damaged) file aside — it is never deleted — and purging personal
data from an old copy.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

Progress = Callable[[int, int], None]  # (done, total) pages or steps

_PAGES_PER_STEP = 256
_SIDE_FILES = ("-wal", "-shm", "-journal")


def backup_sqlite(source: Path, destination: Path, progress: Progress | None = None) -> Path:
    """Copy the database at `source` to `destination` atomically and check the copy."""
    from digituki.paths import make_private, use_private_umask

    use_private_umask()  # a new backup folder is 0700 (an existing one keeps its mode)
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".part")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # 0600 from the start
    make_private(tmp)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=_PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")
            row = dst.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise OSError(f"backup of {source.name} failed its check")
            dst.commit()
        finally:
            dst.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, destination)
    _fsync_folder(destination.parent)
    return destination


def quick_check(path: Path) -> str:
    """ "ok" if SQLite's quick_check finds the file sound, else the first problem it reports."""
    if not path.exists():
        return "missing"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"cannot be opened: {type(exc).__name__}: {exc}"
    if rows == [("ok",)]:
        return "ok"
    return str(rows[0][0]) if rows else "no answer"


def is_digituki_database(path: Path) -> bool:
    """True for a sound SQLite file with a Digituki schema (an alembic revision)."""
    if quick_check(path) != "ok":
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None


def leftover_files(path: Path) -> list[Path]:
    """The journal files (-wal, -shm, -journal) beside `path` that exist."""
    return [side for suffix in _SIDE_FILES if (side := Path(str(path) + suffix)).exists()]


def set_aside(path: Path, label: str, stamp: str) -> Path | None:
    """Move the database file and its journal files to `<name>.<label>-<stamp>`; never deletes.

    Journal files are moved even when the database file itself is gone: a `-wal` may hold
    committed data, and left beside a restored copy SQLite would apply or discard it."""
    sides = leftover_files(path)
    if not path.exists() and not sides:
        return None
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while aside.exists() or any(Path(str(aside) + s).exists() for s in _SIDE_FILES):
        aside = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
        n += 1
    if path.exists():
        os.replace(path, aside)
    for side in sides:
        os.replace(side, Path(str(aside) + side.name[len(path.name) :]))
    _fsync_folder(path.parent)
    return aside


def restore_sqlite(
    backup: Path, target: Path, stamp: str, progress: Progress | None = None
) -> Path | None:
    """Put a verified copy of `backup` at `target`; the old file is set aside and its path returned.

    The database must be closed. The copy is written next to the target first, so a crash leaves
    either the old file or the complete restored one.
    """
    if not is_digituki_database(backup):
        raise OSError("the backup is damaged or not a Digituki database")
    tmp = target.with_name(target.name + ".restoring")
    tmp.unlink(missing_ok=True)
    size = backup.stat().st_size
    done = 0
    with open(backup, "rb") as src, open(tmp, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, size)
        dst.flush()
        os.fsync(dst.fileno())
    if quick_check(tmp) != "ok":
        tmp.unlink(missing_ok=True)
        raise OSError("the restored copy failed its check")
    aside = set_aside(target, "replaced", stamp)
    os.replace(tmp, target)
    _fsync_folder(target.parent)
    return aside


def purge_copy(path: Path, booking_cutoff: str, note_cutoff: str, purged_at: str) -> int:
    """Remove personal data older than the cutoffs from a backup copy; returns rows changed.

    `booking_cutoff`/`purged_at` are naive-UTC timestamps as stored, `note_cutoff` a date.
    Free pages are wiped (secure_delete, VACUUM) so nothing of the removed data stays in the file.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        changed = 0
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("BEGIN IMMEDIATE")
        if "booking" in tables:
            cols = {r[1] for r in conn.execute("PRAGMA table_info(booking)")}
            if {"name_enc", "phone_enc"} <= cols:
                extra = ", purged_at = ?" if "purged_at" in cols else ""
                params: tuple[str, ...] = (purged_at,) if extra else ()
                cur = conn.execute(
                    f"UPDATE booking SET name_enc = NULL, phone_enc = NULL{extra} "
                    "WHERE slot_start < ? AND (name_enc IS NOT NULL OR phone_enc IS NOT NULL)",
                    (*params, booking_cutoff),
                )
                changed += cur.rowcount
        if "help_session" in tables:
            cols = {r[1] for r in conn.execute("PRAGMA table_info(help_session)")}
            if "note_enc" in cols:
                cur = conn.execute(
                    "UPDATE help_session SET note_enc = NULL "
                    "WHERE session_date < ? AND note_enc IS NOT NULL",
                    (note_cutoff,),
                )
                changed += cur.rowcount
        conn.execute("COMMIT")
        if changed:
            conn.execute("VACUUM")
    finally:
        conn.close()
    if changed:
        with open(path, "rb+") as f:
            os.fsync(f.fileno())
    return changed


def copy_file(source: Path, destination: Path) -> None:
    """Atomic plain copy (temp file in the same folder, fsync, rename)."""
    tmp = destination.with_name(destination.name + ".part")
    shutil.copyfile(source, tmp)
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, destination)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
