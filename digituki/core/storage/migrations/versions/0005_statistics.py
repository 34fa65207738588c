"""Statistics: the record of exports says which period and which file.

`month_export` (created by 0003) gets the exported period's label ("2026-10", "2026",
"2026-01..2026-06") and the file's name. An export of several months writes one row per covered
month (kind "<format>:<period>"), so that a later change to any of those months marks it outdated.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("month_export") as batch:
        batch.add_column(sa.Column("period", sa.String(24), nullable=False, server_default=""))
        batch.add_column(sa.Column("file_name", sa.String(255), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("month_export") as batch:
        batch.drop_column("file_name")
        batch.drop_column("period")
