"""Migration 0005 (interview questions): programs at 0004 keep their data and get an
empty question set; the shipped catalog then fills in only what is missing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from enrollment_app.services import accounts, programs
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import create_sqlite_engine
from enrollment_app.storage.migrate import upgrade_database
from tests.conftest import PASSWORD, SUPERVISOR

STAMP = "2026-11-01 08:00:00.000000"
OLD_PROGRAM = "prog-0004"


def test_programs_at_0004_upgrade_with_an_empty_question_set(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = create_sqlite_engine(path)
    upgrade_database(engine, path, backups_dir(data_dir), target="0004")
    engine.dispose()
    with sqlite3.connect(path) as connection:  # rows as a 0004 file holds them
        connection.execute(
            "INSERT INTO device (id, name, team, created_at, is_central, settings) "
            "VALUES ('device-1', 'Tim Lama', '', ?, 0, '{}')", (STAMP,))
        connection.execute(
            "INSERT INTO users (id, origin_device_id, version, change_seq, created_at, "
            "created_by, updated_at, updated_by, username, full_name, role, password_hash, "
            "active, failed_logins, must_change_password) VALUES ('user-1', 'device-1', 1, "
            "1, ?, 'user-1', ?, 'user-1', ?, 'Rina', 'supervisor', ?, 1, 0, 0)",
            (STAMP, STAMP, SUPERVISOR, accounts.hash_password(PASSWORD)))
        connection.execute(
            "INSERT INTO programs (id, origin_device_id, version, change_seq, created_at, "
            "created_by, updated_at, updated_by, code, name, organiser, period_start, "
            "period_end, description, requires_interview, eligibility, targets, "
            "completion_threshold, starter_package_top_n, active) VALUES (?, 'central', 3, "
            "2, ?, NULL, ?, NULL, 'lama-2024', 'Program Lama', 'Dinas Lama', '2024-01-01', "
            "'2024-12-31', 'dari pusat', 1, '{\"sex\": \"P\"}', '[]', 75, 2, 1)",
            (OLD_PROGRAM, STAMP, STAMP))
    connection.close()

    db = Database.open(data_dir)
    try:
        assert db.migration is not None and db.migration.from_revision == "0004"
        old = programs.get_program(db, OLD_PROGRAM)
        assert (old.code, old.name, old.version, dict(old.eligibility)) == (
            "lama-2024", "Program Lama", 3, {"sex": "P"})
        assert (old.completion_threshold, old.starter_package_top_n) == (75, 2)
        assert old.interview_questions == ()

        ctx = accounts.sign_in(db, "device-1", SUPERVISOR, PASSWORD)
        assert programs.seed_catalog(ctx) > 0  # a device set up before the catalog shipped
        assert programs.get_program(db, OLD_PROGRAM).interview_questions == ()
        seeded = programs.get_program(db, "dinsos-2025")
        assert [q["key"] for q in seeded.interview_questions][:2] == [
            "motivation", "prior_experience"]
    finally:
        db.close()
