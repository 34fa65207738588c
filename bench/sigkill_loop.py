"""Fault injection: a help-log writer killed with SIGKILL at random moments, on SQLite and on
PostgreSQL; no acknowledged save may be lost (issue 22).

    .venv/bin/python bench/sigkill_loop.py [--trials 100] [--db sqlite,postgresql] [--seed 1]

Each trial forks a writer (from a zygote that imported the app once) that opens the database as
the app does and saves help sessions in a loop, printing each id after its commit returned; it is
killed with SIGKILL at a random moment (0–120 ms after its first acknowledged save). After every
kill the database is checked: every acknowledged id present, and on SQLite `integrity_check` ok.
PostgreSQL is a throwaway server (tests/pgcluster.py) with fsync on. Prints, per database: trials,
acknowledged saves, lost saves, integrity failures, time, and the median and p95 of the saves
acknowledged per trial. Never a pass/fail test; the exit code is 1 when anything was lost.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _stats import p95 as nearest_rank_p95  # bench/_stats.py: one p95 for every bench

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

ZYGOTE = """
import datetime as dt, os, sys
from digituki.core.services import helplog
from digituki.core.services.helplog import SessionDraft
from digituki.core.storage.database import Database

def write(url):
    db = Database.open(url)
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


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DIGITUKI_PASSPHRASE", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONPATH"] = str(ROOT)
    return env


def _present(url: str) -> tuple[set[int], str]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            ids = {int(r[0]) for r in conn.execute(text("SELECT id FROM help_session"))}
            check = "ok"
            if url.startswith("sqlite"):
                check = str(conn.execute(text("PRAGMA integrity_check")).scalar())
    finally:
        engine.dispose()
    return ids, check


def run(url: str, trials: int, seed: int) -> dict[str, object]:
    from digituki.core.storage.database import Database

    Database.open(url).close()  # migrated before the first kill
    rng = random.Random(seed)
    acknowledged: set[int] = set()
    per_trial: list[int] = []
    lost: set[int] = set()
    broken = 0
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_env(),
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    started = time.monotonic()
    try:
        for _ in range(trials):
            zygote.stdin.write(f"{url}\n".encode())
            zygote.stdin.flush()
            before = len(acknowledged)
            pid, ready = 0, False
            while not (pid and ready):
                line = zygote.stdout.readline().strip()
                if not line:
                    raise RuntimeError("the zygote stopped")
                if line.startswith(b"pid "):
                    pid = int(line[4:])
                elif line == b"ready":
                    ready = True
            while len(acknowledged) == before:  # at least one save, then a random moment
                line = zygote.stdout.readline().strip()
                if not line or line == b"dead":
                    raise RuntimeError("the writer stopped before writing")
                if line.isdigit():
                    acknowledged.add(int(line))
            time.sleep(rng.uniform(0.0, 0.12))
            os.kill(pid, signal.SIGKILL)
            while (line := zygote.stdout.readline().strip()) != b"dead":
                if not line:
                    raise RuntimeError("the zygote stopped")
                if line.isdigit():
                    acknowledged.add(int(line))
            per_trial.append(len(acknowledged) - before)
            present, check = _present(url)
            lost |= acknowledged - present
            broken += check != "ok"
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    elapsed = time.monotonic() - started
    per_trial.sort()
    return {
        "trials": trials,
        "acknowledged": len(acknowledged),
        "lost": len(lost),
        "integrity_failures": broken,
        "seconds": round(elapsed, 1),
        "saves_per_trial_median": statistics.median(per_trial),
        "saves_per_trial_p95": nearest_rank_p95(per_trial),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    if sys.platform == "win32":
        print("SIGKILL and fork are POSIX: nothing to measure here")
        return 0
    failed = False
    for name in [d.strip() for d in args.db.split(",") if d.strip()]:
        if name == "sqlite":
            folder = Path(tempfile.mkdtemp(prefix="digituki-kill-"))
            result = run(f"sqlite:///{folder / 'digituki.sqlite3'}", args.trials, args.seed)
        else:
            from pgcluster import PostgresUnavailable, start_cluster

            try:
                cluster = start_cluster(durable=True)
            except PostgresUnavailable as exc:
                print(f"postgresql: skipped ({exc})")
                continue
            try:
                result = run(cluster.create_database(prefix="kill"), args.trials, args.seed)
            finally:
                cluster.stop()
        failed |= bool(result["lost"] or result["integrity_failures"])
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in result.items()), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
