"""Applications: eligibility on applying, overrides, the pipeline, quotas and the waitlist."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from enrollment_app.services import applications, interviews
from enrollment_app.services.application_errors import (
    ActiveApplicationError,
    IllegalTransitionError,
    InterviewRequiredError,
    NotEligibleError,
    OverrideNotAllowedError,
    ProgramClosedError,
    QuotaFullError,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError, ValidationError
from enrollment_app.storage.models import Application, AuditEntry, Interview, ProgramQuota
from tests.applicants import (
    APPLIED_ON,
    KEC_CIPONDOH,
    KEC_TANGERANG,
    KEL_CIPONDOH,
    add_program,
    register,
    skill_id,
)
from tests.staff import add_staff


def apply(ctx: ServiceContext, person: str, program: str, **kwargs: object) -> str:
    return applications.apply(ctx, person, program, skill_id(ctx, program), today=APPLIED_ON,
                              **kwargs)  # type: ignore[arg-type]


def row(ctx: ServiceContext, application_id: str) -> Application:
    with ctx.read() as session:
        found = session.get(Application, application_id)
        assert found is not None
        session.expunge(found)
        return found


@pytest.fixture
def officer(supervisor: ServiceContext) -> ServiceContext:
    return add_staff(supervisor, "petugas", "field_officer", "Dedi Petugas")


# ------------------------------------------------------------------------------ applying
def test_an_eligible_woman_is_registered_with_the_verdict_stored(
        officer: ServiceContext, supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    person = register(officer, 1)
    application = row(officer, apply(officer, person, program))
    assert application.status == "registered"
    assert application.kecamatan_code == KEC_TANGERANG
    assert application.applied_on == APPLIED_ON
    assert application.eligibility["eligible"] is True
    assert application.override_reason == ""
    assert application.created_by == officer.actor.user_id


def test_a_man_is_refused_with_the_reason(officer: ServiceContext,
                                          supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    man = register(officer, 2, sex="L", name="Budi Santoso")
    with pytest.raises(NotEligibleError) as refused:
        apply(officer, man, program)
    assert not refused.value.verdict.eligible
    assert [c.rule for c in refused.value.verdict.failed] == ["sex"]
    assert "women only" in refused.value.render()
    with officer.read() as session:
        assert session.scalars(select(Application)).all() == []


def test_a_supervisor_override_is_stored_and_audited(supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    older = register(supervisor, 3, born=date(1965, 1, 10))  # 61 on 1 Feb 2026
    reason = "Kader PKK yang akan melatih peserta lain; disetujui Kepala Bidang."
    application_id = apply(supervisor, older, program, override_reason=reason)
    application = row(supervisor, application_id)
    assert application.override_reason == reason
    assert application.eligibility["eligible"] is False
    with supervisor.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.record_id == application_id)).one()
    assert entry.action == "create"
    assert entry.user_id == supervisor.actor.user_id
    assert entry.changes["override_reason"] == [None, reason]


def test_a_field_officer_cannot_override(officer: ServiceContext,
                                         supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    older = register(officer, 4, born=date(1965, 1, 10))
    with pytest.raises(OverrideNotAllowedError):
        apply(officer, older, program, override_reason="Saya kenal orangnya.")
    with pytest.raises(NotEligibleError):
        apply(officer, older, program)


def test_an_override_reason_on_an_eligible_person_is_not_stored(
        supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    person = register(supervisor, 5)
    application = row(supervisor, apply(supervisor, person, program, override_reason="x"))
    assert application.override_reason == ""


def test_re_applying_while_active_is_refused_even_with_an_override(
        supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    person = register(supervisor, 6)
    apply(supervisor, person, program)
    for override in ("", "Mohon diterima lagi."):
        with pytest.raises(ActiveApplicationError) as refused:
            apply(supervisor, person, program, override_reason=override)
        assert "not_active_in_program" in [c.rule for c in refused.value.verdict.failed]
        assert "Registered" in refused.value.render()


def test_a_new_application_is_possible_after_the_last_one_ended(
        supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    person = register(supervisor, 7)
    first = apply(supervisor, person, program)
    applications.decide(supervisor, first, "rejected", "Jadwal bentrok dengan pekerjaan.")
    second = apply(supervisor, person, program)
    assert second != first


def test_the_skill_must_belong_to_the_program(supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    other = add_program(supervisor, name="Program Lain")
    person = register(supervisor, 8)
    with pytest.raises(ValidationError) as refused:
        applications.apply(supervisor, person, program, skill_id(supervisor, other))
    assert refused.value.problems[0].field == "skill_id"
    with pytest.raises(ValidationError):
        applications.apply(supervisor, person, program, None)


def test_a_closed_program_takes_no_applications(supervisor: ServiceContext) -> None:
    program = add_program(supervisor, active=False)
    with pytest.raises(ProgramClosedError):
        apply(supervisor, register(supervisor, 9), program)


def test_a_trainer_cannot_apply_for_someone(supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    person = register(supervisor, 10)
    trainer = add_staff(supervisor, "pelatih", "trainer")
    with pytest.raises(PermissionDeniedError):
        apply(trainer, person, program)


# ----------------------------------------------------------------------- quota, waitlist
def fill(supervisor: ServiceContext, program: str, count: int, first_serial: int,
         kecamatan: str = KEC_TANGERANG) -> list[str]:
    kelurahan = KEL_CIPONDOH if kecamatan == KEC_CIPONDOH else "36.71.01.1001"
    return [apply(supervisor, register(supervisor, serial, kecamatan=kecamatan,
                                       kelurahan=kelurahan), program)
            for serial in range(first_serial, first_serial + count)]


def test_acceptance_beyond_the_quota_goes_to_the_waitlist_in_order(
        supervisor: ServiceContext) -> None:
    program = add_program(supervisor, quotas={KEC_TANGERANG: 2, KEC_CIPONDOH: 5})
    ids = fill(supervisor, program, 5, 20)
    results = [applications.decide(supervisor, a, "accepted") for a in ids]
    assert [r.status for r in results] == ["accepted", "accepted", "waitlisted",
                                           "waitlisted", "waitlisted"]
    assert [r.waitlist_position for r in results] == [None, None, 1, 2, 3]
    assert [row(supervisor, a).waitlist_position for a in ids] == [None, None, 1, 2, 3]
    # Another kecamatan counts its own places.
    elsewhere = fill(supervisor, program, 1, 30, KEC_CIPONDOH)[0]
    assert applications.decide(supervisor, elsewhere, "accepted").status == "accepted"
    state = applications.quota_state(supervisor, program, KEC_TANGERANG)
    assert (state.quota, state.taken, state.waiting, state.free) == (2, 2, 3, 0)


def test_a_rejected_acceptance_promotes_the_first_waitlisted(
        supervisor: ServiceContext) -> None:
    program = add_program(supervisor, quotas={KEC_TANGERANG: 2})
    ids = fill(supervisor, program, 4, 40)
    for application_id in ids:
        applications.decide(supervisor, application_id, "accepted")
    result = applications.decide(supervisor, ids[0], "rejected", "Tidak hadir verifikasi.")
    assert result.promoted == (ids[2],)
    promoted = row(supervisor, ids[2])
    assert (promoted.status, promoted.waitlist_position) == ("accepted", None)
    assert row(supervisor, ids[3]).status == "waitlisted"
    assert row(supervisor, ids[0]).status_reason == "Tidak hadir verifikasi."


def test_a_drop_after_assignment_frees_the_place(supervisor: ServiceContext) -> None:
    program = add_program(supervisor, quotas={KEC_TANGERANG: 1})
    first, second = fill(supervisor, program, 2, 50)
    applications.decide(supervisor, first, "accepted")
    applications.decide(supervisor, second, "accepted")
    applications.record_progress(supervisor, first, "assigned")
    result = applications.record_progress(supervisor, first, "dropped", "Pindah domisili.")
    assert result.promoted == (second,)
    assert row(supervisor, second).status == "accepted"


def test_raising_the_quota_then_promoting_moves_people_up(supervisor: ServiceContext) -> None:
    program = add_program(supervisor, quotas={KEC_TANGERANG: 1})
    ids = fill(supervisor, program, 3, 60)
    for application_id in ids:
        applications.decide(supervisor, application_id, "accepted")
    assert applications.promote_waitlist(supervisor, program, KEC_TANGERANG) == ()
    with supervisor.write() as session:
        quota = session.scalars(select(ProgramQuota).where(
            ProgramQuota.program_id == program)).one()
        quota.quota = 3
    assert applications.promote_waitlist(supervisor, program, KEC_TANGERANG) == tuple(ids[1:])


def test_accepting_a_waitlisted_one_while_full_is_refused(supervisor: ServiceContext) -> None:
    program = add_program(supervisor, quotas={KEC_TANGERANG: 1})
    first, second = fill(supervisor, program, 2, 70)
    applications.decide(supervisor, first, "accepted")
    applications.decide(supervisor, second, "accepted")
    with pytest.raises(QuotaFullError) as refused:
        applications.decide(supervisor, second, "accepted")
    assert "position 1" in refused.value.render()


def test_no_quota_row_means_no_limit(supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    ids = fill(supervisor, program, 3, 80)
    assert {applications.decide(supervisor, a, "accepted").status for a in ids} == {
        "accepted"}


# ------------------------------------------------------------------------------ pipeline
@pytest.mark.parametrize(("steps", "refused_step"), [
    ([("decide", "rejected")], ("decide", "accepted")),
    ([("decide", "rejected")], ("progress", "assigned")),
    ([], ("progress", "assigned")),
    ([], ("progress", "completed")),
    ([("decide", "accepted")], ("decide", "waitlisted")),
    ([("decide", "accepted"), ("progress", "assigned")], ("decide", "rejected")),
    ([("decide", "accepted"), ("progress", "assigned"), ("progress", "completed")],
     ("progress", "dropped")),
    ([("decide", "waitlisted")], ("decide", "waitlisted")),
])
def test_illegal_transitions_are_refused(supervisor: ServiceContext,
                                         steps: list[tuple[str, str]],
                                         refused_step: tuple[str, str]) -> None:
    program = add_program(supervisor)
    application_id = fill(supervisor, program, 1, 90)[0]

    def step(kind: str, status: str) -> None:
        if kind == "decide":
            applications.decide(supervisor, application_id, status, "Alasan tertulis.")
        else:
            applications.record_progress(supervisor, application_id, status)

    for kind, status in steps:
        step(kind, status)
    before = row(supervisor, application_id).status
    with pytest.raises(IllegalTransitionError) as refused:
        step(*refused_step)
    assert row(supervisor, application_id).status == before
    assert refused.value.render().startswith("The application is \"")


def test_a_rejection_needs_a_reason(supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    application_id = fill(supervisor, program, 1, 100)[0]
    with pytest.raises(ValidationError) as refused:
        applications.decide(supervisor, application_id, "rejected", "   ")
    assert refused.value.problems[0].field == "reason"
    assert row(supervisor, application_id).status == "registered"


def test_only_supervisors_decide(officer: ServiceContext, supervisor: ServiceContext) -> None:
    program = add_program(supervisor)
    application_id = fill(supervisor, program, 1, 110)[0]
    with pytest.raises(PermissionDeniedError):
        applications.decide(officer, application_id, "accepted")


def test_an_interview_is_required_before_acceptance(officer: ServiceContext,
                                                    supervisor: ServiceContext) -> None:
    program = add_program(supervisor, requires_interview=True, quotas={KEC_TANGERANG: 5})
    application_id = fill(supervisor, program, 1, 120)[0]
    for decision in ("accepted", "waitlisted"):
        with pytest.raises(InterviewRequiredError):
            applications.decide(supervisor, application_id, decision)
    interviews.record_interview(officer, application_id, {"motivation": "Ingin buka usaha."},
                                80, "recommended", held_on=APPLIED_ON, today=APPLIED_ON)
    assert applications.decide(supervisor, application_id, "accepted").status == "accepted"


def test_a_rejection_needs_no_interview(supervisor: ServiceContext) -> None:
    program = add_program(supervisor, requires_interview=True)
    application_id = fill(supervisor, program, 1, 130)[0]
    result = applications.decide(supervisor, application_id, "rejected", "Berkas tidak lengkap.")
    assert result.status == "rejected"


# ------------------------------------------------------------------------------- history
def test_history_tells_the_whole_story(officer: ServiceContext,
                                       supervisor: ServiceContext) -> None:
    program = add_program(supervisor, requires_interview=True, name="Dinsos Tata Boga")
    other = add_program(supervisor, name="DP3AP2KB Menjahit")
    person = register(officer, 140, name="Siti Rahmawati")
    first = apply(officer, person, program)
    interviews.record_interview(officer, first, {"motivation": "Menambah penghasilan."}, 75,
                                "recommended", held_on=APPLIED_ON, today=APPLIED_ON,
                                notes="Sangat bersemangat.")
    applications.decide(supervisor, first, "accepted")
    second = apply(officer, person, other)
    history = applications.participant_history(officer, person)
    assert history.full_name == "Siti Rahmawati"
    assert {a.id for a in history.applications} == {first, second}
    story = history.application(first)
    assert (story.program_name, story.skill_name, story.status) == (
        "Dinsos Tata Boga", "Tata Boga", "accepted")
    assert story.verdict is not None and story.verdict.eligible
    assert [(i.interviewer, i.score, i.recommendation, i.notes) for i in story.interviews] == [
        ("Dedi Petugas", 75, "recommended", "Sangat bersemangat.")]
    assert story.interviews[0].answers == {"motivation": "Menambah penghasilan."}
    assert story.classes == ()
    with officer.read() as session:
        assert session.scalars(select(Interview.application_id)).all() == [first]
