"""Selection interviews: the question set, validation, and what is saved."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from enrollment_app.services import applications, interviews
from enrollment_app.services.application_errors import IllegalTransitionError
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import PermissionDeniedError, ValidationError
from enrollment_app.storage.models import Application, Interview, Program
from tests.applicants import APPLIED_ON, add_program, register, skill_id
from tests.staff import add_staff

QUESTIONS = [
    {"key": "motivation", "label": "Why do you want to join this training?", "type": "text"},
    {"key": "time", "label": "When can you attend?", "type": "choice",
     "options": [{"value": "pagi", "label": "Mornings"}, {"value": "sore", "label": "Afternoons"}]},
    {"key": "support", "label": "Family support", "type": "scale", "min": 1, "max": 4},
    {"key": "broken", "type": "text"},  # no label: this version skips it
    {"key": "odd", "label": "Odd", "type": "video"},  # unknown type: skipped
]


@pytest.fixture
def interviewer(supervisor: ServiceContext) -> ServiceContext:
    return add_staff(supervisor, "pewawancara", "field_officer", "Wulan Pewawancara")


@pytest.fixture
def application(supervisor: ServiceContext) -> str:
    program = add_program(supervisor, requires_interview=True, questions=QUESTIONS)
    person = register(supervisor, 1)
    return applications.apply(supervisor, person, program, skill_id(supervisor, program),
                              today=APPLIED_ON)


def record(ctx: ServiceContext, application_id: str, **overrides: Any) -> str:
    values: dict[str, Any] = {
        "answers": {"motivation": "Ingin membuka usaha katering.", "time": "pagi",
                    "support": 4},
        "score": 82, "recommendation": "recommended", "held_on": date(2026, 2, 3),
        "notes": "Membawa contoh kue.", "today": date(2026, 2, 5)}
    values.update(overrides)
    return interviews.record_interview(ctx, application_id, **values)


def test_the_programs_own_questions_are_used_and_unreadable_ones_skipped(
        supervisor: ServiceContext) -> None:
    program_id = add_program(supervisor, questions=QUESTIONS)
    with supervisor.read() as session:
        questions = interviews.question_set(session.get(Program, program_id))
    assert [(q.key, q.type) for q in questions] == [
        ("motivation", "text"), ("time", "choice"), ("support", "scale")]
    assert [o.value for o in questions[1].options] == ["pagi", "sore"]
    assert (questions[2].minimum, questions[2].maximum) == (1, 4)


def test_a_program_without_questions_gets_the_default_set(supervisor: ServiceContext) -> None:
    program_id = add_program(supervisor)
    with supervisor.read() as session:
        questions = interviews.question_set(session.get(Program, program_id))
    assert [q.key for q in questions] == ["motivation", "prior_experience", "business_idea",
                                          "available_time", "family_support", "needs"]


def test_an_interview_is_saved_and_the_application_marked_interviewed(
        interviewer: ServiceContext, application: str) -> None:
    interview_id = record(interviewer, application)
    with interviewer.read() as session:
        saved = session.get(Interview, interview_id)
        status = session.scalar(select(Application.status).where(Application.id == application))
    assert saved is not None
    assert saved.interviewer_id == interviewer.actor.user_id
    assert saved.held_on == date(2026, 2, 3)
    assert saved.answers == {"motivation": "Ingin membuka usaha katering.", "time": "pagi",
                             "support": 4}
    assert (saved.score, saved.recommendation, saved.notes) == (
        82, "recommended", "Membawa contoh kue.")
    assert status == "interviewed"


def test_the_date_defaults_to_today(interviewer: ServiceContext, application: str) -> None:
    interview_id = record(interviewer, application, held_on=None)
    with interviewer.read() as session:
        assert session.get(Interview, interview_id).held_on == date(2026, 2, 5)


@pytest.mark.parametrize(("overrides", "field"), [
    ({"score": 101}, "score"),
    ({"score": -1}, "score"),
    ({"score": None}, "score"),
    ({"score": True}, "score"),
    ({"recommendation": "maybe"}, "recommendation"),
    ({"held_on": date(2026, 2, 6)}, "held_on"),  # tomorrow
    ({"held_on": date(2026, 1, 31)}, "held_on"),  # before the application
    ({"answers": {"time": "malam"}}, "time"),
    ({"answers": {"support": 5}}, "support"),
    ({"answers": {"support": "4"}}, "support"),
    ({"answers": {"salary": "banyak"}}, "salary"),
    ({"answers": {"motivation": "x" * 2001}}, "motivation"),
    ({"notes": "bad \x07 bell"}, "notes"),
])
def test_bad_input_is_refused_and_nothing_saved(interviewer: ServiceContext, application: str,
                                                overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        record(interviewer, application, **overrides)
    assert field in [p.field for p in refused.value.problems]
    with interviewer.read() as session:
        assert session.scalars(select(Interview)).all() == []
        assert session.get(Application, application).status == "registered"


def test_empty_answers_are_left_out(interviewer: ServiceContext, application: str) -> None:
    interview_id = record(interviewer, application,
                          answers={"motivation": "  ", "time": "", "support": None})
    with interviewer.read() as session:
        assert session.get(Interview, interview_id).answers == {}


def test_a_second_interview_keeps_the_status(interviewer: ServiceContext,
                                             application: str) -> None:
    record(interviewer, application)
    record(interviewer, application, score=70, recommendation="consider")
    with interviewer.read() as session:
        assert len(session.scalars(select(Interview)).all()) == 2
        assert session.get(Application, application).status == "interviewed"


def test_no_interview_after_the_decision(supervisor: ServiceContext, interviewer: ServiceContext,
                                        application: str) -> None:
    record(interviewer, application)
    applications.decide(supervisor, application, "accepted")
    with pytest.raises(IllegalTransitionError):
        record(interviewer, application)


def test_a_trainer_cannot_interview(supervisor: ServiceContext, application: str) -> None:
    trainer = add_staff(supervisor, "pelatih", "trainer")
    with pytest.raises(PermissionDeniedError):
        record(trainer, application)
