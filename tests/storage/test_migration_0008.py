"""Migration 0008 (facilitations): a file at 0007 keeps its business units, which get an
empty set of permit numbers, and gains the facilitation table the targets count from."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from enrollment_app.services import accounts, business_units, facilitation, programs, targets
from enrollment_app.services.facilitation import FacilitationDraft
from enrollment_app.services.programs import program_id_for
from tests.conftest import PASSWORD, SUPERVISOR
from tests.storage.migration_helpers import database_at, insert_device_and_supervisor, upgraded_from
from tests.umkm_records import register

STAMP = "2026-11-01 08:00:00.000000"
OLD_UNIT = "unit-0007"


def test_a_file_at_0007_keeps_its_units_and_gains_facilitations(data_dir: Path) -> None:
    path = database_at(data_dir, "0007")
    with sqlite3.connect(path) as connection:  # rows as a 0007 file holds them
        insert_device_and_supervisor(connection, STAMP)
        connection.execute(
            "INSERT INTO business_units (id, origin_device_id, version, change_seq, "
            "created_at, created_by, updated_at, updated_by, name, nib, sector, scale, "
            "street, kecamatan_code, kelurahan_code, year_started, products, turnover_band, "
            "permits) VALUES (?, 'device-1', 2, 2, ?, 'user-1', ?, 'user-1', 'Dapur Lama', "
            "'9120123456789', 'kuliner', 'mikro', 'Jl. Mawar 1', '36.71.01', "
            "'36.71.01.1001', 2015, 'Kue', 'lt_5jt', 'pirt')", (OLD_UNIT, STAMP, STAMP))
    connection.close()

    with upgraded_from(data_dir, "0007") as db:
        ctx = accounts.sign_in(db, "device-1", SUPERVISOR, PASSWORD)
        old = business_units.get_unit(ctx, OLD_UNIT)
        assert (old.name, old.nib, old.permits, dict(old.permit_numbers), old.version) == (
            "Dapur Lama", "9120123456789", ("pirt",), {}, 2)
        assert old.owners == ()

        programs.seed_catalog(ctx)
        facilitation.record_facilitation(ctx, FacilitationDraft(
            kind="training_completed", occurred_on=date(2026, 2, 1),
            participant_id=register(ctx, 1), program_id=program_id_for("gampang-kerja-2026"),
            target_key="ekraf_umkm"), today=date(2026, 3, 1))
        assert targets.program_targets(ctx, program_id_for("gampang-kerja-2026")).target(
            "ekraf_umkm").reached == 1
