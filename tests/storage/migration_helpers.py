"""Shared steps of the migration tests: build a database file at an older revision, put
rows in it the way that revision holds them, then open it normally (which upgrades it)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from enrollment_app.services import accounts
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import create_sqlite_engine
from enrollment_app.storage.migrate import upgrade_database
from tests.conftest import PASSWORD, SUPERVISOR


def database_at(data_dir: Path, revision: str) -> Path:
    """Create the data directory's database file at `revision` and return its path."""
    path = database_path(data_dir)
    engine = create_sqlite_engine(path)
    upgrade_database(engine, path, backups_dir(data_dir), target=revision)
    engine.dispose()
    return path


def insert_device_and_supervisor(connection: sqlite3.Connection, stamp: str, *,
                                 must_change_password_column: bool = True) -> None:
    """Insert 'device-1' and its supervisor 'user-1' (SUPERVISOR / PASSWORD) with raw SQL.

    Files before 0003 have no users.must_change_password column: pass
    `must_change_password_column=False` for them."""
    connection.execute(
        "INSERT INTO device (id, name, team, created_at, is_central, settings) "
        "VALUES ('device-1', 'Tim Lama', '', ?, 0, '{}')", (stamp,))
    if must_change_password_column:
        connection.execute(
            "INSERT INTO users (id, origin_device_id, version, change_seq, created_at, "
            "created_by, updated_at, updated_by, username, full_name, role, password_hash, "
            "active, failed_logins, must_change_password) VALUES ('user-1', 'device-1', 1, "
            "1, ?, 'user-1', ?, 'user-1', ?, 'Rina', 'supervisor', ?, 1, 0, 0)",
            (stamp, stamp, SUPERVISOR, accounts.hash_password(PASSWORD)))
    else:
        connection.execute(
            "INSERT INTO users (id, origin_device_id, version, change_seq, created_at, "
            "created_by, updated_at, updated_by, username, full_name, role, password_hash, "
            "active, failed_logins) VALUES ('user-1', 'device-1', 1, 1, ?, 'user-1', ?, "
            "'user-1', ?, 'Rina', 'supervisor', ?, 1, 0)",
            (stamp, stamp, SUPERVISOR, accounts.hash_password(PASSWORD)))


@contextmanager
def upgraded_from(data_dir: Path, revision: str) -> Iterator[Database]:
    """Open the data directory normally (migrating it to the head), check that the
    migration started at `revision`, and close the database afterwards."""
    db = Database.open(data_dir)
    try:
        assert db.migration is not None and db.migration.from_revision == revision, (
            db.migration)
        yield db
    finally:
        db.close()
