"""Completion: attendance rates over held sessions, the threshold boundary, recording
completion, the best three for starter packages and aid handovers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from enrollment_app.domain.application_status import ASSIGNED, COMPLETED
from enrollment_app.services import aid_handovers, classes, completion, starter_packages
from enrollment_app.services.aid_handovers import HandoverDraft
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError, ValidationError
from enrollment_app.storage.models import (
    AidHandover,
    Application,
    AuditEntry,
    ClassEnrollment,
    Group,
    Interview,
)
from tests.class_setup import Setting, setting
from tests.finished_class import (
    FIRST_DAY,
    TODAY,
    FinishedClass,
    finished_class,
    mark_codes,
    set_program,
)
from tests.staff import add_staff


@pytest.fixture
def place(supervisor: ServiceContext) -> Setting:
    return setting(supervisor)


def status_of(ctx: ServiceContext, application_id: str) -> str:
    with ctx.read() as session:
        row = session.get(Application, application_id)
        assert row is not None
        return row.status


# ------------------------------------------------------------------------------ rates
def test_present_and_late_count_excused_sick_absent_and_unmarked_do_not(
        supervisor: ServiceContext, place: Setting) -> None:
    done = finished_class(supervisor, place, people=3, sessions=10)
    eight, seven, excused = done.participant_ids
    mark_codes(supervisor, done, {
        eight: "HHHHHHTTAI",  # 8 of 10 = 80%: completes
        seven: "HHHHHHHIS-",  # 7 of 10 (one session unmarked)
        excused: "HHHHHHHIII",  # excused days stay in the denominator: 70%
    })
    summary = completion.class_completion(supervisor, done.class_id, today=TODAY)
    assert (summary.threshold, summary.sessions_held, summary.sessions_to_come) == (80, 10, 0)
    first, second, third = (summary.row(p) for p in done.participant_ids)
    assert (first.tally.attended, first.tally.rate_percent, first.completes) == (8, 80.0, True)
    assert (second.tally.attended, second.tally.unmarked, second.completes) == (7, 1, False)
    assert (third.tally.excused, third.tally.rate_percent, third.completes) == (3, 70.0, False)
    assert summary.completing == 1
    assert summary.average_rate == pytest.approx(220 / 3)


def test_rates_count_only_sessions_held_so_far(supervisor: ServiceContext,
                                               place: Setting) -> None:
    done = finished_class(supervisor, place, people=1, sessions=5)
    mark_codes(supervisor, done, {done.participant_ids[0]: "HH"})
    day_two = FIRST_DAY + timedelta(1)
    summary = completion.class_completion(supervisor, done.class_id, today=day_two)
    assert (summary.sessions_held, summary.sessions_to_come) == (2, 3)
    assert summary.rows[0].tally.rate_percent == 100.0


def test_a_moved_person_keeps_the_marks_of_the_old_class(supervisor: ServiceContext,
                                                         place: Setting) -> None:
    old = finished_class(supervisor, place, people=1, sessions=4, name="Kelas Lama")
    new_class = classes.create_class(supervisor, replace(
        classes.get_class(supervisor, old.class_id).draft(), name="Kelas Baru"))
    new_sessions = classes.add_sessions(
        supervisor, new_class, [FIRST_DAY + timedelta(n) for n in (2, 3)], None, None, [])
    person = old.participant_ids[0]
    mark_codes(supervisor, old, {person: "HH"})
    enrollment = classes.roster(supervisor, old.class_id, on=FIRST_DAY)[0].enrollment_id
    classes.move(supervisor, enrollment, new_class, on=FIRST_DAY + timedelta(2))
    mark_codes(supervisor, FinishedClass(new_class, tuple(new_sessions), (person,), ()),
               {person: "HA"})
    summary = completion.class_completion(supervisor, new_class, today=TODAY)
    row = summary.row(person)
    assert (row.tally.held, row.tally.attended, row.tally.absent) == (4, 3, 1)
    assert completion.class_completion(supervisor, old.class_id, today=TODAY).rows == ()


def test_a_trainer_of_another_class_cannot_see_its_completion(
        supervisor: ServiceContext, place: Setting) -> None:
    done = finished_class(supervisor, place, people=1, sessions=1)
    other = add_staff(supervisor, "pelatih2", "trainer")
    with pytest.raises(PermissionDeniedError):
        completion.class_completion(other, done.class_id, today=TODAY)
    assert completion.class_completion(place.trainer, done.class_id, today=TODAY).rows


# ------------------------------------------------------------------------ recording it
def test_completion_is_recorded_for_those_at_or_above_the_threshold(
        supervisor: ServiceContext, place: Setting) -> None:
    done = finished_class(supervisor, place, people=3, sessions=5)
    at, below, above = done.participant_ids
    mark_codes(supervisor, done, {at: "HHHTA", below: "HHHAA", above: "HHHHH"})
    completed = completion.record_completion(supervisor, done.class_id, today=TODAY)
    assert set(completed) == {done.application_ids[0], done.application_ids[2]}
    assert [status_of(supervisor, a) for a in done.application_ids] == [
        COMPLETED, ASSIGNED, COMPLETED]
    with supervisor.read() as session:
        outcomes = dict(session.execute(select(
            ClassEnrollment.participant_id, ClassEnrollment.outcome)).all())
    assert (outcomes[at], outcomes[below], outcomes[above]) == ("completed", "", "completed")
    # Recording again changes nothing; asking for the person below is refused.
    assert completion.record_completion(supervisor, done.class_id, today=TODAY) == []
    with pytest.raises(completion.BelowThresholdError) as refused:
        completion.record_completion(supervisor, done.class_id, [below], today=TODAY)
    assert "60.0%" in str(refused.value)
    assert status_of(supervisor, done.application_ids[1]) == ASSIGNED


def test_completion_waits_for_the_last_session(supervisor: ServiceContext,
                                               place: Setting) -> None:
    done = finished_class(supervisor, place, people=1, sessions=3)
    mark_codes(supervisor, done, {done.participant_ids[0]: "HH"})
    with pytest.raises(completion.ClassNotFinishedError):
        completion.record_completion(supervisor, done.class_id, today=FIRST_DAY + timedelta(1))
    assert status_of(supervisor, done.application_ids[0]) == ASSIGNED


def test_a_trainer_cannot_record_completion(supervisor: ServiceContext,
                                            place: Setting) -> None:
    done = finished_class(supervisor, place, people=1, sessions=1)
    mark_codes(supervisor, done, {done.participant_ids[0]: "H"})
    with pytest.raises(PermissionDeniedError):
        completion.record_completion(place.trainer, done.class_id, today=TODAY)


# ------------------------------------------------------------------------ best three
def give_scores(ctx: ServiceContext, done: FinishedClass, scores: list[int]) -> None:
    with ctx.write() as session:
        session.add_all(Interview(application_id=a, interviewer_id=ctx.actor.user_id,
                                  held_on=date(2026, 2, 2), score=s,
                                  recommendation="recommended")
                        for a, s in zip(done.application_ids, scores, strict=True))


def test_the_best_are_suggested_by_attendance_and_interview_and_chosen_with_a_reason(
        supervisor: ServiceContext, place: Setting) -> None:
    done = finished_class(supervisor, place, people=5, sessions=5)
    p = done.participant_ids
    mark_codes(supervisor, done, {p[0]: "HHHHH", p[1]: "HHHHA", p[2]: "HHHHH",
                                  p[3]: "HHHHH", p[4]: "HHAAA"})
    give_scores(supervisor, done, [60, 95, 90, 70, 100])
    packages = starter_packages.suggestions(supervisor, done.class_id, today=TODAY)
    # merit: (100+60)/2=80, (80+95)/2=87.5, (100+90)/2=95, (100+70)/2=85; p[4] is at 40%.
    assert [s.participant_id for s in packages.candidates] == [p[2], p[1], p[3], p[0]]
    assert packages.top_n == 3 and packages.chosen == ()

    reason = "Nilai wawancara dan kehadiran terbaik; praktik memasak paling rapi."
    ids = starter_packages.choose(supervisor, done.class_id, [p[2], p[1], p[0]], reason,
                                  today=TODAY)
    with supervisor.read() as session:
        rows = [session.get(AidHandover, i) for i in ids]
        assert all(r is not None and (r.kind, r.reason, r.receipt_confirmed,
                                      r.program_id) == ("starter_kit", reason, False,
                                                        place.program_id) for r in rows)
        audited = session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "aid_handovers")).all()
    assert len(audited) == 3 and all(a.user_id == supervisor.actor.user_id for a in audited)
    after = starter_packages.suggestions(supervisor, done.class_id, today=TODAY)
    assert {s.participant_id for s in after.chosen} == {p[2], p[1], p[0]}
    assert {s.reason for s in after.chosen} == {reason}

    # Choosing again replaces p[0] by p[3]; p[0]'s row becomes a tombstone.
    starter_packages.choose(supervisor, done.class_id, [p[2], p[1], p[3]], "Ganti: p3",
                            today=TODAY)
    again = starter_packages.suggestions(supervisor, done.class_id, today=TODAY)
    assert {s.participant_id for s in again.chosen} == {p[2], p[1], p[3]}
    with supervisor.read() as session:
        live = session.scalars(select(AidHandover.participant_id).where(
            AidHandover.deleted_at.is_(None))).all()
    assert sorted(live) == sorted([p[2], p[1], p[3]])


@pytest.mark.parametrize(("who", "reason", "code"), [
    ([0, 1, 2, 3], "alasan", "starter.count"),  # more than three
    ([], "alasan", "starter.count"),
    ([4], "alasan", "starter.not_eligible"),  # below the threshold
    ([0], "   ", "reason.required"),
])
def test_a_choice_is_refused_when_it_breaks_the_rules(
        supervisor: ServiceContext, place: Setting, who: list[int], reason: str,
        code: str) -> None:
    done = finished_class(supervisor, place, people=5, sessions=1)
    p = done.participant_ids
    mark_codes(supervisor, done, {p[0]: "H", p[1]: "H", p[2]: "H", p[3]: "H", p[4]: "A"})
    with pytest.raises(ValidationError) as refused:
        starter_packages.choose(supervisor, done.class_id, [p[i] for i in who], reason,
                                today=TODAY)
    assert [problem.code for problem in refused.value.problems] == [code]


def test_the_program_sets_how_many_receive_a_package(supervisor: ServiceContext,
                                                     place: Setting) -> None:
    set_program(supervisor, place.program_id, starter_package_top_n=1)
    done = finished_class(supervisor, place, people=2, sessions=1)
    mark_codes(supervisor, done, {p: "H" for p in done.participant_ids})
    with pytest.raises(ValidationError):
        starter_packages.choose(supervisor, done.class_id, list(done.participant_ids),
                                "dua orang", today=TODAY)
    assert starter_packages.suggestions(supervisor, done.class_id, today=TODAY).top_n == 1


# ------------------------------------------------------------------------ aid handovers
def test_an_overlock_machine_is_handed_to_a_group(supervisor: ServiceContext,
                                                  place: Setting) -> None:
    with supervisor.write() as session:
        group = Group(name="Kelompok Payet Melati", kind="kelompok_usaha",
                      kecamatan_code="36.71.01")
        session.add(group)
        session.flush()
        group_id = group.id
    handover = aid_handovers.record_handover(supervisor, HandoverDraft(
        kind="equipment", handed_on=date(2026, 5, 4), group_id=group_id,
        program_id=place.program_id, items=["Mesin obras Butterfly", " ", "Benang 10 gulung"],
        reason="Untuk gerai produk kelompok"), today=date(2026, 5, 4))
    [info] = aid_handovers.list_handovers(supervisor, program_id=place.program_id)
    assert (info.id, info.recipient_kind, info.recipient_name, info.items,
            info.receipt_confirmed) == (handover, "group", "Kelompok Payet Melati",
                                        ("Mesin obras Butterfly", "Benang 10 gulung"), False)
    aid_handovers.confirm_receipt(supervisor, handover)
    with supervisor.read() as session:
        row = session.get(AidHandover, handover)
        assert row is not None and row.receipt_confirmed and row.group_id == group_id
    assert [g.name for g in aid_handovers.group_choices(supervisor)] == [
        "Kelompok Payet Melati"]


def test_recording_a_chosen_persons_kit_completes_their_row(supervisor: ServiceContext,
                                                            place: Setting) -> None:
    done = finished_class(supervisor, place, people=1, sessions=1)
    person = done.participant_ids[0]
    mark_codes(supervisor, done, {person: "H"})
    [chosen] = starter_packages.choose(supervisor, done.class_id, [person], "Terbaik",
                                       today=TODAY)
    recorded = aid_handovers.record_handover(supervisor, HandoverDraft(
        kind="starter_kit", handed_on=TODAY, participant_id=person,
        program_id=place.program_id, items=["Kompor gas", "Panci set"],
        receipt_confirmed=True), today=TODAY)
    assert recorded == chosen
    [info] = aid_handovers.list_handovers(supervisor, participant_ids=[person])
    assert (info.reason, info.items, info.receipt_confirmed) == (
        "Terbaik", ("Kompor gas", "Panci set"), True)
    # Signed for: choosing someone else instead is refused.
    with pytest.raises(ValidationError):
        starter_packages.choose(supervisor, done.class_id, [], "x", today=TODAY)


@pytest.mark.parametrize(("draft", "field"), [
    (HandoverDraft(kind="capital", handed_on=TODAY, participant_id="?"), "amount"),
    (HandoverDraft(kind="equipment", handed_on=TODAY, participant_id="?"), "items"),
    (HandoverDraft(kind="gift", handed_on=TODAY, participant_id="?"), "kind"),
    (HandoverDraft(kind="capital", handed_on=TODAY, amount=5_000_000), "recipient"),
    (HandoverDraft(kind="capital", handed_on=TODAY + timedelta(1), amount=1,
                   participant_id="?"), "handed_on"),
])
def test_a_handover_is_refused_when_incomplete(supervisor: ServiceContext,
                                               draft: HandoverDraft, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        aid_handovers.record_handover(supervisor, draft, today=TODAY)
    assert field in {problem.field for problem in refused.value.problems}


def test_capital_aid_to_a_person(supervisor: ServiceContext, place: Setting) -> None:
    done = finished_class(supervisor, place, people=1, sessions=1)
    handover = aid_handovers.record_handover(supervisor, HandoverDraft(
        kind="capital", handed_on=TODAY, amount=2_500_000,
        participant_id=done.participant_ids[0], items=["Transfer BRI"],
        receipt_confirmed=True), today=TODAY)
    [info] = aid_handovers.list_handovers(supervisor)
    assert (info.id, info.amount, info.recipient_name) == (
        handover, 2_500_000, "Peserta Nomor Satu")
