"""Test setup shared by all tiers: offscreen Qt, a private data folder, markers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Never a real display, never the user's own data folder or keyring.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("DIGITUKI_HOME", None)
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
# No secure store under the fail backend: the data key is wrapped by this site passphrase.
os.environ.setdefault("DIGITUKI_PASSPHRASE", "test site passphrase")

TESTS = Path(__file__).parent


def _cheap_scrypt() -> None:
    """Wrapping the data key costs 64 MiB and ~0.3 s of scrypt per new data folder by design;
    hundreds of test windows would spend minutes in it. The parameters are stored with each
    wrapped key, so the code paths are the same (the shipped value is checked in test_data_key)."""
    from digituki.core.security import keys

    keys.SCRYPT_N = 2**10


_cheap_scrypt()


# The database the storage and service tests run on: SQLite in memory (default), or a fresh
# database on a throwaway PostgreSQL server (`DIGITUKI_TEST_DB=postgresql` or `--db=postgresql`;
# ./test runs that pass after the main one). See tests/pgcluster.py.
PG_FIXTURES = ("db", "pg_url", "pg_cluster")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db",
        choices=("sqlite", "postgresql"),
        default=os.environ.get("DIGITUKI_TEST_DB") or "sqlite",
        help="database for the storage and service tests (default: $DIGITUKI_TEST_DB or sqlite)",
    )


def _on_postgresql(config: pytest.Config) -> bool:
    return bool(config.getoption("--db") == "postgresql")


def pytest_report_header(config: pytest.Config) -> str:
    if _on_postgresql(config):
        return "database: PostgreSQL (a throwaway server; only tests that use a database run)"
    return "database: SQLite (tests marked `postgresql` run in the PostgreSQL pass)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if (TESTS / "gui") in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
    if _on_postgresql(config):
        # The PostgreSQL pass repeats only what touches a database fixture: short on CI.
        keep, drop = [], []
        for item in items:
            names = getattr(item, "fixturenames", ())
            uses_db = any(n in names for n in PG_FIXTURES) and not item.get_closest_marker("gui")
            wanted = uses_db or item.get_closest_marker("postgresql")
            (keep if wanted else drop).append(item)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep
        return
    skip = pytest.mark.skip(reason="runs in the PostgreSQL pass (DIGITUKI_TEST_DB=postgresql)")
    for item in items:
        if item.get_closest_marker("postgresql"):
            item.add_marker(skip)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh data folder, also exported as DIGITUKI_HOME."""
    home = tmp_path / "digituki-home"
    monkeypatch.setenv("DIGITUKI_HOME", str(home))
    yield home


_pg_state: dict[str, object] = {}


@pytest.fixture(scope="session")
def pg_cluster(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """The throwaway PostgreSQL server of this run, with a migrated template database; skips
    (with the reason) when no server can be started."""
    from pgcluster import PostgresUnavailable, start_cluster

    try:
        cluster = start_cluster()
    except PostgresUnavailable as exc:
        reason = f"PostgreSQL could not be started: {exc}"
        print(f"\n{reason}")
        pytest.skip(reason)
    request.addfinalizer(cluster.stop)
    from digituki.core.storage.database import Database

    # Migrated once; each test gets a copy (CREATE DATABASE … TEMPLATE, ~50 ms, not ~1 s).
    template = Database.open(cluster.create_database(prefix="template"))
    name = str(template.engine.url.database)
    template.close()
    _pg_state["template"] = name
    return cluster


@pytest.fixture
def pg_url(pg_cluster):  # type: ignore[no-untyped-def]
    """The URL of a new, empty database on the throwaway PostgreSQL server."""
    url = pg_cluster.create_database()
    yield url
    pg_cluster.drop_database(url)


@pytest.fixture
def db(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """A migrated private database: in-memory SQLite, or a fresh one on PostgreSQL."""
    from digituki.core.storage.database import Database

    if not _on_postgresql(request.config):
        database = Database.in_memory()
        yield database
        database.close()
        return
    cluster = request.getfixturevalue("pg_cluster")
    url = cluster.create_database(template=str(_pg_state["template"]))
    database = Database.open(url)
    yield database
    database.close()
    cluster.drop_database(url)
