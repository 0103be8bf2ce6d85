"""check_participant: every field check, coded choices, consent and NIK cross-checks."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.domain.participant_checks import (
    CheckedParticipant,
    check_assistance,
    check_choice,
    check_desil,
    check_participant,
    confirmable_codes,
    unconfirmed_warnings,
)
from enrollment_app.domain.regions import RegionCatalog
from enrollment_app.domain.validation import Severity
from tests.domain.conftest import TODAY

VALID = ParticipantDraft(
    nik="3671015502900001",  # a woman from Kec. Tangerang born 15-02-1990
    kk="3671010101090001",
    full_name="Siti Aminah",
    sex="P",
    birth_place="Tangerang",
    birth_date=date(1990, 2, 15),
    street="Jl. Melati No. 5",
    rt="003",
    rw="007",
    kecamatan_code="36.71.01",
    kelurahan_code="36.71.01.1001",
    phone="081234567890",
    education="sma",
    employment="ibu_rumah_tangga",
    marital_status="kawin",
    household_role="istri",
    registry_status="dtsen",
    desil=3,
    assistance=frozenset({"pkh", "bpnt"}),
    disability="none",
    business_name="Warung Bu Siti",
    business_nib="1234567890123",
    business_sector="kuliner",
    consent=True,
    notes="Datang bersama kader PKK.",
)


def draft(**changes: object) -> ParticipantDraft:
    return dataclasses.replace(VALID, **changes)


def check(value: ParticipantDraft, regions: RegionCatalog) -> CheckedParticipant:
    return check_participant(value, today=TODAY, regions=regions)


def test_valid_draft_has_no_problems(regions: RegionCatalog) -> None:
    checked = check(VALID, regions)
    assert checked.ok
    assert checked.problems == ()
    assert checked.values == {
        "nik": "3671015502900001",
        "kk": "3671010101090001",
        "full_name": "Siti Aminah",
        "sex": "P",
        "birth_place": "Tangerang",
        "birth_date": date(1990, 2, 15),
        "street": "Jl. Melati No. 5",
        "rt": "003",
        "rw": "007",
        "kecamatan_code": "36.71.01",
        "kelurahan_code": "36.71.01.1001",
        "outside_city": False,
        "outside_region": "",
        "phone": "081234567890",
        "education": "sma",
        "employment": "ibu_rumah_tangga",
        "marital_status": "kawin",
        "household_role": "istri",
        "registry_status": "dtsen",
        "desil": 3,
        "assistance": "bpnt,pkh",
        "disability": "none",
        "business_name": "Warung Bu Siti",
        "business_nib": "1234567890123",
        "business_sector": "kuliner",
        "consent": True,
        "notes": "Datang bersama kader PKK.",
    }


def test_values_are_keyed_by_draft_fields(regions: RegionCatalog) -> None:
    names = [f.name for f in dataclasses.fields(ParticipantDraft)]
    assert list(check(ParticipantDraft(), regions).values) == names


@pytest.mark.parametrize(("changes", "field", "expected"), [
    ({"full_name": "  Siti   AMINAH "}, "full_name", "Siti AMINAH"),
    ({"nik": "'3671 0155 0290 0001"}, "nik", "3671015502900001"),
    ({"sex": " p "}, "sex", "P"),
    ({"rt": "3"}, "rt", "003"),
    ({"phone": "+62 812-3456-7890"}, "phone", "081234567890"),
    ({"phone": ""}, "phone", ""),
    ({"education": ""}, "education", ""),
    ({"education": "SMA"}, "education", "sma"),
    ({"assistance": frozenset()}, "assistance", ""),
    ({"desil": None}, "desil", None),
    ({"kk": ""}, "kk", ""),
    ({"registry_status": "none", "desil": None, "assistance": frozenset()},
     "registry_status", "none"),
    ({"business_name": "", "business_nib": "", "business_sector": ""}, "business_name", ""),
    ({"outside_region": "Depok"}, "outside_region", ""),  # ignored inside the city
])
def test_values_are_normalised(
    changes: dict[str, object], field: str, expected: object, regions: RegionCatalog
) -> None:
    checked = check(draft(**changes), regions)
    assert checked.problems == ()
    assert checked.values[field] == expected


@pytest.mark.parametrize(("changes", "code"), [
    ({"nik": ""}, "nik.required"),
    ({"nik": "3.67101E+15"}, "nik.scientific"),
    ({"kk": "12345"}, "kk.length"),
    ({"full_name": ""}, "full_name.required"),
    ({"full_name": "Siti 😀"}, "full_name.char"),
    ({"sex": ""}, "sex.required"),
    ({"sex": "W"}, "sex.unknown"),
    ({"birth_date": None}, "birth_date.required"),
    ({"birth_date": date(2015, 2, 15)}, "birth_date.too_young"),
    ({"rt": ""}, "rt.required"),
    ({"rw": "0"}, "rw.zero"),
    ({"kecamatan_code": ""}, "kecamatan.required"),
    ({"kelurahan_code": "36.71.12.1001"}, "kelurahan.wrong_kecamatan"),
    ({"phone": "021 5551 2345"}, "phone.not_mobile"),
    ({"education": "phd"}, "education.unknown"),
    ({"employment": "pns"}, "employment.unknown"),
    ({"marital_status": "nikah siri"}, "marital_status.unknown"),
    ({"household_role": "nenek"}, "household_role.unknown"),
    ({"registry_status": ""}, "registry_status.required"),
    ({"registry_status": "bdt"}, "registry_status.unknown"),
    ({"registry_status": "none"}, "desil.without_registry"),
    ({"desil": 0}, "desil.range"),
    ({"desil": 11}, "desil.range"),
    ({"assistance": frozenset({"pkh", "blt"})}, "assistance.unknown"),
    ({"disability": ""}, "disability.required"),
    ({"disability": "buta"}, "disability.unknown"),
    ({"business_sector": ""}, "business_sector.required"),
    ({"business_sector": "tambang"}, "business_sector.unknown"),
    ({"business_nib": "123"}, "nib.length"),
    ({"business_name": "", "business_sector": ""}, "nib.without_business"),
    ({"business_name": "", "business_nib": ""}, "business_sector.without_business"),
    ({"street": "Jl. Melati 🏠"}, "street.char"),
    ({"notes": "x" * 2001}, "notes.too_long"),
    ({"consent": False}, "consent.required"),
])
def test_one_bad_field(changes: dict[str, object], code: str, regions: RegionCatalog) -> None:
    checked = check(draft(**changes), regions)
    assert not checked.ok
    assert [p.code for p in checked.problems] == [code]


def test_several_bad_fields_are_all_reported_in_form_order(regions: RegionCatalog) -> None:
    checked = check(
        draft(nik="36710155029000", full_name="Robert'); DROP TABLE participants;--",
              phone="12345", registry_status="none", consent=False),
        regions,
    )
    assert [(p.field, p.code) for p in checked.errors] == [
        ("nik", "nik.length"),
        ("full_name", "full_name.char"),
        ("phone", "phone.not_mobile"),
        ("desil", "desil.without_registry"),
        ("consent", "consent.required"),
    ]
    assert checked.values["nik"] == ""
    assert checked.values["full_name"] == ""
    assert checked.values["desil"] is None


def test_empty_draft_lists_every_required_field(regions: RegionCatalog) -> None:
    checked = check(ParticipantDraft(), regions)
    assert [p.code for p in checked.problems] == [
        "nik.required",
        "full_name.required",
        "sex.required",
        "birth_date.required",
        "rt.required",
        "rw.required",
        "kecamatan.required",
        "kelurahan.required",
        "consent.required",
    ]


@pytest.mark.parametrize(("changes", "warning_codes"), [
    ({"birth_date": date(1990, 2, 16)}, ["nik.birth_date_mismatch"]),
    ({"sex": "L"}, ["nik.sex_mismatch"]),
    ({"nik": "9901015502900001"}, ["nik.region_unknown"]),
    ({"kk": "9901010101090001"}, ["kk.region_unknown"]),
])
def test_warnings_do_not_block_saving(
    changes: dict[str, object], warning_codes: list[str], regions: RegionCatalog
) -> None:
    checked = check(draft(**changes), regions)
    assert checked.ok
    assert checked.errors == ()
    assert [p.code for p in checked.warnings] == warning_codes
    assert all(p.severity is Severity.WARNING for p in checked.warnings)
    assert confirmable_codes(checked.problems) == warning_codes


def test_outside_city_is_recordable(regions: RegionCatalog) -> None:
    checked = check(
        draft(outside_city=True, kecamatan_code="", kelurahan_code="", rt="", rw="",
              outside_region="Kabupaten Tangerang, Kec. Pasar Kemis"),
        regions,
    )
    assert checked.ok
    assert checked.values["outside_city"] is True
    assert checked.values["outside_region"] == "Kabupaten Tangerang, Kec. Pasar Kemis"
    assert (checked.values["kecamatan_code"], checked.values["kelurahan_code"]) == ("", "")
    assert (checked.values["rt"], checked.values["rw"]) == ("", "")


def test_outside_city_needs_a_region(regions: RegionCatalog) -> None:
    checked = check(draft(outside_city=True, kecamatan_code="", kelurahan_code=""), regions)
    assert [p.code for p in checked.problems] == ["outside_region.required"]


def test_problems_for_one_field(regions: RegionCatalog) -> None:
    checked = check(draft(birth_date=date(1990, 2, 16), sex="L", phone="x"), regions)
    assert [p.code for p in checked.problems_for("nik")] == [
        "nik.birth_date_mismatch", "nik.sex_mismatch",
    ]
    assert [p.code for p in checked.problems_for("phone")] == ["phone.not_digits"]


def test_confirmable_codes_skip_errors_and_repeats(regions: RegionCatalog) -> None:
    checked = check(draft(birth_date=date(1990, 2, 16), consent=False), regions)
    problems = checked.problems + checked.warnings
    assert confirmable_codes(problems) == ["nik.birth_date_mismatch"]


def test_unconfirmed_warnings(regions: RegionCatalog) -> None:
    checked = check(draft(birth_date=date(1990, 2, 16), sex="L"), regions)
    left = unconfirmed_warnings(checked.problems, ["nik.sex_mismatch"])
    assert [p.code for p in left] == ["nik.birth_date_mismatch"]


@pytest.mark.parametrize(("value", "status", "expected", "codes"), [
    (None, "none", None, []),
    ("", "dtsen", None, []),
    (1, "dtsen", 1, []),
    (10, "dtks", 10, []),
    ("4", "regsosek", 4, []),
    (True, "dtsen", None, ["desil.range"]),
    ("empat", "dtsen", None, ["desil.range"]),
    (-1, "dtsen", None, ["desil.range"]),
    (5, "none", None, ["desil.without_registry"]),
])
def test_check_desil(value: object, status: str, expected: int | None, codes: list[str]) -> None:
    result = check_desil(value, status)
    assert result.value == expected
    assert [p.code for p in result.problems] == codes


@pytest.mark.parametrize(("value", "expected", "codes"), [
    (frozenset(), "", []),
    (frozenset({"pkh"}), "pkh", []),
    (frozenset({"pkh", "bpnt"}), "bpnt,pkh", []),
    ("pkh, BPNT", "bpnt,pkh", []),
    (["blt", "pkh", "bst"], None, ["assistance.unknown"]),
])
def test_check_assistance(value: object, expected: str | None, codes: list[str]) -> None:
    result = check_assistance(value)
    assert result.value == expected
    assert [p.code for p in result.problems] == codes


def test_unknown_assistance_message_lists_the_codes() -> None:
    (problem,) = check_assistance(["blt", "pkh", "bst"]).problems
    assert problem.render() == "Unknown assistance program: blt, bst. Choose from the list."


def test_check_choice_message_quotes_the_value() -> None:
    from enrollment_app.domain.choices import EDUCATION

    (problem,) = check_choice("PhD", "education", EDUCATION).problems
    assert problem.render() == '"PhD" is not one of the options; choose one from the list.'
