"""Applications: a person applies to a program, is decided on, and moves through the pipeline.

- ``apply`` checks the program's eligibility rules; an ineligible person is refused with
  the reasons unless a supervisor writes why they are admitted anyway (the reason is stored
  on the application, so the audit trail shows who overrode what).
- ``decide`` accepts, waitlists or rejects. Places are counted live per program and
  kecamatan (accepted + assigned + completed against ProgramQuota); an acceptance beyond
  the quota goes to the waitlist with the next position, and a place that frees moves the
  first waitlisted person up (``promote_waitlist``).
- ``participant_history`` tells one person's whole story: applications, interviews, classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from enrollment_app.domain.application_status import (
    ACCEPTED,
    ASSIGNED,
    COMPLETED,
    DECISIONS,
    DROPPED,
    FINAL_STATUSES,
    PLACE_HOLDING,
    REJECTED,
    WAITLISTED,
    may_follow,
)
from enrollment_app.domain.eligibility import PersonFacts, Verdict, evaluate
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.validation import Problem
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
from enrollment_app.services.errors import NotFoundError, ValidationError
from enrollment_app.services.permissions import Permission, allowed, require
from enrollment_app.storage.models import (
    Application,
    ClassEnrollment,
    Interview,
    Participant,
    Program,
    ProgramQuota,
    ProgramSkill,
    TrainingClass,
    User,
)
from enrollment_app.storage.session_hooks import AppSession

MAX_REASON = 1000
# Stored as English source texts in the "services" context; screens translate them.
QUOTA_FULL_REASON = QT_TRANSLATE_NOOP(
    "services", "Accepted, but the kecamatan quota is full: placed on the waitlist.")
PROMOTED_REASON = QT_TRANSLATE_NOOP("services", "Moved up from the waitlist: a place freed.")
PROGRESS_STATUSES = (ASSIGNED, COMPLETED, DROPPED)


@dataclass(frozen=True)
class Decision:
    """What a decision did: the status set, the waitlist position, who moved up."""

    application_id: str
    status: str
    waitlist_position: int | None = None
    promoted: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuotaState:
    quota: int | None  # None: the program sets no quota for this kecamatan
    taken: int
    waiting: int

    @property
    def free(self) -> int | None:
        return None if self.quota is None else max(self.quota - self.taken, 0)


# ------------------------------------------------------------------------------ applying
def check_eligibility(ctx: ServiceContext, participant_id: str, program_id: str, *,
                      reference_date: date | None = None) -> Verdict:
    """The verdict ``apply`` would reach now, for showing before applying."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        participant = get_live(session, Participant, participant_id)
        program = get_live(session, Program, program_id)
        active = _active_application(session, participant_id, program_id)
        return _verdict(program, participant, active is not None, reference_date)


def apply(ctx: ServiceContext, participant_id: str, program_id: str,
          skill_id: str | None = None, override_reason: str = "", *,
          today: date | None = None) -> str:
    """Register an application and return its id.

    Raises NotEligibleError (with the verdict) when the person does not meet the rules
    and no override reason is given, OverrideNotAllowedError when someone other than a
    supervisor gives one, ActiveApplicationError when the person is already in the
    program, ValidationError for a missing or foreign skill or an unreadable reason.
    """
    require(ctx, Permission.REGISTER)
    override = check_free_text(override_reason, "override_reason", max_length=MAX_REASON,
                               multiline=True)
    if not override.ok:
        raise ValidationError(override.problems)
    with ctx.write() as session:
        participant = get_live(session, Participant, participant_id)
        program = get_live(session, Program, program_id)
        if not program.active:
            raise ProgramClosedError(program=program.name)
        skill = _checked_skill(session, program, skill_id)
        active = _active_application(session, participant_id, program_id)
        verdict = _verdict(program, participant, active is not None, today)
        if active is not None:
            raise ActiveApplicationError(verdict, name=participant.full_name,
                                         program=program.name, status=active.status)
        if not verdict.eligible:
            if not override.value:
                raise NotEligibleError(verdict, name=participant.full_name,
                                       program=program.name)
            if not allowed(ctx.actor.role, Permission.OVERRIDE_ELIGIBILITY):
                raise OverrideNotAllowedError()
        application = Application(
            program_id=program.id, skill_id=skill, participant_id=participant.id,
            kecamatan_code=participant.kecamatan_code, applied_on=today or date.today(),
            eligibility=verdict.to_json(),
            override_reason="" if verdict.eligible else (override.value or ""))
        session.add(application)
        session.flush()
        return application.id


# ----------------------------------------------------------------------------- deciding
def decide(ctx: ServiceContext, application_id: str, decision: str,
           reason: str = "") -> Decision:
    """Accept, waitlist or reject (a rejection needs a reason).

    Acceptance beyond the kecamatan quota waitlists instead (see the returned Decision);
    accepting a waitlisted application while the quota is still full raises
    QuotaFullError. A program that requires an interview takes no acceptance or
    waitlisting before one is recorded.
    """
    require(ctx, Permission.DECIDE_APPLICATIONS)
    if decision not in DECISIONS:
        raise ValidationError([Problem("decision", "decision.unknown", QT_TRANSLATE_NOOP(
            "validation", "Choose accept, waitlist or reject."))])
    text = _checked_reason(reason, required=decision == REJECTED)
    with ctx.write() as session:
        application = get_live(session, Application, application_id)
        require_step(application.status, decision)
        if decision == REJECTED:
            return _leave(session, application, REJECTED, text)
        _require_interview_if_needed(session, application)
        if decision == WAITLISTED:
            _waitlist(session, application, text)
            return Decision(application.id, WAITLISTED, application.waitlist_position)
        return _accept(session, application, text)


def record_progress(ctx: ServiceContext, application_id: str, status: str,
                    reason: str = "") -> Decision:
    """Later steps: assigned to a class, completed, dropped (a drop frees the place)."""
    require(ctx, Permission.DECIDE_APPLICATIONS)
    if status not in PROGRESS_STATUSES:
        raise ValidationError([Problem("status", "progress.unknown", QT_TRANSLATE_NOOP(
            "validation", "Choose assigned, completed or dropped."))])
    text = _checked_reason(reason, required=False)
    with ctx.write() as session:
        application = get_live(session, Application, application_id)
        return change_status(session, application, status, text)


def change_status(session: AppSession, application: Application, status: str,
                  reason: str = "") -> Decision:
    """Move ``application`` to assigned/completed/dropped inside the caller's transaction
    (class services assign people in the same transaction as the enrollment)."""
    require_step(application.status, status)
    if status == DROPPED:
        return _leave(session, application, DROPPED, reason)
    application.status = status
    application.status_reason = reason
    return Decision(application.id, status)


def promote_waitlist(ctx: ServiceContext, program_id: str,
                     kecamatan_code: str) -> tuple[str, ...]:
    """Move waitlisted applications up, first in line first, while places are free
    (after a quota was raised, for instance); returns the ids moved up."""
    require(ctx, Permission.DECIDE_APPLICATIONS)
    with ctx.write() as session:
        return _promote(session, program_id, kecamatan_code)


def quota_state(ctx: ServiceContext, program_id: str, kecamatan_code: str) -> QuotaState:
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        return _quota_state(session, program_id, kecamatan_code)


# ---------------------------------------------------------------------------- internals
def get_live(session: AppSession, model: Any, record_id: str) -> Any:
    """The row with ``record_id`` unless missing or tombstoned (then NotFoundError)."""
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError()
    return row


def _verdict(program: Program, participant: Participant, already_active: bool,
             reference_date: date | None) -> Verdict:
    return evaluate(program.eligibility or {}, PersonFacts.of(participant),
                    reference_date=reference_date, already_active=already_active)


def _active_application(session: AppSession, participant_id: str,
                        program_id: str) -> Application | None:
    return session.scalars(select(Application).where(
        Application.participant_id == participant_id, Application.program_id == program_id,
        Application.status.not_in(FINAL_STATUSES), Application.deleted_at.is_(None)
    ).limit(1)).first()


def _checked_skill(session: AppSession, program: Program, skill_id: str | None) -> str | None:
    skills = {s.id for s in program.skills if s.deleted_at is None}
    if skill_id is None and not skills:
        return None
    if skill_id in skills:
        return skill_id
    message = (QT_TRANSLATE_NOOP("validation", "Choose the skill the person will learn.")
               if skill_id is None else
               QT_TRANSLATE_NOOP("validation", "This skill is not offered by the program."))
    raise ValidationError([Problem("skill_id", "application.skill", message)])


def _checked_reason(reason: str, *, required: bool) -> str:
    result = check_free_text(reason, "reason", required=required, max_length=MAX_REASON,
                             multiline=True)
    if not result.ok:
        raise ValidationError(result.problems)
    return result.value or ""


def require_step(current: str, new: str) -> None:
    """IllegalTransitionError unless the pipeline lets ``new`` follow ``current``."""
    if not may_follow(current, new):
        raise IllegalTransitionError(current, new)


def _require_interview_if_needed(session: AppSession, application: Application) -> None:
    program = get_live(session, Program, application.program_id)
    if program.requires_interview and not _has_interview(session, application.id):
        raise InterviewRequiredError(program=program.name)


def _has_interview(session: AppSession, application_id: str) -> bool:
    return session.scalar(select(func.count()).select_from(Interview).where(
        Interview.application_id == application_id, Interview.deleted_at.is_(None))) > 0


def _quota_state(session: AppSession, program_id: str, kecamatan_code: str) -> QuotaState:
    quota = session.scalar(select(ProgramQuota.quota).where(
        ProgramQuota.program_id == program_id, ProgramQuota.kecamatan_code == kecamatan_code,
        ProgramQuota.deleted_at.is_(None)))
    counts = dict(session.execute(
        select(Application.status, func.count()).where(
            Application.program_id == program_id,
            Application.kecamatan_code == kecamatan_code,
            Application.deleted_at.is_(None)).group_by(Application.status)).all())
    taken = sum(counts.get(status, 0) for status in PLACE_HOLDING)
    return QuotaState(quota, taken, counts.get(WAITLISTED, 0))


def _accept(session: AppSession, application: Application, reason: str) -> Decision:
    state = _quota_state(session, application.program_id, application.kecamatan_code)
    if state.free == 0:
        if application.status == WAITLISTED:
            raise QuotaFullError(quota=state.quota, position=application.waitlist_position)
        _waitlist(session, application, QUOTA_FULL_REASON)
        return Decision(application.id, WAITLISTED, application.waitlist_position)
    application.status = ACCEPTED
    application.status_reason = reason
    application.waitlist_position = None
    return Decision(application.id, ACCEPTED)


def _waitlist(session: AppSession, application: Application, reason: str) -> None:
    last = session.scalar(select(func.max(Application.waitlist_position)).where(
        Application.program_id == application.program_id,
        Application.kecamatan_code == application.kecamatan_code,
        Application.status == WAITLISTED, Application.deleted_at.is_(None)))
    application.status = WAITLISTED
    application.status_reason = reason
    application.waitlist_position = (last or 0) + 1


def _leave(session: AppSession, application: Application, status: str,
           reason: str) -> Decision:
    """Reject or drop; a place it held goes to the first waitlisted person."""
    freed = application.status in PLACE_HOLDING
    application.status = status
    application.status_reason = reason
    application.waitlist_position = None
    session.flush()
    promoted = _promote(session, application.program_id,
                        application.kecamatan_code) if freed else ()
    return Decision(application.id, status, promoted=promoted)


def _promote(session: AppSession, program_id: str, kecamatan_code: str) -> tuple[str, ...]:
    promoted: list[str] = []
    while True:
        state = _quota_state(session, program_id, kecamatan_code)
        if state.waiting == 0 or state.free == 0:
            return tuple(promoted)
        first = session.scalars(select(Application).where(
            Application.program_id == program_id,
            Application.kecamatan_code == kecamatan_code, Application.status == WAITLISTED,
            Application.deleted_at.is_(None)
        ).order_by(Application.waitlist_position, Application.created_at).limit(1)).one()
        first.status = ACCEPTED
        first.status_reason = PROMOTED_REASON
        first.waitlist_position = None
        session.flush()
        promoted.append(first.id)


# ------------------------------------------------------------------------------ history
@dataclass(frozen=True)
class InterviewRecord:
    id: str
    held_on: date
    interviewer: str
    score: int | None
    recommendation: str
    answers: dict[str, Any]
    notes: str


@dataclass(frozen=True)
class ClassRecord:
    class_name: str
    venue_name: str
    joined_on: date
    left_on: date | None
    outcome: str


@dataclass(frozen=True)
class ApplicationRecord:
    id: str
    participant_id: str | None
    participant_name: str
    program_id: str
    program_name: str
    requires_interview: bool
    interview_questions: tuple[dict[str, Any], ...]  # the program's, as stored
    skill_name: str
    status: str
    status_reason: str
    applied_on: date
    kecamatan_code: str
    waitlist_position: int | None
    verdict: Verdict | None
    override_reason: str
    interviews: tuple[InterviewRecord, ...]
    classes: tuple[ClassRecord, ...]


@dataclass(frozen=True)
class ParticipantHistory:
    participant_id: str
    full_name: str
    nik: str
    applications: tuple[ApplicationRecord, ...]

    def application(self, application_id: str) -> ApplicationRecord:
        return next(a for a in self.applications if a.id == application_id)


def participant_history(ctx: ServiceContext, participant_id: str) -> ParticipantHistory:
    """One person's applications (newest first) with their eligibility, interviews and
    classes."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        participant = get_live(session, Participant, participant_id)
        applications = session.scalars(select(Application).where(
            Application.participant_id == participant_id, Application.deleted_at.is_(None)
        ).order_by(Application.applied_on.desc(), Application.created_at.desc())).all()
        records = tuple(_application_record(session, a) for a in applications)
        return ParticipantHistory(participant.id, participant.full_name, participant.nik,
                                  records)


def find_application(ctx: ServiceContext, application_id: str) -> ApplicationRecord:
    """One application with its program, eligibility, interviews and classes."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        return _application_record(session, get_live(session, Application, application_id))


def _application_record(session: AppSession, application: Application) -> ApplicationRecord:
    program = session.get(Program, application.program_id)
    skill = session.get(ProgramSkill, application.skill_id) if application.skill_id else None
    person = (session.get(Participant, application.participant_id)
              if application.participant_id else None)
    return ApplicationRecord(
        id=application.id, participant_id=application.participant_id,
        participant_name=person.full_name if person else "",
        program_id=application.program_id,
        program_name=program.name if program else "",
        requires_interview=bool(program and program.requires_interview),
        interview_questions=tuple(program.interview_questions or ()) if program else (),
        skill_name=skill.name if skill else "", status=application.status,
        status_reason=application.status_reason, applied_on=application.applied_on,
        kecamatan_code=application.kecamatan_code,
        waitlist_position=application.waitlist_position,
        verdict=_stored_verdict(application.eligibility),
        override_reason=application.override_reason,
        interviews=_interviews(session, application.id),
        classes=_classes(session, application.id))


def _stored_verdict(data: dict[str, Any] | None) -> Verdict | None:
    if not data:
        return None
    try:
        return Verdict.from_json(data)
    except (KeyError, TypeError, ValueError):  # written by an older or newer version
        return None


def _interviews(session: AppSession, application_id: str) -> tuple[InterviewRecord, ...]:
    rows = session.execute(select(Interview, User.full_name, User.username).outerjoin(
        User, User.id == Interview.interviewer_id).where(
        Interview.application_id == application_id, Interview.deleted_at.is_(None)
    ).order_by(Interview.held_on, Interview.created_at)).all()
    return tuple(InterviewRecord(
        id=row.id, held_on=row.held_on, interviewer=full_name or username or "",
        score=row.score, recommendation=row.recommendation, answers=dict(row.answers or {}),
        notes=row.notes) for row, full_name, username in rows)


def _classes(session: AppSession, application_id: str) -> tuple[ClassRecord, ...]:
    rows = session.execute(select(ClassEnrollment, TrainingClass).join(
        TrainingClass, TrainingClass.id == ClassEnrollment.class_id).where(
        ClassEnrollment.application_id == application_id,
        ClassEnrollment.deleted_at.is_(None)
    ).order_by(ClassEnrollment.joined_on)).all()
    return tuple(ClassRecord(
        class_name=klass.name, venue_name=klass.venue_name, joined_on=enrollment.joined_on,
        left_on=enrollment.left_on, outcome=enrollment.outcome)
        for enrollment, klass in rows)
