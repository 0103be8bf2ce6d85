"""Selection interviews: the program's question set, and recording what was answered.

A program's questions come from ``Program.interview_questions`` (catalog data:
``{"key", "label", "type": "text" | "choice" | "scale", "options": [{"value", "label"}],
"min", "max"}``, see domain.interview_questions); a program without its own set uses the
standard set. Labels are English source texts in the "interview" translation context.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from enrollment_app.domain.application_status import INTERVIEWED, RECOMMENDATIONS
from enrollment_app.domain.interview_questions import standard_questions
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.validation import Problem
from enrollment_app.services.applications import get_live, require_step
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ValidationError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.models import Application, Interview, Program

TEXT, CHOICE, SCALE = "text", "choice", "scale"
SCORE_MIN, SCORE_MAX = 0, 100
MAX_ANSWER = 2000
MAX_NOTES = 2000


@dataclass(frozen=True)
class Option:
    value: str
    label: str  # English source text, context "interview"


@dataclass(frozen=True)
class Question:
    key: str
    label: str  # English source text, context "interview"
    type: str = TEXT
    options: tuple[Option, ...] = ()
    minimum: int = 1
    maximum: int = 5


def _standard_set() -> tuple[Question, ...]:
    return tuple(q for q in (_question(item) for item in standard_questions()) if q)


def question_set(program: Program) -> tuple[Question, ...]:
    """The program's interview questions, or the default set when it has none."""
    return questions_from(getattr(program, "interview_questions", None) or ())


def questions_from(items: Sequence[Mapping[str, Any]]) -> tuple[Question, ...]:
    """Questions from catalog data (as stored in ``Program.interview_questions``), or the
    standard set when there are none this version can read."""
    questions = tuple(q for q in (_question(item) for item in items) if q is not None)
    return questions or _standard_set()


def questions_for_application(ctx: ServiceContext, application_id: str) -> tuple[Question, ...]:
    require(ctx, Permission.INTERVIEW)
    with ctx.read() as session:
        application = get_live(session, Application, application_id)
        return question_set(get_live(session, Program, application.program_id))


def record_interview(ctx: ServiceContext, application_id: str, answers: Mapping[str, Any],
                     score: int | None, recommendation: str, held_on: date | None = None,
                     notes: str = "", *, today: date | None = None) -> str:
    """Save one interview (the interviewer is the signed-in user) and mark the application
    interviewed; returns the interview id. Raises ValidationError listing every problem."""
    require(ctx, Permission.INTERVIEW)
    today = today or date.today()
    held = held_on or today
    with ctx.write() as session:
        application = get_live(session, Application, application_id)
        if application.status != INTERVIEWED:
            require_step(application.status, INTERVIEWED)
        questions = question_set(get_live(session, Program, application.program_id))
        clean, problems = _checked_answers(questions, answers)
        problems += _checked_score(score)
        if recommendation not in RECOMMENDATIONS:
            problems.append(Problem("recommendation", "interview.recommendation",
                                    QT_TRANSLATE_NOOP("validation",
                                                      "Choose the recommendation.")))
        if held > today:
            problems.append(Problem("held_on", "interview.future", QT_TRANSLATE_NOOP(
                "validation", "The interview date is in the future.")))
        elif held < application.applied_on:
            problems.append(Problem("held_on", "interview.before_application",
                                    QT_TRANSLATE_NOOP(
                                        "validation", "The interview date is before the "
                                        "application was made.")))
        note = check_free_text(notes, "notes", max_length=MAX_NOTES, multiline=True)
        problems += note.problems
        if any(p.is_error for p in problems):
            raise ValidationError(problems)
        interview = Interview(application_id=application.id,
                              interviewer_id=ctx.actor.user_id, held_on=held, answers=clean,
                              score=score, recommendation=recommendation,
                              notes=note.value or "")
        session.add(interview)
        application.status = INTERVIEWED
        session.flush()
        return interview.id


def _question(item: Any) -> Question | None:
    """One catalog entry as a Question; entries this version cannot read are skipped."""
    if not isinstance(item, Mapping) or not item.get("key") or not item.get("label"):
        return None
    kind = item.get("type", TEXT)
    if kind not in (TEXT, CHOICE, SCALE):
        return None
    options = tuple(Option(str(o.get("value")), str(o.get("label") or o.get("value")))
                    for o in item.get("options") or () if isinstance(o, Mapping))
    if kind == CHOICE and not options:
        return None
    return Question(str(item["key"]), str(item["label"]), kind, options,
                    int(item.get("min", 1)), int(item.get("max", 5)))


def _checked_answers(questions: Sequence[Question], answers: Mapping[str, Any]
                     ) -> tuple[dict[str, Any], list[Problem]]:
    known = {q.key: q for q in questions}
    clean: dict[str, Any] = {}
    problems: list[Problem] = []
    for key in answers:
        if key not in known:
            problems.append(Problem(key, "interview.unknown_question", QT_TRANSLATE_NOOP(
                "validation", "This question is not part of the program's interview.")))
    for question in questions:
        value = answers.get(question.key)
        if value is None or value == "":
            continue
        if question.type == TEXT:
            result = check_free_text(str(value), question.key, max_length=MAX_ANSWER,
                                     multiline=True)
            problems += result.problems
            if result.value:
                clean[question.key] = result.value
        elif question.type == CHOICE:
            if value not in {o.value for o in question.options}:
                problems.append(Problem(question.key, "interview.choice", QT_TRANSLATE_NOOP(
                    "validation", "Choose one of the answers offered.")))
            else:
                clean[question.key] = value
        elif not isinstance(value, int) or not question.minimum <= value <= question.maximum:
            problems.append(Problem(question.key, "interview.scale", QT_TRANSLATE_NOOP(
                "validation", "Choose a number from {min} to {max}."),
                params={"min": question.minimum, "max": question.maximum}))
        else:
            clean[question.key] = value
    return clean, problems


def _checked_score(score: int | None) -> list[Problem]:
    if score is None:
        return [Problem("score", "interview.score_missing", QT_TRANSLATE_NOOP(
            "validation", "Give a score from {min} to {max}."),
            params={"min": SCORE_MIN, "max": SCORE_MAX})]
    if isinstance(score, bool) or not isinstance(score, int) \
            or not SCORE_MIN <= score <= SCORE_MAX:
        return [Problem("score", "interview.score_range", QT_TRANSLATE_NOOP(
            "validation", "The score must be a whole number from {min} to {max}."),
            params={"min": SCORE_MIN, "max": SCORE_MAX})]
    return []

