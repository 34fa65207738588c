"""The monthly statistics store (migration 0010) is a cache of the session rows: after any mix of
saves, edits, deletes, undos, turned-away walk-ins, shifts and booking changes, every period's
statistics equal a fresh count of the rows, and `check_month_store` finds nothing stale.

Runs on SQLite and, with the PostgreSQL option, on PostgreSQL (the `db` fixture)."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from digituki.core.domain import helplog as hl
from digituki.core.domain.errors import NotFoundError
from digituki.core.domain.helplog import SessionDraft
from digituki.core.domain.stats import Period
from digituki.core.domain.topics import load_topics
from digituki.core.services import helplog, stats
from digituki.core.storage.database import Database

NOW = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)
MONTHS = ("2026-08", "2026-09", "2026-10", "2026-11")
PERIODS = (
    Period.range("2026-08", "2026-11"),
    Period.year(2026),
    *(Period.month(m) for m in MONTHS),
)
CODES = load_topics().all_codes()[:12]

drafts = st.builds(
    SessionDraft,
    date=st.dates(dt.date(2026, 8, 1), dt.date(2026, 11, 30)),
    start_hour=st.integers(9, 17),
    topics=st.lists(st.sampled_from(CODES), min_size=1, max_size=3, unique=True).map(tuple),
    duration_minutes=st.integers(5, 120),
    age_band=st.sampled_from(hl.AGE_BANDS),
    language=st.sampled_from(hl.SERVICE_LANGUAGES),
    device=st.sampled_from(hl.DEVICES),
    outcome=st.sampled_from(hl.OUTCOMES),
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("save"), drafts),
        st.tuples(st.just("edit"), st.integers(0, 10**6), drafts),
        st.tuples(st.just("delete"), st.integers(0, 10**6)),
        st.tuples(st.just("undo")),
        st.tuples(st.just("turned"), st.sampled_from(hl.TURNED_AWAY_REASONS), st.integers(0, 90)),
        st.tuples(st.just("shift"), st.dates(dt.date(2026, 8, 1), dt.date(2026, 11, 30))),
        st.tuples(st.just("booking"), st.integers(0, 2000), st.sampled_from(("done", "no_show"))),
        st.tuples(st.just("rebook"), st.integers(0, 10**6), st.sampled_from(("booked", "done"))),
        st.tuples(st.just("read"), st.sampled_from(PERIODS)),
    ),
    min_size=1,
    max_size=25,
)


def _ids(db: Database) -> list[int]:
    return [row.id for row in helplog.list_sessions(db)]


def _apply(db: Database, op: tuple[Any, ...], undo: list[Any]) -> None:
    kind = op[0]
    if kind == "save":
        undo.append(helplog.log_session(db, op[1], now=NOW).undo)
    elif kind in ("edit", "delete"):
        ids = _ids(db)
        if not ids:
            return
        target = ids[op[1] % len(ids)]
        if kind == "edit":
            helplog.update_session(db, target, op[2], now=NOW)
        else:
            helplog.delete_session(db, target, now=NOW)
    elif kind == "undo" and undo:
        with contextlib.suppress(NotFoundError):  # that session was deleted since
            helplog.undo_last_save(db, undo.pop())
    elif kind == "turned":
        helplog.record_turned_away(db, op[1], now=NOW - dt.timedelta(days=op[2]))
    elif kind == "shift":
        helplog.record_shift(db, op[1], 90, now=NOW)
    elif kind == "booking":
        slot = dt.datetime(2026, 8, 1) + dt.timedelta(hours=op[1] + 0.5)  # month ends included
        with db.unit_of_work() as uow:
            taken = uow.session.execute(text("SELECT COUNT(*) FROM booking")).scalar_one()
            uow.session.execute(
                text(
                    "INSERT INTO booking (slot_start, duration_minutes, place, status, topics, "
                    "language, interpreter, hearing, vision, device_phone, device_tablet, "
                    "device_laptop, created_at, updated_at, version) VALUES (:slot, 45, :place, "
                    ":status, '[]', 'fi', false, false, false, false, false, false, :slot, "
                    ":slot, 1)"
                ),
                {"slot": slot, "status": op[2], "place": None if op[2] == "no_show" else taken + 1},
            )
            uow.commit()
    elif kind == "rebook":
        with db.unit_of_work() as uow:
            ids = [
                i
                for (i,) in uow.session.execute(
                    text("SELECT id FROM booking WHERE place IS NOT NULL ORDER BY id")
                )
            ]
            if ids:
                uow.session.execute(
                    text("UPDATE booking SET status = :s WHERE id = :i"),
                    {"s": op[2], "i": ids[op[1] % len(ids)]},
                )
                uow.commit()
    elif kind == "read":
        assert stats.period_stats(db, op[1]) == stats.period_stats_from_rows(db, op[1])


@settings(
    max_examples=25,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),  # no shrinking: each case is slow
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=operations)
def test_kept_months_equal_a_fresh_count_after_any_changes(db: Database, ops: list[Any]) -> None:
    undo: list[Any] = []
    for period in PERIODS[:2]:
        stats.period_stats(db, period)  # keep every month before the changes
    for op in ops:
        _apply(db, op, undo)
    for period in PERIODS:
        kept = stats.period_stats(db, period)
        assert kept == stats.period_stats_from_rows(db, period), period
        rows = stats._months_rows(db, period)
        assert stats.topic_cross_tables(db, period, rows) == stats.topic_cross_tables(
            db, period, stats._summed([stats._scan_whole(db, period)])
        )
    assert stats.check_month_store(db) == []


def test_a_stale_month_is_found_by_the_check(db: Database) -> None:
    draft = SessionDraft(date=dt.date(2026, 10, 5), start_hour=10, topics=(CODES[0],))
    helplog.log_session(db, draft, now=NOW)
    assert stats.period_stats(db, Period.month("2026-10")).sessions == 1
    assert stats.check_month_store(db) == []
    with db.unit_of_work() as uow:  # tamper with the kept counts (not possible through the app)
        uow.session.execute(
            text(
                "UPDATE stats_month SET content = "
                'replace(content, \'"devices":[[\', \'"devices":[["tablet",1],[\')'
            )
        )
        uow.commit()
    assert stats.check_month_store(db) == ["2026-10"]


@pytest.mark.parametrize("fmt", ["csv", "bundle"])
def test_exports_are_the_same_from_kept_months(db: Database, tmp_path: Any, fmt: str) -> None:
    import random

    helplog.generate_demo_sessions(db, random.Random(4), dt.date(2026, 11, 28), 3)
    period = Period.range("2026-09", "2026-11")
    first = stats.export_period(db, period, [fmt], tmp_path / "a", now=NOW)[0]
    second = stats.export_period(db, period, [fmt], tmp_path / "b", now=NOW)[0]  # from kept months
    if fmt == "csv":
        assert first.path.read_bytes() == second.path.read_bytes()
    else:
        import json

        a, b = (json.loads(f.path.read_text(encoding="utf-8")) for f in (first, second))
        for doc in (a, b):
            doc.pop("export_id"), doc.pop("checksum"), doc.pop("signature", None)
        assert b.pop("revision", 2) == a.pop("revision", 1) + 1  # each export counts up (#20)
        assert a == b


def test_cli_check_reports_a_stale_month(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from digituki.cli import main

    home = tmp_path / "home"
    assert main(["demo", "--data-dir", str(home), "--months", "1"]) == 0
    db = Database.open_file(home / "digituki.sqlite3")
    try:
        stats.period_stats(db, Period.year(dt.date.today().year))  # keep this year's months
    finally:
        db.close()
    assert main(["check", "--data-dir", str(home)]) == 0
    capsys.readouterr()
    db = Database.open_file(home / "digituki.sqlite3")
    try:
        with db.unit_of_work() as uow:
            uow.session.execute(
                text("UPDATE stats_month SET content = replace(content, '[[', '[[\"x\",1],[')")
            )
            uow.commit()
    finally:
        db.close()
    assert main(["check", "--data-dir", str(home)]) == 1
    assert "kept monthly statistics differ" in capsys.readouterr().out
