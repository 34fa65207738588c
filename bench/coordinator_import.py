"""Coordinator import at real size: 600 month bundles (50 points × 12 months) and the yearly
regional report.

The bundles are real: a point with ~830 sessions a month (every table the app exports, bench/
stats_export.fill) exports its 12 months of 2026 with Digituki's own exporter; each of the 50
points gets those files re-identified (point id, name, municipality, export id) and re-signed with
its own key. Measured in the same run, file by file:

- floor: ``json.loads`` + Ed25519 verify of the canonical bytes (what any import must do);
- the fast structural check (`domain.bundle_check`) and `parse_bundle` (every rule) alone;
- the import (`coordinator.import_files`, one batch), and the yearly report (PDF, XLSX, CSV).

``--agreement N`` also runs N cases of the hostile corpus through both the fast check and the
JSON Schema (`jsonschema`) and counts disagreements (the test suite runs a sample).

Run: .venv/bin/python bench/coordinator_import.py [--sessions 830] [--agreement 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from _stats import p95 as nearest_rank_p95  # bench/_stats.py: one p95 for every bench

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stats_export import fill

from digituki.core.domain import coordinator as rules
from digituki.core.domain.bundle_check import first_problem
from digituki.core.domain.stats import Period
from digituki.core.domain.topics import load_topics
from digituki.core.exports import bundle as fmt
from digituki.core.security import signing
from digituki.core.services import coordinator as coord
from digituki.core.services import stats
from digituki.core.services.settings import update_site_settings
from digituki.core.storage.database import Database

NOW = dt.datetime(2026, 12, 31, 12, tzinfo=dt.UTC)
POINTS = 50


def point_months(root: Path, sessions_per_month: int) -> list[dict[str, Any]]:
    """The 12 month bundles of one generated point, as its own exporter writes them."""
    db = Database.open_file(root / "point.sqlite3")
    update_site_settings(db, site_name="Bench point", municipality="Benchville")
    year = Period.year(2026)
    fill(db, sessions_per_month * 12, year.months(), random.Random(14))
    documents = []
    for month in year.months():
        (bundle,) = stats.export_period(
            db, Period.month(month), ["bundle"], root / "exports", now=NOW
        )
        documents.append(json.loads(bundle.path.read_text(encoding="utf-8")))
    db.close()
    return documents


def reidentify(document: dict[str, Any], p: int, key: Any, rng: random.Random) -> bytes:
    doc = {k: v for k, v in document.items() if k not in ("checksum", "signature")}
    doc["point"] = {
        "id": str(uuid.UUID(int=p + 1)),
        "name": f"Point {p + 1}",
        "municipality": f"M{p % 7}",
    }
    doc["export_id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    doc["checksum"] = {"algorithm": "sha256", "value": fmt.checksum_of(doc)}
    doc["signature"] = signing.sign(key, fmt.canonical_bytes(doc))
    return fmt.bundle_bytes(doc)


def line(name: str, runs: list[float], floor: float | None = None) -> None:
    ordered = sorted(runs)
    p95 = nearest_rank_p95(ordered)
    median = statistics.median(runs)
    ratio = f"  ({median / floor:4.2f}× floor)" if floor else ""
    print(f"  {name:<44} median {median * 1000:7.2f} ms  p95 {p95 * 1000:7.2f} ms{ratio}")


def floor_one(data: bytes) -> None:
    document = json.loads(data)
    signature = document["signature"]
    if not signing.verify(
        signature["public_key"], signature["value"], fmt.canonical_bytes(document)
    ):
        raise SystemExit("floor: a bench bundle did not verify")


def agreement(n: int) -> None:
    from bundle_corpus import base_documents, make_case

    rng = random.Random(20261203)
    base = base_documents()
    compared = accepted = disagreements = 0
    fast_total = slow_total = 0.0
    for _ in range(n):
        data = make_case(rng, base)
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            continue
        tables = document.get("tables") if isinstance(document, dict) else None
        if (
            isinstance(tables, list)
            and sum(
                len(t["cells"])
                for t in tables
                if isinstance(t, dict) and isinstance(t.get("cells"), list)
            )
            > rules.MAX_CELLS
        ):
            continue  # the cell limit rejects it before any schema check (jsonschema: seconds)
        t0 = time.perf_counter()
        fast = first_problem(document)
        t1 = time.perf_counter()
        slow = fmt.schema_problem(document)
        t2 = time.perf_counter()
        fast_total, slow_total = fast_total + t1 - t0, slow_total + t2 - t1
        compared += 1
        accepted += fast is None
        if (fast is None) != (slow is None) or (fast and slow and fast[0] != slow[0]):
            disagreements += 1
            if disagreements <= 5:
                print(f"  DISAGREE: fast {fast} schema {slow}")
    print(
        f"\nAgreement over the hostile corpus: {n:,} cases, {compared:,} decoded "
        f"({accepted:,} accepted), disagreements: {disagreements}; "
        f"time fast {fast_total:.2f} s, jsonschema {slow_total:.2f} s"
    )
    if disagreements:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=830, help="sessions a month per point")
    parser.add_argument("--agreement", type=int, default=0, help="hostile corpus cases")
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        started = time.perf_counter()
        months = point_months(root, args.sessions)
        files: list[tuple[str, bytes]] = []
        for p in range(POINTS):
            key = signing.new_private_key()
            for month, document in zip(Period.year(2026).months(), months, strict=True):
                files.append((f"point{p + 1}-{month}.json", reidentify(document, p, key, rng)))
        sizes = sorted(len(d) for _, d in files)
        cells = sorted(sum(len(t["cells"]) for t in m["tables"]) for m in months)
        print(
            f"{len(files)} bundles made in {time.perf_counter() - started:.1f} s: "
            f"{statistics.median(sizes) / 1024:.1f} KiB median ({sizes[0] / 1024:.1f}–"
            f"{sizes[-1] / 1024:.1f}), {statistics.median(cells):.0f} cells median "
            f"({cells[0]}–{cells[-1]}), {args.sessions} sessions a month per point"
        )
        folder_in = root / "in"
        folder_in.mkdir()
        for name, data in files:
            (folder_in / name).write_bytes(data)

        print("\nPer file (all 600 files):")
        floor = []
        for _, data in files:
            t0 = time.perf_counter()
            floor_one(data)
            floor.append(time.perf_counter() - t0)
        f = statistics.median(floor)
        line("floor: json.loads + Ed25519 verify", floor)
        checks = []
        for _, data in files:
            document = json.loads(data)
            t0 = time.perf_counter()
            assert first_problem(document) is None
            checks.append(time.perf_counter() - t0)
        line("structural check alone (bundle_check)", checks, f)
        topics = load_topics()
        parses = []
        for _, data in files:
            t0 = time.perf_counter()
            rules.parse_bundle(data, topics=topics, now=NOW, chain={})
            parses.append(time.perf_counter() - t0)
        line("parse_bundle (every rule, incl. the floor)", parses, f)

        db = Database.open_file(root / "coordinator.sqlite3")
        done: list[float] = []
        t_start = time.perf_counter()
        result = coord.import_files(
            db, [folder_in], now=NOW, progress=lambda n, total: done.append(time.perf_counter())
        )
        imported = time.perf_counter() - t_start
        per_file = [b - a for a, b in zip([t_start, *done[:-1]], done, strict=True)]
        line("import (read + parse + store, one batch)", per_file, f)
        assert result.count(coord.IMPORTED) == len(files), result.files[0]
        t0 = time.perf_counter()
        out = coord.export_regional(
            db, Period.year(2026), ["pdf", "xlsx", "csv"], root / "o", now=NOW
        )
        report = time.perf_counter() - t0
        again = time.perf_counter()
        repeat = coord.import_files(db, [folder_in], now=NOW)
        again = time.perf_counter() - again
        db.close()
        assert repeat.count(coord.UNCHANGED) == len(files)
    print(
        f"\nimport {len(files)} bundles: {imported:.2f} s "
        f"({imported / len(files) * 1000:.2f} ms per file, "
        f"{imported / len(files) / f:.2f}× the floor of {f * 1000:.2f} ms)"
    )
    print(f"yearly regional report (pdf, xlsx, csv): {report:.2f} s, {len(out)} files")
    print(f"import + report: {imported + report:.2f} s (goal < 2 s)")
    print(f"the same 600 files again (all unchanged): {again:.2f} s")
    if args.agreement:
        agreement(args.agreement)


if __name__ == "__main__":
    main()
