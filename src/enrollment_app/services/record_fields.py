"""Small checks shared by the group, business-unit and facilitation services: a person
named in a form must be a registered participant, dates must not lie in the future."""

from __future__ import annotations

from datetime import date

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import Problem
from enrollment_app.services.errors import ValidationError
from enrollment_app.storage.models import Participant
from enrollment_app.storage.session_hooks import AppSession


def problem(field_name: str, code: str, message: str, **params: object) -> Problem:
    return Problem(field_name, code, message, params=params)


def registered_participant(session: AppSession, participant_id: str | None,
                           field_name: str) -> Participant:
    """The live participant ``participant_id``; else a ValidationError at ``field_name``
    (a person must be registered before they can own a unit or join a group)."""
    person = session.get(Participant, participant_id) if participant_id else None
    if person is None or person.deleted_at is not None:
        raise ValidationError([problem(field_name, "person.not_registered", QT_TRANSLATE_NOOP(
            "validation", "This person is not a registered participant; register them "
                          "first."))])
    return person


def past_or_today(day: date | None, field_name: str, today: date) -> list[Problem]:
    if day is not None and day > today:
        return [problem(field_name, "date.future", QT_TRANSLATE_NOOP(
            "validation", "The date cannot be in the future."))]
    return []
