"""Issue 6, item 7, end to end with the real pieces: the central office provisions two
laptops, each is set up from its provisioning file, registers people, interviews them
and marks their attendance, exports a bundle with the export service; the central import
of the two files ends with exactly the union of their records, and importing them again
changes nothing. Runs on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import select

from enrollment_app.services.central import CentralOffice, NewDeviceUser, Status
from enrollment_app.services.export import export_bundle
from enrollment_app.services.provisioning import set_up_from_provisioning
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import Participant
from enrollment_app.sync.central_schema import SYNCED_TABLES
from enrollment_app.sync.provisioning import read_provisioning_file
from enrollment_app.sync.record_codec import synced_tables
from tests.central.devices import SimulatedDevice
from tests.central.dump import dump, rows

PASSWORD = "sandi-rahasia-1"
NAMES = ("Ani Suryani", "Budi Santoso", "Citra Lestari", "Dedi Kurnia")


@pytest.fixture
def laptops(office: CentralOffice, tmp_path: Path) -> Iterator[list[SimulatedDevice]]:
    made = []
    for name, team in (("Laptop Cipondoh", "Tim A"), ("Laptop Larangan", "Tim B")):
        file = tmp_path / f"{name}.provisioning.json"
        office.provision_device(name, team, file,
                                users=[NewDeviceUser("rina", PASSWORD, "supervisor")])
        folder = tmp_path / name
        folder.mkdir()
        ctx = set_up_from_provisioning(Database.open(folder), read_provisioning_file(file),
                                       username="rina", password=PASSWORD)
        made.append(SimulatedDevice(ctx, name))
    yield made
    for device in made:
        device.close()


def made_here(device: SimulatedDevice) -> dict[str, dict[str, int]]:
    """id -> version of every row made or changed on the device (what it exports)."""
    result = {}
    with device.ctx.read() as session:
        for table in synced_tables():
            result[table.name] = dict(session.execute(
                select(table.c.id, table.c.version).where(table.c.change_seq > 0)).all())
    return result


def central_rows(office: CentralOffice) -> dict[str, dict[str, int]]:
    with office.engine.connect() as connection:
        return {name: dict(connection.execute(select(table.c.id, table.c.version)).all())
                for name, table in SYNCED_TABLES.items()}


def field_work(device: SimulatedDevice, kecamatan: str, people: int) -> None:
    program_id, _class_id, session_id = device.program_with_class()
    for number in range(people):
        person = device.register(full_name=NAMES[number], kecamatan=kecamatan,
                                 birth=date(1985, 5, 1 + number))
        device.interview_and_attend(person, program_id, session_id)


def export(device: SimulatedDevice, folder: Path) -> Path:
    result = export_bundle(device.ctx, folder)
    assert result.path is not None
    return result.path


def test_the_central_import_ends_with_exactly_the_union(
        office: CentralOffice, laptops: list[SimulatedDevice], tmp_path: Path) -> None:
    cipondoh, larangan = laptops
    field_work(cipondoh, "36.71.05", 3)
    field_work(larangan, "36.71.13", 4)
    usb = tmp_path / "usb"
    usb.mkdir()
    files = [export(device, usb) for device in laptops]

    expected = central_rows(office)  # what the office held already: the shipped catalog
    results = office.import_files(files)
    assert [r.status for r in results] == [Status.ACCEPTED, Status.ACCEPTED]
    for device in laptops:
        for table, versions in made_here(device).items():
            expected[table].update(versions)
    assert central_rows(office) == expected
    stats = office.stats()
    assert stats.counts["participants"] == 7 and stats.counts["attendance_marks"] == 7
    assert stats.per_kecamatan["Cipondoh"] == 3 and stats.per_kecamatan["Larangan"] == 4

    # Values survive the trip: JSON, times, booleans, dates, timestamps.
    interviews = rows(office, "interviews")
    assert {row["answers"]["motivasi"] for row in interviews.values()} == {4}
    marks = rows(office, "attendance_marks")
    assert {row["arrival_time"] for row in marks.values()} == {time(8, 55)}
    person = cipondoh.participant_ids()[0]
    with cipondoh.ctx.read() as session:
        original = session.get(Participant, person)
    central = rows(office, "participants")[person]
    for column in ("full_name", "birth_date", "outside_city", "consent_at", "created_at",
                   "desil", "origin_device_id"):
        assert central[column] == getattr(original, column), column
    # The laptops' keys were pinned from their first bundles.
    assert all(d["signing_public_key"] for d in office.devices())

    before = dump(office)
    again = office.import_files(files)
    assert [r.status for r in again] == [Status.ALREADY_IMPORTED] * 2
    assert dump(office) == before

    # The next daily bundle carries a correction: a clean update.
    cipondoh.edit(Participant, person, phone="081298765432")
    update = office.import_files([export(cipondoh, usb)])[0]
    assert update.status is Status.ACCEPTED and update.sequence == 2
    assert update.merged["participants"]["updated"] == 1 and update.conflicts == 0
    assert rows(office, "participants")[person]["phone"] == "081298765432"
