"""Records the central office cannot store are refused whole; the schema grows with the
device models; bundles given out of order are imported in each device's order."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select

from enrollment_app.services.central import CentralOffice, Status, import_order
from enrollment_app.services.program_dashboard import central_tables, figures_query
from enrollment_app.storage.models import Participant
from enrollment_app.sync.bundle_types import BundleRecord, VerifiedBundle
from enrollment_app.sync.central_schema import central_conflicts, upgrade_central_schema
from tests.central.devices import SimulatedDevice
from tests.central.dump import dump


def edited(bundle: VerifiedBundle, change: Callable[[BundleRecord], BundleRecord]
           ) -> VerifiedBundle:
    records = [change(record) for record in bundle.records()]
    return dataclasses.replace(bundle, records=lambda: iter(records))


def on_participants(**values: Any) -> Callable[[BundleRecord], BundleRecord]:
    def change(record: BundleRecord) -> BundleRecord:
        if record.table != "participants":
            return record
        merged = {**record.values, **values}
        return BundleRecord(record.table, {k: v for k, v in merged.items() if v != "DROP"},
                            record.base_version)
    return change


def renamed_table(record: BundleRecord) -> BundleRecord:
    return BundleRecord("spaceships" if record.table == "participants" else record.table,
                        record.values, record.base_version)


@pytest.mark.parametrize(("change", "code"), [
    (renamed_table, "unknown_table"),
    (on_participants(favourite_colour="blue"), "unknown_column"),
    (on_participants(birth_date="15-02-1990"), "bad_record"),
    (on_participants(version="two"), "bad_record"),
    (on_participants(origin_device_id="DROP"), "bad_record"),
    (on_participants(created_at="yesterday"), "bad_record"),
], ids=["unknown table", "unknown column", "unreadable date", "unreadable version",
        "no origin", "unreadable timestamp"])
def test_records_this_office_cannot_store_refuse_the_whole_bundle(
        sqlite_office: CentralOffice, devices: list[SimulatedDevice],
        change: Callable[[BundleRecord], BundleRecord], code: str) -> None:
    device = devices[0]
    sqlite_office.register_device(device.name, device_id=device.device_id)
    device.register(full_name="Sri Wahyuni")
    before = dump(sqlite_office)
    result = sqlite_office.import_verified(edited(device.export_verified(), change))
    assert (result.status, result.code) == (Status.REJECTED, code)
    assert dump(sqlite_office) == before


def test_a_conflict_sent_twice_is_listed_once(sqlite_office: CentralOffice,
                                              devices: list[SimulatedDevice]) -> None:
    cipondoh, larangan = devices
    for device in devices:
        sqlite_office.register_device(device.name, device_id=device.device_id)
    person = cipondoh.register(full_name="Ratna Sari")
    sqlite_office.import_verified(cipondoh.export_verified())
    from tests.central.test_merge import receive

    receive(larangan, cipondoh, person)
    cipondoh.edit(Participant, person, phone="081211112222")
    larangan.edit(Participant, person, phone="081233334444")
    sqlite_office.import_verified(cipondoh.export_verified())
    first = larangan.export_verified()
    assert sqlite_office.import_verified(first).conflicts == 1
    # The same copy again, in a later bundle (as a device re-sending it would).
    larangan.exported_versions[person] = 1
    larangan.exported_to = 0
    again = larangan.export_verified()
    assert sqlite_office.import_verified(again).status is Status.ACCEPTED
    with sqlite_office.engine.connect() as connection:
        assert len(connection.execute(select(central_conflicts)).all()) == 1


def test_the_schema_gains_columns_a_newer_version_added(tmp_path: Path) -> None:
    office = CentralOffice(f"sqlite+pysqlite:///{tmp_path / 'central.sqlite'}",
                           tmp_path / "keys")
    office.initialize()
    with office.engine.begin() as connection:  # as an older version made it
        connection.exec_driver_sql("ALTER TABLE participants DROP COLUMN notes")
    assert "notes" not in {c["name"] for c in inspect(office.engine).get_columns(
        "participants")}
    assert upgrade_central_schema(office.engine) == ["participants.notes"]
    assert upgrade_central_schema(office.engine) == []
    office.close()


def test_bundles_are_imported_in_each_devices_order(sqlite_office: CentralOffice,
                                                   devices: list[SimulatedDevice],
                                                   tmp_path: Path) -> None:
    device = devices[0]
    sqlite_office.register_device(device.name, device_id=device.device_id)
    recipient = sqlite_office.keys().encryption_key.public_key()
    files = []
    for name in ("Ani Suryani", "Budi Santoso", "Citra Lestari"):
        device.register(full_name=name, nik=None)
        files.append(device.export_file(tmp_path / "usb", recipient))
    junk = tmp_path / "usb" / "notes.bundle"
    junk.write_text("not a bundle")
    assert import_order([files[2], junk, files[0], files[1]]) == [*files, junk]
    assert import_order([tmp_path / "usb"]) == [*files, junk]
    results = sqlite_office.import_files([files[2], files[0], files[1]])
    assert [r.sequence for r in results] == [1, 2, 3]
    assert all(r.status is Status.ACCEPTED and not r.warnings for r in results)


def test_verify_reports_gaps_and_refusals_without_writing(
        sqlite_office: CentralOffice, devices: list[SimulatedDevice], tmp_path: Path) -> None:
    device, stranger = devices
    sqlite_office.register_device(device.name, device_id=device.device_id)
    recipient = sqlite_office.keys().encryption_key.public_key()
    files = []
    for name in ("Ani Suryani", "Budi Santoso", "Citra Lestari"):
        device.register(full_name=name, nik=None)
        files.append(device.export_file(tmp_path / "usb", recipient))
    stranger.register()
    unknown = stranger.export_file(tmp_path / "usb", recipient)
    sqlite_office.import_file(files[0])
    before = dump(sqlite_office)
    third = sqlite_office.verify_file(files[2])
    assert third.status is Status.VERIFIED and third.missing_sequences == [2]
    assert sqlite_office.verify_file(files[0]).status is Status.ALREADY_IMPORTED
    assert sqlite_office.verify_file(unknown).code == "unknown_device"
    assert dump(sqlite_office) == before


def test_an_older_central_database_gains_the_dashboard_index(tmp_path: Path) -> None:
    office = CentralOffice(f"sqlite+pysqlite:///{tmp_path / 'central.sqlite'}",
                           tmp_path / "keys")
    office.initialize()
    name = "ix_applications_program_id_kecamatan_code_status_deleted_at"
    with office.engine.begin() as connection:  # as a version before the index made it
        connection.exec_driver_sql(f"DROP INDEX {name}")
    assert upgrade_central_schema(office.engine) == [name]
    assert upgrade_central_schema(office.engine) == []
    query = figures_query("some-program", central_tables())
    with office.engine.connect() as connection:
        plan = " ".join(str(row[-1]) for row in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(query.compile(
                connection, compile_kwargs={"literal_binds": True}))))
    assert f"COVERING INDEX {name}" in plan, plan
    office.close()
