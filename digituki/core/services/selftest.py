"""Self-test: checks that this installation can store and read data, without a display."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


def run_self_test() -> list[Check]:
    """Create a temporary database, migrate it, write and read a record; report each step."""
    from digituki.core.domain.topics import load_topics
    from digituki.core.services import settings as settings_service
    from digituki.core.storage import migrate
    from digituki.core.storage.database import Database

    checks: list[Check] = []
    with tempfile.TemporaryDirectory(prefix="digituki-selftest-") as tmp:
        path = Path(tmp) / "selftest.sqlite3"
        try:
            db = Database.open_file(path)
        except Exception as exc:
            return [Check("open and migrate a database", False, f"{type(exc).__name__}: {exc}")]
        try:
            checks.append(
                Check("open and migrate a database", True, f"schema {migrate.head_revision()}")
            )
            try:
                settings_service.update_site_settings(db, site_name="Self-test point")
                ok = settings_service.get_site_settings(db).site_name == "Self-test point"
                checks.append(Check("write and read a record", ok))
            except Exception as exc:
                checks.append(Check("write and read a record", False, f"{type(exc).__name__}"))
            with db.engine.connect() as conn:
                result = conn.execute(text("PRAGMA integrity_check")).scalar()
                mode = conn.execute(text("PRAGMA journal_mode")).scalar()
            checks.append(Check("database integrity", result == "ok", str(result)))
            checks.append(Check("journal mode", True, str(mode)))
            try:
                from digituki.core.services import guides as guides_service

                guides_service.ensure_builtin_guides(db)
                found = guides_service.search_guides(db, "valtuu")
                checks.append(
                    Check("built-in guides and search", bool(found), f"{len(found)} hits")
                )
            except Exception as exc:
                checks.append(Check("built-in guides and search", False, f"{type(exc).__name__}"))
            topics = load_topics()
            checks.append(
                Check(
                    "topic list",
                    len(topics.all_topics()) > 0,
                    f"version {topics.version}, {len(topics.all_topics())} topics",
                )
            )
        finally:
            db.close()
    checks.append(_postgresql_driver())
    return checks


def _postgresql_driver() -> Check:
    """The shared-database driver loads (psycopg with its own libpq), without a server."""
    name = "PostgreSQL driver (shared database)"
    try:
        import psycopg
        from sqlalchemy.dialects.postgresql import psycopg as _dialect  # noqa: F401

        return Check(name, True, f"psycopg {psycopg.__version__}, libpq {psycopg.pq.version()}")
    except Exception as exc:
        return Check(name, False, f"{type(exc).__name__}: {exc}")
