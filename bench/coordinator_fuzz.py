"""Fuzz the coordinator import with 10,000 mutated bundles on ONE migrated database.

Each case starts from a valid (signed) bundle and mutates it: at the byte level (flip, cut,
insert, replace a digit run, random bytes, non-UTF-8) or at the structure level (change a value's
type, a negative / huge / fractional count, drop or duplicate a key, a future month, a period of
several months, duplicate tables or cells, an unknown topic, a wrong shape), then reseals the
checksum and signature so that the deeper rules are reached, not only the checksum.

Checks per case: no exception escapes `import_bytes`, and a rejected file wrote nothing (the
database's row counts and content digest are unchanged). Prints the case count, the outcome and
rejection-reason histograms, and the time per case (median, p95) and in total.

Run: .venv/bin/python bench/coordinator_fuzz.py [N] [SEED]
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import os
import random
import statistics
import sys
import time
from pathlib import Path

from _stats import p95 as nearest_rank_p95  # bench/_stats.py: one p95 for every bench

os.environ.setdefault("DIGITUKI_PASSPHRASE", "fuzz-bench-passphrase")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration"))

from bundle_corpus import base_documents, make_case
from sqlalchemy import func, select
from test_coordinator import NOW

from digituki.core.security import signing
from digituki.core.services import coordinator as coord
from digituki.core.storage.database import Database
from digituki.core.storage.orm import CoordBundle, CoordPoint

KEY = signing.new_private_key()
MONTHS = [f"2026-{m:02d}" for m in range(1, 12)]


def snapshot(db: Database) -> tuple[int, int, str]:
    """Row counts and a digest of what counts (catches any write, even an update)."""
    with db.unit_of_work() as uow:
        s = uow.session
        bundles = s.scalar(select(func.count()).select_from(CoordBundle)) or 0
        points = s.scalar(select(func.count()).select_from(CoordPoint)) or 0
        rows = s.execute(
            select(CoordBundle.export_id, CoordBundle.current, CoordBundle.replaced).order_by(
                CoordBundle.id
            )
        ).all()
        keys = s.execute(select(CoordPoint.id, CoordPoint.public_key).order_by(CoordPoint.id))
        digest = hashlib.sha256(repr((rows, keys.all())).encode()).hexdigest()
    return bundles, points, digest


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261123)
    base = base_documents()
    db = Database.in_memory()  # migrated once, reused for every case
    outcomes: collections.Counter[str] = collections.Counter()
    reasons: collections.Counter[str] = collections.Counter()
    times: list[float] = []
    wrote_on_reject = 0
    started = time.perf_counter()
    for _ in range(n):
        data = make_case(rng, base)
        before = snapshot(db)
        t0 = time.perf_counter()
        result = coord.import_bytes(db, data, "fuzz.json", now=NOW)  # any exception fails the run
        times.append(time.perf_counter() - t0)
        outcomes[result.status] += 1
        if result.status == coord.REJECTED:
            reasons[result.reason] += 1
            if snapshot(db) != before:
                wrote_on_reject += 1
    total = time.perf_counter() - started
    db.close()
    times.sort()
    print(f"cases: {n}  (finished {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)")
    print("outcomes:", dict(outcomes.most_common()))
    print("rejection reasons:")
    for reason, count in reasons.most_common():
        print(f"  {reason:<22} {count:>6}")
    print(f"rejected files that wrote something: {wrote_on_reject}")
    print(
        f"import per case: median {statistics.median(times) * 1000:.2f} ms, "
        f"p95 {nearest_rank_p95(times) * 1000:.2f} ms; total {total:.1f} s "
        f"({n / total:.0f} cases/s incl. checks)"
    )
    if wrote_on_reject:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
