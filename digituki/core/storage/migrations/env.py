"""Alembic environment: always run programmatically by digituki.core.storage.migrate.

The caller passes an open connection (already inside a transaction) in
`config.attributes["connection"]`, so the whole upgrade is one transaction.
"""

from __future__ import annotations

from alembic import context

from digituki.core.storage.orm import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs the alembic CLI
    raise RuntimeError("Digituki migrations run from the app: digituki self-test / the app start")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
