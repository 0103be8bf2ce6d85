"""Candidates on the device: people from a program's registry list to visit and register.

The central office sends them in update bundles (``sync.central_update``, docs/central-
office.md "Candidate lists"). Field staff find a candidate by NIK or name, open her
pre-filled in the registration form (``candidate_draft``), check her card, correct what is
wrong, record consent and save: ``register_candidate`` creates the participant and marks
the candidate registered in one transaction. A candidate not found at her address, or who
does not want to take part, is marked with ``mark_visit`` and a note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, case, func, or_, select

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import search_key
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotFoundError, ServiceError
from enrollment_app.services.permissions import Permission, require
from enrollment_app.services.registration import add_participant, checked_draft
from enrollment_app.storage.models import Candidate, Program
from enrollment_app.storage.session_hooks import AppSession

TO_VISIT, REGISTERED, NOT_FOUND, REFUSED = "to_visit", "registered", "not_found", "refused"
STATUS_LABELS = {
    TO_VISIT: QT_TRANSLATE_NOOP("candidates", "To visit"),
    REGISTERED: QT_TRANSLATE_NOOP("candidates", "Registered"),
    NOT_FOUND: QT_TRANSLATE_NOOP("candidates", "Not found"),
    REFUSED: QT_TRANSLATE_NOOP("candidates", "Refused"),
}
VISIT_OUTCOMES = (NOT_FOUND, REFUSED, TO_VISIT)  # TO_VISIT: undo a mark made by mistake
LIST_LIMIT = 500


class CandidateClosedError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "{name} is no longer on the list of people to visit (already "
                    "registered or marked); nothing was changed.")


@dataclass(frozen=True)
class CandidateRow:
    """One candidate as the lists and the registration offer show her."""

    id: str
    program_id: str
    program_name: str
    source: str
    nik: str
    full_name: str
    birth_date: date | None
    street: str
    rt: str
    rw: str
    kecamatan_code: str
    kelurahan_code: str
    status: str
    visited_on: date | None
    notes: str


@dataclass(frozen=True)
class KelurahanCount:
    kecamatan_code: str
    kelurahan_code: str
    to_visit: int
    done: int  # registered, not found or refused


def _rows(query: Select) -> Select:
    return query.select_from(Candidate).join(Program, Program.id == Candidate.program_id).where(
        Candidate.deleted_at.is_(None))


def _row_query() -> Select:
    return _rows(select(
        Candidate.id, Candidate.program_id, Program.name, Candidate.source, Candidate.nik,
        Candidate.full_name, Candidate.birth_date, Candidate.street, Candidate.rt,
        Candidate.rw, Candidate.kecamatan_code, Candidate.kelurahan_code, Candidate.status,
        Candidate.visited_on, Candidate.notes))


def get_candidate(ctx: ServiceContext, candidate_id: str) -> CandidateRow:
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        row = session.execute(_row_query().where(Candidate.id == candidate_id)).first()
        if row is None:
            raise NotFoundError()
        return CandidateRow(*row)


def find_open_candidate(ctx: ServiceContext, nik: str) -> CandidateRow | None:
    """The candidate still to be visited with this NIK (the newest list's, if several)."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        row = session.execute(_row_query().where(
            Candidate.nik == nik, Candidate.status == TO_VISIT)
            .order_by(Candidate.created_at.desc()).limit(1)).first()
        return None if row is None else CandidateRow(*row)


def open_candidates_named(ctx: ServiceContext, name: str, limit: int = 20
                          ) -> list[CandidateRow]:
    """Candidates still to be visited whose name is ``name`` (case, accents and spacing
    aside): the registration screen offers them when a name is typed."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    key = search_key(name)
    if not key:
        return []
    with ctx.read() as session:
        return [CandidateRow(*row) for row in session.execute(_row_query().where(
            Candidate.name_key == key, Candidate.status == TO_VISIT)
            .order_by(Candidate.kelurahan_code).limit(limit))]


def search_candidates(ctx: ServiceContext, *, text: str = "", kecamatan_code: str = "",
                      kelurahan_code: str = "", program_id: str = "",
                      statuses: Sequence[str] = (TO_VISIT,),
                      limit: int = LIST_LIMIT) -> list[CandidateRow]:
    """Candidates by NIK (start) or name (any part), area and program, sorted by
    kelurahan, RT/RW and name: the order a visit round walks."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    query = _filtered(_row_query(), kecamatan_code, program_id).where(
        Candidate.status.in_(list(statuses)))
    if kelurahan_code:
        query = query.where(Candidate.kelurahan_code == kelurahan_code)
    wanted = text.strip()
    if wanted:
        digits = wanted.replace(" ", "")
        conditions = [Candidate.name_key.contains(search_key(wanted), autoescape=True)]
        if digits.isdigit():
            conditions.append(Candidate.nik.startswith(digits, autoescape=True))
        query = query.where(or_(*conditions))
    query = query.order_by(Candidate.kelurahan_code, Candidate.rw, Candidate.rt,
                           Candidate.name_key).limit(limit)
    with ctx.read() as session:
        return [CandidateRow(*row) for row in session.execute(query)]


def kelurahan_counts(ctx: ServiceContext, *, kecamatan_code: str = "",
                     program_id: str = "") -> list[KelurahanCount]:
    """Per kelurahan: how many candidates are still to be visited and how many are done."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    open_count = func.sum(case((Candidate.status == TO_VISIT, 1), else_=0))
    query = _filtered(_rows(select(
        Candidate.kecamatan_code, Candidate.kelurahan_code, open_count, func.count())),
        kecamatan_code, program_id).group_by(
        Candidate.kecamatan_code, Candidate.kelurahan_code).order_by(
        Candidate.kecamatan_code, Candidate.kelurahan_code)
    with ctx.read() as session:
        return [KelurahanCount(kec, kel, int(to_visit or 0), int(total) - int(to_visit or 0))
                for kec, kel, to_visit, total in session.execute(query)]


def candidate_programs(ctx: ServiceContext) -> list[tuple[str, str]]:
    """(program id, name) of the programs that have candidates on this device."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        return [(pid, name) for pid, name in session.execute(
            _rows(select(Program.id, Program.name)).distinct().order_by(Program.name))]


def candidate_draft(ctx: ServiceContext, candidate_id: str) -> ParticipantDraft:
    """The candidate as a registration form draft; consent is left for the officer."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        candidate = _live(session, candidate_id)
        return ParticipantDraft(
            nik=candidate.nik, kk=candidate.kk, full_name=candidate.full_name,
            sex=candidate.sex, birth_place=candidate.birth_place,
            birth_date=candidate.birth_date, street=candidate.street, rt=candidate.rt,
            rw=candidate.rw, kecamatan_code=candidate.kecamatan_code,
            kelurahan_code=candidate.kelurahan_code, phone=candidate.phone,
            registry_status=candidate.registry_status, desil=candidate.desil,
            assistance=frozenset(filter(None, candidate.assistance.split(","))),
            consent=False)


def register_candidate(ctx: ServiceContext, candidate_id: str, draft: ParticipantDraft, *,
                       confirmed: frozenset[str] = frozenset(),
                       today: date | None = None) -> str:
    """Register the person of ``draft`` (the candidate as the officer checked and
    corrected her) and mark the candidate registered, in one transaction. Raises what
    ``register_participant`` raises, and CandidateClosedError when she was already
    registered or marked."""
    require(ctx, Permission.REGISTER)
    values, warnings = checked_draft(draft, today)
    with ctx.write() as session:
        candidate = _live(session, candidate_id)
        if candidate.status != TO_VISIT:
            raise CandidateClosedError(name=candidate.full_name)
        participant_id = add_participant(ctx, session, values, warnings, confirmed)
        candidate.status = REGISTERED
        candidate.participant_id = participant_id
        candidate.visited_on = today or date.today()
        return participant_id


def mark_visit(ctx: ServiceContext, candidate_id: str, status: str, note: str = "", *,
               today: date | None = None) -> None:
    """Record that the candidate was not found or refused (with a note), or put her back
    on the list to visit."""
    require(ctx, Permission.REGISTER)
    if status not in VISIT_OUTCOMES:
        raise ValueError(f"not a visit outcome: {status!r}")
    with ctx.write() as session:
        candidate = _live(session, candidate_id)
        if candidate.status == REGISTERED:
            raise CandidateClosedError(name=candidate.full_name)
        candidate.status = status
        candidate.visited_on = None if status == TO_VISIT else (today or date.today())
        if note.strip():
            candidate.notes = note.strip()


def _filtered(query: Select, kecamatan_code: str, program_id: str) -> Select:
    if kecamatan_code:
        query = query.where(Candidate.kecamatan_code == kecamatan_code)
    if program_id:
        query = query.where(Candidate.program_id == program_id)
    return query


def _live(session: AppSession, candidate_id: str) -> Candidate:
    candidate = session.get(Candidate, candidate_id)
    if candidate is None or candidate.deleted_at is not None:
        raise NotFoundError()
    return candidate
