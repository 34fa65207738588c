"""Help log: sessions and their topics, the topic codes, volunteers, hidden topics, turned-away
walk-ins, volunteer shifts and the record of exported months.

The value lists are written out here (not imported) so this migration keeps creating the schema it
was written for even when the lists in core/domain/helplog.py grow; a later change to a list gets
its own migration. The topic table is seeded from the shipped topics.json; newer shipped lists are
added at start (services.helplog.sync_topic_table).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SUPPORT_FORMS = (
    "on_site_booked",
    "on_site_walk_in",
    "remote_phone",
    "remote_video",
    "home_visit",
    "group",
)
AGE_BANDS = ("under_25", "25_44", "45_64", "65_74", "75_84", "85_plus", "not_asked")
SERVICE_LANGUAGES = ("fi", "sv", "en", "other")
DEVICES = ("own_phone", "own_tablet", "own_computer", "point_computer", "none")
ON_BEHALF = ("no", "suomifi_authorization", "power_of_attorney", "guardian", "declined_credentials")
OUTCOMES = ("solved", "partly_solved", "not_solved")
NEXT_STEPS = ("none", "new_appointment", "referred")
REFERRAL_TARGETS = (
    "service_customer_service",
    "kansalaisneuvonta",
    "kela",
    "tax_administration",
    "bank",
    "phone_operator",
    "wellbeing_county",
    "municipality",
    "other_support_point",
    "course",
    "other",
)
TURNED_AWAY_REASONS = ("queue_full", "out_of_scope", "no_volunteer")


def _in(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    listed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


def upgrade() -> None:
    topic = op.create_table(
        "topic",
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("group_code", sa.String(32), nullable=False),
        sa.Column("list_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_topic")),
    )
    op.create_table(
        "volunteer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer")),
    )
    op.create_table(
        "help_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("start_hour", sa.Integer(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("support_form", sa.String(24), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("age_band", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("device", sa.String(24), nullable=False),
        sa.Column("on_behalf", sa.String(32), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("next_step", sa.String(24), nullable=False),
        sa.Column("referral_target", sa.String(32), nullable=True),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("note_enc", sa.LargeBinary(), nullable=True),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("start_hour BETWEEN 0 AND 23", name=op.f("ck_help_session_start_hour")),
        sa.CheckConstraint(
            "duration_minutes BETWEEN 1 AND 480", name=op.f("ck_help_session_duration")
        ),
        sa.CheckConstraint(
            _in("support_form", SUPPORT_FORMS), name=op.f("ck_help_session_support_form")
        ),
        sa.CheckConstraint(
            "participants >= 1 AND (participants = 1 OR support_form = 'group')",
            name=op.f("ck_help_session_participants"),
        ),
        sa.CheckConstraint(_in("age_band", AGE_BANDS), name=op.f("ck_help_session_age_band")),
        sa.CheckConstraint(
            _in("language", SERVICE_LANGUAGES), name=op.f("ck_help_session_language")
        ),
        sa.CheckConstraint(_in("device", DEVICES), name=op.f("ck_help_session_device")),
        sa.CheckConstraint(_in("on_behalf", ON_BEHALF), name=op.f("ck_help_session_on_behalf")),
        sa.CheckConstraint(_in("outcome", OUTCOMES), name=op.f("ck_help_session_outcome")),
        sa.CheckConstraint(_in("next_step", NEXT_STEPS), name=op.f("ck_help_session_next_step")),
        sa.CheckConstraint(
            _in("referral_target", REFERRAL_TARGETS, nullable=True),
            name=op.f("ck_help_session_referral_target"),
        ),
        sa.CheckConstraint(
            "(next_step = 'referred') = (referral_target IS NOT NULL)",
            name=op.f("ck_help_session_referral"),
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_help_session_volunteer_id_volunteer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["booking.id"],
            name=op.f("fk_help_session_booking_id_booking"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_help_session")),
    )
    op.create_index(op.f("ix_help_session_session_date"), "help_session", ["session_date"])
    op.create_index(op.f("ix_help_session_volunteer_id"), "help_session", ["volunteer_id"])
    op.create_table(
        "help_session_topic",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("topic_code", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["help_session.id"],
            name=op.f("fk_help_session_topic_session_id_help_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_code"], ["topic.code"], name=op.f("fk_help_session_topic_topic_code_topic")
        ),
        sa.PrimaryKeyConstraint("session_id", "topic_code", name=op.f("pk_help_session_topic")),
    )
    op.create_index(op.f("ix_help_session_topic_topic_code"), "help_session_topic", ["topic_code"])
    op.create_table(
        "hidden_topic",
        sa.Column("code", sa.String(64), nullable=False),
        sa.CheckConstraint("code NOT LIKE '%.other'", name=op.f("ck_hidden_topic_not_other")),
        sa.ForeignKeyConstraint(["code"], ["topic.code"], name=op.f("fk_hidden_topic_code_topic")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_hidden_topic")),
    )
    op.create_table(
        "turned_away",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("hour BETWEEN 0 AND 23", name=op.f("ck_turned_away_hour")),
        sa.CheckConstraint(_in("reason", TURNED_AWAY_REASONS), name=op.f("ck_turned_away_reason")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_turned_away")),
    )
    op.create_index(op.f("ix_turned_away_day"), "turned_away", ["day"])
    op.create_table(
        "volunteer_shift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("minutes BETWEEN 1 AND 720", name=op.f("ck_volunteer_shift_minutes")),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_volunteer_shift_volunteer_id_volunteer"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_shift")),
    )
    op.create_index(op.f("ix_volunteer_shift_day"), "volunteer_shift", ["day"])
    op.create_table(
        "month_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("checksum", sa.String(128), nullable=False),
        sa.Column("outdated", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "length(month) = 7 AND substr(month, 5, 1) = '-'", name=op.f("ck_month_export_month")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_export")),
        sa.UniqueConstraint("month", "kind", name=op.f("uq_month_export_month")),
    )
    _seed_topics(topic)


def _seed_topics(topic: sa.Table) -> None:
    from digituki.core.domain.topics import load_topics

    topics = load_topics()
    op.bulk_insert(
        topic,
        [
            {"code": t.code, "group_code": t.group_code, "list_version": topics.version}
            for t in topics.all_topics()
        ],
    )


def downgrade() -> None:
    op.drop_table("month_export")
    op.drop_index(op.f("ix_volunteer_shift_day"), table_name="volunteer_shift")
    op.drop_table("volunteer_shift")
    op.drop_index(op.f("ix_turned_away_day"), table_name="turned_away")
    op.drop_table("turned_away")
    op.drop_table("hidden_topic")
    op.drop_index(op.f("ix_help_session_topic_topic_code"), table_name="help_session_topic")
    op.drop_table("help_session_topic")
    op.drop_index(op.f("ix_help_session_volunteer_id"), table_name="help_session")
    op.drop_index(op.f("ix_help_session_session_date"), table_name="help_session")
    op.drop_table("help_session")
    op.drop_table("volunteer")
    op.drop_table("topic")
