"""Benchmark: a week's slots, and the week view (Bookings area) with 500 bookings.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bookings_week.py [--runs 30]

Prints median and p95 (milliseconds) of:
- slots:   generating one week's slots from the opening hours (pure domain code);
- load:    the service call behind the week view (query, decrypt 500 names and phones, slots);
- render:  filling the table model and painting the week table (offscreen), 500 bookings;
- total:   load + render, the time from "next week" to a drawn table;
and, as a baseline measured in the same run, the same for an empty week.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _stats import line  # bench/_stats.py: one p95 for every bench

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(name: str, samples: list[float], baseline: list[float] | None = None) -> str:
    floor = statistics.median(baseline) if baseline else None
    return line(name, samples, baseline_ms=floor, against="empty week", width=28)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--bookings", type=int, default=500)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QTableView

    from digituki.core.domain import booking as rules
    from digituki.core.domain import schedule as sched
    from digituki.core.services import bookings as svc
    from digituki.core.storage.database import Database
    from digituki.ui.bookings.model import AgendaModel, agenda_rows

    # A throwaway database on a machine that may have no OS key store: the data key is wrapped by
    # a bench passphrase (names are encrypted as at a real desk, so the cost is counted).
    os.environ.setdefault("DIGITUKI_PASSPHRASE", "bookings bench passphrase")
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="digituki-bench-"))
    db = Database.open_file(folder / "bench.sqlite3")
    monday = dt.date(2026, 11, 23)
    before = sched.wall_clock(monday, dt.time(0)) - dt.timedelta(days=1)
    svc.update_slot_settings(db, 15, 4, now=before)
    for weekday in range(7):
        svc.add_weekly_hours(db, weekday, dt.time(8), dt.time(20), now=before)
    slots = sched.slots_between(svc.get_schedule(db), monday, monday + dt.timedelta(days=6))
    rng = random.Random(1)
    places = [s.start for s in slots for _ in range(4)]
    for start in rng.sample(places, args.bookings):
        customer = rules.CustomerInput(
            name=f"Asiakas {rng.randrange(1000)}",
            phone=f"040 000 {rng.randrange(10000):04d}",
            topics=("ident.bank_id",),
            needs=rules.Needs(language="fi", devices=("phone",)),
        )
        svc.create_booking(db, start, customer, now=before)
    schedule = svc.get_schedule(db)
    empty_monday = monday + dt.timedelta(days=28)

    model = AgendaModel(show_day=True)
    table = QTableView()
    table.setModel(model)
    table.resize(1200, 800)
    table.show()

    def render(agenda: object) -> None:
        model.set_rows(agenda_rows(agenda, now=before), "fi")
        table.resizeRowsToContents()
        table.grab()
        app.processEvents()

    week = svc.week_agenda(db, monday)
    empty = svc.week_agenda(db, empty_monday)
    assert len(week.bookings) == args.bookings, len(week.bookings)

    slot_times = timed(
        lambda: sched.slots_between(schedule, monday, monday + dt.timedelta(days=6)), args.runs
    )
    load = timed(lambda: svc.week_agenda(db, monday), args.runs)
    load_empty = timed(lambda: svc.week_agenda(db, empty_monday), args.runs)
    draw = timed(lambda: render(week), args.runs)
    draw_empty = timed(lambda: render(empty), args.runs)
    total = timed(lambda: render(svc.week_agenda(db, monday)), args.runs)
    total_empty = timed(lambda: render(svc.week_agenda(db, empty_monday)), args.runs)

    print(
        f"Week view benchmark: {args.bookings} bookings, {len(slots)} slots "
        f"(15 min, 4 places, 8–20 every day), {args.runs} runs, Qt {os.environ['QT_QPA_PLATFORM']}"
    )
    print(summary("slots of a week", slot_times))
    print(summary("load (service)", load, load_empty))
    print(summary("render (model + paint)", draw, draw_empty))
    print(summary("total: load + render", total, total_empty))
    print(summary("baseline: empty week total", total_empty))
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
