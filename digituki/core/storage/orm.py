"""SQLAlchemy 2 typed ORM models. One declarative base; each capability's tables in its section."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from digituki.core.domain import helplog as _hl

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- settings of the point (shared by every desk that uses the same database) -------------------


class SiteSetting(Base):
    """One setting of the point as a key and a JSON-encoded value (see services/settings.py)."""

    __tablename__ = "site_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


# --- guides (see core/services/guides.py; the FTS5 index is created by migration 0004) ---------


class GuidePack(Base):
    """A set of guides that arrived together: the built-in pack, an imported pack, or "local"."""

    __tablename__ = "guide_pack"
    __table_args__ = (
        CheckConstraint("source IN ('builtin', 'imported', 'local')", name="source"),
        CheckConstraint("version >= 0", name="version"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Guide(Base):
    """One guide in one language; (slug, language) is unique across all packs."""

    __tablename__ = "guide"
    __table_args__ = (
        UniqueConstraint("slug", "language"),
        CheckConstraint("language IN ('fi', 'sv', 'en')", name="language"),
        CheckConstraint("version >= 1", name="version"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pack_id: Mapped[str] = mapped_column(
        ForeignKey("guide_pack.id", ondelete="CASCADE"), nullable=False, index=True
    )
    slug: Mapped[str] = mapped_column(String(80), nullable=False)
    language: Mapped[str] = mapped_column(String(2), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False)
    service: Mapped[str] = mapped_column(String(200), nullable=False)
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    reviewed: Mapped[dt.date] = mapped_column(Date, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    local_edit: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class GuideTopic(Base):
    __tablename__ = "guide_topic"

    guide_id: Mapped[int] = mapped_column(
        ForeignKey("guide.id", ondelete="CASCADE"), primary_key=True
    )
    topic_code: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class GuideImage(Base):
    """An image of a pack; guides refer to it by its path inside the pack."""

    __tablename__ = "guide_image"
    __table_args__ = (
        UniqueConstraint("pack_id", "name"),
        CheckConstraint("mime IN ('image/png', 'image/jpeg', 'image/gif')", name="mime"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pack_id: Mapped[str] = mapped_column(
        ForeignKey("guide_pack.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    mime: Mapped[str] = mapped_column(String(32), nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class GuideFavourite(Base):
    """The point's favourite guides (shared by every desk on the same database)."""

    __tablename__ = "guide_favourite"

    guide_id: Mapped[int] = mapped_column(
        ForeignKey("guide.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)


# --- bookings: opening hours, slots' settings, appointments --------------------------------------


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored as naive UTC (same text/value in SQLite and PostgreSQL)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


HelpUtcDateTime = UTCDateTime  # the help log's name for the same column type


BOOKING_STATUSES = ("booked", "arrived", "in_progress", "done", "no_show", "cancelled")
BOOKING_LANGUAGES = ("fi", "sv", "en", "other")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class BookingSchedule(Base):
    """The point's slot length and how many customers are served at once (a single row, id 1)."""

    __tablename__ = "booking_schedule"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("slot_minutes BETWEEN 15 AND 120", name="slot_minutes_range"),
        CheckConstraint("capacity BETWEEN 1 AND 20", name="capacity_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slot_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    capacity: Mapped[int] = mapped_column(Integer, nullable=False)


class OpeningHours(Base):
    """A weekly opening: weekday (0 = Monday) and Helsinki wall-clock start and end."""

    __tablename__ = "opening_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("start_time < end_time", name="time_order"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer, nullable=False)
    start_time: Mapped[dt.time] = mapped_column(Time, nullable=False)
    end_time: Mapped[dt.time] = mapped_column(Time, nullable=False)


class OpeningException(Base):
    """A date that is closed, or has an extra opening (with hours)."""

    __tablename__ = "opening_exception"
    __table_args__ = (
        CheckConstraint(_in("kind", ("closed", "open")), name="kind_values"),
        CheckConstraint(
            "(kind = 'closed' AND start_time IS NULL AND end_time IS NULL) OR "
            "(kind = 'open' AND start_time IS NOT NULL AND end_time IS NOT NULL "
            "AND start_time < end_time)",
            name="hours_match_kind",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)


class Booking(Base):
    """An appointment. Name and phone are encrypted (core/security); the row outlives them.

    Capacity is enforced by the database: every booking that holds a place has a `place` number,
    unique within its slot; the service gives the lowest free number up to the capacity.
    Cancelled and no-show bookings have no place (NULLs never collide).
    """

    __tablename__ = "booking"
    __table_args__ = (
        UniqueConstraint("slot_start", "place"),
        CheckConstraint("place >= 1", name="place_positive"),
        CheckConstraint(_in("status", BOOKING_STATUSES), name="status_values"),
        CheckConstraint(
            "(status IN ('cancelled', 'no_show')) = (place IS NULL)", name="place_matches_status"
        ),
        CheckConstraint(_in("language", BOOKING_LANGUAGES), name="language_values"),
        CheckConstraint("duration_minutes BETWEEN 15 AND 120", name="duration_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slot_start: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    duration_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    place: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    name_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    topics: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON list of codes
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="fi")
    interpreter: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    hearing: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    vision: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    device_phone: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    device_tablet: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    device_laptop: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    purged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


def _in_list(column: str, values: tuple[str, ...], name: str, *, nullable: bool = False) -> Any:
    return CheckConstraint(_hl.check_constraint_sql(column, values, nullable=nullable), name=name)


# --- help log (issue 4) -------------------------------------------------------------------------
# The CHECK constraints repeat the lists of core/domain/helplog.py, so that no value outside them
# can be stored even by a program that bypasses the services. Migration 0003 creates the same.


class Topic(Base):
    """A topic code of the shipped list (seeded by migration 0003, refreshed at start)."""

    __tablename__ = "topic"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    group_code: Mapped[str] = mapped_column(String(32), nullable=False)
    list_version: Mapped[int] = mapped_column(Integer, nullable=False)


class Volunteer(Base):
    """A volunteer of this point: a first name or initials only; never leaves the point."""

    __tablename__ = "volunteer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(40), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class HelpSession(Base):
    """One help session (anonymous: codes only; the optional private note is encrypted)."""

    __tablename__ = "help_session"
    __table_args__ = (
        CheckConstraint("start_hour BETWEEN 0 AND 23", name="start_hour"),
        CheckConstraint("duration_minutes BETWEEN 1 AND 480", name="duration"),
        _in_list("support_form", _hl.SUPPORT_FORMS, "support_form"),
        CheckConstraint(
            "participants >= 1 AND (participants = 1 OR support_form = 'group')",
            name="participants",
        ),
        _in_list("age_band", _hl.AGE_BANDS, "age_band"),
        _in_list("language", _hl.SERVICE_LANGUAGES, "language"),
        _in_list("device", _hl.DEVICES, "device"),
        _in_list("on_behalf", _hl.ON_BEHALF, "on_behalf"),
        _in_list("outcome", _hl.OUTCOMES, "outcome"),
        _in_list("next_step", _hl.NEXT_STEPS, "next_step"),
        _in_list("referral_target", _hl.REFERRAL_TARGETS, "referral_target", nullable=True),
        CheckConstraint(
            "(next_step = 'referred') = (referral_target IS NOT NULL)", name="referral"
        ),
        Index("ix_help_session_session_date", "session_date"),
        Index("ix_help_session_volunteer_id", "volunteer_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    start_hour: Mapped[int] = mapped_column(Integer, nullable=False)
    duration_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    support_form: Mapped[str] = mapped_column(String(24), nullable=False)
    participants: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    age_band: Mapped[str] = mapped_column(String(16), nullable=False)
    language: Mapped[str] = mapped_column(String(8), nullable=False)
    device: Mapped[str] = mapped_column(String(24), nullable=False)
    on_behalf: Mapped[str] = mapped_column(String(32), nullable=False)
    outcome: Mapped[str] = mapped_column(String(16), nullable=False)
    next_step: Mapped[str] = mapped_column(String(24), nullable=False)
    referral_target: Mapped[str | None] = mapped_column(String(32), nullable=True)
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL"), nullable=True
    )
    note_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    booking_id: Mapped[int | None] = mapped_column(
        ForeignKey("booking.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(HelpUtcDateTime, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(HelpUtcDateTime, nullable=False)
    # shared database (issue 11, migration 0008): the desk's id of a session sent from its
    # offline queue; unique, so a replay stores it once
    client_id: Mapped[str | None] = mapped_column(String(36), nullable=True, unique=True)


class HelpSessionTopic(Base):
    """The topics of a session; the foreign key keeps codes to the shipped list."""

    __tablename__ = "help_session_topic"
    __table_args__ = (Index("ix_help_session_topic_topic_code", "topic_code"),)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("help_session.id", ondelete="CASCADE"), primary_key=True
    )
    topic_code: Mapped[str] = mapped_column(ForeignKey("topic.code"), primary_key=True)


class HiddenTopic(Base):
    """A topic this point never uses and hides from the form; catch-all topics cannot be hidden."""

    __tablename__ = "hidden_topic"
    __table_args__ = (CheckConstraint("code NOT LIKE '%.other'", name="not_other"),)

    code: Mapped[str] = mapped_column(ForeignKey("topic.code"), primary_key=True)


class TurnedAway(Base):
    """A walk-in customer who could not be helped (a demand signal for coordinators)."""

    __tablename__ = "turned_away"
    __table_args__ = (
        CheckConstraint("hour BETWEEN 0 AND 23", name="hour"),
        _in_list("reason", _hl.TURNED_AWAY_REASONS, "reason"),
        Index("ix_turned_away_day", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, nullable=False)
    hour: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(HelpUtcDateTime, nullable=False)


class VolunteerShift(Base):
    """Minutes a volunteer (or an unnamed one) spent at the desk on a day."""

    __tablename__ = "volunteer_shift"
    __table_args__ = (
        CheckConstraint("minutes BETWEEN 1 AND 720", name="minutes"),
        Index("ix_volunteer_shift_day", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, nullable=False)
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL"), nullable=True
    )
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(HelpUtcDateTime, nullable=False)


# statistics (issue 6, migration 0005): every column the statistics count by, after the date, so
# that a period's GROUP BY queries read this index only.
Index(
    "ix_help_session_stats",
    HelpSession.session_date,
    HelpSession.age_band,
    HelpSession.support_form,
    HelpSession.language,
    HelpSession.outcome,
    HelpSession.next_step,
    HelpSession.referral_target,
    HelpSession.on_behalf,
    HelpSession.participants,
    HelpSession.duration_minutes,
    HelpSession.device,
)


class MonthExport(Base):
    """A month's statistics were exported (filled by the statistics feature)."""

    __tablename__ = "month_export"
    __table_args__ = (
        CheckConstraint("length(month) = 7 AND substr(month, 5, 1) = '-'", name="month"),
        UniqueConstraint("month", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    exported_at: Mapped[dt.datetime] = mapped_column(HelpUtcDateTime, nullable=False)
    checksum: Mapped[str] = mapped_column(String(128), nullable=False, default="")
    outdated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # statistics (issue 6, migration 0005): the exported period and the file's name
    period: Mapped[str] = mapped_column(String(24), nullable=False, default="", server_default="")
    file_name: Mapped[str] = mapped_column(
        String(255), nullable=False, default="", server_default=""
    )


class Publication(Base):
    """A person-readable report that was published (issue 18, migration 0012): the period, the
    formats and, in `content` (JSON), what it showed of each month — counts and markers only."""

    __tablename__ = "publication"
    __table_args__ = (
        CheckConstraint("scope IN ('point', 'regional')", name="scope"),
        Index("ix_publication_scope_months", "scope", "first_month", "last_month"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(16), nullable=False)
    period: Mapped[str] = mapped_column(String(24), nullable=False)
    first_month: Mapped[str] = mapped_column(String(7), nullable=False)
    last_month: Mapped[str] = mapped_column(String(7), nullable=False)
    formats: Mapped[str] = mapped_column(String(64), nullable=False)
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    preliminary: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)


# --- coordinator (issue 7, migration 0006): used only in a coordinator's own database ----------


class CoordPoint(Base):
    """A digital-support point whose bundles the coordinator receives."""

    __tablename__ = "coord_point"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    municipality: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    closed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    public_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    merged_into: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("coord_point.id"), nullable=True
    )
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)


class CoordBundle(Base):
    """One imported bundle (checked and mapped content as JSON); `current` marks the one that
    counts for its point and month."""

    __tablename__ = "coord_bundle"
    __table_args__ = (
        CheckConstraint("length(month) = 7 AND substr(month, 5, 1) = '-'", name="month"),
        Index("ix_coord_bundle_point_month", "point_id", "month"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    export_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    point_id: Mapped[str] = mapped_column(String(36), ForeignKey("coord_point.id"), nullable=False)
    source_point_id: Mapped[str] = mapped_column(String(36), nullable=False)
    month: Mapped[str] = mapped_column(String(7), nullable=False)
    generated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    checksum: Mapped[str] = mapped_column(String(64), nullable=False)
    current: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    replaced: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    signed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    key_changed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    content: Mapped[str] = mapped_column(Text, nullable=False)
    # held until the coordinator accepts it (unsigned, or a key other than the pinned one: 0011)
    pending: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    pending_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class CoordTrustDecision(Base):
    """The coordinator accepted a point's new key (or its unsigned files): who, when, which key."""

    __tablename__ = "coord_trust_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    point_id: Mapped[str] = mapped_column(String(36), nullable=False)
    public_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    previous_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decision: Mapped[str] = mapped_column(String(16), nullable=False)
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    bundles: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


# --- data safety (see core/security/keys.py; migration 0007) -------------------------------------


class SiteSecret(Base):
    """The data key's name and the key wrapped by the site passphrase (never the key in clear)."""

    __tablename__ = "site_secret"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("kdf IS NULL OR kdf = 'scrypt'", name="kdf"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_id: Mapped[str] = mapped_column(String(64), nullable=False)
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    kdf: Mapped[str | None] = mapped_column(String(16), nullable=True)
    salt: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    kdf_n: Mapped[int | None] = mapped_column(Integer, nullable=True)
    kdf_r: Mapped[int | None] = mapped_column(Integer, nullable=True)
    kdf_p: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)


class StatsMonth(Base):
    """Cache of one month's statistics rows (`services.stats`); triggers clear it on writes.

    ``version`` goes up on every write that touches the month (migration 0010's triggers);
    ``content`` is the JSON of that month's GROUP BY results, NULL until rebuilt."""

    __tablename__ = "stats_month"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    content: Mapped[str | None] = mapped_column(Text, nullable=True)
