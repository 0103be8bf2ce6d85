"""Retention: remove personal data the laptop no longer needs (supervisors).

A participant qualifies when every live application of theirs is final (completed,
dropped, rejected) in a program whose period has ended, and every record about them
(their row and the applications, interviews, class places, attendance marks, aid,
facilitations, group and business memberships and requests behind them) went to the
central office in a daily or full bundle that a verified receipt confirms
(services.receipts). Rows received from the central office (change sequence 0) count
as confirmed. Their personal fields (domain.personal_fields) are blanked in place and
``redacted_at`` set; the row stays (counts and sync need it).

The blanking is local only: it does not step the row's version or change sequence, so
no bundle carries it (and the central merge keeps its own copy if a redacted row ever
arrives). It is written to the audit trail as one "redact" entry per person naming the
fields, never their values; the old values in earlier audit entries are blanked too and
the hash chain re-sealed from the first entry touched (docs/accounts-and-privacy.md,
"Retention", explains why). The participant search index (FTS) follows the row through
its triggers and is then optimised so the old terms leave its pages.
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
    PERSONAL_FIELDS,
    redacted_birth_date,
    redacted_nik,
)
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError
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
        for participant_id in plan.removable:
            _blank_person(session, participant_id, now)
        blanked = _blank_audit_values(session, set(plan.removable))
        session.connection().exec_driver_sql(
            "INSERT INTO participants_fts(participants_fts) VALUES ('optimize')")
    return RetentionResult(len(plan.removable), len(plan.unconfirmed), blanked)


def _blank_person(session: AppSession, participant_id: str, now: Any) -> None:
    birth = session.scalar(select(Participant.birth_date)
                           .where(Participant.id == participant_id))
    values: dict[str, Any] = {name: "" for name in BLANKED_FIELDS}
    values.update(nik=redacted_nik(participant_id), redacted_at=now,
                  birth_date=redacted_birth_date(birth))
    # Core UPDATE: no version or change-sequence step, so no bundle carries the blanks.
    session.execute(update(Participant.__table__)
                    .where(Participant.__table__.c.id == participant_id).values(**values))
    append_audit_event(session, REDACT_EVENT, Participant.__tablename__, participant_id,
                       {"fields": ", ".join(PERSONAL_FIELDS), "redacted_at": now})


def _blank_audit_values(session: AppSession, people: set[str]) -> int:
    """Blank personal values in the audit entries about ``people``; re-seal the chain
    from the first entry changed. Returns the number of entries changed."""
    audit = AuditEntry.__table__
    rows = session.execute(select(audit.c.seq, audit.c.changes).where(
        audit.c.table_name == Participant.__tablename__,
        audit.c.record_id.in_(people))).all()
    changed: dict[int, dict[str, Any]] = {}
    for seq, changes in rows:
        blanked = _blanked_changes(changes)
        if blanked != changes:
            changed[seq] = blanked
    if not changed:
        return 0
    for seq, changes in changed.items():
        session.execute(update(audit).where(audit.c.seq == seq).values(changes=changes))
    _reseal(session, min(changed))
    return len(changed)


def _blanked_changes(changes: dict[str, Any]) -> dict[str, Any]:
    return {field: ([None if v is None else REMOVED for v in pair]
                    if field in PERSONAL_FIELDS and isinstance(pair, list) else pair)
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
