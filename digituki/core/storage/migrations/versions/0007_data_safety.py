"""Data safety: the point's data key wrapped by the site passphrase.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

One row (id = 1): `key_id` names the data key (the OS secret store keeps it under that name);
`wrapped_key` is the key sealed with AES-GCM under a key derived from the site passphrase with
scrypt (`salt`, `kdf_n`, `kdf_r`, `kdf_p`). The key itself is never stored in the clear.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_secret",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=True),
        sa.Column("kdf", sa.String(length=16), nullable=True),
        sa.Column("salt", sa.LargeBinary(), nullable=True),
        sa.Column("kdf_n", sa.Integer(), nullable=True),
        sa.Column("kdf_r", sa.Integer(), nullable=True),
        sa.Column("kdf_p", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_site_secret_single_row")),
        sa.CheckConstraint("kdf IS NULL OR kdf = 'scrypt'", name=op.f("ck_site_secret_kdf")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_secret")),
    )


def downgrade() -> None:
    op.drop_table("site_secret")
