"""Copies of a SQLite database made with SQLite's online backup API, verified after writing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy the database at `source` to `destination` atomically and check the copy."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            row = dst.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise OSError(f"backup of {source.name} failed its check")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, destination)
    return destination
