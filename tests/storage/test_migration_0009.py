"""Migration 0009 (participants.redacted_at): a file at 0008 keeps its people, none of
them redacted, and the search index still follows name changes (the table was altered
in place, its FTS triggers kept)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from enrollment_app.services import accounts
from enrollment_app.services.participant_search import SearchQuery, count_participants
from enrollment_app.storage.data_dir import backups_dir, database_path
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import create_sqlite_engine
from enrollment_app.storage.migrate import upgrade_database
from enrollment_app.storage.models import Participant
from tests.conftest import PASSWORD, SUPERVISOR, make_draft

STAMP = "2026-11-01 08:00:00.000000"


def test_a_file_at_0008_keeps_its_people_unredacted(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = create_sqlite_engine(path)
    upgrade_database(engine, path, backups_dir(data_dir), target="0008")
    engine.dispose()
    draft = make_draft()
    with sqlite3.connect(path) as connection:  # rows as a 0008 file holds them
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
            "INSERT INTO participants (id, origin_device_id, version, change_seq, created_at,"
            " created_by, updated_at, updated_by, nik, kk, full_name, name_key, sex, "
            "birth_place, birth_date, street, rt, rw, kecamatan_code, kelurahan_code, "
            "outside_city, outside_region, phone, education, employment, marital_status, "
            "household_role, registry_status, desil, assistance, disability, consent_at, "
            "consent_by, consent_purpose, confirmed_warnings, notes) VALUES ('person-1', "
            "'device-1', 1, 2, ?, 'user-1', ?, 'user-1', ?, '', 'Siti Aminah', "
            "'siti aminah', 'P', 'Tangerang', '1990-02-15', '', '', '', '36.71.01', "
            "'36.71.01.1001', 0, '', '', '', '', '', '', 'none', NULL, '', 'none', ?, "
            "'user-1', 'pelatihan', '', '')", (STAMP, STAMP, draft.nik, STAMP))
    connection.close()

    db = Database.open(data_dir)
    try:
        assert db.migration is not None and db.migration.from_revision == "0008"
        ctx = accounts.sign_in(db, "device-1", SUPERVISOR, PASSWORD)
        with ctx.write() as session:
            person = session.get(Participant, "person-1")
            assert person is not None and person.redacted_at is None
            assert (person.full_name, person.nik, person.version) == ("Siti Aminah",
                                                                      draft.nik, 1)
            person.name_key = "siti rahayu"
        assert count_participants(db, SearchQuery(text="rahayu")) == 1
        assert count_participants(db, SearchQuery(text="aminah")) == 0
    finally:
        db.close()
