"""Benchmark: booking and help-log save latency, SQLite file vs a local PostgreSQL, one run.

    .venv/bin/python bench/db_latency.py [--n 300]

Starts a throwaway PostgreSQL server (tests/pgcluster.py; fsync ON, like a real server) on the
loopback, and a SQLite file database (synchronous=FULL). For each it times, one call at a time
(each its own durable transaction, as a desk does it):
- baseline: save one site setting (the smallest write);
- booking:  create one booking (free place lookup, encrypted name and phone, unique place);
- help log: save one help session with two topics;
- week:     read a week's agenda with its bookings (what the Bookings area shows);
and prints median and p95 in milliseconds, with the PostgreSQL/SQLite ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _stats import ms, summarize  # bench/_stats.py: one p95 for every bench

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.setdefault("DIGITUKI_PASSPHRASE", "benchmark site passphrase")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from digituki.core.domain import booking as rules  # noqa: E402
from digituki.core.domain.helplog import SessionDraft  # noqa: E402
from digituki.core.domain.schedule import LOCAL_TZ  # noqa: E402
from digituki.core.services import bookings, helplog  # noqa: E402
from digituki.core.services.settings import update_site_settings  # noqa: E402
from digituki.core.storage.database import Database  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=LOCAL_TZ)


def stats(samples: list[float]) -> tuple[float, float]:
    s = summarize(ms(samples))
    return s.median, s.p95


def timed(n: int, call: Callable[[int], object]) -> list[float]:
    out = []
    for i in range(n):
        t0 = time.perf_counter()
        call(i)
        out.append(time.perf_counter() - t0)
    return out


def measure(db: Database, n: int) -> dict[str, list[float]]:
    bookings.update_slot_settings(db, 15, 20, now=NOW)
    for weekday in range(5):
        bookings.add_weekly_hours(db, weekday, dt.time(8), dt.time(20), now=NOW)
    slots = [s.start for s in bookings.free_slots(db, NOW, days=60)]
    customer = rules.CustomerInput("Aino Esimerkki", "040 000 1234", ("ident.bank_id",))
    today = NOW.date()
    update_site_settings(db, site_name="warm-up")
    return {
        "baseline: save one setting": timed(
            n, lambda i: update_site_settings(db, site_name=f"Point {i}")
        ),
        "booking: create one": timed(
            n, lambda i: bookings.create_booking(db, slots[i % len(slots)], customer, now=NOW)
        ),
        "help log: save one session": timed(
            n,
            lambda i: helplog.log_session(
                db,
                SessionDraft(
                    date=today, start_hour=10 + i % 6, topics=("health.omakanta", "device.phone")
                ),
            ),
        ),
        "bookings: read a week": timed(
            max(20, n // 10), lambda i: bookings.week_agenda(db, today + dt.timedelta(days=7))
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args()
    from pgcluster import PostgresUnavailable, start_cluster

    try:
        cluster = start_cluster(durable=True)
    except PostgresUnavailable as exc:
        print(f"PostgreSQL could not be started: {exc}")
        raise SystemExit(1) from None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            lite = Database.open_file(Path(tmp) / "bench.sqlite3")
            pg = Database.open(cluster.create_database(prefix="bench"))
            try:
                results = {"SQLite": measure(lite, args.n), "PostgreSQL": measure(pg, args.n)}
            finally:
                lite.close()
                pg.close()
    finally:
        cluster.stop()
    print(f"{args.n} calls each; PostgreSQL on 127.0.0.1 with fsync on; SQLite synchronous=FULL")
    print(f"{'':<30} {'SQLite median / p95':>22} {'PostgreSQL median / p95':>26} {'ratio':>7}")
    for name in results["SQLite"]:
        lm, lp = stats(results["SQLite"][name])
        pm, pp = stats(results["PostgreSQL"][name])
        print(f"{name:<30} {lm:9.2f} / {lp:7.2f} ms {pm:12.2f} / {pp:7.2f} ms {pm / lm:6.2f}×")


if __name__ == "__main__":
    main()
