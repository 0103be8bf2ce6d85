"""Migration 0007 (candidates): a file at 0006 keeps its people and gains an empty
candidates table that a central update can fill and the registration can complete."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import select

from enrollment_app.domain.names import search_key
from enrollment_app.domain.nik import make_nik
from enrollment_app.services import accounts, candidates, registration
from enrollment_app.storage.models import Candidate, Program
from tests.conftest import PASSWORD, SUPERVISOR, VALID_NIK, make_draft
from tests.storage.migration_helpers import database_at, insert_device_and_supervisor, upgraded_from

STAMP = "2026-11-01 08:00:00.000000"


def test_a_file_at_0006_gains_the_candidates_table(data_dir: Path) -> None:
    path = database_at(data_dir, "0006")
    with sqlite3.connect(path) as connection:  # rows as a 0006 file holds them
        insert_device_and_supervisor(connection, STAMP)
        assert "candidates" not in {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    connection.close()

    with upgraded_from(data_dir, "0006") as db:
        ctx = accounts.sign_in(db, "device-1", SUPERVISOR, PASSWORD)
        assert registration.register_participant(ctx, make_draft(
            nik=make_nik("36.71.01", date(1990, 2, 15), "P", 2), full_name="Dewi Lestari"))
        program = Program(code="lama-2024", name="Program Lama", organiser="Dinas")
        with ctx.write() as session:
            session.add(program)
            session.flush()
            listed = Candidate(program_id=program.id, nik=VALID_NIK, full_name="Siti Aminah",
                               name_key=search_key("Siti Aminah"), kecamatan_code="36.71.01",
                               kelurahan_code="36.71.01.1001")
            session.add(listed)
        assert candidates.find_open_candidate(ctx, VALID_NIK) is not None
        person = candidates.register_candidate(ctx, listed.id, make_draft())
        with ctx.read() as session:
            marked = session.scalar(select(Candidate))
            assert marked is not None and (marked.status, marked.participant_id) == (
                "registered", person)
