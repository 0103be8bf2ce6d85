"""Issue 10, item 6: groups, memberships, business units, owners and facilitation records
travel in bundles and merge at the central office; the same NIB from two devices is
listed as a possible duplicate unit, never merged; the target figures run on the central
database over every device's records. Runs on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from enrollment_app.services import facilitation, groups, targets
from enrollment_app.services.central import CentralOffice, Status
from enrollment_app.services.facilitation import FacilitationDraft
from enrollment_app.services.programs import program_id_for
from enrollment_app.sync.central_schema import central_possible_duplicate_units
from tests.central.devices import SimulatedDevice
from tests.central.dump import rows
from tests.umkm_records import make_group, make_unit, register

NIB = "9120123456789"
DAY = date(2026, 3, 2)
GAMPANG_KERJA = program_id_for("gampang-kerja-2026")
KPPI = program_id_for("kppi-2021")


def unit_trained(device: SimulatedDevice, serial: int, name: str) -> str:
    owner = register(device.ctx, serial, name)
    unit = make_unit(device.ctx, owner, name=f"Dapur {name}", nib=NIB)
    facilitation.record_facilitation(device.ctx, FacilitationDraft(
        kind="training_completed", occurred_on=date(2026, 2, 10), business_unit_id=unit,
        program_id=GAMPANG_KERJA, target_key="potensi_usaha"), today=DAY)
    return unit


def test_units_groups_and_records_merge_and_a_shared_nib_is_listed(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    cipondoh, larangan = registered
    first = unit_trained(cipondoh, 11, "Siti Aminah")
    second = unit_trained(larangan, 12, "Dewi Lestari")
    rina = register(cipondoh.ctx, 13, "Rina Wati")
    group = make_group(cipondoh.ctx)
    groups.add_member(cipondoh.ctx, group, rina, joined_on=date(2026, 1, 5), today=DAY)
    facilitation.record_facilitation(cipondoh.ctx, FacilitationDraft(
        kind="equipment", occurred_on=date(2026, 2, 15), group_id=group, program_id=KPPI,
        target_key="mesin_obras", details={"items": ["Mesin obras"], "signed_by": [rina]}),
        today=DAY)

    results = [office.import_verified(device.export_verified()) for device in registered]
    assert [r.status for r in results] == [Status.ACCEPTED, Status.ACCEPTED]
    assert results[1].possible_duplicates == 1
    units = rows(office, "business_units")
    assert {first, second} <= units.keys()  # both kept, not merged
    with office.engine.connect() as connection:
        listed = connection.execute(select(central_possible_duplicate_units)).one()
    assert listed.nib == NIB and {listed.unit_a, listed.unit_b} == {first, second}
    assert {listed.device_a, listed.device_b} == {cipondoh.device_id, larangan.device_id}

    assert group in rows(office, "groups") and len(rows(office, "group_members")) == 1
    assert len(rows(office, "business_owners")) == 2
    records = rows(office, "facilitations")
    assert len(records) == 3
    equipment = next(r for r in records.values() if r["kind"] == "equipment")
    assert equipment["details"]["signed_by"] == [rina]
    assert equipment["aid_handover_id"] in rows(office, "aid_handovers")
    stats = office.stats().counts
    assert (stats["groups"], stats["business_units"], stats["facilitations"]) == (1, 2, 3)

    # The city-wide figures: two units (one per device), one group.
    city = targets.central_program_targets(office, GAMPANG_KERJA)
    assert city.target("potensi_usaha").reached == 2
    assert targets.central_program_targets(office, KPPI).target("mesin_obras").reached == 1
    assert targets.program_targets(cipondoh.ctx, GAMPANG_KERJA).target(
        "potensi_usaha").reached == 1


def test_persons_and_events_are_counted_alike_on_the_central_database(
        office: CentralOffice, registered: list[SimulatedDevice]) -> None:
    """The JSON event name, the member-on-the-day join and the months work on SQLite and
    PostgreSQL alike: the central figures equal the device's."""
    from enrollment_app.storage.models import Program

    device = registered[0]
    program = Program(code="uji-acara", name="Program Uji", organiser="Bappeda", targets=[
        {"key": "acara", "label": "Acara", "count": 3, "unit": "events"},
        {"key": "anggota", "label": "Anggota", "count": 10, "unit": "persons"}])
    device.add(program)
    siti, rina = register(device.ctx, 21, "Siti Aminah"), register(device.ctx, 22, "Rina")
    group = make_group(device.ctx)
    groups.add_member(device.ctx, group, siti, joined_on=date(2026, 1, 5), today=DAY)
    left = groups.add_member(device.ctx, group, rina, joined_on=date(2026, 1, 5), today=DAY)
    groups.leave_group(device.ctx, left, date(2026, 2, 1), today=DAY)
    expo = {"event": "Tangerang Expo", "place": "Puspemkot", "level": "local"}
    for subject, day in (({"group_id": group}, date(2026, 2, 10)),
                         ({"participant_id": siti}, date(2026, 2, 10)),
                         ({"participant_id": rina}, date(2026, 1, 20))):
        for key in ("acara", "anggota"):
            facilitation.record_facilitation(device.ctx, FacilitationDraft(
                kind="exhibition", occurred_on=day, program_id=program.id, target_key=key,
                details=expo, **subject), today=DAY)
    office.import_verified(device.export_verified())

    here = targets.program_targets(device.ctx, program.id)
    city = targets.central_program_targets(office, program.id)
    assert city == here
    assert (city.target("acara").reached, city.target("anggota").reached) == (2, 2)
    assert dict(city.target("anggota").per_month) == {"2026-01": 1, "2026-02": 1}
