"""Migration 0005 (interview questions): programs at 0004 keep their data and get an
empty question set; the shipped catalog then fills in only what is missing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from enrollment_app.services import accounts, programs
from tests.conftest import PASSWORD, SUPERVISOR
from tests.storage.migration_helpers import database_at, insert_device_and_supervisor, upgraded_from

STAMP = "2026-11-01 08:00:00.000000"
OLD_PROGRAM = "prog-0004"


def test_programs_at_0004_upgrade_with_an_empty_question_set(data_dir: Path) -> None:
    path = database_at(data_dir, "0004")
    with sqlite3.connect(path) as connection:  # rows as a 0004 file holds them
        insert_device_and_supervisor(connection, STAMP)
        connection.execute(
            "INSERT INTO programs (id, origin_device_id, version, change_seq, created_at, "
            "created_by, updated_at, updated_by, code, name, organiser, period_start, "
            "period_end, description, requires_interview, eligibility, targets, "
            "completion_threshold, starter_package_top_n, active) VALUES (?, 'central', 3, "
            "2, ?, NULL, ?, NULL, 'lama-2024', 'Program Lama', 'Dinas Lama', '2024-01-01', "
            "'2024-12-31', 'dari pusat', 1, '{\"sex\": \"P\"}', '[]', 75, 2, 1)",
            (OLD_PROGRAM, STAMP, STAMP))
    connection.close()

    with upgraded_from(data_dir, "0004") as db:
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
