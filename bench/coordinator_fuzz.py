"""Fuzz the coordinator import with 10,000 mutated bundles; prints the outcome counts and timing.

No crash (any exception fails) and no partial import (a rejected file leaves the database as it
was). Run: .venv/bin/python bench/coordinator_fuzz.py [N]
"""

from __future__ import annotations

import collections
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration"))

from hypothesis import HealthCheck, given, settings
from test_coordinator_fuzz import _cases, check_one

from digituki.core.storage.database import Database


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    outcomes: collections.Counter[str] = collections.Counter()
    times: list[float] = []

    @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=_cases())
    def run(data: bytes) -> None:
        db = Database.in_memory()
        start = time.perf_counter()
        outcomes[check_one(db, data)] += 1
        times.append(time.perf_counter() - start)
        db.close()

    run()
    times.sort()
    print(f"cases: {sum(outcomes.values())}  outcomes: {dict(outcomes)}")
    print(
        f"per case: median {statistics.median(times) * 1000:.2f} ms, "
        f"p95 {times[int(len(times) * 0.95)] * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
