"""Migration 0003 (accounts): existing users keep signing in and need no new password."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from enrollment_app.services import accounts, data_subject, registration
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import create_sqlite_engine
from enrollment_app.storage.migrate import upgrade_database
from tests.conftest import PASSWORD, SUPERVISOR, make_draft

STAMP = "2026-01-05 08:00:00.000000"


def test_users_from_0002_upgrade_without_a_forced_password_change(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = create_sqlite_engine(path)
    upgrade_database(engine, path, backups_dir(data_dir), target="0002")
    engine.dispose()
    with sqlite3.connect(path) as connection:  # rows as a 0002 file holds them
        connection.execute(
            "INSERT INTO device (id, name, team, created_at, is_central, settings) "
            "VALUES ('device-1', 'Tim Lama', '', ?, 0, '{}')", (STAMP,))
        connection.execute(
            "INSERT INTO users (id, origin_device_id, version, change_seq, created_at, "
            "created_by, updated_at, updated_by, username, full_name, role, password_hash, "
            "active, failed_logins) VALUES ('user-1', 'device-1', 1, 1, ?, 'user-1', ?, "
            "'user-1', ?, 'Rina', 'supervisor', ?, 1, 0)",
            (STAMP, STAMP, SUPERVISOR, accounts.hash_password(PASSWORD)))
    connection.close()

    db = Database.open(data_dir)  # the normal start migrates to the head
    try:
        assert db.migration is not None and db.migration.from_revision == "0002"
        with sqlite3.connect(path) as connection:
            assert connection.execute(
                "SELECT username, must_change_password FROM users").fetchall() == [
                    (SUPERVISOR, 0)]
        connection.close()
        ctx = accounts.sign_in(db, "device-1", SUPERVISOR, PASSWORD)
        assert ctx.actor.user_id == "user-1"
        assert not accounts.must_change_password(db, "user-1")
        person = registration.register_participant(ctx, make_draft())
        assert data_subject.record_correction(ctx, person, request_text="Nama salah eja")
    finally:
        db.close()
