"""Offline queue: help sessions carry the id the desk gave them, so a replay stores each once.

`help_session.client_id` is a UUID made by the desk when the session is saved into its local queue
(the shared server was unreachable); unique, so sending the same queued session twice — after a
crash or a restart between sending and forgetting it — stores it once. NULL for sessions saved
straight into the database (NULLs never collide).

On SQLite the batch rebuild drops and recreates `help_session`: it must run with foreign keys off
(migrate.py sees to that for every migration), or the drop cascades into `help_session_topic`.
Databases upgraded by an earlier build lost their topic links here; 0009 restores them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("help_session") as batch:
        batch.add_column(sa.Column("client_id", sa.String(36), nullable=True))
        batch.create_unique_constraint(op.f("uq_help_session_client_id"), ["client_id"])


def downgrade() -> None:
    with op.batch_alter_table("help_session") as batch:
        batch.drop_constraint(op.f("uq_help_session_client_id"), type_="unique")
        batch.drop_column("client_id")
