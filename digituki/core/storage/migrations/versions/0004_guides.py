"""Guides: packs, guides, their topics, images, favourites, and the SQLite FTS5 search index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

On SQLite, `guide_fts` is an external-content FTS5 index over guide.title/summary/service/body,
kept in sync by triggers (so every insert, update and delete — cascades included — updates it in
the same transaction). Diacritics are folded and prefix queries are indexed (2 and 3 letters).
Other databases use the ILIKE search path in services/guides.py and get no index here.

Note for later migrations: a batch ("move and copy") alteration of `guide` on SQLite drops the
triggers; recreate them with `create_fts_triggers()` afterwards.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FTS_COLUMNS = "title, summary, service, body"


def create_fts_triggers() -> None:
    new = "new.id, new.title, new.summary, new.service, new.body"
    old = "old.id, old.title, old.summary, old.service, old.body"
    op.execute(
        f"CREATE TRIGGER guide_fts_ai AFTER INSERT ON guide BEGIN "
        f"INSERT INTO guide_fts(rowid, {FTS_COLUMNS}) VALUES ({new}); END"
    )
    op.execute(
        f"CREATE TRIGGER guide_fts_ad AFTER DELETE ON guide BEGIN "
        f"INSERT INTO guide_fts(guide_fts, rowid, {FTS_COLUMNS}) VALUES ('delete', {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER guide_fts_au AFTER UPDATE ON guide BEGIN "
        f"INSERT INTO guide_fts(guide_fts, rowid, {FTS_COLUMNS}) VALUES ('delete', {old}); "
        f"INSERT INTO guide_fts(rowid, {FTS_COLUMNS}) VALUES ({new}); END"
    )


def upgrade() -> None:
    op.create_table(
        "guide_pack",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "source IN ('builtin', 'imported', 'local')", name=op.f("ck_guide_pack_source")
        ),
        sa.CheckConstraint("version >= 0", name=op.f("ck_guide_pack_version")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guide_pack")),
    )
    op.create_table(
        "guide",
        sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("pack_id", sa.String(64), nullable=False),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("service", sa.String(200), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("reviewed", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("local_edit", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("language IN ('fi', 'sv', 'en')", name=op.f("ck_guide_language")),
        sa.CheckConstraint("version >= 1", name=op.f("ck_guide_version")),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["guide_pack.id"],
            name=op.f("fk_guide_pack_id_guide_pack"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guide")),
        sa.UniqueConstraint("slug", "language", name=op.f("uq_guide_slug")),
    )
    op.create_index(op.f("ix_guide_pack_id"), "guide", ["pack_id"])
    op.create_table(
        "guide_topic",
        sa.Column("guide_id", sa.Integer(), nullable=False),
        sa.Column("topic_code", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["guide_id"],
            ["guide.id"],
            name=op.f("fk_guide_topic_guide_id_guide"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("guide_id", "topic_code", name=op.f("pk_guide_topic")),
    )
    op.create_index(op.f("ix_guide_topic_topic_code"), "guide_topic", ["topic_code"])
    op.create_table(
        "guide_image",
        sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("pack_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("mime", sa.String(32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint(
            "mime IN ('image/png', 'image/jpeg', 'image/gif')", name=op.f("ck_guide_image_mime")
        ),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["guide_pack.id"],
            name=op.f("fk_guide_image_pack_id_guide_pack"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guide_image")),
        sa.UniqueConstraint("pack_id", "name", name=op.f("uq_guide_image_pack_id")),
    )
    op.create_table(
        "guide_favourite",
        sa.Column("guide_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["guide_id"],
            ["guide.id"],
            name=op.f("fk_guide_favourite_guide_id_guide"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("guide_id", name=op.f("pk_guide_favourite")),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE VIRTUAL TABLE guide_fts USING fts5({FTS_COLUMNS}, content='guide', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        create_fts_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("guide_fts_ai", "guide_fts_ad", "guide_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS guide_fts")
    op.drop_table("guide_favourite")
    op.drop_table("guide_image")
    op.drop_index(op.f("ix_guide_topic_topic_code"), table_name="guide_topic")
    op.drop_table("guide_topic")
    op.drop_index(op.f("ix_guide_pack_id"), table_name="guide")
    op.drop_table("guide")
    op.drop_table("guide_pack")
