"""Migration 0003 (accounts): existing users keep signing in and need no new password."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from enrollment_app.services import accounts, data_subject, registration
from tests.conftest import PASSWORD, SUPERVISOR, make_draft
from tests.storage.migration_helpers import (
    database_at,
    insert_device_and_supervisor,
    upgraded_from,
)

STAMP = "2026-01-05 08:00:00.000000"


def test_users_from_0002_upgrade_without_a_forced_password_change(data_dir: Path) -> None:
    path = database_at(data_dir, "0002")
    with sqlite3.connect(path) as connection:  # rows as a 0002 file holds them
        insert_device_and_supervisor(connection, STAMP, must_change_password_column=False)
    connection.close()

    with upgraded_from(data_dir, "0002") as db:  # the normal start migrates to the head
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
