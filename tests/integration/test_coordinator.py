"""Coordinator mode: importing untrusted bundles, replacement, the completeness matrix, exact
regional sums with suppression after summing, signatures, exports."""

from __future__ import annotations

import copy
import datetime as dt
import json
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from digituki.core.domain import coordinator as rules
from digituki.core.domain.stats import Period
from digituki.core.exports import bundle as fmt
from digituki.core.security import signing
from digituki.core.services import coordinator as coord
from digituki.core.services import settings as settings_service
from digituki.core.storage.database import Database

NOW = dt.datetime(2026, 12, 10, 12, 0, tzinfo=dt.UTC)


def make_document(
    point_id: str,
    month: str,
    *,
    ages: dict[str, int],
    topics: dict[str, int] | None = None,
    name: str = "Point",
    municipality: str = "Helsinki",
    generated: str = "2026-12-01T10:00:00Z",
    key: Any = "point",
    export_id: str | None = None,
) -> dict[str, Any]:
    """A valid bundle: sessions = customers = sum(ages), one topic mention per session; signed
    by the point's own key unless `key` is another key or None (unsigned)."""
    n = sum(ages.values())
    topics = topics if topics is not None else {"ident.bank_id": n}
    document: dict[str, Any] = {
        "schema": fmt.SCHEMA_NAME,
        "schema_version": fmt.SCHEMA_VERSION,
        "export_id": export_id or str(uuid.uuid4()),
        "point": {"id": point_id, "name": name, "municipality": municipality},
        "period": {"first_month": month, "last_month": month, "label": month},
        "app_version": "0.1.0",
        "topic_list_version": 1,
        "generated_at": generated,
        "totals": {
            "sessions": n,
            "customers": n,
            "minutes": 20 * n,
            "volunteer_minutes": 60,
            "turned_away": 0,
            "bookings": None,
        },
        "tables": [
            {
                "key": "age_band",
                "unit": "customers",
                "dimensions": ["age_band"],
                "cells": [[a, c] for a, c in ages.items() if c],
            },
            {
                "key": "topics",
                "unit": "topic_mentions",
                "dimensions": ["topic"],
                "cells": [[t, c] for t, c in topics.items() if c],
            },
            {
                "key": "support_form",
                "unit": "sessions",
                "dimensions": ["support_form"],
                "cells": [["on_site_walk_in", n]] if n else [],
            },
            {"key": "trend", "unit": "sessions", "dimensions": ["month"], "cells": [[month, n]]},
            {
                "key": "duration_minutes",
                "unit": "sessions",
                "dimensions": ["duration_minutes"],
                "cells": [["20", n]] if n else [],
            },
        ],
    }
    return seal(document, key)


_KEYS: dict[str, Any] = {}


def point_key(point_id: str) -> Any:
    """The point's signing key (one per point id, as a real point has)."""
    return _KEYS.setdefault(point_id, signing.new_private_key())


def seal(document: dict[str, Any], key: Any = "point") -> dict[str, Any]:
    """Checksum and signature (the point's own key by default; None: unsigned)."""
    if isinstance(key, str):
        key = point_key(str(document["point"]["id"]))
    document = {k: v for k, v in document.items() if k not in ("checksum", "signature")}
    document["checksum"] = {"algorithm": "sha256", "value": fmt.checksum_of(document)}
    if key is not None:
        document["signature"] = signing.sign(key, fmt.canonical_bytes(document))
    return document


def raw(document: dict[str, Any]) -> bytes:
    return fmt.bundle_bytes(document)


@pytest.fixture
def cdb() -> Database:
    db = Database.in_memory()
    settings_service.update_site_settings(db, site_name="Uusimaa region")
    return db


P1, P2, P3 = (str(uuid.UUID(int=i)) for i in (1, 2, 3))


def test_import_is_idempotent_and_newer_replaces_older(cdb: Database) -> None:
    first = make_document(P1, "2026-10", ages={"65_74": 12})
    r1 = coord.import_bytes(cdb, raw(first), "a.json", now=NOW)
    assert r1.status == coord.IMPORTED
    assert coord.import_bytes(cdb, raw(first), "a.json", now=NOW).status == coord.UNCHANGED
    assert [p.bundles for p in coord.list_points(cdb)] == [1]

    newer = make_document(P1, "2026-10", ages={"65_74": 15}, generated="2026-12-05T10:00:00Z")
    r2 = coord.import_bytes(cdb, raw(newer), "b.json", now=NOW)
    assert r2.status == coord.REPLACED and r2.replaced_export_id == first["export_id"]
    older = make_document(P1, "2026-10", ages={"65_74": 99}, generated="2026-11-05T10:00:00Z")
    assert coord.import_bytes(cdb, raw(older), "c.json", now=NOW).status == coord.OLDER
    stats = coord.regional_stats(cdb, Period.month("2026-10"))
    assert stats.stats.sessions == 15  # only the newest export counts

    # The same export id with other content is refused and changes nothing.
    clash = make_document(P1, "2026-10", ages={"65_74": 1}, export_id=first["export_id"])
    r3 = coord.import_bytes(cdb, raw(clash), "d.json", now=NOW)
    assert (r3.status, r3.reason) == (coord.REJECTED, "export_id_conflict")
    assert coord.regional_stats(cdb, Period.month("2026-10")).stats.sessions == 15


def test_completeness_matrix(cdb: Database) -> None:
    coord.import_bytes(cdb, raw(make_document(P1, "2026-01", ages={"65_74": 3})), now=NOW)
    coord.import_bytes(cdb, raw(make_document(P2, "2026-02", ages={"65_74": 3})), now=NOW)
    coord.import_bytes(
        cdb,
        raw(make_document(P2, "2026-02", ages={"65_74": 4}, generated="2026-12-02T10:00:00Z")),
        now=NOW,
    )
    matrix = coord.completeness(cdb, 2026, today=NOW.date())
    cells = {row.point_id: row.cells for row in matrix.rows}
    assert cells[P1][:2] == (coord.DELIVERED, coord.MISSING)
    assert cells[P2][:2] == (coord.MISSING, coord.REPLACED)
    # December has not ended on 10 December: not missing yet
    assert cells[P1][11] == coord.NOT_DUE
    assert matrix.missing() == 22 - 2
    coord.set_point_closed(cdb, P2, True)
    assert coord.completeness(cdb, 2026, today=NOW.date()).missing() == 10


def test_totals_are_exact_sums_and_suppression_comes_after_summing(cdb: Database) -> None:
    # Each point alone has 3 customers aged 85+ (below k=5); together 9 are shown.
    inputs = [
        (P1, {"65_74": 10, "85_plus": 3}),
        (P2, {"65_74": 7, "85_plus": 3, "45_64": 2, "25_44": 3}),
        (P3, {"65_74": 20, "85_plus": 3}),
    ]
    for pid, ages in inputs:
        doc = make_document(pid, "2026-11", ages=ages, municipality=f"M{pid[-1]}")
        assert coord.import_bytes(cdb, raw(doc), now=NOW).status == coord.IMPORTED
    regional = coord.regional_stats(cdb, Period.month("2026-11"))
    assert regional.stats.sessions == sum(sum(a.values()) for _, a in inputs)
    age = regional.stats.table("age_band")
    assert age.count("85_plus") == 9 and age.count("45_64") == 2
    assert age.count("65_74") == 37 and age.count("25_44") == 3
    report = coord.regional_report(cdb, Period.month("2026-11"), now=NOW)
    shown = report.table("age_band")
    assert not shown.coarsened
    assert shown.cell("85_plus").value == 9
    assert shown.cell("45_64").hidden  # 2 is still below k after summing
    assert report.table("by_municipality").rows == ("M1", "M2", "M3")
    assert report.table("by_point").column_totals[0].value == 51


def test_unknown_topics_are_mapped_and_reported(cdb: Database) -> None:
    doc = make_document(
        P1, "2026-11", ages={"65_74": 12}, topics={"ident.bank_id": 10, "ident.new_thing": 2}
    )
    doc["topic_list_version"] = 2
    result = coord.import_bytes(cdb, raw(seal(doc)), now=NOW)
    assert result.status == coord.IMPORTED
    assert any(
        w.code == rules.WARN_UNKNOWN_TOPICS and "ident.new_thing" in w.detail
        for w in result.warnings
    )
    topics = coord.regional_stats(cdb, Period.month("2026-11")).stats.table("topics")
    assert topics.count("ident.other") == 2 and topics.count("ident") == 12


def test_signature_key_is_pinned_and_a_new_key_is_reported(cdb: Database) -> None:
    key, other = signing.new_private_key(), signing.new_private_key()
    one = make_document(P1, "2026-09", ages={"65_74": 5}, key=key)
    assert not coord.import_bytes(cdb, raw(one), now=NOW).warnings
    two = make_document(P1, "2026-10", ages={"65_74": 5}, key=key)
    assert not coord.import_bytes(cdb, raw(two), now=NOW).warnings
    forged = make_document(P1, "2026-11", ages={"65_74": 5}, key=other)
    result = coord.import_bytes(cdb, raw(forged), now=NOW)
    assert (result.status, result.reason) == (coord.PENDING, coord.PENDING_NEW_KEY)
    assert [w.code for w in result.warnings] == [coord.WARN_KEY_CHANGED]
    assert coord.completeness(cdb, 2026).rows[0].cells[10] == coord.MISSING  # held back
    accepted = coord.accept_point(cdb, P1, now=NOW)
    assert (accepted.accepted, accepted.counted) == (1, 1)
    assert accepted.fingerprint == signing.fingerprint(signing.public_key_text(other))
    row = coord.completeness(cdb, 2026).rows[0]
    assert row.cells[10] == coord.DELIVERED
    assert row.key_changed[10] and not row.key_changed[9]
    # An edited signed bundle whose checksum was recomputed fails the signature.
    edited = copy.deepcopy(two)
    edited["totals"]["sessions"] = 6
    edited["checksum"]["value"] = fmt.checksum_of(edited)
    bad = coord.import_bytes(cdb, raw(edited), now=NOW)
    assert (bad.status, bad.reason) == (coord.REJECTED, "signature")


def _mutate(doc: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return seal(doc)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: b"x" * (rules.MAX_FILE_BYTES + 1), "too_large"),
        (lambda d: raw(d).replace(b'"Point"', b'"P\xe4int"'), "not_utf8"),
        (lambda d: raw(d)[:-40], "not_json"),
        (lambda d: b"[1, 2]", "not_object"),
        (lambda d: raw(_mutate(d, ["schema_version"], 2)), "schema_version"),
        (lambda d: raw(_mutate(d, ["totals", "sessions"], "12")), "schema"),
        (lambda d: raw(_mutate(d, ["totals", "sessions"], -1)), "schema"),
        (lambda d: raw(d).replace(b'"sessions": 12', b'"sessions": 13'), "checksum"),
        (lambda d: raw(_mutate(d, ["topic_list_version"], 10**6)), "topic_list_version"),
        (lambda d: raw(_mutate(d, ["period", "last_month"], "2026-12")), "period_not_month"),
        (lambda d: raw(make_document(P1, "2027-01", ages={"65_74": 1})), "period_in_future"),
        (lambda d: raw(make_document(P1, "1999-12", ages={"65_74": 1})), "period_too_old"),
        (
            lambda d: raw(_mutate(d, ["generated_at"], "2027-06-01T00:00:00Z")),
            "generated_in_future",
        ),
        (lambda d: raw(_mutate(d, ["totals", "sessions"], 10**9)), "count_too_large"),
        (lambda d: raw(_mutate(d, ["totals", "sessions"], 12.0)), "count_type"),
        (lambda d: raw(_mutate(d, ["tables", 0, "dimensions"], ["topic"])), "table_shape"),
        (lambda d: raw(_mutate(d, ["tables", 1], d["tables"][0])), "duplicate_table"),
        (
            lambda d: raw(_mutate(d, ["tables", 0, "cells"], [["65_74", 1], ["65_74", 2]])),
            "duplicate_cell",
        ),
        (
            lambda d: raw(
                _mutate(d, ["tables", 0, "cells"], [[f"c{i}", 1] for i in range(25_000)])
            ),
            "too_many_cells",
        ),
    ],
)
def test_every_rejection_reason_and_nothing_is_written(
    cdb: Database, make: Any, reason: str
) -> None:
    valid = make_document(P1, "2026-11", ages={"65_74": 12})
    data = make(valid)
    started = time.perf_counter()
    result = coord.import_bytes(cdb, data, "bad.json", now=NOW)
    assert (result.status, result.reason) == (coord.REJECTED, reason)
    assert time.perf_counter() - started < 2  # huge tables are refused before the slow checks
    assert coord.list_points(cdb) == []


def test_import_files_lists_failures_and_imports_the_rest(cdb: Database, tmp_path: Path) -> None:
    good = make_document(P1, "2026-11", ages={"65_74": 12})
    (tmp_path / "good.json").write_bytes(raw(good))
    (tmp_path / "bad.json").write_bytes(b"{not json")
    result = coord.import_files(cdb, [tmp_path, tmp_path / "missing.json"], now=NOW)
    statuses = {f.file_name: (f.status, f.reason) for f in result.files}
    assert statuses == {
        "bad.json": (coord.REJECTED, "not_json"),
        "good.json": (coord.IMPORTED, ""),
        "missing.json": (coord.REJECTED, "unreadable"),
    }


def test_a_folder_of_per_point_folders_is_imported_whole(cdb: Database, tmp_path: Path) -> None:
    """Issue 23, item 16: the region's folder with one subfolder per point gave "0 files"."""
    region = tmp_path / "region"
    (region / "point-1").mkdir(parents=True)
    (region / "point-2" / "2026").mkdir(parents=True)
    (region / ".trash").mkdir()
    (region / "point-1" / "nov.json").write_bytes(
        raw(make_document(P1, "2026-11", ages={"65_74": 12}))
    )
    (region / "point-2" / "2026" / "nov.json").write_bytes(
        raw(make_document(P2, "2026-11", ages={"75_84": 9}))
    )
    (region / ".trash" / "old.json").write_bytes(b"{not json")
    result = coord.import_files(cdb, [region], now=NOW)
    assert [(f.file_name, f.status) for f in result.files] == [
        ("nov.json", coord.IMPORTED),
        ("nov.json", coord.IMPORTED),
    ]
    assert sorted(p.bundles for p in coord.list_points(cdb)) == [1, 1]


def test_merge_and_rename_points(cdb: Database) -> None:
    coord.import_bytes(cdb, raw(make_document(P1, "2026-10", ages={"65_74": 6})), now=NOW)
    coord.import_bytes(
        cdb,
        raw(make_document(P2, "2026-10", ages={"65_74": 9}, generated="2026-12-03T10:00:00Z")),
        now=NOW,
    )
    coord.import_bytes(cdb, raw(make_document(P2, "2026-11", ages={"65_74": 4})), now=NOW)
    assert coord.merge_points(cdb, P1, P2) == 2
    coord.rename_point(cdb, P1, "Kallio library", "Helsinki")
    matrix = coord.completeness(cdb, 2026)
    assert [r.point_id for r in matrix.rows] == [P1]
    assert matrix.rows[0].cells[9:11] == (coord.REPLACED, coord.DELIVERED)
    assert coord.regional_stats(cdb, Period.month("2026-10")).stats.sessions == 9
    # A later bundle under the merged id lands on the kept point.
    coord.import_bytes(cdb, raw(make_document(P2, "2026-09", ages={"65_74": 1})), now=NOW)
    assert coord.completeness(cdb, 2026).rows[0].cells[8] == coord.DELIVERED


def test_regional_exports_and_combined_bundle_round_trip(cdb: Database, tmp_path: Path) -> None:
    for pid, n in ((P1, 12), (P2, 30)):
        for month in ("2026-10", "2026-11"):
            doc = make_document(pid, month, ages={"65_74": n})
            coord.import_bytes(cdb, raw(doc), now=NOW)
    files = coord.export_regional(
        cdb, Period.range("2026-10", "2026-11"), list(coord.FORMATS), tmp_path, now=NOW
    )
    kinds = sorted(f.format for f in files)
    assert kinds == ["bundle", "bundle", "csv", "pdf", "xlsx"]
    assert all(f.path.stat().st_size > 0 for f in files)
    # A wider area imports the region's combined bundles in turn.
    wider = Database.in_memory()
    bundles = [f.path for f in files if f.format == "bundle"]
    result = coord.import_files(wider, bundles, now=NOW)
    assert [f.status for f in result.files] == [coord.IMPORTED, coord.IMPORTED]
    assert not result.files[0].warnings  # signed by the region's key
    total = coord.regional_stats(wider, Period.range("2026-10", "2026-11")).stats
    assert total.sessions == 2 * (12 + 30)
    document = json.loads(bundles[0].read_text(encoding="utf-8"))
    assert document["point"]["name"] == "Uusimaa region"


def test_point_bundles_are_signed_with_a_stable_key(tmp_path: Path) -> None:
    from digituki.core.services import stats as stats_service

    point = Database.in_memory()
    [one] = stats_service.export_period(point, Period.month("2026-10"), ["bundle"], tmp_path)
    [two] = stats_service.export_period(point, Period.month("2026-11"), ["bundle"], tmp_path / "b")
    d1, d2 = (fmt.read_bundle(f.path) for f in (one, two))
    assert d1["signature"]["public_key"] == d2["signature"]["public_key"]
    assert signing.verify(
        d1["signature"]["public_key"], d1["signature"]["value"], fmt.canonical_bytes(d1)
    )


def test_month_over_month_trend_in_report_pdf_and_xlsx(cdb: Database, tmp_path: Path) -> None:
    """Per month totals across the period, the change from the month before, and how many
    points reported each month: in the published report, the PDF and the XLSX."""
    from openpyxl import load_workbook

    from digituki.core.exports.pdf.report import render_pdf

    sent = {  # month -> sessions per point (P3 misses September)
        "2026-08": {P1: 10, P2: 10, P3: 20},
        "2026-09": {P1: 20, P2: 25},
        "2026-10": {P1: 30, P2: 15, P3: 21},
    }
    for month, per_point in sent.items():
        for pid, n in per_point.items():
            coord.import_bytes(cdb, raw(make_document(pid, month, ages={"65_74": n})), now=NOW)
    period = Period.range("2026-08", "2026-10")
    report = coord.regional_report(cdb, period, now=NOW)
    trend = report.trend
    assert trend.rows == ("2026-08", "2026-09", "2026-10")
    assert [line[0].value for line in trend.cells] == [40, 45, 66]
    coverage = report.table("points_by_month")
    assert [line[0].value for line in coverage.cells] == [3, 2, 3]

    from digituki.core.domain.trends import change_text, month_changes

    assert [change_text(c) for c in month_changes([40, 45, 66])] == ["–", "+13 %", "+47 %"]

    text = render_pdf(report, "en", compress=False)
    assert b"Change from the" in text  # (the column heading wraps onto two lines)
    assert b"+13 %" in text and b"+47 %" in text
    assert b"Points reporting by month" in text
    assert b"regional report" in text

    [xlsx] = coord.export_regional(cdb, period, ["xlsx"], tmp_path, language="en", now=NOW)
    book = load_workbook(xlsx.path)
    sheet = book["Help sessions by month"]
    assert sheet["D1"].value == "Change from the month before"
    assert [sheet.cell(row=r, column=4).value for r in (2, 3, 4)] == [None, 13, 47]
    assert "Points reporting by month" in book.sheetnames


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([10, 12, 6], [None, 20, -50]),
        ([5, None, 5], [None, None, None]),
        ([0, 4, 4], [None, None, 0]),
        ([3], [None]),
        ([], []),
    ],
)
def test_month_changes(values: list[int | None], expected: list[int | None]) -> None:
    from digituki.core.domain.trends import month_changes

    assert month_changes(values) == expected


def test_a_late_file_does_not_give_away_the_small_point(cdb: Database, tmp_path: Path) -> None:
    """Issue 18, scenario 4: the regional report before and after a tiny point's late file."""
    pytest.importorskip("scipy", reason="the attacker's solver needs scipy (the dev extra)")
    from attacker import attack, parse_csv

    def document(pid: str, month: str, ages: dict[str, int], name: str) -> dict[str, Any]:
        doc = make_document(pid, month, ages=ages, name=name)
        n = sum(ages.values())  # every session table adds up to the sessions, as a point's does
        for key, code in (("language", "fi"), ("outcome", "solved"), ("next_step", "none")):
            doc["tables"].append(
                {"key": key, "unit": "sessions", "dimensions": [key], "cells": [[code, n]]}
            )
        doc["tables"].append(
            {
                "key": "on_behalf",
                "unit": "sessions",
                "dimensions": ["on_behalf"],
                "cells": [["no", n]],
            }
        )
        return seal(doc)

    names = {P1: "Big one", P2: "Big two", P3: "Tiny"}
    ages = {
        P1: {"65_74": 14, "75_84": 3},
        P2: {"65_74": 11, "45_64": 8, "25_44": 2},
        P3: {"85_plus": 2},
    }
    for pid in (P1, P2, P3):  # all three delivered October, so November's gap is known
        doc = document(pid, "2026-10", {"65_74": 12}, names[pid])
        assert coord.import_bytes(cdb, raw(doc), now=NOW).status == coord.IMPORTED
    for pid in (P1, P2):
        doc = document(pid, "2026-11", ages[pid], names[pid])
        assert coord.import_bytes(cdb, raw(doc), now=NOW).status == coord.IMPORTED
    november = Period.month("2026-11")
    [before] = coord.export_regional(cdb, november, ["csv"], tmp_path / "a", now=NOW)
    early = before.path.read_bytes()
    assert b"preliminary" in early
    late = document(P3, "2026-11", ages[P3], names[P3])
    assert coord.import_bytes(cdb, raw(late), now=NOW).status == coord.IMPORTED
    [after] = coord.export_regional(cdb, november, ["csv"], tmp_path / "b", now=NOW)
    final = after.path.read_bytes()
    assert b"preliminary" not in final and b"revised" in final
    assert [r.preliminary for r in coord.regional_history(cdb)] == [False, True]
    versions = {pid: (names[pid], "2026-11", 0) for pid in (P1, P2, P3)}
    published = [
        parse_csv(early, {"2026-11": [versions[P1], versions[P2]]}),
        parse_csv(final, {"2026-11": list(versions.values())}),
    ]
    secrets = {(versions[P3], "age_band", "85_plus"): 2}
    findings, checked = attack(published, 5, secrets)
    assert checked > 1 and findings == []
