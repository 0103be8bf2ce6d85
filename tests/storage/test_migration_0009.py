"""Migration 0009 (participants.redacted_at): a file at 0008 keeps its people, none of
them redacted, and the search index still follows name changes (the table was altered
in place, its FTS triggers kept)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from enrollment_app.services import accounts
from enrollment_app.services.participant_search import SearchQuery, count_participants
from enrollment_app.storage.models import Participant
from tests.conftest import PASSWORD, SUPERVISOR, make_draft
from tests.storage.migration_helpers import database_at, insert_device_and_supervisor, upgraded_from

STAMP = "2026-11-01 08:00:00.000000"


def test_a_file_at_0008_keeps_its_people_unredacted(data_dir: Path) -> None:
    path = database_at(data_dir, "0008")
    draft = make_draft()
    with sqlite3.connect(path) as connection:  # rows as a 0008 file holds them
        insert_device_and_supervisor(connection, STAMP)
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

    with upgraded_from(data_dir, "0008") as db:
        ctx = accounts.sign_in(db, "device-1", SUPERVISOR, PASSWORD)
        with ctx.write() as session:
            person = session.get(Participant, "person-1")
            assert person is not None and person.redacted_at is None
            assert (person.full_name, person.nik, person.version) == ("Siti Aminah",
                                                                      draft.nik, 1)
            person.name_key = "siti rahayu"
        assert count_participants(db, SearchQuery(text="rahayu")) == 1
        assert count_participants(db, SearchQuery(text="aminah")) == 0
