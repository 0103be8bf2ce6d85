"""Merging device bundles at the central office: the union of two laptops' work, re-imports,
concurrent edits, duplicate people, tombstones and the device's bundle chain.

Runs on SQLite and on a real PostgreSQL server (the ``office`` fixture is parametrized).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from enrollment_app.services.central import CentralOffice, Status
from enrollment_app.storage.models import Participant
from enrollment_app.sync.central_import import Decision, decide
from enrollment_app.sync.central_schema import (
    SYNCED_TABLES,
    central_conflicts,
    central_possible_duplicates,
)
from enrollment_app.sync.record_codec import encode_row, exported_columns, synced_tables
from tests.central.devices import SimulatedDevice
from tests.central.dump import dump, rows


def device_rows(device: SimulatedDevice) -> dict[str, dict[str, dict]]:
    """Every synced row on a device, as the bundle encodes it, per table and id."""
    result: dict[str, dict[str, dict]] = {}
    with device.ctx.read() as session:
        for table in synced_tables():
            encoded = [encode_row(table.name, row) for row in
                       session.execute(select(*exported_columns(table)))]
            result[table.name] = {values["id"]: values for values in encoded}
    return result


def central_versions(office: CentralOffice) -> dict[str, dict[str, int]]:
    with office.engine.connect() as connection:
        return {name: dict(connection.execute(select(table.c.id, table.c.version)).all())
                for name, table in SYNCED_TABLES.items()}


NAMES = ("Ani", "Budi", "Citra", "Dedi", "Eka", "Fitri")


def field_work(device: SimulatedDevice, people: int, *, kecamatan: str) -> None:
    """Register people, interview them and mark their attendance in one class."""
    program_id, _class_id, session_id = device.program_with_class()
    for number in range(people):
        person = device.register(full_name=f"{device.name[7:]} {NAMES[number]}",
                                 kecamatan=kecamatan, birth=date(1990, 1, 1 + number))
        device.interview_and_attend(person, program_id, session_id)


def test_two_devices_end_with_exactly_the_union(office: CentralOffice,
                                                registered: list[SimulatedDevice]) -> None:
    cipondoh, larangan = registered
    field_work(cipondoh, 3, kecamatan="36.71.03")
    field_work(larangan, 2, kecamatan="36.71.07")
    results = [office.import_verified(device.export_verified()) for device in registered]

    assert [r.status for r in results] == [Status.ACCEPTED, Status.ACCEPTED]
    assert results[0].merged["participants"]["inserted"] == 3
    assert results[1].merged["attendance_marks"]["inserted"] == 2
    expected: dict[str, dict[str, int]] = {name: {} for name in SYNCED_TABLES}
    for device in registered:
        for table, by_id in device_rows(device).items():
            expected[table].update({rid: values["version"] for rid, values in by_id.items()})
    assert central_versions(office) == expected
    stats = office.stats().as_json()
    assert stats["counts"]["participants"] == 5
    assert stats["counts"]["interviews"] == 5 and stats["counts"]["attendance_marks"] == 5
    assert stats["per_kecamatan"]["Batuceper"] == 3  # 36.71.03
    assert stats["per_kecamatan"]["Karawaci"] == 2  # 36.71.07
    # Values arrive as they were on the device, e.g. a participant's name and birth date.
    person_id = cipondoh.participant_ids()[0]
    with cipondoh.ctx.read() as session:
        original = session.get(Participant, person_id)
    central = rows(office, "participants")[person_id]
    assert (central["full_name"], central["birth_date"]) == (original.full_name,
                                                             original.birth_date)
    assert central["consent_at"] == original.consent_at


def test_importing_the_same_bundle_again_changes_nothing(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    device = registered[0]
    field_work(device, 2, kecamatan="36.71.01")
    bundle = device.export_verified()
    assert office.import_verified(bundle).status is Status.ACCEPTED
    before = dump(office)
    again = office.import_verified(bundle)
    assert again.status is Status.ALREADY_IMPORTED
    assert "nothing was changed" in again.reason()
    assert dump(office) == before


def test_a_clean_update_is_applied_and_a_tombstone_honoured(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    device = registered[0]
    person = device.register(full_name="Dewi Lestari")
    office.import_verified(device.export_verified())
    device.edit(Participant, person, phone="081299998888")
    update = office.import_verified(device.export_verified())
    assert update.merged["participants"] == {"inserted": 0, "updated": 1, "unchanged": 0,
                                             "stale": 0, "conflicts": 0}
    assert rows(office, "participants")[person]["phone"] == "081299998888"
    device.delete(Participant, person)
    office.import_verified(device.export_verified())
    central = rows(office, "participants")[person]
    assert central["deleted_at"] is not None and central["version"] == 3
    assert office.stats().counts["participants"] == 0


def receive(device: SimulatedDevice, source: SimulatedDevice, person_id: str) -> None:
    """``device`` gets ``source``'s participant as a roster would bring it (version 1)."""
    with source.ctx.read() as session:
        original = session.get(Participant, person_id)
        values = {c.key: getattr(original, c.key) for c in Participant.__table__.columns}
    device.add(Participant(**values))
    device.exported_versions[person_id] = 1


def test_concurrent_edits_of_one_record_are_kept_as_a_conflict(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    cipondoh, larangan = registered
    person = cipondoh.register(full_name="Ratna Sari")
    office.import_verified(cipondoh.export_verified())
    receive(larangan, cipondoh, person)
    cipondoh.edit(Participant, person, phone="081211112222")
    larangan.edit(Participant, person, phone="081233334444", street="Jl. Kenanga 9")
    first = office.import_verified(cipondoh.export_verified())
    second = office.import_verified(larangan.export_verified())

    assert first.merged["participants"]["updated"] == 1
    assert second.status is Status.ACCEPTED and second.conflicts == 1
    assert rows(office, "participants")[person]["phone"] == "081211112222"  # kept
    with office.engine.connect() as connection:
        conflict = connection.execute(select(central_conflicts)).one()
    assert (conflict.record_id, conflict.from_device_id) == (person, larangan.device_id)
    assert (conflict.central_version, conflict.incoming_version,
            conflict.base_version) == (2, 2, 1)
    assert conflict.central_values["phone"] == "081211112222"
    assert conflict.incoming_values["phone"] == "081233334444"
    assert conflict.changed_fields == ["street", "phone"] or set(
        conflict.changed_fields) == {"street", "phone"}


def test_the_same_nik_on_two_devices_is_listed_never_merged(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    cipondoh, larangan = registered
    nik = "3671015502900001"
    first = cipondoh.register(nik=nik, full_name="Siti Aminah")
    second = larangan.register(nik=nik, full_name="Siti Aminah")
    office.import_verified(cipondoh.export_verified())
    result = office.import_verified(larangan.export_verified())

    assert result.possible_duplicates == 1
    people = rows(office, "participants")
    assert {first, second} <= people.keys()  # both kept
    with office.engine.connect() as connection:
        listed = connection.execute(select(central_possible_duplicates)).one()
    assert listed.nik == nik
    assert {listed.participant_a, listed.participant_b} == {first, second}
    assert {listed.device_a, listed.device_b} == {cipondoh.device_id, larangan.device_id}
    # A later bundle touching the same person does not list the pair again.
    larangan.edit(Participant, second, phone="081277776666")
    assert office.import_verified(larangan.export_verified()).possible_duplicates == 0
    with office.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(
            central_possible_duplicates)) == 1


def test_a_gap_in_the_sequence_is_reported_and_filled_later(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    device = registered[0]
    bundles = []
    for number in range(3):
        device.register(full_name=f"Peserta {NAMES[number]}", birth=date(1991, 3, 1 + number))
        bundles.append(device.export_verified())
    office.import_verified(bundles[0])
    third = office.import_verified(bundles[2])
    assert third.status is Status.ACCEPTED
    assert third.missing_sequences == [2]
    assert "2" in third.warning_texts()[0]
    second = office.import_verified(bundles[1])
    assert second.status is Status.ACCEPTED and second.missing_sequences == []
    assert office.stats().counts["participants"] == 3


def test_an_older_copy_arriving_late_does_not_overwrite_a_newer_one(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    device = registered[0]
    person = device.register(full_name="Yuni")
    first = device.export_verified()
    device.edit(Participant, person, phone="081255554444")
    device.exported_versions.pop(person)  # a device that re-sends the whole row
    second = device.export_verified()
    office.import_verified(second)
    late = office.import_verified(first)
    assert late.merged["participants"]["stale"] == 1
    assert rows(office, "participants")[person]["phone"] == "081255554444"


def test_a_contradicting_chain_is_refused_and_changes_nothing(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    device = registered[0]
    device.register()
    office.import_verified(device.export_verified())
    device.register(nik="3671015502900002", full_name="Lain")
    device.previous_sha256 = "0" * 64  # not the hash of bundle 1
    before = dump(office)
    result = office.import_verified(device.export_verified())
    assert result.status is Status.REJECTED and result.code == "chain"
    assert dump(office) == before


def test_a_payload_failing_at_the_end_rolls_the_partial_merge_back(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    device = registered[0]
    field_work(device, 3, kecamatan="36.71.02")
    before = dump(office)
    result = office.import_verified(device.export_verified(damaged_tag=True))
    assert result.status is Status.REJECTED and result.code == "payload_tag"
    assert dump(office) == before


def test_unknown_devices_and_other_keys_are_refused(
        office: CentralOffice, registered: list[SimulatedDevice],
        devices: list[SimulatedDevice]) -> None:
    device = registered[0]
    device.register()
    office.import_verified(device.export_verified())
    before = dump(office)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    device.signing_key = Ed25519PrivateKey.generate()  # someone else's laptop
    device.register(nik="3671015502900003", full_name="Lain Lagi")
    other_key = office.import_verified(device.export_verified())
    assert other_key.code == "device_key_mismatch"
    assert dump(office) == before


def test_an_unregistered_device_is_refused(office: CentralOffice,
                                           devices: list[SimulatedDevice]) -> None:
    device = devices[0]
    device.register()
    before = dump(office)
    result = office.import_verified(device.export_verified())
    assert result.status is Status.REJECTED and result.code == "unknown_device"
    assert dump(office) == before


@pytest.mark.parametrize(
    ("central_version", "incoming_version", "base", "same_content", "same_writer",
     "expected"),
    [
        (1, 1, 0, True, True, Decision.UNCHANGED),  # the same bundle's row again
        (1, 2, 1, False, True, Decision.UPDATE),  # clean edit on top of what we have
        (1, 3, 2, False, True, Decision.UPDATE),  # fast-forward over a missing bundle
        (2, 2, 1, False, False, Decision.CONFLICT),  # two devices edited version 1
        (2, 3, 1, False, False, Decision.CONFLICT),
        (2, 2, 1, True, False, Decision.UNCHANGED),  # both made the same edit
        (3, 3, 3, False, False, Decision.STALE),  # re-sent, no edit since its base
        (3, 2, 0, False, True, Decision.STALE),  # an older bundle arriving late
        (3, 3, 2, False, True, Decision.CONFLICT),  # same writer, same version, other data
    ],
)
def test_how_an_existing_record_merges(central_version: int, incoming_version: int,
                                       base: int, same_content: bool, same_writer: bool,
                                       expected: Decision) -> None:
    current = {"version": central_version, "phone": "0812"}
    incoming = {"version": incoming_version, "phone": "0812" if same_content else "0813"}
    assert decide(current, incoming, base, same_writer=same_writer,
                  content=["phone"]) is expected
