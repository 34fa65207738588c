"""Benchmark: finding a customer by name or phone among the bookings still holding contacts.

Run:  .venv/bin/python bench/customer_find.py [--runs 30] [--bookings 3000]

Names and phones are decrypted in memory at each search (no plaintext index is stored), so the
cost grows with the bookings inside the retention window — small by design (at most 30 days).
3000 is a busy point's whole window (e.g. 4 places × 8 slots a day × 90 days). Prints median and
p95 (milliseconds) of:
- find by name ("aino"), find by phone ("040 000 12"), and show (all bookings of one customer);
- floor: reading every booking's encrypted name and phone and decrypting both, nothing else —
  what a plain in-memory search costs; below 1 means the search decrypts less than everything
  (a phone search opens only the matching bookings' names).
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

from _stats import p95 as nearest_rank_p95  # bench/_stats.py: one p95 for every bench

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.setdefault("DIGITUKI_PASSPHRASE", "bench passphrase")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(name: str, samples: list[float], floor: list[float] | None = None) -> str:
    median = statistics.median(samples)
    p95 = nearest_rank_p95(samples)
    text = f"{name:<30} median {median:8.2f} ms   p95 {p95:8.2f} ms"
    if floor:
        text += f"   ×{median / statistics.median(floor):.2f} vs floor"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--bookings", type=int, default=3000)
    args = parser.parse_args()

    from sqlalchemy import insert, select

    from digituki.core.domain import booking as rules
    from digituki.core.security import keys
    from digituki.core.security.crypto import decrypt_optional
    from digituki.core.services import bookings as svc
    from digituki.core.services import customers
    from digituki.core.storage.database import Database
    from digituki.core.storage.orm import Booking

    folder = Path(tempfile.mkdtemp(prefix="digituki-bench-"))
    db = Database.open_file(folder / "bench.sqlite3")
    keys.register_key_folder(db, folder)
    cipher = keys.cipher_for(db)
    rng = random.Random(1)
    first = ("Aino", "Eino", "Helmi", "Toivo", "Kerttu", "Veikko", "Sirkka", "Pentti", "Ulla")
    start = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.UTC)
    rows = []
    for i in range(args.bookings):
        name = f"{rng.choice(first)} Asiakas{rng.randrange(args.bookings // 2)}"
        phone = f"+35840000{rng.randrange(10000):04d}"
        clean = rules.CleanCustomer(name, phone, ("ident.bank_id",), rules.Needs())
        when = start + dt.timedelta(minutes=15 * (i // 4))
        rows.append({"slot_start": when, "duration_minutes": 45, "place": i % 4 + 1,
                     "status": "booked", "created_at": when, "updated_at": when, "version": 1,
                     **svc._customer_columns(cipher, clean)})  # fmt: skip
    with db.unit_of_work() as uow:
        uow.session.execute(insert(Booking), rows)
        uow.commit()
    some = customers.find_customers(db, "aino")[0].booking_ids[0]

    def floor() -> int:
        c = keys.cipher_for(db)
        with db.unit_of_work() as uow:
            found = uow.session.execute(select(Booking.name_enc, Booking.phone_enc)).all()
            return sum(
                1
                for name, phone in found
                if decrypt_optional(c, name, svc.NAME_AD)
                and decrypt_optional(c, phone, svc.PHONE_AD)
            )

    base = timed(floor, args.runs)
    by_name = timed(lambda: customers.find_customers(db, "aino"), args.runs)
    by_phone = timed(lambda: customers.find_customers(db, "040 000 12"), args.runs)
    show = timed(lambda: customers.customer_of_booking(db, some, audit=False), args.runs)
    print(f"Customer search benchmark: {args.bookings} bookings with contacts, {args.runs} runs")
    print(summary("floor: read + decrypt all", base))
    print(summary("find by name ('aino')", by_name, base))
    print(summary("find by phone ('040 000 12')", by_phone, base))
    print(summary("show one customer", show, base))
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
