"""Every row of every central table, to compare a database before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from enrollment_app.services.central import CentralOffice
from enrollment_app.sync.central_schema import SYNCED_TABLES, central_metadata


def dump(office: CentralOffice) -> dict[str, list[tuple[Any, ...]]]:
    with office.engine.connect() as connection:
        return {
            table.name: [tuple(row) for row in connection.execute(
                select(table).order_by(*table.primary_key.columns))]
            for table in central_metadata.sorted_tables
        }


def rows(office: CentralOffice, table: str) -> dict[str, dict[str, Any]]:
    """The rows of a synced table by id, as mappings."""
    synced = SYNCED_TABLES[table]
    with office.engine.connect() as connection:
        return {row.id: dict(row._mapping) for row in connection.execute(select(synced))}
