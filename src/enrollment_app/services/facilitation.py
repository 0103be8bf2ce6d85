"""Facilitation records: what was done for a person, a business unit or a group, and when.

One Facilitation row per thing done (domain.facilitation_kinds lists the kinds and what
their details hold), about exactly one subject, optionally for a program and tagged with
the program target it counts toward (services.targets counts them). Rules checked here,
before anything is written:

- the kind's details are complete (certificate scheme and result, HAKI kind and status,
  event and place and level, capital-aid form and amount, equipment items ...);
- the subject fits the kind (a certificate is a person's) and the target's unit (a
  "business units" target needs a unit, or a person who owns one; a "groups" target a
  group), and the target accepts the kind;
- equipment handed to a group needs members on that day, and the people who signed for
  it must be among them (a member who left before the handover cannot sign).

Capital aid and equipment are aid handovers too: recording one also writes the
AidHandover row (services.aid_handovers shows it with the other handovers; the
facilitation links to it), in the same transaction. Record them here, not with
``aid_handovers.record_handover``, when they count toward a target.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from enrollment_app.domain.facilitation_kinds import (
    BUSINESS_UNIT,
    CAPITAL_AID,
    EQUIPMENT,
    GROUP,
    PARTICIPANT,
    check_details,
    subject_allowed,
)
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.target_specs import (
    BUSINESS_UNITS,
    GROUPS,
    TargetSpec,
    find_target,
    target_specs,
)
from enrollment_app.services import aid_handovers
from enrollment_app.services.applications import get_live
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ValidationError
from enrollment_app.services.groups import members_on
from enrollment_app.services.permissions import Permission, require
from enrollment_app.services.record_fields import past_or_today, problem, registered_participant
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import (
    AidHandover,
    BusinessOwner,
    BusinessUnit,
    Facilitation,
    Group,
    Participant,
    Program,
)
from enrollment_app.storage.session_hooks import AppSession

AID_KINDS = {CAPITAL_AID: aid_handovers.CAPITAL, EQUIPMENT: aid_handovers.EQUIPMENT}
MAX_NOTES = 1000


@dataclass(frozen=True)
class FacilitationDraft:
    """One record as a form or a script states it (exactly one subject id)."""

    kind: str
    occurred_on: date
    participant_id: str | None = None
    business_unit_id: str | None = None
    group_id: str | None = None
    program_id: str | None = None
    target_key: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    notes: str = ""


@dataclass(frozen=True)
class Signer:
    participant_id: str
    full_name: str


@dataclass(frozen=True)
class FacilitationInfo:
    id: str
    kind: str
    subject_kind: str  # participant / business_unit / group
    subject_id: str
    subject_name: str
    program_id: str | None
    program_name: str
    target_key: str | None
    occurred_on: date
    kecamatan_code: str
    details: Mapping[str, Any]
    signers: tuple[Signer, ...]  # equipment to a group: who signed for it
    notes: str
    aid_handover_id: str | None
    target_label: str = ""  # the catalog's name of ``target_key`` ("" when none)


# ------------------------------------------------------------------------------ writes
def record_facilitation(ctx: ServiceContext, draft: FacilitationDraft, *,
                        today: date | None = None) -> str:
    """Store one record (and its aid handover for capital aid and equipment); return
    its id. ValidationError names every field to correct; nothing is written then."""
    require(ctx, Permission.DECIDE_APPLICATIONS if draft.kind in AID_KINDS
            else Permission.REGISTER)
    details, notes = _checked(draft, today or date.today())
    with ctx.write() as session:
        subject_kind, kecamatan = _check_subject(session, draft)
        _check_target(session, draft, subject_kind)
        if draft.kind == EQUIPMENT:
            details["signed_by"] = _checked_signers(session, draft, details["signed_by"])
        row = Facilitation(
            participant_id=draft.participant_id, business_unit_id=draft.business_unit_id,
            group_id=draft.group_id, program_id=draft.program_id,
            target_key=draft.target_key or None, kind=draft.kind,
            occurred_on=draft.occurred_on, kecamatan_code=kecamatan, details=details,
            notes=notes, aid_handover_id=_aid_handover(session, draft, details))
        session.add(row)
        session.flush()
        return row.id


def remove_facilitation(ctx: ServiceContext, facilitation_id: str) -> None:
    """Withdraw a record entered by mistake (a tombstone; the audit trail keeps it),
    with its aid handover unless the recipient signed for it."""
    require(ctx, Permission.DECIDE_APPLICATIONS)
    with ctx.write() as session:
        row = get_live(session, Facilitation, facilitation_id)
        row.deleted_at = utc_now()
        if row.aid_handover_id:
            handover = session.get(AidHandover, row.aid_handover_id)
            if handover is not None and handover.deleted_at is None:
                handover.deleted_at = row.deleted_at


# ------------------------------------------------------------------------------- reads
def list_facilitations(ctx: ServiceContext, *, participant_id: str | None = None,
                       business_unit_id: str | None = None, group_id: str | None = None,
                       program_id: str | None = None) -> list[FacilitationInfo]:
    """Records about one subject and/or of one program, newest first."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        return facilitation_records(session, participant_id=participant_id,
                                    business_unit_id=business_unit_id, group_id=group_id,
                                    program_id=program_id)


def target_choices(ctx: ServiceContext, program_id: str,
                   kind: str | None = None) -> list[TargetSpec]:
    """The program's targets a record of ``kind`` may count toward (every target when
    ``kind`` is None), in the catalog's order: for the form's target selector."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        program = get_live(session, Program, program_id)
        return [spec for spec in target_specs(program.targets)
                if kind is None or spec.accepts_kind(kind)]


def facilitation_records(session: AppSession, *, participant_id: str | None = None,
                         business_unit_id: str | None = None, group_id: str | None = None,
                         program_id: str | None = None) -> list[FacilitationInfo]:
    """``list_facilitations`` inside the caller's session."""
    query = select(Facilitation).where(Facilitation.deleted_at.is_(None))
    for column, value in ((Facilitation.participant_id, participant_id),
                          (Facilitation.business_unit_id, business_unit_id),
                          (Facilitation.group_id, group_id),
                          (Facilitation.program_id, program_id)):
        if value is not None:
            query = query.where(column == value)
    rows = session.scalars(query.order_by(Facilitation.occurred_on.desc(),
                                          Facilitation.created_at.desc())).all()
    return [_info(session, row) for row in rows]


# ---------------------------------------------------------------------------- internals
def _subject(row: Facilitation | FacilitationDraft) -> tuple[str, str, type]:
    if row.participant_id:
        return PARTICIPANT, row.participant_id, Participant
    if row.business_unit_id:
        return BUSINESS_UNIT, row.business_unit_id, BusinessUnit
    return GROUP, row.group_id or "", Group


def _checked(draft: FacilitationDraft, today: date) -> tuple[dict[str, Any], str]:
    details, problems = check_details(draft.kind, draft.details)
    subjects = [draft.participant_id, draft.business_unit_id, draft.group_id]
    if sum(1 for subject in subjects if subject) != 1:
        problems.append(problem("subject", "facilitation.subject", QT_TRANSLATE_NOOP(
            "validation", "Choose who this was for: a person, a business unit or a group.")))
    elif not subject_allowed(draft.kind, _subject(draft)[0]):
        problems.append(problem("subject", "facilitation.subject_kind", QT_TRANSLATE_NOOP(
            "validation", "This kind of facilitation is recorded for a person.")))
    problems.extend(past_or_today(draft.occurred_on, "occurred_on", today))
    if draft.target_key and not draft.program_id:
        problems.append(problem("target_key", "facilitation.target_without_program",
                                QT_TRANSLATE_NOOP(
            "validation", "Choose the program whose target this counts toward.")))
    notes = check_free_text(draft.notes, "notes", max_length=MAX_NOTES, multiline=True)
    problems.extend(notes.problems)
    if problems:
        raise ValidationError(problems)
    return details, notes.value or ""


def _check_subject(session: AppSession, draft: FacilitationDraft) -> tuple[str, str]:
    """The subject's kind and kecamatan; a missing subject is refused at its field."""
    kind, subject_id, model = _subject(draft)
    if model is Participant:
        return kind, registered_participant(session, subject_id,
                                            "participant_id").kecamatan_code
    row = session.get(model, subject_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError([problem(f"{kind}_id", "facilitation.subject_missing",
                                       QT_TRANSLATE_NOOP(
            "validation", "This record does not exist any more; choose again."))])
    return kind, row.kecamatan_code


def _check_target(session: AppSession, draft: FacilitationDraft, subject_kind: str) -> None:
    if not draft.program_id:
        return
    program = get_live(session, Program, draft.program_id)
    if not draft.target_key:
        return
    target = find_target(program.targets, draft.target_key)
    if target is None:
        raise ValidationError([problem("target_key", "facilitation.target_unknown",
                                       QT_TRANSLATE_NOOP(
            "validation", "{program} has no such target."), program=program.name)])
    if not target.accepts_kind(draft.kind):
        raise ValidationError([problem("target_key", "facilitation.target_kind",
                                       QT_TRANSLATE_NOOP(
            "validation", "\"{target}\" does not count this kind of facilitation."),
            target=target.label)])
    if target.unit == GROUPS and subject_kind != GROUP:
        raise ValidationError([problem("target_key", "facilitation.target_groups",
                                       QT_TRANSLATE_NOOP(
            "validation", "\"{target}\" counts groups: record it for the group."),
            target=target.label)])
    if target.unit == BUSINESS_UNITS and not _has_unit(session, draft, subject_kind):
        raise ValidationError([problem("target_key", "facilitation.target_units",
                                       QT_TRANSLATE_NOOP(
            "validation", "\"{target}\" counts business units: record it for the unit, "
                          "or for a person who owns one."), target=target.label)])


def _has_unit(session: AppSession, draft: FacilitationDraft, subject_kind: str) -> bool:
    if subject_kind == BUSINESS_UNIT:
        return True
    if subject_kind != PARTICIPANT:
        return False
    return session.scalar(select(BusinessOwner.id).join(
        BusinessUnit, BusinessUnit.id == BusinessOwner.business_unit_id).where(
        BusinessOwner.participant_id == draft.participant_id,
        BusinessOwner.deleted_at.is_(None), BusinessUnit.deleted_at.is_(None)).limit(1)
    ) is not None


def _checked_signers(session: AppSession, draft: FacilitationDraft,
                     signed_by: Sequence[str]) -> list[str]:
    """Equipment to a group: the group has members on the day and everyone who signed
    is one of them. To a person or a unit nobody signs for a group: the list is empty."""
    if not draft.group_id:
        return []
    members = members_on(session, draft.group_id, draft.occurred_on)
    if not members:
        group = session.get(Group, draft.group_id)
        raise ValidationError([problem("group_id", "facilitation.group_empty",
                                       QT_TRANSLATE_NOOP(
            "validation", "{group} has no members on {day}; add its members before "
                          "recording a handover to the group."),
            group=group.name if group else "", day=draft.occurred_on.isoformat())])
    if not signed_by:
        raise ValidationError([problem("signed_by", "facilitation.no_signers",
                                       QT_TRANSLATE_NOOP(
            "validation", "Tick the members who signed for the equipment."))])
    strangers = [pid for pid in signed_by if pid not in members]
    if strangers:
        person = session.get(Participant, strangers[0])
        raise ValidationError([problem("signed_by", "facilitation.signer_not_member",
                                       QT_TRANSLATE_NOOP(
            "validation", "{name} was not a member of the group on {day} and cannot sign "
                          "for it."), name=person.full_name if person else strangers[0],
            day=draft.occurred_on.isoformat())])
    return list(signed_by)


def _aid_handover(session: AppSession, draft: FacilitationDraft,
                  details: Mapping[str, Any]) -> str | None:
    aid_kind = AID_KINDS.get(draft.kind)
    if aid_kind is None:
        return None
    handover = AidHandover(
        program_id=draft.program_id, participant_id=draft.participant_id,
        group_id=draft.group_id, business_unit_id=draft.business_unit_id, kind=aid_kind,
        items=list(details.get("items", ())), amount=details.get("amount"),
        handed_on=draft.occurred_on, reason="",
        receipt_confirmed=bool(details.get("signed_by")))
    session.add(handover)
    session.flush()
    return handover.id


def _info(session: AppSession, row: Facilitation) -> FacilitationInfo:
    kind, subject_id, model = _subject(row)
    subject = session.get(model, subject_id)
    name = getattr(subject, "full_name", None) or getattr(subject, "name", "") or ""
    program = session.get(Program, row.program_id) if row.program_id else None
    target = find_target(program.targets, row.target_key) if program and row.target_key \
        else None
    details = dict(row.details or {})
    signer_ids = [str(pid) for pid in details.get("signed_by") or ()]
    names = dict(session.execute(select(Participant.id, Participant.full_name).where(
        Participant.id.in_(signer_ids))).all()) if signer_ids else {}
    return FacilitationInfo(
        id=row.id, kind=row.kind, subject_kind=kind, subject_id=subject_id,
        subject_name=name, program_id=row.program_id,
        program_name=program.name if program else "", target_key=row.target_key,
        occurred_on=row.occurred_on, kecamatan_code=row.kecamatan_code, details=details,
        signers=tuple(Signer(pid, names.get(pid, "")) for pid in signer_ids),
        notes=row.notes, aid_handover_id=row.aid_handover_id,
        target_label=target.label if target else row.target_key or "")
