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
import contextlib
import copy
import datetime as dt
import hashlib
import json
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("DIGITUKI_PASSPHRASE", "fuzz-bench-passphrase")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration"))

from sqlalchemy import func, select
from test_coordinator import NOW, make_document, raw, seal

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


# --- structure-level mutations (return a changed document; resealed afterwards) ----------------

WEIRD: list[Any] = [None, True, -1, 0.5, 1e300, 10**12, "7", "", [], {}, "x" * 300, "\u0000"]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += _paths(v, (*prefix, i))
    return found


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        doc = doc[step]
    doc[path[-1]] = value


def _del(doc: Any, path: tuple[Any, ...]) -> None:
    for step in path[:-1]:
        doc = doc[step]
    del doc[path[-1]]


def m_weird_value(doc: dict[str, Any], rng: random.Random) -> None:
    path = rng.choice(_paths(doc))
    _set(doc, path, copy.deepcopy(rng.choice(WEIRD)))


def m_drop(doc: dict[str, Any], rng: random.Random) -> None:
    _del(doc, rng.choice(_paths(doc)))


def m_count(doc: dict[str, Any], rng: random.Random) -> None:
    counts = [p for p in _paths(doc) if isinstance(_get(doc, p), int)]
    _set(doc, rng.choice(counts), rng.choice([-1, -(10**9), 10**8, 2**63, 3.0, True]))


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def m_month(doc: dict[str, Any], rng: random.Random) -> None:
    month = rng.choice(["2027-06", "1999-12", "2026-13", "2026-1", "26-01", "2026-00", "2026-11"])
    which = rng.choice(["first_month", "last_month", "both"])
    if which in ("first_month", "both"):
        doc["period"]["first_month"] = month
    if which in ("last_month", "both"):
        doc["period"]["last_month"] = month


def m_generated(doc: dict[str, Any], rng: random.Random) -> None:
    doc["generated_at"] = rng.choice(
        ["2030-01-01T00:00:00Z", "2026-12-01", "yesterday", "2026-12-01T10:00:00+02:00"]
    )


def m_duplicate(doc: dict[str, Any], rng: random.Random) -> None:
    tables = doc["tables"]
    table = rng.choice(tables)
    if rng.random() < 0.5 or not table["cells"]:
        tables.append(copy.deepcopy(table))
    else:
        table["cells"].append(copy.deepcopy(rng.choice(table["cells"])))


def m_shape(doc: dict[str, Any], rng: random.Random) -> None:
    table = rng.choice(doc["tables"])
    choice = rng.randrange(4)
    if choice == 0:
        table["dimensions"] = [*table["dimensions"], "extra"]
    elif choice == 1 and table["cells"]:
        table["cells"][0] = table["cells"][0][:-1]
    elif choice == 2:
        table["key"] = rng.choice(["topic_x_age_band", "nonsense", "trend", "duration_minutes"])
    else:
        table["cells"] = [["not-a-code", "x", 1]] * rng.randint(1, 3)


def m_topic(doc: dict[str, Any], rng: random.Random) -> None:
    for table in doc["tables"]:
        if table["key"] == "topics" and table["cells"]:
            table["cells"][0][0] = rng.choice(["ident.brand_new", "zzz.unknown", "", "ident"])


def m_versions(doc: dict[str, Any], rng: random.Random) -> None:
    if rng.random() < 0.5:
        doc["topic_list_version"] = rng.choice([0, 2, 999, 1001, -1, "1"])
    else:
        doc["schema_version"] = rng.choice([0, 2, "1", None])


def m_many_cells(doc: dict[str, Any], rng: random.Random) -> None:
    doc["tables"][0]["cells"] = [[f"c{i}", 1] for i in range(rng.choice([10, 60_000]))]


STRUCTURAL: list[Callable[[dict[str, Any], random.Random], None]] = [
    m_weird_value,
    m_drop,
    m_count,
    m_month,
    m_generated,
    m_duplicate,
    m_shape,
    m_topic,
    m_versions,
    m_many_cells,
]


# --- byte-level mutations -------------------------------------------------------------------------


def byte_mutation(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(7)
    i = rng.randrange(len(data))
    if kind == 0:
        return data[:i] + bytes([rng.randrange(256)]) + data[i + 1 :]
    if kind == 1:
        return data[:i]
    if kind == 2:
        return data[:i] + rng.randbytes(rng.randint(1, 8)) + data[i:]
    if kind == 3:
        return (
            data[:i] + rng.choice([b"-1", b"1e9", b"0.5", b"null", b'"', b"\xff"]) + data[i + 1 :]
        )
    if kind == 4:
        return rng.randbytes(rng.randint(0, 64))
    if kind == 5:
        return data.decode("utf-8").encode("utf-16")
    return data + b" " * (2_000_001 - len(data))  # over the size bound


def make_case(rng: random.Random, base: list[dict[str, Any]]) -> bytes:
    document = copy.deepcopy(rng.choice(base))
    roll = rng.random()
    if roll < 0.08:  # valid: a fresh export (imports) or a copy (unchanged)
        if rng.random() < 0.5:
            document["export_id"] = str(uuid.UUID(int=rng.getrandbits(128)))
        return raw(seal(document, KEY if rng.random() < 0.7 else None))
    if roll < 0.4:
        return byte_mutation(raw(document), rng)
    if rng.random() < 0.7:  # else the same export id: a conflict once the original is in
        document["export_id"] = str(uuid.UUID(int=rng.getrandbits(128)))
    for _ in range(rng.randint(1, 2)):
        # an earlier mutation may have removed what this one changes: keep what it did
        with contextlib.suppress(KeyError, IndexError, TypeError, ValueError):
            rng.choice(STRUCTURAL)(document, rng)

    reseal = rng.random()
    try:
        if reseal < 0.6:
            document = seal(document, KEY)
        elif reseal < 0.8:
            document = seal(document, None)
        # else: keep the stale checksum/signature (a hand-edited file)
        return json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8")
    except (TypeError, ValueError, KeyError, AttributeError, IndexError):
        # the mutation broke what sealing needs: send it unsealed
        return json.dumps(document, default=str).encode("utf-8")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261123)
    base = [
        make_document(
            str(uuid.UUID(int=1 + i % 4)),
            MONTHS[i % len(MONTHS)],
            ages={"65_74": 3 + i, "85_plus": i % 3},
            topics={"ident.bank_id": 2 + i, "health.omakanta": 1},
            generated="2026-12-01T10:00:00Z",
            key=KEY,
        )
        for i in range(8)
    ]
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
        f"p95 {times[int(len(times) * 0.95)] * 1000:.2f} ms; total {total:.1f} s "
        f"({n / total:.0f} cases/s incl. checks)"
    )
    if wrote_on_reject:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
