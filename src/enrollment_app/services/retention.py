"""Retention: remove personal data the laptop no longer needs (supervisors).

A participant qualifies when every live application of theirs is final (completed,
dropped, rejected) in a program whose period has ended, and every record about them
(their row and the applications, interviews, class places, attendance marks, aid,
facilitations, group and business memberships and requests behind them) went to the
central office in a daily or full bundle that a verified receipt confirms
(services.receipts). Their registry-list entries (``candidates`` rows linked to them or
with their NIK) count among those records. Rows received from the central office (change
sequence 0) count as confirmed. Their personal fields (domain.personal_fields) are blanked
in place and ``redacted_at`` set; the row stays (counts and sync need it). What else names
them is blanked with it: the personal fields of those candidate rows, the notes and
written answers of their interviews and the texts of their data-subject requests.

The blanking is local only: it does not step the row's version or change sequence, so
no bundle carries it (and the central merge keeps its own copy if a redacted row ever
arrives). It is written to the audit trail as one "redact" entry per row blanked naming
the fields, never their values; the old values in earlier audit entries are blanked too and
the hash chain re-sealed from the first entry touched (docs/accounts-and-privacy.md,
"Retention", explains why). The participant search index (FTS) follows the row through
its triggers and is then optimised so the old terms leave its pages; the write-ahead log
is then checkpointed and truncated so the old pages leave it too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, Table, and_, exists, func, or_, select, update

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.personal_fields import (
    BLANKED_FIELDS,
    CANDIDATE_BLANKED_FIELDS,
    CANDIDATE_PERSONAL_FIELDS,
    INTERVIEW_PERSONAL_FIELDS,
    PERSONAL_FIELDS,
    REQUEST_PERSONAL_FIELDS,
    redacted_answers,
    redacted_birth_date,
    redacted_nik,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
from enrollment_app.services.interviews import TEXT, question_set
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.audit_chain import GENESIS_HASH, entry_hash, hashed_fields
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import (
    AidHandover,
    Application,
    AttendanceMark,
    AuditEntry,
    BusinessOwner,
    Candidate,
    ClassEnrollment,
    DataSubjectRequest,
    ExportedBundle,
    Facilitation,
    GroupMember,
    Interview,
    Participant,
    Program,
)
from enrollment_app.storage.session_hooks import AppSession, append_audit_event

FINAL_STATUSES = ("completed", "dropped", "rejected")
CONFIRMING_KINDS = ("daily", "full")  # a range bundle does not cover a whole window
REDACT_EVENT = "redact"
REMOVED = "(removed)"
# Personal fields per table, blanked in the rows and in the audit entries about them.
REDACTED_FIELDS: dict[str, tuple[str, ...]] = {
    Participant.__tablename__: PERSONAL_FIELDS,
    Candidate.__tablename__: CANDIDATE_PERSONAL_FIELDS,
    Interview.__tablename__: INTERVIEW_PERSONAL_FIELDS,
    DataSubjectRequest.__tablename__: REQUEST_PERSONAL_FIELDS,
}
# Tables whose rows are about one participant (through participant_id).
PERSON_TABLES = (Application, ClassEnrollment, AttendanceMark, AidHandover, Facilitation,
                 GroupMember, BusinessOwner, DataSubjectRequest, Candidate)


class NothingToRemoveError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "No personal data can be removed now: {unconfirmed} people whose "
                    "programs ended still have records no central-office receipt "
                    "confirms. Export a bundle, import it at the central office and load "
                    "its receipt first.")


@dataclass(frozen=True)
class RetentionPlan:
    """Who retention would blank now, and who has to wait for a receipt."""

    removable: tuple[str, ...]  # participant ids: ended and confirmed
    unconfirmed: tuple[str, ...]  # ended, but some record not confirmed by a receipt
    today: date

    def as_json(self) -> dict[str, Any]:
        return {"removable": len(self.removable), "unconfirmed": len(self.unconfirmed),
                "today": self.today.isoformat()}


@dataclass(frozen=True)
class RetentionResult:
    removed: int
    unconfirmed: int
    audit_entries_blanked: int

    def as_json(self) -> dict[str, Any]:
        return {"removed": self.removed, "unconfirmed": self.unconfirmed,
                "audit_entries_blanked": self.audit_entries_blanked}


# ------------------------------------------------------------------------------ queries
def _ended_people(today: date) -> Select:
    """Live, not yet redacted participants with applications, all final and ended."""
    application = Application.__table__
    program = Program.__table__
    open_or_running = (
        select(application.c.id)
        .join(program, program.c.id == application.c.program_id)
        .where(application.c.participant_id == Participant.id,
               application.c.deleted_at.is_(None),
               or_(application.c.status.not_in(FINAL_STATUSES),
                   program.c.period_end.is_(None), program.c.period_end >= today)))
    any_application = select(application.c.id).where(
        application.c.participant_id == Participant.id, application.c.deleted_at.is_(None))
    return select(Participant.id).where(
        Participant.deleted_at.is_(None), Participant.redacted_at.is_(None),
        exists(any_application), ~exists(open_or_running))


def _not_confirmed(change_seq: Any) -> Any:
    """True for a change no confirmed daily/full bundle carried."""
    bundles = ExportedBundle.__table__
    covered = select(bundles.c.sequence).where(
        bundles.c.receipt.is_not(None), bundles.c.kind.in_(CONFIRMING_KINDS),
        bundles.c.from_change_seq < change_seq, change_seq <= bundles.c.to_change_seq)
    return and_(change_seq > 0, ~exists(covered))


def _unconfirmed_people(session: AppSession, candidates: set[str]) -> set[str]:
    """Those of ``candidates`` with any record no receipt confirms."""
    people = Participant.__table__
    found = set(session.scalars(select(people.c.id).where(
        people.c.id.in_(candidates), _not_confirmed(people.c.change_seq))))
    for model in PERSON_TABLES:
        table: Table = model.__table__  # type: ignore[assignment]
        found |= set(session.scalars(select(table.c.participant_id).distinct().where(
            table.c.participant_id.in_(candidates), _not_confirmed(table.c.change_seq))))
    interviews, applications = Interview.__table__, Application.__table__
    found |= set(session.scalars(
        select(applications.c.participant_id).distinct()
        .join(interviews, interviews.c.application_id == applications.c.id)
        .where(applications.c.participant_id.in_(candidates),
               _not_confirmed(interviews.c.change_seq))))
    people, listed = Participant.__table__, Candidate.__table__
    found |= set(session.scalars(
        select(people.c.id).distinct()
        .join(listed, listed.c.nik == people.c.nik)
        .where(people.c.id.in_(candidates), _not_confirmed(listed.c.change_seq))))
    return found


def plan_retention(ctx: ServiceContext, today: date | None = None) -> RetentionPlan:
    """Who could be blanked now (nothing is changed)."""
    require(ctx, Permission.REMOVE_PERSONAL_DATA)
    today = today or date.today()
    with ctx.read() as session:
        return _plan(session, today)


def _plan(session: AppSession, today: date) -> RetentionPlan:
    ended = set(session.scalars(_ended_people(today)))
    unconfirmed: set[str] = set()
    ids = sorted(ended)
    for start in range(0, len(ids), 500):  # keep each IN list small
        unconfirmed |= _unconfirmed_people(session, set(ids[start:start + 500]))
    return RetentionPlan(tuple(sorted(ended - unconfirmed)), tuple(sorted(unconfirmed)),
                         today)


# ------------------------------------------------------------------------------ service
def apply_retention(ctx: ServiceContext, today: date | None = None) -> RetentionResult:
    """Blank the personal fields of everyone ``plan_retention`` lists as removable, in
    one transaction; NothingToRemoveError (with the unconfirmed count) when nobody is."""
    require(ctx, Permission.REMOVE_PERSONAL_DATA)
    today = today or date.today()
    with ctx.write() as session:
        plan = _plan(session, today)
        if not plan.removable:
            raise NothingToRemoveError(unconfirmed=len(plan.unconfirmed))
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        now = utc_now()
        blanked_rows: dict[str, set[str]] = {}
        for participant_id in plan.removable:
            for table, ids in _blank_person(session, participant_id, now).items():
                blanked_rows.setdefault(table, set()).update(ids)
        blanked = _blank_audit_values(session, blanked_rows)
        session.connection().exec_driver_sql(
            "INSERT INTO participants_fts(participants_fts) VALUES ('optimize')")
    with ctx.db.engine.connect() as connection:
        # Move the blanked pages into the file now and empty the WAL, which still holds
        # the old ones (a reader still open can make this a no-op; the next one does it).
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return RetentionResult(len(plan.removable), len(plan.unconfirmed), blanked)


def _blank_person(session: AppSession, participant_id: str, now: Any
                  ) -> dict[str, set[str]]:
    """Blank the person and every row that names them; returns the row ids per table."""
    nik, birth = session.execute(select(Participant.nik, Participant.birth_date)
                                 .where(Participant.id == participant_id)).one()
    values: dict[str, Any] = {name: "" for name in BLANKED_FIELDS}
    values.update(nik=redacted_nik(participant_id), redacted_at=now,
                  birth_date=redacted_birth_date(birth))
    # Core UPDATE: no version or change-sequence step, so no bundle carries the blanks.
    session.execute(update(Participant.__table__)
                    .where(Participant.__table__.c.id == participant_id).values(**values))
    _audit_redaction(session, Participant.__tablename__, participant_id, now)
    blanked = {
        Participant.__tablename__: {participant_id},
        Candidate.__tablename__: _blank_candidates(session, participant_id, nik),
        Interview.__tablename__: _blank_interviews(session, participant_id),
        DataSubjectRequest.__tablename__: _blank_requests(session, participant_id),
    }
    for table in (Candidate.__tablename__, Interview.__tablename__,
                  DataSubjectRequest.__tablename__):
        for record_id in sorted(blanked[table]):
            _audit_redaction(session, table, record_id, now)
    return blanked


def _audit_redaction(session: AppSession, table: str, record_id: str, now: Any) -> None:
    append_audit_event(session, REDACT_EVENT, table, record_id,
                       {"fields": ", ".join(REDACTED_FIELDS[table]), "redacted_at": now})


def _blank_candidates(session: AppSession, participant_id: str, nik: str) -> set[str]:
    """The registry-list rows about the person (linked, or with their NIK)."""
    listed = Candidate.__table__
    rows = session.execute(select(listed.c.id, listed.c.birth_date).where(
        or_(listed.c.participant_id == participant_id, listed.c.nik == nik))).all()
    for row_id, birth in rows:
        values: dict[str, Any] = {name: "" for name in CANDIDATE_BLANKED_FIELDS}
        values.update(nik=redacted_nik(participant_id),
                      birth_date=redacted_birth_date(birth) if birth else None)
        session.execute(update(listed).where(listed.c.id == row_id).values(**values))
    return {row_id for row_id, _birth in rows}


def _blank_interviews(session: AppSession, participant_id: str) -> set[str]:
    """Notes and written answers of the person's interviews (options, numbers stay)."""
    interviews, applications = Interview.__table__, Application.__table__
    rows = session.execute(
        select(interviews.c.id, interviews.c.answers, applications.c.program_id)
        .join(applications, applications.c.id == interviews.c.application_id)
        .where(applications.c.participant_id == participant_id)).all()
    for row_id, answers, program_id in rows:
        program = session.get(Program, program_id)
        coded = {q.key for q in question_set(program) if q.type != TEXT} if program else set()
        session.execute(update(interviews).where(interviews.c.id == row_id).values(
            notes="", answers=redacted_answers(dict(answers or {}), coded)))
    return {row[0] for row in rows}


def _blank_requests(session: AppSession, participant_id: str) -> set[str]:
    """What the person asked and what was answered, in their data-subject requests."""
    requests = DataSubjectRequest.__table__
    ids = set(session.scalars(select(requests.c.id).where(
        requests.c.participant_id == participant_id)))
    if ids:
        session.execute(update(requests).where(requests.c.id.in_(ids))
                        .values(**{name: "" for name in REQUEST_PERSONAL_FIELDS}))
    return ids


def _blank_audit_values(session: AppSession, rows: dict[str, set[str]]) -> int:
    """Blank personal values in the audit entries about the blanked ``rows`` (ids per
    table); re-seal the chain from the first entry changed. Returns the number of entries
    changed."""
    audit = AuditEntry.__table__
    changed: dict[int, dict[str, Any]] = {}
    for table, ids in rows.items():
        fields = REDACTED_FIELDS[table]
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):  # keep each IN list small
            for seq, changes in session.execute(select(audit.c.seq, audit.c.changes).where(
                    audit.c.table_name == table,
                    audit.c.record_id.in_(ordered[start:start + 500]))):
                blanked = _blanked_changes(changes, fields)
                if blanked != changes:
                    changed[seq] = blanked
    if not changed:
        return 0
    for seq, changes in changed.items():
        session.execute(update(audit).where(audit.c.seq == seq).values(changes=changes))
    _reseal(session, min(changed))
    return len(changed)


def _blanked_changes(changes: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {field: ([None if v is None else REMOVED for v in pair]
                    if field in fields and isinstance(pair, list) else pair)
            for field, pair in changes.items()}


def _reseal(session: AppSession, first_seq: int) -> None:
    audit = AuditEntry.__table__
    prev = session.scalar(select(audit.c.hash).where(audit.c.seq < first_seq)
                          .order_by(audit.c.seq.desc()).limit(1)) or GENESIS_HASH
    rows = session.execute(select(audit).where(audit.c.seq >= first_seq)
                           .order_by(audit.c.seq)).all()
    for row in rows:
        digest = entry_hash(prev, hashed_fields(row.at, row.user_id, row.device_id, row.action,
                                                row.table_name, row.record_id, row.changes))
        if row.prev_hash != prev or row.hash != digest:
            session.execute(update(audit).where(audit.c.seq == row.seq)
                            .values(prev_hash=prev, hash=digest))
        prev = digest


def redacted_count(ctx: ServiceContext, ids: Iterable[str] | None = None) -> int:
    """How many participants retention has blanked."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        query = select(func.count()).select_from(Participant).where(
            Participant.redacted_at.is_not(None))
        if ids is not None:
            query = query.where(Participant.id.in_(list(ids)))
        return session.scalar(query) or 0
