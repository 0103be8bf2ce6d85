"""Attendance at a class session: one mark per person and session.

- Marking a session that lies in the future is refused; a session of today or earlier may
  be marked and corrected (a new mark updates the row, and the session hooks audit the
  old and new code).
- A trainer marks only the classes they teach; a supervisor any class.
- The person must be in the class on the session's date (classes.in_class_on), so after a
  move the old class's sessions keep the old marks and the new class starts afresh.
- T (late) always carries the arrival time: the time now for today's session, typed in
  for an earlier one.
- ``scan`` reads a participant card (domain.card_code) and marks H at once. A scan keeps H
  even after the start time: the trainer sees the arrival time it records and can press T
  when lateness matters. A card of someone in another class is refused naming that class.

A scan is built for a queue at the door: the session, class and person are fetched by
primary key, the enrollment and the existing mark through their indexes, and the mark is
written in one small transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from enrollment_app.domain.attendance_codes import (
    ABSENT,
    CODES,
    LATE,
    PRESENT,
    SOURCES,
)
from enrollment_app.domain.birth_date import format_short_date
from enrollment_app.domain.card_code import decode_card
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.validation import Problem
from enrollment_app.services.applications import get_live
from enrollment_app.services.class_errors import (
    FutureSessionError,
    NotInClassError,
    UnknownCardError,
)
from enrollment_app.services.classes import SessionInfo, in_class_on, session_info
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ValidationError
from enrollment_app.services.permissions import require_class_trainer
from enrollment_app.storage.models import (
    AttendanceMark,
    ClassEnrollment,
    ClassSession,
    Participant,
    TrainingClass,
)
from enrollment_app.storage.session_hooks import AppSession


@dataclass(frozen=True)
class MarkResult:
    """What a mark did: who, which code, and whether anything changed."""

    participant_id: str
    full_name: str
    code: str
    arrival_time: time | None
    changed: bool


@dataclass(frozen=True)
class AttendanceRow:
    participant_id: str
    full_name: str
    nik: str
    code: str  # "" while not marked
    arrival_time: time | None
    source: str


# ------------------------------------------------------------------------------ marking
def mark(ctx: ServiceContext, session_id: str, participant_id: str, code: str,
         arrival_time: time | None = None, source: str = "key", note: str = "", *,
         today: date | None = None, now: time | None = None) -> MarkResult:
    """Mark one person in one session (or correct their mark)."""
    code = (code or "").strip().upper()
    problems = _mark_problems(code, source)
    checked_note = check_free_text(note, "note", max_length=200)
    problems.extend(checked_note.problems)
    if problems:
        raise ValidationError(problems)
    with ctx.write() as session:
        class_session = _markable_session(ctx, session, session_id, today)
        person = get_live(session, Participant, participant_id)
        _require_in_class(session, class_session, person)
        arrival = _arrival(code, arrival_time, class_session, today, now)
        return _write_mark(session, class_session.id, person, code, arrival, source,
                           checked_note.value or "")


def scan(ctx: ServiceContext, session_id: str, text: str, *, today: date | None = None,
         now: time | None = None) -> MarkResult:
    """Mark the person whose card was scanned present (H) and say who it was; a person
    already marked H keeps their first arrival time."""
    participant_id = decode_card(text)
    if participant_id is None:
        raise UnknownCardError()
    with ctx.write() as session:
        class_session = _markable_session(ctx, session, session_id, today)
        person = session.get(Participant, participant_id)
        if person is None or person.deleted_at is not None:
            raise UnknownCardError()
        _require_in_class(session, class_session, person)
        existing = _existing_mark(session, class_session.id, person.id)
        if existing is not None and existing.code == PRESENT:
            return MarkResult(person.id, person.full_name, PRESENT, existing.arrival_time,
                              False)
        arrival = now or _now()
        return _write_mark(session, class_session.id, person, PRESENT, arrival, "scan", "",
                           existing)


def mark_rest_absent(ctx: ServiceContext, session_id: str, *,
                     today: date | None = None) -> int:
    """Mark A for everyone in the class with no mark yet; returns how many."""
    with ctx.write() as session:
        class_session = _markable_session(ctx, session, session_id, today)
        marks = {m.participant_id: m for m in session.scalars(select(AttendanceMark).where(
            AttendanceMark.session_id == session_id))}
        people = session.scalars(select(ClassEnrollment.participant_id).where(
            ClassEnrollment.class_id == class_session.class_id,
            in_class_on(class_session.session_date))).all()
        rest = [p for p in dict.fromkeys(people)
                if p not in marks or marks[p].deleted_at is not None]
        for person in rest:
            row = marks.get(person)
            if row is None:
                session.add(AttendanceMark(session_id=session_id, participant_id=person,
                                           code=ABSENT, source="key"))
            else:  # a withdrawn mark counts as none
                row.code, row.arrival_time, row.source, row.deleted_at = (
                    ABSENT, None, "key", None)
        return len(rest)


# ------------------------------------------------------------------------------ reading
def session_roster(ctx: ServiceContext, session_id: str) -> list[AttendanceRow]:
    """Everyone in the class on the session's date with their current mark, by name."""
    with ctx.read() as session:
        class_session = _session_of_trainer(ctx, session, session_id)
        rows = session.execute(select(Participant, AttendanceMark).join(
            ClassEnrollment, ClassEnrollment.participant_id == Participant.id).outerjoin(
            AttendanceMark, (AttendanceMark.participant_id == Participant.id)
            & (AttendanceMark.session_id == session_id)
            & AttendanceMark.deleted_at.is_(None)).where(
            ClassEnrollment.class_id == class_session.class_id,
            in_class_on(class_session.session_date)).order_by(Participant.name_key)).all()
    seen: set[str] = set()
    result = []
    for person, found in rows:
        if person.id in seen:
            continue
        seen.add(person.id)
        result.append(AttendanceRow(person.id, person.full_name, person.nik,
                                    found.code if found else "",
                                    found.arrival_time if found else None,
                                    found.source if found else ""))
    return result


def get_session(ctx: ServiceContext, session_id: str) -> SessionInfo:
    with ctx.read() as session:
        return session_info(_session_of_trainer(ctx, session, session_id))


def session_on(ctx: ServiceContext, class_id: str, day: date | None = None
               ) -> SessionInfo | None:
    """The class's (first) session on ``day``, today by default."""
    with ctx.read() as session:
        klass = get_live(session, TrainingClass, class_id)
        require_class_trainer(ctx, klass.trainer_id)
        row = session.scalars(select(ClassSession).where(
            ClassSession.class_id == class_id, ClassSession.deleted_at.is_(None),
            ClassSession.session_date == (day or date.today())
        ).order_by(ClassSession.start_time).limit(1)).first()
        return session_info(row) if row else None


# ---------------------------------------------------------------------------- internals
def _mark_problems(code: str, source: str) -> list[Problem]:
    problems = []
    if code not in CODES:
        problems.append(Problem("code", "attendance.code", QT_TRANSLATE_NOOP(
            "validation", "Use one of the codes H, I, S, A or T.")))
    if source not in SOURCES:
        problems.append(Problem("source", "attendance.source", QT_TRANSLATE_NOOP(
            "validation", "Unknown source of the mark.")))
    return problems


def _session_of_trainer(ctx: ServiceContext, session: AppSession,
                        session_id: str) -> ClassSession:
    class_session = get_live(session, ClassSession, session_id)
    klass = get_live(session, TrainingClass, class_session.class_id)
    require_class_trainer(ctx, klass.trainer_id)
    return class_session


def _markable_session(ctx: ServiceContext, session: AppSession, session_id: str,
                      today: date | None) -> ClassSession:
    class_session = _session_of_trainer(ctx, session, session_id)
    if class_session.session_date > (today or date.today()):
        raise FutureSessionError(date=format_short_date(class_session.session_date))
    return class_session


def _require_in_class(session: AppSession, class_session: ClassSession,
                      person: Participant) -> None:
    enrollments = session.execute(select(ClassEnrollment.class_id, TrainingClass.name).join(
        TrainingClass, TrainingClass.id == ClassEnrollment.class_id).where(
        ClassEnrollment.participant_id == person.id,
        in_class_on(class_session.session_date))).all()
    if any(class_id == class_session.class_id for class_id, _name in enrollments):
        return
    raise NotInClassError(name=person.full_name,
                          other_class=enrollments[0][1] if enrollments else "")


def _arrival(code: str, given: time | None, class_session: ClassSession,
             today: date | None, now: time | None) -> time | None:
    if code != LATE:
        return given if code == PRESENT else None
    if given is not None:
        return given
    if class_session.session_date == (today or date.today()):
        return now or _now()
    raise ValidationError([Problem("arrival_time", "attendance.arrival", QT_TRANSLATE_NOOP(
        "validation", "Late (T) needs the time the person arrived."))])


def _existing_mark(session: AppSession, session_id: str,
                   participant_id: str) -> AttendanceMark | None:
    return session.scalars(select(AttendanceMark).where(
        AttendanceMark.session_id == session_id,
        AttendanceMark.participant_id == participant_id)).first()


def _write_mark(session: AppSession, session_id: str, person: Participant, code: str,
                arrival: time | None, source: str, note: str,
                existing: AttendanceMark | None = None) -> MarkResult:
    row = existing or _existing_mark(session, session_id, person.id)
    if row is None:
        row = AttendanceMark(session_id=session_id, participant_id=person.id, code=code,
                             arrival_time=arrival, source=source, note=note)
        session.add(row)
        changed = True
    else:
        changed = (row.code, row.arrival_time, row.deleted_at) != (code, arrival, None)
        row.code, row.arrival_time, row.deleted_at = code, arrival, None
        if changed:
            row.source = source
        if note:
            row.note = note
    session.flush()
    return MarkResult(person.id, person.full_name, code, arrival, changed)


def _now() -> time:
    return datetime.now().time().replace(microsecond=0)

