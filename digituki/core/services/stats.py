"""Statistics use cases: count tables of a period (aggregated in the database), the published
(suppressed) report, exports in every format, and the record of what was exported.

All counting happens in SQL with GROUP BY; Python only sums the small result tables (a few hundred
aggregate rows at most), never session rows. The median duration comes from a GROUP BY histogram
of durations.

Decisions:
- *Customers* are people served: a group session counts its participants; a customer's age band
  is the band recorded for the session (for a group usually "not asked").
- *Topic mentions*: a session with two topics counts under both; a group's count is the sum of its
  topics' counts, so the topic table adds up (sub-rows to their group, groups to the total).
- Every other table counts sessions; bookings count booked appointments whose time falls in the
  period (Helsinki months), turned-away counts walk-ins.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sqlalchemy import (
    DateTime,
    and_,
    bindparam,
    case,
    extract,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from digituki.core.clock import utc_now
from digituki.core.domain import disclosure
from digituki.core.domain import helplog as hl
from digituki.core.domain import stats as rules
from digituki.core.domain.errors import ValidationError
from digituki.core.domain.schedule import LOCAL_TZ as HELSINKI
from digituki.core.domain.stats import CountTable, Period, PublishedTable
from digituki.core.domain.topics import TopicList, load_topics
from digituki.core.services import settings as settings_service
from digituki.core.storage.database import Database
from digituki.core.storage.orm import (
    HelpSession,
    HelpSessionTopic,
    MonthExport,
    Publication,
    StatsMonth,
    TurnedAway,
    VolunteerShift,
)

FORMATS: Final[tuple[str, ...]] = ("pdf", "xlsx", "csv", "bundle")
READABLE: Final[tuple[str, ...]] = ("pdf", "xlsx", "csv")  # what a person reads: published
POINT: Final = "point"
REGIONAL: Final = "regional"
# Why a report shows less than its counts would allow (`PublishedReport.limited`).
LIMIT_SMALL_MONTHS: Final = "small_months"  # several months, one had fewer than 10 sessions
LIMIT_REVISED: Final = "revised"  # a month published before changed since
Progress = Callable[[int, int], None]

BOOKING_GROUPS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("came", ("arrived", "in_progress", "done")),
    ("no_show", ("no_show",)),
    ("cancelled", ("cancelled",)),
    ("open", ("booked",)),
)
NEXT_STEP_TABLE: Final = "next_step"
# Units of the tables that count sessions or their people (empty in a month without sessions).
_SESSION_UNITS: Final = frozenset({"sessions", "customers", "topic_mentions"})
BUNDLE_CROSS: Final[tuple[str, ...]] = ("age_band", "support_form", "language", "outcome")

# How each table of the report is published: (key, fixed total, age coarsening).
_PUBLISH_PLAN: Final[dict[str, tuple[bool, bool]]] = {
    "age_band": (True, True),
    "topics": (True, False),  # its total is published: see publish_report
    "support_form": (True, False),
    "language": (True, False),
    "outcome": (True, False),
    NEXT_STEP_TABLE: (True, False),
    "on_behalf": (True, False),
    "turned_away": (False, False),
    "bookings": (False, False),
}


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodStats:
    """Exact counts of a period (never shown to a person as such: see `publish_report`)."""

    period: Period
    sessions: int
    customers: int
    total_minutes: int
    duration_histogram: tuple[tuple[int, int], ...]  # (minutes, sessions)
    volunteer_minutes: int
    tables: tuple[CountTable, ...]
    trend: CountTable  # months × sessions
    bookings_known: bool  # False when this installation has no booking table

    @property
    def median_minutes(self) -> float | None:
        return rules.median_from_histogram(dict(self.duration_histogram))

    def table(self, key: str) -> CountTable:
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)


@dataclass(frozen=True)
class PublishedReport:
    """What a person may read about a period: counts only, suppressed.

    With fewer than 10 sessions only `sessions` (and the month-by-month sessions) is given.
    """

    period: Period
    point_name: str
    municipality: str
    k: int
    sessions: int
    detail: bool
    customers: int | None
    total_minutes: int | None
    median_minutes: float | None
    volunteer_hours: float | None
    tables: tuple[PublishedTable, ...]
    trend: PublishedTable
    generated_at: dt.datetime
    limited: tuple[str, ...] = ()  # LIMIT_* codes: the report says so in words
    preliminary: bool = False  # regional: files of some points are missing for the period
    # what each month showed (counts and markers only), for the publication log
    snapshots: tuple[tuple[str, dict[str, Any]], ...] = field(default=(), compare=False, repr=False)

    def table(self, key: str) -> PublishedTable:
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)

    @property
    def coarsened(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(table key, what was combined) for every table that was coarsened."""
        return tuple((t.key, t.coarsened) for t in self.tables if t.coarsened)


@dataclass(frozen=True)
class ExportedFile:
    format: str
    path: Path
    checksum: str  # SHA-256 of the file's bytes


@dataclass(frozen=True)
class ExportRecord:
    month: str
    format: str
    period: str
    exported_at: dt.datetime
    checksum: str
    file_name: str
    outdated: bool


# --- helpers -----------------------------------------------------------------------------------


def _utc_bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    """The period's Helsinki month boundaries as naive UTC (how timestamps are stored)."""
    first, after = period.bounds()
    return tuple(  # type: ignore[return-value]
        dt.datetime.combine(day, dt.time(0), HELSINKI).astimezone(dt.UTC).replace(tzinfo=None)
        for day in (first, after)
    )


def _in_period(period: Period) -> Any:
    first, after = period.bounds()
    return and_(HelpSession.session_date >= first, HelpSession.session_date < after)


def flat_table(
    key: str, unit: str, codes: Sequence[str], counts: dict[str, int], dimension: str = ""
) -> CountTable:
    extra = [c for c in counts if c not in codes]  # values of older lists, if any
    rows = (*codes, *sorted(extra))
    return CountTable(key, unit, dimension or key, rows, tuple((counts.get(c, 0),) for c in rows))


def topic_tree(counts: dict[str, int], groups_of: dict[str, str], topics: TopicList) -> CountTable:
    """Groups with their topics (topics never used in the period are left out)."""
    rows: list[str] = []
    values: list[tuple[int]] = []
    parents: list[str | None] = []
    listed = set()
    group_codes = [g.code for g in topics.groups]
    group_codes += sorted({g for g in groups_of.values() if g not in group_codes})
    for group in group_codes:
        members = [t.code for t in topics.group(group).topics] if topics.is_group(group) else []
        members += sorted(c for c, g in groups_of.items() if g == group and c not in members)
        used = [c for c in members if counts.get(c, 0) > 0]
        rows.append(group)
        values.append((sum(counts[c] for c in used),))
        parents.append(None)
        for code in used:
            rows.append(code)
            values.append((counts[code],))
            parents.append(group)
            listed.add(code)
    return CountTable(
        "topics", "topic_mentions", "topic", tuple(rows), tuple(values), parents=tuple(parents)
    )


def next_step_tree(by_step: dict[str, int], by_target: dict[str, int]) -> CountTable:
    rows: list[str] = []
    values: list[tuple[int]] = []
    parents: list[str | None] = []
    for step in hl.NEXT_STEPS:
        rows.append(step)
        values.append((by_step.get(step, 0),))
        parents.append(None)
        if step == hl.REFERRED:
            for target in hl.REFERRAL_TARGETS:
                rows.append(f"referred.{target}")
                values.append((by_target.get(target, 0),))
                parents.append(step)
    return CountTable(
        NEXT_STEP_TABLE, "sessions", "next_step", tuple(rows), tuple(values), parents=tuple(parents)
    )


def _bookings(session: Session, period: Period) -> dict[str, int] | None:
    """Bookings in the period by status, or None when this database has no booking table."""
    connection = session.connection()
    if not inspect(connection).has_table("booking"):
        return None
    start, end = _utc_bounds(period)
    query = text(
        "SELECT status, COUNT(*) FROM booking "
        "WHERE slot_start >= :start AND slot_start < :end GROUP BY status"
    ).bindparams(bindparam("start", type_=DateTime()), bindparam("end", type_=DateTime()))
    rows = session.execute(query, {"start": start, "end": end}).all()
    by_status = {str(status): int(n) for status, n in rows}
    return {group: sum(by_status.get(s, 0) for s in statuses) for group, statuses in BOOKING_GROUPS}


# --- aggregation -------------------------------------------------------------------------------


def _scan(s: Session, period: Period) -> dict[str, Any]:
    """The result rows of every statistics query over `period` (plain JSON-able lists)."""
    hs = HelpSession
    where = _in_period(period)
    first, after = period.bounds()
    # One scan: every combination of the session attributes, with sessions, people, minutes.
    cube = s.execute(
        select(
            hs.age_band,
            hs.support_form,
            hs.language,
            hs.outcome,
            hs.next_step,
            hs.referral_target,
            hs.on_behalf,
            func.count(),
            func.sum(hs.participants),
            func.sum(hs.duration_minutes),
        )
        .where(where)
        .group_by(
            hs.age_band,
            hs.support_form,
            hs.language,
            hs.outcome,
            hs.next_step,
            hs.referral_target,
            hs.on_behalf,
        )
    ).all()
    histogram = s.execute(
        select(hs.duration_minutes, func.count()).where(where).group_by(hs.duration_minutes)
    ).all()
    year, month = extract("year", hs.session_date), extract("month", hs.session_date)
    trend_rows = s.execute(
        select(year, month, func.count()).where(where).group_by(year, month)
    ).all()
    turned = s.execute(
        select(TurnedAway.reason, func.count())
        .where(TurnedAway.day >= first, TurnedAway.day < after)
        .group_by(TurnedAway.reason)
    ).all()
    volunteer_minutes = s.scalar(
        select(func.coalesce(func.sum(VolunteerShift.minutes), 0)).where(
            VolunteerShift.day >= first, VolunteerShift.day < after
        )
    )
    columns = [getattr(hs, attribute) for attribute in BUNDLE_CROSS]
    cross = s.execute(
        select(HelpSessionTopic.topic_code, *columns, func.count())
        .join(hs, hs.id == HelpSessionTopic.session_id)
        .where(where)
        .group_by(HelpSessionTopic.topic_code, *columns)
    ).all()
    devices = s.execute(select(hs.device, func.count()).where(where).group_by(hs.device)).all()
    # Only sums are kept: the marginals the report shows and the pairs the bundle carries.
    totals = [0, 0, 0]  # sessions, customers (people), minutes
    marginals: dict[str, dict[Any, int]] = {key: defaultdict(int) for key in _MARGINALS}
    for age, form, language, outcome, step, target, behalf, n, people, mins in cube:
        n, people = int(n), int(people or 0)
        totals[0] += n
        totals[1] += people
        totals[2] += int(mins or 0)
        marginals["age_band"][age] += people
        marginals["support_form"][form] += n
        marginals["language"][language] += n
        marginals["outcome"][outcome] += n
        marginals["next_step"][step] += n
        marginals["on_behalf"][behalf] += n
        if target is not None:
            marginals["referral"][target] += n
    # Topic mentions by topic are the sums of the topic × attributes rows (one join, not two).
    # A topic's group is the part of its code before the dot (the topic list guarantees it).
    mentions: dict[str, int] = defaultdict(int)
    pairs: list[dict[tuple[str, str], int]] = [defaultdict(int) for _ in BUNDLE_CROSS]
    for row in cross:
        topic, n = row[0], int(row[-1])
        mentions[topic] += n
        for i, value in enumerate(row[1:-1]):
            pairs[i][(topic, value)] += n
    return {
        "format": _FORMAT,
        "totals": totals,
        **{key: [[code, n] for code, n in values.items()] for key, values in marginals.items()},
        "histogram": [[int(d), int(n)] for d, n in histogram],
        "topics": [[code, n] for code, n in mentions.items()],
        "trend": [[f"{int(y):04d}-{int(m):02d}", int(n)] for y, m, n in trend_rows],
        "turned_away": [[r, int(n)] for r, n in turned],
        "volunteer_minutes": int(volunteer_minutes or 0),
        "bookings": _bookings(s, period),
        "cross": {
            attribute: [[t, v, n] for (t, v), n in values.items()]
            for attribute, values in zip(BUNDLE_CROSS, pairs, strict=True)
        },
        "devices": [[d, int(n)] for d, n in devices],
    }


_FORMAT: Final = 1  # of a kept month's JSON; a month kept in another format is counted again
_MARGINALS: Final = (
    "age_band",
    "support_form",
    "language",
    "outcome",
    "next_step",
    "on_behalf",
    "referral",
)


def _summed(scans: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The rows of several scans (months) as if one query had covered them all."""
    if len(scans) == 1:
        return scans[0]

    def add(key: str) -> list[list[Any]]:
        totals: dict[Any, int] = defaultdict(int)
        for scan in scans:
            for code, n in scan[key]:
                totals[code] += n
        return [[code, n] for code, n in totals.items()]

    bookings = [scan["bookings"] for scan in scans]
    booked: dict[str, int] | None = None
    if all(b is not None for b in bookings):
        booked = defaultdict(int)
        for b in bookings:
            for group, n in b.items():
                booked[group] += n

    def add_pairs(attribute: str) -> list[list[Any]]:
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for scan in scans:
            for topic, value, n in scan["cross"][attribute]:
                totals[(topic, value)] += n
        return [[t, v, n] for (t, v), n in totals.items()]

    return {
        "format": _FORMAT,
        "totals": [sum(scan["totals"][i] for scan in scans) for i in range(3)],
        **{key: add(key) for key in _MARGINALS},
        "histogram": sorted(add("histogram")),
        "topics": add("topics"),
        "trend": add("trend"),
        "turned_away": add("turned_away"),
        "volunteer_minutes": sum(scan["volunteer_minutes"] for scan in scans),
        "bookings": None if booked is None else dict(booked),
        "cross": {attribute: add_pairs(attribute) for attribute in BUNDLE_CROSS},
        "devices": add("devices"),
    }


def _months_rows(db: Database, period: Period) -> dict[str, Any]:
    """The summed rows of `period`'s months, each month's read from `stats_month` or rebuilt
    (and kept) when a write touched it since (see migration 0010)."""
    months = period.months()
    with db.unit_of_work() as uow:
        s = uow.session
        cached = {
            row.month: (row.version, row.content)
            for row in s.scalars(select(StatsMonth).where(StatsMonth.month.in_(months)))
        }
        scans: list[dict[str, Any]] = []
        fresh: list[tuple[str, int | None, dict[str, Any]]] = []
        for month in months:
            version, content = cached.get(month, (None, None))
            kept = json.loads(content) if content is not None else None
            if kept is not None and kept.get("format") == _FORMAT:
                scans.append(kept)
                continue
            scan = _scan(s, Period.month(month))
            scans.append(scan)
            fresh.append((month, version, scan))
        if fresh:
            _keep(s, fresh)
    return _summed(scans)


def _keep(s: Session, fresh: Sequence[tuple[str, int | None, dict[str, Any]]]) -> None:
    """Store rebuilt months unless a write bumped their version meanwhile (then the next read
    rebuilds them again); a database that cannot be written (read-only, locked) keeps nothing."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        for month, version, scan in fresh:
            content = json.dumps(scan, separators=(",", ":"))
            if version is None:
                s.execute(_insert_if_absent(s, month, content))
            else:
                s.execute(
                    update(StatsMonth)
                    .where(StatsMonth.month == month, StatsMonth.version == version)
                    .values(content=content)
                )
        s.commit()
    except SQLAlchemyError:
        s.rollback()


def _insert_if_absent(s: Session, month: str, content: str) -> Any:
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return (
            pg_insert(StatsMonth)
            .values(month=month, version=0, content=content)
            .on_conflict_do_nothing(index_elements=["month"])
        )
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return (
        sqlite_insert(StatsMonth)
        .values(month=month, version=0, content=content)
        .on_conflict_do_nothing(index_elements=["month"])
    )


def period_stats(db: Database, period: Period) -> PeriodStats:
    """Exact count tables of `period`: the sum of its months' GROUP BY results (kept per month,
    rebuilt only for a month changed since it was last read)."""
    return _assemble(period, _months_rows(db, period))


def period_stats_from_rows(db: Database, period: Period) -> PeriodStats:
    """The same as `period_stats`, computed from the session rows of the whole period at once
    (the computation before the monthly store; `check_month_store` and the tests compare)."""
    return _assemble(period, _scan_whole(db, period))


def _scan_whole(db: Database, period: Period) -> dict[str, Any]:
    with db.unit_of_work() as uow:
        return _scan(uow.session, period)


def _assemble(period: Period, rows: dict[str, Any]) -> PeriodStats:
    topics = load_topics()
    histogram = rows["histogram"]
    topic_rows, trend_rows, turned = rows["topics"], rows["trend"], rows["turned_away"]
    volunteer_minutes, bookings = rows["volunteer_minutes"], rows["bookings"]
    sessions, customers, minutes = rows["totals"]
    sums = {key: dict(rows[key]) for key in _MARGINALS}
    referral = sums["referral"]
    tables = [
        flat_table("age_band", "customers", hl.AGE_BANDS, sums["age_band"]),
        topic_tree(
            {code: int(n) for code, n in topic_rows},
            {code: code.split(".", 1)[0] for code, _ in topic_rows},
            topics,
        ),
        flat_table("support_form", "sessions", hl.SUPPORT_FORMS, sums["support_form"]),
        flat_table("language", "sessions", hl.SERVICE_LANGUAGES, sums["language"]),
        flat_table("outcome", "sessions", hl.OUTCOMES, sums["outcome"]),
        next_step_tree(sums["next_step"], referral),
        flat_table("on_behalf", "sessions", hl.ON_BEHALF, sums["on_behalf"]),
        flat_table(
            "turned_away",
            "walk_ins",
            hl.TURNED_AWAY_REASONS,
            {r: int(n) for r, n in turned},
            "reason",
        ),
    ]
    if bookings is not None:
        tables.append(
            flat_table("bookings", "bookings", [g for g, _ in BOOKING_GROUPS], bookings, "status")
        )
    per_month = {m: int(n) for m, n in trend_rows}
    months = period.months()
    trend = CountTable(
        "trend", "sessions", "month", months, tuple((per_month.get(m, 0),) for m in months)
    )
    return PeriodStats(
        period=period,
        sessions=sessions,
        customers=customers,
        total_minutes=minutes,
        duration_histogram=tuple(sorted((int(d), int(n)) for d, n in histogram)),
        volunteer_minutes=int(volunteer_minutes or 0),
        tables=tuple(tables),
        trend=trend,
        bookings_known=bookings is not None,
    )


def publish_report(
    stats: PeriodStats,
    k: int,
    *,
    point_name: str = "",
    municipality: str = "",
    now: dt.datetime | None = None,
    earlier: Sequence[disclosure.Snapshot] = (),
) -> PublishedReport:
    """Apply the anonymity rules of `domain.stats` to every table of `stats`, a single period
    counted as one; `earlier`: what earlier publications showed of this (one-month) period, so
    nothing new about a changed number is published (`domain.disclosure`, rule 3)."""
    rules.validate_k(k)
    detail = rules.detail_allowed(stats.sessions)
    earlier = [e for e in earlier if e.get("detail")]
    published: list[PublishedTable] = []
    if detail:
        for table in stats.tables:
            fixed, coarsen_ages = _PUBLISH_PLAN.get(table.key, (False, False))
            before = [e["tables"][table.key] for e in earlier if table.key in e.get("tables", {})]
            published.append(
                disclosure.republish(
                    table,
                    before,
                    k,
                    fixed_total=fixed,
                    total_is_public=fixed and table.unit == "sessions",
                    row_groups=rules.COARSE_AGE_BANDS if coarsen_ages else None,
                    # a topic is mentioned at most once per session
                    sub_row_upper=stats.sessions if table.key == "topics" else None,
                )
            )
    revised = any(t.note == disclosure.REVISED for t in published)

    def figure(value: int | float | None, name: str) -> int | float | None:
        return disclosure.summary_value(value if detail else None, name, earlier)

    median = figure(stats.median_minutes, "median_minutes")
    customers = figure(stats.customers, "customers")
    minutes = figure(stats.total_minutes, "total_minutes")
    report = PublishedReport(
        period=stats.period,
        point_name=point_name,
        municipality=municipality,
        k=k,
        sessions=stats.sessions,
        detail=detail,
        customers=None if customers is None else int(customers),
        total_minutes=None if minutes is None else int(minutes),
        median_minutes=None if median is None else float(median),
        volunteer_hours=round(stats.volunteer_minutes / 60, 1) if detail else None,
        tables=tuple(published),
        trend=rules.exempt(stats.trend, k),
        generated_at=(now or utc_now()).replace(microsecond=0),
        limited=(LIMIT_REVISED,) if revised else (),
    )
    if stats.period.first == stats.period.last:
        report = dataclasses.replace(report, snapshots=((stats.period.first, snapshot(report)),))
    return report


def snapshot(report: PublishedReport) -> disclosure.Snapshot:
    """What `report` shows, as the publication log keeps it (counts and markers only)."""
    return {
        "sessions": report.sessions,
        "detail": report.detail,
        "k": report.k,
        "summary": {
            "customers": report.customers,
            "total_minutes": report.total_minutes,
            "median_minutes": report.median_minutes,
        },
        "tables": {t.key: disclosure.snapshot_table(t) for t in report.tables},
    }


def publish_period(
    months: Sequence[PeriodStats],
    whole: PeriodStats,
    k: int,
    *,
    point_name: str = "",
    municipality: str = "",
    now: dt.datetime | None = None,
    earlier: Mapping[str, Sequence[disclosure.Snapshot]] | None = None,
) -> PublishedReport:
    """The published report of `whole`, made of its `months` (one `PeriodStats` each, in order)
    so that it tells nothing its months do not (`domain.disclosure`, rule 2); `earlier`: what
    was published before of each month."""
    earlier = earlier or {}
    meta: dict[str, Any] = {"point_name": point_name, "municipality": municipality, "now": now}
    if len(months) == 1:
        one = publish_report(months[0], k, earlier=earlier.get(months[0].period.first, ()), **meta)
        return dataclasses.replace(one, period=whole.period, trend=rules.exempt(whole.trend, k))
    parts = [publish_report(m, k, earlier=earlier.get(m.period.first, ()), **meta) for m in months]
    snaps = [snapshot(p) for p in parts]
    # A month without sessions has nothing to hide: its session tables are known to be empty.
    empty = [p.sessions == 0 for p in parts]
    detail = rules.detail_allowed(whole.sessions) and all(
        p.detail or e for p, e in zip(parts, empty, strict=True)
    )
    tables: list[PublishedTable] = []
    if detail:
        for table in whole.tables:
            fixed, coarsen_ages = _PUBLISH_PLAN.get(table.key, (False, False))
            of_sessions = table.unit in _SESSION_UNITS
            tables.append(
                disclosure.combine(
                    table,
                    [
                        disclosure.EMPTY if e and of_sessions else snap["tables"].get(table.key)
                        for snap, e in zip(snaps, empty, strict=True)
                    ],
                    k,
                    fixed_total=fixed,
                    coarsen_ages=coarsen_ages,
                )
            )

    def summed(values: list[int | None]) -> int | None:
        if not detail:
            return None
        known = [0 if e else v for v, e in zip(values, empty, strict=True)]
        return None if any(v is None for v in known) else sum(v or 0 for v in known)

    limited: list[str] = []
    if rules.detail_allowed(whole.sessions) and not detail:
        limited.append(LIMIT_SMALL_MONTHS)
    if any(LIMIT_REVISED in p.limited for p in parts):
        limited.append(LIMIT_REVISED)
    return PublishedReport(
        period=whole.period,
        point_name=point_name,
        municipality=municipality,
        k=k,
        sessions=whole.sessions,
        detail=detail,
        customers=summed([p.customers for p in parts]),
        total_minutes=summed([p.total_minutes for p in parts]),
        # a median is not a sum: shown only where every month's is (so a changed one stays out)
        median_minutes=whole.median_minutes
        if detail
        and all(p.median_minutes is not None or e for p, e in zip(parts, empty, strict=True))
        else None,
        volunteer_hours=round(whole.volunteer_minutes / 60, 1) if detail else None,
        tables=tuple(tables),
        trend=rules.exempt(whole.trend, k),
        generated_at=(now or utc_now()).replace(microsecond=0),
        limited=tuple(limited),
        snapshots=tuple((m.period.first, snap) for m, snap in zip(months, snaps, strict=True)),
    )


def month_stats(db: Database, period: Period) -> list[PeriodStats]:
    """`period_stats` of each month of `period`."""
    if period.first == period.last:
        return [period_stats(db, period)]
    return [period_stats(db, Period.month(m)) for m in period.months()]


def report(db: Database, period: Period, *, now: dt.datetime | None = None) -> PublishedReport:
    """The published report of `period` with this point's settings (what the screen shows, and
    what an export of it now would publish)."""
    site = settings_service.get_site_settings(db)
    months = month_stats(db, period)
    whole = months[0] if len(months) == 1 else period_stats(db, period)
    return publish_period(
        months,
        whole,
        site.suppression_k,
        point_name=site.site_name,
        municipality=site.municipality,
        now=now,
        earlier=earlier_snapshots(db, POINT, period),
    )


# --- the publication log -----------------------------------------------------------------------


@dataclass(frozen=True)
class PublicationRecord:
    """One published report: when, which period, in which formats, and what it showed."""

    id: int
    scope: str
    period: str
    formats: tuple[str, ...]
    published_at: dt.datetime
    preliminary: bool
    sessions: int
    detail: bool
    hidden_cells: int  # how many numbers it hid
    limited: tuple[str, ...]


def earlier_snapshots(
    db: Database, scope: str, period: Period
) -> dict[str, list[disclosure.Snapshot]]:
    """What every earlier publication of `scope` showed of each month of `period`."""
    months = period.months()
    found: dict[str, list[disclosure.Snapshot]] = defaultdict(list)
    with db.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(Publication.content)
            .where(
                Publication.scope == scope,
                Publication.first_month <= months[-1],
                Publication.last_month >= months[0],
            )
            .order_by(Publication.id)
        ).all()
    for content in rows:
        for month, snap in json.loads(content).get("months", {}).items():
            if month in months:
                found[month].append(snap)
    return dict(found)


def record_publication(
    db: Database,
    scope: str,
    published: PublishedReport,
    formats: Sequence[str],
    now: dt.datetime | None = None,
) -> None:
    """Add `published` to the publication log (counts and markers only)."""
    hidden = sum(1 for t in published.tables for line in t.cells for p in line if p.hidden) + sum(
        1 for t in published.tables for p in t.column_totals if p.hidden
    )
    content = {
        "months": dict(published.snapshots),
        "report": {
            "sessions": published.sessions,
            "detail": published.detail,
            "hidden_cells": hidden,
            "limited": list(published.limited),
            "k": published.k,
        },
    }
    with db.unit_of_work() as uow:
        uow.session.add(
            Publication(
                scope=scope,
                period=published.period.label,
                first_month=published.period.first,
                last_month=published.period.last,
                formats=",".join(formats),
                published_at=(now or utc_now()).replace(microsecond=0),
                preliminary=published.preliminary,
                content=json.dumps(content, sort_keys=True, separators=(",", ":")),
            )
        )
        uow.commit()


def publication_history(db: Database, scope: str = POINT) -> list[PublicationRecord]:
    """Every recorded publication of `scope`, newest first."""
    with db.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(Publication)
            .where(Publication.scope == scope)
            .order_by(Publication.published_at.desc(), Publication.id.desc())
        ).all()
        result = []
        for row in rows:
            summary = json.loads(row.content).get("report", {})
            result.append(
                PublicationRecord(
                    id=row.id,
                    scope=row.scope,
                    period=row.period,
                    formats=tuple(f for f in row.formats.split(",") if f),
                    published_at=row.published_at,
                    preliminary=row.preliminary,
                    sessions=int(summary.get("sessions", 0)),
                    detail=bool(summary.get("detail", False)),
                    hidden_cells=int(summary.get("hidden_cells", 0)),
                    limited=tuple(summary.get("limited", ())),
                )
            )
    return result


# --- the coordinator bundle's extra tables -----------------------------------------------------


def topic_cross_tables(
    db: Database, period: Period, rows: dict[str, Any] | None = None
) -> tuple[CountTable, ...]:
    """Topic × one attribute (topic mentions), exact, for the coordinator bundle.

    One GROUP BY over topic and all the attributes (a few thousand aggregate rows at most, kept
    per month with the other statistics), then each two-way table is a sum over that result."""
    rows = rows if rows is not None else _months_rows(db, period)
    codes = load_topics().all_codes()
    position = {code: i for i, code in enumerate(codes)}
    sums = [{(t, v): n for t, v, n in rows["cross"][attribute]} for attribute in BUNDLE_CROSS]
    used = sorted(
        {t for t, _, _ in rows["cross"][BUNDLE_CROSS[0]]},
        key=lambda c: (position.get(c, len(codes)), c),
    )
    result: list[CountTable] = []
    for attribute, values in zip(BUNDLE_CROSS, sums, strict=True):
        listed = hl.LISTS.get(attribute) or hl.AGE_BANDS
        result.append(
            CountTable(
                f"topic_x_{attribute}",
                "topic_mentions",
                "topic",
                tuple(used),
                tuple(tuple(values.get((t, a), 0) for a in listed) for t in used),
                columns=tuple(listed),
                column_dimension=attribute,
            )
        )
    result.append(
        flat_table("device", "sessions", hl.DEVICES, {d: int(n) for d, n in rows["devices"]})
    )
    return tuple(result)


def check_month_store(db: Database) -> list[str]:
    """Months whose kept statistics differ from a fresh count of their rows (should be none)."""
    with db.unit_of_work() as uow:
        s = uow.session
        kept = s.execute(
            select(StatsMonth.month, StatsMonth.content).where(StatsMonth.content.is_not(None))
        ).all()
        return [
            month
            for month, content in kept
            if json.loads(content or "null")
            != json.loads(json.dumps(_scan(s, Period.month(month))))
        ]


# --- point identity ----------------------------------------------------------------------------


def ensure_point_id(db: Database) -> str:
    """This installation's stable point id (a UUID made on first use, kept as a site setting)."""
    current = settings_service.get_site_settings(db).point_id
    if current:
        return current
    new = str(uuid.uuid4())
    settings_service.update_site_settings(db, point_id=new)
    return new


def set_suppression_k(db: Database, k: int) -> int:
    """Change the smallest count that may be shown (3–10)."""
    rules.validate_k(k)
    return settings_service.update_site_settings(db, suppression_k=k).suppression_k


# --- export records ----------------------------------------------------------------------------


def _kind(period: Period, fmt: str) -> str:
    return (
        fmt if period.kind == "month" and period.first == period.last else f"{fmt}:{period.label}"
    )


def record_export(
    db: Database,
    period: Period,
    fmt: str,
    checksum: str,
    file_name: str,
    now: dt.datetime | None = None,
) -> None:
    """Note that `period` was exported as `fmt`: one row per covered month (replacing an earlier
    export of the same format and period), so a later change to any month marks it outdated."""
    if fmt not in FORMATS:
        raise ValidationError("unknown_value", "format", value=fmt)
    now = (now or utc_now()).replace(microsecond=0)
    kind = _kind(period, fmt)
    with db.unit_of_work() as uow:
        existing = {
            row.month: row
            for row in uow.session.scalars(
                select(MonthExport).where(
                    MonthExport.kind == kind, MonthExport.month.in_(period.months())
                )
            )
        }
        for month in period.months():
            row = existing.get(month)
            if row is None:
                row = MonthExport(month=month, kind=kind)
                uow.session.add(row)
            row.exported_at = now
            row.checksum = checksum
            row.outdated = False
            row.period = period.label
            row.file_name = file_name[:255]
        uow.commit()


def export_history(db: Database) -> list[ExportRecord]:
    """Every recorded export, newest first (one entry per export, not per month)."""
    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(
                func.min(MonthExport.month),
                MonthExport.kind,
                MonthExport.period,
                MonthExport.exported_at,
                MonthExport.checksum,
                MonthExport.file_name,
                func.max(case((MonthExport.outdated, 1), else_=0)),  # max(bool): not in PostgreSQL
            )
            .group_by(
                MonthExport.kind,
                MonthExport.period,
                MonthExport.exported_at,
                MonthExport.checksum,
                MonthExport.file_name,
            )
            .order_by(MonthExport.exported_at.desc(), MonthExport.kind)
        ).all()
    records = []
    for month, kind, period, exported_at, checksum, file_name, outdated in rows:
        records.append(
            ExportRecord(
                month=month,
                format=kind.split(":", 1)[0],
                period=period or month,
                exported_at=exported_at,
                checksum=checksum,
                file_name=file_name,
                outdated=bool(outdated),
            )
        )
    return records


# --- exports -----------------------------------------------------------------------------------


def file_stem(point_name: str, period: Period) -> str:
    """``digituki-<point-slug>-<period>``: the start of every exported file's name."""
    from digituki.core.exports.safety import slugify

    return f"digituki-{slugify(point_name) or 'point'}-{period.slug}"


def export_period(
    db: Database,
    period: Period,
    formats: Iterable[str],
    out_dir: Path,
    *,
    language: str = "fi",
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> tuple[ExportedFile, ...]:
    """Write `period` in each of `formats` into `out_dir` (atomically) and record every export.

    Person-readable formats (pdf, xlsx, csv) carry the suppressed report; the coordinator bundle
    carries exact counts (no microdata) for merging across points.
    """
    files, _ = export_period_with_stats(
        db, period, formats, out_dir, language=language, now=now, progress=progress
    )
    return files


def export_period_with_stats(
    db: Database,
    period: Period,
    formats: Iterable[str],
    out_dir: Path,
    *,
    language: str = "fi",
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> tuple[tuple[ExportedFile, ...], PeriodStats]:
    """`export_period`, also returning the statistics it exported (computed once)."""
    wanted = list(dict.fromkeys(formats))
    for fmt in wanted:
        if fmt not in FORMATS:
            raise ValidationError("unknown_value", "format", value=fmt)
    if not wanted:
        raise ValidationError("required", "format")
    now = (now or utc_now()).replace(microsecond=0)
    if "bundle" in wanted:
        # a bundle goes out signed or not at all (an unsigned one is held back by the coordinator):
        # KeyUnavailableError / WrongPassphraseError before any file is written
        from digituki.core.security.keys import (
            KeyUnavailableError,
            SigningKeyLockedError,
            WrongPassphraseError,
        )
        from digituki.core.security.signing import point_signing_key

        try:
            point_signing_key(db)
        except WrongPassphraseError:
            raise
        except KeyUnavailableError:
            raise SigningKeyLockedError() from None
    out_dir.mkdir(parents=True, exist_ok=True)
    steps = len(wanted) + 1
    if progress:
        progress(0, steps)
    site = settings_service.get_site_settings(db)
    months = month_stats(db, period)
    stats = months[0] if len(months) == 1 else period_stats(db, period)
    published = publish_period(
        months,
        stats,
        site.suppression_k,
        point_name=site.site_name,
        municipality=site.municipality,
        now=now,
        earlier=earlier_snapshots(db, POINT, period),
    )
    if progress:
        progress(1, steps)
    stem = file_stem(site.site_name, period)
    written: list[ExportedFile] = []
    for done, fmt in enumerate(wanted, start=2):
        path = _write(db, fmt, stats, published, out_dir, stem, language, now)
        checksum = hashlib.sha256(path.read_bytes()).hexdigest()
        record_export(db, period, fmt, checksum, path.name, now)
        written.append(ExportedFile(fmt, path, checksum))
        if progress:
            progress(done, steps)
    readable = [fmt for fmt in wanted if fmt in READABLE]
    if readable:
        record_publication(db, POINT, published, readable, now)
    return tuple(written), stats


def _write(
    db: Database,
    fmt: str,
    stats: PeriodStats,
    published: PublishedReport,
    out_dir: Path,
    stem: str,
    language: str,
    now: dt.datetime,
) -> Path:
    if fmt == "pdf":
        from digituki.core.exports.pdf.report import write_report_pdf

        return write_report_pdf(published, out_dir / f"{stem}.pdf", language=language)
    if fmt == "xlsx":
        from digituki.core.exports.xlsx_out import write_report_xlsx

        return write_report_xlsx(published, out_dir / f"{stem}.xlsx", language=language)
    if fmt == "csv":
        from digituki.core.exports.csv_out import write_report_csv

        return write_report_csv(published, out_dir / f"{stem}.csv", language=language)
    from digituki.core.exports.bundle import build_bundle, write_bundle
    from digituki.core.security.signing import point_signing_key

    site = settings_service.get_site_settings(db)
    document = build_bundle(
        stats,
        topic_cross_tables(db, stats.period),
        point_id=ensure_point_id(db),
        point_name=site.site_name,
        municipality=site.municipality,
        now=now,
        signing_key=point_signing_key(db),
        revision=next_bundle_revision(db, stats.period),
    )
    return write_bundle(document, out_dir / f"{stem}.json")


_REVISIONS = "bundle_revisions"


def next_bundle_revision(db: Database, period: Period) -> int:
    """1 for the first bundle of `period`, then 2, 3… (stored; the coordinator lets a later
    revision replace an earlier one)."""
    import json

    from digituki.core.storage.orm import SiteSetting

    with db.unit_of_work() as uow:
        row = uow.session.get(SiteSetting, _REVISIONS)
        counters: dict[str, int] = {} if row is None else json.loads(row.value)
        revision = int(counters.get(period.label, 0)) + 1
        counters[period.label] = revision
        text = json.dumps(counters, separators=(",", ":"), sort_keys=True)
        if row is None:
            uow.session.add(SiteSetting(key=_REVISIONS, value=text))
        else:
            row.value = text
        uow.commit()
    return revision
