"""Errors services raise for the user, with translatable messages.

``message`` is an English source text in the "services" translation context with
``{placeholders}`` from ``params``; the UI and CLI translate and format it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import Problem

SERVICES_CONTEXT = "services"


class ServiceError(Exception):
    message: str = QT_TRANSLATE_NOOP("services", "The action could not be completed.")

    def __init__(self, message: str | None = None, **params: Any) -> None:
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(self.message.format(**params))

    def render(self, translate: Any = None) -> str:
        text = translate(SERVICES_CONTEXT, self.message) if translate else self.message
        return text.format(**self.params)


class NotInitializedError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "This device is not set up yet. Run the first-run wizard or "
        "'enrollment init'.")


class AlreadyInitializedError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "This device is already set up.")


class AuthenticationError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "Wrong user name or password.")


class PermissionDeniedError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "Your role may not do this.")


class NotFoundError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "The record was not found.")


class ValidationError(ServiceError):
    """Input refused; ``problems`` says what is wrong, field by field."""

    message = QT_TRANSLATE_NOOP("services", "Some fields need correcting; nothing was saved.")

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = tuple(problems)


class ConfirmationNeededError(ServiceError):
    """Warnings the user must confirm (pass their codes back as ``confirmed``)."""

    message = QT_TRANSLATE_NOOP("services", "Please confirm the warnings before saving.")

    def __init__(self, warnings: Sequence[Problem]) -> None:
        super().__init__()
        self.warnings = tuple(warnings)

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(w.code for w in self.warnings)


class DuplicateNikError(ServiceError):
    """The NIK belongs to a registered person: open that record instead."""

    message = QT_TRANSLATE_NOOP(
        "services", "NIK {nik} is already registered for {name}. Their record is opened "
        "instead of creating a duplicate.")

    def __init__(self, nik: str, name: str, participant_id: str) -> None:
        super().__init__(nik=nik, name=name)
        self.participant_id = participant_id


class AccountLockedError(ServiceError):
    """Too many wrong passwords in a row: the account waits ``minutes`` before trying."""

    message = QT_TRANSLATE_NOOP(
        "services", "Too many wrong passwords: this account is locked for {minutes} "
        "minute(s). Try again later, or ask a supervisor to reset the password.")


class UnlockNotAllowedError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "Only {name} or a supervisor can unlock this screen.")
