"""Import 600 bundles (50 points × 12 months) into a coordinator database and make the yearly
regional report (PDF, XLSX, CSV). Prints the time of each step. Run:
.venv/bin/python bench/coordinator_import.py"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration"))

from test_coordinator import make_document, raw

from digituki.core.domain.stats import Period
from digituki.core.security import signing
from digituki.core.services import coordinator as coord
from digituki.core.storage.database import Database

NOW = dt.datetime(2026, 12, 31, 12, tzinfo=dt.UTC)


def main() -> None:
    rng = random.Random(1)
    files = []
    for p in range(50):
        pid, key = str(uuid.UUID(int=p + 1)), signing.new_private_key()
        for m in range(1, 13):
            ages = {
                "65_74": rng.randint(0, 60),
                "75_84": rng.randint(0, 40),
                "85_plus": rng.randint(0, 5),
            }
            doc = make_document(pid, f"2026-{m:02d}", ages=ages, municipality=f"M{p % 7}", key=key)
            files.append(raw(doc))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open_file(Path(tmp) / "coordinator.sqlite3")
        start = time.perf_counter()
        for data in files:
            coord.import_bytes(db, data, now=NOW)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        out = coord.export_regional(
            db, Period.year(2026), ["pdf", "xlsx", "csv"], Path(tmp) / "o", now=NOW
        )
        report = time.perf_counter() - start
        db.close()
    print(f"import 600 bundles: {imported:.2f} s ({imported / 600 * 1000:.1f} ms per bundle)")
    print(f"yearly regional report (pdf, xlsx, csv): {report:.2f} s, {len(out)} files")


if __name__ == "__main__":
    main()
