"""Statistics by month, kept instead of recomputed (issue 14).

`stats_month` holds, per month, the result rows of the statistics' GROUP BY queries for that month
alone (`services.stats`); a period's statistics are the sum of its months. The table is a cache:
``content`` is NULL (or the row absent) until the month is first read, and every write that can
change a month's counts bumps ``version`` and clears ``content`` — done by TRIGGERS here, so that
every path counts (ORM, Core bulk statements, another desk on a shared PostgreSQL server, an
undo, a delete), and no service has to remember it. A reader stores what it computed only if the
``version`` it read first is still current, so a write racing with the rebuild never leaves stale
counts behind.

Months are those of `help_session.session_date`, `turned_away.day`, `volunteer_shift.day` and,
for bookings (counted by Helsinki month of `slot_start`, stored in UTC), both the UTC month and the
month of UTC + 3 h, which covers the Helsinki month at either offset. Topic links bump their
session's month.

Existing databases start with an empty table: the first read of a month builds it (the same
queries as before, one month at a time), so the migration itself stays instant.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# (table, trigger name part, the month expression(s) per row alias, UPDATE OF columns or None)
_SQLITE_MONTH = {
    "help_session": ["substr({r}.session_date, 1, 7)"],
    "turned_away": ["substr({r}.day, 1, 7)"],
    "volunteer_shift": ["substr({r}.day, 1, 7)"],
    "booking": [
        "substr({r}.slot_start, 1, 7)",
        "strftime('%Y-%m', datetime({r}.slot_start, '+3 hours'))",
    ],
}
_PG_MONTH = {
    "help_session": ["to_char({r}.session_date, 'YYYY-MM')"],
    "turned_away": ["to_char({r}.day, 'YYYY-MM')"],
    "volunteer_shift": ["to_char({r}.day, 'YYYY-MM')"],
    "booking": [
        "to_char({r}.slot_start, 'YYYY-MM')",
        "to_char({r}.slot_start + interval '3 hours', 'YYYY-MM')",
    ],
}
_UPDATE_OF = {"booking": "status, slot_start"}

_BUMP = (
    "INSERT INTO stats_month (month, version) SELECT {month}, 1 WHERE {month} IS NOT NULL "
    "ON CONFLICT (month) DO UPDATE SET version = stats_month.version + 1, content = NULL"
)
_TOPIC_MONTH_SQLITE = (
    "(SELECT substr(session_date, 1, 7) FROM help_session WHERE id = {r}.session_id)"
)
_TOPIC_MONTH_PG = (
    "(SELECT to_char(session_date, 'YYYY-MM') FROM help_session WHERE id = {r}.session_id)"
)


def _sqlite_triggers() -> list[str]:
    statements = []
    months = dict(_SQLITE_MONTH, help_session_topic=[_TOPIC_MONTH_SQLITE])
    for table, expressions in months.items():
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            of = f" OF {_UPDATE_OF[table]}" if event == "UPDATE" and table in _UPDATE_OF else ""
            body = " ".join(
                _BUMP.format(month=e.format(r=r)) + ";" for r in rows for e in expressions
            )
            statements.append(
                f"CREATE TRIGGER stats_month_{table}_{event.lower()} AFTER {event}{of} ON {table} "
                f"FOR EACH ROW BEGIN {body} END"
            )
    return statements


def _pg_triggers() -> list[str]:
    statements = []
    months = dict(_PG_MONTH, help_session_topic=[_TOPIC_MONTH_PG])
    for table, expressions in months.items():
        bump_new = " ".join(_BUMP.format(month=e.format(r="NEW")) + ";" for e in expressions)
        bump_old = " ".join(_BUMP.format(month=e.format(r="OLD")) + ";" for e in expressions)
        statements.append(
            f"CREATE FUNCTION stats_month_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP IN ('INSERT', 'UPDATE') THEN {bump_new} END IF; "
            f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {bump_old} END IF; "
            "RETURN NULL; END $$"
        )
        of = f" OF {_UPDATE_OF[table]}" if table in _UPDATE_OF else ""
        statements.append(
            f"CREATE TRIGGER stats_month_{table} AFTER INSERT OR UPDATE{of} OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION stats_month_{table}()"
        )
    return statements


TABLES = (*_SQLITE_MONTH, "help_session_topic")


def upgrade() -> None:
    op.create_table(
        "stats_month",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("content", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_stats_month")),
    )
    dialect = op.get_bind().dialect.name
    for statement in _pg_triggers() if dialect == "postgresql" else _sqlite_triggers():
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS stats_month_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS stats_month_{table}()")
        else:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS stats_month_{table}_{event}")
    op.drop_table("stats_month")
