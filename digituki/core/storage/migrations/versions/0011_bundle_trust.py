"""Coordinator trust policy: bundles held pending, a revision counter, recorded key decisions.

- `coord_bundle.pending`: a bundle that is unsigned or signed by a key other than the point's
  pinned one is stored but does not count (and replaces nothing) until the coordinator accepts it;
  `pending_reason` says why (``unsigned`` or ``new_key``).
- `coord_bundle.revision`: the point's revision counter of that month's bundle (0 in bundles made
  before it existed); the later revision wins, the time stamp only breaks ties.
- `coord_trust_decision`: every "accept this point's new key / unsigned files" the coordinator
  made, with when and which key (the record the issue asks for).

Plain ADD COLUMN on upgrade (no batch rebuild; nothing points to coord_bundle either).

Revision ID: 0011
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "coord_bundle",
        sa.Column("pending", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("coord_bundle", sa.Column("pending_reason", sa.String(16), nullable=True))
    op.add_column(
        "coord_bundle",
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "coord_trust_decision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("point_id", sa.String(36), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=True),
        sa.Column("previous_key", sa.String(64), nullable=True),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("bundles", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("coord_trust_decision")
    with op.batch_alter_table("coord_bundle") as batch:
        batch.drop_column("revision")
        batch.drop_column("pending_reason")
        batch.drop_column("pending")
