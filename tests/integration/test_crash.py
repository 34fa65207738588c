"""Crash proof: a writer killed with SIGKILL at random moments never loses an acknowledged commit,
and a migration killed half-way leaves the schema wholly at the old or the new revision."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from digituki.core.storage import migrate
from digituki.core.storage.database import Database
from digituki.core.storage.engine import create_db_engine, sqlite_url

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

TRIALS = 104  # in two parallel lanes of 52
# A zygote imports the app once, then forks one writer per trial (a fresh interpreter per trial
# would spend most of the time importing). Each writer opens the database itself, as the app does.
ZYGOTE = """
import datetime as dt, os, sys
from pathlib import Path
from digituki.core.services import helplog
from digituki.core.services.helplog import SessionDraft
from digituki.core.storage.database import Database

def write(path):
    db = Database.open_file(Path(path))
    os.write(1, b"ready\\n")
    today = dt.date(2026, 11, 23)
    now = dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)
    while True:
        result = helplog.log_session(
            db, SessionDraft(date=today, start_hour=10, topics=("health.omakanta",)), now=now)
        os.write(1, b"%d\\n" % result.session_id)  # one write: a line is whole or absent

for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:
            write(line.strip())
        finally:
            os._exit(1)
    os.write(1, b"pid %d\\n" % pid)
    os.waitpid(pid, 0)
    os.write(1, b"dead\\n")
"""
MIGRATOR = """
import sys
from digituki.core.storage import migrate
from digituki.core.storage.engine import create_db_engine, sqlite_url
from pathlib import Path
print("ready", flush=True)
migrate.upgrade(create_db_engine(sqlite_url(Path(sys.argv[1]))), backup_dir=Path(sys.argv[2]))
print("done", flush=True)
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DIGITUKI_PASSPHRASE"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def _kill_after_ready(code: str, args: list[str], delay: float) -> list[str]:
    """Run `code`, SIGKILL it `delay` seconds after it says "ready"; its complete output lines."""
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    assert proc.stdout is not None
    with proc.stdout:
        first = proc.stdout.readline()
        assert first.strip() == b"ready", first
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        out = proc.stdout.read()
        proc.wait()
    lines = out.split(b"\n")
    return [line.decode() for line in lines[:-1]]  # the last piece may be cut off: not complete


def _lane(path: Path, trials: int, seed: int) -> tuple[set[int], list[str]]:
    rng = random.Random(seed)
    acknowledged: set[int] = set()
    problems: list[str] = []
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    try:
        for _ in range(trials):
            zygote.stdin.write(f"{path}\n".encode())
            zygote.stdin.flush()
            pid, ready = 0, False
            while not (pid and ready):
                line = zygote.stdout.readline().strip()
                assert line, "the zygote stopped"
                if line.startswith(b"pid "):
                    pid = int(line[4:])
                elif line == b"ready":
                    ready = True
                elif line.isdigit():
                    acknowledged.add(int(line))
            # at least one commit acknowledged in every trial (on a busy machine a fixed delay
            # may pass before the writer has written anything), then a random moment
            before = len(acknowledged)
            while len(acknowledged) == before:
                line = zygote.stdout.readline().strip()
                assert line and line != b"dead", "the writer stopped before writing"
                if line.isdigit():
                    acknowledged.add(int(line))
            time.sleep(rng.uniform(0.0, 0.12))
            os.kill(pid, signal.SIGKILL)
            while (line := zygote.stdout.readline().strip()) != b"dead":
                assert line, "the zygote stopped"
                if line.isdigit():
                    acknowledged.add(int(line))
            with sqlite3.connect(path) as conn:
                present = {r[0] for r in conn.execute("SELECT id FROM help_session")}
                check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            conn.close()
            if check != "ok":
                problems.append(f"integrity_check: {check}")
            missing = acknowledged - present
            if missing:
                problems.append(f"lost acknowledged ids: {sorted(missing)[:10]}")
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    return acknowledged, problems


def test_sigkill_never_loses_an_acknowledged_commit(tmp_path: Path) -> None:
    paths = [tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"]
    for p in paths:
        Database.open_file(p).close()
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(
            pool.map(lambda ip: _lane(ip[1], TRIALS // 2, ip[0]), enumerate(paths, start=1))
        )
    elapsed = time.monotonic() - started
    problems = [p for _, lane_problems in results for p in lane_problems]
    assert not problems, problems
    acknowledged = sum(len(ids) for ids, _ in results)
    assert acknowledged >= TRIALS  # the writers really wrote between the kills
    print(f"{TRIALS} kills, {acknowledged} acknowledged commits, none lost ({elapsed:.1f} s)")


def _schema_revision_consistent(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    from digituki.core.storage.database import SCHEMA_HEAD

    # the upgrade 0004 → head is one transaction: wholly old or wholly new
    assert revision in ("0004", SCHEMA_HEAD), revision
    assert ("site_secret" in tables) == (revision == SCHEMA_HEAD), (revision, sorted(tables))
    return str(revision)


def test_sigkill_during_a_migration_leaves_old_or_new_schema(tmp_path: Path) -> None:
    base = tmp_path / "base.sqlite3"
    engine = create_db_engine(sqlite_url(base))
    migrate.upgrade(engine, target="0004")
    engine.dispose()
    rng = random.Random(3)
    seen: set[str] = set()
    for trial in range(8):
        path = tmp_path / f"m{trial}.sqlite3"
        shutil.copyfile(base, path)
        _kill_after_ready(MIGRATOR, [str(path), str(tmp_path / "bk")], rng.uniform(0.0, 0.6))
        seen.add(_schema_revision_consistent(path))
        # and the app can always finish the upgrade afterwards
        again = create_db_engine(sqlite_url(path))
        migrate.upgrade(again)
        assert migrate.current_revision(again) == migrate.head_revision()
        again.dispose()
    print(f"revisions seen after the kill: {sorted(seen)}")
