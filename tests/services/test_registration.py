"""Registering and correcting participants through the service layer."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import (
    ConfirmationNeededError,
    DuplicateNikError,
    ValidationError,
)
from enrollment_app.services.registration import (
    POSSIBLE_DUPLICATE,
    find_by_nik,
    load_draft,
    register_participant,
    update_participant,
)
from enrollment_app.storage.models import AuditEntry, BusinessOwner, BusinessUnit, Participant
from tests.conftest import VALID_NIK, make_draft


def _participant_count(ctx: ServiceContext) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def test_valid_registration_is_saved_with_consent_and_normalised_values(
        supervisor: ServiceContext) -> None:
    draft = make_draft(full_name="  Siti   Aminah ", phone="+62 812-3456-7890")
    participant_id = register_participant(supervisor, draft)
    with supervisor.read() as session:
        saved = session.get(Participant, participant_id)
    assert saved.full_name == "Siti Aminah"
    assert saved.phone == "081234567890"
    assert saved.consent_by == supervisor.actor.user_id and saved.consent_purpose
    assert saved.assistance == "pkh"
    assert find_by_nik(supervisor, VALID_NIK) == participant_id


@pytest.mark.parametrize(("field", "value"), [
    ("nik", "36710155029000AB"),
    ("nik", "367101550290001"),
    ("full_name", "Siti 😀"),
    ("full_name", "A" * 10_000),
    ("full_name", "Robert'); DROP TABLE participants;--"),
    ("kelurahan_code", "36.71.05.1001"),  # a kelurahan of Cipondoh, not of Tangerang
    ("birth_date", date(2099, 1, 1)),
    ("birth_date", date(1900, 1, 1)),
    ("consent", False),
])
def test_bad_input_is_refused_with_nothing_written(supervisor: ServiceContext, field: str,
                                                   value: object) -> None:
    with pytest.raises(ValidationError) as refused:
        register_participant(supervisor, make_draft(**{field: value}))
    assert refused.value.problems
    assert _participant_count(supervisor) == 0


def test_nik_already_registered_points_to_that_person(supervisor: ServiceContext) -> None:
    first = register_participant(supervisor, make_draft())
    with pytest.raises(DuplicateNikError) as duplicate:
        register_participant(supervisor, make_draft(full_name="Siti A."))
    assert duplicate.value.participant_id == first
    assert _participant_count(supervisor) == 1


def test_nik_birth_date_mismatch_needs_confirmation_then_saves(
        supervisor: ServiceContext) -> None:
    draft = make_draft(birth_date=date(1990, 2, 16))
    with pytest.raises(ConfirmationNeededError) as asked:
        register_participant(supervisor, draft)
    assert _participant_count(supervisor) == 0
    register_participant(supervisor, draft, confirmed=asked.value.codes)
    assert _participant_count(supervisor) == 1


def test_same_name_and_birth_date_with_other_nik_warns_of_duplicate(
        supervisor: ServiceContext) -> None:
    register_participant(supervisor, make_draft())
    other = make_draft(nik="3671015502900002")
    with pytest.raises(ConfirmationNeededError) as asked:
        register_participant(supervisor, other)
    assert POSSIBLE_DUPLICATE in asked.value.codes
    register_participant(supervisor, other, confirmed=asked.value.codes)
    assert _participant_count(supervisor) == 2


def test_correction_is_audited_with_old_and_new_values(supervisor: ServiceContext) -> None:
    participant_id = register_participant(supervisor, make_draft())
    draft = load_draft(supervisor, participant_id)
    draft.phone = "0857 1111 2222"
    update_participant(supervisor, participant_id, draft)
    with supervisor.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.record_id == participant_id).order_by(AuditEntry.seq.desc())).first()
        saved = session.get(Participant, participant_id)
    assert entry.action == "update"
    assert entry.user_id == supervisor.actor.user_id
    assert entry.changes == {"phone": ["081234567890", "085711112222"]}
    assert saved.version == 2


def test_business_unit_is_created_and_owned(supervisor: ServiceContext) -> None:
    participant_id = register_participant(supervisor, make_draft(
        business_name="Kue Basah Bu Siti", business_sector="kuliner",
        business_nib="1234567890123"))
    with supervisor.read() as session:
        unit = session.scalars(select(BusinessUnit)).one()
        owner = session.scalars(select(BusinessOwner)).one()
    assert (unit.name, unit.nib, unit.sector) == ("Kue Basah Bu Siti", "1234567890123",
                                                  "kuliner")
    assert owner.participant_id == participant_id
    assert load_draft(supervisor, participant_id).business_name == "Kue Basah Bu Siti"
