"""The frozen build is tested like the source (slow: builds the bundle twice).

Runs only with DIGITUKI_TEST_BUNDLE=1 (.ci/run sets it). Builds version N, creates data with it,
unpacks a bumped build N+1 (with one more migration) over the same folder, and checks that the data
is still there and migrated.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("DIGITUKI_TEST_BUNDLE") != "1",
        reason="bundle build is slow: set DIGITUKI_TEST_BUNDLE=1 (.ci/run does)",
    ),
]

PROBE_MIGRATION = '''"""Upgrade probe (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "9999_probe"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("upgrade_probe")
'''


def build(source: Path, dist: Path) -> Path:
    env = {**os.environ}
    env.pop("DIGITUKI_HOME", None)
    result = subprocess.run(
        [sys.executable, str(source / "installer" / "build.py"), "--dist", str(dist)],
        cwd=source,
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "self-test passed" in result.stdout
    assert "frozen start: window opened" in result.stdout
    archives = list(dist.glob("digituki-*.tar.gz"))
    assert len(archives) == 1
    return archives[0]


def unpack(archive: Path, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tf:
        tf.extractall(into, filter="tar")
    return into / "Digituki" / "Digituki"


def frozen(exe: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DIGITUKI_HOME", None)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=300)


def bumped_copy(tmp: Path) -> Path:
    """A copy of the source tree as the next release: version bumped, one more migration."""
    src = tmp / "next-src"
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split("\n")  # fmt: skip
    for name in filter(None, files):
        target = src / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, target)
    for qm in (ROOT / "digituki" / "ui" / "translations").glob("*.qm"):
        shutil.copy2(qm, src / "digituki" / "ui" / "translations" / qm.name)
    init = src / "digituki" / "__init__.py"
    init.write_text(
        re.sub(r'__version__ = "[^"]+"', '__version__ = "99.0.0"', init.read_text()), "utf-8"
    )
    from digituki.core.storage.migrate import head_revision

    versions = src / "digituki" / "core" / "storage" / "migrations" / "versions"
    (versions / "9999_probe.py").write_text(
        PROBE_MIGRATION.format(head=head_revision()), encoding="utf-8"
    )
    # a release with a new migration also moves the schema-head constant (a test enforces it)
    database = src / "digituki" / "core" / "storage" / "database.py"
    database.write_text(
        re.sub(r'SCHEMA_HEAD = "[^"]+"', 'SCHEMA_HEAD = "9999_probe"', database.read_text()),
        encoding="utf-8",
    )
    return src


def test_bundle_builds_runs_and_upgrades_in_place(tmp_path: Path) -> None:
    archive_n = build(ROOT, tmp_path / "dist-n")
    size_mb = sum(
        p.stat().st_size for p in (tmp_path / "dist-n" / "Digituki").rglob("*")
        if p.is_file() and not p.is_symlink()
    ) / 1e6  # fmt: skip
    print(f"bundle {size_mb:.1f} MB, archive {archive_n.stat().st_size / 1e6:.1f} MB")
    assert size_mb <= 150
    assert archive_n.stat().st_size / 1e6 <= 60

    install = tmp_path / "install"
    data = tmp_path / "data"
    exe = unpack(archive_n, install)
    assert frozen(exe, "demo", "--data-dir", str(data), "--seed", "5").returncode == 0
    db = data / "digituki.sqlite3"
    con = sqlite3.connect(db)
    settings_before = con.execute("SELECT key, value FROM site_setting ORDER BY key").fetchall()
    con.close()
    assert settings_before

    archive_next = build(bumped_copy(tmp_path), tmp_path / "dist-next")
    exe = unpack(archive_next, install)  # unpacked over the old version, as a user would
    assert frozen(exe, "--version").stdout.strip() == "Digituki 99.0.0"
    started = frozen(exe, "--data-dir", str(data), "--quit-after-ms", "200", "--report-startup")
    assert started.returncode == 0, started.stderr
    assert "ready" in started.stdout

    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_probe",)
        after = con.execute("SELECT key, value FROM site_setting ORDER BY key").fetchall()
        assert set(settings_before) <= set(after)  # the start may add its own (e.g. last purge)
    finally:
        con.close()
    assert list((data / "backups").glob("before-migration-*.sqlite3")), "backup before migrating"

    # The frozen build reaches a shared PostgreSQL server (issue 11): psycopg, its libpq and the
    # OpenSSL that Python's ssl shares with it are all inside the bundle.
    sys.path.insert(0, str(ROOT / "tests"))
    from pgcluster import PostgresUnavailable, start_cluster

    try:
        cluster = start_cluster()
    except PostgresUnavailable as exc:
        print(f"\nfrozen PostgreSQL check not run: PostgreSQL could not be started: {exc}")
        return
    try:
        url = cluster.create_database(prefix="frozen")
        copied = frozen(exe, "db", "migrate-to-server", url, "--data-dir", str(data))
        assert copied.returncode == 0, copied.stderr
        assert "every count checked" in copied.stdout
    finally:
        cluster.stop()
