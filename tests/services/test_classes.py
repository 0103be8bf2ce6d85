"""Classes: validation, sessions and schedules, assigning accepted applicants, capacity,
one class per program, moving people with their attendance history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from enrollment_app.services import applications, attendance, classes
from enrollment_app.services.class_errors import (
    AlreadyInClassError,
    ClassFullError,
    WrongProgramError,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError, ValidationError
from enrollment_app.services.user_admin import disable_user
from enrollment_app.storage.models import Application, AttendanceMark, ClassEnrollment
from tests.applicants import register
from tests.class_setup import (
    Setting,
    accepted_applicants,
    class_draft,
    class_with_people,
    setting,
)
from tests.staff import add_staff

MONDAY = date(2026, 3, 2)


@pytest.fixture
def place(supervisor: ServiceContext) -> Setting:
    return setting(supervisor)


def status_of(ctx: ServiceContext, application_id: str) -> str:
    with ctx.read() as session:
        row = session.get(Application, application_id)
        assert row is not None
        return row.status


# ------------------------------------------------------------------------------ classes
def test_a_class_is_created_with_its_venue_and_trainer(supervisor: ServiceContext,
                                                       place: Setting) -> None:
    class_id = classes.create_class(supervisor, class_draft(place))
    info = classes.get_class(supervisor, class_id)
    assert (info.name, info.venue_name, info.venue_kecamatan_code) == (
        "Tata Boga A", "Aula Kelurahan Sukarasa", "36.71.01")
    assert (info.trainer_name, info.skill_name, info.capacity, info.enrolled) == (
        "Budi Pelatih", "Tata Boga", 25, 0)


@pytest.mark.parametrize(("change", "field"), [
    ({"capacity": 0}, "capacity"),
    ({"capacity": -3}, "capacity"),
    ({"venue_kecamatan_code": "36.03.01"}, "venue_kecamatan_code"),  # Kabupaten
    ({"venue_kecamatan_code": ""}, "venue_kecamatan_code"),
    ({"trainer_id": None}, "trainer_id"),
    ({"name": "  "}, "name"),
    ({"venue_name": ""}, "venue_name"),
    ({"end_date": date(2026, 1, 1)}, "end_date"),
    ({"program_id": "not-a-program"}, "program_id"),
])
def test_a_wrong_class_is_refused_naming_the_field(supervisor: ServiceContext, place: Setting,
                                                   change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        classes.create_class(supervisor, replace(class_draft(place), **change))
    assert field in [p.field for p in refused.value.problems]
    assert classes.list_classes(supervisor) == []


def test_the_trainer_must_be_an_active_trainer(supervisor: ServiceContext,
                                               place: Setting) -> None:
    officer = add_staff(supervisor, "petugas", "field_officer")
    with pytest.raises(ValidationError):
        classes.create_class(supervisor, class_draft(place, trainer_id=officer.actor.user_id))
    disable_user(supervisor, "pelatih")
    with pytest.raises(ValidationError) as refused:
        classes.create_class(supervisor, class_draft(place))
    assert [p.field for p in refused.value.problems] == ["trainer_id"]


def test_editing_a_class_keeps_capacity_above_the_people_in_it(
        supervisor: ServiceContext, place: Setting) -> None:
    class_id, _ = class_with_people(supervisor, place, 3, session_day=MONDAY)
    draft = classes.get_class(supervisor, class_id).draft()
    changed = classes.update_class(supervisor, class_id, replace(draft, name="Tata Boga Pagi",
                                                                 capacity=3))
    assert (changed.name, changed.capacity, changed.enrolled) == ("Tata Boga Pagi", 3, 3)
    with pytest.raises(ValidationError) as refused:
        classes.update_class(supervisor, class_id, replace(draft, capacity=2))
    assert refused.value.problems[0].code == "class.capacity_below"


def test_only_a_supervisor_manages_classes_and_a_trainer_sees_their_own(
        supervisor: ServiceContext, place: Setting) -> None:
    with pytest.raises(PermissionDeniedError):
        classes.create_class(place.trainer, class_draft(place))
    mine = classes.create_class(supervisor, class_draft(place))
    other_trainer = add_staff(supervisor, "pelatih2", "trainer", "Sari Pelatih")
    classes.create_class(supervisor, class_draft(place, name="Tata Boga B",
                                                 trainer_id=other_trainer.actor.user_id))
    assert [c.id for c in classes.list_classes(place.trainer)] == [mine]
    assert len(classes.list_classes(supervisor)) == 2
    with pytest.raises(PermissionDeniedError):
        classes.roster(other_trainer, mine)


# ------------------------------------------------------------------------------ sessions
def test_a_schedule_makes_one_session_per_chosen_weekday(supervisor: ServiceContext,
                                                         place: Setting) -> None:
    class_id = classes.create_class(supervisor, class_draft(place))
    # Mondays and Wednesdays from Mon 2 Mar to Fri 13 Mar 2026: 2, 4, 9, 11 March.
    ids = classes.add_schedule(supervisor, class_id, MONDAY, date(2026, 3, 13), {0, 2},
                               time(8, 30), time(12, 0), ["Pembukaan", "Bahan", "Praktik"])
    sessions = classes.list_sessions(supervisor, class_id)
    assert [s.id for s in sessions] == ids
    assert [s.session_date.day for s in sessions] == [2, 4, 9, 11]
    assert [s.topic for s in sessions] == ["Pembukaan", "Bahan", "Praktik", ""]
    assert {(s.start_time, s.end_time) for s in sessions} == {(time(8, 30), time(12, 0))}
    # Again over a longer range: the days taken are skipped.
    again = classes.add_schedule(supervisor, class_id, MONDAY, date(2026, 3, 18), {0, 2})
    assert len(again) == 2
    with pytest.raises(ValidationError):
        classes.add_session(supervisor, class_id, MONDAY)


@pytest.mark.parametrize(("first", "last", "weekdays", "start", "end"), [
    (date(2026, 3, 9), MONDAY, {0}, None, None),
    (MONDAY, date(2026, 3, 9), set(), None, None),
    (MONDAY, date(2026, 3, 9), {0}, time(12, 0), time(8, 0)),
])
def test_an_impossible_schedule_is_refused(supervisor: ServiceContext, place: Setting,
                                           first: date, last: date, weekdays: set[int],
                                           start: time | None, end: time | None) -> None:
    class_id = classes.create_class(supervisor, class_draft(place))
    with pytest.raises(ValidationError):
        classes.add_schedule(supervisor, class_id, first, last, weekdays, start, end)
    assert classes.list_sessions(supervisor, class_id) == []


# ------------------------------------------------------------------------------ people
def test_assigning_accepted_applicants_enrolls_them_and_marks_them_assigned(
        supervisor: ServiceContext, place: Setting) -> None:
    class_id = classes.create_class(supervisor, class_draft(place))
    ids = accepted_applicants(supervisor, place, 3)
    assert {a.application_id for a in classes.assignable_applicants(supervisor, class_id)} \
        == set(ids)
    classes.assign(supervisor, class_id, ids, joined_on=MONDAY)
    assert [status_of(supervisor, a) for a in ids] == ["assigned"] * 3
    roster = classes.roster(supervisor, class_id, MONDAY)
    assert sorted(m.application_id for m in roster) == sorted(ids)
    assert classes.roster(supervisor, class_id, date(2026, 3, 1)) == []  # not yet joined
    assert classes.assignable_applicants(supervisor, class_id) == []


def test_the_capacity_holds_and_nothing_is_saved_when_too_many(
        supervisor: ServiceContext, place: Setting) -> None:
    class_id = classes.create_class(supervisor, class_draft(place, capacity=2))
    ids = accepted_applicants(supervisor, place, 3)
    with pytest.raises(ClassFullError) as refused:
        classes.assign(supervisor, class_id, ids)
    assert "2 places and 2 free" in refused.value.render()
    assert [status_of(supervisor, a) for a in ids] == ["accepted"] * 3
    classes.assign(supervisor, class_id, ids[:2])
    with pytest.raises(ClassFullError):
        classes.assign(supervisor, class_id, ids[2:])


def test_only_accepted_applicants_of_the_program_join(supervisor: ServiceContext,
                                                      place: Setting) -> None:
    class_id = classes.create_class(supervisor, class_draft(place))
    registered = applications.apply(supervisor, register(supervisor, 50), place.program_id,
                                    place.skill_id, today=date(2026, 2, 1))
    with pytest.raises(applications.IllegalTransitionError):
        classes.assign(supervisor, class_id, [registered])
    other = setting(supervisor, "pelatih_lain")
    foreign = accepted_applicants(supervisor, other, 1, first_serial=51)
    with pytest.raises(WrongProgramError):
        classes.assign(supervisor, class_id, foreign)


def test_a_person_is_in_one_class_per_program(supervisor: ServiceContext,
                                              place: Setting) -> None:
    first = classes.create_class(supervisor, class_draft(place))
    second = classes.create_class(supervisor, class_draft(place, name="Tata Boga B"))
    ids = accepted_applicants(supervisor, place, 1)
    classes.assign(supervisor, first, ids)
    with pytest.raises(AlreadyInClassError) as refused:
        classes.assign(supervisor, second, ids)
    assert "already in Tata Boga A" in refused.value.render()
    with pytest.raises(PermissionDeniedError):
        classes.assign(place.trainer, second, ids)


def test_moving_keeps_the_attendance_history_with_the_old_class(
        supervisor: ServiceContext, place: Setting) -> None:
    old_class, old_session = class_with_people(supervisor, place, 2, session_day=MONDAY)
    new_class = classes.create_class(supervisor, class_draft(place, name="Tata Boga Sore"))
    new_session = classes.add_session(supervisor, new_class, date(2026, 3, 9))
    mover = classes.roster(supervisor, old_class, MONDAY)[0]
    attendance.mark(supervisor, old_session, mover.participant_id, "H", today=MONDAY)

    moved_id = classes.move(supervisor, mover.enrollment_id, new_class, date(2026, 3, 5))

    with supervisor.read() as session:
        old = session.get(ClassEnrollment, mover.enrollment_id)
        new = session.get(ClassEnrollment, moved_id)
        assert old is not None and new is not None
        assert (old.left_on, old.outcome) == (date(2026, 3, 5), "moved")
        assert (new.class_id, new.joined_on, new.application_id) == (
            new_class, date(2026, 3, 5), mover.application_id)
        marks = session.scalars(select(AttendanceMark).where(
            AttendanceMark.participant_id == mover.participant_id)).all()
        assert [(m.session_id, m.code) for m in marks] == [(old_session, "H")]
    # The old session still lists the person with the mark; the new class has them now.
    old_rows = attendance.session_roster(supervisor, old_session)
    assert (mover.participant_id, "H") in {(r.participant_id, r.code) for r in old_rows}
    assert [r.participant_id for r in attendance.session_roster(supervisor, new_session)] \
        == [mover.participant_id]
    assert status_of(supervisor, mover.application_id) == "assigned"
    assert len(classes.roster(supervisor, old_class, date(2026, 3, 9))) == 1


def test_moving_to_another_program_or_a_full_class_is_refused(
        supervisor: ServiceContext, place: Setting) -> None:
    old_class, _ = class_with_people(supervisor, place, 1, session_day=MONDAY)
    mover = classes.roster(supervisor, old_class, MONDAY)[0]
    other = setting(supervisor, "pelatih_lain")
    foreign = classes.create_class(supervisor, class_draft(other, name="Menjahit"))
    with pytest.raises(WrongProgramError):
        classes.move(supervisor, mover.enrollment_id, foreign, MONDAY)
    full = classes.create_class(supervisor, class_draft(place, name="Penuh", capacity=1))
    classes.assign(supervisor, full, accepted_applicants(supervisor, place, 1, 60))
    with pytest.raises(ClassFullError):
        classes.move(supervisor, mover.enrollment_id, full, MONDAY)
    with pytest.raises(AlreadyInClassError):
        classes.move(supervisor, mover.enrollment_id, old_class, MONDAY)
    assert classes.roster(supervisor, old_class, MONDAY)[0].left_on is None
