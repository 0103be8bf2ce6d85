"""A field database full of linked rows upgrades: batch migrations rebuild tables that
other rows point at (0005 rebuilds ``programs``, which classes and applications name)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.migrate import HEAD_REVISION, current_revision, upgrade_database

FILLERS = {"INTEGER": 1, "BOOLEAN": 0, "DATE": "2026-03-02", "DATETIME": "2026-03-02 08:00:00",
           "JSON": "{}", "BLOB": b""}


def insert(connection: sqlite3.Connection, table: str, **given: Any) -> None:
    """A row with ``given`` values and a placeholder in every other required column."""
    values = dict(given)
    for _cid, name, kind, notnull, default, _pk in connection.execute(
            f"PRAGMA table_info({table})"):
        if name not in values and notnull and default is None:
            values[name] = FILLERS.get(str(kind).split("(")[0].upper(), "x")
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    connection.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                       tuple(values.values()))


def test_a_database_with_classes_of_a_program_upgrades_from_0004(data_dir: Path) -> None:
    old = Database.open(data_dir, migrate=False)
    upgrade_database(old.engine, None, None, target="0004")
    old.close()
    connection = sqlite3.connect(database_path(data_dir), isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    insert(connection, "programs", id="p1", code="PRG-1")
    insert(connection, "classes", id="c1", program_id="p1")
    connection.close()

    upgraded = Database.open(data_dir)
    try:
        assert current_revision(upgraded.engine) == HEAD_REVISION
        with upgraded.engine.connect() as check:
            assert check.exec_driver_sql("SELECT program_id FROM classes").scalar() == "p1"
            assert check.exec_driver_sql("SELECT count(*) FROM programs").scalar() == 1
            assert check.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        upgraded.close()
