"""Completion of a class: attendance rates, who completes, and recording it.

- ``class_completion`` gives every person of the class (those who moved on to another
  class are listed there instead) with their attendance tally and whether it meets the
  program's ``completion_threshold`` (domain.attendance_rate has the rule: H and T count,
  I/S/A and unmarked sessions do not, exactly at the threshold completes).
- A person's sessions are those held (dated today or earlier) on days they were in a class
  of this application, so marks taken in a class they were moved out of still count.
- ``record_completion`` moves the applications of people who meet the threshold to
  "completed" (applications.change_status) and marks their enrollment "completed", all in
  one transaction. It is refused while the class still has sessions to come, and for a
  person below the threshold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select

from enrollment_app.domain.application_status import ASSIGNED, COMPLETED
from enrollment_app.domain.attendance_rate import AttendanceTally, tally
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.applications import change_status, get_live
from enrollment_app.services.classes import MOVED
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.permissions import (
    Permission,
    require,
    require_class_trainer,
)
from enrollment_app.storage.models import (
    Application,
    AttendanceMark,
    ClassEnrollment,
    ClassSession,
    Interview,
    Participant,
    Program,
    TrainingClass,
)
from enrollment_app.storage.session_hooks import AppSession

OUTCOME_COMPLETED = "completed"


class ClassNotFinishedError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "{class_name} still has {count} session(s) to come; completion is "
        "recorded after the last session.")


class BelowThresholdError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "{name} attended {attended} of {held} sessions ({rate}%), below the "
        "program's {threshold}%; the completion was not recorded.")


@dataclass(frozen=True)
class CompletionRow:
    participant_id: str
    application_id: str
    enrollment_id: str
    full_name: str
    kelurahan_code: str
    status: str  # the application's status
    tally: AttendanceTally
    completes: bool  # meets the threshold
    interview_score: int | None  # of the latest interview, when there was one

    @property
    def completed(self) -> bool:
        return self.status == COMPLETED


@dataclass(frozen=True)
class ClassCompletion:
    class_id: str
    class_name: str
    program_id: str
    program_name: str
    threshold: int  # percent
    starter_package_top_n: int
    sessions_held: int
    sessions_to_come: int
    rows: tuple[CompletionRow, ...]

    def row(self, participant_id: str) -> CompletionRow:
        return next(r for r in self.rows if r.participant_id == participant_id)

    @property
    def completing(self) -> int:
        return sum(1 for r in self.rows if r.completes)

    @property
    def average_rate(self) -> float:
        rates = [r.tally.rate_percent for r in self.rows if r.tally.held]
        return sum(rates) / len(rates) if rates else 0.0


def class_completion(ctx: ServiceContext, class_id: str, *,
                     today: date | None = None) -> ClassCompletion:
    """Every person of the class with attendance and completion (trainer or supervisor)."""
    with ctx.read() as session:
        klass = get_live(session, TrainingClass, class_id)
        require_class_trainer(ctx, klass.trainer_id)
        return completion_of(session, klass, today or date.today())


def record_completion(ctx: ServiceContext, class_id: str,
                      participant_ids: Sequence[str] | None = None, *,
                      today: date | None = None) -> list[str]:
    """Record completion for ``participant_ids`` (default: everyone assigned who meets
    the threshold); returns the application ids completed (people completed already are
    left as they are)."""
    require(ctx, Permission.DECIDE_APPLICATIONS)
    day = today or date.today()
    with ctx.write() as session:
        klass = get_live(session, TrainingClass, class_id)
        summary = completion_of(session, klass, day)
        if summary.sessions_to_come:
            raise ClassNotFinishedError(class_name=klass.name,
                                        count=summary.sessions_to_come)
        chosen = ([summary.row(pid) for pid in dict.fromkeys(participant_ids)]
                  if participant_ids is not None else
                  [r for r in summary.rows if r.completes and r.status == ASSIGNED])
        done = []
        for row in chosen:
            if row.completed:
                continue
            if not row.completes:
                raise BelowThresholdError(
                    name=row.full_name, attended=row.tally.attended, held=row.tally.held,
                    rate=f"{row.tally.rate_percent:.1f}", threshold=summary.threshold)
            application = get_live(session, Application, row.application_id)
            change_status(session, application, COMPLETED)
            get_live(session, ClassEnrollment, row.enrollment_id).outcome = OUTCOME_COMPLETED
            done.append(application.id)
        session.flush()
        return done


# ---------------------------------------------------------------------------- internals
def completion_of(session: AppSession, klass: TrainingClass, today: date) -> ClassCompletion:
    """The completion summary of ``klass`` inside the caller's session (the documents
    and the starter-package choice read it too)."""
    program = get_live(session, Program, klass.program_id)
    own_sessions = session.scalars(select(ClassSession.session_date).where(
        ClassSession.class_id == klass.id, ClassSession.deleted_at.is_(None))).all()
    rows = session.execute(select(ClassEnrollment, Participant, Application).join(
        Participant, Participant.id == ClassEnrollment.participant_id).join(
        Application, Application.id == ClassEnrollment.application_id).where(
        ClassEnrollment.class_id == klass.id, ClassEnrollment.deleted_at.is_(None),
        ClassEnrollment.outcome != MOVED).order_by(Participant.name_key)).all()
    application_ids = [application.id for _e, _p, application in rows]
    tallies = _tallies(session, application_ids, today)
    scores = _latest_scores(session, application_ids)
    threshold = program.completion_threshold
    result = []
    for enrollment, person, application in rows:
        counted = tallies.get(application.id, AttendanceTally(held=0))
        result.append(CompletionRow(
            participant_id=person.id, application_id=application.id,
            enrollment_id=enrollment.id, full_name=person.full_name,
            kelurahan_code=person.kelurahan_code, status=application.status,
            tally=counted, completes=counted.meets(threshold),
            interview_score=scores.get(application.id)))
    return ClassCompletion(
        class_id=klass.id, class_name=klass.name, program_id=program.id,
        program_name=program.name, threshold=threshold,
        starter_package_top_n=program.starter_package_top_n,
        sessions_held=sum(1 for d in own_sessions if d <= today),
        sessions_to_come=sum(1 for d in own_sessions if d > today), rows=tuple(result))


@dataclass(frozen=True)
class HeldSession:
    """A session held while the person was in the class, with their mark ("" if none)."""

    session_id: str
    session_date: date
    start_time: time | None
    end_time: time | None
    code: str


def held_sessions(session: AppSession, application_ids: Sequence[str],
                  today: date) -> dict[str, list[HeldSession]]:
    """Per application: the sessions held (by ``today``) while its person was in one of
    its classes, by date, with the marks they got there."""
    if not application_ids:
        return {}
    stays = session.execute(select(
        ClassEnrollment.application_id, ClassEnrollment.participant_id,
        ClassEnrollment.class_id, ClassEnrollment.joined_on, ClassEnrollment.left_on).where(
        ClassEnrollment.application_id.in_(application_ids),
        ClassEnrollment.deleted_at.is_(None))).all()
    sessions = session.scalars(select(ClassSession).where(
        ClassSession.class_id.in_({stay.class_id for stay in stays}),
        ClassSession.deleted_at.is_(None), ClassSession.session_date <= today
    ).order_by(ClassSession.session_date, ClassSession.start_time)).all()
    by_class: dict[str, list[ClassSession]] = defaultdict(list)
    for row in sessions:
        by_class[row.class_id].append(row)
    marks = {(pid, sid): code for pid, sid, code in session.execute(select(
        AttendanceMark.participant_id, AttendanceMark.session_id, AttendanceMark.code).where(
        AttendanceMark.participant_id.in_({stay.participant_id for stay in stays}),
        AttendanceMark.session_id.in_([s.id for s in sessions]),
        AttendanceMark.deleted_at.is_(None)))}
    result: dict[str, list[HeldSession]] = defaultdict(list)
    for stay in stays:
        result[stay.application_id].extend(
            HeldSession(s.id, s.session_date, s.start_time, s.end_time,
                        marks.get((stay.participant_id, s.id), ""))
            for s in by_class[stay.class_id]
            if stay.joined_on <= s.session_date
            and (stay.left_on is None or s.session_date < stay.left_on))
    for rows in result.values():
        rows.sort(key=lambda held: (held.session_date, held.start_time or time()))
    return result


def _tallies(session: AppSession, application_ids: Sequence[str],
             today: date) -> dict[str, AttendanceTally]:
    return {application_id: tally(len(rows), (r.code for r in rows if r.code))
            for application_id, rows in held_sessions(session, application_ids,
                                                      today).items()}


def _latest_scores(session: AppSession, application_ids: Sequence[str]) -> dict[str, int]:
    rows = session.execute(select(Interview.application_id, Interview.score).where(
        Interview.application_id.in_(application_ids), Interview.deleted_at.is_(None),
        Interview.score.is_not(None)).order_by(Interview.held_on, Interview.created_at)).all()
    return {application_id: score for application_id, score in rows}  # the latest wins
