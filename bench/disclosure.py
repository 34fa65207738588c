"""Benchmark: anonymity across publications (issue 18).

Run:  PYTHONPATH=. .venv/bin/python bench/disclosure.py [--runs 20] [--scenarios 30]

Prints median and p95 (milliseconds) of publishing with the cross-publication rules
(`services.stats.publish_period`: each month on its own, then the period made of its months, and
a re-publication checked against the log) for a month, a year, and a regional year of 50 points
(the same table shapes with 50 × the counts), each beside the baseline of the same run: the
period's tables published on their own (`publish_report`, what main did before).

Then runs random scenarios (one- and multi-topic, tiny and large months, corrections, ranges,
years) through the real services and attacks every published CSV with the exact integer program
of `tests/attacker.py` (needs scipy): how many scenarios, files and hidden numbers it checked and
how many it could narrow too much (must be 0).
"""

from __future__ import annotations

import argparse
import dataclasses
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
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "integration")]

from digituki.core.domain.stats import CountTable, Period  # noqa: E402
from digituki.core.services import stats as service  # noqa: E402
from digituki.core.storage.database import Database  # noqa: E402


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def line(name: str, values: list[float], base: list[float] | None = None) -> str:
    med = statistics.median(values)
    p95 = nearest_rank_p95(values)
    text = f"{name:34s} median {med:8.2f} ms   p95 {p95:8.2f} ms"
    if base:
        text += f"   ratio vs baseline {med / statistics.median(base):5.2f}"
    return text


def scaled(stats: service.PeriodStats, factor: int) -> service.PeriodStats:
    def grow(table: CountTable) -> CountTable:
        counts = tuple(tuple(c * factor for c in row) for row in table.counts)
        return dataclasses.replace(table, counts=counts)

    return dataclasses.replace(
        stats,
        sessions=stats.sessions * factor,
        customers=stats.customers * factor,
        total_minutes=stats.total_minutes * factor,
        tables=tuple(grow(t) for t in stats.tables),
        trend=grow(stats.trend),
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--scenarios", type=int, default=30)
    args = parser.parse_args()
    import test_disclosure_attack as scenarios

    db = Database.in_memory()
    point = scenarios.Point(db, Path(tempfile.mkdtemp()))
    rng = random.Random(7)
    for month in Period.year(2026).months():
        for _ in range(rng.choice([12, 25, 40])):
            point.log(month, **scenarios._random_session(rng, True))
    months = service.month_stats(db, Period.year(2026))
    year = service.period_stats(db, Period.year(2026))
    one = months[9]
    earlier = {one.period.first: [service.snapshot(service.publish_report(one, 5))]}
    print(f"data: {year.sessions} sessions in 12 months\n")
    cases = [
        ("month", [one], one, earlier),
        ("year", months, year, earlier),
        ("regional year, 50 points", [scaled(m, 50) for m in months], scaled(year, 50), earlier),
    ]
    for name, parts, whole, before in cases:
        audited = timed(
            lambda p=parts, w=whole, b=before: service.publish_period(p, w, 5, earlier=b), args.runs
        )
        baseline = timed(lambda w=whole: service.publish_report(w, 5), args.runs)
        print(line(f"{name}: baseline", baseline))
        print(line(f"{name}: with the rules", audited, baseline))
    try:
        import scipy  # noqa: F401
    except ImportError:
        print("\nattack: skipped (scipy is not installed: pip install -e .[dev])")
        return
    checked = files = found = 0
    start = time.perf_counter()
    rng = random.Random(11)
    actions = ["m0", "m1", "m2", "r01", "r12", "r02", "year", "fix1", "fix2"]
    for _ in range(args.scenarios):
        db = Database.in_memory()
        point = scenarios.Point(db, Path(tempfile.mkdtemp()))
        scenario = {
            "months": ["2026-09", "2026-10", "2026-11"],
            "sizes": {
                m: rng.choice([0, 3, 8, 10, 12, 18, 30]) for m in ("2026-09", "2026-10", "2026-11")
            },
            "multi": rng.random() < 0.5,
            "seed": rng.randrange(10_000),
            "order": [rng.choice(actions) for _ in range(rng.randint(2, 7))],
        }
        findings, n = scenarios.run_scenario(point, scenario)
        checked += n
        files += len(point.published)
        found += len(findings)
        for finding in findings:
            print("  narrowed:", finding, scenario)
        db.close()
    took = time.perf_counter() - start
    print(
        f"\nattack: {args.scenarios} scenarios, {files} published files, {checked} hidden or small "
        f"numbers checked, {found} narrowed too much ({took:.1f} s)"
    )


if __name__ == "__main__":
    main()
