"""Business units (issue 10, item 2) and facilitation records (item 3): NIB checked at the
field, owners must be registered participants, the unit's whole history, a unit applying
to a program, and handovers to a group (bad input: a clear message, nothing written)."""

from __future__ import annotations

from datetime import date

import pytest

from enrollment_app.services import aid_handovers, business_units, facilitation, groups
from enrollment_app.services.business_units import OwnerDraft
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ValidationError
from enrollment_app.services.facilitation import FacilitationDraft
from enrollment_app.services.programs import program_id_for
from tests.umkm_records import make_group, make_unit, register, row_counts, unit_draft

DAY = date(2026, 3, 2)
GAMPANG_KERJA = program_id_for("gampang-kerja-2026")
KPPI = program_id_for("kppi-2021")


def refused(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.code for p in error.value.problems}


@pytest.mark.parametrize(("nib", "code"), [
    ("91201234567AB", "nib.not_digits"),  # letters
    ("912012345678", "nib.length"),  # 12 digits
    ("91201234567890", "nib.length"),  # 14 digits
    ("9.12012345678E+12", "nib.scientific"),  # from a spreadsheet number cell
])
def test_a_bad_nib_is_refused_at_the_nib_field_and_nothing_is_written(
        supervisor: ServiceContext, nib: str, code: str) -> None:
    owner = register(supervisor, 1)
    before = row_counts(supervisor)
    with pytest.raises(ValidationError) as error:
        business_units.create_unit(supervisor, unit_draft(owner, nib=nib))
    assert refused(error) == {"nib": code}
    assert "NIB" in error.value.problems[0].render()
    assert row_counts(supervisor) == before


@pytest.mark.parametrize(("nib", "stored"), [
    ("", ""),  # many micro-businesses have none yet
    ("9120123456789", "9120123456789"),
    (" 9120 1234 56789 ", "9120123456789"),
])
def test_a_good_or_missing_nib_is_stored(supervisor: ServiceContext, nib: str,
                                         stored: str) -> None:
    unit = make_unit(supervisor, register(supervisor, 1), nib=nib)
    assert business_units.get_unit(supervisor, unit).nib == stored


def test_a_nib_another_unit_has_is_refused(supervisor: ServiceContext) -> None:
    owner = register(supervisor, 1)
    make_unit(supervisor, owner, nib="9120123456789")
    before = row_counts(supervisor)
    with pytest.raises(ValidationError) as error:
        business_units.create_unit(supervisor, unit_draft(owner, name="Kue Basah",
                                                          nib="9120123456789"))
    assert refused(error) == {"nib": "nib.taken"}
    assert "Dapur Bu Siti" in error.value.problems[0].render()
    assert row_counts(supervisor) == before


@pytest.mark.parametrize(("owners", "expected"), [
    (["not-registered"], {"owners": "person.not_registered"}),
    ([], {"owners": "unit.no_owner"}),
])
def test_owners_must_be_registered_participants(supervisor: ServiceContext,
                                                owners: list[str],
                                                expected: dict[str, str]) -> None:
    register(supervisor, 1)
    before = row_counts(supervisor)
    with pytest.raises(ValidationError) as error:
        business_units.create_unit(supervisor, unit_draft(*owners))
    assert refused(error) == expected
    assert row_counts(supervisor) == before


def test_a_unit_with_two_owners_permits_and_an_edit(supervisor: ServiceContext) -> None:
    siti, dewi = register(supervisor, 1), register(supervisor, 2, "Dewi Lestari")
    unit = business_units.create_unit(supervisor, unit_draft(
        siti, dewi, scale="kecil", year_started=2019, products="Kue kering, keripik",
        turnover_band="5_25jt", permits=["pirt", "halal"],
        permit_numbers={"pirt": "2093671010123-25"}))
    info = business_units.get_unit(supervisor, unit)
    assert [o.full_name for o in info.owners] == ["Dewi Lestari", "Siti Aminah"]
    assert (info.scale, info.permits, dict(info.permit_numbers)) == (
        "kecil", ("halal", "pirt"), {"pirt": "2093671010123-25"})
    assert [u.name for u in business_units.units_of_participant(supervisor, dewi)] == [
        "Dapur Bu Siti"]

    business_units.edit_unit(supervisor, unit, unit_draft(
        siti, name="Dapur Bu Siti & Dewi", owners=[OwnerDraft(siti, "pemilik_bersama")]))
    info = business_units.get_unit(supervisor, unit)
    assert info.name == "Dapur Bu Siti & Dewi"
    assert [(o.full_name, o.role) for o in info.owners] == [("Siti Aminah", "pemilik_bersama")]
    assert business_units.units_of_participant(supervisor, dewi) == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"sector": "tambang"}, {"sector": "unit.sector"}),
    ({"scale": "raksasa"}, {"scale": "unit.scale"}),
    ({"year_started": 2027}, {"year_started": "unit.year"}),
    ({"permits": ["sim"]}, {"permits": "unit.permit"}),
    ({"permit_numbers": {"halal": "ID123"}}, {"permit_numbers.halal": "unit.permit_number"}),
])
def test_bad_unit_details_are_refused(supervisor: ServiceContext, changes: dict[str, object],
                                      expected: dict[str, str]) -> None:
    owner = register(supervisor, 1)
    with pytest.raises(ValidationError) as error:
        business_units.create_unit(supervisor, unit_draft(owner, **changes), today=DAY)
    assert refused(error) == expected


def test_a_unit_applies_and_its_whole_history_is_listed(supervisor: ServiceContext) -> None:
    owner = register(supervisor, 1)
    unit = make_unit(supervisor, owner)
    application = business_units.apply_to_program(supervisor, unit, GAMPANG_KERJA, today=DAY)
    with pytest.raises(business_units.UnitApplicationActiveError):
        business_units.apply_to_program(supervisor, unit, GAMPANG_KERJA, today=DAY)
    facilitation.record_facilitation(supervisor, FacilitationDraft(
        kind="training_completed", occurred_on=date(2026, 2, 10), business_unit_id=unit,
        program_id=GAMPANG_KERJA, target_key="potensi_usaha"), today=DAY)
    facilitation.record_facilitation(supervisor, FacilitationDraft(
        kind="exhibition", occurred_on=date(2026, 2, 20), business_unit_id=unit,
        program_id=GAMPANG_KERJA, target_key="pameran",
        details={"event": "Tangerang Expo", "place": "Puspemkot", "level": "local"}),
        today=DAY)
    history = business_units.unit_history(supervisor, unit)
    assert [a.id for a in history.applications] == [application]
    assert [(r.kind, r.details.get("event")) for r in history.facilitations] == [
        ("exhibition", "Tangerang Expo"), ("training_completed", None)]


# ------------------------------------------------------------------------ facilitation
def group_with_members(ctx: ServiceContext) -> tuple[str, str, str]:
    siti, rina = register(ctx, 1), register(ctx, 2, "Rina Wati")
    group = make_group(ctx)
    groups.add_member(ctx, group, siti, joined_on=date(2026, 1, 5), today=DAY)
    left = groups.add_member(ctx, group, rina, joined_on=date(2026, 1, 5), today=DAY)
    groups.leave_group(ctx, left, date(2026, 2, 1), today=DAY)
    return group, siti, rina


def obras(group: str, signed_by: list[str], day: date = date(2026, 2, 15)
          ) -> FacilitationDraft:
    return FacilitationDraft(
        kind="equipment", occurred_on=day, group_id=group, program_id=KPPI,
        target_key="mesin_obras", details={"items": ["Mesin obras Butterfly 2 unit"],
                                           "serial_numbers": ["BF-0012", "BF-0013"],
                                           "signed_by": signed_by})


def test_equipment_to_a_group_records_the_signers_and_the_handover(
        supervisor: ServiceContext) -> None:
    group, siti, _rina = group_with_members(supervisor)
    record = facilitation.record_facilitation(supervisor, obras(group, [siti]), today=DAY)
    [info] = facilitation.list_facilitations(supervisor, group_id=group)
    assert info.id == record
    assert [s.full_name for s in info.signers] == ["Siti Aminah"]
    assert info.details["serial_numbers"] == ["BF-0012", "BF-0013"]
    [handover] = aid_handovers.list_handovers(supervisor, program_id=KPPI)
    assert (handover.id, handover.kind, handover.recipient_name, handover.items,
            handover.receipt_confirmed) == (info.aid_handover_id, "equipment",
                                            "Kelompok Wanita Melati",
                                            ("Mesin obras Butterfly 2 unit",), True)


def test_a_handover_to_a_group_without_members_is_refused(supervisor: ServiceContext) -> None:
    empty = make_group(supervisor, "Kelompok Baru")
    before = row_counts(supervisor)
    with pytest.raises(ValidationError) as error:
        facilitation.record_facilitation(supervisor, obras(empty, []), today=DAY)
    assert refused(error) == {"group_id": "facilitation.group_empty"}
    assert error.value.problems[0].render() == (
        "Kelompok Baru has no members on 2026-02-15; add its members before recording a "
        "handover to the group.")
    assert row_counts(supervisor) == before


def test_a_member_who_left_before_the_handover_cannot_sign(
        supervisor: ServiceContext) -> None:
    group, siti, rina = group_with_members(supervisor)
    before = row_counts(supervisor)
    with pytest.raises(ValidationError) as error:
        facilitation.record_facilitation(supervisor, obras(group, [siti, rina]), today=DAY)
    assert refused(error) == {"signed_by": "facilitation.signer_not_member"}
    assert "Rina Wati was not a member" in error.value.problems[0].render()
    assert row_counts(supervisor) == before


@pytest.mark.parametrize(("kind", "subject", "details", "target", "expected"), [
    ("certification", "person", {"scheme": "Pemandu wisata", "result": "competent"},
     "sertifikasi_pariwisata", {"certificate_number": "facilitation.certificate_number"}),
    ("certification", "unit", {"scheme": "Pemandu", "result": "competent",
                               "certificate_number": "1"}, None,
     {"subject": "facilitation.subject_kind"}),
    ("haki", "unit", {"haki_kind": "merek"}, "haki", {"status": "facilitation.status"}),
    ("promotion", "unit", {"event": "INACRAFT", "place": "Jakarta", "level": "local"},
     "promosi_unggulan", {"level": "facilitation.level"}),
    ("capital_aid", "person", {"form": "cash", "amount": 0}, "modal_usaha",
     {"amount": "facilitation.amount"}),
    ("equipment", "person", {"items": []}, None, {"items": "facilitation.items"}),
    ("flying_lesson", "person", {}, None, {"kind": "facilitation.kind"}),
    ("training_completed", "person", {}, "no_such_target",
     {"target_key": "facilitation.target_unknown"}),
    ("exhibition", "unit", {"event": "Expo", "place": "Tangerang", "level": "local"},
     "potensi_usaha", {"target_key": "facilitation.target_kind"}),
    ("training_completed", "person", {}, "potensi_usaha",  # she owns no unit
     {"target_key": "facilitation.target_units"}),
])
def test_bad_facilitation_records_are_refused(
        supervisor: ServiceContext, kind: str, subject: str, details: dict[str, object],
        target: str | None, expected: dict[str, str]) -> None:
    person = register(supervisor, 1)
    unit = make_unit(supervisor, register(supervisor, 2, "Dewi Lestari"))
    draft = FacilitationDraft(
        kind=kind, occurred_on=date(2026, 2, 1), details=details,
        participant_id=person if subject == "person" else None,
        business_unit_id=unit if subject == "unit" else None,
        program_id=GAMPANG_KERJA if target else None, target_key=target)
    before = row_counts(supervisor)
    with pytest.raises(ValidationError) as error:
        facilitation.record_facilitation(supervisor, draft, today=DAY)
    assert refused(error) == expected
    assert row_counts(supervisor) == before


def test_the_records_about_a_person_and_her_unit_are_in_her_data_export(
        supervisor: ServiceContext) -> None:
    """UU PDP: a person's copy of her data lists what was done for her and her unit."""
    from enrollment_app.services.person_records import collect_person_records
    from enrollment_app.storage.models import Participant

    siti = register(supervisor, 1)
    unit = make_unit(supervisor, siti)
    ids = {facilitation.record_facilitation(supervisor, FacilitationDraft(
        kind="training_completed", occurred_on=date(2026, 2, 1), **subject), today=DAY)
        for subject in ({"participant_id": siti}, {"business_unit_id": unit})}
    facilitation.record_facilitation(supervisor, FacilitationDraft(
        kind="mentoring", occurred_on=date(2026, 2, 1),
        participant_id=register(supervisor, 2, "Dewi Lestari")), today=DAY)
    with supervisor.read() as session:
        records = collect_person_records(session, session.get(Participant, siti))
        assert {row.id for row in records.related["facilitations"]} == ids
