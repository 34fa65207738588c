"""Help log use cases: log, correct, undo and list help sessions; tally sheets; demand signals.

Every function takes the `Database` and plain values and returns frozen dataclasses. Dates are
the point's local (Europe/Helsinki) calendar dates; timestamps are stored in UTC.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from sqlalchemy import (
    ColumnElement,
    Table,
    and_,
    delete,
    exists,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from digituki.core.clock import HELSINKI, utc_now
from digituki.core.domain import helplog as rules
from digituki.core.domain.errors import ConflictError, NotFoundError, ValidationError
from digituki.core.domain.helplog import ExportedMonthError, SessionDraft, TallyBatch, month_of
from digituki.core.domain.topics import TopicList, is_hideable, load_topics
from digituki.core.security.note_cipher import (
    NoteKeyError,
    NoteKeyProvider,
    decrypt_note,
    encrypt_note,
)
from digituki.core.storage.database import Database
from digituki.core.storage.orm import (
    Base,
    Booking,
    HelpSession,
    HelpSessionTopic,
    HiddenTopic,
    MonthExport,
    Topic,
    TurnedAway,
    Volunteer,
    VolunteerShift,
)

log = logging.getLogger(__name__)


# Columns of a session that a draft sets (the stored names of the draft's fields).
_DRAFT_COLUMNS: Final = (
    "start_hour",
    "duration_minutes",
    "support_form",
    "participants",
    "age_band",
    "language",
    "device",
    "on_behalf",
    "outcome",
    "next_step",
    "referral_target",
    "volunteer_id",
    "booking_id",
)
_SNAPSHOT_COLUMNS: Final = (
    "id",
    "session_date",
    *_DRAFT_COLUMNS,
    "note_enc",
    "created_at",
    "updated_at",
)


def local_today(now: dt.datetime | None = None) -> dt.date:
    """Today's date at the point (Helsinki), for `now` (aware) or the current time."""
    return (now or utc_now()).astimezone(HELSINKI).date()


def local_hour(now: dt.datetime | None = None) -> int:
    return (now or utc_now()).astimezone(HELSINKI).hour


# --- results -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRow:
    """A stored session as lists show it (no note text: only whether there is one)."""

    id: int
    date: dt.date
    start_hour: int
    duration_minutes: int
    support_form: str
    participants: int
    topics: tuple[str, ...]
    age_band: str
    language: str
    device: str
    on_behalf: str
    outcome: str
    next_step: str
    referral_target: str | None
    volunteer_id: int | None
    volunteer_name: str | None
    has_note: bool
    booking_id: int | None
    exported: bool


@dataclass(frozen=True)
class SessionDetail:
    """A session loaded for correcting it: the draft (with the note opened) and its list row."""

    row: SessionRow
    draft: SessionDraft
    note_unreadable: bool = False


@dataclass(frozen=True)
class _Snapshot:
    values: tuple[tuple[str, Any], ...]
    topics: tuple[str, ...]


@dataclass(frozen=True)
class UndoToken:
    """What "Undo last save" needs to take a save back (held by the caller, e.g. the form)."""

    action: Literal["created", "updated", "deleted"]
    session_ids: tuple[int, ...]
    stamp: dt.datetime  # the updated_at the save wrote; a later change blocks the undo
    previous: tuple[_Snapshot, ...] = ()
    months: tuple[str, ...] = ()


@dataclass(frozen=True)
class SaveResult:
    session_ids: tuple[int, ...]
    undo: UndoToken

    @property
    def session_id(self) -> int:
        return self.session_ids[0]


@dataclass(frozen=True)
class SessionFilter:
    """Which sessions to list; None means any. `topic` may be a topic code or a group code."""

    month: str | None = None
    day: dt.date | None = None
    topic: str | None = None
    volunteer_id: int | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    display_name: str
    active: bool


@dataclass(frozen=True)
class VolunteerHours:
    volunteer_id: int | None
    display_name: str | None
    minutes: int


@dataclass(frozen=True)
class MonthExportState:
    month: str
    outdated: bool


# --- start-up ----------------------------------------------------------------------------------


def sync_topic_table(db: Database, topics: TopicList | None = None) -> int:
    """Add the codes of a newer shipped topic list to the topic table; returns how many.

    Codes are never removed (old sessions keep theirs); a code's group and version are updated.
    """
    topics = topics or load_topics()
    with db.unit_of_work() as uow:
        stored_version = uow.session.scalar(select(func.max(Topic.list_version)))
        if stored_version is not None and stored_version >= topics.version:
            return 0
        known = set(uow.session.scalars(select(Topic.code)))
        added = 0
        for topic in topics.all_topics():
            if topic.code in known:
                uow.session.execute(
                    update(Topic)
                    .where(Topic.code == topic.code)
                    .values(group_code=topic.group_code, list_version=topics.version)
                )
            else:
                uow.session.add(
                    Topic(code=topic.code, group_code=topic.group_code, list_version=topics.version)
                )
                added += 1
        uow.commit()
    return added


# --- exported months ---------------------------------------------------------------------------


def exported_months(db: Database) -> dict[str, MonthExportState]:
    """Months whose statistics were exported, with whether a later change made them outdated."""
    with db.unit_of_work() as uow:
        rows = uow.session.execute(select(MonthExport.month, MonthExport.outdated)).all()
    states: dict[str, MonthExportState] = {}
    for month, outdated in rows:
        was_outdated = month in states and states[month].outdated
        states[month] = MonthExportState(month, bool(outdated) or was_outdated)
    return states


def record_month_export(
    db: Database, month: str, kind: str, checksum: str = "", now: dt.datetime | None = None
) -> None:
    """Note that `month` was exported as `kind` (replacing an earlier export of the same kind)."""
    rules.month_bounds(month)
    with db.unit_of_work() as uow:
        row = uow.session.scalar(
            select(MonthExport).where(MonthExport.month == month, MonthExport.kind == kind)
        )
        if row is None:
            row = MonthExport(month=month, kind=kind)
            uow.session.add(row)
        row.exported_at = now or utc_now()
        row.checksum = checksum
        row.outdated = False
        uow.commit()


def _guard_exported(session: Session, months: Iterable[str], confirm: bool) -> tuple[str, ...]:
    """Raise `ExportedMonthError` for an exported month unless confirmed; then mark it outdated."""
    wanted = sorted(set(months))
    hit = tuple(
        session.scalars(
            select(MonthExport.month).where(MonthExport.month.in_(wanted)).distinct()
        ).all()
    )
    if not hit:
        return ()
    if not confirm:
        raise ExportedMonthError(month=sorted(hit)[0])
    session.execute(update(MonthExport).where(MonthExport.month.in_(hit)).values(outdated=True))
    return hit


# --- saving --------------------------------------------------------------------------------------


def _columns_from(draft: SessionDraft) -> dict[str, Any]:
    values = {name: getattr(draft, name) for name in _DRAFT_COLUMNS}
    values["session_date"] = draft.date
    return values


def _seal(draft: SessionDraft, notes: NoteKeyProvider | None) -> bytes | None:
    if not draft.note:
        return None
    if notes is None:
        raise ValidationError("note_unavailable", "note")
    return encrypt_note(notes, draft.note)


def _check_volunteer(session: Session, volunteer_id: int | None) -> None:
    if volunteer_id is not None and session.get(Volunteer, volunteer_id) is None:
        raise ValidationError("unknown_value", "volunteer_id", value=str(volunteer_id))


def log_session(
    db: Database,
    draft: SessionDraft,
    *,
    notes: NoteKeyProvider | None = None,
    now: dt.datetime | None = None,
    confirm_exported: bool = False,
    client_id: str | None = None,
) -> SaveResult:
    """Validate and store a new session; nothing is stored if any rule is broken.

    Every session is stored with a `client_id` (a UUID; made here when the caller gives none).
    The form makes it when it is saved, and the offline queue keeps the same one, so a save whose
    COMMIT reached the server but whose answer was lost is recognised when it is sent again: when
    a session with that id is stored already, nothing is stored again and that session is
    returned. The session, its topics and the booking's "done" are one transaction (issue 22)."""
    now = now or utc_now()
    checked = rules.validate_draft(draft, today=local_today(now), topics=load_topics())
    sealed = _seal(checked, notes)
    if client_id is not None:
        existing = session_by_client_id(db, client_id)
        if existing is not None:
            return SaveResult((existing,), UndoToken("created", (existing,), stamp=now))
    else:
        client_id = str(uuid.uuid4())
    from digituki.core.services.bookings import mark_done_in

    try:
        with db.unit_of_work() as uow:
            months = _guard_exported(uow.session, [month_of(checked.date)], confirm_exported)
            _check_volunteer(uow.session, checked.volunteer_id)
            columns = _columns_from(checked)
            if (
                checked.booking_id is not None
                and uow.session.get(Booking, checked.booking_id) is None
            ):
                columns["booking_id"] = None  # removed on another desk: the help still counts
            row = HelpSession(
                **columns, note_enc=sealed, created_at=now, updated_at=now, client_id=client_id
            )
            uow.session.add(row)
            uow.session.flush()
            _replace_topics(uow.session, row.id, checked.topics)
            if row.booking_id is not None:
                mark_done_in(uow.session, row.booking_id, now)
            uow.commit()
            session_id = row.id
    except IntegrityError:
        # another desk (or an earlier try) sent the same session at the same moment
        existing = session_by_client_id(db, client_id)
        if existing is None:
            raise
        return SaveResult((existing,), UndoToken("created", (existing,), stamp=now))
    token = UndoToken("created", (session_id,), stamp=now, months=months)
    return SaveResult((session_id,), token)


def session_by_client_id(db: Database, client_id: str) -> int | None:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(HelpSession.id).where(HelpSession.client_id == client_id))


def _snapshot(session: Session, row: HelpSession) -> _Snapshot:
    topics = tuple(
        session.scalars(
            select(HelpSessionTopic.topic_code).where(HelpSessionTopic.session_id == row.id)
        )
    )
    return _Snapshot(tuple((name, getattr(row, name)) for name in _SNAPSHOT_COLUMNS), topics)


def _replace_topics(session: Session, session_id: int, codes: Sequence[str]) -> None:
    session.execute(delete(HelpSessionTopic).where(HelpSessionTopic.session_id == session_id))
    session.add_all(HelpSessionTopic(session_id=session_id, topic_code=c) for c in codes)


def update_session(
    db: Database,
    session_id: int,
    draft: SessionDraft,
    *,
    notes: NoteKeyProvider | None = None,
    now: dt.datetime | None = None,
    confirm_exported: bool = False,
) -> SaveResult:
    """Correct a stored session. If it (or its new date) lies in an exported month, the caller
    must confirm (`confirm_exported=True`); the export is then marked outdated."""
    now = now or utc_now()
    checked = rules.validate_draft(draft, today=local_today(now), topics=load_topics())
    with db.unit_of_work() as uow:
        row = uow.session.get(HelpSession, session_id)
        if row is None:
            raise NotFoundError(what="help_session")
        months = _guard_exported(
            uow.session, [month_of(row.session_date), month_of(checked.date)], confirm_exported
        )
        _check_volunteer(uow.session, checked.volunteer_id)
        previous = _snapshot(uow.session, row)
        for name, value in _columns_from(checked).items():
            setattr(row, name, value)
        if checked.note:
            unchanged = False
            if row.note_enc is not None and notes is not None:
                try:
                    unchanged = decrypt_note(notes, row.note_enc) == checked.note
                except NoteKeyError:
                    unchanged = False
            if not unchanged:
                row.note_enc = _seal(checked, notes)
        else:
            row.note_enc = None
        row.updated_at = now
        _replace_topics(uow.session, session_id, checked.topics)
        uow.commit()
    token = UndoToken("updated", (session_id,), stamp=now, previous=(previous,), months=months)
    return SaveResult((session_id,), token)


def delete_session(
    db: Database,
    session_id: int,
    *,
    now: dt.datetime | None = None,
    confirm_exported: bool = False,
) -> UndoToken:
    """Delete a session (e.g. logged twice by mistake); returns the token that brings it back."""
    now = now or utc_now()
    with db.unit_of_work() as uow:
        row = uow.session.get(HelpSession, session_id)
        if row is None:
            raise NotFoundError(what="help_session")
        months = _guard_exported(uow.session, [month_of(row.session_date)], confirm_exported)
        previous = _snapshot(uow.session, row)
        uow.session.delete(row)
        uow.commit()
    return UndoToken("deleted", (session_id,), stamp=now, previous=(previous,), months=months)


def undo_last_save(db: Database, token: UndoToken) -> None:
    """Take back the save `token` describes: remove what was created, restore what was changed
    or deleted. Refused (`ConflictError`) if the sessions were changed again since."""
    with db.unit_of_work() as uow:
        s = uow.session
        if token.action in ("created", "updated"):
            rows = [s.get(HelpSession, sid) for sid in token.session_ids]
            if any(r is None for r in rows):
                raise NotFoundError(what="help_session")
            if any(r is not None and r.updated_at != token.stamp for r in rows):
                raise ConflictError()
        if token.action == "created":
            s.execute(delete(HelpSession).where(HelpSession.id.in_(token.session_ids)))
        else:
            for snap in token.previous:
                values = dict(snap.values)
                row = s.get(HelpSession, values["id"])
                if token.action == "deleted":
                    if row is not None:
                        raise ConflictError()
                    row = HelpSession(**values)
                    s.add(row)
                    s.flush()
                else:
                    assert row is not None
                    for name, value in values.items():
                        setattr(row, name, value)
                _replace_topics(s, values["id"], snap.topics)
        if token.months:
            s.execute(
                update(MonthExport).where(MonthExport.month.in_(token.months)).values(outdated=True)
            )
        uow.commit()


# --- reading -------------------------------------------------------------------------------------


def _topic_condition(code: str, topics: TopicList) -> ColumnElement[bool]:
    inner = select(HelpSessionTopic.session_id).where(HelpSessionTopic.session_id == HelpSession.id)
    if topics.is_group(code):
        inner = inner.where(HelpSessionTopic.topic_code.like(code + ".%"))
    else:
        inner = inner.where(HelpSessionTopic.topic_code == code)
    return exists(inner)


def _filter_conditions(flt: SessionFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.month is not None:
        first, after = rules.month_bounds(flt.month)
        conditions.append(and_(HelpSession.session_date >= first, HelpSession.session_date < after))
    if flt.day is not None:
        conditions.append(HelpSession.session_date == flt.day)
    if flt.topic:
        conditions.append(_topic_condition(flt.topic, load_topics()))
    if flt.volunteer_id is not None:
        conditions.append(HelpSession.volunteer_id == flt.volunteer_id)
    if flt.outcome:
        conditions.append(HelpSession.outcome == flt.outcome)
    return conditions


def list_sessions(db: Database, flt: SessionFilter | None = None) -> list[SessionRow]:
    """Sessions matching `flt`, newest first; the filtering happens in the database."""
    flt = flt or SessionFilter()
    conditions = _filter_conditions(flt)
    order = load_topics().all_codes()
    position = {code: i for i, code in enumerate(order)}
    hs = HelpSession
    with db.unit_of_work() as uow:
        s = uow.session
        rows = s.execute(
            select(
                hs.id,
                hs.session_date,
                hs.start_hour,
                hs.duration_minutes,
                hs.support_form,
                hs.participants,
                hs.age_band,
                hs.language,
                hs.device,
                hs.on_behalf,
                hs.outcome,
                hs.next_step,
                hs.referral_target,
                hs.volunteer_id,
                Volunteer.display_name,
                hs.note_enc.is_not(None),
                hs.booking_id,
            )
            .outerjoin(Volunteer, Volunteer.id == hs.volunteer_id)
            .where(*conditions)
            .order_by(hs.session_date.desc(), hs.start_hour.desc(), hs.id.desc())
        ).all()
        ids = select(hs.id).where(*conditions)
        topic_rows = s.execute(
            select(HelpSessionTopic.session_id, HelpSessionTopic.topic_code).where(
                HelpSessionTopic.session_id.in_(ids)
            )
        ).all()
        exported = set(s.scalars(select(MonthExport.month).distinct()))
    by_session: dict[int, list[str]] = {}
    for session_id, code in topic_rows:
        by_session.setdefault(session_id, []).append(code)
    result: list[SessionRow] = []
    for r in rows:
        codes = sorted(by_session.get(r[0], ()), key=lambda c: position.get(c, len(position)))
        result.append(
            SessionRow(
                id=r[0],
                date=r[1],
                start_hour=r[2],
                duration_minutes=r[3],
                support_form=r[4],
                participants=r[5],
                topics=tuple(codes),
                age_band=r[6],
                language=r[7],
                device=r[8],
                on_behalf=r[9],
                outcome=r[10],
                next_step=r[11],
                referral_target=r[12],
                volunteer_id=r[13],
                volunteer_name=r[14],
                has_note=bool(r[15]),
                booking_id=r[16],
                exported=month_of(r[1]) in exported,
            )
        )
    return result


def count_sessions(db: Database, flt: SessionFilter | None = None) -> int:
    with db.unit_of_work() as uow:
        conditions = _filter_conditions(flt or SessionFilter())
        return int(uow.session.scalar(select(func.count(HelpSession.id)).where(*conditions)) or 0)


def get_session(
    db: Database, session_id: int, *, notes: NoteKeyProvider | None = None
) -> SessionDetail:
    """A session for correcting it, with its private note opened (if the key allows)."""
    with db.unit_of_work() as uow:
        row = uow.session.get(HelpSession, session_id)
        if row is None:
            raise NotFoundError(what="help_session")
        sealed = row.note_enc
        session_date = row.session_date
    rows = [
        r
        for r in list_sessions(db, SessionFilter(month=month_of(session_date)))
        if r.id == session_id
    ]
    if not rows:
        raise NotFoundError(what="help_session")
    listed = rows[0]
    note, unreadable = "", False
    if sealed is not None:
        if notes is None:
            unreadable = True
        else:
            try:
                note = decrypt_note(notes, sealed)
            except NoteKeyError:
                unreadable = True
    draft = SessionDraft(
        date=listed.date,
        start_hour=listed.start_hour,
        topics=listed.topics,
        duration_minutes=listed.duration_minutes,
        support_form=listed.support_form,
        participants=listed.participants,
        age_band=listed.age_band,
        language=listed.language,
        device=listed.device,
        on_behalf=listed.on_behalf,
        outcome=listed.outcome,
        next_step=listed.next_step,
        referral_target=listed.referral_target,
        volunteer_id=listed.volunteer_id,
        note=note,
        booking_id=listed.booking_id,
    )
    return SessionDetail(listed, draft, unreadable)


# --- paper tally sheets ------------------------------------------------------------------------


def log_tally(
    db: Database,
    batch: TallyBatch,
    *,
    now: dt.datetime | None = None,
    confirm_exported: bool = False,
) -> SaveResult:
    """Store the sessions of a filled paper tally sheet (all or nothing)."""
    now = now or utc_now()
    drafts = rules.drafts_from_tally(batch, today=local_today(now), topics=load_topics())
    with db.unit_of_work() as uow:
        s = uow.session
        months = _guard_exported(s, [month_of(batch.date)], confirm_exported)
        _check_volunteer(s, batch.volunteer_id)
        rows = [
            {**_columns_from(d), "note_enc": None, "created_at": now, "updated_at": now}
            for d in drafts
        ]
        ids = _insert_sessions(s, rows)
        s.connection().execute(
            insert(_table(HelpSessionTopic)),
            [
                {"session_id": sid, "topic_code": code}
                for sid, d in zip(ids, drafts, strict=True)
                for code in d.topics
            ],
        )
        uow.commit()
    token = UndoToken("created", tuple(ids), stamp=now, months=months)
    return SaveResult(tuple(ids), token)


def _table(model: type[Base]) -> Table:
    """The Core table of an ORM class (bulk writes go through Core, not the ORM)."""
    return Base.metadata.tables[model.__tablename__]


def _insert_sessions(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Bulk insert (Core executemany) of sessions; returns their new ids in the order of `rows`.

    The ids are allocated here (RETURNING over executemany is slow on SQLite); on PostgreSQL the
    id sequence is then moved past them.
    """
    if not rows:
        return []
    first = (session.scalar(select(func.max(HelpSession.id))) or 0) + 1
    ids = list(range(first, first + len(rows)))
    numbered = [{**row, "id": sid} for sid, row in zip(ids, rows, strict=True)]
    session.connection().execute(insert(_table(HelpSession)), numbered)
    if session.get_bind().dialect.name == "postgresql":  # pragma: no cover - PostgreSQL only
        session.execute(
            text("SELECT setval(pg_get_serial_sequence('help_session', 'id'), :last)"),
            {"last": ids[-1]},
        )
    return ids


# --- demand signals: turned away, volunteer hours --------------------------------------------


def record_turned_away(
    db: Database, reason: str, *, now: dt.datetime | None = None
) -> dict[str, int]:
    """Count one walk-in turned away now; returns today's counts by reason."""
    if reason not in rules.TURNED_AWAY_REASONS:
        raise ValidationError("unknown_value", "reason", value=reason)
    now = now or utc_now()
    with db.unit_of_work() as uow:
        uow.session.add(
            TurnedAway(day=local_today(now), hour=local_hour(now), reason=reason, created_at=now)
        )
        uow.commit()
    return turned_away_counts(db, local_today(now), local_today(now))


def undo_turned_away(db: Database, reason: str, *, now: dt.datetime | None = None) -> bool:
    """Remove today's latest turned-away count of `reason` (a mis-click); False if none."""
    now = now or utc_now()
    with db.unit_of_work() as uow:
        last = uow.session.scalar(
            select(TurnedAway)
            .where(TurnedAway.day == local_today(now), TurnedAway.reason == reason)
            .order_by(TurnedAway.id.desc())
            .limit(1)
        )
        if last is None:
            return False
        uow.session.delete(last)
        uow.commit()
    return True


def turned_away_counts(db: Database, first: dt.date, last: dt.date) -> dict[str, int]:
    """Turned-away walk-ins between `first` and `last` (inclusive), by reason (zeros included)."""
    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(TurnedAway.reason, func.count(TurnedAway.id))
            .where(TurnedAway.day >= first, TurnedAway.day <= last)
            .group_by(TurnedAway.reason)
        ).all()
    counts = dict.fromkeys(rules.TURNED_AWAY_REASONS, 0)
    counts.update({reason: int(n) for reason, n in rows})
    return counts


def record_shift(
    db: Database,
    day: dt.date,
    minutes: int,
    volunteer_id: int | None = None,
    *,
    now: dt.datetime | None = None,
) -> int:
    """Record a volunteer's time at the desk on `day`; returns the shift's id."""
    now = now or utc_now()
    if day > local_today(now):
        raise ValidationError("date_in_future", "date")
    if not 1 <= minutes <= rules.MAX_SHIFT_MINUTES:
        raise ValidationError("out_of_range", "minutes", low=1, high=rules.MAX_SHIFT_MINUTES)
    with db.unit_of_work() as uow:
        _check_volunteer(uow.session, volunteer_id)
        shift = VolunteerShift(day=day, volunteer_id=volunteer_id, minutes=minutes, created_at=now)
        uow.session.add(shift)
        uow.session.flush()
        uow.commit()
        return shift.id


def volunteer_hours(db: Database, month: str) -> list[VolunteerHours]:
    """Minutes at the desk in `month` per volunteer (None: shifts recorded without a name)."""
    first, after = rules.month_bounds(month)
    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(
                VolunteerShift.volunteer_id,
                Volunteer.display_name,
                func.sum(VolunteerShift.minutes),
            )
            .outerjoin(Volunteer, Volunteer.id == VolunteerShift.volunteer_id)
            .where(VolunteerShift.day >= first, VolunteerShift.day < after)
            .group_by(VolunteerShift.volunteer_id, Volunteer.display_name)
            .order_by(Volunteer.display_name)
        ).all()
    return [VolunteerHours(vid, name, int(total)) for vid, name, total in rows]


# --- volunteers and hidden topics ---------------------------------------------------------------


def list_volunteers(db: Database, *, include_inactive: bool = True) -> list[VolunteerRow]:
    with db.unit_of_work() as uow:
        stmt = select(Volunteer).order_by(Volunteer.display_name, Volunteer.id)
        if not include_inactive:
            stmt = stmt.where(Volunteer.active.is_(True))
        return [VolunteerRow(v.id, v.display_name, v.active) for v in uow.session.scalars(stmt)]


def _name_taken(session: Session, name: str, except_id: int | None = None) -> bool:
    stmt = select(Volunteer.id).where(
        func.lower(Volunteer.display_name) == name.lower(), Volunteer.active.is_(True)
    )
    if except_id is not None:
        stmt = stmt.where(Volunteer.id != except_id)
    return session.scalar(stmt) is not None


def add_volunteer(db: Database, display_name: str) -> VolunteerRow:
    """Add a volunteer by first name or initials (unique among the active ones)."""
    name = rules.validate_volunteer_name(display_name)
    with db.unit_of_work() as uow:
        if _name_taken(uow.session, name):
            raise ValidationError("volunteer_exists", "display_name")
        volunteer = Volunteer(display_name=name, active=True)
        uow.session.add(volunteer)
        uow.session.flush()
        uow.commit()
        return VolunteerRow(volunteer.id, volunteer.display_name, volunteer.active)


def update_volunteer(
    db: Database, volunteer_id: int, *, display_name: str | None = None, active: bool | None = None
) -> VolunteerRow:
    """Rename a volunteer or mark them (in)active; sessions keep pointing at them."""
    with db.unit_of_work() as uow:
        volunteer = uow.session.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise NotFoundError(what="volunteer")
        if display_name is not None:
            name = rules.validate_volunteer_name(display_name)
            if _name_taken(uow.session, name, except_id=volunteer_id):
                raise ValidationError("volunteer_exists", "display_name")
            volunteer.display_name = name
        if active is not None:
            if active and _name_taken(uow.session, volunteer.display_name, volunteer_id):
                raise ValidationError("volunteer_exists", "display_name")
            volunteer.active = active
        uow.commit()
        return VolunteerRow(volunteer.id, volunteer.display_name, volunteer.active)


def hidden_topics(db: Database) -> frozenset[str]:
    """Topic codes this point hides from the form (never a catch-all ``.other`` topic)."""
    with db.unit_of_work() as uow:
        return frozenset(uow.session.scalars(select(HiddenTopic.code)))


def set_hidden_topics(db: Database, codes: Iterable[str]) -> frozenset[str]:
    """Replace the hidden topics; unknown or catch-all codes are refused."""
    wanted = frozenset(codes)
    topics = load_topics()
    for code in sorted(wanted):
        if not topics.is_valid(code):
            raise ValidationError("unknown_topic", "topics", value=code)
        if not is_hideable(code):
            raise ValidationError("topic_not_hideable", "topics", value=code)
    with db.unit_of_work() as uow:
        uow.session.execute(delete(HiddenTopic))
        uow.session.add_all(HiddenTopic(code=code) for code in sorted(wanted))
        uow.commit()
    return wanted


# --- privacy -------------------------------------------------------------------------------------


def purge_notes(db: Database, now: dt.datetime, retention_days: int | None = None) -> int:
    """Delete private notes of sessions older than the retention period; returns how many."""
    if retention_days is None:
        from digituki.core.services.settings import get_site_settings

        retention_days = get_site_settings(db).retention_days
    cutoff = local_today(now) - dt.timedelta(days=retention_days)
    with db.unit_of_work() as uow:
        result = uow.session.execute(
            update(HelpSession)
            .where(HelpSession.session_date < cutoff, HelpSession.note_enc.is_not(None))
            .values(note_enc=None)
        )
        uow.commit()
    return int(getattr(result, "rowcount", 0) or 0)


# --- demo data -----------------------------------------------------------------------------------

_DEMO_VOLUNTEERS: Final = ("Aino", "Matti", "Leena", "R.K.", "Pirkko", "Jussi")
Distribution = tuple[list[str], list[int]]


def _distribution(weights: dict[str, int]) -> Distribution:
    """Values and cumulative weights, for fast repeated draws with `random.choices`."""
    running, cumulative = 0, []
    for weight in weights.values():
        running += weight
        cumulative.append(running)
    return list(weights), cumulative


# Relative frequencies at a typical library desk: identification, health and device basics lead;
# most customers are 65 or older.
_DEMO_GROUPS: Final = _distribution(
    {
        "ident": 22,
        "health": 18,
        "device": 18,
        "comms": 9,
        "security": 8,
        "bank": 7,
        "kela": 5,
        "gov": 5,
        "tax": 4,
        "behalf": 4,
        "transport": 3,
        "social": 2,
        "other": 1,
    }
)
_DEMO_AGES: Final = _distribution(
    {
        "under_25": 2,
        "25_44": 5,
        "45_64": 12,
        "65_74": 34,
        "75_84": 30,
        "85_plus": 10,
        "not_asked": 7,
    }
)
_DEMO_FORMS: Final = _distribution(
    {
        "on_site_walk_in": 50,
        "on_site_booked": 35,
        "remote_phone": 8,
        "remote_video": 3,
        "home_visit": 4,
    }
)
_DEMO_LANGUAGES: Final = _distribution({"fi": 88, "sv": 7, "en": 3, "other": 2})
_DEMO_DEVICES: Final = _distribution(
    {"own_phone": 55, "own_tablet": 12, "own_computer": 15, "point_computer": 12, "none": 6}
)
_DEMO_BEHALF: Final = _distribution(
    {
        "no": 90,
        "suomifi_authorization": 5,
        "power_of_attorney": 2,
        "guardian": 1,
        "declined_credentials": 2,
    }
)
_DEMO_OUTCOMES: Final = _distribution({"solved": 72, "partly_solved": 20, "not_solved": 8})
_DEMO_NEXT: Final = _distribution({"none": 78, "new_appointment": 12, rules.REFERRED: 10})
_DEMO_REASONS: Final = _distribution({"queue_full": 6, "out_of_scope": 3, "no_volunteer": 1})


def _draw(rng: random.Random, distribution: Distribution, k: int) -> list[str]:
    return rng.choices(distribution[0], cum_weights=distribution[1], k=k)


def generate_demo_sessions(
    db: Database, rng: random.Random, today: dt.date, months: int
) -> dict[str, int]:
    """Write `months` months of plausible sessions up to `today` in bulk; returns counts.

    A few sessions per opening day (Monday to Friday), some group sessions, volunteer shifts
    and turned-away walk-ins, all with the real topic list; rows go in with Core executemany.
    """
    sync_topic_table(db)
    topics = load_topics()
    by_group = {g.code: [t.code for t in g.topics] for g in topics.groups}
    now = dt.datetime.combine(today, dt.time(12), HELSINKI).astimezone(dt.UTC)
    with db.unit_of_work() as uow:
        s = uow.session
        demo_volunteers = [Volunteer(display_name=name, active=True) for name in _DEMO_VOLUNTEERS]
        s.add_all(demo_volunteers)
        s.flush()
        volunteer_ids = [v.id for v in demo_volunteers]
        sessions: list[dict[str, Any]] = []
        session_codes: list[list[str]] = []
        turned: list[dict[str, Any]] = []
        shifts: list[dict[str, Any]] = []
        day = today - dt.timedelta(days=round(months * 30.4))
        while day <= today:
            if day.weekday() >= 5:  # closed at weekends
                day += dt.timedelta(days=1)
                continue
            on_duty = rng.sample(volunteer_ids, 2)
            shifts.extend(
                {"day": day, "volunteer_id": vid, "minutes": minutes, "created_at": now}
                for vid, minutes in zip(on_duty, rng.choices((120, 180, 240), k=2), strict=True)
            )
            n = rng.randint(2, 9)
            group_day = day.weekday() == 2 and rng.random() < 0.5
            forms = _draw(rng, _DEMO_FORMS, n)
            groups = _draw(rng, _DEMO_GROUPS, 2 * n)
            ages = _draw(rng, _DEMO_AGES, n)
            languages = _draw(rng, _DEMO_LANGUAGES, n)
            devices = _draw(rng, _DEMO_DEVICES, n)
            behalf = _draw(rng, _DEMO_BEHALF, n)
            outcomes = _draw(rng, _DEMO_OUTCOMES, n)
            next_steps = _draw(rng, _DEMO_NEXT, n)
            for i in range(n):
                group = (group_day and i == 0) or rng.random() < 0.02
                codes = [rng.choice(by_group[groups[2 * i]])]
                if rng.random() < 0.25:
                    second = rng.choice(by_group[groups[2 * i + 1]])
                    if second not in codes:
                        codes.append(second)
                referred = next_steps[i] == rules.REFERRED
                sessions.append(
                    {
                        "session_date": day,
                        "start_hour": rng.randint(10, 15),
                        "duration_minutes": 90 if group else max(5, int(rng.gauss(28, 12))),
                        "support_form": "group" if group else forms[i],
                        "participants": rng.randint(4, 12) if group else 1,
                        "age_band": ages[i],
                        "language": languages[i],
                        "device": devices[i],
                        "on_behalf": behalf[i],
                        "outcome": outcomes[i],
                        "next_step": next_steps[i],
                        "referral_target": rng.choice(rules.REFERRAL_TARGETS) if referred else None,
                        "volunteer_id": rng.choice(on_duty) if rng.random() < 0.8 else None,
                        "note_enc": None,
                        "booking_id": None,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                session_codes.append(codes)
            k = rng.choice((0, 0, 0, 1, 1, 2))
            turned.extend(
                {"day": day, "hour": rng.randint(10, 15), "reason": reason, "created_at": now}
                for reason in _draw(rng, _DEMO_REASONS, k)
            )
            day += dt.timedelta(days=1)
        if sessions:
            ids = _insert_sessions(s, sessions)
            s.connection().execute(
                insert(_table(HelpSessionTopic)),
                [
                    {"session_id": sid, "topic_code": code}
                    for sid, codes in zip(ids, session_codes, strict=True)
                    for code in codes
                ],
            )
        if turned:
            s.connection().execute(insert(_table(TurnedAway)), turned)
        if shifts:
            s.connection().execute(insert(_table(VolunteerShift)), shifts)
        uow.commit()
    return {
        "help sessions": len(sessions),
        "volunteers": len(_DEMO_VOLUNTEERS),
        "turned-away walk-ins": len(turned),
        "volunteer shifts": len(shifts),
    }
