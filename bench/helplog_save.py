"""Benchmark: saving one help session (the form's Save) on a file database, synchronous=FULL.

    .venv/bin/python bench/helplog_save.py [--n 1000]

Prints median and p95 of 1,000 single saves (each its own transaction, durable on return), with
and without a private note, and against a baseline: the bare INSERT of one settings row.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _stats import line, ms, summarize  # bench/_stats.py: one p95 for every bench
from sqlalchemy import text

from digituki.core.domain.helplog import SessionDraft
from digituki.core.security.note_cipher import StaticNoteKey
from digituki.core.services import helplog
from digituki.core.services.settings import update_site_settings
from digituki.core.storage.database import Database

TOPICS = ("health.omakanta", "ident.bank_id", "device.phone", "security.scams")


def summary(name: str, samples: list[float], baseline: float | None = None) -> float:
    times = ms(samples)
    print(line(name, times, baseline_ms=baseline, width=38))
    return summarize(times).median


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open_file(Path(tmp) / "bench.sqlite3")
        with db.engine.connect() as conn:
            sync = conn.execute(text("PRAGMA synchronous")).scalar()
            mode = conn.execute(text("PRAGMA journal_mode")).scalar()
        print(f"SQLite file database, synchronous={sync} (2 = FULL), journal_mode={mode}")
        today = helplog.local_today()
        key = StaticNoteKey()

        base: list[float] = []
        for i in range(args.n):
            t0 = time.perf_counter()
            update_site_settings(db, site_name=f"Point {i}")
            base.append(time.perf_counter() - t0)
        baseline = summary("baseline: save one setting", base)

        plain: list[float] = []
        for i in range(args.n):
            draft = SessionDraft(date=today, start_hour=10 + i % 6, topics=(TOPICS[i % 4],))
            t0 = time.perf_counter()
            helplog.log_session(db, draft)
            plain.append(time.perf_counter() - t0)
        summary("save one session", plain, baseline)

        noted: list[float] = []
        for i in range(args.n):
            draft = SessionDraft(
                date=today,
                start_hour=12,
                topics=(TOPICS[i % 4], "security.scams"),
                note="Asiakas palaa ensi viikolla",
            )
            t0 = time.perf_counter()
            helplog.log_session(db, draft, notes=key)
            noted.append(time.perf_counter() - t0)
        summary("save one session (2 topics + note)", noted, baseline)
        db.close()


if __name__ == "__main__":
    main()
