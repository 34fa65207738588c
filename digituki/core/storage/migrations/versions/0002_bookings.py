"""Bookings: slot settings, weekly opening hours, exceptions, appointments.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATUSES = "('booked', 'arrived', 'in_progress', 'done', 'no_show', 'cancelled')"
LANGUAGES = "('fi', 'sv', 'en', 'other')"


def upgrade() -> None:
    op.create_table(
        "booking_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_schedule")),
        sa.CheckConstraint("id = 1", name=op.f("ck_booking_schedule_single_row")),
        sa.CheckConstraint(
            "slot_minutes BETWEEN 15 AND 120", name=op.f("ck_booking_schedule_slot_minutes_range")
        ),
        sa.CheckConstraint(
            "capacity BETWEEN 1 AND 20", name=op.f("ck_booking_schedule_capacity_range")
        ),
    )
    op.create_table(
        "opening_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_hours")),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_opening_hours_weekday_range")),
        sa.CheckConstraint("start_time < end_time", name=op.f("ck_opening_hours_time_order")),
    )
    op.create_table(
        "opening_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_exception")),
        sa.CheckConstraint(
            "kind IN ('closed', 'open')", name=op.f("ck_opening_exception_kind_values")
        ),
        sa.CheckConstraint(
            "(kind = 'closed' AND start_time IS NULL AND end_time IS NULL) OR "
            "(kind = 'open' AND start_time IS NOT NULL AND end_time IS NOT NULL "
            "AND start_time < end_time)",
            name=op.f("ck_opening_exception_hours_match_kind"),
        ),
    )
    op.create_index(op.f("ix_opening_exception_day"), "opening_exception", ["day"])
    op.create_table(
        "booking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slot_start", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("name_enc", sa.LargeBinary(), nullable=True),
        sa.Column("phone_enc", sa.LargeBinary(), nullable=True),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("interpreter", sa.Boolean(), nullable=False),
        sa.Column("hearing", sa.Boolean(), nullable=False),
        sa.Column("vision", sa.Boolean(), nullable=False),
        sa.Column("device_phone", sa.Boolean(), nullable=False),
        sa.Column("device_tablet", sa.Boolean(), nullable=False),
        sa.Column("device_laptop", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
        sa.UniqueConstraint("slot_start", "place", name=op.f("uq_booking_slot_start")),
        sa.CheckConstraint("place >= 1", name=op.f("ck_booking_place_positive")),
        sa.CheckConstraint(f"status IN {STATUSES}", name=op.f("ck_booking_status_values")),
        sa.CheckConstraint(
            "(status IN ('cancelled', 'no_show')) = (place IS NULL)",
            name=op.f("ck_booking_place_matches_status"),
        ),
        sa.CheckConstraint(f"language IN {LANGUAGES}", name=op.f("ck_booking_language_values")),
        sa.CheckConstraint(
            "duration_minutes BETWEEN 15 AND 120", name=op.f("ck_booking_duration_range")
        ),
    )


def downgrade() -> None:
    op.drop_table("booking")
    op.drop_index(op.f("ix_opening_exception_day"), table_name="opening_exception")
    op.drop_table("opening_exception")
    op.drop_table("opening_hours")
    op.drop_table("booking_schedule")
