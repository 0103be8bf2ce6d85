"""Training classes: the class itself, its sessions, and who is in it.

- A supervisor creates and edits classes (program, skill, venue, trainer, capacity, dates)
  and their sessions, one date at a time or as a schedule (chosen weekdays between two
  dates).
- ``assign`` puts accepted applicants of the class's program into the class: each gets a
  ClassEnrollment and their application becomes "assigned" in the same transaction. The
  capacity holds, and a person is in one class per program at a time.
- ``move`` ends a person's enrollment (``left_on``, outcome "moved") and opens one in
  another class of the same program. Attendance marks belong to the person and the
  session, so the marks taken in the old class stay where they were.

A person is in a class on day ``d`` when ``joined_on <= d`` and ``left_on`` is empty or
later than ``d`` (a move on ``d`` puts them in the new class from that day).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select

from enrollment_app.domain.application_status import ACCEPTED, ASSIGNED
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.regions import load_regions
from enrollment_app.domain.validation import Problem
from enrollment_app.services.applications import change_status, get_live
from enrollment_app.services.class_errors import (
    AlreadyInClassError,
    ClassFullError,
    WrongProgramError,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from enrollment_app.services.permissions import TRAINER, Permission, allowed, require
from enrollment_app.storage.models import (
    Application,
    ClassEnrollment,
    ClassSession,
    Participant,
    Program,
    ProgramSkill,
    TrainingClass,
    User,
)
from enrollment_app.storage.session_hooks import AppSession

MAX_CAPACITY = 500
MAX_SCHEDULE_SESSIONS = 200
MOVED = "moved"


# ------------------------------------------------------------------------------ shapes
@dataclass(frozen=True)
class ClassDraft:
    """What a supervisor types for a class."""

    program_id: str
    name: str
    venue_name: str
    venue_address: str
    venue_kecamatan_code: str
    trainer_id: str | None
    capacity: int
    skill_id: str | None = None
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True)
class ClassInfo:
    id: str
    program_id: str
    program_name: str
    skill_id: str | None
    skill_name: str
    name: str
    venue_name: str
    venue_address: str
    venue_kecamatan_code: str
    trainer_id: str | None
    trainer_name: str
    capacity: int
    start_date: date | None
    end_date: date | None
    enrolled: int  # people in the class today
    sessions: int

    @property
    def free(self) -> int:
        return max(self.capacity - self.enrolled, 0)

    def draft(self) -> ClassDraft:
        return ClassDraft(self.program_id, self.name, self.venue_name, self.venue_address,
                          self.venue_kecamatan_code, self.trainer_id, self.capacity,
                          self.skill_id, self.start_date, self.end_date)


@dataclass(frozen=True)
class SessionInfo:
    id: str
    class_id: str
    session_date: date
    start_time: time | None
    end_time: time | None
    topic: str


@dataclass(frozen=True)
class RosterMember:
    enrollment_id: str
    participant_id: str
    application_id: str
    full_name: str
    nik: str
    phone: str
    joined_on: date
    left_on: date | None
    outcome: str


@dataclass(frozen=True)
class Applicant:
    """An accepted application that may be assigned to a class."""

    application_id: str
    participant_id: str
    full_name: str
    nik: str
    kecamatan_code: str
    skill_name: str


@dataclass(frozen=True)
class TrainerChoice:
    id: str
    name: str


# ------------------------------------------------------------------------------ classes
def create_class(ctx: ServiceContext, draft: ClassDraft) -> str:
    """Add a class and return its id; ValidationError names every field that is wrong."""
    require(ctx, Permission.MANAGE_CLASSES)
    with ctx.write() as session:
        values = _checked_draft(session, draft)
        klass = TrainingClass(**values)
        session.add(klass)
        session.flush()
        return klass.id


def update_class(ctx: ServiceContext, class_id: str, draft: ClassDraft) -> ClassInfo:
    """Change a class (the program stays: people were assigned for it)."""
    require(ctx, Permission.MANAGE_CLASSES)
    with ctx.write() as session:
        klass = get_live(session, TrainingClass, class_id)
        values = _checked_draft(session, draft, klass)
        for key, value in values.items():
            setattr(klass, key, value)
        session.flush()
        return _info(session, klass)


def get_class(ctx: ServiceContext, class_id: str) -> ClassInfo:
    _require_viewer(ctx)
    with ctx.read() as session:
        klass = get_live(session, TrainingClass, class_id)
        _require_own_class(ctx, klass)
        return _info(session, klass)


def list_classes(ctx: ServiceContext, program_id: str | None = None) -> list[ClassInfo]:
    """Live classes by start date and name; a trainer sees only the classes they teach."""
    _require_viewer(ctx)
    query = select(TrainingClass).where(TrainingClass.deleted_at.is_(None))
    if program_id is not None:
        query = query.where(TrainingClass.program_id == program_id)
    if not allowed(ctx.actor.role, Permission.MARK_ANY_ATTENDANCE):
        query = query.where(TrainingClass.trainer_id == ctx.actor.user_id)
    with ctx.read() as session:
        classes = session.scalars(query.order_by(TrainingClass.start_date,
                                                 TrainingClass.name)).all()
        return [_info(session, klass) for klass in classes]


def list_trainers(ctx: ServiceContext) -> list[TrainerChoice]:
    """Active trainer accounts, by name: who may be given a class."""
    require(ctx, Permission.MANAGE_CLASSES)
    with ctx.read() as session:
        rows = session.execute(select(User.id, User.full_name, User.username).where(
            User.role == TRAINER, User.active.is_(True), User.deleted_at.is_(None))).all()
    return sorted((TrainerChoice(uid, full or username) for uid, full, username in rows),
                  key=lambda t: t.name.casefold())


def _checked_draft(session: AppSession, draft: ClassDraft,
                   existing: TrainingClass | None = None) -> dict[str, object]:
    problems: list[Problem] = []
    texts: dict[str, str] = {}
    for key, limit, required in (("name", 200, True), ("venue_name", 200, True),
                                 ("venue_address", 300, False)):
        result = check_free_text(getattr(draft, key), key, required=required,
                                 max_length=limit)
        problems.extend(result.problems)
        texts[key] = result.value or ""
    program = session.get(Program, draft.program_id)
    if program is None or program.deleted_at is not None:
        problems.append(_problem("program_id", "class.program", QT_TRANSLATE_NOOP(
            "validation", "Choose the program the class belongs to.")))
    elif existing is not None and existing.program_id != draft.program_id:
        problems.append(_problem("program_id", "class.program_fixed", QT_TRANSLATE_NOOP(
            "validation", "A class keeps its program; create a new class instead.")))
    if draft.skill_id is not None:
        skill = session.get(ProgramSkill, draft.skill_id)
        if skill is None or skill.deleted_at is not None or skill.program_id != draft.program_id:
            problems.append(_problem("skill_id", "class.skill", QT_TRANSLATE_NOOP(
                "validation", "This skill is not offered by the program.")))
    if draft.venue_kecamatan_code not in load_regions().kecamatan_names:
        problems.append(_problem("venue_kecamatan_code", "class.kecamatan", QT_TRANSLATE_NOOP(
            "validation", "Choose the kecamatan of Kota Tangerang where the venue is.")))
    if not _is_active_trainer(session, draft.trainer_id):
        problems.append(_problem("trainer_id", "class.trainer", QT_TRANSLATE_NOOP(
            "validation", "Choose an active trainer account.")))
    problems.extend(_capacity_problems(session, draft.capacity, existing))
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        problems.append(_problem("end_date", "class.dates", QT_TRANSLATE_NOOP(
            "validation", "The last day comes before the first day.")))
    if problems:
        raise ValidationError(problems)
    return {"program_id": draft.program_id, "skill_id": draft.skill_id, **texts,
            "venue_kecamatan_code": draft.venue_kecamatan_code,
            "trainer_id": draft.trainer_id, "capacity": draft.capacity,
            "start_date": draft.start_date, "end_date": draft.end_date}


def _capacity_problems(session: AppSession, capacity: object,
                       existing: TrainingClass | None) -> list[Problem]:
    if isinstance(capacity, bool) or not isinstance(capacity, int) \
            or not 0 < capacity <= MAX_CAPACITY:
        return [_problem("capacity", "class.capacity", QT_TRANSLATE_NOOP(
            "validation", "The capacity is a whole number of places from 1 to {max}."),
            max=MAX_CAPACITY)]
    enrolled = _enrolled_count(session, existing.id, date.today()) if existing else 0
    if capacity < enrolled:
        return [_problem("capacity", "class.capacity_below", QT_TRANSLATE_NOOP(
            "validation", "{count} people are in the class already; the capacity cannot be "
            "lower."), count=enrolled)]
    return []


def _is_active_trainer(session: AppSession, user_id: str | None) -> bool:
    if not user_id:
        return False
    user = session.get(User, user_id)
    return bool(user and user.deleted_at is None and user.active and user.role == TRAINER)


def _problem(field: str, code: str, message: str, **params: object) -> Problem:
    return Problem(field, code, message, params=params)


def _info(session: AppSession, klass: TrainingClass) -> ClassInfo:
    program = session.get(Program, klass.program_id)
    skill = session.get(ProgramSkill, klass.skill_id) if klass.skill_id else None
    trainer = session.get(User, klass.trainer_id) if klass.trainer_id else None
    sessions = session.scalar(select(func.count()).select_from(ClassSession).where(
        ClassSession.class_id == klass.id, ClassSession.deleted_at.is_(None))) or 0
    return ClassInfo(
        id=klass.id, program_id=klass.program_id, program_name=program.name if program else "",
        skill_id=klass.skill_id, skill_name=skill.name if skill else "", name=klass.name,
        venue_name=klass.venue_name, venue_address=klass.venue_address,
        venue_kecamatan_code=klass.venue_kecamatan_code, trainer_id=klass.trainer_id,
        trainer_name=(trainer.full_name or trainer.username) if trainer else "",
        capacity=klass.capacity, start_date=klass.start_date, end_date=klass.end_date,
        enrolled=_enrolled_count(session, klass.id, date.today()), sessions=sessions)


# ------------------------------------------------------------------------------ sessions
def add_session(ctx: ServiceContext, class_id: str, session_date: date,
                start_time: time | None = None, end_time: time | None = None,
                topic: str = "") -> str:
    """Add one session; returns its id."""
    return add_sessions(ctx, class_id, [session_date], start_time, end_time, [topic])[0]


def add_schedule(ctx: ServiceContext, class_id: str, first: date, last: date,
                 weekdays: Collection[int], start_time: time | None = None,
                 end_time: time | None = None, topics: Sequence[str] = ()) -> list[str]:
    """One session on each of ``weekdays`` (Monday 0 .. Sunday 6) from ``first`` to
    ``last``; the n-th session gets ``topics[n]`` when given. Dates that already have a
    session are skipped. Returns the new sessions' ids."""
    if last < first or not weekdays:
        raise ValidationError([_problem("weekdays", "schedule.empty", QT_TRANSLATE_NOOP(
            "validation", "Choose the weekdays and a last day on or after the first."))])
    days = [first + timedelta(n) for n in range((last - first).days + 1)]
    dates = [d for d in days if d.weekday() in set(weekdays)]
    return add_sessions(ctx, class_id, dates, start_time, end_time, topics, skip_taken=True)


def add_sessions(ctx: ServiceContext, class_id: str, dates: Sequence[date],
                 start_time: time | None, end_time: time | None, topics: Sequence[str],
                 *, skip_taken: bool = False) -> list[str]:
    """Add a session on each date in one transaction (a date taken already is refused,
    or skipped with ``skip_taken``)."""
    require(ctx, Permission.MANAGE_CLASSES)
    checked = [_checked_topic(t) for t in topics]
    problems: list[Problem] = []
    if start_time and end_time and end_time <= start_time:
        problems.append(_problem("end_time", "session.times", QT_TRANSLATE_NOOP(
            "validation", "The session ends before it starts.")))
    if len(dates) > MAX_SCHEDULE_SESSIONS:
        problems.append(_problem("weekdays", "schedule.too_long", QT_TRANSLATE_NOOP(
            "validation", "At most {max} sessions at once."), max=MAX_SCHEDULE_SESSIONS))
    if problems:
        raise ValidationError(problems)
    with ctx.write() as session:
        get_live(session, TrainingClass, class_id)
        taken = set(session.scalars(select(ClassSession.session_date).where(
            ClassSession.class_id == class_id, ClassSession.deleted_at.is_(None))))
        if not skip_taken and taken.intersection(dates):
            raise ValidationError([_problem("session_date", "session.taken",
                                            QT_TRANSLATE_NOOP(
                "validation", "The class has a session on that day already."))])
        added = [ClassSession(class_id=class_id, session_date=day, start_time=start_time,
                              end_time=end_time,
                              topic=checked[n] if n < len(checked) else "")
                 for n, day in enumerate(d for d in dates if d not in taken)]
        session.add_all(added)
        session.flush()
        return [s.id for s in added]


def _checked_topic(topic: str) -> str:
    result = check_free_text(topic, "topic", max_length=200)
    if not result.ok:
        raise ValidationError(result.problems)
    return result.value or ""


def list_sessions(ctx: ServiceContext, class_id: str) -> list[SessionInfo]:
    """The class's sessions by date and time."""
    _require_viewer(ctx)
    with ctx.read() as session:
        _require_own_class(ctx, get_live(session, TrainingClass, class_id))
        rows = session.scalars(select(ClassSession).where(
            ClassSession.class_id == class_id, ClassSession.deleted_at.is_(None)
        ).order_by(ClassSession.session_date, ClassSession.start_time)).all()
        return [session_info(s) for s in rows]


def session_info(row: ClassSession) -> SessionInfo:
    return SessionInfo(row.id, row.class_id, row.session_date, row.start_time, row.end_time,
                       row.topic)


# ------------------------------------------------------------------------------ people
def roster(ctx: ServiceContext, class_id: str, on: date | None = None) -> list[RosterMember]:
    """Who is in the class on ``on`` (today by default), by name."""
    _require_viewer(ctx)
    with ctx.read() as session:
        _require_own_class(ctx, get_live(session, TrainingClass, class_id))
        rows = session.execute(select(ClassEnrollment, Participant).join(
            Participant, Participant.id == ClassEnrollment.participant_id).where(
            ClassEnrollment.class_id == class_id, in_class_on(on or date.today())
        ).order_by(Participant.name_key)).all()
        return [RosterMember(e.id, p.id, e.application_id, p.full_name, p.nik, p.phone,
                             e.joined_on, e.left_on, e.outcome) for e, p in rows]


def assignable_applicants(ctx: ServiceContext, class_id: str) -> list[Applicant]:
    """Accepted applications of the class's program (and skill, when the class teaches
    one) whose person is in no class of the program, by name."""
    require(ctx, Permission.MANAGE_CLASSES)
    with ctx.read() as session:
        klass = get_live(session, TrainingClass, class_id)
        query = select(Application, Participant, ProgramSkill.name).join(
            Participant, Participant.id == Application.participant_id).outerjoin(
            ProgramSkill, ProgramSkill.id == Application.skill_id).where(
            Application.program_id == klass.program_id, Application.status == ACCEPTED,
            Application.deleted_at.is_(None), Participant.deleted_at.is_(None))
        if klass.skill_id:
            query = query.where(Application.skill_id == klass.skill_id)
        rows = session.execute(query.order_by(Participant.name_key)).all()
        return [Applicant(a.id, p.id, p.full_name, p.nik, a.kecamatan_code, skill or "")
                for a, p, skill in rows
                if _open_enrollment(session, p.id, klass.program_id) is None]


def assign(ctx: ServiceContext, class_id: str, application_ids: Sequence[str],
           joined_on: date | None = None) -> list[str]:
    """Put accepted applicants into the class (all or none); their applications become
    "assigned". Returns the new enrollment ids."""
    require(ctx, Permission.MANAGE_CLASSES)
    day = joined_on or date.today()
    with ctx.write() as session:
        klass = get_live(session, TrainingClass, class_id)
        _require_places(session, klass, len(set(application_ids)), day)
        enrollments = []
        for application_id in dict.fromkeys(application_ids):
            application = get_live(session, Application, application_id)
            person = _assignable_person(session, klass, application)
            change_status(session, application, ASSIGNED)
            enrollments.append(ClassEnrollment(
                class_id=klass.id, application_id=application.id, participant_id=person.id,
                joined_on=day))
            session.add(enrollments[-1])
            session.flush()
        return [e.id for e in enrollments]


def move(ctx: ServiceContext, enrollment_id: str, to_class_id: str,
         on: date | None = None) -> str:
    """Move a person to another class of the same program from ``on`` (today by
    default); returns the new enrollment's id. Their marks so far stay with the old
    class's sessions."""
    require(ctx, Permission.MANAGE_CLASSES)
    day = on or date.today()
    with ctx.write() as session:
        old = get_live(session, ClassEnrollment, enrollment_id)
        source = get_live(session, TrainingClass, old.class_id)
        target = get_live(session, TrainingClass, to_class_id)
        person = get_live(session, Participant, old.participant_id)
        if old.left_on is not None or target.id == source.id:
            raise AlreadyInClassError(name=person.full_name, class_name=target.name)
        if target.program_id != source.program_id:
            raise WrongProgramError(name=person.full_name, class_name=target.name)
        if day < old.joined_on:
            raise ValidationError([_problem("on", "move.before_joining", QT_TRANSLATE_NOOP(
                "validation", "The move cannot be before the person joined the class."))])
        _require_places(session, target, 1, day)
        old.left_on = day
        old.outcome = MOVED
        new = ClassEnrollment(class_id=target.id, application_id=old.application_id,
                              participant_id=old.participant_id, joined_on=day)
        session.add(new)
        session.flush()
        return new.id


def in_class_on(day: date) -> ColumnElement[bool]:
    """The SQL test "this enrollment counts on ``day``"."""
    return and_(ClassEnrollment.deleted_at.is_(None), ClassEnrollment.joined_on <= day,
                or_(ClassEnrollment.left_on.is_(None), ClassEnrollment.left_on > day))


def _enrolled_count(session: AppSession, class_id: str, day: date) -> int:
    return session.scalar(select(func.count()).select_from(ClassEnrollment).where(
        ClassEnrollment.class_id == class_id, in_class_on(day))) or 0


def _require_places(session: AppSession, klass: TrainingClass, asked: int, day: date) -> None:
    # People joining later than ``day`` hold their place too, hence the open count.
    taken = session.scalar(select(func.count()).select_from(ClassEnrollment).where(
        ClassEnrollment.class_id == klass.id, ClassEnrollment.deleted_at.is_(None),
        or_(ClassEnrollment.left_on.is_(None), ClassEnrollment.left_on > day))) or 0
    if taken + asked > klass.capacity:
        raise ClassFullError(class_name=klass.name, capacity=klass.capacity,
                             free=max(klass.capacity - taken, 0), asked=asked)


def _assignable_person(session: AppSession, klass: TrainingClass,
                       application: Application) -> Participant:
    if application.participant_id is None:
        raise NotFoundError()
    person = get_live(session, Participant, application.participant_id)
    if application.program_id != klass.program_id or (
            klass.skill_id and application.skill_id != klass.skill_id):
        raise WrongProgramError(name=person.full_name, class_name=klass.name)
    current = _open_enrollment(session, person.id, klass.program_id)
    if current is not None:
        other = session.get(TrainingClass, current.class_id)
        raise AlreadyInClassError(name=person.full_name,
                                  class_name=other.name if other else "")
    return person


def _open_enrollment(session: AppSession, participant_id: str,
                     program_id: str) -> ClassEnrollment | None:
    return session.scalars(select(ClassEnrollment).join(
        TrainingClass, TrainingClass.id == ClassEnrollment.class_id).where(
        ClassEnrollment.participant_id == participant_id,
        TrainingClass.program_id == program_id, ClassEnrollment.deleted_at.is_(None),
        ClassEnrollment.left_on.is_(None)).limit(1)).first()


# ------------------------------------------------------------------------------ access
def _require_viewer(ctx: ServiceContext) -> None:
    if allowed(ctx.actor.role, Permission.MANAGE_CLASSES):
        require(ctx, Permission.MANAGE_CLASSES)
    else:
        require(ctx, Permission.MARK_ATTENDANCE)


def _require_own_class(ctx: ServiceContext, klass: TrainingClass) -> None:
    if not allowed(ctx.actor.role, Permission.MARK_ANY_ATTENDANCE) \
            and klass.trainer_id != ctx.actor.user_id:
        raise PermissionDeniedError()
