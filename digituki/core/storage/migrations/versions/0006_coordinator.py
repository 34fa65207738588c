"""Coordinator: the points a coordinator receives bundles from, and the imported bundles.

Used only in a coordinator's own database (a separate file, `coordinator.sqlite3`); in a point's
database the tables stay empty.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coord_point",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("municipality", sa.String(120), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=True),
        sa.Column("merged_into", sa.String(36), nullable=True),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into"], ["coord_point.id"], name=op.f("fk_coord_point_merged_into_coord_point")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coord_point")),
    )
    op.create_table(
        "coord_bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("export_id", sa.String(36), nullable=False),
        sa.Column("point_id", sa.String(36), nullable=False),
        sa.Column("source_point_id", sa.String(36), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("generated_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("replaced", sa.Boolean(), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("key_changed", sa.Boolean(), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "length(month) = 7 AND substr(month, 5, 1) = '-'", name=op.f("ck_coord_bundle_month")
        ),
        sa.ForeignKeyConstraint(
            ["point_id"], ["coord_point.id"], name=op.f("fk_coord_bundle_point_id_coord_point")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coord_bundle")),
        sa.UniqueConstraint("export_id", name=op.f("uq_coord_bundle_export_id")),
    )
    op.create_index("ix_coord_bundle_point_month", "coord_bundle", ["point_id", "month"])


def downgrade() -> None:
    op.drop_index("ix_coord_bundle_point_month", table_name="coord_bundle")
    op.drop_table("coord_bundle")
    op.drop_table("coord_point")
