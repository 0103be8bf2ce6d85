"""Alembic environment: always run programmatically with a connection supplied."""

from __future__ import annotations

from alembic import context

from enrollment_app.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by misuse of the alembic CLI
    raise RuntimeError("run migrations through enrollment_app.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot alter columns in place
    compare_type=True,
    include_name=lambda name, kind, _parent: not (kind == "table" and name.startswith(
        "participants_fts")),
)
with context.begin_transaction():
    context.run_migrations()
