"""Coordinator use cases, on the coordinator's own database (`coordinator_database_path`).

- `import_files`: every file is checked completely (`domain.coordinator.parse_bundle`) before
  anything of it is written; the whole batch is stored in one transaction, with the topic list
  read once (`import_batch`). The same export id again
  changes nothing; a later export for the same point and month (higher revision counter; the
  time stamp only breaks ties) replaces the earlier one (the result says so); an earlier one is
  kept but does not count. Failures are listed with their reason and the other files still
  import: one bad file never stops the others.
- Trust policy: a point's public key is pinned at its first signed bundle (trust on first use).
  Only bundles signed by the pinned key count or replace anything. An unsigned bundle, or one
  signed by another key (a reinstall, or a forgery), is stored PENDING: it counts nowhere until
  the coordinator explicitly accepts the point's new key (`accept_point`, GUI and CLI); that
  decision is recorded (`trust_decisions`) and the matrix marks the months it let in.
- Points: rename, merge two ids that are the same point, mark closed.
- `completeness`: points × months (delivered, replaced, missing).
- `regional_report`: the point report's tables summed exactly across points, suppression applied
  after summing (`services.stats.publish_report`), plus sessions per municipality and per point.
- `export_regional`: PDF, XLSX, CSV (the point report's exporters) and a combined bundle per
  month, signed with the coordinator's own key, so a wider area can import it in turn.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import hashlib
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from digituki.core.clock import utc_now
from digituki.core.domain import coordinator as rules
from digituki.core.domain import helplog as hl
from digituki.core.domain import stats as stats_rules
from digituki.core.domain.coordinator import BundleRejectedError, BundleWarning, ParsedBundle
from digituki.core.domain.errors import NotFoundError, ValidationError
from digituki.core.domain.stats import CountTable, Period
from digituki.core.domain.topics import load_topics
from digituki.core.services import settings as settings_service
from digituki.core.services import stats as stats_service
from digituki.core.services.stats import ExportedFile, PeriodStats, PublishedReport
from digituki.core.storage.database import Database
from digituki.core.storage.orm import CoordBundle, CoordPoint

log = logging.getLogger(__name__)

DATABASE_NAME: Final = "coordinator.sqlite3"
FORMATS: Final = ("pdf", "xlsx", "csv", "bundle")

IMPORTED: Final = "imported"
REPLACED: Final = "replaced"  # this bundle replaced an older one for the same point and month
UNCHANGED: Final = "unchanged"  # the same export was imported before
OLDER: Final = "older"  # a newer export for the same point and month is already in
REJECTED: Final = "rejected"
PENDING: Final = "pending"  # held: unsigned, or signed by a key other than the point's pinned one

PENDING_UNSIGNED: Final = "unsigned"
PENDING_NEW_KEY: Final = "new_key"
DECISION_NEW_KEY: Final = "new_key"
DECISION_UNSIGNED: Final = "unsigned"

WARN_KEY_CHANGED: Final = "key_changed"
WARN_UNSIGNED_AFTER_SIGNED: Final = "unsigned_after_signed"

DELIVERED: Final = "delivered"
MISSING: Final = "missing"
NOT_DUE: Final = "not_due"  # the month has not ended yet: nobody is late


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a batch makes ~a million small containers
    (cells) that hold no cycles: its repeated full passes over them were half the time of a
    region's yearly report. Reference counting still frees everything at once."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def coordinator_database_path(data_dir: Path) -> Path:
    """The coordinator's database file: separate from the point's own database."""
    return data_dir / DATABASE_NAME


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileResult:
    file_name: str
    status: str  # IMPORTED, REPLACED, UNCHANGED, OLDER, PENDING, REJECTED
    reason: str = ""  # the rejection rule's code, or why the file is pending
    detail: str = ""
    point_name: str = ""
    month: str = ""
    export_id: str = ""
    replaced_export_id: str = ""
    warnings: tuple[BundleWarning, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    files: tuple[FileResult, ...]

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def rejected(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.status == REJECTED)

    @property
    def pending(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.status == PENDING)

    @property
    def key_warnings(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if any(w.code == WARN_KEY_CHANGED for w in f.warnings))


@dataclass(frozen=True)
class PointRow:
    id: str
    name: str
    municipality: str
    closed: bool
    signed: bool  # a public key is pinned
    bundles: int
    merged_into: str | None


@dataclass(frozen=True)
class MatrixRow:
    point_id: str
    name: str
    municipality: str
    closed: bool
    cells: tuple[str, ...]  # per month: DELIVERED, REPLACED, MISSING or NOT_DUE
    key_changed: tuple[bool, ...]


@dataclass(frozen=True)
class Completeness:
    months: tuple[str, ...]
    rows: tuple[MatrixRow, ...]

    def missing(self) -> int:
        return sum(1 for r in self.rows if not r.closed for c in r.cells if c == MISSING)


@dataclass(frozen=True)
class RegionalStats:
    stats: PeriodStats
    cross_tables: tuple[CountTable, ...]
    by_point: CountTable  # sessions per point
    by_municipality: CountTable  # sessions per municipality
    points_by_month: CountTable  # how many points delivered each month (trend of coverage)
    points: int  # points with at least one bundle in the period
    bundles: int


# --- import ------------------------------------------------------------------------------------


def _read_bounded(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(rules.MAX_FILE_BYTES + 1)


def import_bytes(
    db: Database, raw: bytes, file_name: str = "", *, now: dt.datetime | None = None
) -> FileResult:
    """Check and store one bundle's bytes (one transaction; nothing written when rejected)."""
    return import_batch(db, [(raw, file_name)], now=now)[0]


def import_batch(
    db: Database,
    items: Iterable[tuple[bytes, str]],
    *,
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[FileResult]:
    """Check and store bundles given as ``(bytes, file name)``, in ONE transaction.

    The topic list and its mapping chain are read once for the batch; each file is checked
    completely before anything of it is added, and a rejected file adds nothing. The same file
    twice in one batch is stored once (the second is ``unchanged``). `progress(done)` is called
    after each file."""
    now = (now or utc_now()).astimezone(dt.UTC).replace(microsecond=0)
    from digituki.core.services import topic_updates

    topics = topic_updates.current_topics(db)
    chain = topic_updates.mapping_chain(db)
    results: list[FileResult] = []
    with db.unit_of_work() as uow, _collector_paused():
        for done, (raw, file_name) in enumerate(items, start=1):
            try:
                parsed = rules.parse_bundle(raw, topics=topics, now=now, chain=chain)
            except BundleRejectedError as exc:
                results.append(FileResult(file_name, REJECTED, exc.reason, exc.detail))
            except Exception as exc:  # one bad file never stops the others (issue 20)
                log.error("a bundle could not be imported (%s)", type(exc).__name__)
                results.append(FileResult(file_name[:255], REJECTED, "unexpected"))
            else:
                results.append(_store(uow.session, parsed, file_name, now))
            if progress is not None:
                progress(done)
        uow.commit()
    return results


def import_files(
    db: Database,
    paths: Iterable[Path],
    *,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Import bundle files (a folder means the ``*.json`` files in it and in its subfolders, e.g.
    one folder per point) in one batch; see the
    module text. `progress(done, total)` is called after each file."""
    files = _expand(paths)
    unreadable: dict[int, FileResult] = {}

    def contents() -> Iterable[tuple[bytes, str]]:
        for index, path in enumerate(files):
            try:
                raw = _read_bounded(path)
            except OSError:
                unreadable[index] = FileResult(path.name, REJECTED, "unreadable")
                raw = b""  # rejected as not JSON; replaced by the "unreadable" result below
            yield raw, path.name

    report = None if progress is None else (lambda done: progress(done, len(files)))
    results = import_batch(db, contents(), now=now, progress=report)
    return ImportResult(tuple(unreadable.get(i, r) for i, r in enumerate(results)))


def _expand(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # subfolders too (a region's folder of per-point folders); hidden folders such as
            # ".git" are skipped, and symlinked folders are not followed (no loops)
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*.json")
                    if p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])
                )
            )
        else:
            found.append(path)
    return found


def _effective(session: object, point: CoordPoint) -> CoordPoint:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    seen = {point.id}
    while point.merged_into is not None:
        nxt = session.get(CoordPoint, point.merged_into)
        if nxt is None or nxt.id in seen:
            break
        seen.add(nxt.id)
        point = nxt
    return point


def _newer(a: tuple[int, dt.datetime, str], b: tuple[int, dt.datetime, str]) -> bool:
    """Whether `a` (revision, generated_at, export_id) is a later export than `b`: the revision
    counter decides, the time stamp and the id only break ties."""
    return a > b


def _order(row: CoordBundle) -> tuple[int, dt.datetime, str]:
    return (row.revision or 0, row.generated_at, row.export_id)


def _make_current(s: object, row: CoordBundle) -> tuple[str, str]:
    """Let `row` (trusted) count for its point and month if it is the latest export there;
    (status, the export id it replaced)."""
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    current = s.scalar(
        select(CoordBundle).where(
            CoordBundle.point_id == row.point_id,
            CoordBundle.month == row.month,
            CoordBundle.current.is_(True),
            CoordBundle.id != row.id,
        )
    )
    row.pending, row.pending_reason = False, None
    if current is None:
        row.current = True
        return IMPORTED, ""
    if _newer(_order(row), _order(current)):
        current.current = False
        row.current, row.replaced = True, True
        return REPLACED, current.export_id
    row.current = False
    return OLDER, ""


def _store(s: Session, parsed: ParsedBundle, file_name: str, now: dt.datetime) -> FileResult:
    """Add a checked bundle in the batch's transaction (`import_batch` commits) under the trust
    policy (see the module text): a bundle signed by the point's pinned key (or the first key a
    new point uses) counts; an unsigned one or one signed by another key is held PENDING and
    replaces nothing."""
    warnings = list(parsed.warnings)
    base = FileResult(
        file_name[:255],
        IMPORTED,
        point_name=parsed.point_name,
        month=parsed.month,
        export_id=parsed.export_id,
    )
    existing = s.scalar(select(CoordBundle).where(CoordBundle.export_id == parsed.export_id))
    if existing is not None:
        if existing.checksum == parsed.checksum:
            status = PENDING if existing.pending else UNCHANGED
            why = existing.pending_reason or ""
            return dataclasses.replace(base, status=status, reason=why)
        return dataclasses.replace(base, status=REJECTED, reason="export_id_conflict")
    source = s.get(CoordPoint, parsed.point_id)
    if source is None:
        source = CoordPoint(
            id=parsed.point_id,
            name=parsed.point_name,
            municipality=parsed.municipality,
            closed=False,
            public_key=parsed.public_key,  # trust on first use
            first_seen=now,
        )
        s.add(source)
        s.flush()
    pending_reason: str | None = None
    if parsed.public_key is None:
        pending_reason = PENDING_UNSIGNED
        if source.public_key is not None:
            warnings.append(BundleWarning(WARN_UNSIGNED_AFTER_SIGNED, parsed.point_id))
    elif source.public_key is None:
        source.public_key = parsed.public_key  # its first signed bundle: pinned
    elif source.public_key != parsed.public_key:
        pending_reason = PENDING_NEW_KEY
        warnings.append(BundleWarning(WARN_KEY_CHANGED, parsed.point_id))
    point = _effective(s, source)
    row = CoordBundle(
        export_id=parsed.export_id,
        point_id=point.id,
        source_point_id=parsed.point_id,
        month=parsed.month,
        generated_at=parsed.generated_at,
        imported_at=now,
        checksum=parsed.checksum,
        current=False,
        replaced=False,
        signed=parsed.public_key is not None,
        key_changed=False,
        file_name=file_name[:255],
        content=parsed.to_json(),
        pending=pending_reason is not None,
        pending_reason=pending_reason,
        revision=parsed.revision,
    )
    s.add(row)
    s.flush()  # a later file of the same batch sees this one
    if pending_reason is not None:
        status, replaced_id = PENDING, ""
    else:
        status, replaced_id = _make_current(s, row)
    point_name = point.name
    return dataclasses.replace(
        base,
        status=status,
        reason=pending_reason or "",
        point_name=point_name,
        replaced_export_id=replaced_id,
        warnings=tuple(warnings),
    )


# --- pending bundles and the coordinator's trust decisions -------------------------------------


@dataclass(frozen=True)
class PendingRow:
    """A bundle held until the coordinator accepts the point's new key (or its unsigned file)."""

    export_id: str
    point_id: str
    point_name: str
    month: str
    reason: str  # PENDING_UNSIGNED or PENDING_NEW_KEY
    fingerprint: str  # of the key the bundle is signed with ("" when unsigned)
    pinned_fingerprint: str  # of the point's pinned key ("" when none)
    file_name: str
    imported_at: dt.datetime


@dataclass(frozen=True)
class AcceptResult:
    point_id: str
    accepted: int  # pending bundles let in
    counted: int  # of those, how many now count (the others are older than what is in)
    fingerprint: str  # the key now pinned ("" when only unsigned files were accepted)


def list_pending(db: Database) -> list[PendingRow]:
    """Every bundle held pending, by point and month."""
    from digituki.core.security.signing import fingerprint

    with db.unit_of_work() as uow:
        s = uow.session
        rows = s.scalars(
            select(CoordBundle)
            .where(CoordBundle.pending.is_(True))
            .order_by(CoordBundle.source_point_id, CoordBundle.month, CoordBundle.imported_at)
        ).all()
        result = []
        for row in rows:
            source = s.get(CoordPoint, row.source_point_id)
            bundle = ParsedBundle.from_json(row.content)
            pinned = source.public_key if source is not None else None
            result.append(
                PendingRow(
                    export_id=row.export_id,
                    point_id=row.source_point_id,
                    point_name=(source.name if source is not None else "") or bundle.point_name,
                    month=row.month,
                    reason=row.pending_reason or PENDING_UNSIGNED,
                    fingerprint=fingerprint(bundle.public_key) if bundle.public_key else "",
                    pinned_fingerprint=fingerprint(pinned) if pinned else "",
                    file_name=row.file_name,
                    imported_at=row.imported_at,
                )
            )
        return result


def accept_point(
    db: Database, point_id: str, *, fingerprint: str = "", now: dt.datetime | None = None
) -> AcceptResult:
    """The coordinator's explicit "accept this point's new key": the key of the point's newest
    pending signed bundle (or the one whose fingerprint is given) is pinned, and the pending
    bundles signed by it — and the point's unsigned pending ones — are let in under the usual
    replace rule. The decision is recorded (`coord_trust_decision`)."""
    from digituki.core.security.signing import fingerprint as fingerprint_of
    from digituki.core.storage.orm import CoordTrustDecision

    now = (now or utc_now()).astimezone(dt.UTC).replace(microsecond=0)
    wanted = fingerprint.replace(" ", "").upper()
    with db.unit_of_work() as uow:
        s = uow.session
        source = _point(s, point_id)
        pending = s.scalars(
            select(CoordBundle)
            .where(CoordBundle.source_point_id == point_id, CoordBundle.pending.is_(True))
            .order_by(CoordBundle.imported_at, CoordBundle.id)
        ).all()
        if not pending:
            raise NotFoundError(what="pending", id=point_id)
        keys = {row.export_id: ParsedBundle.from_json(row.content).public_key for row in pending}
        signed = [row for row in pending if keys[row.export_id]]
        new_key: str | None = None
        if wanted:
            for row in signed:
                key = keys[row.export_id]
                if key and fingerprint_of(key).replace(" ", "") == wanted:
                    new_key = key
            if new_key is None:
                raise ValidationError("unknown_value", "fingerprint", value=fingerprint)
        elif signed:
            new_key = keys[signed[-1].export_id]
        previous = source.public_key
        accepted = [row for row in pending if keys[row.export_id] in (None, new_key)]
        if new_key is not None and new_key != previous:
            source.public_key = new_key
        counted = 0
        for row in sorted(accepted, key=_order):
            row.key_changed = keys[row.export_id] is not None and previous not in (None, new_key)
            status, _ = _make_current(s, row)
            counted += status in (IMPORTED, REPLACED)
            s.flush()
        s.add(
            CoordTrustDecision(
                point_id=point_id,
                public_key=new_key,
                previous_key=previous,
                decision=DECISION_NEW_KEY if new_key and new_key != previous else DECISION_UNSIGNED,
                decided_at=now,
                bundles=len(accepted),
            )
        )
        uow.commit()
    return AcceptResult(
        point_id, len(accepted), counted, fingerprint_of(new_key) if new_key else ""
    )


def trust_decisions(db: Database) -> list[tuple[str, str, str, dt.datetime, int]]:
    """The recorded decisions, oldest first: (point id, decision, fingerprint, when, bundles)."""
    from digituki.core.security.signing import fingerprint
    from digituki.core.storage.orm import CoordTrustDecision

    with db.unit_of_work() as uow:
        rows = uow.session.scalars(select(CoordTrustDecision).order_by(CoordTrustDecision.id)).all()
        return [
            (
                r.point_id,
                r.decision,
                fingerprint(r.public_key) if r.public_key else "",
                r.decided_at,
                r.bundles,
            )
            for r in rows
        ]


# --- points ------------------------------------------------------------------------------------


def list_points(db: Database) -> list[PointRow]:
    """Every point (merged ones too, with where they went), by name."""
    with db.unit_of_work() as uow:
        s = uow.session
        counts: dict[str, int] = defaultdict(int)
        for (pid,) in s.execute(  # held-back files are listed by `list_pending`, not here
            select(CoordBundle.point_id).where(CoordBundle.pending.is_(False))
        ):
            counts[pid] += 1
        points = s.scalars(select(CoordPoint).order_by(CoordPoint.name, CoordPoint.id)).all()
        return [
            PointRow(
                p.id,
                p.name,
                p.municipality,
                p.closed,
                p.public_key is not None,
                counts.get(p.id, 0),
                p.merged_into,
            )
            for p in points
        ]


def _point(s: object, point_id: str) -> CoordPoint:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    point = s.get(CoordPoint, point_id)
    if point is None:
        raise NotFoundError(what="point", id=point_id)
    return point


def rename_point(db: Database, point_id: str, name: str, municipality: str | None = None) -> None:
    from digituki.core.domain.text import clean_name

    name = clean_name(name)
    municipality = None if municipality is None else clean_name(municipality)
    if not name:
        raise ValidationError("required", "name")
    if len(name) > 120 or (municipality is not None and len(municipality.strip()) > 120):
        raise ValidationError("too_long", "name", limit=120)
    with db.unit_of_work() as uow:
        point = _point(uow.session, point_id)
        point.name = name
        if municipality is not None:
            point.municipality = municipality.strip()
        uow.commit()


def set_point_closed(db: Database, point_id: str, closed: bool) -> None:
    with db.unit_of_work() as uow:
        _point(uow.session, point_id).closed = closed
        uow.commit()


def merge_points(db: Database, keep_id: str, merge_id: str) -> int:
    """Treat `merge_id` as the same point as `keep_id` from now on; its bundles move over (where
    both delivered a month, the newer export counts). Returns how many bundles moved."""
    if keep_id == merge_id:
        raise ValidationError("same_point", "merge")
    with db.unit_of_work() as uow:
        s = uow.session
        keep = _effective(s, _point(s, keep_id))
        gone = _point(s, merge_id)
        if keep.id == gone.id or gone.merged_into is not None:
            raise ValidationError("already_merged", "merge")
        moving = s.scalars(select(CoordBundle).where(CoordBundle.point_id == gone.id)).all()
        for bundle in moving:
            bundle.point_id = keep.id
        gone.merged_into = keep.id
        s.flush()
        by_month: dict[str, list[CoordBundle]] = defaultdict(list)
        for bundle in s.scalars(
            select(CoordBundle).where(
                CoordBundle.point_id == keep.id, CoordBundle.current.is_(True)
            )
        ):
            by_month[bundle.month].append(bundle)
        for bundles in by_month.values():
            bundles.sort(key=_order)
            for older in bundles[:-1]:
                older.current = False
            if len(bundles) > 1:
                bundles[-1].replaced = True
        uow.commit()
        return len(moving)


# --- completeness ------------------------------------------------------------------------------


def completeness(db: Database, year: int, *, today: dt.date | None = None) -> Completeness:
    """Points × months of `year`: delivered, replaced (a newer export counts), missing, or not
    due yet (the month has not ended by `today`, so nothing is missing)."""
    from digituki.core import clock

    today = today or clock.today()
    this_month = f"{today.year:04d}-{today.month:02d}"
    months = Period.year(year).months()
    with db.unit_of_work() as uow:
        s = uow.session
        points = s.scalars(
            select(CoordPoint)
            .where(CoordPoint.merged_into.is_(None))
            .order_by(CoordPoint.municipality, CoordPoint.name, CoordPoint.id)
        ).all()
        found: dict[tuple[str, str], tuple[bool, bool]] = {}
        for pid, month, replaced, key_changed in s.execute(
            select(
                CoordBundle.point_id,
                CoordBundle.month,
                CoordBundle.replaced,
                CoordBundle.key_changed,
            ).where(CoordBundle.current.is_(True), CoordBundle.month.in_(months))
        ):
            found[(pid, month)] = (bool(replaced), bool(key_changed))
        rows = []
        for p in points:
            cells, keys = [], []
            for month in months:
                state = found.get((p.id, month))
                if state is None:
                    cells.append(NOT_DUE if month >= this_month else MISSING)
                else:
                    cells.append(REPLACED if state[0] else DELIVERED)
                keys.append(bool(state and state[1]))
            rows.append(
                MatrixRow(p.id, p.name, p.municipality, p.closed, tuple(cells), tuple(keys))
            )
    return Completeness(months, tuple(rows))


def export_completeness(db: Database, year: int, path: Path, *, language: str = "fi") -> Path:
    """Write the completeness matrix of `year` to `path` (``.csv`` or ``.xlsx``), atomically."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("unknown_value", "format", value=suffix)
    from digituki.core.exports.completeness_out import write_completeness

    return write_completeness(completeness(db, year), path, language=language)


# --- the regional report -----------------------------------------------------------------------


@dataclass(frozen=True)
class _PointInfo:
    id: str
    name: str
    municipality: str


def _current_bundles(db: Database, period: Period) -> Iterator[tuple[ParsedBundle, _PointInfo]]:
    """The current bundles of `period`, decoded one at a time (a region's year is 600 of them:
    holding them all decoded at once made the garbage collector the slowest part)."""
    with db.unit_of_work() as uow:
        s = uow.session
        rows = s.execute(
            select(CoordBundle.content, CoordPoint.id, CoordPoint.name, CoordPoint.municipality)
            .join(CoordPoint, CoordPoint.id == CoordBundle.point_id)
            .where(CoordBundle.current.is_(True), CoordBundle.month.in_(period.months()))
            .order_by(CoordBundle.point_id, CoordBundle.month)
        ).all()
    for content, point_id, name, municipality in rows:
        yield ParsedBundle.from_json(content), _PointInfo(point_id, name, municipality)


def _cross_tables(merged: rules.MergedCounts) -> tuple[CountTable, ...]:
    codes = load_topics().all_codes()
    position = {code: i for i, code in enumerate(codes)}
    result: list[CountTable] = []
    for attribute in stats_service.BUNDLE_CROSS:
        key = f"topic_x_{attribute}"
        cells = merged.cells(key)
        listed = list(hl.LISTS.get(attribute) or hl.AGE_BANDS)
        listed += sorted({c[1] for c in cells if c[1] not in listed})
        used = sorted({c[0] for c in cells}, key=lambda c: (position.get(c, len(codes)), c))
        result.append(
            CountTable(
                key,
                "topic_mentions",
                "topic",
                tuple(used),
                tuple(tuple(cells.get((t, a), 0) for a in listed) for t in used),
                columns=tuple(listed),
                column_dimension=attribute,
            )
        )
    result.append(stats_service.flat_table("device", "sessions", hl.DEVICES, merged.flat("device")))
    return tuple(result)


def merged_period_stats(merged: rules.MergedCounts, period: Period) -> PeriodStats:
    """A point-style `PeriodStats` from exact sums, so the point report's code serves."""
    flat = stats_service.flat_table
    steps = merged.flat("next_step")
    by_target = {
        code.split(".", 1)[1]: n for code, n in steps.items() if code.startswith("referred.")
    }
    by_step = {code: n for code, n in steps.items() if not code.startswith("referred.")}
    by_step[hl.REFERRED] = sum(by_target.values())
    topic_counts = merged.flat("topics")
    tables = [
        flat("age_band", "customers", hl.AGE_BANDS, merged.flat("age_band")),
        stats_service.topic_tree(
            topic_counts, {c: c.split(".", 1)[0] for c in topic_counts}, load_topics()
        ),
        flat("support_form", "sessions", hl.SUPPORT_FORMS, merged.flat("support_form")),
        flat("language", "sessions", hl.SERVICE_LANGUAGES, merged.flat("language")),
        flat("outcome", "sessions", hl.OUTCOMES, merged.flat("outcome")),
        stats_service.next_step_tree(by_step, by_target),
        flat("on_behalf", "sessions", hl.ON_BEHALF, merged.flat("on_behalf")),
        flat(
            "turned_away", "walk_ins", hl.TURNED_AWAY_REASONS, merged.flat("turned_away"), "reason"
        ),
    ]
    if merged.bookings_known:
        groups = [g for g, _ in stats_service.BOOKING_GROUPS]
        tables.append(flat("bookings", "bookings", groups, merged.flat("bookings"), "status"))
    months = period.months()
    trend = CountTable(
        "trend",
        "sessions",
        "month",
        months,
        tuple((merged.sessions_by_month.get(m, 0),) for m in months),
    )
    histogram = sorted((int(c), n) for c, n in merged.flat("duration_minutes").items() if n)
    return PeriodStats(
        period=period,
        sessions=merged.totals["sessions"],
        customers=merged.totals["customers"],
        total_minutes=merged.totals["minutes"],
        duration_histogram=tuple(histogram),
        volunteer_minutes=merged.totals["volunteer_minutes"],
        tables=tuple(tables),
        trend=trend,
        bookings_known=merged.bookings_known,
    )


def regional_stats(db: Database, period: Period) -> RegionalStats:
    """Exact sums over every point's current bundle for the months of `period`."""
    from digituki.core.services import topic_updates

    topics, chain = topic_updates.current_topics(db), topic_updates.mapping_chain(db)
    per_point: dict[str, int] = defaultdict(int)
    per_municipality: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    reporting: dict[str, set[str]] = {m: set() for m in period.months()}
    n_bundles = 0

    def bundles() -> Iterator[ParsedBundle]:
        nonlocal n_bundles
        for parsed, point in _current_bundles(db, period):
            # bundles of an older topic list count under today's topics (year-on-year)
            bundle = rules.remap_topics(parsed, topics, chain)
            reporting.setdefault(bundle.month, set()).add(point.id)
            sessions = bundle.total("sessions") or 0
            per_point[point.id] += sessions
            names[point.id] = point.name or point.id
            per_municipality[point.municipality or "-"] += sessions
            n_bundles += 1
            yield bundle

    with _collector_paused():
        merged = rules.merge(bundles(), period.months())
    point_ids = sorted(per_point, key=lambda p: (names[p], p))
    by_point = CountTable(
        "by_point",
        "sessions",
        "point",
        tuple(names[p] for p in point_ids),
        tuple((per_point[p],) for p in point_ids),
    )
    municipalities = sorted(per_municipality)
    by_municipality = CountTable(
        "by_municipality",
        "sessions",
        "municipality",
        tuple(municipalities),
        tuple((per_municipality[m],) for m in municipalities),
    )
    return RegionalStats(
        stats=merged_period_stats(merged, period),
        cross_tables=_cross_tables(merged),
        by_point=by_point,
        by_municipality=by_municipality,
        points_by_month=CountTable(
            "points_by_month",
            "points",
            "month",
            period.months(),
            tuple((len(reporting[m]),) for m in period.months()),
        ),
        points=len(per_point),
        bundles=n_bundles,
    )


def publish_regional(
    regional: RegionalStats,
    k: int,
    *,
    region_name: str = "",
    municipality: str = "",
    now: dt.datetime | None = None,
    months: Sequence[PeriodStats] | None = None,
    earlier: Mapping[str, Sequence[dict[str, object]]] | None = None,
    preliminary: bool = False,
) -> PublishedReport:
    """The regional report: suppression applied to the summed tables (never to the inputs).
    Sessions per municipality and per point are totals the points publish themselves anyway.

    `months`: the period's months one by one (a report of several months is made of them, see
    `domain.disclosure`); `earlier`: what earlier regional reports showed of each month."""
    report = stats_service.publish_period(
        list(months) if months is not None else [regional.stats],
        regional.stats,
        k,
        point_name=region_name,
        municipality=municipality,
        now=now,
        earlier=earlier,
    )
    extra: tuple[stats_rules.PublishedTable, ...] = (
        stats_rules.exempt(regional.by_municipality, k),
        stats_rules.exempt(regional.by_point, k),
    )
    if len(regional.points_by_month.rows) > 1:  # month-over-month coverage, beside the trend
        extra = (*extra, stats_rules.exempt(regional.points_by_month, k))
    return dataclasses.replace(report, tables=(*report.tables, *extra), preliminary=preliminary)


def is_preliminary(db: Database, period: Period, *, today: dt.date | None = None) -> bool:
    """Whether a point's file for a month of `period` is missing or not due yet (a report made
    now may change when it arrives)."""
    wanted = set(period.months())
    for year in sorted({int(m[:4]) for m in wanted}):
        matrix = completeness(db, year, today=today)
        for row in matrix.rows:
            if row.closed:
                continue
            for month, cell in zip(matrix.months, row.cells, strict=True):
                if month in wanted and cell in (MISSING, NOT_DUE):
                    return True
    return False


def _published(
    db: Database, period: Period, now: dt.datetime | None, today: dt.date | None = None
) -> PublishedReport:
    site = settings_service.get_site_settings(db)
    regional = regional_stats(db, period)
    months = (
        [regional.stats]
        if period.first == period.last
        else [regional_stats(db, Period.month(m)).stats for m in period.months()]
    )
    return publish_regional(
        regional,
        site.suppression_k,
        region_name=site.site_name,
        municipality=site.municipality,
        now=now,
        months=months,
        earlier=stats_service.earlier_snapshots(db, stats_service.REGIONAL, period),
        preliminary=is_preliminary(db, period, today=today or (now.date() if now else None)),
    )


def regional_report(
    db: Database, period: Period, *, now: dt.datetime | None = None
) -> PublishedReport:
    """The regional report of `period` as it would be published now."""
    return _published(db, period, now)


def regional_history(db: Database) -> list[stats_service.PublicationRecord]:
    """Every regional report published, newest first."""
    return stats_service.publication_history(db, stats_service.REGIONAL)


def export_regional(
    db: Database,
    period: Period,
    formats: Sequence[str],
    out_dir: Path,
    *,
    language: str = "fi",
    now: dt.datetime | None = None,
) -> tuple[ExportedFile, ...]:
    """Write the regional report of `period` in `formats` (atomically) into `out_dir`; the
    ``bundle`` format writes one combined bundle per month of the period. Person-readable
    formats are recorded in the publication log (a later report is checked against them)."""
    wanted = list(dict.fromkeys(formats))
    if not wanted:
        raise ValidationError("required", "format")
    for fmt in wanted:
        if fmt not in FORMATS:
            raise ValidationError("unknown_value", "format", value=fmt)
    now = (now or utc_now()).replace(microsecond=0)
    out_dir.mkdir(parents=True, exist_ok=True)
    site = settings_service.get_site_settings(db)
    published = _published(db, period, now)
    stem = stats_service.file_stem(site.site_name or "region", period)
    written: list[ExportedFile] = []
    for fmt in wanted:
        paths: list[Path] = []
        if fmt == "pdf":
            from digituki.core.exports.pdf.report import write_report_pdf

            # (the PDF leaves out a per-point table too long for a page; XLSX and CSV keep it)
            paths.append(write_report_pdf(published, out_dir / f"{stem}.pdf", language=language))
        elif fmt == "xlsx":
            from digituki.core.exports.xlsx_out import write_report_xlsx

            paths.append(write_report_xlsx(published, out_dir / f"{stem}.xlsx", language=language))
        elif fmt == "csv":
            from digituki.core.exports.csv_out import write_report_csv

            paths.append(write_report_csv(published, out_dir / f"{stem}.csv", language=language))
        else:
            paths.extend(_write_combined_bundles(db, period, out_dir, now))
        for path in paths:
            checksum = hashlib.sha256(path.read_bytes()).hexdigest()
            written.append(ExportedFile(fmt, path, checksum))
    readable = [fmt for fmt in wanted if fmt in stats_service.READABLE]
    if readable:
        stats_service.record_publication(db, stats_service.REGIONAL, published, readable, now)
    return tuple(written)


def _write_combined_bundles(
    db: Database, period: Period, out_dir: Path, now: dt.datetime
) -> list[Path]:
    from digituki.core.exports.bundle import build_bundle, write_bundle
    from digituki.core.security.signing import point_signing_key

    site = settings_service.get_site_settings(db)
    key = point_signing_key(db)
    region_id = stats_service.ensure_point_id(db)
    paths = []
    for month in period.months():
        one = Period.month(month)
        regional = regional_stats(db, one)
        if not regional.bundles:
            continue
        document = build_bundle(
            regional.stats,
            regional.cross_tables,
            point_id=region_id,
            point_name=site.site_name or "region",
            municipality=site.municipality,
            now=now,
            signing_key=key,
        )
        stem = stats_service.file_stem(site.site_name or "region", one)
        paths.append(write_bundle(document, out_dir / f"{stem}.json"))
    return paths
