"""SQLAlchemy 2 typed ORM models. One declarative base; each capability's tables in its section."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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
