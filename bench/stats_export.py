"""Benchmark: statistics exports.

    .venv/bin/python bench/stats_export.py [--month-sessions 2000] [--sizes 10000,100000,1000000]
                                           [--repeat 5]

1. A month of a point with 2,000 sessions: the whole export (PDF, XLSX, CSV, bundle) and each
   format alone; baseline: the aggregation queries alone (period_stats).
2. A yearly report over 10 k, 100 k and 1 M generated sessions (file database, Core executemany
   in batches): the old computation from the rows, the first read (builds the 12 kept months),
   the published report from kept months, and after a change to one month; floor: a bare
   COUNT(*) of the year's sessions. The kept-months figures stay flat in the number of sessions.

Prints min / median / max over the runs (and p95 where there are enough runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _stats import p95 as nearest_rank_p95  # bench/_stats.py: one p95 for every bench

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's digituki

from sqlalchemy import func, insert, select, text

from digituki.core.domain import helplog as hl
from digituki.core.domain.stats import Period
from digituki.core.domain.topics import load_topics
from digituki.core.services import stats
from digituki.core.services.settings import update_site_settings
from digituki.core.storage.database import Database
from digituki.core.storage.orm import HelpSession, HelpSessionTopic, TurnedAway, VolunteerShift

BATCH = 20_000


def _weighted(rng: random.Random, items: tuple[str, ...], weights: tuple[int, ...]) -> str:
    return rng.choices(items, weights=weights)[0]


def fill(db: Database, n: int, months: tuple[str, ...], rng: random.Random) -> None:
    """`n` plausible sessions spread over `months`, written in batches with executemany."""
    codes = load_topics().all_codes()
    now = dt.datetime(2027, 1, 2, tzinfo=dt.UTC)
    next_id = 1
    with db.unit_of_work() as uow:
        s = uow.session
        remaining = n
        while remaining:
            size = min(BATCH, remaining)
            sessions: list[dict[str, Any]] = []
            topics: list[dict[str, Any]] = []
            for _ in range(size):
                month = months[next_id % len(months)]
                year, number = int(month[:4]), int(month[5:])
                group = rng.random() < 0.02
                step = _weighted(rng, hl.NEXT_STEPS, (78, 12, 10))
                sessions.append(
                    {
                        "id": next_id,
                        "session_date": dt.date(year, number, 1 + next_id % 28),
                        "start_hour": 10 + next_id % 6,
                        "duration_minutes": 90
                        if group
                        else max(5, min(480, int(rng.gauss(28, 12)))),
                        "support_form": "group" if group else rng.choice(hl.SUPPORT_FORMS[:5]),
                        "participants": rng.randint(4, 12) if group else 1,
                        "age_band": _weighted(rng, hl.AGE_BANDS, (2, 5, 12, 34, 30, 10, 7)),
                        "language": _weighted(rng, hl.SERVICE_LANGUAGES, (88, 7, 3, 2)),
                        "device": rng.choice(hl.DEVICES),
                        "on_behalf": _weighted(rng, hl.ON_BEHALF, (90, 5, 2, 1, 2)),
                        "outcome": _weighted(rng, hl.OUTCOMES, (72, 20, 8)),
                        "next_step": step,
                        "referral_target": rng.choice(hl.REFERRAL_TARGETS)
                        if step == hl.REFERRED
                        else None,
                        "volunteer_id": None,
                        "note_enc": None,
                        "booking_id": None,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                for code in rng.sample(codes, 1 if rng.random() < 0.75 else 2):
                    topics.append({"session_id": next_id, "topic_code": code})
                next_id += 1
            s.execute(insert(HelpSession), sessions)
            s.execute(insert(HelpSessionTopic), topics)
            remaining -= size
        days = [dt.date(int(m[:4]), int(m[5:]), d) for m in months for d in (3, 10, 17, 24)]
        s.execute(
            insert(TurnedAway),
            [
                {
                    "day": d,
                    "hour": 12,
                    "reason": rng.choice(hl.TURNED_AWAY_REASONS),
                    "created_at": now,
                }
                for d in days
            ],
        )
        s.execute(
            insert(VolunteerShift),
            [{"day": d, "volunteer_id": None, "minutes": 180, "created_at": now} for d in days],
        )
        uow.commit()


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return runs


def report(name: str, runs: list[float], baseline: float | None = None) -> None:
    ordered = sorted(runs)
    p95 = nearest_rank_p95(ordered)
    ratio = f"  ({statistics.median(runs) / baseline:,.1f}× baseline)" if baseline else ""
    median = statistics.median(runs)
    print(
        f"{name:<44} min {ordered[0] * 1000:8.1f} ms  median {median * 1000:8.1f} ms"
        f"  p95 {p95 * 1000:8.1f} ms  max {ordered[-1] * 1000:8.1f} ms{ratio}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--month-sessions", type=int, default=2000)
    parser.add_argument(
        "--sizes",
        type=lambda t: [int(x) for x in t.split(",")],
        default=[10_000, 100_000, 1_000_000],
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        # --- 1. a month with 2,000 sessions -------------------------------------------------
        db = Database.open_file(root / "month.sqlite3")
        update_site_settings(db, site_name="Bench point", municipality="Benchville")
        fill(db, args.month_sessions, ("2026-10",), rng)
        month = Period.month("2026-10")
        print(f"Month export, {args.month_sessions:,} sessions, {args.repeat} runs")
        base = timed(lambda: stats.period_stats_from_rows(db, month), args.repeat)
        report("aggregation from the rows (baseline)", base)
        report("aggregation, kept month", timed(lambda: stats.period_stats(db, month), args.repeat))
        b = statistics.median(base)
        out = root / "out"
        for formats in (["pdf"], ["xlsx"], ["csv"], ["bundle"], ["pdf", "xlsx", "csv", "bundle"]):
            runs = timed(lambda f=formats: stats.export_period(db, month, f, out), args.repeat)
            report("export " + ",".join(formats), runs, b)
        db.close()

        # --- 2. a year at 10 k / 100 k / 1 M sessions ---------------------------------------
        year = Period.year(2026)
        for size in args.sizes:
            db = Database.open_file(root / f"year-{size}.sqlite3")
            update_site_settings(db, site_name="Bench point", municipality="Benchville")
            start = time.perf_counter()
            fill(db, size, year.months(), rng)
            print(
                f"\nYear 2026, {size:,} sessions "
                f"(generated in {time.perf_counter() - start:.1f} s), {args.repeat} runs"
            )
            bounds = year.bounds()

            def count(db: Database = db, first: Any = bounds[0], after: Any = bounds[1]) -> object:
                with db.unit_of_work() as uow:
                    return uow.session.scalar(
                        select(func.count()).where(
                            HelpSession.session_date >= first, HelpSession.session_date < after
                        )
                    )

            base = timed(count, args.repeat)
            report("COUNT(*) of the year (floor)", base)
            b = statistics.median(base)
            old = timed(lambda db=db: stats.period_stats_from_rows(db, year), args.repeat)
            report("from the rows (the computation before #14)", old, b)
            report(
                "first read: builds the 12 months",
                timed(lambda db=db: stats.period_stats(db, year), 1),
                b,
            )
            kept = timed(lambda db=db: stats.report(db, year), args.repeat)
            report("published year report (kept months)", kept, b)
            speedup = statistics.median(old) / statistics.median(kept)
            print(f"{'':<44} kept months vs from the rows: {speedup:,.0f}× faster")
            # one save in November: that month alone is counted again on the next read
            with db.unit_of_work() as uow:
                uow.session.execute(text("UPDATE help_session SET outcome = outcome WHERE id = 1"))
                uow.commit()
            report(
                "after a change to one month (rebuilds it)",
                timed(lambda db=db: stats.report(db, year), 1),
                b,
            )
            runs = timed(
                lambda db=db: stats.export_period(db, year, ["pdf", "xlsx", "csv", "bundle"], out),
                1,
            )
            report("export year pdf,xlsx,csv,bundle (1 run)", runs, b)
            db.close()


if __name__ == "__main__":
    main()
