"""A month's CSV and coordinator bundle are byte for byte what the app wrote before statistics
were kept by month (issue 14). The golden files in ``tests/fixtures/golden`` were made by commit
2e12957 (before the change) from the data below; regenerate them only on purpose, when what is
published changes (the same steps, run with that commit's code). The CSV was regenerated once on
purpose for issue 18 (what a month publishes changed), with the h18 branch's code, which still
computed every period from the rows: the monthly store's output is byte for byte the same."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from digituki.core.domain.stats import Period
from digituki.core.exports.bundle import build_bundle, bundle_bytes
from digituki.core.services import helplog, settings, stats
from digituki.core.storage.database import Database

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden"
NOW = dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC)
POINT = "00000000-0000-4000-8000-000000000014"
MONTH = Period.month("2026-11")


def _golden_point() -> Database:
    db = Database.in_memory()
    settings.update_site_settings(
        db, site_name="Golden point", municipality="Esimerkkilä", point_id=POINT
    )
    helplog.generate_demo_sessions(db, random.Random(14), dt.date(2026, 11, 28), 2)
    for day, reason in (
        (dt.date(2026, 11, 3), "queue_full"),
        (dt.date(2026, 11, 4), "out_of_scope"),
    ):
        helplog.record_turned_away(db, reason, now=dt.datetime.combine(day, dt.time(10), dt.UTC))
    helplog.record_shift(db, dt.date(2026, 11, 5), 180, now=NOW)
    return db


def test_month_csv_is_unchanged(tmp_path: Path) -> None:
    db = _golden_point()
    try:
        for _ in range(2):  # built from the rows, then from the kept month
            (csv,) = stats.export_period(db, MONTH, ["csv"], tmp_path, language="fi", now=NOW)
            assert csv.path.read_bytes() == (GOLDEN / "month-2026-11.csv").read_bytes()
    finally:
        db.close()


def test_month_bundle_is_unchanged() -> None:
    db = _golden_point()
    try:
        for _ in range(2):
            document = build_bundle(
                stats.period_stats(db, MONTH),
                stats.topic_cross_tables(db, MONTH),
                point_id=POINT,
                point_name="Golden point",
                municipality="Esimerkkilä",
                now=NOW,
                export_id="00000000-0000-4000-8000-000000000015",
            )
            golden = (GOLDEN / "month-2026-11.bundle.json").read_bytes()
            assert bundle_bytes(document) == golden
    finally:
        db.close()
