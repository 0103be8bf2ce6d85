"""Registering participants and correcting their records."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import select

from enrollment_app.domain.choices import CONSENT_PURPOSE
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import search_key
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.domain.participant_checks import check_participant
from enrollment_app.domain.validation import Problem, Severity
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import (
    ConfirmationNeededError,
    DuplicateNikError,
    NotFoundError,
    ValidationError,
)
from enrollment_app.services.permissions import ROLES_FOR, Permission, require
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import BusinessOwner, BusinessUnit, Participant
from enrollment_app.storage.session_hooks import AppSession

REGISTERING_ROLES = tuple(sorted(ROLES_FOR[Permission.REGISTER]))
BUSINESS_FIELDS = {"business_name": "name", "business_nib": "nib", "business_sector": "sector"}
# Draft fields that are not participant columns.
NOT_COLUMNS = frozenset({"consent", *BUSINESS_FIELDS})
POSSIBLE_DUPLICATE = "participant.possible_duplicate"


def register_participant(ctx: ServiceContext, draft: ParticipantDraft, *,
                         confirmed: frozenset[str] = frozenset(),
                         today: date | None = None) -> str:
    """Save a new participant in one transaction and return their id.

    Raises ValidationError (nothing saved), DuplicateNikError (the NIK is registered:
    open that record), or ConfirmationNeededError (warnings whose codes are not in
    ``confirmed``).
    """
    require(ctx, Permission.REGISTER)
    values, warnings = checked_draft(draft, today)
    with ctx.write() as session:
        return add_participant(ctx, session, values, warnings, confirmed)


def add_participant(ctx: ServiceContext, session: AppSession, values: dict[str, Any],
                    warnings: list[Problem], confirmed: frozenset[str]) -> str:
    """The body of ``register_participant`` inside the caller's transaction (a candidate
    is registered and marked in one, services.candidates); ``values``/``warnings`` as
    ``checked_draft`` gives them."""
    _refuse_registered_nik(session, values["nik"], exclude_id=None)
    _require_confirmation(session, values, warnings, confirmed, exclude_id=None)
    participant = Participant(**_participant_columns(values), consent_at=utc_now(),
                              consent_by=ctx.actor.user_id,
                              consent_purpose=CONSENT_PURPOSE,
                              confirmed_warnings=",".join(sorted(confirmed)))
    session.add(participant)
    session.flush()
    _save_business(session, participant.id, values)
    return participant.id


def update_participant(ctx: ServiceContext, participant_id: str, draft: ParticipantDraft, *,
                       confirmed: frozenset[str] = frozenset(),
                       today: date | None = None) -> None:
    """Correct a participant's record; the audit trail keeps old and new values."""
    require(ctx, Permission.REGISTER)
    values, warnings = checked_draft(draft, today)
    with ctx.write() as session:
        participant = _live_participant(session, participant_id)
        _refuse_registered_nik(session, values["nik"], exclude_id=participant_id)
        _require_confirmation(session, values, warnings, confirmed, exclude_id=participant_id)
        for key, value in _participant_columns(values).items():
            if getattr(participant, key) != value:
                setattr(participant, key, value)
        if confirmed:
            participant.confirmed_warnings = ",".join(sorted(confirmed))
        _save_business(session, participant.id, values)


def load_draft(ctx: ServiceContext, participant_id: str) -> ParticipantDraft:
    """The participant's record as a form draft (consent already recorded)."""
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        participant = _live_participant(session, participant_id)
        draft = ParticipantDraft(**{
            f.name: getattr(participant, f.name) for f in fields(ParticipantDraft)
            if f.name not in NOT_COLUMNS and f.name != "assistance"
        })
        draft.assistance = frozenset(filter(None, participant.assistance.split(",")))
        draft.consent = True
        business = _owned_business(session, participant_id)
        if business is not None:
            for draft_key, column in BUSINESS_FIELDS.items():
                setattr(draft, draft_key, getattr(business, column))
        return draft


def find_by_nik(ctx: ServiceContext, nik: str) -> str | None:
    require(ctx, Permission.VIEW_PARTICIPANTS)
    with ctx.read() as session:
        return session.scalar(select(Participant.id).where(
            Participant.nik == nik, Participant.deleted_at.is_(None)))


def checked_draft(draft: ParticipantDraft, today: date | None
                  ) -> tuple[dict[str, Any], list[Problem]]:
    """The draft's normalised values and warnings; ValidationError for errors."""
    checked = check_participant(draft, today=today or date.today())
    if checked.errors:
        raise ValidationError(checked.errors)
    return dict(checked.values), list(checked.warnings)


def _participant_columns(values: dict[str, Any]) -> dict[str, Any]:
    columns = {k: v for k, v in values.items() if k not in NOT_COLUMNS}
    columns["name_key"] = search_key(values["full_name"])
    return columns


def _live_participant(session: AppSession, participant_id: str) -> Participant:
    participant = session.get(Participant, participant_id)
    if participant is None or participant.deleted_at is not None:
        raise NotFoundError()
    return participant


def _refuse_registered_nik(session: AppSession, nik: str, exclude_id: str | None) -> None:
    query = select(Participant.id, Participant.full_name).where(
        Participant.nik == nik, Participant.deleted_at.is_(None))
    if exclude_id:
        query = query.where(Participant.id != exclude_id)
    row = session.execute(query).first()
    if row is not None:
        raise DuplicateNikError(nik, row.full_name, row.id)


def _require_confirmation(session: AppSession, values: dict[str, Any],
                          warnings: list[Problem], confirmed: frozenset[str],
                          exclude_id: str | None) -> None:
    pending = [w for w in (*warnings, *_duplicate_warnings(session, values, exclude_id))
               if w.code not in confirmed]
    if pending:
        raise ConfirmationNeededError(pending)


def _duplicate_warnings(session: AppSession, values: dict[str, Any],
                        exclude_id: str | None) -> list[Problem]:
    query = select(Participant.nik).where(
        Participant.name_key == search_key(values["full_name"]),
        Participant.birth_date == values["birth_date"],
        Participant.nik != values["nik"],
        Participant.deleted_at.is_(None))
    if exclude_id:
        query = query.where(Participant.id != exclude_id)
    return possible_duplicate_warnings(list(session.scalars(query.limit(3))))


def possible_duplicate_warnings(other_niks: list[str]) -> list[Problem]:
    """The warning for a person with the same name and birth date as ``other_niks``."""
    if not other_niks:
        return []
    return [Problem("full_name", POSSIBLE_DUPLICATE, QT_TRANSLATE_NOOP(
        "validation", "Possible duplicate: a person with the same name and birth date is "
                      "already registered with NIK {niks}. Is this really another person?"),
        Severity.WARNING, {"niks": ", ".join(other_niks)})]


def _owned_business(session: AppSession, participant_id: str) -> BusinessUnit | None:
    return session.execute(
        select(BusinessUnit).join(BusinessOwner,
                                  BusinessOwner.business_unit_id == BusinessUnit.id)
        .where(BusinessOwner.participant_id == participant_id,
               BusinessOwner.deleted_at.is_(None), BusinessUnit.deleted_at.is_(None))
        .limit(1)).scalar_one_or_none()


def _save_business(session: AppSession, participant_id: str, values: dict[str, Any]) -> None:
    wanted = {column: values.get(key) or "" for key, column in BUSINESS_FIELDS.items()}
    business = _owned_business(session, participant_id)
    if business is None:
        if wanted["name"]:
            unit = BusinessUnit(**wanted)
            session.add(unit)
            session.flush()
            session.add(BusinessOwner(business_unit_id=unit.id, participant_id=participant_id))
        return
    for column, value in wanted.items():
        if column == "name" and not value:
            continue  # clearing the name in the form does not delete the business
        if getattr(business, column) != value:
            setattr(business, column, value)
