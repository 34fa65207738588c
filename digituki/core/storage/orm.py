"""SQLAlchemy 2 typed ORM models. One declarative base; each capability's tables in its section."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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


# --- guides (see core/services/guides.py; the FTS5 index is created by migration 0004) ---------


class GuidePack(Base):
    """A set of guides that arrived together: the built-in pack, an imported pack, or "local"."""

    __tablename__ = "guide_pack"
    __table_args__ = (
        CheckConstraint("source IN ('builtin', 'imported', 'local')", name="source"),
        CheckConstraint("version >= 0", name="version"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Guide(Base):
    """One guide in one language; (slug, language) is unique across all packs."""

    __tablename__ = "guide"
    __table_args__ = (
        UniqueConstraint("slug", "language"),
        CheckConstraint("language IN ('fi', 'sv', 'en')", name="language"),
        CheckConstraint("version >= 1", name="version"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pack_id: Mapped[str] = mapped_column(
        ForeignKey("guide_pack.id", ondelete="CASCADE"), nullable=False, index=True
    )
    slug: Mapped[str] = mapped_column(String(80), nullable=False)
    language: Mapped[str] = mapped_column(String(2), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False)
    service: Mapped[str] = mapped_column(String(200), nullable=False)
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    reviewed: Mapped[dt.date] = mapped_column(Date, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    local_edit: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class GuideTopic(Base):
    __tablename__ = "guide_topic"

    guide_id: Mapped[int] = mapped_column(
        ForeignKey("guide.id", ondelete="CASCADE"), primary_key=True
    )
    topic_code: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class GuideImage(Base):
    """An image of a pack; guides refer to it by its path inside the pack."""

    __tablename__ = "guide_image"
    __table_args__ = (
        UniqueConstraint("pack_id", "name"),
        CheckConstraint("mime IN ('image/png', 'image/jpeg', 'image/gif')", name="mime"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pack_id: Mapped[str] = mapped_column(
        ForeignKey("guide_pack.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    mime: Mapped[str] = mapped_column(String(32), nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class GuideFavourite(Base):
    """The point's favourite guides (shared by every desk on the same database)."""

    __tablename__ = "guide_favourite"

    guide_id: Mapped[int] = mapped_column(
        ForeignKey("guide.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
