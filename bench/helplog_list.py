"""Benchmark: listing and filtering a month of 5,000 help sessions (the Sessions list).

    .venv/bin/python bench/helplog_list.py [--sessions 5000] [--repeat 50]

Fills a file database in bulk (Core executemany), then times the list queries the UI runs:
the whole month, and filtered by topic group, by volunteer and by outcome. Baseline: a bare
COUNT(*) of the month's sessions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from _stats import line, ms, summarize  # bench/_stats.py: one p95 for every bench
from sqlalchemy import func, insert, select

from digituki.core.domain.topics import load_topics
from digituki.core.services import helplog
from digituki.core.services.helplog import SessionFilter
from digituki.core.storage.database import Database
from digituki.core.storage.orm import HelpSession, HelpSessionTopic, Volunteer

MONTH = "2026-10"


def fill(db: Database, n: int, rng: random.Random) -> None:
    codes = load_topics().all_codes()
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    sessions, topics = [], []
    for i in range(1, n + 1):
        sessions.append(
            {
                "id": i,
                "session_date": dt.date(2026, 10, 1 + i % 31),
                "start_hour": 10 + i % 6,
                "duration_minutes": 20,
                "support_form": "on_site_walk_in",
                "participants": 1,
                "age_band": rng.choice(("65_74", "75_84", "85_plus", "45_64")),
                "language": "fi",
                "device": "own_phone",
                "on_behalf": "no",
                "outcome": rng.choice(("solved", "solved", "partly_solved", "not_solved")),
                "next_step": "none",
                "referral_target": None,
                "volunteer_id": rng.choice((1, 2, 3, None)),
                "note_enc": None,
                "booking_id": None,
                "created_at": now,
                "updated_at": now,
            }
        )
        for code in rng.sample(codes, rng.choice((1, 1, 1, 2))):
            topics.append({"session_id": i, "topic_code": code})
    # A previous month too, so the month filter has something to leave out.
    for i in range(n + 1, 2 * n + 1):
        row = dict(sessions[i - n - 1], id=i, session_date=dt.date(2026, 9, 1 + i % 30))
        sessions.append(row)
        topics.append({"session_id": i, "topic_code": "device.phone"})
    with db.unit_of_work() as uow:
        uow.session.execute(
            insert(Volunteer),
            [{"id": k, "display_name": name, "active": True} for k, name in enumerate("ABC", 1)],
        )
        uow.session.execute(insert(HelpSession), sessions)
        uow.session.execute(insert(HelpSessionTopic), topics)
        uow.commit()


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def summary(name: str, samples: list[float], rows: int, baseline: float | None = None) -> float:
    times = ms(samples)
    print(line(f"{name:<34} {rows:5d} rows", times, baseline_ms=baseline))
    return summarize(times).median


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open_file(Path(tmp) / "bench.sqlite3")
        t0 = time.perf_counter()
        fill(db, args.sessions, random.Random(1))
        print(
            f"filled {2 * args.sessions} sessions (two months) in "
            f"{time.perf_counter() - t0:.2f} s with Core executemany"
        )
        first, after = dt.date(2026, 10, 1), dt.date(2026, 11, 1)

        def count() -> int:
            with db.unit_of_work() as uow:
                return int(
                    uow.session.scalar(
                        select(func.count(HelpSession.id)).where(
                            HelpSession.session_date >= first, HelpSession.session_date < after
                        )
                    )
                    or 0
                )

        baseline = summary("baseline: COUNT(*) of the month", timed(count, args.repeat), count())
        cases = {
            "whole month": SessionFilter(month=MONTH),
            "month + topic group (health)": SessionFilter(month=MONTH, topic="health"),
            "month + topic (ident.bank_id)": SessionFilter(month=MONTH, topic="ident.bank_id"),
            "month + volunteer": SessionFilter(month=MONTH, volunteer_id=2),
            "month + outcome (not solved)": SessionFilter(month=MONTH, outcome="not_solved"),
        }
        for name, flt in cases.items():
            rows = len(helplog.list_sessions(db, flt))
            summary(
                name,
                timed(lambda flt=flt: helplog.list_sessions(db, flt), args.repeat),
                rows,
                baseline,
            )
        db.close()


if __name__ == "__main__":
    main()
