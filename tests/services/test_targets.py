"""Targets counted in their own unit (issue 10, item 4): distinct persons, distinct
business units, groups and events, from the facilitation records tagged with the target
and the program's completed applications; per kecamatan and per month."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from enrollment_app.domain.application_status import COMPLETED
from enrollment_app.services import business_units, facilitation, groups, targets
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.facilitation import FacilitationDraft
from enrollment_app.storage.models import Application, Program
from tests.umkm_records import (
    KECAMATAN,
    OTHER_KECAMATAN,
    make_group,
    make_unit,
    register,
)

TODAY = date(2026, 6, 30)
TARGETS = [
    {"key": "unit_dilatih", "label": "Unit dilatih", "count": 400, "unit": "business_units",
     "kinds": ["training_completed"]},
    {"key": "orang_dilatih", "label": "Orang dilatih", "count": 100, "unit": "persons",
     "kinds": ["training_completed", "equipment"], "completed_applications": True},
    {"key": "kelompok", "label": "Kelompok dibina", "count": None, "unit": "groups"},
    {"key": "pameran", "label": "Pameran", "count": 5, "unit": "events",
     "kinds": ["exhibition"]},
]
Scenario = Callable[[ServiceContext, str], None]


@pytest.fixture
def program(supervisor: ServiceContext) -> str:
    with supervisor.write() as session:
        row = Program(code="uji-umkm", name="Program Uji UMKM", organiser="Bappeda",
                      targets=TARGETS)
        session.add(row)
        session.flush()
        return row.id


def record(ctx: ServiceContext, program_id: str, target: str, day: date, *,
           person: str | None = None, unit: str | None = None, group: str | None = None,
           kind: str = "training_completed", **details: object) -> str:
    return facilitation.record_facilitation(ctx, FacilitationDraft(
        kind=kind, occurred_on=day, participant_id=person, business_unit_id=unit,
        group_id=group, program_id=program_id, target_key=target, details=details),
        today=TODAY)


# ------------------------------------------------------------------------- scenarios
def unit_with_two_owners(ctx: ServiceContext, program_id: str) -> None:
    siti, dewi = register(ctx, 1), register(ctx, 2, "Dewi Lestari")
    make_unit(ctx, siti, dewi)
    for person in (siti, dewi):  # both owners attend the unit training
        record(ctx, program_id, "unit_dilatih", date(2026, 1, 10), person=person)
        record(ctx, program_id, "orang_dilatih", date(2026, 1, 10), person=person)


def same_unit_twice(ctx: ServiceContext, program_id: str) -> None:
    unit = make_unit(ctx, register(ctx, 1))
    record(ctx, program_id, "unit_dilatih", date(2026, 1, 10), unit=unit)
    record(ctx, program_id, "unit_dilatih", date(2026, 3, 12), unit=unit)


def member_left_before_handover(ctx: ServiceContext, program_id: str) -> None:
    siti, rina = register(ctx, 1), register(ctx, 2, "Rina Wati")
    group = make_group(ctx)
    groups.add_member(ctx, group, siti, joined_on=date(2026, 1, 5), today=TODAY)
    left = groups.add_member(ctx, group, rina, joined_on=date(2026, 1, 5), today=TODAY)
    groups.leave_group(ctx, left, date(2026, 2, 1), today=TODAY)
    record(ctx, program_id, "orang_dilatih", date(2026, 2, 15), group=group,
           kind="equipment", items=["Mesin obras"], signed_by=[siti])
    record(ctx, program_id, "kelompok", date(2026, 2, 15), group=group)


def person_owning_two_units(ctx: ServiceContext, program_id: str) -> None:
    siti = register(ctx, 1)
    make_unit(ctx, siti, name="Dapur Bu Siti")
    make_unit(ctx, siti, name="Jahit Bu Siti", sector="fesyen", kecamatan=OTHER_KECAMATAN)
    record(ctx, program_id, "unit_dilatih", date(2026, 4, 2), person=siti)
    record(ctx, program_id, "orang_dilatih", date(2026, 4, 2), person=siti)


def two_units_at_one_exhibition(ctx: ServiceContext, program_id: str) -> None:
    owner = register(ctx, 1)
    expo = {"kind": "exhibition", "event": "Tangerang Expo", "place": "Puspemkot",
            "level": "local"}
    for name in ("Dapur Bu Siti", "Kue Basah Siti"):
        record(ctx, program_id, "pameran", date(2026, 5, 8),
               unit=make_unit(ctx, owner, name=name), **expo)
    record(ctx, program_id, "pameran", date(2026, 5, 20),
           unit=make_unit(ctx, owner, name="Keripik Siti"), **{**expo, "event": "Jakcraft"})


def completed_application_and_training(ctx: ServiceContext, program_id: str) -> None:
    siti, dewi = register(ctx, 1), register(ctx, 2, "Dewi Lestari")
    with ctx.write() as session:
        for person, status in ((siti, COMPLETED), (dewi, "assigned")):
            session.add(Application(program_id=program_id, participant_id=person,
                                    kecamatan_code=KECAMATAN, applied_on=date(2026, 1, 2),
                                    status=status))
    record(ctx, program_id, "orang_dilatih", date(2026, 2, 1), person=siti)


def records_removed_or_of_another_target(ctx: ServiceContext, program_id: str) -> None:
    siti = register(ctx, 1)
    unit = make_unit(ctx, siti)
    removed = record(ctx, program_id, "unit_dilatih", date(2026, 1, 10), unit=unit)
    facilitation.remove_facilitation(ctx, removed)
    record(ctx, program_id, "orang_dilatih", date(2026, 1, 10), unit=unit)


@pytest.mark.parametrize(("scenario", "expected"), [
    # units, persons, groups, events
    (unit_with_two_owners, (1, 2, 0, 0)),
    (same_unit_twice, (1, 0, 0, 0)),
    (member_left_before_handover, (0, 1, 1, 0)),
    (person_owning_two_units, (2, 1, 0, 0)),
    (two_units_at_one_exhibition, (0, 0, 0, 2)),
    (completed_application_and_training, (0, 1, 0, 0)),
    (records_removed_or_of_another_target, (0, 1, 0, 0)),
], ids=lambda value: getattr(value, "__name__", ""))
def test_each_target_counts_its_own_unit(supervisor: ServiceContext, program: str,
                                         scenario: Scenario,
                                         expected: tuple[int, int, int, int]) -> None:
    scenario(supervisor, program)
    figures = targets.program_targets(supervisor, program)
    assert tuple(figures.target(key).reached for key in (
        "unit_dilatih", "orang_dilatih", "kelompok", "pameran")) == expected
    for target in figures.targets:  # the months add up to the total
        assert sum(target.per_month.values()) == target.reached


def test_per_kecamatan_and_per_month(supervisor: ServiceContext, program: str) -> None:
    same_unit_twice(supervisor, program)  # January and March, Kecamatan Tangerang
    dewi = register(supervisor, 5, "Dewi Lestari")  # April: one unit in each kecamatan
    make_unit(supervisor, dewi, name="Dapur Bu Dewi")
    make_unit(supervisor, dewi, name="Jahit Bu Dewi", kecamatan=OTHER_KECAMATAN)
    record(supervisor, program, "unit_dilatih", date(2026, 4, 2), person=dewi)
    unit_target = targets.program_targets(supervisor, program).target("unit_dilatih")
    assert unit_target.reached == 3
    assert dict(unit_target.per_kecamatan) == {KECAMATAN: 3}  # the record's kecamatan
    assert dict(unit_target.per_month) == {"2026-01": 1, "2026-04": 2}
    assert unit_target.percent == pytest.approx(0.75)


def test_the_catalog_targets_count_units_not_people(supervisor: ServiceContext) -> None:
    """Gampang Kerja's 400 units: a unit with two owners trained twice counts once."""
    from enrollment_app.services.programs import program_id_for

    gampang_kerja = program_id_for("gampang-kerja-2026")
    siti, dewi = register(supervisor, 1), register(supervisor, 2, "Dewi Lestari")
    unit = make_unit(supervisor, siti, dewi)
    business_units.apply_to_program(supervisor, unit, gampang_kerja, today=TODAY)
    for person, day in ((siti, date(2026, 2, 1)), (dewi, date(2026, 3, 1))):
        record(supervisor, gampang_kerja, "potensi_usaha", day, person=person)
    figures = targets.program_targets(supervisor, gampang_kerja)
    assert (figures.target("potensi_usaha").reached, figures.target("potensi_usaha").target,
            figures.target("potensi_usaha").unit) == (1, 400, "business_units")
    assert figures.target("daya_saing").reached == 0
    with supervisor.read() as session:  # the figure equals what the database holds
        units = set(session.scalars(select(Application.business_unit_id).where(
            Application.program_id == gampang_kerja)))
    assert len(units) == figures.target("potensi_usaha").reached


def test_the_form_offers_the_targets_that_count_the_kind(supervisor: ServiceContext,
                                                         program: str) -> None:
    choices = facilitation.target_choices(supervisor, program, "equipment")
    assert [spec.key for spec in choices] == ["orang_dilatih", "kelompok"]
    assert len(facilitation.target_choices(supervisor, program)) == len(TARGETS)


@pytest.mark.parametrize(("target", "problem"), [
    ({"kinds": ["training_completed", "haki"]}, None),
    ({"kinds": ["magic"]}, "target 1: kinds must list facilitation kinds"),
    ({"kinds": "haki"}, "target 1: kinds must list facilitation kinds"),
    ({"completed_applications": "yes"},
     "target 1: completed_applications must be true or false"),
])
def test_catalog_targets_name_known_kinds(target: dict[str, object],
                                          problem: str | None) -> None:
    from enrollment_app.services.programs import target_problems

    found = target_problems([{"key": "k", "label": "K", "unit": "persons", **target}])
    assert [text.split(" (")[0] for text in found] == ([problem] if problem else [])

