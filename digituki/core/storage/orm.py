"""SQLAlchemy 2 typed ORM models. One declarative base; each capability's tables in its section."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

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


# --- help log (issue 4) -------------------------------------------------------------------------
# The CHECK constraints repeat the lists of core/domain/helplog.py, so that no value outside them
# can be stored even by a program that bypasses the services. Migration 0003 creates the same.


class HelpUtcDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC timestamp, also on SQLite (which stores no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: object
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def _in_list(column: str, values: tuple[str, ...], name: str, *, nullable: bool = False) -> Any:
    return CheckConstraint(_hl.check_constraint_sql(column, values, nullable=nullable), name=name)


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
    booking_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # FK added at merge
    created_at: Mapped[dt.datetime] = mapped_column(HelpUtcDateTime, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(HelpUtcDateTime, nullable=False)


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
