"""Publication log: every person-readable report a point or a coordinator published, with what it
showed of each month (counts and markers only, never people), so a later report is checked
against everything published before (issue 18).

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publication",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("period", sa.String(24), nullable=False),
        sa.Column("first_month", sa.String(7), nullable=False),
        sa.Column("last_month", sa.String(7), nullable=False),
        sa.Column("formats", sa.String(64), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("preliminary", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("content", sa.Text(), nullable=False),
        sa.CheckConstraint("scope IN ('point', 'regional')", name=op.f("ck_publication_scope")),
    )
    op.create_index(
        "ix_publication_scope_months", "publication", ["scope", "first_month", "last_month"]
    )


def downgrade() -> None:
    op.drop_index("ix_publication_scope_months", table_name="publication")
    op.drop_table("publication")
